/**
 * The targets for the task force: every person the analysis ranks, a page at
 * a time, one row each with rank, name, network (a click shows it), crime
 * types in words, roles and score; filters by crime type, network, role,
 * rank and score; sorting by any column; everything the filters keep
 * exported as CSV. The server filters, sorts, pages and writes the CSV
 * (marked and cut to the user's clearance), so the table reaches every
 * ranked person however many there are. Narrow in the side column (rank,
 * name, network, score), a table over the canvas when widened. Each row ends
 * with its actions (target-actions.ts), to which other screens add their own.
 */
import { CRIME_TYPE_LABELS } from "../../../../engine/model/labels.ts";
import type { CrimeType } from "../../../../engine/model/vocabulary.ts";
import type {
  TargetFilter,
  TargetSort,
  TargetSortKey as SortKey,
} from "../../../../engine/export/target-table.ts";
import type { TargetEntry, TargetsPage } from "../../api/types.ts";
import { saveBlob } from "../../graph/snapshot.ts";
import { h, replace } from "../../ui/dom.ts";
import { failure } from "../../ui/failure.ts";
import { networkName } from "../../ui/network-name.ts";
import { crimeWords } from "../../ui/words.ts";
import type { Workspace } from "../../workspace.ts";
import { DEFAULT_TARGET_ACTIONS, SHOW_TARGET, type TargetAction } from "./target-actions.ts";

/** Rows per page: enough to scan, few enough to draw at once. */
export const TARGET_PAGE = 100;
const DEFAULT_SORT: TargetSort = { key: "rank", descending: false };

const COLUMNS: [SortKey, string][] = [
  ["rank", "#"],
  ["name", "Name"],
  ["network", "Network"],
  ["crimes", "Crime types"],
  ["role", "Role"],
  ["score", "Score"],
];

