/**
 * Colour-blind-safe palettes. Categories use Okabe & Ito (2008), distinct under
 * the common colour-vision deficiencies; communities, which can be many, cycle
 * through Paul Tol's "muted" scheme and fall back to grey beyond it so that
 * small groups do not compete with the large ones for attention. The viewer
 * draws with them and the printed dossier (engine/export) too, so a reader
 * sees the same colours on screen and on paper.
 */
import { CRIME_TYPES, type CrimeType } from "./vocabulary.ts";

export const OKABE_ITO = [
  "#E69F00",
  "#56B4E9",
  "#009E73",
  "#F0E442",
  "#0072B2",
  "#D55E00",
  "#CC79A7",
  "#000000",
] as const;

export const TOL_MUTED = [
  "#CC6677",
  "#332288",
  "#DDCC77",
  "#117733",
  "#88CCEE",
  "#882255",
  "#44AA99",
  "#999933",
  "#AA4499",
] as const;

export const NEUTRAL = "#9AA0A6";

export const ENTITY_TYPES = [
  "person",
  "organisation",
  "phone",
  "vehicle",
  "location",
  "route",
  "case",
  "online_account",
] as const;
export type EntityTypeName = (typeof ENTITY_TYPES)[number];

const byIndex = <T extends string>(keys: readonly T[], colours: readonly string[]) =>
  Object.fromEntries(keys.map((key, i) => [key, colours[i % colours.length]])) as Record<T, string>;

export const ENTITY_COLOURS = byIndex(ENTITY_TYPES, [
  "#0072B2",
  "#CC79A7",
  "#E69F00",
  "#009E73",
  "#56B4E9",
  "#F0E442",
  "#D55E00",
  "#999999",
]);

export const CRIME_COLOURS: Record<CrimeType, string> = byIndex(CRIME_TYPES, [
  "#0072B2",
  "#D55E00",
  "#009E73",
  "#E69F00",
  "#CC79A7",
  "#000000",
  "#999999",
]);

/** Colour of the n-th community in rank order (largest first). */
export function communityColour(rank: number): string {
  return TOL_MUTED[rank] ?? NEUTRAL;
}
