/**
 * Readable community names for reasons and tables. A community whose
 * dominant crime is migrant smuggling is named after the route its members
 * travel most ("Western Balkans smuggling network"); others after their
 * dominant crime ("drug trafficking ring"), or, when none of their members
 * is in a case, after the member with the highest PageRank ("group around
 * Samir Hamdan"): a number would say nothing an analyst can recognise.
 * Repeated names get a number in community order ("drug trafficking ring
 * 2"), so every name is unique.
 */
import type { CrimeType, EntityRecords } from "../../model/index.ts";
import { actorsOfEntities, recordColumns, type PersonNetwork } from "../network/index.ts";

const NOUN: Record<CrimeType, string> = {
  migrant_smuggling: "smuggling network",
  drug_trafficking: "drug trafficking ring",
  money_laundering: "money laundering cell",
  document_fraud: "document fraud group",
  human_trafficking: "human trafficking ring",
  firearms_trafficking: "firearms trafficking ring",
  other: "criminal group",
};

/** Each actor's label and PageRank, by network node. */
export interface Prominence {
  labels: readonly string[];
  pagerank: ArrayLike<number>;
}

export function communityNames(
  graph: EntityRecords | null,
  network: PersonNetwork,
  communities: Int32Array,
  dominant: readonly (CrimeType | null)[],
  prominence: Prominence,
): string[] {
  const central = mostCentral(communities, dominant.length, prominence.pagerank);
  const trips: Map<string, number>[] = dominant.map(() => new Map());
  // Each route's label read once, not once per trip (a route entity is parsed to read it).
  if (graph) {
    const records = recordColumns(graph);
    const actorOf = actorsOfEntities(network, records);
    const labels = new Map<number, string>();
    for (let link = 0; link < records.linkCount; link++) {
      if (records.linkType(link) !== "travels") continue;
      const actor = actorOf[records.sources[link]!]!;
      if (actor < 0) continue;
      const target = records.targets[link]!;
      let route = labels.get(target);
      if (route === undefined) labels.set(target, (route = records.entityAttributes(target).label));
      const counts = trips[communities[actor]!]!;
      counts.set(route, (counts.get(route) ?? 0) + 1);
    }
  }
  const base = dominant.map((type, c) => {
    if (type === null) return `group around ${prominence.labels[central[c]!]}`;
    if (type !== "migrant_smuggling") return NOUN[type];
    let route: string | null = null;
    for (const [name, count] of trips[c]!) {
      const best = route === null ? -1 : trips[c]!.get(route)!;
      if (count > best || (count === best && name < route!)) route = name;
    }
    return route === null ? NOUN[type] : `${route} ${NOUN[type]}`;
  });
  const seen = new Map<string, number>();
  return base.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} ${count}`;
  });
}

/** Per community, its member with the highest PageRank (the first such node on a tie). */
function mostCentral(communities: Int32Array, count: number, pagerank: ArrayLike<number>) {
  const best = new Int32Array(count).fill(-1);
  communities.forEach((c, v) => {
    if (best[c] === -1 || pagerank[v]! > pagerank[best[c]!]!) best[c] = v;
  });
  return best;
}
