/**
 * The spreadsheet tables of a target package, each one CSV file: ties,
 * transfers, calls summary and sightings, with the classification and
 * handling code of the record on each row where a row is one record, and the
 * highest classification and every handling code of its records where a row
 * is made of several (a tie, a counterpart's calls).
 */
import { toCsv } from "../csv.ts";
import { provenanceText } from "../../model/index.ts";
import type { TargetDossier } from "./contents.ts";

export function dossierTables(dossier: TargetDossier): Record<string, string> {
  const label = new Map(dossier.entities.map((entity) => [entity.id, entity.label]));
  return {
    "ties.csv": toCsv(
      [
        "other_id",
        "other_label",
        "weight",
        "kinds",
        "records",
        "first",
        "last",
        "via",
        "record_ids",
        "classification",
        "handling_codes",
      ],
      dossier.ties.map((tie) => [
        tie.other,
        tie.label,
        tie.weight,
        Object.entries(tie.kinds)
          .map(([kind, count]) => `${kind}:${count}`)
          .join(";"),
        tie.records.length,
        tie.first,
        tie.last,
        tie.via.join(";"),
        tie.records.join(";"),
        tie.marking.classification,
        tie.marking.handling_codes.join(";"),
      ]),
    ),
    "transfers.csv": toCsv(
      [
        "id",
        "direction",
        "counterpart_id",
        "counterpart_label",
        "amount",
        "currency",
        "date",
        "channel",
        "classification",
        "handling_code",
        "source",
        "provenance",
      ],
      (["in", "out"] as const).flatMap((direction) =>
        dossier.transfers[direction].map((entry) => [
          entry.transfer.id,
          direction,
          entry.counterpart,
          label.get(entry.counterpart),
          entry.amount,
          entry.currency,
          entry.date,
          entry.transfer.fields.channel as string | undefined,
          entry.transfer.classification,
          entry.transfer.handling_code,
          entry.transfer.source,
          provenanceText(entry.transfer.provenance),
        ]),
      ),
    ),
    "calls_summary.csv": toCsv(
      [
        "phone_id",
        "number",
        "users",
        "calls",
        "duration_s",
        "first",
        "last",
        "classification",
        "handling_codes",
      ],
      dossier.calls.counterparts.map((entry) => [
        entry.phone,
        entry.number,
        entry.users.join(";"),
        entry.calls,
        entry.durationSeconds,
        entry.first,
        entry.last,
        entry.marking.classification,
        entry.marking.handling_codes.join(";"),
      ]),
    ),
    "sightings.csv": toCsv(
      [
        "id",
        "subject_id",
        "location_id",
        "location_label",
        "time",
        "classification",
        "handling_code",
        "source",
        "provenance",
      ],
      dossier.sightings.map((entry) => [
        entry.sighting.id,
        entry.subject,
        entry.location,
        label.get(entry.location),
        entry.time,
        entry.sighting.classification,
        entry.sighting.handling_code,
        entry.sighting.source,
        provenanceText(entry.sighting.provenance),
      ]),
    ),
  };
}
