/**
 * A stand-in analysis built from the engine's committed pieces (CSR index,
 * PageRank, connected components), used until engine/analytics exports
 * `analyze`; then an adapter to it replaces this file. It keeps the shape of
 * the real thing so every route, test and the viewer work against it now.
 */
import { csrFromEdges } from "../../engine/analytics/csr.ts";
import { pagerank } from "../../engine/analytics/centrality/index.ts";
import { connectedComponents } from "../../engine/analytics/disruption/index.ts";
import {
  PROTECTED_CATEGORIES,
  type EntityGraph,
  type PersonCategory,
} from "../../engine/model/index.ts";
import type { Analysis, Analyzer, CrimeLink, MoneyFlow, Tie } from "./analysis.ts";

const ACTORS = new Set(["person", "organisation"]);
/** Groups larger than this tie nobody: a case with 500 persons says little about each pair. */
const GROUP_LIMIT = 25;
const EVIDENCE_CAP = 20;
const GROUP_KIND: Record<string, string> = {
  phone: "shared_phone",
  vehicle: "shared_vehicle",
  online_account: "shared_account",
  route: "same_route",
  case: "same_case",
};

export const interimAnalyze: Analyzer = (graph) => {
  const ties = personTies(graph);
  const actors = graph.filterNodes((_node, attributes) => ACTORS.has(attributes.type));
  const csr = csrFromEdges(
    ties.map((tie) => ({ source: tie.source, target: tie.target, weight: tie.weight })),
    actors,
  );
  const components = connectedComponents(csr);
  const ranks = pagerank(csr).scores;
  const crimeLinks = caseLinks(graph);
  const persons = csr.ids.map((id, index) => {
    const links = crimeLinks.get(id) ?? [];
    return {
      id,
      community: components.componentOf[index]!,
      degree: csr.offsets[index + 1]! - csr.offsets[index]!,
      betweenness: 0,
      pagerank: ranks[index]!,
      crimeTypes: [...new Set(links.map((link) => link.type))].sort(),
      crimeLinks: links,
    };
  });
  const communities = new Map<number, Analysis["communities"][number]>();
  for (const person of persons) {
    let community = communities.get(person.community);
    if (!community) {
      community = {
        id: person.community,
        name: `Community ${person.community}`,
        members: [],
        crimeTypes: {},
      };
      communities.set(person.community, community);
    }
    community.members.push(person.id);
    for (const type of person.crimeTypes)
      community.crimeTypes[type] = (community.crimeTypes[type] ?? 0) + 1;
  }
  const targets = persons
    .filter((person) => graph.getNodeAttribute(person.id, "type") === "person")
    .filter((person) => {
      const category = graph.getNodeAttribute(person.id, "category") as PersonCategory | undefined;
      return !category || !PROTECTED_CATEGORIES.includes(category);
    })
    .map((person) => ({
      id: person.id,
      score: person.pagerank * csr.nodeCount * (1 + person.crimeTypes.length),
      reasons: [
        `ties to ${person.degree} persons or organisations`,
        ...(person.crimeTypes.length > 0
          ? [`involved in ${person.crimeTypes.join(", ").replaceAll("_", " ")} cases`]
          : []),
      ],
    }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, 100)
    .map((target, index) => ({ rank: index + 1, ...target }));
  return {
    parameters: { analysis: "interim", groupLimit: GROUP_LIMIT },
    summary: {
      persons: persons.length,
      entities: graph.order,
      links: graph.size,
      communities: communities.size,
      modularity: 0,
    },
    communities: [...communities.values()].sort((a, b) => b.members.length - a.members.length),
    persons,
    targets,
    moneyFlows: moneyFlows(graph),
    crimeOverlap: crimeOverlap(persons.map((person) => person.crimeTypes)),
    ties,
  };
};

function personTies(graph: EntityGraph): Tie[] {
  const ties = new Map<string, Tie & { kindSet: Set<string> }>();
  const add = (a: string, b: string, kind: string, evidence: string) => {
    if (a === b) return;
    const [source, target] = a < b ? [a, b] : [b, a];
    const key = `${source}\u0000${target}`;
    let tie = ties.get(key);
    if (!tie) {
      tie = { source, target, weight: 0, kinds: [], evidence: [], kindSet: new Set() };
      ties.set(key, tie);
    }
    tie.weight++;
    tie.kindSet.add(kind);
    if (tie.evidence.length < EVIDENCE_CAP && !tie.evidence.includes(evidence))
      tie.evidence.push(evidence);
  };
  const actorsOf = (node: string) =>
    [...new Set(graph.neighbors(node))].filter((n) =>
      ACTORS.has(graph.getNodeAttribute(n, "type")),
    );
  graph.forEachNode((node, attributes) => {
    const kind = GROUP_KIND[attributes.type];
    if (!kind) return;
    const members = actorsOf(node);
    if (members.length > GROUP_LIMIT) return;
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) add(members[i]!, members[j]!, kind, node);
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (attributes.type === "call") {
      for (const a of actorsOf(source)) for (const b of actorsOf(target)) add(a, b, "call", edge);
    } else if (attributes.type === "transfer") {
      add(source, target, "transfer", edge);
    } else if (attributes.type === "associated_with") {
      add(source, target, "association", edge);
    }
  });
  return [...ties.values()].map(({ kindSet, ...tie }) => ({ ...tie, kinds: [...kindSet].sort() }));
}

function caseLinks(graph: EntityGraph): Map<string, CrimeLink[]> {
  const links = new Map<string, CrimeLink[]>();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (attributes.type !== "involved_in") return;
    const type = graph.getNodeAttribute(target, "crime_type") as string;
    const list = links.get(source) ?? [];
    list.push({ type, hops: 1, via: [target], evidence: [edge] });
    links.set(source, list);
  });
  return links;
}

function moneyFlows(graph: EntityGraph): MoneyFlow[] {
  const flows = new Map<string, MoneyFlow>();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (attributes.type !== "transfer") return;
    const currency = attributes.currency as string;
    const date = attributes.date as string;
    const key = `${source}\u0000${target}\u0000${currency}`;
    const flow = flows.get(key) ?? {
      from: source,
      to: target,
      currency,
      amount: 0,
      count: 0,
      transfers: [],
    };
    flow.amount += attributes.amount as number;
    flow.count++;
    if (flow.transfers.length < EVIDENCE_CAP) flow.transfers.push(edge);
    if (!flow.first || date < flow.first) flow.first = date;
    if (!flow.last || date > flow.last) flow.last = date;
    flows.set(key, flow);
  });
  return [...flows.values()].sort((a, b) => b.amount - a.amount);
}

function crimeOverlap(personTypes: string[][]): Analysis["crimeOverlap"] {
  const crimeTypes = [...new Set(personTypes.flat())].sort();
  const index = new Map(crimeTypes.map((type, i) => [type, i]));
  const persons = crimeTypes.map(() => crimeTypes.map(() => 0));
  for (const types of personTypes)
    for (const a of types) for (const b of types) persons[index.get(a)!]![index.get(b)!]!++;
  return { crimeTypes, persons };
}
