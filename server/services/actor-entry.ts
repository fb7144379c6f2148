/**
 * What the routes look up of a person or organisation by id: its card (the
 * fields it is shown with), its record in the analysis, its ties and arcs
 * (a level's file keeps where its ties and arcs lie, level-file.ts).
 */
import type { ActorRecord } from "../../engine/analytics/index.ts";
import type { Arc, Tie } from "../../engine/export/person-ties.ts";
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

/** What the routes look up of one person or organisation. */
export interface ActorEntry {
  card?: ActorCard;
  /** Its record in the analysis (an alias's is the actor it was accepted as). */
  actor?: ActorRecord;
  /** Only for an actor of the person network: its ties, and its arcs out and in. */
  ties?: Tie[];
  out?: Arc[];
  in?: Arc[];
}
