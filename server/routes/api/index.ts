/** Every route of the API, under /api. */
import type { FastifyInstance } from "fastify";
import admin from "./admin.ts";
import analysis from "./analysis.ts";
import analytics from "./analytics.ts";
import boards from "./boards.ts";
import boardBriefing from "./board-briefing.ts";
import crossCheck from "./cross-check.ts";
import disruption from "./disruption.ts";
import entities from "./entities.ts";
import exports from "./exports.ts";
import health from "./health.ts";
import login from "./login.ts";
import network from "./network.ts";
import notes from "./notes.ts";
import referrals from "./referrals.ts";
import resolution from "./resolution.ts";
import search from "./search.ts";
import summary from "./summary.ts";

export default async function api(app: FastifyInstance, options: { auditFile: string }) {
  for (const routes of [
    health,
    login,
    summary,
    search,
    entities,
    network,
    analysis,
    analytics,
    disruption,
    crossCheck,
    exports,
    referrals,
    boards,
    boardBriefing,
    notes,
    resolution,
  ]) {
    await app.register(routes);
  }
  await app.register(admin, { auditFile: options.auditFile });
}
