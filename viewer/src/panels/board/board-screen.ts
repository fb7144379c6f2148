/**
 * The board screen (issue 17): a screen of its own over the workspace, for
 * the task force's meeting. On the left the boards (pick one; the task force
 * creates them); in the middle the chosen board's members in a table with
 * every column, a person added by id, and the approved set simulated beside
 * the best set of its size on the disruption chart; on the right the member
 * chosen (member-pane.ts): decision, owner, evidence, notes, what changed,
 * history. The task force changes the board; analysts read it and write
 * notes (their buttons for changes are absent, and the server refuses them
 * anyway); viewers never get the screen.
 */
import { namedInSimulation } from "../../../../engine/boards/simulation-names.ts";
import { simulationChart } from "../../../../engine/boards/simulation-chart.ts";
import type {
  Board,
  BoardSummary,
  MemberChange,
  NoteRequest,
  Simulation,
} from "../../api/board-types.ts";
import { saveBlob } from "../../graph/snapshot.ts";
import { h, replace } from "../../ui/dom.ts";
import { failure } from "../../ui/failure.ts";
import { lineChart } from "../../ui/line-chart.ts";
import type { Workspace } from "../../workspace.ts";
import { memberPane } from "./member-pane.ts";
import { memberTable } from "./member-table.ts";

/** The board nominations go to when the task force has none yet. */
export const FIRST_BOARD = { name: "operation", title: "Operation board" };
const NAME = /^[A-Za-z0-9._-]{1,64}$/;

export interface BoardScreen {
  /** The board chosen, if any. */
  readonly current: BoardSummary | undefined;
  open(): void;
  /** Puts a person on the chosen board (the first board, created if need be) as nominated. */
  nominate(id: string): Promise<void>;
  /** Called whenever the boards or the chosen board change. */
  onChange(listener: () => void): void;
}

