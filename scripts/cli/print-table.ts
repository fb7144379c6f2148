/** A plain aligned table; the last column is left as long as it is. */
export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((title, k) =>
    Math.min(48, Math.max(title.length, ...rows.map((row) => row[k]!.length))),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, k) =>
        k === cells.length - 1 ? cell : cell.slice(0, widths[k]).padEnd(widths[k]!),
      )
      .join("  ");
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}
