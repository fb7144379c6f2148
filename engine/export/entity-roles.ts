/**
 * The roles an entity's records and its analysis support, in words an
 * analyst can check: what the records say it did (organiser of 3 trips,
 * owner of 1 vehicle, suspect in 2 cases), then what the analysis found
 * (a money broker between many counterparties, a bridge from a smuggling
 * network to another crime). Nothing here is inferred beyond those two.
 */
import type { Analysis } from "../analytics/index.ts";
import type { LinkSummary } from "../store/index.ts";

/** What the role is of, per link type: "organiser of 3 trips". */
const OBJECTS: Record<string, [one: string, many: string, preposition: string]> = {
  travels: ["trip", "trips", "of"],
  uses_vehicle: ["vehicle", "vehicles", "of"],
  involved_in: ["case", "cases", "in"],
};

/** The analysis's roles of one actor: money broker hub and crime bridges. */
export interface AnalysedRoles {
  hub?: Analysis["flows"]["hubs"][number];
  bridges: Analysis["crimeOverlap"]["bridges"];
}

export function analysedRoles(analysis: Analysis): (id: string) => AnalysedRoles {
  const hubs = new Map(analysis.flows.hubs.map((hub) => [hub.id, hub]));
  const bridges = new Map<string, AnalysedRoles["bridges"]>();
  for (const bridge of analysis.crimeOverlap.bridges) {
    bridges.set(bridge.id, [...(bridges.get(bridge.id) ?? []), bridge]);
  }
  return (id) => ({ hub: hubs.get(id), bridges: bridges.get(id) ?? [] });
}

export function entityRoles(
  links: readonly LinkSummary[],
  analysed: AnalysedRoles,
  communityName: (community: number) => string,
): string[] {
  const counts = new Map<string, number>();
  for (const link of links) {
    if (link.role === undefined || !(link.type in OBJECTS)) continue;
    const key = `${link.role}\u0000${link.type}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const recorded = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([key, n]) => {
      const [role, type] = key.split("\u0000") as [string, string];
      const [one, many, preposition] = OBJECTS[type]!;
      return `${role.replaceAll("_", " ")} ${preposition} ${n} ${n === 1 ? one : many}`;
    });
  const { hub, bridges } = analysed;
  return [
    ...recorded,
    ...(hub
      ? [`money broker: ${hub.counterparties} counterparties, EUR ${euros(hub.inEur)} in`]
      : []),
    ...bridges.map(
      (bridge) =>
        `bridge from smuggling to ${bridge.otherType.replaceAll("_", " ")}: ${communityName(bridge.otherCommunity)}`,
    ),
  ];
}

const euros = (amount: number) => Math.round(amount).toLocaleString("en");
