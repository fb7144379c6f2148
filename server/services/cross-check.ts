/**
 * The front-line cross-check: a batch of selectors (phone numbers, plates,
 * names) looked up in the indexes, each hit with the network context an
 * officer needs at a checkpoint: who is behind it, their community, target
 * rank and crime types.
 */
import { actorsOf, nodeSummary, personContext } from "./describe.ts";
import { looksLikePhone } from "./normalise.ts";
import type { LookupHit } from "./lookup-index.ts";
import type { LevelView } from "./world.ts";

export type SelectorKind = "phone" | "plate" | "name" | "auto";

export interface Selector {
  value: string;
  kind?: SelectorKind;
}

const NAME_HITS = 5;

export function crossCheck(view: LevelView, selectors: Selector[]) {
  return selectors.map((selector) => {
    const kind = resolveKind(view, selector);
    const hits = lookup(view, kind, selector.value).map((hit) => ({
      ...nodeSummary(view, hit.id),
      match: hit.match,
      score: hit.score,
      context: actorsOf(view, hit.id).map((actor) => personContext(view, actor)),
    }));
    return { value: selector.value, kind, hits };
  });
}

function resolveKind(view: LevelView, selector: Selector): Exclude<SelectorKind, "auto"> {
  if (selector.kind && selector.kind !== "auto") return selector.kind;
  if (looksLikePhone(selector.value)) return "phone";
  return view.lookup.plate(selector.value).length > 0 ? "plate" : "name";
}

function lookup(view: LevelView, kind: Exclude<SelectorKind, "auto">, value: string): LookupHit[] {
  if (kind === "phone")
    return view.lookup.phone(value).map((id) => ({ id, match: "phone", score: 1 }));
  if (kind === "plate")
    return view.lookup.plate(value).map((id) => ({ id, match: "plate", score: 1 }));
  return view.lookup.name(value, NAME_HITS);
}
