/**
 * The front-line cross-check: paste phone numbers (any written form), plates
 * or names, one a line; each hit comes back with its classification and
 * handling code and the persons behind it — their network, target rank and
 * crime types — and opens its ego network in the graph. The officer's screen,
 * and a tool for every other role too.
 */
import type { CrossCheckResult } from "../api/types.ts";
import { h, humanize, replace } from "../ui/dom.ts";
import { failure } from "../ui/failure.ts";
import type { Workspace } from "../workspace.ts";
import { personLine } from "./person-line.ts";

/** The server takes at most this many selectors in one check. */
const MAX_SELECTORS = 1000;

export function mountCrossCheck(root: HTMLElement, workspace: Workspace, open: boolean) {
  const input = h("textarea", {
    id: "cross-check-input",
    rows: 4,
    placeholder: "+44 7700 900123\nAB12 CDE\nKarim Naceur",
    "aria-label": "Phones, plates or names, one a line",
  });
  const out = h("div", { id: "cross-check-result", "aria-live": "polite" });
  const check = async () => {
    const values = input.value
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "")
      .slice(0, MAX_SELECTORS);
    if (values.length === 0) return;
    try {
      const { results } = await workspace.api.crossCheck(values);
      replace(
        out,
        results.map((result) => resultView(result, workspace)),
      );
    } catch (error) {
      replace(out, failure(error));
    }
  };
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) void check();
  });
  replace(
    root,
    h(
      "details",
      { open },
      h("summary", {}, h("h2", {}, "Cross-check")),
      h("p", { class: "muted" }, "Phones, plates or names, one a line."),
      input,
      h(
        "div",
        { class: "actions" },
        h(
          "button",
          { id: "cross-check-run", type: "button", class: "primary", onclick: () => void check() },
          "Check",
        ),
      ),
      out,
    ),
  );
}

function resultView(result: CrossCheckResult, workspace: Workspace): HTMLElement {
  return h(
    "section",
    { class: "check", "data-value": result.value },
    h(
      "h3",
      {},
      result.value,
      h(
        "span",
        { class: result.hits.length > 0 ? "hit-count found" : "hit-count" },
        result.hits.length > 0 ? ` ${result.hits.length} known` : " not known",
      ),
    ),
    h(
      "ul",
      {},
      result.hits.map((hit) =>
        h(
          "li",
          { class: "hit", "data-id": hit.id },
          h(
            "div",
            {},
            h("strong", {}, hit.label),
            h("span", { class: "muted" }, ` ${humanize(hit.type)} · ${hit.match} match`),
          ),
          h(
            "div",
            {},
            h("span", { class: "badge" }, hit.classification),
            hit.handling_code ? h("span", { class: "handling" }, ` ${hit.handling_code}`) : null,
          ),
          hit.context.length > 0
            ? h(
                "ul",
                { class: "context" },
                hit.context.map((person) => personLine(person, (id) => void workspace.openEgo(id))),
              )
            : h("p", { class: "muted" }, "No known user."),
          h(
            "button",
            {
              type: "button",
              class: "open-network",
              onclick: () => void workspace.openEgo(hit.id),
            },
            "Open network",
          ),
        ),
      ),
    ),
  );
}
