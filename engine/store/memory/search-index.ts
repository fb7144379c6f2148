/**
 * In-memory lookup indexes over the whole entity graph, built once per
 * import: phones by E.164 and by their last digits (for numbers written in
 * national form), plates in normal form, and names and aliases by trigram.
 * Every lookup is a few map reads; the caller's filter (clearance, types)
 * applies before any limit, so a hidden entity never takes a visible one's
 * place.
 */
import type { ColumnGraph } from "./columns/column-graph.ts";
import { compareIds } from "../queries.ts";
import { MIN_SIMILARITY, PHONE_SUFFIX, namesOf, similarity, trigramsOf } from "../search-text.ts";

export type EntityFilter = (id: string) => boolean;

export class SearchIndex {
  private readonly phones = new Map<string, string[]>();
  private readonly phoneEndings = new Map<string, string[]>();
  private readonly plates = new Map<string, string[]>();
  /** Each name entry: its normalised text, trigram count and entity. */
  private readonly entryText: string[] = [];
  private readonly entryGrams: number[] = [];
  private readonly entryId: string[] = [];
  private readonly trigrams = new Map<string, number[]>();

  constructor(private readonly graph: ColumnGraph) {
    graph.forEachNode((id, attributes) => {
      if (attributes.type === "phone") {
        const number = attributes.number as string;
        push(this.phones, number, id);
        push(this.phoneEndings, number.slice(-PHONE_SUFFIX), id);
      } else if (attributes.type === "vehicle") {
        push(this.plates, attributes.plate as string, id);
      }
      for (const name of namesOf(attributes)) this.addName(id, name);
    });
  }

  byNumber(e164: string, keep: EntityFilter): string[] {
    return sortedIds(this.phones.get(e164), keep);
  }

  byEnding(digits: string, keep: EntityFilter): string[] {
    const candidates = this.phoneEndings.get(digits.slice(-PHONE_SUFFIX)) ?? [];
    return sortedIds(
      candidates.filter((id) =>
        (this.graph.getNodeAttribute(id, "number") as string).endsWith(digits),
      ),
      keep,
    );
  }

  byPlate(plate: string, keep: EntityFilter): string[] {
    return sortedIds(this.plates.get(plate), keep);
  }

  /** Every name sharing a trigram with the query, scored; the best per entity above MIN_SIMILARITY. */
  byName(query: string, limit: number, keep: EntityFilter): Array<{ id: string; score: number }> {
    const grams = trigramsOf(query);
    const shared = new Map<number, number>();
    for (const gram of grams) {
      for (const entry of this.trigrams.get(gram) ?? []) {
        shared.set(entry, (shared.get(entry) ?? 0) + 1);
      }
    }
    const best = new Map<string, number>();
    for (const [entry, count] of shared) {
      const id = this.entryId[entry]!;
      const text = this.entryText[entry]!;
      const score = similarity(query, grams.size, text, this.entryGrams[entry]!, count);
      if (score >= MIN_SIMILARITY && score > (best.get(id) ?? 0) && keep(id)) best.set(id, score);
    }
    return [...best]
      .map(([id, score]) => ({ id, score }))
      .sort((a, b) => b.score - a.score || compareIds(a.id, b.id))
      .slice(0, limit);
  }

  private addName(id: string, text: string): void {
    const entry = this.entryText.length;
    const grams = trigramsOf(text);
    this.entryText.push(text);
    this.entryGrams.push(grams.size);
    this.entryId.push(id);
    for (const gram of grams) {
      const postings = this.trigrams.get(gram);
      if (postings) postings.push(entry);
      else this.trigrams.set(gram, [entry]);
    }
  }
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

const sortedIds = (ids: string[] | undefined, keep: EntityFilter): string[] =>
  (ids ?? []).filter(keep).sort(compareIds);