export function mountBoardScreen(root: HTMLElement, workspace: Workspace): BoardScreen {
  const { api } = workspace;
  const edits = workspace.may("board-edit");
  const { clearance } = api.user;
  let boards: BoardSummary[] = [];
  let board: Board | undefined;
  let chosen: string | undefined;
  let simulation: Simulation | undefined;
  const listeners: (() => void)[] = [];

  const status = h("div", { id: "board-status", class: "muted", role: "status" });
  const picker = h("nav", { class: "board-picker", "aria-label": "Boards" });
  const main = h("div", { class: "board-main" });
  const side = h("aside", { class: "board-side", id: "board-member", "aria-label": "Member" });
  const title = h("h2", { id: "board-title" }, "Target boards");

  const nameOf = (id: string) =>
    board?.members.find((m) => m.person === id)?.name ??
    (workspace.graph.hasNode(id)
      ? String(workspace.graph.getNodeAttribute(id, "label"))
      : undefined);
  const networkOf = (id: string) => {
    const community = workspace.graph.hasNode(id)
      ? workspace.graph.getNodeAttribute(id, "community")
      : undefined;
    if (typeof community !== "number") return {};
    const name = workspace.communityNames.get(String(community)) ?? `community ${community}`;
    return { network: { id: community, name } };
  };
  const guard = async (work: () => Promise<void>) => {
    try {
      replace(status);
      await work();
    } catch (error) {
      replace(status, failure(error));
    }
  };
  const loadList = async () => {
    boards = (await api.boards()).boards;
  };
  const show = async (name: string) => {
    board = await api.board(name);
    if (!board.members.some((m) => m.person === chosen)) chosen = board.members[0]?.person;
    simulation = undefined;
    render();
  };
  const refresh = async (next?: Board) => {
    await loadList();
    if (next) board = next;
    else if (board) board = await api.board(board.name);
    render();
  };
  const ensureBoard = async (): Promise<string> => {
    if (board) return board.name;
    if (boards.length === 0) await api.createBoard(FIRST_BOARD.name, FIRST_BOARD.title);
    await loadList();
    await show(boards[0]!.name);
    return board!.name;
  };

  const create = (name: HTMLInputElement, boardTitle: HTMLInputElement) =>
    guard(async () => {
      if (!NAME.test(name.value)) throw new Error("a board's name is 1-64 of A-Z a-z 0-9 . _ -");
      await api.createBoard(name.value, boardTitle.value.trim() || undefined);
      await loadList();
      await show(name.value);
    });
  const addById = (input: HTMLInputElement) =>
    guard(async () => {
      const id = input.value.trim();
      if (id === "") throw new Error("give a person id");
      const name = await ensureBoard();
      chosen = id;
      await refresh(await api.addToBoard(name, [id], "candidate"));
    });
  const change = (person: string) => (body: MemberChange) =>
    guard(async () => refresh(await api.setMember(board!.name, person, body)));
  const note = (body: NoteRequest) =>
    guard(async () => {
      await api.addNote(body);
      await refresh();
    });
  const simulate = () =>
    guard(async () => {
      simulation = await api.simulateBoard(board!.name);
      render();
    });
  const briefing = () =>
    guard(async () => saveBlob(await api.briefing(board!.name), `briefing-${board!.name}.html`));

  function render() {
    renderPicker();
    title.textContent = board ? `Board: ${board.title ?? board.name}` : "Target boards";
    renderMain();
    const member = board?.members.find((m) => m.person === chosen);
    replace(
      side,
      board && member
        ? memberPane({
            board,
            member,
            clearance,
            nameOf,
            ...networkOf(member.person),
            ...(edits && { change: change(member.person) }),
            note,
          })
        : h("p", { class: "muted" }, "Choose a member to see and decide on them."),
    );
    for (const listener of listeners) listener();
  }

  function renderPicker() {
    const name = h("input", {
      type: "text",
      id: "board-new-name",
      placeholder: "name, e.g. trident",
      "aria-label": "New board's name",
    });
    const boardTitle = h("input", {
      type: "text",
      id: "board-new-title",
      placeholder: "title, e.g. Op Trident",
      "aria-label": "New board's title",
    });
    replace(
      picker,
      h("h3", {}, "Boards"),
      boards.length === 0 ? h("p", { class: "muted" }, "No board yet.") : null,
      h(
        "ul",
        {},
        boards.map((b) =>
          h(
            "li",
            {},
            h(
              "button",
              {
                type: "button",
                class: "row board-pick",
                "data-board": b.name,
                "data-key": `board-${b.name}`,
                "aria-current": String(b.name === board?.name),
                onclick: () => void guard(() => show(b.name)),
              },
              h("span", { class: "grow" }, b.title ?? b.name),
              h("span", { class: "muted" }, `${b.approved}/${b.members}`),
            ),
          ),
        ),
      ),
      boards.length > 0 ? h("p", { class: "muted small" }, "approved / members") : null,
      edits
        ? h(
            "form",
            {
              class: "board-create",
              onsubmit: (event: Event) => (event.preventDefault(), void create(name, boardTitle)),
            },
            h("h3", {}, "New board"),
            name,
            boardTitle,
            h("button", { type: "submit", id: "board-create" }, "Create board"),
          )
        : null,
    );
  }

  function renderMain() {
    if (!board) {
      replace(
        main,
        h(
          "p",
          { class: "muted" },
          edits
            ? "Create a board, or nominate targets from the targets table."
            : "No board to show.",
        ),
      );
      return;
    }
    const id = h("input", {
      type: "text",
      id: "board-add-id",
      placeholder: "person id",
      "aria-label": "Person to add",
    });
    replace(
      main,
      edits
        ? h(
            "div",
            { class: "actions board-tools" },
            id,
            h(
              "button",
              { type: "button", id: "board-add", onclick: () => void addById(id) },
              "Add person",
            ),
            h("span", { class: "grow" }),
            h(
              "button",
              {
                type: "button",
                id: "board-simulate",
                class: "primary",
                onclick: () => void simulate(),
              },
              "Simulate approved",
            ),
            h(
              "button",
              { type: "button", id: "board-briefing", onclick: () => void briefing() },
              "Briefing",
            ),
          )
        : null,
      h(
        "div",
        { id: "board-members", class: "board-members" },
        memberTable(board, chosen, (person) => {
          chosen = person;
          render();
        }),
      ),
      h("div", { id: "board-simulation" }, simulation ? simulationView(simulation) : null),
    );
  }

  replace(
    root,
    h(
      "header",
      { class: "board-head" },
      title,
      status,
      h(
        "button",
        { type: "button", id: "board-close", onclick: () => (root.hidden = true) },
        "Close",
      ),
    ),
    picker,
    main,
    side,
  );
  void guard(async () => {
    await loadList();
    if (boards[0]) await show(boards[0].name);
    else render();
  });
  return {
    get current() {
      return boards.find((b) => b.name === board?.name);
    },
    open: () => {
      root.hidden = false;
      void guard(() => refresh());
    },
    nominate: (id) =>
      guard(async () => {
        const name = await ensureBoard();
        await refresh(await api.addToBoard(name, [id], "nominated"));
      }),
    onChange: (listener) => listeners.push(listener),
  };
}

function simulationView(simulation: Simulation): Node[] {
  const named = (id: string) => namedInSimulation(simulation, id);
  const line = (label: string, set: Simulation["chosen"]) =>
    h(
      "p",
      {},
      h("strong", {}, `${label}: `),
      `${set.ids.map(named).join(", ")} — fragmentation ${set.fragmentation.toFixed(3)}, largest component ${set.curve.steps.at(-1)!.lcc} of ${set.curve.lcc0}`,
    );
  return [
    h("h3", {}, "The approved set, simulated"),
    lineChart(...simulationChart(simulation, { width: 460, height: 180 })),
    line("Approved set", simulation.chosen),
    line(`Best set of ${simulation.best.ids.length}`, simulation.best),
    simulation.swaps.length === 0
      ? h("p", { class: "muted" }, "No single swap improves the approved set.")
      : h(
          "ul",
          { class: "board-swaps" },
          simulation.swaps.map((s) =>
            h(
              "li",
              {},
              `swap ${named(s.out)} for ${named(s.in)}: fragmentation ${s.fragmentation.toFixed(3)}`,
            ),
          ),
        ),
  ];
}
