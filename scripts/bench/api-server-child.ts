/**
 * The API server for the API benchmark, in its own process so the load
 * generator does not share its event loop: imports the dataset into an empty
 * data folder, computes the analysis for the bench user's clearance, listens
 * on a free loopback port and prints {"port"} once ready.
 */
import { loadDataset, toEntityGraph } from "../../engine/ingest/index.ts";
import { MemoryStore } from "../../engine/store/index.ts";
import { buildApp } from "../../server/app.ts";

const [dataset, dataDir] = process.argv.slice(2);
if (!dataset || !dataDir) throw new Error("usage: api-server-child.ts DATASET DATA_DIR");
const store = await MemoryStore.open(dataDir);
if (store.isEmpty()) await store.importGraph(toEntityGraph(await loadDataset(dataset)));
// The per-user limit is part of the measured path, set above the load one user generates here.
const app = await buildApp({ store, dataDir, rateLimit: 1e9 });
await app.world.view("secret");
await app.listen({ port: 0, host: "127.0.0.1" });
const address = app.server.address();
console.log(JSON.stringify({ port: typeof address === "object" && address ? address.port : 0 }));
process.once("SIGTERM", () => void app.close().then(() => process.exit(0)));
