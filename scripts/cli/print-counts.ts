import type { StoreCounts } from "../../engine/store/index.ts";

export function printCounts(counts: StoreCounts): void {
  const line = (record: Record<string, number>) =>
    Object.entries(record)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([type, count]) => `${type} ${count}`)
      .join(", ");
  console.log(`entities: ${line(counts.entities)}`);
  console.log(`links:    ${line(counts.links)}`);
}
