/**
 * Login sessions: a short-lived bearer token in exchange for the long-lived
 * API token, so a browser never has to keep the API token. Held in memory
 * only: a restart logs everyone out, which is the safe failure.
 */
import { type User, hashToken, newToken } from "../../engine/access/index.ts";

export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

interface Session {
  user: User;
  expires: number;
}

export class Sessions {
  private readonly byHash = new Map<string, Session>();

  constructor(private readonly ttlMs = SESSION_TTL_MS) {}

  open(user: User): { token: string; expiresAt: string } {
    this.purge();
    const token = newToken("cls");
    const expires = Date.now() + this.ttlMs;
    this.byHash.set(hashToken(token), { user, expires });
    return { token, expiresAt: new Date(expires).toISOString() };
  }

  find(token: string): User | undefined {
    const session = this.byHash.get(hashToken(token));
    if (!session || session.expires < Date.now()) return undefined;
    return session.user;
  }

  private purge(): void {
    const now = Date.now();
    for (const [hash, session] of this.byHash) if (session.expires < now) this.byHash.delete(hash);
  }
}
