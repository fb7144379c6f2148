/** How a record's provenance reads: the same in every table, page and panel. */

/** `persons.csv:12`, or `persons.csv` where the line is not shown. */
export function provenanceText(provenance: { file: string; line?: number }): string {
  return provenance.line === undefined ? provenance.file : `${provenance.file}:${provenance.line}`;
}
