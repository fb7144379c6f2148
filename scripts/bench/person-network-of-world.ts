/**
 * The person network the analysis builds from a generated world (seed 1,
 * worlds.ts: kept in CROSSLINK_BENCH_WORLDS when set), the world read into
 * columns as an import reads it, for the benches that run the analysis's
 * algorithms on the network they meet in an analysis.
 */
import type { Csr } from "../../engine/analytics/csr.ts";
import { personNetwork } from "../../engine/analytics/network/index.ts";
import { readDatasetColumns } from "../../engine/store/index.ts";
import type { BenchContext } from "./types.ts";
import { worldOnce } from "./worlds.ts";

/** The generated world whose person network is used, by its persons. */
export const NETWORK_WORLDS: Record<BenchContext["scale"], { label: string; persons: number }> = {
  quick: { label: "person network of world ~10k links", persons: 1_000 },
  full: { label: "person network of world ~1M links", persons: 100_000 },
};

/** The network's index; says its size through `log`, returned as `size` too. */
export async function personNetworkOfWorld(
  persons: number,
  { workDir, log }: Pick<BenchContext, "workDir" | "log">,
): Promise<{ csr: Csr; size: string }> {
  const { dataset } = await worldOnce(persons, workDir, log);
  log(`reading ${dataset} into columns for its person network`);
  const { csr } = personNetwork((await readDatasetColumns(dataset)).columns);
  const size = `${csr.nodeCount} actors, ${csr.edgeCount} ties`;
  log(`person network of ${dataset}: ${size}`);
  return { csr, size };
}
