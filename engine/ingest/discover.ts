/** Finds the record files of a dataset folder: one CSV or NDJSON file per kind of record. */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { ENTITY_FILES, LINK_FILES, type RecordFileName } from "../model/index.ts";
import type { RecordProblem } from "./errors.ts";

export type FileFormat = "csv" | "ndjson";

export interface DatasetFile {
  name: RecordFileName;
  fileName: string;
  path: string;
  format: FileFormat;
  bytes: number;
}

export interface Discovery {
  files: DatasetFile[];
  problems: RecordProblem[];
  notices: string[];
}

/** Entity files come first, so that links can be checked against every id. */
export const RECORD_FILE_ORDER = [
  ...Object.keys(ENTITY_FILES),
  ...Object.keys(LINK_FILES),
] as RecordFileName[];

export async function discoverDataset(folder: string): Promise<Discovery> {
  let entries: string[];
  try {
    entries = (await readdir(folder)).sort();
  } catch {
    return {
      files: [],
      problems: [
        { file: folder, line: 0, field: "folder", message: "cannot be read as a dataset folder" },
      ],
      notices: [],
    };
  }
  const files: DatasetFile[] = [];
  const problems: RecordProblem[] = [];
  const notices: string[] = [];
  const known = new Set<string>(RECORD_FILE_ORDER);
  for (const name of RECORD_FILE_ORDER) {
    const present = (["csv", "ndjson"] as const).filter((format) =>
      entries.includes(`${name}.${format}`),
    );
    if (present.length > 1) {
      problems.push({
        file: `${name}.ndjson`,
        line: 0,
        field: "file",
        message: `both ${name}.csv and ${name}.ndjson exist; keep one`,
      });
      continue;
    }
    const format = present[0];
    if (!format) continue;
    const fileName = `${name}.${format}`;
    const path = join(folder, fileName);
    files.push({ name, fileName, path, format, bytes: (await stat(path)).size });
  }
  if (!files.some((file) => file.name === "persons")) {
    problems.push({
      file: "persons.csv",
      line: 0,
      field: "file",
      message: "persons is required and is missing",
    });
  }
  for (const entry of entries) {
    const base = entry.replace(/\.(csv|ndjson)$/, "");
    if (!known.has(base) && !entry.startsWith("."))
      notices.push(`${entry}: not a known record file, ignored`);
  }
  return { files, problems, notices };
}
