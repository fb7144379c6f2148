/**
 * The palettes live in the engine (engine/model/palette.ts) so that the
 * printed dossier uses the viewer's colours without the engine importing the
 * viewer; the viewer's modules keep importing them from here.
 */
import {
  CRIME_COLOURS,
  NEUTRAL,
  TOL_MUTED,
  communityColour,
} from "../../../engine/model/palette.ts";

export * from "../../../engine/model/palette.ts";

/**
 * Colour of a community keyed to its id: the analysis numbers communities
 * largest first, so the largest get the distinct colours (the palette's
 * n-th), and a community keeps its colour through every expand, path,
 * filter and reload, whatever else is drawn.
 */
export const communityColourOf = (community: string | number): string =>
  communityColour(Number(community));

/** How many communities have a colour of their own; the rest share grey. */
export const COLOURED_COMMUNITIES = TOL_MUTED.length;

/** A crime type's colour; grey for one the palette does not know. */
export const crimeColour = (type: string): string =>
  CRIME_COLOURS[type as keyof typeof CRIME_COLOURS] ?? NEUTRAL;
