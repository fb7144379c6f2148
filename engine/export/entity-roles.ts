/**
 * The roles an entity's records and its analysis support, in words an
 * analyst can check: what the records say it did (organiser of 3 trips,
 * owner of 1 vehicle, suspect in 2 cases), then what the analysis found
 * (a money broker between many counterparties, a bridge from a smuggling
 * network to another crime). Nothing here is inferred beyond those two.
 */
import type { Analysis } from "../analytics/index.ts";
import { valueLabel } from "../model/index.ts";
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

export function analysedRoles(
  analysis: Pick<Analysis, "flows" | "crimeOverlap">,
): (id: string) => AnalysedRoles {
  const hubs = new Map(analysis.flows.hubs.map((hub) => [hub.id, hub]));
  const bridges = new Map<string, AnalysedRoles["bridges"]>();
  for (const bridge of analysis.crimeOverlap.bridges) {
    bridges.set(bridge.id, [...(bridges.get(bridge.id) ?? []), bridge]);
  }
  return (id) => ({ hub: hubs.get(id), bridges: bridges.get(id) ?? [] });
}

/** A role the records give an actor, with how many records give it: "skipper" of 11 "travels". */
export interface RecordedRole {
  role: string;
  type: string;
  count: number;
}

/** The roles an actor's own links (travels, vehicle use, case involvement) name, most records first. */
export function recordedRoles(links: Iterable<Pick<LinkSummary, "type" | "role">>): RecordedRole[] {
  const counts = new Map<string, number>();
  for (const link of links) {
    if (link.role === undefined || !(link.type in OBJECTS)) continue;
    const key = `${link.role}\u0000${link.type}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([key, count]) => {
      const [role, type] = key.split("\u0000") as [string, string];
      return { role, type, count };
    });
}

/** The analysis's roles in one or two words, for a table's role column. */
export const MONEY_BROKER = "money broker";
export const CRIME_BRIDGE = "crime bridge";

/**
 * An actor's roles as short words, for a list that is filtered by role: the
 * recorded roles (most records first, each once), then "money broker" and
 * "crime bridge" when the analysis found them.
 */
export function roleWords(
  links: Iterable<Pick<LinkSummary, "type" | "role">>,
  analysed: AnalysedRoles,
): string[] {
  const words = new Set(recordedRoles(links).map(({ role }) => valueLabel(role)));
  if (analysed.hub) words.add(MONEY_BROKER);
  if (analysed.bridges.length > 0) words.add(CRIME_BRIDGE);
  return [...words];
}

export function entityRoles(
  links: readonly LinkSummary[],
  analysed: AnalysedRoles,
  communityName: (community: number) => string,
): string[] {
  const recorded = recordedRoles(links).map(({ role, type, count }) => {
    const [one, many, preposition] = OBJECTS[type]!;
    return `${valueLabel(role)} ${preposition} ${count} ${count === 1 ? one : many}`;
  });
  const { hub, bridges } = analysed;
  return [
    ...recorded,
    ...(hub
      ? [`${MONEY_BROKER}: ${hub.counterparties} counterparties, EUR ${euros(hub.inEur)} in`]
      : []),
    ...bridges.map(
      (bridge) =>
        `bridge from smuggling to ${valueLabel(bridge.otherType)}: ${communityName(bridge.otherCommunity)}`,
    ),
  ];
}

const euros = (amount: number) => Math.round(amount).toLocaleString("en");
