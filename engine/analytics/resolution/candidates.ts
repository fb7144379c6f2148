/**
 * Likely duplicate persons, flagged and never merged: pairs whose names
 * agree once spelling is set aside (a consonant skeleton: letters folded to
 * ASCII, vowels dropped, doubled letters single, so Mohamed/Mohammad and
 * Al-Masri/Almasri meet), scored by the evidence for and against them —
 * the same birth date, phones, vehicles or online accounts both use, and
 * birth years or nationalities that differ. A pair is a candidate when the
 * evidence for it goes beyond the name (score ≥ `MIN_SCORE`).
 *
 * Blocking on a phonetic-style key and scoring agreements and disagreements
 * field by field is the Fellegi–Sunter record-linkage scheme (Fellegi &
 * Sunter, JASA 64, 1969) as surveyed in P. Christen, *Data Matching*, 2012;
 * the skeleton stands in for Soundex-like keys across transliterations.
 */
import {
  orderedPair,
  pairKey,
  type EntityAttributes,
  type EntityRecords,
} from "../../model/index.ts";
import { recordColumns } from "../network/record-columns.ts";
import { EVERY, span, type WorkProgress } from "../progress.ts";
import { sharedBlocks } from "./blocks.ts";

/** Evidence weights (log-odds-like points) of each agreement or disagreement. */
export const MATCH_EVIDENCE = {
  sameBirthDate: 2,
  sameBirthYear: 1,
  otherBirthYear: -3,
  sharedPhone: 3,
  sharedVehicle: 2,
  sharedAccount: 2,
  sameName: 0.5,
  otherNationality: -0.5,
} as const;
export const MIN_SCORE = 2;
/** What blocking relies on: the same name and birth year alone never make a candidate. */
export const BLOCKING_IS_COMPLETE =
  MATCH_EVIDENCE.sameName + MATCH_EVIDENCE.sameBirthYear < MIN_SCORE;

export interface DuplicateCandidate {
  a: string;
  b: string;
  /** The names as the records give them. */
  aName: string;
  bName: string;
  score: number;
  /** Evidence in words, for and against. */
  for: string[];
  against: string[];
}

interface PersonFacts {
  id: string;
  name: string;
  birth?: string;
  nationality?: string;
  held: Map<string, string>;
}

/**
 * The consonant skeleton of a name: "Al-Masri" → "lmsr", "Mohammed" → "mhmd",
 * "Moustapha" → "mstf" as "Mustafa" (ph read as f, as NYSIIS does: R. Taft,
 * *Name search techniques*, New York State Identification and Intelligence
 * System, 1970).
 */
export function nameSkeleton(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "")
    .replace(/ph/g, "f")
    .replace(/[aeiouy]/g, "")
    .replace(/(.)\1+/g, "$1");
}

/** The skeletons a name is blocked on (tokens as written and sorted), those of 3 letters or more. */
function nameSkeletons(name: string): string[] {
  const tokens = name.split(/\s+/).filter(Boolean);
  const skeletons = new Set([
    nameSkeleton(tokens.join("")),
    nameSkeleton([...tokens].sort().join("")),
  ]);
  return [...skeletons].filter((skeleton) => skeleton.length >= 3);
}

/**
 * Pairs that may be one person, best first; `decided` pairs (pairKey) are
 * left out. `progress`: persons read (0.4), blocked (0.2), then compared.
 */
export function duplicateCandidates(
  graph: EntityRecords,
  decided: ReadonlySet<string> = new Set(),
  progress?: WorkProgress,
): DuplicateCandidate[] {
  const persons = personFacts(graph, span(progress, 0, 0.4));
  const comparing = span(progress, 0.6, 1);
  const list = [...persons.values()];
  // Blocks on the name skeleton joined with a full birth date or with one held entity: every
  // pair reaching MIN_SCORE agrees on one of them (the name and the birth year alone give less,
  // `BLOCKING_IS_COMPLETE`), so the blocks lose no candidate and stay small where a skeleton
  // alone gathers hundreds of common names (compound blocking keys, Christen 2012 ch. 4).
  const skeletons: string[][] = [];
  const keysOf = (index: number): string[] => {
    const person = list[index]!;
    skeletons[index] ??= nameSkeletons(person.name);
    const agreements = [...person.held.keys()];
    if (person.birth?.length === 10) agreements.push(`born ${person.birth}`);
    return skeletons[index].flatMap((skeleton) =>
      agreements.map((agreement) => `${skeleton}\u0000${agreement}`),
    );
  };
  const blocks = sharedBlocks(list.length, keysOf, span(progress, 0.4, 0.6));
  const seen = new Set<string>(decided);
  const candidates: DuplicateCandidate[] = [];
  let compared = 0;
  for (const block of blocks.values()) {
    if ((++compared & EVERY) === 0) comparing?.(compared, blocks.size);
    for (let i = 0; i < block.length; i++) {
      for (let j = i + 1; j < block.length; j++) {
        const [a, b] = orderedPair(list[block[i]!]!.id, list[block[j]!]!.id);
        const pair = pairKey(a, b);
        if (seen.has(pair)) continue;
        seen.add(pair);
        const candidate = scorePair(persons.get(a)!, persons.get(b)!);
        if (candidate.score >= MIN_SCORE) candidates.push(candidate);
      }
    }
  }
  return candidates.sort(
    (x, y) => y.score - x.score || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1),
  );
}

