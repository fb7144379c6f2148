export { louvain, COMMUNITY_DEFAULTS, COMMUNITY_PARAMETERS } from "./louvain.ts";
export type { CommunityOptions, CommunityResult } from "./louvain.ts";
export { modularity, MODULARITY_DEFAULTS } from "./modularity.ts";
export type { ModularityOptions } from "./modularity.ts";
export { normalizedMutualInformation } from "./nmi.ts";
export { communityParts, disconnectedCommunities } from "./connected.ts";
export { plantedPartition, PLANTED_PARTITION_DEFAULTS } from "./planted-partition.ts";
export type { PlantedPartition, PlantedPartitionOptions } from "./planted-partition.ts";