export function mountTargets(
  root: HTMLElement,
  workspace: Workspace,
  actions: readonly TargetAction[] = DEFAULT_TARGET_ACTIONS,
) {
  let answer: TargetsPage | undefined;
  let targets: TargetEntry[] = [];
  let filter: TargetFilter = {};
  let sort: TargetSort = DEFAULT_SORT;
  let offset = 0;
  /** Counts requests, so an answer overtaken by a newer one is dropped. */
  let asked = 0;
  let open: string | undefined;
  let wide = false;
  const status = h("p", { class: "muted", id: "target-status", role: "status" });

  const act = async (action: TargetAction, target: TargetEntry) => {
    try {
      // Showing a person needs the canvas the wide table covers.
      if (action === SHOW_TARGET && wide) setWide(false);
      await action.run(target, workspace);
    } catch (error) {
      replace(status, failure(error));
    }
  };
  const setWide = (value: boolean) => {
    wide = value;
    root.classList.toggle("targets-wide", wide);
    render();
  };
  const exportCsv = async () => {
    if (!answer || answer.total === 0) return;
    try {
      saveBlob(await workspace.api.targetsCsv({ filter, sort }), "targets.csv");
    } catch (error) {
      replace(status, failure(error));
    }
  };
  /** Asks the server for the page at `from` under the current filters and sort. */
  const load = async (from = 0) => {
    const request = ++asked;
    try {
      const page = await workspace.api.targets(
        { offset: from, limit: TARGET_PAGE },
        { filter, sort },
      );
      if (request !== asked) return;
      answer = page;
      targets = page.targets;
      offset = from;
      render();
    } catch (error) {
      // Roles below taskforce may not see targets: the panel says so and the rest works.
      if (request === asked && !filtersDrawn) replace(root, h("h2", {}, "Targets"), failure(error));
      else if (request === asked) replace(status, failure(error));
    }
  };

  const choice = (
    id: string,
    label: string,
    options: [string, string][],
    value: string | undefined,
    set: (value: string | undefined) => void,
  ) =>
    h(
      "label",
      {},
      `${label} `,
      h(
        "select",
        {
          id,
          onchange: (event: Event) => {
            const chosen = (event.target as HTMLSelectElement).value;
            set(chosen === "" ? undefined : chosen);
            void load();
          },
        },
        h("option", { value: "" }, "any"),
        options.map(([key, text]) => h("option", { value: key, selected: key === value }, text)),
      ),
    );
  const bound = (id: string, label: string, value: number | undefined, step: string) =>
    h(
      "label",
      {},
      `${label} `,
      h("input", {
        id,
        type: "number",
        min: 0,
        step,
        value: value ?? "",
        onchange: (event: Event) => {
          const text = (event.target as HTMLInputElement).value;
          const number = text === "" ? undefined : Number(text);
          filter = {
            ...filter,
            [id === "target-max-rank" ? "maxRank" : "minScore"]: number,
          };
          void load();
        },
      }),
    );

  const filters = (facets: TargetsPage["facets"]) => {
    return h(
      "div",
      { class: "target-filters" },
      choice(
        "target-crime",
        "Crime",
        facets.crimes.map((crime) => [crime, CRIME_TYPE_LABELS[crime as CrimeType]]),
        filter.crime,
        (value) => (filter = { ...filter, crime: value as TargetFilter["crime"] }),
      ),
      choice(
        "target-network",
        "Network",
        facets.networks.map(({ id, name }) => [String(id), name]),
        filter.network === undefined ? undefined : String(filter.network),
        (value) =>
          (filter = { ...filter, network: value === undefined ? undefined : Number(value) }),
      ),
      choice(
        "target-role",
        "Role",
        facets.roles.map((role) => [role, role]),
        filter.role,
        (value) => (filter = { ...filter, role: value }),
      ),
      bound("target-max-rank", "Rank up to", filter.maxRank, "1"),
      bound("target-min-score", "Score from", filter.minScore, "0.01"),
    );
  };

  const header = () =>
    h(
      "tr",
      {},
      COLUMNS.map(([key, text]) =>
        h(
          "th",
          {
            class: `col-${key}`,
            "aria-sort":
              sort.key === key ? (sort.descending ? "descending" : "ascending") : undefined,
          },
          h(
            "button",
            {
              type: "button",
              class: "sort",
              "data-sort": key,
              "data-key": `sort-${key}`,
              onclick: () => {
                sort = { key, descending: sort.key === key ? !sort.descending : key === "score" };
                void load();
              },
            },
            text,
          ),
        ),
      ),
      h("th", { class: "col-actions" }, h("span", { class: "visually-hidden" }, "Actions")),
    );

  const row = (target: TargetEntry) => [
    h(
      "tr",
      { "data-id": target.id },
      h("td", { class: "col-rank muted" }, String(target.rank)),
      h(
        "td",
        { class: "col-name" },
        h(
          "button",
          {
            type: "button",
            class: "link name",
            "data-key": `target-${target.id}`,
            "aria-expanded": String(open === target.id),
            onclick: () => {
              open = open === target.id ? undefined : target.id;
              render();
              // In the side column the name shows the person; over the canvas the table stays.
              if (!wide) void act(SHOW_TARGET, target);
            },
          },
          target.label,
        ),
      ),
      h(
        "td",
        { class: "col-network" },
        h(
          "button",
          {
            type: "button",
            class: "link network",
            title: `Show ${target.network}`,
            onclick: () => {
              if (wide) setWide(false);
              void workspace.showCommunity(target.community);
            },
          },
          networkName(target.network),
        ),
      ),
      h("td", { class: "col-crimes" }, crimeWords(target.crimeTypes) || "none recorded"),
      h("td", { class: "col-role" }, target.roles.join(", ") || "—"),
      h("td", { class: "col-score" }, target.score.toFixed(2)),
      h(
        "td",
        { class: "col-actions" },
        actions.map((action) =>
          h(
            "button",
            {
              type: "button",
              class: "row-action",
              "aria-label": action.title(target),
              onclick: () => void act(action, target),
            },
            action.label,
          ),
        ),
      ),
    ),
    open === target.id
      ? h(
          "tr",
          { class: "reasons-row" },
          h(
            "td",
            { colspan: COLUMNS.length + 1 },
            h(
              "ul",
              { class: "reasons target-reasons" },
              target.reasons.map((reason) => h("li", {}, reason)),
            ),
          ),
        )
      : null,
  ];

  /** "101–200 of 640", with the pages before and after a click away. */
  const pager = (page: TargetsPage) =>
    h(
      "div",
      { class: "target-pager" },
      h(
        "button",
        {
          id: "target-previous",
          type: "button",
          disabled: offset === 0,
          onclick: () => void load(Math.max(0, offset - TARGET_PAGE)),
        },
        "‹ Previous",
      ),
      h(
        "span",
        { id: "target-page", class: "muted" },
        page.total === 0
          ? "none"
          : `${offset + 1}–${offset + page.targets.length} of ${page.total.toLocaleString("en")}`,
      ),
      h(
        "button",
        {
          id: "target-next",
          type: "button",
          disabled: offset + page.targets.length >= page.total,
          onclick: () => void load(offset + TARGET_PAGE),
        },
        "Next ›",
      ),
    );

  // The filters are drawn once: an answer redraws the rest, never the field being typed in.
  const head = h("div", { class: "panel-head" });
  const results = h("div", { class: "target-results" });
  let filtersDrawn = false;

  function render() {
    if (!answer) return;
    const page = answer;
    if (!filtersDrawn) {
      replace(root, head, filters(page.facets), results);
      filtersDrawn = true;
    }
    replace(
      head,
      h("h2", {}, "Targets"),
      h(
        "button",
        {
          id: "target-wide",
          type: "button",
          "aria-pressed": String(wide),
          onclick: () => setWide(!wide),
        },
        wide ? "Close table" : "Table",
      ),
      h(
        "button",
        {
          id: "target-csv",
          type: "button",
          disabled: page.total === 0,
          onclick: () => void exportCsv(),
        },
        "CSV",
      ),
    );
    replace(
      results,
      h(
        "p",
        { class: "muted", id: "target-count" },
        `${page.total.toLocaleString("en")} of ${page.ranked.toLocaleString("en")} targets shown`,
      ),
      pager(page),
      h(
        "div",
        { class: "target-scroll" },
        h(
          "table",
          { id: "target-list", class: "targets-table" },
          h("thead", {}, header()),
          h("tbody", {}, targets.flatMap(row)),
        ),
      ),
      status,
    );
  }

  void load();
}
