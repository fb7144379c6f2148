/**
 * FollowTheMoney topics for a person or organisation: the crime types of the
 * cases it is directly involved in (as a suspect, convicted or otherwise,
 * never as a witness or victim: the analysis's rule, engine/analytics/overlaps)
 * as FtM's crime topics, so that in Aleph a suspect reads as one and a
 * victim, witness or smuggled person never does.
 */
import type { CrimeType, EntityGraph } from "../../model/index.ts";
import { compareText } from "../order.ts";

/** FtM's topic for each crime type (followthemoney/types/topic.py). */
export const CRIME_TOPICS: Readonly<Record<CrimeType, string>> = {
  migrant_smuggling: "crime.traffick",
  drug_trafficking: "crime.traffick.drug",
  human_trafficking: "crime.traffick.human",
  firearms_trafficking: "crime.traffick",
  money_laundering: "crime.fin",
  document_fraud: "crime.fraud",
  other: "crime",
};

const NOT_INVOLVED = new Set(["witness", "victim"]);
const PROTECTED = new Set(["smuggled_person", "victim", "witness"]);

/** The topics of an actor and the records they come from (involvements and cases). */
export function crimeTopics(
  graph: EntityGraph,
  node: string,
): { topics: string[]; records: string[] } {
  if (PROTECTED.has(graph.getNodeAttribute(node, "category") as string)) {
    return { topics: [], records: [] };
  }
  const topics = new Set<string>();
  const records: string[] = [];
  graph.forEachOutEdge(node, (edge, attributes, _source, target) => {
    if (attributes.type !== "involved_in" || NOT_INVOLVED.has(attributes.role as string)) return;
    const crime = graph.getNodeAttribute(target, "crime_type") as CrimeType | undefined;
    if (!crime) return;
    topics.add(CRIME_TOPICS[crime]);
    records.push(edge, target);
  });
  return { topics: [...topics].sort(compareText), records };
}
