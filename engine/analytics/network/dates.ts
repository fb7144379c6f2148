/**
 * Dates of evidence as sortable integers: "2024-03-07" is 20240307, a month
 * "2024-03" is 20240300 and a year "2024" is 20240000, so reduced dates sort
 * before the days they contain and turn back into exactly what was written.
 */
export const NO_DATE = 0;

export function dateKey(value: unknown): number {
  if (typeof value !== "string") return NO_DATE;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!match) return NO_DATE;
  return Number(match[1]) * 10000 + Number(match[2] ?? 0) * 100 + Number(match[3] ?? 0);
}

export function dateText(key: number): string | null {
  if (key === NO_DATE) return null;
  const year = Math.floor(key / 10000);
  const month = Math.floor(key / 100) % 100;
  const day = key % 100;
  const pad = (value: number) => String(value).padStart(2, "0");
  if (month === 0) return String(year);
  if (day === 0) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}
