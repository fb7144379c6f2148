/**
 * The card of a person or organisation: the fields it is shown with wherever
 * a route names it (kept per id in a level's analysis and in its file's
 * entries, level-file.ts).
 */
import type { Classification, EntityType } from "../../engine/model/index.ts";

/** What a person or organisation is shown with, wherever an analysis table names it. */
export type ActorCard = {
  type: EntityType;
  label: string;
  classification: Classification;
  handling_code?: string;
  kind?: string;
  birth_date?: string;
  nationality?: string;
};
