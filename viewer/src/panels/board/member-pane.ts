/**
 * One board member in full, beside the board's table: status, owner and
 * rationale; for the task force the decision (status with a rationale), the
 * owner and the evidence to add, each change with its marking; the evidence
 * (ties, transfers, cases) with the notes on each tie; the notes on the
 * person; what changed since the last review, item by item; and the member's
 * history, who did what and when. Analysts read it and write notes only.
 */
import { changeSummary } from "../../../../engine/boards/change-summary.ts";
import {
  EVIDENCE_KINDS,
  MEMBER_STATUSES,
  type EvidenceLink,
  type MemberSnapshot,
} from "../../../../engine/boards/types.ts";
import type { Board, BoardMember, MemberChange, NoteRequest } from "../../api/board-types.ts";
import { h } from "../../ui/dom.ts";
import { markingFields, markingText } from "./marking-fields.ts";
import { tieEnds } from "../../../../engine/boards/visible.ts";
import { notesBox } from "./notes-box.ts";

export interface MemberPaneContext {
  board: Board;
  member: BoardMember;
  clearance: string;
  /** A person's name as the reader's workspace knows it, else undefined. */
  nameOf: (id: string) => string | undefined;
  /** The member's network (community), when the workspace has drawn them. */
  network?: { id: number; name: string };
  /** Undefined: the reader may not change the board. */
  change?: (change: MemberChange) => Promise<void>;
  /** Undefined: the reader may not write notes. */
  note?: (note: NoteRequest) => Promise<void>;
}

type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
/** A history entry with the change's own fields (the schema lets them through untyped). */
type History = Board["history"][number] & Record<string, unknown>;

export function memberPane(context: MemberPaneContext): HTMLElement {
  const { board, member } = context;
  const write = context.note && {
    clearance: context.clearance,
    board: board.name,
    add: context.note,
  };
  const history = (board.history as History[]).filter((entry) => entry.person === member.person);
  return h(
    "div",
    { class: "member-pane", "data-id": member.person },
    h("h3", {}, `${member.name} `, h("span", { class: "muted" }, member.person)),
    h(
      "dl",
      { class: "member-facts" },
      fact("Status", h("span", { class: "member-status" }, member.status)),
      fact("Owner", h("span", { class: "member-owner" }, member.owner ?? "none")),
      fact("Rationale", member.rationale ?? "none yet"),
      fact("Rank", member.rank === null ? "not ranked" : `${member.rank} (score ${member.score})`),
      fact("Added", `${member.added.by}, ${when(member.added.at)}`),
    ),
    context.change && decisionForms(context, context.change),
    h("h4", {}, "Evidence"),
    evidenceList(context, write),
    context.change && evidenceForm(context, context.change),
    h("h4", {}, "Notes on the person"),
    notesBox({
      subject: "person",
      about: member.person,
      notes: board.notes,
      ...(write && { write }),
    }),
    context.network && [
      h("h4", {}, `Notes on their network, ${context.network.name}`),
      notesBox({
        subject: "community",
        about: member.person,
        network: context.network.id,
        notes: board.notes,
        ...(write && { write }),
      }),
    ],
    h("h4", {}, "What changed since the last review"),
    changes(member),
    h("h4", {}, "History"),
    h(
      "ol",
      { class: "member-history" },
      history.map((entry) =>
        h(
          "li",
          { "data-kind": entry.kind },
          h("span", { class: "muted" }, `${when(entry.time)} · ${entry.user} · `),
          describe(entry),
          " ",
          h("span", { class: "badge" }, markingText(entry)),
        ),
      ),
    ),
  );
}

function decisionForms(
  context: MemberPaneContext,
  change: NonNullable<MemberPaneContext["change"]>,
) {
  const { member, clearance } = context;
  const status = h(
    "select",
    {
      class: "board-choice",
      "aria-label": `Status of ${member.name}`,
      "data-key": "member-status",
    },
    MEMBER_STATUSES.map((s) =>
      h("option", { value: s, ...(s === member.status && { selected: true }) }, s),
    ),
  );
  const rationale = h("textarea", {
    class: "board-rationale",
    rows: 2,
    placeholder: "rationale (required with a status change)",
    "aria-label": `Rationale for ${member.name}`,
    "data-key": "member-rationale",
  });
  const decisionMarking = markingFields(clearance, "decision");
  const owner = h("input", {
    type: "text",
    class: "board-owner",
    value: member.owner ?? "",
    "aria-label": `Owner of ${member.name}`,
    "data-key": "member-owner",
  });
  const decide = () =>
    rationale.value.trim() === ""
      ? Promise.reject(new Error("give a rationale for the decision"))
      : change({
          status: status.value as BoardMember["status"],
          rationale: rationale.value,
          ...decisionMarking.value(),
        });
  return h(
    "div",
    { class: "member-forms" },
    h("h4", {}, "Decision"),
    h("div", { class: "actions" }, status, ...decisionMarking.elements),
    rationale,
    h(
      "button",
      { type: "button", class: "board-decide primary", onclick: () => void decide() },
      "Decide",
    ),
    h("h4", {}, "Owner"),
    h(
      "div",
      { class: "actions" },
      owner,
      h(
        "button",
        {
          type: "button",
          class: "board-set-owner",
          onclick: () => void change({ owner: owner.value }),
        },
        "Set owner",
      ),
    ),
  );
}

