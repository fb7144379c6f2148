export * from "./degree.ts";
export * from "./betweenness.ts";
export * from "./sampled-betweenness.ts";
export * from "./pagerank.ts";
export * from "./closeness.ts";
export * from "./cut-points.ts";
export * from "./brokerage.ts";
