/**
 * `crosslink user add|list|remove|set|rotate`: users of the API, with their
 * token stored only as a hash. A running server sees every change at the
 * caller's next request.
 */
import { UserError, UserFile, usersFileOf } from "../../../engine/access/index.ts";
import { UsageError } from "../errors.ts";

interface DataDir {
  dataDir: string;
}

/** Runs a change on the users file; a refused change is a usage error (exit 2). */
async function change<T>(options: DataDir, run: (users: UserFile) => Promise<T>): Promise<T> {
  const users = await UserFile.open(usersFileOf(options.dataDir));
  try {
    return await run(users);
  } catch (error) {
    if (error instanceof UserError) throw new UsageError(error.message);
    throw error;
  }
}

function printToken(token: string): void {
  console.log(token);
  console.log("Keep it safe: it is stored only as a hash and cannot be shown again.");
}

export async function add(
  name: string,
  options: { role: string; clearance: string } & DataDir,
): Promise<void> {
  const token = await change(options, (users) => users.add(name, options.role, options.clearance));
  console.log(`user ${name} (${options.role}, cleared ${options.clearance}) added; token:`);
  printToken(token);
}

export async function list(options: DataDir): Promise<void> {
  const users = await UserFile.open(usersFileOf(options.dataDir));
  for (const user of users.list()) console.log(`${user.name}\t${user.role}\t${user.clearance}`);
}

export async function remove(name: string, options: DataDir): Promise<void> {
  await change(options, (users) => users.remove(name));
  console.log(`user ${name} removed; their token and sessions no longer work`);
}

export async function set(
  name: string,
  options: { role?: string; clearance?: string } & DataDir,
): Promise<void> {
  const user = await change(options, (users) => users.set(name, options));
  console.log(`user ${name} is now ${user.role}, cleared ${user.clearance}`);
}

export async function rotate(name: string, options: DataDir): Promise<void> {
  const token = await change(options, (users) => users.rotate(name));
  console.log(`user ${name} has a new token (the old one and its sessions no longer work):`);
  printToken(token);
}
