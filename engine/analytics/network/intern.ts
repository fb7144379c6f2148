/** Dense indices for strings in first-seen order: `values[indexOf(value)] === value`. */
export function interner(): { values: string[]; indexOf: (value: string) => number } {
  const index = new Map<string, number>();
  const values: string[] = [];
  return {
    values,
    indexOf(value) {
      let i = index.get(value);
      if (i === undefined) {
        i = values.push(value) - 1;
        index.set(value, i);
      }
      return i;
    },
  };
}
