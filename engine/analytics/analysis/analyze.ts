/**
 * The whole analysis of docs/ARCHITECTURE.md, from an entity graph (or a plain
 * person edge list) to one Analysis: person network, communities (Louvain
 * with Leiden refinement), centrality and brokerage, crime overlaps, money
 * flows, target scores with reasons, and a disruption summary.
 *
 * Deterministic: the same data and seed give the same Analysis, byte for
 * byte once serialised (floats rounded by round.ts, lists in fixed orders).
 *
 * Usage: `analyze(graph, { seed: 7 })`; `analyzeEdgeList(parseEdgeList(text))`.
 */
import { PROTECTED_CATEGORIES, type EntityRecords } from "../../model/index.ts";
import { louvain } from "../communities/index.ts";
import { directedNetwork, type DirectedNetwork } from "../directed/index.ts";
import {
  degreeRanker,
  keyPlayers,
  simulateDisruption,
  type DisruptionResult,
} from "../disruption/index.ts";
import {
  actorFlows,
  actorMoney,
  beneficialOwnership,
  communityFlows,
  confluence,
  crossMoney,
  proceeds,
  collection,
  moneyHubs,
  transferLedger,
  moneyFedUp,
  paymentsWithOwners,
  upwardMoney,
  upwardStanding,
} from "../money/index.ts";
import {
  ACTOR_PERSON,
  actorIndexOf,
  aliasesByActor,
  personNetwork,
  personNetworkFromEdgeList,
  type EdgeListRow,
  type PersonNetwork,
} from "../network/index.ts";
import {
  communityCrimeTable,
  crimeBridges,
  crimePairs,
  crimeReach,
  presentCrimeTypes,
  directCrimes,
  primaryCrimeGroups,
} from "../overlaps/index.ts";
import { matchReasons, resolutionSummary } from "../resolution/index.ts";
import {
  TARGET_FEATURES,
  commandScores,
  communityNames,
  EVERYDAY_HUB,
  everydayHubs,
  hubCaveat,
  leadership,
  rankStrength,
  scoreTargets,
  targetReasons,
  type TargetFeature,
} from "../targets/index.ts";
import { actorRecord, type ActorContext } from "./actor-records.ts";
import { attachedCommunities } from "./attached.ts";
import { directedMeasures } from "./directed-measures.ts";
import {
  externalCommunities,
  normalisedBetweenness,
  scaledPagerank,
  type ExternalMeasures,
} from "./external-measures.ts";
import { networkMeasures } from "./measures.ts";
import { recordsOnDemand } from "./records-on-demand.ts";
import { resolveAnalysisOptions, type AnalysisOptions } from "./options.ts";
import { EVERY, StepMeter } from "../progress.ts";
import { fixed4, significant } from "./round.ts";
import type { ActorRecord, Analysis, CommunityRecord } from "./types.ts";

/** Which network each actor field of the Analysis comes from. */
const MEASURE_NETWORKS = {
  undirected: [
    "community",
    "degree",
    "weightedDegree",
    "betweenness",
    "pagerank",
    "brokerage",
    "crimeBrokerage",
    "crimeLinks",
    "removalImpact",
    "score",
    "targetRank",
  ],
  directed: ["directed"],
};

/** The steps of an analysis, in the order they report progress (progress.ts). */
export const ANALYSIS_STEPS = [
  "network",
  "communities",
  "centrality",
  "crime",
  "money",
  "targets",
  "disruption",
  "records",
] as const;

export function analyze(graph: EntityRecords, options: AnalysisOptions = {}): Analysis {
  return analyzeWithNetwork(graph, options).analysis;
}

/** An Analysis with the person network it was computed on and that network's directed view. */
export interface NetworkAnalysis {
  analysis: Analysis;
  network: PersonNetwork;
  directed: DirectedNetwork;
}

