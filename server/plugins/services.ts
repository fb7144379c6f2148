/**
 * The shared services, decorated once on the root instance: the store's
 * query layer, the world (views
 * per clearance), users, sessions and the audit log, closed with the app.
 */
import fp from "fastify-plugin";
import { AuditLog, UserFile } from "../../engine/access/index.ts";
import { Boards, type BoardLog } from "../../engine/boards/index.ts";
import { Sessions } from "../services/sessions.ts";
import type { World } from "../services/world.ts";
import type { GraphQueries, MatchDecisions } from "../../engine/store/index.ts";

export interface ServicesOptions {
  /** Each clearance level's analysis: held with the graph (embedded store) or stored (Neo4j). */
  world: World;
  queries: GraphQueries;
  decisions: MatchDecisions;
  usersFile: string;
  auditFile: string;
  /** The boards' change log, kept with the data (engine/store/board-log.ts). */
  boardLog: BoardLog;
}

export default fp<ServicesOptions>(
  async (app, options) => {
    app.decorate("store", options.queries);
    app.decorate("decisions", options.decisions);
    app.decorate("world", options.world);
    app.decorate("users", await UserFile.open(options.usersFile));
    app.decorate("sessions", new Sessions());
    const audit = await AuditLog.open(options.auditFile);
    app.decorate("audit", audit);
    app.addHook("onClose", () => audit.close());
    app.decorate("boards", new Boards(options.boardLog));
    app.addHook("onClose", () => options.boardLog.close());
  },
  { name: "services" },
);
