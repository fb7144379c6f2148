/**
 * `crosslink serve`: the API and the viewer. An empty store gets the demo
 * world first, and a store without users gets a demo user whose token is
 * printed and written to <data-dir>/demo-token.txt.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildApp } from "../../../server/app.ts";
import { listen } from "../../../server/server.ts";
import { UserFile, usersFileOf } from "../../../engine/access/index.ts";
import {
  neo4jConnection,
  openStore,
  storeIsEmpty,
  storeName,
  type StoreOptions,
} from "../open-store.ts";
import { run as runImport } from "./import.ts";
import { analysisProgress, withProgress } from "../progress.ts";

const DEMO = fileURLToPath(new URL("../../../fixtures/demo", import.meta.url));
const DEMO_USER = { name: "demo", role: "taskforce", clearance: "confidential" } as const;

export interface ServeOptions {
  port: number;
  host: string;
  dataDir: string;
}

export async function run(options: ServeOptions): Promise<void> {
  // NEO4J_URI switches the server to the Neo4j store; users and audit stay in the data folder.
  const storeOptions: StoreOptions = {
    dataDir: options.dataDir,
    store: process.env.NEO4J_URI ? "neo4j" : "memory",
  };
  let store = await openStore(storeOptions);
  if (await storeIsEmpty(store)) {
    console.log(`The store (${storeName(storeOptions)}) is empty: importing the demo world.`);
    await store.close();
    await runImport(DEMO, storeOptions);
    store = await openStore(storeOptions);
  }
  // With Neo4j holding the graph, the data folder still keeps users and the audit log.
  await mkdir(options.dataDir, { recursive: true });
  const demoToken = await ensureDemoUser(options.dataDir);
  const app = await buildApp({
    store,
    dataDir: options.dataDir,
    // On Neo4j the level worker opens its own connection to compute missing analyses.
    ...(storeOptions.store === "neo4j" && { neo4j: neo4jConnection() }),
    logger: { level: process.env.LOG_LEVEL ?? "warn" },
  });
  console.log("Running the analysis for each clearance level the data holds...");
  await withProgress("serve", (shown) =>
    app.world.prepare(
      (level, seconds) => {
        shown.stop();
        console.log(`  ${level}: analysis ready in ${seconds.toFixed(1)} s`);
      },
      (level) => {
        const progress = analysisProgress(shown);
        return (step, done, total) => progress(`${level} ${step}`, done, total);
      },
    ),
  );
  const address = await listen(app, options.port, options.host);
  console.log(`Crosslink is serving on ${address}  (API docs: ${address}/api/docs)`);
  if (demoToken) {
    console.log(
      `Log in as "${DEMO_USER.name}" (${DEMO_USER.role}, cleared ${DEMO_USER.clearance}) with the token\n  ${demoToken}\n` +
        `(also in ${join(options.dataDir, "demo-token.txt")}; it is shown only this once).`,
    );
  } else {
    console.log(
      `Log in with your user name and token (crosslink user add NAME --role R --clearance C).`,
    );
  }
}

/** Creates the demo user in a users file that has no users yet; returns its token. */
async function ensureDemoUser(dataDir: string): Promise<string | undefined> {
  const users = await UserFile.open(usersFileOf(dataDir));
  if (users.list().length > 0) return undefined;
  const token = await users.add(DEMO_USER.name, DEMO_USER.role, DEMO_USER.clearance);
  await writeFile(join(dataDir, "demo-token.txt"), token + "\n", { mode: 0o600 });
  return token;
}
