export { CHANNELS, UNKNOWN_CHANNEL, transferLedger, type Channel, type Ledger } from "./ledger.ts";
export {
  MONEY_DEFAULTS,
  MONEY_PARAMETERS,
  resolveMoneyOptions,
  type MoneyOptions,
} from "./options.ts";
export { actorMoney, type ActorMoney } from "./actor-money.ts";
export { communityFlows, type CommunityFlow, type CommunityMoney } from "./community-flows.ts";
export { moneyHubs, type MoneyHub } from "./money-hubs.ts";
export { FLOW_RECORD_CAP, actorFlows, type ActorFlow } from "./actor-flows.ts";
export {
  OWNERSHIP_WEIGHTS,
  beneficialOwnership,
  ownersOf,
  type BeneficialOwnership,
  type Holding,
} from "./beneficial-ownership.ts";
export { upwardMoney, type UpwardMoney } from "./upward-money.ts";
export { upwardStanding } from "./upward-standing.ts";
export { moneyFedUp, type MoneyFed } from "./feeding.ts";
export { paymentsWithOwners, type Payments } from "./payments.ts";
export { confluence, MIN_SOURCES, type Confluence } from "./confluence.ts";
export { crossMoney, type CrossMoney, type MoneyOrigins } from "./cross-money.ts";
export { proceeds, type Proceeds } from "./proceeds.ts";
export { collection, type Collection } from "./collection.ts";
