/**
 * In-memory lookup indexes over one clearance view, built once: phones by
 * E.164 and by their last digits (for numbers written in national form),
 * plates in normal form, ids, and names and aliases by exact form and by
 * trigrams for fuzzy matching. Every lookup is a few map reads, which keeps
 * the front-line cross-check fast on a million links.
 */
import type { EntityGraph } from "../../engine/model/index.ts";
import {
  looksLikePhone,
  normaliseName,
  phoneE164,
  plateKey,
  significantDigits,
} from "./normalise.ts";

export type MatchKind = "id" | "phone" | "plate" | "name";

export interface LookupHit {
  id: string;
  match: MatchKind;
  /** 1 for an exact match; the trigram similarity of a fuzzy name match. */
  score: number;
}

/** Digits a national-form query must end with to be looked up by suffix. */
const SUFFIX = 7;
/** Postings read per query: the rarest trigrams carry the signal. */
const RAREST_TRIGRAMS = 4;
const MIN_SIMILARITY = 0.35;

const NAMED_TYPES = new Set(["person", "organisation", "location", "route", "case"]);

export class LookupIndex {
  private readonly phones = new Map<string, string[]>();
  private readonly phoneSuffixes = new Map<string, string[]>();
  private readonly plates = new Map<string, string[]>();
  private readonly names = new Map<string, string[]>();
  /** Normalised name of each name entry, and the entity it belongs to. */
  private readonly entryText: string[] = [];
  private readonly entryId: string[] = [];
  private readonly trigrams = new Map<string, number[]>();

  constructor(private readonly graph: EntityGraph) {
    graph.forEachNode((id, attributes) => {
      if (attributes.type === "phone") {
        const number = attributes.number as string;
        push(this.phones, number, id);
        push(this.phoneSuffixes, number.slice(-SUFFIX), id);
      } else if (attributes.type === "vehicle") {
        push(this.plates, attributes.plate as string, id);
      } else if (NAMED_TYPES.has(attributes.type)) {
        const aliases = Array.isArray(attributes.aliases) ? (attributes.aliases as string[]) : [];
        for (const name of new Set([attributes.label, ...aliases])) this.addName(id, name);
      }
    });
  }

  /**
   * International form first (+ or 00 and digits is E.164 once the punctuation
   * is gone), then national form by significant digits, and only then the
   * full parser (ten times slower), for forms like "+49 (0) 151...".
   */
  phone(text: string): string[] {
    const international = /^\s*(\+|00)/.test(text) ? `+${significantDigits(text)}` : undefined;
    const exact = international && this.phones.get(international);
    if (exact) return exact;
    const digits = significantDigits(text);
    const national =
      digits.length < SUFFIX
        ? []
        : (this.phoneSuffixes.get(digits.slice(-SUFFIX)) ?? []).filter((id) =>
            (this.graph.getNodeAttribute(id, "number") as string).endsWith(digits),
          );
    if (national.length > 0) return national;
    const parsed = phoneE164(text);
    return (parsed && this.phones.get(parsed)) || [];
  }

  plate(text: string): string[] {
    const key = plateKey(text);
    return (key && this.plates.get(key)) || [];
  }

  /** Exact normalised names first, then fuzzy matches by trigram similarity. */
  name(text: string, limit: number): LookupHit[] {
    const query = normaliseName(text);
    if (query.length === 0) return [];
    const exact = this.names.get(query) ?? [];
    const hits = new Map<string, number>(exact.map((id) => [id, 1]));
    if (hits.size < limit) {
      const grams = trigramsOf(query);
      const rarest = [...grams]
        .map((gram) => this.trigrams.get(gram) ?? [])
        .sort((a, b) => a.length - b.length)
        .slice(0, RAREST_TRIGRAMS);
      const seen = new Set<number>();
      for (const postings of rarest) {
        for (const entry of postings) {
          if (seen.has(entry)) continue;
          seen.add(entry);
          const score = similarity(grams, query, this.entryText[entry]!);
          const id = this.entryId[entry]!;
          if (score >= MIN_SIMILARITY && score > (hits.get(id) ?? 0)) hits.set(id, score);
        }
      }
    }
    return [...hits]
      .map(([id, score]) => ({ id, match: "name" as const, score }))
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
      .slice(0, limit);
  }

  /** Whatever the text may be: an id, a phone number, a plate or a name. */
  search(text: string, limit: number): LookupHit[] {
    const hits: LookupHit[] = [];
    const seen = new Set<string>();
    const add = (id: string, match: MatchKind, score: number) => {
      if (seen.has(id)) return;
      seen.add(id);
      hits.push({ id, match, score });
    };
    const trimmed = text.trim();
    if (this.graph.hasNode(trimmed)) add(trimmed, "id", 1);
    if (looksLikePhone(trimmed)) for (const id of this.phone(trimmed)) add(id, "phone", 1);
    for (const id of this.plate(trimmed)) add(id, "plate", 1);
    for (const hit of this.name(trimmed, limit)) add(hit.id, "name", hit.score);
    return hits.slice(0, limit);
  }

  private addName(id: string, name: string): void {
    const text = normaliseName(name);
    if (text.length === 0) return;
    push(this.names, text, id);
    const entry = this.entryText.length;
    this.entryText.push(text);
    this.entryId.push(id);
    for (const gram of trigramsOf(text)) {
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

/** Trigrams of the text padded as a whole, so prefixes weigh in (autocomplete). */
function trigramsOf(text: string): Set<string> {
  const padded = `  ${text} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

/**
 * Dice similarity of trigram sets, raised for prefixes: "ana pe" typed into a
 * search box should find "ana petrova" before the last letters are typed.
 */
function similarity(queryGrams: Set<string>, query: string, text: string): number {
  const grams = trigramsOf(text);
  let shared = 0;
  for (const gram of queryGrams) if (grams.has(gram)) shared++;
  const dice = (2 * shared) / (queryGrams.size + grams.size);
  return text.startsWith(query) ? Math.max(dice, 0.9) : dice;
}
