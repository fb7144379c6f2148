/**
 * The targets for the task force: one row per ranked person with rank, name,
 * network (a click shows it), crime types in words, roles and score; filters
 * by crime type, network, role, rank and score; sorting by any column; the
 * rows shown exported as CSV (the server writes it, marked and cut to the
 * user's clearance). Narrow in the side column (rank, name, network, score),
 * a table over the canvas when widened. Each row ends with its actions
 * (target-actions.ts), to which other screens add their own.
 */
import { CRIME_TYPE_LABELS } from "../../../../engine/model/labels.ts";
import type { TargetEntry } from "../../api/types.ts";
import { saveBlob } from "../../graph/snapshot.ts";
import { h, replace } from "../../ui/dom.ts";
import { failure } from "../../ui/failure.ts";
import { crimeWords } from "../../ui/words.ts";
import type { Workspace } from "../../workspace.ts";
import { DEFAULT_TARGET_ACTIONS, SHOW_TARGET, type TargetAction } from "./target-actions.ts";
import {
  DEFAULT_SORT,
  shownTargets,
  type SortKey,
  type TargetFilter,
  type TargetSort,
} from "./target-table.ts";

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
  let targets: TargetEntry[] = [];
  let filter: TargetFilter = {};
  let sort: TargetSort = DEFAULT_SORT;
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
    const ids = shownTargets(targets, filter, sort).map((target) => target.id);
    if (ids.length === 0) return;
    try {
      saveBlob(await workspace.api.targetsCsv(ids), "targets.csv");
    } catch (error) {
      replace(status, failure(error));
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
            render();
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
          render();
        },
      }),
    );

  const filters = () => {
    const present = (values: string[]) => [...new Set(values)].sort();
    const networks = new Map(targets.map((target) => [target.community, target.network]));
    return h(
      "div",
      { class: "target-filters" },
      choice(
        "target-crime",
        "Crime",
        present(targets.flatMap((target) => target.crimeTypes)).map((crime) => [
          crime,
          CRIME_TYPE_LABELS[crime as keyof typeof CRIME_TYPE_LABELS] ?? crime,
        ]),
        filter.crime,
        (value) => (filter = { ...filter, crime: value }),
      ),
      choice(
        "target-network",
        "Network",
        [...networks].sort((a, b) => a[0] - b[0]).map(([id, name]) => [String(id), name]),
        filter.network === undefined ? undefined : String(filter.network),
        (value) =>
          (filter = { ...filter, network: value === undefined ? undefined : Number(value) }),
      ),
      choice(
        "target-role",
        "Role",
        present(targets.flatMap((target) => target.roles)).map((role) => [role, role]),
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
                render();
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
          target.network,
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

  function render() {
    const shown = shownTargets(targets, filter, sort);
    replace(
      root,
      h(
        "div",
        { class: "panel-head" },
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
            disabled: shown.length === 0,
            onclick: () => void exportCsv(),
          },
          "CSV",
        ),
      ),
      filters(),
      h(
        "p",
        { class: "muted", id: "target-count" },
        `${shown.length} of ${targets.length} targets shown`,
      ),
      h(
        "div",
        { class: "target-scroll" },
        h(
          "table",
          { id: "target-list", class: "targets-table" },
          h("thead", {}, header()),
          h("tbody", {}, shown.flatMap(row)),
        ),
      ),
      status,
    );
  }

  workspace.api.targets().then(
    (answer) => {
      targets = answer.targets;
      render();
    },
    // Roles below taskforce may not see targets: the panel says so and the rest works.
    (error) => replace(root, h("h2", {}, "Targets"), failure(error)),
  );
}
