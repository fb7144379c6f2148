/**
 * The users file (`users.json` in the data folder): name, role, clearance and
 * the SHA-256 of the user's API token. Written atomically and readable by the
 * owner only; re-read when it changes on disk, so `crosslink user add` takes
 * effect without a restart.
 */
import { readFile, rename, stat, writeFile } from "node:fs/promises";
import { CLASSIFICATIONS, type Classification } from "../model/index.ts";
import { isRole, type Role } from "./roles.ts";
import { hashToken, newToken } from "./tokens.ts";

export interface User {
  name: string;
  role: Role;
  clearance: Classification;
}

interface StoredUser extends User {
  tokenHash: string;
  created: string;
}

export class UserError extends Error {}

const NAME = /^[A-Za-z0-9._@-]{1,64}$/;

export class UserFile {
  private users: StoredUser[] = [];
  private byHash = new Map<string, StoredUser>();
  private mtimeMs = -1;

  constructor(readonly path: string) {}

  static async open(path: string): Promise<UserFile> {
    const file = new UserFile(path);
    await file.refresh();
    return file;
  }

  list(): User[] {
    return this.users.map(({ name, role, clearance }) => ({ name, role, clearance }));
  }

  has(name: string): boolean {
    return this.users.some((user) => user.name === name);
  }

  /** Adds a user and returns the token, which exists nowhere else afterwards. */
  async add(name: string, role: string, clearance: string): Promise<string> {
    if (!NAME.test(name)) throw new UserError(`user name must be 1-64 of A-Z a-z 0-9 . _ @ -`);
    if (!isRole(role)) throw new UserError(`role must be one of viewer, analyst, taskforce, admin`);
    if (!(CLASSIFICATIONS as readonly string[]).includes(clearance)) {
      throw new UserError(`clearance must be one of ${CLASSIFICATIONS.join(", ")}`);
    }
    await this.refresh();
    if (this.has(name)) throw new UserError(`user ${name} exists already`);
    const token = newToken("clk");
    this.users.push({
      name,
      role,
      clearance: clearance as Classification,
      tokenHash: hashToken(token),
      created: new Date().toISOString(),
    });
    await this.save();
    return token;
  }

  /** The user holding this API token, if any. */
  async authenticate(token: string): Promise<User | undefined> {
    const hash = hashToken(token);
    let user = this.byHash.get(hash);
    if (!user && (await this.refresh())) user = this.byHash.get(hash);
    return user && { name: user.name, role: user.role, clearance: user.clearance };
  }

  /** Reloads the file when it changed on disk; true when it did. */
  private async refresh(): Promise<boolean> {
    let mtimeMs: number;
    try {
      mtimeMs = (await stat(this.path)).mtimeMs;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
      throw error;
    }
    if (mtimeMs === this.mtimeMs) return false;
    const parsed = JSON.parse(await readFile(this.path, "utf8")) as { users?: StoredUser[] };
    this.adopt(parsed.users ?? [], mtimeMs);
    return true;
  }

  private adopt(users: StoredUser[], mtimeMs: number): void {
    this.users = users;
    this.byHash = new Map(users.map((user) => [user.tokenHash, user]));
    this.mtimeMs = mtimeMs;
  }

  private async save(): Promise<void> {
    const temporary = `${this.path}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify({ users: this.users }, null, 2) + "\n", {
      mode: 0o600,
    });
    await rename(temporary, this.path);
    this.adopt(this.users, (await stat(this.path)).mtimeMs);
  }
}
