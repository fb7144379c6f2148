/**
 * The lines every printed page of a dossier carries: its marking (the
 * highest classification of the records in it and every handling code) and
 * when, by whom and with which version of Crosslink it was made.
 */
import { readableTime } from "../readable-time.ts";
import { markingText } from "../records.ts";
import type { TargetDossier } from "./contents.ts";

/** "SECRET · H1: no onward dissemination · ORCON": the whole marking, as one line of text. */
export function bannerText(dossier: TargetDossier): string {
  return markingText({
    classification: dossier.classification,
    handling_codes: dossier.handlingCodes,
  });
}

/** "Target package P1 · generated 2026-12-07 04:40 UTC by rita · crosslink 0.1.0". */
export function generationText(dossier: TargetDossier): string {
  const p = dossier.provenance;
  return `Target package ${dossier.person.id} · generated ${readableTime(p.generatedAt)} by ${p.generatedBy} · crosslink ${p.softwareVersion}`;
}
