/**
 * Builds the Crosslink API as a fastify app: services, security, docs, auth,
 * audit, the /api routes and the built viewer. Nothing here listens
 * (server.ts does), so tests build the app and call inject().
 */
import { randomUUID } from "node:crypto";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { fileURLToPath } from "node:url";
import { auditFileOf, usersFileOf } from "../engine/access/index.ts";
import {
  openBoardLog,
  type GraphQueries,
  type GraphStore,
  type Neo4jConnection,
} from "../engine/store/index.ts";
import "./types.ts";
import audit from "./plugins/audit.ts";
import auth from "./plugins/auth.ts";
import docs from "./plugins/docs.ts";
import errors from "./plugins/errors.ts";
import security from "./plugins/security.ts";
import { useStrictValidation } from "./plugins/validation.ts";
import services from "./plugins/services.ts";
import viewer from "./plugins/viewer.ts";
import api from "./routes/api/index.ts";
import { MemoryWorld, type Analyzer, type World } from "./services/world.ts";
import { workerAnalyze } from "./services/worker-analyzer.ts";
import { StoredWorld } from "./services/stored-world.ts";

export interface AppOptions {
  store: GraphStore & GraphQueries;
  dataDir: string;
  /** Default <dataDir>/users.json. */
  usersFile?: string;
  /** Default <dataDir>/audit.jsonl. */
  auditFile?: string;
  /** Default: the engine's analysis in a worker thread, off the event loop (embedded store). */
  analyze?: Analyzer;
  /** On Neo4j: the connection the level worker opens to compute missing analyses (stored-world.ts). */
  neo4j?: Neo4jConnection;
  /** On Neo4j: links at most in a clearance view loaded whole (boards, packages, analytic runs). */
  wholeGraphLinks?: number;
  /** On Neo4j: how many clearance levels' stored analyses are kept in memory at once (default 1). */
  levelsHeld?: number;
  /** Default dist/viewer of the project. */
  viewerDir?: string;
  /** Requests per caller per minute; default 1200; false for none. */
  rateLimit?: number | false;
  /** Largest request body in bytes; default 256 KiB (a cross-check of 1000 selectors fits). */
  bodyLimit?: number;
  logger?: FastifyServerOptions["logger"];
}

export const DEFAULT_VIEWER_DIR = fileURLToPath(new URL("../dist/viewer", import.meta.url));

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const auditFile = options.auditFile ?? auditFileOf(options.dataDir);
  const app = Fastify({
    logger: options.logger ?? false,
    // Unique across restarts, so the id a 500 answers with finds one line in the log.
    genReqId: () => randomUUID(),
    bodyLimit: options.bodyLimit ?? 256 * 1024,
    // Longer than any valid id, so an overlong one reaches the schema and its clear message.
    routerOptions: { maxParamLength: 1000 },
  });
  // Bodies validated as sent, query strings from plain written forms only (validation.ts).
  useStrictValidation(app);
  await app.register(errors);
  await app.register(services, {
    world: await worldOf(options),
    queries: options.store,
    decisions: options.store,
    usersFile: options.usersFile ?? usersFileOf(options.dataDir),
    auditFile,
    boardLog: await openBoardLog(options.store, options.dataDir),
  });
  await app.register(security, { rateLimit: options.rateLimit ?? 1200 });
  await app.register(docs);
  await app.register(auth);
  await app.register(audit);
  await app.register(api, { prefix: "/api", auditFile });
  await app.register(viewer, { root: options.viewerDir ?? DEFAULT_VIEWER_DIR });
  return app;
}

/**
 * On Neo4j the world holds no graph and reads stored analyses; the embedded
 * store's world holds its graph and analyses each level in a worker thread.
 */
async function worldOf(options: AppOptions): Promise<World> {
  const { store, dataDir, neo4j, wholeGraphLinks, levelsHeld } = options;
  if (store.kind === "neo4j") {
    return StoredWorld.open(store, {
      dataDir,
      ...(neo4j && { connection: neo4j }),
      ...(wholeGraphLinks !== undefined && { wholeGraphLinks }),
      ...(levelsHeld !== undefined && { levelsHeld }),
    });
  }
  return new MemoryWorld(await store.loadGraph(), options.analyze ?? workerAnalyze);
}
