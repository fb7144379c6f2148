/** Numbers, amounts, dates and lists in the words the panels show them in. */
import { LINK_TYPE_NOUNS, TIE_KIND_NOUNS } from "../../../engine/model/labels.ts";
import { formatNumber, humanize } from "./dom.ts";

/** "a", "a and b", "a, b and c". */
export function wordList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** "1 call", "4 calls"; irregular plurals given as the third argument. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** Sums by currency, largest first: "EUR 15,250, USD 4,300". */
export function amounts(byCurrency: Record<string, number>): string {
  return Object.entries(byCurrency)
    .sort((a, b) => b[1] - a[1])
    .map(([currency, amount]) => `${currency} ${Math.round(amount).toLocaleString("en")}`)
    .join(", ");
}

/** "2023-05-12 – 2024-11-19", or the one date when both are the same. */
export function dateSpan(first: string | undefined, last: string | undefined): string {
  if (first === undefined) return "";
  return last === undefined || last === first ? first : `${first} – ${last}`;
}

/** Crime types in words: "migrant smuggling, drug trafficking". */
export const crimeWords = (types: readonly string[]): string => wordList(types.map(humanize));

/** What a kind of evidence is called, one and many: a tie's kinds, then link types. */
const KIND_WORDS: Readonly<Record<string, readonly [string, string]>> = {
  ...LINK_TYPE_NOUNS,
  ...TIE_KIND_NOUNS,
};

/** Evidence counts by kind, most first: "4 calls, 3 transfers, 1 shared vehicle". */
export function kindCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([kind, n]) => {
      const [one, many] = KIND_WORDS[kind] ?? [humanize(kind), humanize(kind)];
      return count(n, one, many);
    })
    .join(", ");
}
