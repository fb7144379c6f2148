/**
 * The users file (`users.json` in the data folder): name, role, clearance and
 * the SHA-256 of the user's API token. Written atomically and readable by the
 * owner only. Every lookup first checks whether the file changed on disk (one
 * stat), so `crosslink user add|remove|set|rotate` — or an edit by hand —
 * takes effect at the next request, for API tokens and sessions alike.
 */
import { readFile, stat } from "node:fs/promises";
import { CLASSIFICATIONS, type Classification } from "../model/index.ts";
import { writeFileAtomically } from "../model/write-file-atomically.ts";
import { isRole, type Role } from "./roles.ts";
import { hashToken, newToken } from "./tokens.ts";

export interface User {
  name: string;
  role: Role;
  clearance: Classification;
}

/** A user as a credential proved them: `tokenHash` ties sessions to the token they came from. */
export interface Credential {
  user: User;
  tokenHash: string;
}

interface StoredUser extends User {
  tokenHash: string;
  created: string;
}

export class UserError extends Error {}

const NAME = /^[A-Za-z0-9._@-]{1,64}$/;

function checkRole(role: string): Role {
  if (!isRole(role)) throw new UserError(`role must be one of viewer, analyst, taskforce, admin`);
  return role;
}

function checkClearance(clearance: string): Classification {
  if (!(CLASSIFICATIONS as readonly string[]).includes(clearance)) {
    throw new UserError(`clearance must be one of ${CLASSIFICATIONS.join(", ")}`);
  }
  return clearance as Classification;
}

const publicUser = ({ name, role, clearance }: StoredUser): User => ({ name, role, clearance });

export class UserFile {
  private users: StoredUser[] = [];
  private byHash = new Map<string, StoredUser>();
  /** Which file was read (versionOf): an atomic rename always changes the inode. */
  private version = "";

  constructor(readonly path: string) {}

  static async open(path: string): Promise<UserFile> {
    const file = new UserFile(path);
    await file.refresh();
    return file;
  }

  list(): User[] {
    return this.users.map(publicUser);
  }

  has(name: string): boolean {
    return this.users.some((user) => user.name === name);
  }

  /** Adds a user and returns the token, which exists nowhere else afterwards. */
  async add(name: string, role: string, clearance: string): Promise<string> {
    if (!NAME.test(name)) throw new UserError(`user name must be 1-64 of A-Z a-z 0-9 . _ @ -`);
    const user = { name, role: checkRole(role), clearance: checkClearance(clearance) };
    await this.refresh();
    if (this.has(name)) throw new UserError(`user ${name} exists already`);
    const token = newToken("clk");
    this.users.push({ ...user, tokenHash: hashToken(token), created: new Date().toISOString() });
    await this.save();
    return token;
  }

  /** Removes a user: their API token and every session opened with it stop working at once. */
  async remove(name: string): Promise<void> {
    await this.refresh();
    this.find(name);
    this.users = this.users.filter((user) => user.name !== name);
    await this.save();
  }

  /** Changes role and/or clearance; open sessions see the change at their next request. */
  async set(name: string, change: { role?: string; clearance?: string }): Promise<User> {
    if (change.role === undefined && change.clearance === undefined) {
      throw new UserError("give --role and/or --clearance");
    }
    const role = change.role === undefined ? undefined : checkRole(change.role);
    const clearance = change.clearance === undefined ? undefined : checkClearance(change.clearance);
    await this.refresh();
    const user = this.find(name);
    if (role) user.role = role;
    if (clearance) user.clearance = clearance;
    await this.save();
    return publicUser(user);
  }

  /** A new API token for the user; the old one and every session opened with it stop working. */
  async rotate(name: string): Promise<string> {
    await this.refresh();
    const user = this.find(name);
    const token = newToken("clk");
    user.tokenHash = hashToken(token);
    await this.save();
    return token;
  }

  /** The user holding this API token now, if any. */
  async authenticate(token: string): Promise<Credential | undefined> {
    await this.refresh();
    const tokenHash = hashToken(token);
    const user = this.byHash.get(tokenHash);
    return user && { user: publicUser(user), tokenHash };
  }

  /** The user as the file says now, if their API token is still `tokenHash` (sessions). */
  async current(tokenHash: string): Promise<User | undefined> {
    await this.refresh();
    const user = this.byHash.get(tokenHash);
    return user && publicUser(user);
  }

  private find(name: string): StoredUser {
    const user = this.users.find((candidate) => candidate.name === name);
    if (!user) throw new UserError(`no user ${name}`);
    return user;
  }

  /** Reloads the file when it changed on disk. */
  private async refresh(): Promise<void> {
    const version = await versionOf(this.path);
    if (version === this.version) return;
    const users =
      version === "absent"
        ? []
        : ((JSON.parse(await readFile(this.path, "utf8")) as { users?: StoredUser[] }).users ?? []);
    this.adopt(users, version);
  }

  private adopt(users: StoredUser[], version: string): void {
    this.users = users;
    this.byHash = new Map(users.map((user) => [user.tokenHash, user]));
    this.version = version;
  }

  private async save(): Promise<void> {
    await writeFileAtomically(this.path, JSON.stringify({ users: this.users }, null, 2) + "\n");
    this.adopt(this.users, await versionOf(this.path));
  }
}

/** mtime, size and inode of the file ("absent" when there is none: no users, not the ones last read). */
async function versionOf(path: string): Promise<string> {
  try {
    const stats = await stat(path);
    return `${stats.mtimeMs}:${stats.size}:${stats.ino}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "absent";
    throw error;
  }
}
