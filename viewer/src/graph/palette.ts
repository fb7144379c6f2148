/**
 * The palettes live in the engine (engine/model/palette.ts) so that the
 * printed dossier uses the viewer's colours without the engine importing the
 * viewer; the viewer's modules keep importing them from here.
 */
export * from "../../../engine/model/palette.ts";
