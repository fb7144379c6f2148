/** One record file of a dataset read row by row into validated records, none of them kept. */
import { ENTITY_FILES, LINK_FILES, type FieldSet, type RecordFileName } from "../model/index.ts";
import type { EntityRecordOf, LinkRecordOf } from "./dataset.ts";
import type { DatasetFile } from "./discover.ts";
import type { ProblemSink } from "./errors.ts";
import { readRows } from "./read-rows.ts";
import { planColumns, planFields, validateRow } from "./validate-record.ts";

const specOf = (name: RecordFileName): { fields: FieldSet } =>
  name in ENTITY_FILES
    ? ENTITY_FILES[name as keyof typeof ENTITY_FILES]
    : LINK_FILES[name as keyof typeof LINK_FILES];

/**
 * Hands each valid record of the file to `onRecord` as it is read, and each
 * problem to `problems`; returns how many valid records it read.
 */
export async function readRecords(
  file: DatasetFile,
  problems: ProblemSink,
  notices: string[],
  onBytes: (bytes: number) => void,
  onRecord: (record: EntityRecordOf | LinkRecordOf) => void,
): Promise<number> {
  const { fields } = specOf(file.name);
  const plan = planFields(fields);
  const fileName = file.fileName;
  let ordinal = 0;
  const unknownColumns = new Set<string>();
  for await (const events of readRows(file, onBytes)) {
    for (const event of events) {
      if (event.kind === "header") {
        const missing = Object.entries(fields)
          .filter(([, field]) => field.required && field.fallback === undefined)
          .map(([name]) => name)
          .filter((name) => !event.columns.includes(name));
        for (const name of missing) {
          problems.push({
            file: fileName,
            line: event.line,
            field: name,
            message: "required column is missing",
          });
        }
        if (missing.length > 0) return ordinal;
        planColumns(plan, event.columns);
        continue;
      }
      if (event.kind === "malformed") {
        problems.push({
          file: fileName,
          line: event.line,
          field: event.field ?? "row",
          message: event.message,
        });
        continue;
      }
      const validated = validateRow(plan, event.values, fileName, event.line, problems);
      if (!validated) continue;
      const record = {
        file: file.name,
        ordinal: ++ordinal,
        fileName,
        line: event.line,
        values: validated.values,
      } as EntityRecordOf | LinkRecordOf;
      if (validated.extra) {
        for (const column in validated.extra) unknownColumns.add(column);
        record.extra = validated.extra;
      }
      onRecord(record);
    }
  }
  if (unknownColumns.size > 0) {
    notices.push(
      `${file.fileName}: columns ${[...unknownColumns].join(", ")} are not in the contract; kept as properties`,
    );
  }
  return ordinal;
}
