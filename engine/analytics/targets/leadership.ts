/**
 * Leadership on record: trips an actor is recorded as organising (route
 * usage with role `organiser`) and organisations it is declared to control
 * (association of kind `controls`). These are the parts of the records that
 * name a person's place in the hierarchy rather than their contacts;
 * organisers act through others, so their betweenness is often modest and
 * this keeps them in view.
 */
import type { EntityRecords } from "../../model/index.ts";
import { actorsOfEntities, recordColumns, type PersonNetwork } from "../network/index.ts";

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
  // Only travels and associations are parsed, by link number (network/record-columns.ts).
  const records = recordColumns(graph);
  const actorOf = actorsOfEntities(network, records);
  for (let link = 0; link < records.linkCount; link++) {
    const type = records.linkType(link);
    if (type !== "travels" && type !== "associated_with") continue;
    const actor = actorOf[records.sources[link]!]!;
    if (actor < 0) continue;
    const attributes = records.linkAttributes(link);
    if (type === "travels" && attributes.role === "organiser") {
      result.organisedTrips[actor]!++;
    } else if (
      type === "associated_with" &&
      attributes.kind === "controls" &&
      records.entityType(records.targets[link]!) === "organisation"
    ) {
      result.controlledOrganisations[actor]!++;
    }
  }
  return result;
}
