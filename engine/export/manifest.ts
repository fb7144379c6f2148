/**
 * MANIFEST.sha256 in the format of `sha256sum` (so `sha256sum -c` checks a
 * package): one "<hex>  <relative path>" line per file, sorted by path.
 */
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { compareText } from "./order.ts";

export const MANIFEST_FILE = "MANIFEST.sha256";

export async function writeManifest(folder: string): Promise<string> {
  const files = (await listFiles(folder)).filter((file) => file !== MANIFEST_FILE);
  const lines: string[] = [];
  for (const file of files) {
    const digest = createHash("sha256")
      .update(await readFile(join(folder, file)))
      .digest("hex");
    lines.push(`${digest}  ${file}`);
  }
  const text = lines.map((line) => `${line}\n`).join("");
  await writeFile(join(folder, MANIFEST_FILE), text);
  return text;
}

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort(compareText);
}