/** The Analysis and the networks it was computed on, for callers that also show ties and their evidence. */
export function analyzeWithNetwork(
  graph: EntityRecords,
  options: AnalysisOptions = {},
): NetworkAnalysis {
  const settings = resolveAnalysisOptions(options);
  const meter = new StepMeter(settings.onProgress, "network");
  const network = personNetwork(graph, settings.network, meter.part(0.75));
  return analyzeFrom(graph, network, options, meter);
}

/**
 * The Analysis of a person network its caller built (with `personNetwork`
 * and the same options), with communities and centralities computed
 * elsewhere when `external` gives them (Graph Data Science in Neo4j).
 */
export function analyzeBuiltNetwork(
  graph: EntityRecords,
  network: PersonNetwork,
  options: AnalysisOptions = {},
  external?: ExternalMeasures,
): NetworkAnalysis {
  const meter = new StepMeter(resolveAnalysisOptions(options).onProgress, "network");
  return analyzeFrom(graph, network, options, meter, external);
}

/** The rest of the network step (the directed view), then the analysis. */
function analyzeFrom(
  graph: EntityRecords,
  network: PersonNetwork,
  options: AnalysisOptions,
  meter: StepMeter,
  external?: ExternalMeasures,
): NetworkAnalysis {
  const directed = directedNetwork(network, meter.part(0.25));
  meter.end();
  return {
    analysis: analyzeNetwork(network, directed, graph, options, 0, external),
    network,
    directed,
  };
}

export function analyzeEdgeList(
  rows: readonly EdgeListRow[],
  options: AnalysisOptions = {},
): Analysis {
  const settings = resolveAnalysisOptions(options);
  const meter = new StepMeter(settings.onProgress, "network");
  const network = personNetworkFromEdgeList(rows, settings.network);
  meter.part(0.75)(1, 1);
  const directed = directedNetwork(network, meter.part(0.25));
  meter.end();
  return analyzeNetwork(network, directed, null, options, rows.length);
}

