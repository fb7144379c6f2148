/**
 * The timeline of a target: dated events from its records, oldest first.
 * Calls are counted per day, direction and counterpart ("3 calls to Viktor
 * Lenz (+4915123456789)") rather than listed one by one, because a handful
 * of busy days would otherwise drown every other event; the event is dated
 * by the first of them.
 */
import { valueLabel } from "../../model/index.ts";
import { compareText } from "../order.ts";
import type { LinkView, Marking } from "../records.ts";
import type { Held, TransferEntry } from "./held-records.ts";

export interface TimelineEvent {
  /** ISO date or date-time as recorded (readableTime prints it). */
  when: string;
  kind: "calls" | "transfer_in" | "transfer_out" | "sighting" | "travel" | "use_from" | "use_to";
  text: string;
  records: string[];
  /** Of the records and every entity the text names. */
  marking: Marking;
}

export interface TimelineInput {
  id: string;
  transfers: { in: TransferEntry[]; out: TransferEntry[] };
  sightings: { sighting: LinkView; subject: string; location: string; time: string }[];
  calls: LinkView[];
  /** The target's own phones: the other end of a call is the counterpart. */
  ownPhones: ReadonlySet<string>;
  /** The persons known to use a phone, and the records that say so. */
  phoneUsers: (phone: string) => { users: readonly string[]; usage: readonly string[] };
  /** The marking of records and entities by key. */
  mark: (keys: readonly string[]) => Marking;
  held: Held<string>[];
  /** What a reader calls an entity (its name, number or plate). */
  label: (id: string) => string;
}

/** An event before its marking, with the other records and entities its text names. */
type Unmarked = Omit<TimelineEvent, "marking"> & { names: readonly string[] };

export function timelineOf(input: TimelineInput): TimelineEvent[] {
  const events: Unmarked[] = [];
  for (const entry of input.transfers.in) {
    events.push({
      when: entry.date,
      kind: "transfer_in",
      text: `received ${entry.amount} ${entry.currency} from ${input.label(entry.counterpart)}`,
      records: [entry.transfer.id],
      names: [entry.counterpart],
    });
  }
  for (const entry of input.transfers.out) {
    events.push({
      when: entry.date,
      kind: "transfer_out",
      text: `sent ${entry.amount} ${entry.currency} to ${input.label(entry.counterpart)}`,
      records: [entry.transfer.id],
      names: [entry.counterpart],
    });
  }
  for (const entry of input.sightings) {
    const who = entry.subject === input.id ? "sighted" : `${input.label(entry.subject)} sighted`;
    events.push({
      when: entry.time,
      kind: "sighting",
      text: `${who} at ${input.label(entry.location)}`,
      records: [entry.sighting.id],
      names: [entry.subject, entry.location],
    });
  }
  events.push(...callEvents(input));
  for (const entry of input.held) {
    for (const link of entry.links) {
      const fields = link.fields;
      if (link.type === "travels" && typeof fields.date === "string") {
        const role = typeof fields.role === "string" ? ` as ${valueLabel(fields.role)}` : "";
        events.push({
          when: fields.date,
          kind: "travel",
          text: `travelled ${entry.entity.label}${role}`,
          records: [link.id],
          names: [entry.entity.id],
        });
      }
      if (typeof fields.from === "string") {
        events.push({
          when: fields.from,
          kind: "use_from",
          text: `starts using ${entry.entity.label}`,
          records: [link.id],
          names: [entry.entity.id],
        });
      }
      if (typeof fields.to === "string") {
        events.push({
          when: fields.to,
          kind: "use_to",
          text: `stops using ${entry.entity.label}`,
          records: [link.id],
          names: [entry.entity.id],
        });
      }
    }
  }
  return events
    .map(({ names, ...event }) => ({
      ...event,
      marking: input.mark([...event.records, ...names]),
    }))
    .sort(
      (a, b) =>
        compareText(a.when, b.when) ||
        compareText(a.kind, b.kind) ||
        compareText(a.records[0]!, b.records[0]!),
    );
}

/** Calls grouped by day, direction and counterpart phone, each group one event. */
function callEvents(input: TimelineInput): Unmarked[] {
  const groups = new Map<
    string,
    { when: string; text: string; records: string[]; names: readonly string[] }
  >();
  for (const call of input.calls) {
    const start = call.fields.start as string;
    const outgoing = input.ownPhones.has(call.source_id);
    const other = outgoing ? call.target_id : call.source_id;
    const internal = input.ownPhones.has(other);
    const group = `${start.slice(0, 10)}\u0000${outgoing}\u0000${other}`;
    let entry = groups.get(group);
    if (!entry) {
      const text = internal
        ? `between own phones ${input.label(call.source_id)} and ${input.label(call.target_id)}`
        : `${outgoing ? "to" : "from"} ${party(input, other)}`;
      const { users, usage } = input.phoneUsers(other);
      const names = internal ? [call.source_id, call.target_id] : [other, ...users, ...usage];
      entry = { when: start, text, records: [], names };
      groups.set(group, entry);
    }
    if (start < entry.when) entry.when = start;
    entry.records.push(call.id);
  }
  return [...groups.values()].map(({ when, text, records, names }) => ({
    when,
    kind: "calls",
    text: `${records.length === 1 ? "call" : `${records.length} calls`} ${text}`,
    records,
    names,
  }));
}

/** "Viktor Lenz (+4915123456789)", or the number alone when no user is known. */
function party(input: TimelineInput, phone: string): string {
  const users = input.phoneUsers(phone).users.map(input.label);
  const number = input.label(phone);
  return users.length > 0 ? `${users.join(", ")} (${number})` : number;
}
