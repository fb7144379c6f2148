/** One actor's line of the Analysis: its measures, crimes, money and score, rounded. */
import type { ActorMoney } from "../money/index.ts";
import type { PersonNetwork } from "../network/index.ts";
import {
  crimeLinksOf,
  crimeTypesOf,
  type CrimeReach,
  type DirectCrimes,
} from "../overlaps/index.ts";
import type { DirectedMeasures } from "./directed-measures.ts";
import type { Measures } from "./measures.ts";
import { fixed4, significant } from "./round.ts";
import type { ActorRecord } from "./types.ts";

export interface ActorContext {
  network: PersonNetwork;
  labels: readonly string[];
  categories: readonly (string | null)[];
  communities: Int32Array;
  measures: Measures;
  direct: DirectCrimes;
  reach: CrimeReach;
  money: readonly (ActorMoney | null)[];
  scores: Float64Array;
  /** Rank among the persons who may be targets, 1 first; 0 for the others. */
  targetRanks: Int32Array;
  /** Why an actor ranks below its centrality, by actor (targets/reasons.ts `hubCaveat`). */
  caveat: (actor: number) => string | null;
  directed: DirectedMeasures;
  /** The other person ids accepted as the same person, by actor (network/person-network.ts). */
  sameAs: ReadonlyMap<number, string[]>;
}

export function actorRecord(context: ActorContext, v: number): ActorRecord {
  const { measures: m, network } = context;
  const money = context.money[v];
  const score = context.scores[v]!;
  return {
    id: network.csr.ids[v]!,
    name: context.labels[v]!,
    category: context.categories[v]!,
    community: context.communities[v]!,
    degree: m.degree[v]!,
    weightedDegree: significant(m.weightedDegree[v]!),
    betweenness: significant(m.betweenness[v]!),
    pagerank: significant(m.pagerank[v]!),
    brokerage: {
      participation: significant(m.participation[v]!),
      coordinator: m.roles.coordinator[v]!,
      itinerant: m.roles.itinerant[v]!,
      gatekeeperRepresentative: m.roles.gatekeeperRepresentative[v]!,
      liaison: m.roles.liaison[v]!,
    },
    crimeBrokerage: {
      coordinator: m.crimeRoles.coordinator[v]!,
      itinerant: m.crimeRoles.itinerant[v]!,
      gatekeeperRepresentative: m.crimeRoles.gatekeeperRepresentative[v]!,
      liaison: m.crimeRoles.liaison[v]!,
    },
    crimeTypes: crimeTypesOf(context.direct.mask[v]!),
    crimeLinks: crimeLinksOf(network, context.direct, context.reach, v),
    money: money
      ? {
          in: money.in,
          out: money.out,
          byChannel: money.byChannel as Record<string, Record<string, number>>,
          transfersIn: money.transfersIn,
          transfersOut: money.transfersOut,
          counterparties: money.counterparties,
          handledEur: money.handledEur,
        }
      : null,
    removalImpact: significant(m.removalImpact[v]!),
    directed: context.directed.actor(v),
    score: Number.isNaN(score) ? null : fixed4(score),
    targetRank: context.targetRanks[v]! > 0 ? context.targetRanks[v]! : null,
    ...(context.targetRanks[v]! > 0 && caveatOf(context, v)),
    ...(context.sameAs.has(v) && { sameAs: context.sameAs.get(v)! }),
  };
}

function caveatOf(context: ActorContext, v: number): { caveat?: string } {
  const caveat = context.caveat(v);
  return caveat ? { caveat } : {};
}
