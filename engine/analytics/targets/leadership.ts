/**
 * Trips an actor is recorded as organising (route usage with role
 * `organiser`): the one piece of the records that names a person's place in
 * the hierarchy rather than their contacts. Organisers act through others,
 * so their betweenness is often modest; this keeps them in view.
 */
import type { EntityGraph } from "../../model/index.ts";
import type { PersonNetwork } from "../network/index.ts";

export function organisedTrips(graph: EntityGraph | null, network: PersonNetwork): Float64Array {
  const trips = new Float64Array(network.csr.nodeCount);
  if (!graph) return trips;
  const actorIndex = new Map(network.csr.ids.map((id, i) => [id, i]));
  graph.forEachEdge((_key, attributes, source) => {
    if (attributes.type !== "travels" || attributes.role !== "organiser") return;
    const actor = actorIndex.get(source);
    if (actor !== undefined) trips[actor]!++;
  });
  return trips;
}
