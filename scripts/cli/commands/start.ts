/** `crosslink start` (npm start): the demo world into an empty store, then a summary. */
import { fileURLToPath } from "node:url";
import { MemoryStore } from "../../../engine/store/index.ts";
import { printCounts } from "../print-counts.ts";
import { run as runImport } from "./import.ts";

const DEMO = fileURLToPath(new URL("../../../fixtures/demo", import.meta.url));

export async function run(options: { dataDir: string }): Promise<void> {
  const store = await MemoryStore.open(options.dataDir);
  if (store.isEmpty()) {
    console.log(`The store in ${options.dataDir} is empty: importing the demo world.`);
    await runImport(DEMO, options);
    return;
  }
  console.log(`Store in ${options.dataDir}:`);
  printCounts(await store.counts());
}
