/**
 * Login sessions: a short-lived bearer token in exchange for the long-lived
 * API token, so a browser never has to keep the API token. A session holds
 * only the hash of the API token it was opened with, never a copy of the
 * user: the user is looked up in the users file at every request, so a removed
 * user, a rotated token or a lowered clearance takes effect at once. Held in
 * memory only: a restart logs everyone out, which is the safe failure.
 */
import { hashToken, newToken } from "../../engine/access/index.ts";

export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

interface Session {
  /** SHA-256 of the API token that opened the session. */
  apiTokenHash: string;
  expires: number;
}

export class Sessions {
  private readonly byHash = new Map<string, Session>();

  constructor(private readonly ttlMs = SESSION_TTL_MS) {}

  open(apiTokenHash: string): { token: string; expiresAt: string } {
    this.purge();
    const token = newToken("cls");
    const expires = Date.now() + this.ttlMs;
    this.byHash.set(hashToken(token), { apiTokenHash, expires });
    return { token, expiresAt: new Date(expires).toISOString() };
  }

  /** The hash of the API token behind this session token, while the session lasts. */
  find(token: string): string | undefined {
    const session = this.byHash.get(hashToken(token));
    if (!session || session.expires < Date.now()) return undefined;
    return session.apiTokenHash;
  }

  private purge(): void {
    const now = Date.now();
    for (const [hash, session] of this.byHash) if (session.expires < now) this.byHash.delete(hash);
  }
}
