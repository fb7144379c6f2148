/**
 * Leadership on record: trips an actor is recorded as organising (route
 * usage with role `organiser`) and organisations it is declared to control
 * (association of kind `controls`). These are the parts of the records that
 * name a person's place in the hierarchy rather than their contacts;
 * organisers act through others, so their betweenness is often modest and
 * this keeps them in view.
 */
import type { EntityRecords } from "../../model/index.ts";
import { actorIndexOf, type PersonNetwork } from "../network/index.ts";

export interface Leadership {
  organisedTrips: Float64Array;
  controlledOrganisations: Float64Array;
}

export function leadership(graph: EntityRecords | null, network: PersonNetwork): Leadership {
  const n = network.csr.nodeCount;
  const result = {
    organisedTrips: new Float64Array(n),
    controlledOrganisations: new Float64Array(n),
  };
  if (!graph) return result;
  const actorIndex = actorIndexOf(network);
  graph.forEachEdge((_key, attributes, source, target) => {
    const actor = actorIndex.get(source);
    if (actor === undefined) return;
    if (attributes.type === "travels" && attributes.role === "organiser") {
      result.organisedTrips[actor]!++;
    } else if (
      attributes.type === "associated_with" &&
      attributes.kind === "controls" &&
      graph.getNodeAttribute(target, "type") === "organisation"
    ) {
      result.controlledOrganisations[actor]!++;
    }
  });
  return result;
}