/** `directed` is the directed view of `network`, built by the caller so that it can keep it. */
function analyzeNetwork(
  network: PersonNetwork,
  directedView: DirectedNetwork,
  graph: EntityRecords | null,
  options: AnalysisOptions,
  edgeRows = 0,
  external?: ExternalMeasures,
): Analysis {
  const settings = resolveAnalysisOptions(options);
  let meter: StepMeter | undefined;
  const step = (name: (typeof ANALYSIS_STEPS)[number]): StepMeter => {
    meter?.end();
    meter = new StepMeter(settings.onProgress, name);
    return meter;
  };
  const { csr } = network;
  const n = csr.nodeCount;
  const actorIndex = actorIndexOf(network);

  let at = step("communities");
  // Each actor's record read once (the store parses it) for its label and category, reported.
  const labels: string[] = [];
  const categories: (string | null)[] = [];
  at.run(0.1, (progress) =>
    csr.ids.forEach((id, v) => {
      if ((v & EVERY) === 0) progress(v, n);
      const attributes = graph?.getNodeAttributes(id);
      labels.push((attributes?.label as string | undefined) ?? id);
      const field = network.actorKind[v] === ACTOR_PERSON ? "category" : "kind";
      categories.push(attributes ? ((attributes[field] as string | undefined) ?? null) : null);
    }),
  );
  const found = external
    ? externalCommunities(csr, external.communities, settings.resolution)
    : louvain(csr, { seed: settings.seed, resolution: settings.resolution }, at.part(0.9));
  const communities = found.communities;

  at = step("centrality");
  // Direct crimes first: brokerage lists its triangles once, for communities and crime types.
  const direct = at.run(0.05, () => directCrimes(graph, network));
  const measures = networkMeasures(
    csr,
    { communities, crimes: primaryCrimeGroups(direct) },
    settings,
    external && {
      betweenness: external.betweenness && normalisedBetweenness(external.betweenness),
      pagerank: scaledPagerank(external.pagerank),
    },
    at.part(0.75),
  );
  const directed = at.run(0.2, (p) => directedMeasures(directedView, settings, p));

  at = step("crime");
  const reach = at.run(0.6, () => crimeReach(network, direct, { maxHops: settings.crimeLinkHops }));
  const table = at.run(0.1, () => communityCrimeTable(direct, reach, communities, found.count));
  const names = at.run(0.15, () =>
    communityNames(
      graph,
      network,
      communities,
      table.rows.map((row) => row.dominant),
      { labels, pagerank: measures.pagerank },
    ),
  );
  const bridges = at.run(0.15, () => crimeBridges(network, reach, communities, table));
  const shownTypes = presentCrimeTypes(table);
  const shown = <T>(perType: readonly T[]) => shownTypes.map((k) => perType[k]!);

  at = step("money");
  const ledger = at.run(0.3, (p) => transferLedger(graph, network, p));
  const money = at.run(0.1, () => actorMoney(ledger, n, settings.money.eurRates));
  const flows = at.run(0.1, () =>
    communityFlows(ledger, communities, found.count, settings.money.eurRates),
  );
  const hubs = at.run(0.05, () => moneyHubs(money, settings.money));
  const ownership = at.run(0.45, () =>
    beneficialOwnership(graph, network, ledger, settings.money.eurRates),
  );

  at = step("targets");
  const eligible = new Uint8Array(n);
  for (let v = 0; v < n; v++) {
    const isProtected = (PROTECTED_CATEGORIES as readonly (string | null)[]).includes(
      categories[v]!,
    );
    eligible[v] = network.actorKind[v] === ACTOR_PERSON && !isProtected ? 1 : 0;
  }
  const crimeCarried = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    for (const hops of reach.hops) {
      // A crime carried directly counts 1, through one tie 1/2, through two 1/4.
      if (hops[v]! >= 0) crimeCarried[v]! += 2 ** -hops[v]!;
    }
  }
  const leader = at.run(0.1, () => leadership(graph, network));
  const everyday = at.run(0.15, () => everydayHubs(network, communities, direct));
  const orders = at.run(0.15, (p) => commandScores(network, p));
  const payments = at.run(0.05, () =>
    paymentsWithOwners(ledger, ownership, settings.money.eurRates),
  );
  const paying = Uint8Array.from(categories, (category) =>
    category === "smuggled_person" || category === "victim" ? 1 : 0,
  );
  const strength = (values: Float64Array) => rankStrength(values, eligible).strength;
  const standing = at.run(0.03, () =>
    upwardStanding(payments, money, paying, orders.score, strength),
  );
  const upward = at.run(0.03, () => upwardMoney(payments, money, paying, standing));
  const fed = at.run(0.05, () => moneyFedUp(payments, money, strength(upward.score)));
  // People's money, everyday hubs' aside, and where it crosses between communities or meets.
  const open = Uint8Array.from(everyday.hubness, (hubness) => (hubness >= EVERYDAY_HUB ? 1 : 0));
  const origins = {
    communities,
    origins: Uint8Array.from(network.actorKind, (kind, v) =>
      kind === ACTOR_PERSON && !open[v] ? 1 : 0,
    ),
    open,
  };
  const meeting = at.run(0.02, () => confluence(payments, origins));
  const crossing = at.run(0.01, () => crossMoney(payments, origins, paying));
  const paid = at.run(0.02, () => proceeds(payments, money, paying, open));
  const collecting = at.run(0.01, () => collection(payments, paid, paying, open));
  const features: Record<TargetFeature, Float64Array> = {
    betweenness: measures.betweenness,
    pagerank: measures.pagerank,
    brokerage: measures.crossBrokerage,
    // Money handled, with what the companies a person stands behind handled at their share.
    money: Float64Array.from(
      money,
      (m, v) => (m?.handledEur ?? 0) + ownership.inEur[v]! + ownership.outEur[v]!,
    ),
    broker: fed.score,
    confluence: meeting.score,
    crossing: crossing.score,
    proceeds: paid.score,
    collection: collecting.score,
    crime: crimeCarried,
    disruption: measures.removalImpact,
    leadership: upward.score,
    command: orders.score,
    organiser: Float64Array.from(
      leader.organisedTrips,
      (trips, v) => trips + leader.controlledOrganisations[v]!,
    ),
  };
  const scores = at.run(0.1, () =>
    scoreTargets(features, eligible, settings.targets, everyday.hubness),
  );
  const reasonContext = {
    network,
    labels,
    communities,
    communityNames: names,
    betweenness: measures.betweenness,
    pagerank: measures.pagerank,
    degree: measures.degree,
    money,
    direct,
    reach,
    removal: measures.removalImpact,
    leadership: leader,
    ownership,
    upward,
    fed,
    confluence: meeting,
    crossing,
    proceeds: paid,
    collection: collecting,
    command: orders,
    hubs: everyday,
    hubDiscount: settings.targets.hubDiscount,
    betweennessTop10: Float64Array.from(measures.betweenness).sort()[Math.floor(0.9 * n)] ?? 0,
  };
  // Accepted matches: one actor with every record's id, the match named first among the reasons.
  const resolution = at.run(0.1, (p) => resolutionSummary(graph, p));
  const sameAs = aliasesByActor(network);
  const reasoning = at.part(0.2);
  const targets = scores.ranking.slice(0, settings.targets.top).map((v, i, top) => {
    reasoning(i, top.length);
    return {
      rank: i + 1,
      id: csr.ids[v]!,
      name: labels[v]!,
      community: communities[v]!,
      score: fixed4(scores.scores[v]!),
      features: Object.fromEntries(
        TARGET_FEATURES.map((feature) => [feature, fixed4(scores.strengths[feature][v]!)]),
      ) as Record<TargetFeature, number>,
      reasons: [
        ...(sameAs.has(v)
          ? matchReasons(resolution.accepted, [csr.ids[v]!, ...sameAs.get(v)!])
          : []),
        ...targetReasons(reasonContext, scores, v, settings.targets),
      ],
      ...(sameAs.has(v) && { sameAs: sameAs.get(v)! }),
    };
  });

  at = step("disruption");
  const round = (result: DisruptionResult): DisruptionResult => ({
    ...result,
    steps: result.steps.map((step) => ({
      ...step,
      lccFraction: significant(step.lccFraction),
      fragmentation: significant(step.fragmentation),
    })),
  });
  const steps = settings.disruptionSteps;
  const byTargets = simulateDisruption(
    csr,
    {
      strategy: { kind: "ids", ids: scores.ranking.slice(0, steps).map((v) => csr.ids[v]!) },
      steps,
    },
    at.part(0.3),
  );
  const byDegree = simulateDisruption(
    csr,
    { strategy: { kind: "ranking", rank: degreeRanker, label: "degree" }, steps },
    at.part(0.3),
  );
  const keySet =
    settings.keyPlayers > 0 && settings.keyPlayers <= n
      ? keyPlayers(csr, { k: settings.keyPlayers, maxSwapRounds: 2 }, at.part(0.4))
      : null;

  at = step("records");
  const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  const actorContext: ActorContext = {
    network,
    labels,
    categories,
    communities,
    measures,
    direct,
    reach,
    money,
    scores: scores.scores,
    targetRanks: ranksOf(scores.ranking, n),
    caveat: hubCaveat.bind(null, reasonContext),
    directed,
    sameAs,
  };
  // Actors by id (ids are unique), persons and organisations apart.
  const personRows: number[] = [];
  const organisationRows: number[] = [];
  for (let v = 0; v < n; v++) {
    (network.actorKind[v] === ACTOR_PERSON ? personRows : organisationRows).push(v);
  }
  const byActorId = (x: number, y: number) => (csr.ids[x]! < csr.ids[y]! ? -1 : 1);
  personRows.sort(byActorId);
  organisationRows.sort(byActorId);
  const recording = at.part(0.6);
  // Bound, not closures: a closure made here would hold this function's whole scope, the input
  // graph with it, for as long as the Analysis lives; its caller can let the graph go before saving.
  const records = (rows: number[], done: number): ActorRecord[] =>
    settings.actorRecordsOnDemand
      ? recordsOnDemand(rows, actorRecord.bind(null, actorContext))
      : rows.map((v, i) => {
          if (((done + i) & EVERY) === 0) recording(done + i, n);
          return actorRecord(actorContext, v);
        });
  const persons = records(personRows, 0);
  const organisations = records(organisationRows, personRows.length);
  const actorFlowList = at.run(0.2, (p) => actorFlows(ledger, csr.ids, settings.money.eurRates, p));
  at.end();
  const members: string[][] = Array.from({ length: found.count }, () => []);
  for (let v = 0; v < n; v++) members[communities[v]!]!.push(csr.ids[v]!);
  const communityRecords: CommunityRecord[] = table.rows.map((row) => ({
    id: row.community,
    name: names[row.community]!,
    size: row.size,
    members: members[row.community]!.sort(),
    crimeTypes: Object.fromEntries(
      table.crimeTypes.map((type, k) => [type, row.direct[k]!]).filter(([, count]) => count !== 0),
    ),
    dominantCrime: row.dominant,
    money: {
      in: flows.communities[row.community]!.in,
      out: flows.communities[row.community]!.out,
      internal: flows.communities[row.community]!.internal,
    },
  }));

  return {
    version: 1,
    parameters: {
      input: graph ? "dataset" : "edge-list",
      engine: external?.engine ?? "in-process",
      datasetHash: (graph?.getAttribute("datasetHash") as string | undefined) ?? null,
      seed: settings.seed,
      resolution: settings.resolution,
      network: network.options,
      betweenness: {
        ...measures.betweennessMethod,
        errorBound: significant(measures.betweennessMethod.errorBound),
      },
      pagerank: {
        alpha: settings.pagerankAlpha,
        weighted: true,
        iterations: measures.pagerankIterations,
      },
      crimeLinkHops: settings.crimeLinkHops,
      money: { ...settings.money, eurRates: { ...settings.money.eurRates } },
      targets: settings.targets,
      disruption: { steps, keyPlayers: settings.keyPlayers },
      measureNetworks: MEASURE_NETWORKS,
      directed: directed.parameters,
    },
    summary: {
      persons: persons.length,
      organisations: organisations.length,
      entities: graph ? graph.order : n,
      links: graph ? graph.size : edgeRows,
      ties: csr.edgeCount,
      communities: found.count,
      modularity: significant(found.modularity),
      directed: directed.summary,
    },
    communities: communityRecords,
    persons,
    organisations,
    attached: attachedCommunities(network, communities).sort(byId),
    targets,
    crimeOverlap: {
      crimeTypes: shown(table.crimeTypes),
      rows: table.rows.map((row) => ({
        community: row.community,
        name: names[row.community]!,
        size: row.size,
        direct: shown(row.direct),
        linked: shown(row.linked),
      })),
      pairs: shown(crimePairs(direct)).map(shown),
      bridges: bridges
        .map((bridge) => ({ ...bridge, name: labels[actorIndex.get(bridge.id)!]! }))
        .sort(byId),
    },
    flows: {
      hubs: hubs.map((hub) => ({
        id: csr.ids[hub.actor]!,
        name: labels[hub.actor]!,
        community: communities[hub.actor]!,
        score: significant(hub.score),
        inEur: hub.inEur,
        outEur: hub.outEur,
        counterparties: hub.counterparties,
      })),
      between: flows.flows,
      actors: actorFlowList,
    },
    disruption: {
      byTargets: round(byTargets),
      byDegree: round(byDegree),
      keyPlayers: keySet
        ? { ids: keySet.ids, fragmentation: significant(keySet.fragmentation) }
        : null,
    },
    resolution,
  };
}

/** Rank (1 first) of each node in `ranking`, 0 for the nodes it leaves out. */
function ranksOf(ranking: readonly number[], n: number): Int32Array {
  const ranks = new Int32Array(n);
  ranking.forEach((v, i) => (ranks[v] = i + 1));
  return ranks;
}
