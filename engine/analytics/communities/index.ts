export { louvain, DEFAULT_COMMUNITY_OPTIONS } from "./louvain.ts";
export type { CommunityOptions, CommunityResult } from "./louvain.ts";
export { modularity, DEFAULT_MODULARITY_OPTIONS } from "./modularity.ts";
export type { ModularityOptions } from "./modularity.ts";
export { normalizedMutualInformation } from "./nmi.ts";
export { communityParts, disconnectedCommunities } from "./connected.ts";
export { plantedPartition, DEFAULT_PLANTED_PARTITION_OPTIONS } from "./planted-partition.ts";
export type { PlantedPartition, PlantedPartitionOptions } from "./planted-partition.ts";
