/** `crosslink user add|list`: users of the API, with their token stored only as a hash. */
import { mkdir } from "node:fs/promises";
import { usersFileOf } from "../../../server/app.ts";
import { UserError, UserFile } from "../../../engine/access/index.ts";
import { UsageError } from "../errors.ts";

export async function add(
  name: string,
  options: { role: string; clearance: string; dataDir: string },
): Promise<void> {
  await mkdir(options.dataDir, { recursive: true });
  const users = await UserFile.open(usersFileOf(options.dataDir));
  let token: string;
  try {
    token = await users.add(name, options.role, options.clearance);
  } catch (error) {
    if (error instanceof UserError) throw new UsageError(error.message);
    throw error;
  }
  console.log(`user ${name} (${options.role}, cleared ${options.clearance}) added; token:`);
  console.log(token);
  console.log("Keep it safe: it is stored only as a hash and cannot be shown again.");
}

export async function list(options: { dataDir: string }): Promise<void> {
  const users = await UserFile.open(usersFileOf(options.dataDir));
  for (const user of users.list()) console.log(`${user.name}\t${user.role}\t${user.clearance}`);
}
