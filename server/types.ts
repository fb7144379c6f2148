/** What the plugins add to fastify, declared once for every file. */
import type { AuditEntry, AuditLog, Role, User, UserFile } from "../engine/access/index.ts";
import type { Boards } from "../engine/boards/index.ts";
import type { Sessions } from "./services/sessions.ts";
import type { GraphQueries, MatchDecisions } from "../engine/store/index.ts";
import type { LevelView, World } from "./services/world.ts";

declare module "fastify" {
  interface FastifyInstance {
    world: World;
    /** The store's query layer: search, entities, ego networks and paths, clearance applied inside. */
    store: GraphQueries;
    /** The store's match decisions (entity resolution), kept beside the data. */
    decisions: MatchDecisions;
    users: UserFile;
    sessions: Sessions;
    audit: AuditLog;
    /** Target boards, notes and saved views (engine/boards), in the log kept with the data. */
    boards: Boards;
  }
  interface FastifyRequest {
    /** The authenticated caller; set on every route that is not public. */
    user: User | null;
    /** Ids of the records this request disclosed, for the audit line. */
    auditIds: string[] | null;
  }
  interface FastifyContextConfig {
    /** Least role that may call the route (engine/access/roles.ts). */
    access?: Role;
    /** Health and login: no token needed. */
    public?: boolean;
    /** Routes that disclose records are written to the audit log as this action. */
    audit?: AuditEntry["action"];
  }
}

/** The caller's view of the world; every handler reads data through it. */
export type { LevelView };
