/** Crime links in words: "drug trafficking, 1 hop via Daan Smit (Operation Tramontana)". */
import type { CrimeLink } from "../../api/types.ts";
import { h, humanize } from "../../ui/dom.ts";
import { count, wordList } from "../../ui/words.ts";
import type { Workspace } from "../../workspace.ts";

export function crimeLinks(links: readonly CrimeLink[], workspace: Workspace): Node[] {
  if (links.length === 0) return [];
  return [
    h("h2", {}, "Crime links"),
    h(
      "ul",
      { id: "detail-crime-links", class: "lines" },
      links.map((link) =>
        h(
          "li",
          {},
          h("strong", {}, humanize(link.type)),
          `, ${count(link.hops, "hop")} via `,
          link.via.flatMap((id, i) => [
            i > 0 ? " then " : "",
            h(
              "button",
              { type: "button", class: "link", onclick: () => void workspace.reveal(id) },
              link.viaLabels[i] ?? id,
            ),
          ]),
          link.caseTitles.length > 0
            ? h("span", { class: "muted" }, ` (${wordList(link.caseTitles)})`)
            : null,
        ),
      ),
    ),
  ];
}
