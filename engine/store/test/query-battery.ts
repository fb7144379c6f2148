/**
 * A battery of query-layer calls over many entities and texts, answered as
 * one caller: two stores (or a store and a clearance view) that return the
 * same battery give the same answers to every query the server asks.
 */
import type { Classification, EntityGraph } from "../../model/index.ts";
import { neighbourhoodOf } from "../neighbourhood.ts";
import type { GraphQueries } from "../queries.ts";

/** Entities, links and graph attributes of a graph, in its order. */
export const entries = (graph: EntityGraph) => ({
  nodes: graph.mapNodes((key, attributes) => [key, attributes]),
  edges: graph.mapEdges((key, attributes, source, target) => [key, source, target, attributes]),
});

export interface BatteryInput {
  /** Entities to ask about (hidden and unknown ones included). */
  ids: string[];
  /** Texts to search for. */
  texts: string[];
}

export async function queryBattery(
  store: GraphQueries,
  clearance: Classification,
  input: BatteryInput,
) {
  const caller = { clearance };
  const answers: Record<string, unknown> = {};
  for (const text of input.texts) {
    answers[`search ${text}`] = await store.search(text, { ...caller, limit: 15 });
    for (const kind of ["phone", "plate", "name"] as const)
      answers[`search ${kind} ${text}`] = await store.search(text, { ...caller, kind, limit: 5 });
  }
  answers["search persons"] = await store.search("a", { ...caller, types: ["person"], limit: 40 });
  for (const [index, id] of input.ids.entries()) {
    answers[`entity ${id}`] = await store.entity(id, { ...caller, linkLimit: 7 });
    const ego = await store.egoNetwork(id, { ...caller, depth: 2, limit: 40, linkLimit: 60 });
    answers[`ego ${id}`] = ego && { ...ego, graph: entries(ego.graph) };
    // The farthest entity of a wider walk: a pair with paths to find.
    const far = (await store.egoNetwork(id, { ...caller, depth: 4, limit: 60 }))?.graph
      .nodes()
      .at(-1);
    if (far)
      answers[`paths ${id} ${far}`] = await store.shortestPaths(id, far, { ...caller, limit: 2 });
    const filtered = await store.egoNetwork(id, {
      ...caller,
      depth: 3,
      limit: 100,
      types: ["person", "phone", "case", "vehicle", "location"],
      from: "2024-02",
      to: "2024-09-30",
      caseCrimeType: "migrant_smuggling",
      actors: input.ids.filter((_, i) => i % 2 === 0),
    });
    answers[`filtered ego ${id}`] = filtered && { ...filtered, graph: entries(filtered.graph) };
    const to = input.ids[(index + 1) % input.ids.length]!;
    answers[`paths ${id} ${to}`] = await store.shortestPaths(id, to, {
      ...caller,
      maxLength: 6,
      limit: 3,
    });
  }
  answers.actors = Object.fromEntries(await store.actors(input.ids, caller));
  const sub = await store.subgraph(input.ids, { ...caller, linkLimit: 30 });
  answers.subgraph = { ...sub, graph: entries(sub.graph) };
  const around = await neighbourhoodOf(store, input.ids.slice(0, 3), 2, caller);
  answers.neighbourhood = { ...around, graph: entries(around.graph) };
  const links = (await store.egoNetwork(input.ids[0]!, { ...caller, depth: 2 }))?.graph.edges();
  answers.records = await store.records([...input.ids, ...(links ?? []), "no-such-record"], caller);
  return answers;
}
