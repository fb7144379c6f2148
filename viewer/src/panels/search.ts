/**
 * Search with autocomplete, as a WAI-ARIA combobox: type, move with the arrow
 * keys, Enter focuses the entity (fetching it into the view when it is not
 * drawn yet), Shift+Enter adds it to the selection (a second one makes a
 * path query), Escape closes. Namesakes are told apart by what each hit
 * shows beside the name.
 */
import type { SearchHit } from "../api/types.ts";
import { h, humanize, replace } from "../ui/dom.ts";
import type { Workspace } from "../workspace.ts";

const DEBOUNCE_MS = 180;

export function mountSearch(root: HTMLElement, workspace: Workspace) {
  const input = h("input", {
    id: "search-input",
    type: "search",
    role: "combobox",
    placeholder: "Search names, phones, plates…",
    "aria-label": "Search",
    "aria-autocomplete": "list",
    "aria-controls": "search-results",
    "aria-expanded": "false",
  });
  const list = h("ul", { id: "search-results", role: "listbox", hidden: true });
  replace(root, input, list);

  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  const show = () => {
    list.hidden = hits.length === 0;
    input.setAttribute("aria-expanded", String(hits.length > 0));
    replace(
      list,
      hits.map((hit, i) =>
        h(
          "li",
          {
            id: `search-hit-${i}`,
            role: "option",
            "data-id": hit.id,
            "aria-selected": String(i === active),
            onmousedown: (event: Event) => {
              event.preventDefault();
              void choose(hit, (event as MouseEvent).shiftKey);
            },
          },
          h("span", { class: "grow" }, hit.label ?? hit.id),
          h("span", { class: "muted" }, hitContext(hit)),
        ),
      ),
    );
    if (active >= 0) input.setAttribute("aria-activedescendant", `search-hit-${active}`);
    else input.removeAttribute("aria-activedescendant");
  };

  const close = () => {
    hits = [];
    active = -1;
    show();
  };

  /** With `add` (Shift held), the hit joins the selection, as shift-click does: two make a path query. */
  const choose = async (hit: SearchHit, add = false) => {
    close();
    input.value = hit.label ?? hit.id;
    await workspace.reveal(hit.id, add);
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    const query = input.value.trim();
    if (query.length < 2) return close();
    timer = setTimeout(async () => {
      const ticket = ++asked;
      const answer = await workspace.api.search(query);
      // A slow answer to an older query must not replace a newer one.
      if (ticket !== asked) return;
      hits = answer.hits;
      active = hits.length > 0 ? 0 : -1;
      show();
    }, DEBOUNCE_MS);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (hits.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === "ArrowDown" ? 1 : -1) + hits.length) % hits.length;
      show();
    } else if (event.key === "Enter") {
      event.preventDefault();
      const hit = hits[active];
      if (hit) void choose(hit, event.shiftKey);
    } else if (event.key === "Escape") close();
  });
  input.addEventListener("blur", () => setTimeout(close, 100));
  // "/" jumps to search from anywhere, as in many analyst tools.
  document.addEventListener("keydown", (event) => {
    const typing =
      event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement;
    if (event.key === "/" && !typing) {
      event.preventDefault();
      input.focus();
    }
  });
}

/**
 * What a hit is, and for a person what tells them from namesakes: "person ·
 * born 1990 · SY · Western Balkans: Evros crossing smuggling network · rank 12".
 */
export function hitContext(hit: SearchHit): string {
  const person = hit.person;
  return [
    humanize(hit.type ?? ""),
    person?.born ? `born ${person.born}` : "",
    person?.nationality ?? "",
    person?.network ?? "",
    person?.targetRank !== undefined ? `rank ${person.targetRank}` : "",
    person ? "" : hit.match,
  ]
    .filter((part) => part !== "")
    .join(" · ");
}
