/**
 * `crosslink board create|add|set|note`: the task force's changes to a board
 * (engine/boards), each checked against what the user may see, kept in the
 * board log with the data and written to the audit log.
 */
import {
  isMemberStatus,
  noteTopic,
  type MemberStatus,
  type NoteSubject,
} from "../../../engine/boards/index.ts";
import { UsageError } from "../errors.ts";
import type { AsOptions } from "../visible-world.ts";
import { withBoards } from "../board/session.ts";

interface MarkOptions extends AsOptions {
  classification?: string;
  handlingCode?: string;
}

const marking = (options: MarkOptions) => ({
  ...(options.classification !== undefined && { classification: options.classification }),
  ...(options.handlingCode !== undefined && { handling_code: options.handlingCode }),
});

function statusOf(status: string | undefined): MemberStatus | undefined {
  if (status === undefined || isMemberStatus(status)) return status;
  throw new UsageError(
    `--status must be one of candidate, nominated, approved, deferred, rejected, arrested`,
  );
}

export async function create(name: string, options: MarkOptions & { title?: string }) {
  await withBoards("create", "taskforce", options, async ({ author, boards, audit }) => {
    await boards.create(author, name, {
      ...(options.title !== undefined && { title: options.title }),
      ...marking(options),
    });
    await audit("change", { board: name, change: "create" }, []);
    console.log(`board ${name} created`);
  });
}

export async function add(
  name: string,
  ids: string[],
  options: MarkOptions & { status?: string; note?: string },
) {
  const status = statusOf(options.status);
  await withBoards("add", "taskforce", options, async ({ author, boards, audit }) => {
    const events = await boards.add(author, name, ids, {
      ...(status && { status }),
      ...(options.note !== undefined && { note: options.note }),
      ...marking(options),
    });
    const added = events.filter((e) => e.kind === "member.add").map((e) => e.person);
    await audit("change", { board: name, change: "add", status: status ?? "candidate" }, added);
    const already = ids.filter((id) => !added.includes(id));
    if (added.length > 0) console.log(`${added.join(", ")} added to board ${name}`);
    if (already.length > 0) console.log(`on board ${name} already: ${already.join(", ")}`);
  });
}

export async function set(
  name: string,
  id: string,
  options: MarkOptions & { status?: string; rationale?: string; owner?: string; evidence?: string },
) {
  const status = statusOf(options.status);
  const evidence = options.evidence?.split(",").map((item) => {
    const [kind, ...rest] = item.split(":");
    if ((kind !== "tie" && kind !== "transfer" && kind !== "case") || rest.length === 0) {
      throw new UsageError(`--evidence items are tie:P1|P2, transfer:ID or case:ID, not ${item}`);
    }
    return { kind, id: rest.join(":") } as const;
  });
  await withBoards("set", "taskforce", options, async ({ author, boards, audit }) => {
    await boards.set(author, name, id, {
      ...(status && { status }),
      ...(options.rationale !== undefined && { rationale: options.rationale }),
      ...(options.owner !== undefined && { owner: options.owner }),
      ...(evidence && { evidence }),
      ...marking(options),
    });
    await audit("change", { board: name, change: "set", ...(status && { status }) }, [id]);
    console.log(`${id} on board ${name}: ${status ?? "updated"}`);
  });
}

export async function note(
  subject: string,
  about: string,
  text: string,
  options: MarkOptions & { board?: string },
) {
  if (subject !== "person" && subject !== "tie" && subject !== "community") {
    throw new UsageError(`a note is on a person, a tie or a community, not ${subject}`);
  }
  await withBoards("note", "analyst", options, async ({ author, boards, audit }) => {
    await boards.note(author, {
      subject: subject as NoteSubject,
      about,
      text,
      ...(options.board !== undefined && { board: options.board }),
      ...marking(options),
    });
    await audit("change", { change: "note", subject }, subject === "tie" ? [] : [about]);
    console.log(`note on ${noteTopic({ subject: subject as NoteSubject, about })} kept`);
  });
}
