/**
 * MANIFEST.sha256 in the format of `sha256sum` (so `sha256sum -c` checks a
 * package): one "<hex>  <relative path>" line per file, sorted by path.
 */
import { createHash } from "node:crypto";
import { compareText } from "./order.ts";

export const MANIFEST_FILE = "MANIFEST.sha256";

export function manifestOf(files: Readonly<Record<string, string | Uint8Array>>): string {
  return Object.keys(files)
    .filter((file) => file !== MANIFEST_FILE)
    .sort(compareText)
    .map((file) => `${createHash("sha256").update(files[file]!).digest("hex")}  ${file}\n`)
    .join("");
}
