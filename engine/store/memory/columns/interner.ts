/** Strings many records share (types, datasets, files), each held once and named by a small number. */
export class Interner {
  private readonly codes = new Map<string, number>();
  private readonly strings: string[] = [];

  code(text: string): number {
    let code = this.codes.get(text);
    if (code === undefined) {
      code = this.strings.push(text) - 1;
      this.codes.set(text, code);
    }
    return code;
  }

  /** The code of `text`, or -1 when no record holds it. */
  find(text: string): number {
    return this.codes.get(text) ?? -1;
  }

  text(code: number): string {
    return this.strings[code]!;
  }
}