/** The evidence for and against two persons being one, whatever its score (an accepted match's, say). */
export function matchEvidence(graph: EntityRecords, x: string, y: string): DuplicateCandidate {
  const [a, b] = orderedPair(x, y);
  return scorePair(factsOf(graph, a), factsOf(graph, b));
}

/**
 * The facts of every person, the entities each holds read in one pass over
 * the links' types (no link parsed): the same as `factsOf` person by person.
 */
function personFacts(graph: EntityRecords, progress?: WorkProgress): Map<string, PersonFacts> {
  const rows = recordColumns(graph);
  const persons = new Map<string, PersonFacts>();
  const factsAt: (PersonFacts | undefined)[] = [];
  for (let entity = 0; entity < rows.entityCount; entity++) {
    if ((entity & EVERY) === 0) progress?.(entity, rows.entityCount + rows.linkCount);
    if (rows.entityType(entity) !== "person") continue;
    // Four fields read from the record's text: parsing every person's record took most of this pass.
    const [label, name, birth, nationality] = rows.entityStrings(entity, PERSON_FIELDS);
    const facts: PersonFacts = {
      id: rows.entityIds[entity]!,
      // A name cut from the text (a V8 sliced string) would hold all of it: a copy is kept.
      name: ownCopy(label ?? name ?? ""),
      birth,
      nationality,
      held: new Map(),
    };
    persons.set(facts.id, facts);
    factsAt[entity] = facts;
  }
  for (let link = 0; link < rows.linkCount; link++) {
    if ((link & EVERY) === 0)
      progress?.(rows.entityCount + link, rows.entityCount + rows.linkCount);
    const kind = HELD[rows.linkType(link)];
    if (kind) factsAt[rows.sources[link]!]?.held.set(rows.entityIds[rows.targets[link]!]!, kind);
  }
  return persons;
}

function factsOf(graph: EntityRecords, id: string): PersonFacts {
  const facts = personOf(id, graph.getNodeAttributes(id));
  graph.forEachOutEdge(id, (_key, link, _source, target) => {
    const kind = HELD[link.type as string];
    if (kind) facts.held.set(target, kind);
  });
  return facts;
}

/** The fields `personFacts` reads from each person's record. */
const PERSON_FIELDS = ["label", "name", "birth_date", "nationality"] as const;

function personOf(id: string, attributes: EntityAttributes): PersonFacts {
  return {
    id,
    name: String(attributes.label ?? attributes.name ?? ""),
    birth: typeof attributes.birth_date === "string" ? attributes.birth_date : undefined,
    nationality: typeof attributes.nationality === "string" ? attributes.nationality : undefined,
    held: new Map(),
  };
}

function ownCopy(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

const HELD: Record<string, string> = {
  uses_phone: "phone",
  uses_vehicle: "vehicle",
  uses_account: "online account",
};

function scorePair(a: PersonFacts, b: PersonFacts): DuplicateCandidate {
  const result: DuplicateCandidate = {
    a: a.id,
    b: b.id,
    aName: a.name,
    bName: b.name,
    score: 0,
    for: [],
    against: [],
  };
  const add = (points: number, text: string) => {
    result.score += points;
    (points >= 0 ? result.for : result.against).push(text);
  };
  add(0, `names "${a.name}" and "${b.name}" agree but for spelling`);
  if (a.name === b.name) add(MATCH_EVIDENCE.sameName, "the same name, letter for letter");
  if (a.birth && b.birth) {
    // A date known only to the year or month agrees no more than the year does.
    if (a.birth === b.birth && a.birth.length === 10)
      add(MATCH_EVIDENCE.sameBirthDate, `the same birth date, ${a.birth}`);
    else if (a.birth.slice(0, 4) === b.birth.slice(0, 4))
      add(MATCH_EVIDENCE.sameBirthYear, `born the same year, ${a.birth.slice(0, 4)}`);
    else
      add(
        MATCH_EVIDENCE.otherBirthYear,
        `born in ${a.birth.slice(0, 4)} and ${b.birth.slice(0, 4)}`,
      );
  }
  if (a.nationality && b.nationality && a.nationality !== b.nationality)
    add(MATCH_EVIDENCE.otherNationality, `nationalities ${a.nationality} and ${b.nationality}`);
  for (const [entity, kind] of a.held) {
    if (b.held.get(entity) !== kind) continue;
    const points =
      kind === "phone"
        ? MATCH_EVIDENCE.sharedPhone
        : kind === "vehicle"
          ? MATCH_EVIDENCE.sharedVehicle
          : MATCH_EVIDENCE.sharedAccount;
    add(points, `both use ${kind} ${entity}`);
  }
  return result;
}
