/**
 * The clearance rules for one record, in one place: the clearance view
 * (clearance-view.ts) applies them to a whole graph, and both stores apply
 * them inside every query (engine/store/queries.ts), so the two can never
 * disagree about what a user may see.
 *
 * - An entity or a link is visible when its classification ranks at most the
 *   clearance.
 * - A link is visible only when both its ends are too (hidden endpoints).
 * - The ids of merged phone records are never shown: they carry no
 *   classification of their own any more. Route waypoints keep only the
 *   visible locations.
 * - When the store holds any record the caller cannot see, no record shows
 *   its line number, which would count the hidden rows above it; the file
 *   stays.
 */
import {
  CLASSIFICATIONS,
  classificationRank,
  type Classification,
  type EntityAttributes,
  type LinkAttributes,
} from "../model/index.ts";

export const isVisible = (level: Classification, clearance: Classification): boolean =>
  classificationRank(level) <= classificationRank(clearance);

/** The classifications a user of `clearance` may see, lowest first. */
export const visibleLevels = (clearance: Classification): Classification[] =>
  CLASSIFICATIONS.slice(0, classificationRank(clearance) + 1);

/** Whether records of levels `present` in the store are hidden from `clearance`. */
export const hidesAny = (present: Iterable<Classification>, clearance: Classification): boolean =>
  [...present].some((level) => !isVisible(level, clearance));

/**
 * The entity's attributes as shown: no merged ids, waypoints only where
 * `isShown(location)`, no line number when `hides` (hidesAny).
 */
export function visibleAttributes(
  attributes: EntityAttributes,
  isShown: (id: string) => boolean,
  hides: boolean,
): EntityAttributes {
  const waypoints = attributes.waypoints;
  if (!attributes.merged_ids && !Array.isArray(waypoints) && !hides) return attributes;
  const rest = { ...attributes };
  delete rest.merged_ids;
  if (Array.isArray(waypoints)) rest.waypoints = (waypoints as string[]).filter(isShown);
  if (hides) delete rest.provenance_line;
  return rest;
}

/** The link's attributes as shown: no line number when `hides` (hidesAny). */
export function visibleLinkAttributes(attributes: LinkAttributes, hides: boolean): LinkAttributes {
  if (!hides) return attributes;
  const rest = { ...attributes };
  delete rest.provenance_line;
  return rest;
}

/** Location ids named by an entity's waypoints, to be checked for visibility. */
export const waypointsOf = (attributes: EntityAttributes): string[] =>
  Array.isArray(attributes.waypoints) ? (attributes.waypoints as string[]) : [];
