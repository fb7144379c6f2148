/**
 * Graph JSON in graphology's serialisation format, which sigma's
 * `graph.import()` loads as it is (graph-json.ts builds it from the store's
 * records, overview.ts and community-overview.ts from the analysis).
 */
export interface GraphNode {
  key: string;
  attributes: {
    label: string;
    type: string;
    classification: string;
    handling_code?: string;
    community?: number;
    score?: number;
    targetRank?: number;
    crimeTypes?: string[];
    degree?: number;
    pagerank?: number;
    betweenness?: number;
    kind?: string;
    lat?: number;
    lon?: number;
    size?: number;
    /** An "other" super-node: how many small communities it holds (overview.ts). */
    folded?: number;
    /** A person's birth year, to tell namesakes apart. */
    born?: string;
  };
}

export interface GraphEdge {
  key: string;
  source: string;
  target: string;
  attributes: {
    type: string;
    classification?: string;
    handling_code?: string;
    date?: string;
    amount?: number;
    currency?: string;
    weight?: number;
    kinds?: string[];
    /** A tie's evidence items per kind, and its transfers (either way) summed by currency. */
    counts?: Record<string, number>;
    amounts?: Record<string, number>;
    first?: string;
    last?: string;
  };
}

export interface GraphJson {
  attributes: Record<string, unknown>;
  options: { type: "directed" | "undirected"; multi: boolean; allowSelfLoops: boolean };
  nodes: GraphNode[];
  edges: GraphEdge[];
}
