/**
 * The audit chain's key and where its companions live. The chain is keyed
 * (HMAC-SHA256), so whoever can write the log but not read the key cannot
 * re-chain an edited log; the anchor (the number and MAC of the newest line)
 * lies beside it, so cutting lines off the end is seen too. Both are files of
 * their own, readable by the owner only; the key can be kept elsewhere.
 */
import { createHmac, randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";

export interface AuditFiles {
  log: string;
  /** 32 random bytes, hex; created with the log. */
  key: string;
  /** The newest line's number and MAC, itself MACed. */
  anchor: string;
  /** Held by the one process appending at a time. */
  lock: string;
}

export const auditFilesOf = (log: string, key = `${log}.key`): AuditFiles => ({
  log,
  key,
  anchor: `${log}.anchor`,
  lock: `${log}.lock`,
});

export type Mac = (text: string) => string;

export const macWith =
  (key: Buffer): Mac =>
  (text) =>
    createHmac("sha256", key).update(text).digest("hex");

/** Reads the key; creates it (0600) only when `create` and there is none. */
export async function loadAuditKey(path: string, create: boolean): Promise<Buffer> {
  try {
    const key = Buffer.from((await readFile(path, "utf8")).trim(), "hex");
    if (key.length !== 32) throw new Error(`${path}: not an audit key (64 hex digits)`);
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT" || !create) throw error;
  }
  const key = randomBytes(32);
  // "wx": two processes starting at once must not each make a key of their own.
  await writeFile(path, key.toString("hex") + "\n", { mode: 0o600, flag: "wx" }).catch(
    async (error: NodeJS.ErrnoException) => {
      if (error.code !== "EEXIST") throw error;
    },
  );
  return loadAuditKey(path, false);
}
