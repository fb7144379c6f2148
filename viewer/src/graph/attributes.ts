/**
 * Reading the attributes the server puts on nodes and edges, in one place:
 * the graph JSON is the server's, and its field names are adapted here only.
 */
import type { Attributes } from "graphology-types";

export const nodeType = (a: Attributes): string => String(a.type ?? "person");
export const nodeLabel = (a: Attributes): string => String(a.label ?? a.name ?? "");
export const nodeCommunity = (a: Attributes): string | undefined =>
  a.community === undefined || a.community === null ? undefined : String(a.community);
export const nodeCrimes = (a: Attributes): string[] =>
  Array.isArray(a.crimeTypes) ? (a.crimeTypes as string[]) : [];
/** Above about 10k persons the overview draws one node per community. */
export const isSuperNode = (a: Attributes): boolean => a.type === "community";
/** An "other" super-node: the small communities of one crime folded together (a click draws their members). */
export const isFoldedNode = (a: Attributes): boolean => typeof a.folded === "number";
/** Members behind a community super-node. */
export const memberCount = (a: Attributes): number => Number(a.size ?? 1);

export const edgeType = (a: Attributes): string => String(a.type ?? "");
/** Time of an edge in ms since the epoch, if it has one: its date, or a tie's first evidence. */
export const edgeTime = (a: Attributes): number | undefined => timeOf(a.date ?? a.first);

/** When an edge held, in ms: one day for a dated link, first to last evidence for a tie. */
export function edgeSpan(a: Attributes): [number, number] | undefined {
  const start = edgeTime(a);
  if (start === undefined) return undefined;
  return [start, timeOf(a.last) ?? start];
}

function timeOf(value: unknown): number | undefined {
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  const time = new Date(value).getTime();
  return Number.isNaN(time) ? undefined : time;
}
export const edgeAmount = (a: Attributes): number => (typeof a.amount === "number" ? a.amount : 0);
export const isMoneyEdge = (a: Attributes): boolean =>
  edgeType(a) === "transfer" || edgeType(a) === "transfers" || edgeAmount(a) > 0;
export const isCallEdge = (a: Attributes): boolean => edgeType(a) === "call";
/** A drawn money flow (money-flows.ts): shown only in money-flow mode. */
export const isFlowEdge = (a: Attributes): boolean => edgeType(a) === "money_flow";
/** Links whose source and target say who acted on whom: a call (caller → callee), a transfer (sender → receiver). */
export const hasDirection = (a: Attributes): boolean =>
  edgeType(a) === "call" || edgeType(a) === "transfer" || isFlowEdge(a);
