/**
 * A small stand-in analysis for the export tests, in the shape exports read
 * (analysis-view.ts): degree on the entity graph, one community per
 * connected actor set, targets ranked by degree. The tests check what the
 * exports do with an analysis, not the analytics.
 */
import type { EntityGraph } from "../../model/index.ts";
import type { ExportAnalysis } from "../analysis-view.ts";
import { compareText } from "../order.ts";

export function testAnalysis(graph: EntityGraph, seed = 7): ExportAnalysis {
  const actors = graph
    .filterNodes(
      (_node, attributes) => attributes.type === "person" || attributes.type === "organisation",
    )
    .sort(compareText);
  const persons = actors.map((id) => ({
    id,
    community: 0,
    degree: graph.degree(id),
    betweenness: 0,
    pagerank: 1 / actors.length,
    crimeTypes: graph
      .outNeighbors(id)
      .filter((node) => graph.getNodeAttribute(node, "type") === "case")
      .map((node) => graph.getNodeAttribute(node, "crime_type") as string),
    crimeLinks: [],
  }));
  const ranked = [...persons].sort((a, b) => b.degree - a.degree || compareText(a.id, b.id));
  return {
    parameters: { seed, method: "test" },
    communities: [{ id: 0, name: "Community 0", members: actors, crimeTypes: {} }],
    persons,
    targets: ranked.map((person, i) => ({
      rank: i + 1,
      id: person.id,
      score: person.degree,
      reasons: [`degree ${person.degree}`],
    })),
  };
}
