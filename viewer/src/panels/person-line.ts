/**
 * One person as a front-line answer: the name (a click opens them in the
 * graph), the target rank when they have one, then their network and crime
 * types in words.
 */
import { h } from "../ui/dom.ts";
import { crimeWords } from "../ui/words.ts";

export interface PersonLine {
  id: string;
  label: string;
  network?: string;
  targetRank?: number;
  crimeTypes: string[];
}

export function personLine(person: PersonLine, open: (id: string) => void): HTMLElement {
  return h(
    "li",
    { "data-id": person.id },
    h("button", { type: "button", class: "link", onclick: () => open(person.id) }, person.label),
    person.targetRank !== undefined ? h("strong", {}, ` · target rank ${person.targetRank}`) : null,
    h(
      "div",
      { class: "muted" },
      [
        person.network ? `network: ${person.network}` : "no network",
        person.crimeTypes.length > 0 ? crimeWords(person.crimeTypes) : "no recorded crime",
      ].join(" · "),
    ),
  );
}
