export {
  GROUP_KINDS,
  PERSON_NETWORK_DEFAULTS,
  PERSON_NETWORK_PARAMETERS,
  TIE_KINDS,
  resolvePersonNetworkOptions,
  type PersonNetworkOptions,
  type ResolvedPersonNetworkOptions,
  type TieKind,
  type TieWeights,
} from "./options.ts";
export {
  ACTOR_ORGANISATION,
  ACTOR_PERSON,
  actorIndexOf,
  actorOf,
  actorsOfEntities,
  aliasesByActor,
  personNetwork,
  tieBetween,
  type PersonNetwork,
} from "./person-network.ts";
export { summariseItems, tieEvidence, type TieEvidence } from "./tie-evidence.ts";
export { actorTies, actorTieNumbers } from "./actor-ties.ts";
export { recordColumns, type RecordColumns } from "./record-columns.ts";
export {
  EdgeListError,
  parseEdgeList,
  personNetworkFromEdgeList,
  type EdgeListRow,
} from "./edge-list.ts";
export { dateText } from "./dates.ts";
export type { TieTable } from "./tie-table.ts";
export {
  describeEvidence,
  formatMoney,
  roundMoney,
  summariseTies,
  type EvidenceSummary,
} from "./evidence-summary.ts";
