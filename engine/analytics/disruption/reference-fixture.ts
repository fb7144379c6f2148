/**
 * Test support: the reference networks and their networkx disruption values
 * from fixtures/reference (made by fixtures/reference/make_disruption_reference.py).
 */
import { readFileSync } from "node:fs";
import { csrFromEdges, type Csr, type WeightedEdge } from "../csr.ts";

export const REFERENCE_SETS = ["karate", "caviar", "ht_mexico"] as const;
export type ReferenceSet = (typeof REFERENCE_SETS)[number];

export interface ReferenceStep {
  step: number;
  removed: string[];
  lcc: number;
  components: number;
  fragmentation: number;
  lccFraction: number;
}

export interface DisruptionReference {
  edges: string;
  nodeOrder: string[];
  intact: { lcc: number; components: number; fragmentation: number };
  degreeSequential: ReferenceStep[];
  degreeBlock: { blockSize: number; steps: ReferenceStep[] };
  givenIds: {
    ids: string[];
    sequential: ReferenceStep[];
    block: { blockSize: number; steps: ReferenceStep[] };
  };
  greedyKeyPlayers: { ids: string[]; fragmentation: number[] };
  bruteForceKeyPlayers?: { k: number; fragmentation: number; sets: string[][] }[];
}

const root = new URL("../../../fixtures/reference/", import.meta.url);

export function loadReference(set: ReferenceSet): { csr: Csr; reference: DisruptionReference } {
  const reference = JSON.parse(
    readFileSync(new URL(`${set}/disruption.json`, root), "utf8"),
  ) as DisruptionReference;
  const lines = readFileSync(new URL(`${set}/${reference.edges}`, root), "utf8")
    .trim()
    .split(/\r?\n/)
    .slice(1);
  const edges: WeightedEdge[] = lines.map((line) => {
    const [source, target, weight] = line.split(",");
    return { source: source!, target: target!, weight: weight === undefined ? 1 : Number(weight) };
  });
  return { csr: csrFromEdges(edges), reference };
}
