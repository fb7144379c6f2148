/**
 * The board screen of the task force (issue 17): the operation's board with
 * each member's status, rank, rationale and what changed since its last
 * review; a decision (status and rationale) per member; the approved set
 * simulated beside the best set of its size; the briefing pack as a
 * download. Members come from the targets panel's "Nominate" (board-actions.ts).
 */
import { namedInSimulation } from "../../../../engine/boards/simulation-names.ts";
import type { Board, Simulation } from "../../api/board-types.ts";
import { saveBlob } from "../../graph/snapshot.ts";
import { h, replace } from "../../ui/dom.ts";
import { failure } from "../../ui/failure.ts";
import type { Workspace } from "../../workspace.ts";

/** The one board the screen works on: the operation's. */
export const BOARD_NAME = "operation";
const DECISIONS = ["nominated", "approved", "deferred", "rejected", "arrested"] as const;

export interface BoardScreen {
  /** Puts persons on the board as nominated and shows it again. */
  nominate(id: string): Promise<void>;
}

export function mountBoard(root: HTMLElement, workspace: Workspace): BoardScreen {
  const { api } = workspace;
  const status = h("p", { class: "muted", id: "board-status", role: "status" });
  const body = h("div", { id: "board-members" });
  const result = h("div", { id: "board-simulation" });
  let board: Board | undefined;

  const guard = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      replace(status, failure(error));
    }
  };
  const load = async () => {
    board = await api.createBoard(BOARD_NAME, "Operation board");
    render();
  };
  const decide = (id: string, choice: HTMLSelectElement, rationale: HTMLInputElement) =>
    guard(async () => {
      if (rationale.value.trim() === "") throw new Error("give a rationale for the decision");
      board = await api.decide(BOARD_NAME, id, choice.value, rationale.value);
      render();
    });
  const simulate = () =>
    guard(async () => {
      showSimulation(await api.simulateBoard(BOARD_NAME));
    });
  const briefing = () =>
    guard(async () => saveBlob(await api.briefing(BOARD_NAME), `briefing-${BOARD_NAME}.html`));

  function render() {
    const members = board?.members ?? [];
    replace(
      body,
      members.length === 0
        ? h("p", { class: "muted" }, "Nominate targets from the targets panel.")
        : h(
            "table",
            { class: "board-table" },
            h(
              "thead",
              {},
              h(
                "tr",
                {},
                ...["Person", "Status", "Rank", "Rationale", "Changed", "Decide"].map((t) =>
                  h("th", {}, t),
                ),
              ),
            ),
            h(
              "tbody",
              {},
              members.map((m) => {
                const choice = h(
                  "select",
                  { "aria-label": `Status of ${m.name}`, class: "board-choice" },
                  DECISIONS.map((d) =>
                    h("option", { value: d, ...(d === m.status && { selected: true }) }, d),
                  ),
                );
                const rationale = h("input", {
                  type: "text",
                  class: "board-rationale",
                  "aria-label": `Rationale for ${m.name}`,
                  placeholder: "rationale",
                });
                return h(
                  "tr",
                  { "data-id": m.person },
                  h("td", {}, `${m.name} `, h("span", { class: "muted" }, m.person)),
                  h("td", { class: "board-member-status" }, m.status),
                  h("td", {}, m.rank ?? ""),
                  h("td", {}, m.rationale ?? ""),
                  h("td", {}, m.changes.changed ? "yes" : ""),
                  h(
                    "td",
                    {},
                    choice,
                    rationale,
                    h(
                      "button",
                      {
                        type: "button",
                        class: "board-decide",
                        onclick: () => void decide(m.person, choice, rationale),
                      },
                      "Decide",
                    ),
                  ),
                );
              }),
            ),
          ),
    );
  }

  function showSimulation(simulation: Simulation) {
    const named = (id: string) => namedInSimulation(simulation, id);
    const line = (label: string, set: Simulation["chosen"]) =>
      h(
        "p",
        {},
        `${label}: ${set.ids.map(named).join(", ")} — fragmentation ${set.fragmentation.toFixed(3)}, largest component ${set.curve.steps.at(-1)!.lcc} of ${set.curve.lcc0}`,
      );
    replace(
      result,
      line("Approved set", simulation.chosen),
      line(`Best set of ${simulation.best.ids.length}`, simulation.best),
      simulation.swaps.map((s) =>
        h(
          "p",
          { class: "muted" },
          `swap ${named(s.out)} for ${named(s.in)}: ${s.fragmentation.toFixed(3)}`,
        ),
      ),
    );
  }

  replace(
    root,
    h("h2", {}, "Board"),
    h(
      "div",
      { class: "row" },
      h(
        "button",
        { type: "button", id: "board-simulate", onclick: () => void simulate() },
        "Simulate approved",
      ),
      h(
        "button",
        { type: "button", id: "board-briefing", onclick: () => void briefing() },
        "Briefing",
      ),
    ),
    status,
    body,
    result,
  );
  void guard(load);
  return {
    nominate: (id) =>
      guard(async () => {
        board = await api.addToBoard(BOARD_NAME, [id], "nominated");
        render();
      }),
  };
}
