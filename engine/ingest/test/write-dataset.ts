/** Test helper: writes a dataset folder from file name -> text content. */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export async function writeDataset(files: Record<string, string>): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), "crosslink-dataset-"));
  for (const [name, content] of Object.entries(files)) await writeFile(join(folder, name), content);
  return folder;
}

export const PERSONS_CSV =
  "id,name,category\nP1,Ana Petrova,suspect\nP2,Omar Haddad,smuggled_person\n";