/** The evidence linked, each tie with its notes. */
function evidenceList(context: MemberPaneContext, write: Parameters<typeof notesBox>[0]["write"]) {
  const { member, board } = context;
  if (member.evidence.length === 0) return h("p", { class: "muted" }, "No evidence linked.");
  return h(
    "ul",
    { class: "member-evidence" },
    member.evidence.map((link) =>
      h(
        "li",
        { "data-kind": link.kind, "data-id": link.id },
        h("strong", {}, link.kind),
        ` ${evidenceName(link, context)}`,
        link.kind === "tie"
          ? notesBox({
              subject: "tie",
              about: link.id,
              notes: board.notes,
              ...(write && { write }),
            })
          : null,
      ),
    ),
  );
}

/** Adds a link to the evidence; the member's ties, transfers and cases at the last review are offered. */
function evidenceForm(
  context: MemberPaneContext,
  change: NonNullable<MemberPaneContext["change"]>,
) {
  const { member } = context;
  const snapshot = member.review?.snapshot;
  const offered: Record<EvidenceKind, string[]> = {
    tie: (snapshot?.ties ?? []).map((other) => `${member.person}|${other}`),
    transfer: snapshot?.transfers ?? [],
    case: snapshot?.cases ?? [],
  };
  const list = h("datalist", { id: "evidence-offered" });
  const kind = h(
    "select",
    { class: "evidence-kind", "aria-label": "Kind of evidence", "data-key": "evidence-kind" },
    EVIDENCE_KINDS.map((k) => h("option", { value: k }, k)),
  );
  const offer = () =>
    list.replaceChildren(
      ...offered[kind.value as EvidenceKind].map((id) => h("option", { value: id })),
    );
  kind.addEventListener("change", offer);
  offer();
  const id = h("input", {
    type: "text",
    class: "evidence-id",
    list: "evidence-offered",
    placeholder: "P1|P2, transfer or case id",
    "aria-label": "Evidence id",
    "data-key": "evidence-id",
  });
  const add = () =>
    change({
      evidence: [...member.evidence, { kind: kind.value as EvidenceKind, id: id.value.trim() }],
    });
  return h(
    "div",
    { class: "actions evidence-form" },
    kind,
    id,
    list,
    h(
      "button",
      { type: "button", class: "evidence-add", onclick: () => void add() },
      "Add evidence",
    ),
  );
}

function changes(member: BoardMember): HTMLElement {
  const c = member.changes;
  const items: [string, string[]][] = [
    ["new ties", c.newTies],
    ["new transfers", c.newTransfers],
    ["new cases", c.newCases],
    ["new crime links", c.newCrimeLinks],
  ];
  return h(
    "div",
    { class: "member-changes" },
    h(
      "p",
      {},
      changeSummary(c),
      c.since ? h("span", { class: "muted" }, ` (since ${when(c.since)})`) : null,
    ),
    h(
      "ul",
      {},
      items
        .filter(([, ids]) => ids.length > 0)
        .map(([label, ids]) => h("li", {}, `${label}: ${ids.join(", ")}`)),
    ),
  );
}

/** A change to the member in words. */
function describe(entry: History): string {
  switch (entry.kind) {
    case "member.add":
      return `added as ${String(entry.status)}`;
    case "member.review": {
      const { rank, ties, transfers, cases } = entry.snapshot as MemberSnapshot;
      return `reviewed: rank ${rank ?? "-"}, ${ties.length} ties, ${transfers.length} transfers, ${cases.length} cases`;
    }
    case "member.set": {
      const evidence = entry.evidence as EvidenceLink[] | undefined;
      return [
        entry.status !== undefined && `status ${String(entry.status)}`,
        entry.rationale !== undefined && `rationale “${String(entry.rationale)}”`,
        entry.owner !== undefined && `owner ${String(entry.owner)}`,
        evidence && `evidence: ${evidence.map((l) => `${l.kind} ${l.id}`).join(", ") || "none"}`,
      ]
        .filter((part) => typeof part === "string")
        .join(", ");
    }
    default:
      return entry.kind;
  }
}

/** A tie as "with NAME (ID)", else the link's id. */
function evidenceName(link: EvidenceLink, { member, nameOf }: MemberPaneContext): string {
  if (link.kind !== "tie") return link.id;
  const other = tieEnds(link.id).find((id) => id !== member.person) ?? link.id;
  const name = nameOf(other);
  return name ? `with ${name} (${other})` : `with ${other}`;
}

const fact = (term: string, value: Node | string) => [h("dt", {}, term), h("dd", {}, value)];
const when = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;
