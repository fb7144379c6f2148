/**
 * The engine's analysis (engine/analytics `analyze`) in the shape the routes
 * serve, with the person network's ties and their evidence records, which the
 * Analysis summarises but does not list.
 */
import { analyzeWithNetwork, arcEvidence, tieEvidence } from "../../engine/analytics/index.ts";
import type { Analyzer, Arc, Tie } from "./analysis.ts";
import { crimeOverlap, moneyFlows } from "./derived-tables.ts";

const EVIDENCE_CAP = 20;

export const engineAnalyze: Analyzer = (graph) => {
  // One person network serves both the analysis and the tie list.
  const { analysis: result, network, directed } = analyzeWithNetwork(graph);
  const ties: Tie[] = [];
  for (let tie = 0; tie < network.ties.count; tie++) {
    const evidence = tieEvidence(network, tie);
    ties.push({
      source: evidence.a,
      target: evidence.b,
      weight: evidence.weight,
      kinds: Object.keys(evidence.kinds).sort(),
      evidence: evidence.records.slice(0, EVIDENCE_CAP),
      ...(evidence.first !== null && { first: evidence.first }),
      ...(evidence.last !== null && { last: evidence.last }),
    });
  }
  const arcs = Array.from({ length: directed.csr.arcCount }, (_, arc): Arc => {
    const { from, to, weight, kinds, amounts } = arcEvidence(directed, arc);
    return {
      source: from,
      target: to,
      weight,
      calls: kinds.call ?? 0,
      transfers: kinds.transfer ?? 0,
      amounts,
    };
  });
  const persons = [...result.persons, ...result.organisations].map((actor) => ({
    id: actor.id,
    community: actor.community,
    degree: actor.degree,
    betweenness: actor.betweenness,
    pagerank: actor.pagerank,
    crimeTypes: actor.crimeTypes,
    crimeLinks: actor.crimeLinks.map((link) => ({
      type: link.type,
      hops: link.hops,
      via: link.via,
      evidence: link.cases,
    })),
    directed: actor.directed,
  }));
  return {
    parameters: result.parameters as unknown as Record<string, unknown>,
    summary: {
      persons: result.summary.persons,
      entities: result.summary.entities,
      links: result.summary.links,
      communities: result.summary.communities,
      modularity: result.summary.modularity,
    },
    communities: result.communities.map((community) => ({
      id: community.id,
      name: community.name,
      members: community.members,
      crimeTypes: community.crimeTypes as Record<string, number>,
    })),
    persons,
    targets: result.targets.map(({ rank, id, score, reasons }) => ({ rank, id, score, reasons })),
    moneyFlows: moneyFlows(graph),
    crimeOverlap: crimeOverlap(persons.map((person) => person.crimeTypes)),
    ties,
    arcs,
  };
};
