/**
 * A record's provenance as its attributes' JSON text spells it,
 * `,"provenance_dataset":"…","provenance_file":"…","provenance_line":N`:
 * about 90 bytes of a 200-byte record, and every byte of it already in the
 * table's columns (dataset, file, line). The table (record-table.ts) cuts it
 * out of the text it keeps and puts it back, the same bytes at the same
 * place, whenever the text is read or written: at 10M links that is about
 * 1.3 GB less held by an import, a reload and an analysis.
 */
import type { Interner } from "./interner.ts";

/** The text up to the line number, per dataset and file. */
interface Prefix {
  text: string;
  bytes: Buffer;
}

export class ProvenanceText {
  private readonly prefixes = new Map<number, Map<number, Prefix>>();

  constructor(private readonly strings: Interner) {}

  /** The whole segment for a dataset, a file (their codes) and a line. */
  text(dataset: number, file: number, line: number): string {
    return this.prefix(dataset, file).text + line;
  }

  /** The segment's bytes up to the line number, which follows as text. */
  prefixBytes(dataset: number, file: number): Buffer {
    return this.prefix(dataset, file).bytes;
  }

  /**
   * Where the segment for this dataset, file and line starts in `json`, and
   * how long it is; undefined when it is not there as a whole (a value must
   * follow it, or the object close). Put back at that place, the same bytes
   * give the same text, whichever object of the record held them.
   */
  find(
    json: Buffer,
    dataset: number,
    file: number,
    line: number,
  ): { at: number; length: number } | undefined {
    const prefix = this.prefix(dataset, file).bytes;
    const at = json.indexOf(prefix);
    if (at < 0) return undefined;
    const digits = String(line);
    let end = at + prefix.length;
    for (let i = 0; i < digits.length; i++, end++)
      if (json[end] !== digits.charCodeAt(i)) return undefined;
    const next = json[end];
    if (next !== 0x2c && next !== 0x7d) return undefined;
    return { at, length: end - at };
  }

  private prefix(dataset: number, file: number): Prefix {
    let byFile = this.prefixes.get(dataset);
    if (byFile === undefined) this.prefixes.set(dataset, (byFile = new Map()));
    let prefix = byFile.get(file);
    if (prefix === undefined) {
      const text =
        `,"provenance_dataset":${JSON.stringify(this.strings.text(dataset))}` +
        `,"provenance_file":${JSON.stringify(this.strings.text(file))},"provenance_line":`;
      prefix = { text, bytes: Buffer.from(text) };
      byFile.set(file, prefix);
    }
    return prefix;
  }
}
