/**
 * Bearer tokens: 256 random bits, shown once, stored only as their SHA-256.
 * A slow hash (scrypt) buys nothing here: the token is not a password a person
 * chose, and 256 random bits cannot be guessed from their hash.
 */
import { createHash, randomBytes } from "node:crypto";

export const newToken = (prefix: string): string =>
  `${prefix}_${randomBytes(32).toString("base64url")}`;

export const hashToken = (token: string): string =>
  createHash("sha256").update(token, "utf8").digest("hex");
