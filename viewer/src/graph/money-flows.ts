/**
 * Money flows drawn on the graph: one directed edge per payer, payee and
 * currency (the Analysis's flows between actors, or between communities on
 * the super-node view), carrying the amount, currency and number of
 * transfers. They are extra edges, shown only in money-flow mode; the
 * records and ties are left as they are.
 */
import type Graph from "graphology";
import type { CommunityMoneyFlow, MoneyFlow } from "../api/types.ts";

export const FLOW_EDGE = "money_flow";

interface Flow {
  from: string;
  to: string;
  currency: string;
  amount: number;
  transfers: number;
}

export const actorFlows = (flows: readonly MoneyFlow[]): Flow[] =>
  flows.map((flow) => ({ ...flow, from: flow.from.id, to: flow.to.id }));

export const communityFlows = (flows: readonly CommunityMoneyFlow[]): Flow[] =>
  flows.map((flow) => ({
    ...flow,
    from: `community:${flow.from}`,
    to: `community:${flow.to}`,
  }));

/** Adds the flows whose two ends are drawn; returns how many were new. */
export function addFlowEdges(graph: Graph, flows: readonly Flow[]): number {
  let added = 0;
  for (const { from, to, currency, amount, transfers } of flows) {
    const key = `flow|${from}|${to}|${currency}`;
    if (from === to || graph.hasEdge(key) || !graph.hasNode(from) || !graph.hasNode(to)) continue;
    graph.addDirectedEdgeWithKey(key, from, to, { type: FLOW_EDGE, amount, currency, transfers });
    added++;
  }
  return added;
}

/** "EUR 61,200 in 14 transfers" */
export function flowLabel(attributes: {
  amount?: unknown;
  currency?: unknown;
  transfers?: unknown;
}) {
  const amount = Math.round(Number(attributes.amount)).toLocaleString("en");
  const transfers = Number(attributes.transfers);
  return `${String(attributes.currency)} ${amount} in ${transfers} transfer${transfers === 1 ? "" : "s"}`;
}
