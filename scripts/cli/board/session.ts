/**
 * What every `crosslink board` command starts from: who asks (--as USER, with
 * the role the users file gives them, or the shell user with every right, as
 * the other commands), the role the command needs, the store's world as they
 * may see it, analysed, and the board log that lives with the data. A refusal
 * and every change are audit lines, as the API writes them.
 */
import { UserFile, roleAllows, usersFileOf, type Role } from "../../../engine/access/index.ts";
import { Boards, BoardError, type Author } from "../../../engine/boards/index.ts";
import { openBoardLog } from "../../../engine/store/index.ts";
import { auditAppend } from "../audit-append.ts";
import { DataError } from "../errors.ts";
import { openStore } from "../open-store.ts";
import { withProgress } from "../progress.ts";
import { visibleWorld, whoAsks, type AsOptions } from "../visible-world.ts";

export interface BoardSession {
  author: Author;
  boards: Boards;
  /** One audit line for what the command did. */
  audit(action: "change" | "view" | "export", query: unknown, ids: string[]): Promise<void>;
}

/** Opens the session if the asker's role allows `needed`; `work` runs with the log open. */
export async function withBoards<T>(
  command: string,
  needed: Role,
  options: AsOptions,
  work: (session: BoardSession) => Promise<T>,
): Promise<T> {
  const route = `cli board ${command}`;
  const asker = await whoAsks(options);
  if (options.as) {
    const role = (await UserFile.open(usersFileOf(options.dataDir)))
      .list()
      .find((user) => user.name === asker.user)!.role;
    if (!roleAllows(role, needed)) {
      await auditAppend(options.dataDir, {
        user: asker.user,
        action: "refused",
        route,
        status: 403,
      });
      throw new DataError(
        `${asker.user} (role ${role}) may not ${command} boards: needs ${needed}`,
      );
    }
  }
  const world = await withProgress(`board ${command}`, (shown) => visibleWorld(options, shown));
  const store = await openStore(options);
  const log = await openBoardLog(store, options.dataDir);
  const session: BoardSession = {
    author: world,
    boards: new Boards(log),
    audit: (action, query, ids) =>
      auditAppend(options.dataDir, { user: asker.user, action, route, status: 200, query, ids }),
  };
  try {
    return await work(session);
  } catch (error) {
    // A refused change names what is wrong; it stops the work like bad data does.
    if (error instanceof BoardError) throw new DataError(`crosslink: ${error.message}`);
    throw error;
  } finally {
    await log.close();
    await store.close();
  }
}
