/**
 * The timeline of a target: dated events from its records, oldest first.
 * Calls are counted per day rather than listed one by one, because a
 * handful of busy days would otherwise drown every other event.
 */
import { compareText } from "../order.ts";
import type { LinkView } from "../records.ts";
import type { Held, TransferEntry } from "./held-records.ts";

export interface TimelineEvent {
  /** ISO date or date-time as recorded. */
  when: string;
  kind: "calls" | "transfer_in" | "transfer_out" | "sighting" | "travel" | "use_from" | "use_to";
  text: string;
  records: string[];
}

export interface TimelineInput {
  id: string;
  transfers: { in: TransferEntry[]; out: TransferEntry[] };
  sightings: { sighting: LinkView; subject: string; location: string; time: string }[];
  calls: LinkView[];
  held: Held<string>[];
  /** What a reader calls an entity (its name, number or plate). */
  label: (id: string) => string;
}

export function timelineOf(input: TimelineInput): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const entry of input.transfers.in) {
    events.push({
      when: entry.date,
      kind: "transfer_in",
      text: `received ${entry.amount} ${entry.currency} from ${input.label(entry.counterpart)}`,
      records: [entry.transfer.id],
    });
  }
  for (const entry of input.transfers.out) {
    events.push({
      when: entry.date,
      kind: "transfer_out",
      text: `sent ${entry.amount} ${entry.currency} to ${input.label(entry.counterpart)}`,
      records: [entry.transfer.id],
    });
  }
  for (const entry of input.sightings) {
    const who = entry.subject === input.id ? "sighted" : `${input.label(entry.subject)} sighted`;
    events.push({
      when: entry.time,
      kind: "sighting",
      text: `${who} at ${input.label(entry.location)}`,
      records: [entry.sighting.id],
    });
  }
  const callDays = new Map<string, string[]>();
  for (const call of input.calls) {
    const day = (call.fields.start as string).slice(0, 10);
    const keys = callDays.get(day) ?? [];
    keys.push(call.id);
    callDays.set(day, keys);
  }
  for (const [day, keys] of callDays) {
    events.push({
      when: day,
      kind: "calls",
      text: `${keys.length} call${keys.length === 1 ? "" : "s"}`,
      records: keys,
    });
  }
  for (const entry of input.held) {
    for (const link of entry.links) {
      const fields = link.fields;
      if (link.type === "travels" && typeof fields.date === "string") {
        const role = typeof fields.role === "string" ? ` as ${fields.role}` : "";
        events.push({
          when: fields.date,
          kind: "travel",
          text: `travelled ${entry.entity.label}${role}`,
          records: [link.id],
        });
      }
      if (typeof fields.from === "string") {
        events.push({
          when: fields.from,
          kind: "use_from",
          text: `starts using ${entry.entity.label}`,
          records: [link.id],
        });
      }
      if (typeof fields.to === "string") {
        events.push({
          when: fields.to,
          kind: "use_to",
          text: `stops using ${entry.entity.label}`,
          records: [link.id],
        });
      }
    }
  }
  return events.sort(
    (a, b) =>
      compareText(a.when, b.when) ||
      compareText(a.kind, b.kind) ||
      compareText(a.records[0]!, b.records[0]!),
  );
}
