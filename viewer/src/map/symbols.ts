/**
 * How the map tells things apart: location kinds by marker shape and colour,
 * route modes by line colour and dash (Okabe & Ito, colour-blind safe, and
 * never colour alone), sighting counts by marker area.
 */
import type { LOCATION_KINDS, ROUTE_MODES } from "../../../engine/model/vocabulary.ts";

type LocationKind = (typeof LOCATION_KINDS)[number];
type RouteMode = (typeof ROUTE_MODES)[number];

export interface Marker {
  colour: string;
  /** Polygon sides; 0 draws a circle. */
  sides: number;
  /** Rotation in turns, so a square can stand as a diamond. */
  turn: number;
}

export const LOCATION_MARKERS: Record<LocationKind, Marker> = {
  city: { colour: "#0072B2", sides: 0, turn: 0 },
  border_crossing: { colour: "#D55E00", sides: 4, turn: 0.125 },
  port: { colour: "#009E73", sides: 4, turn: 0 },
  beach: { colour: "#E69F00", sides: 3, turn: 0 },
  safe_house: { colour: "#CC79A7", sides: 5, turn: 0 },
  camp: { colour: "#56B4E9", sides: 6, turn: 0 },
  other: { colour: "#5F6B78", sides: 0, turn: 0 },
};

export const ROUTE_STYLES: Record<RouteMode, { colour: string; dash: string }> = {
  land: { colour: "#D55E00", dash: "" },
  sea: { colour: "#0072B2", dash: "6 3" },
  air: { colour: "#CC79A7", dash: "2 3" },
  mixed: { colour: "#009E73", dash: "8 3 2 3" },
};

export const markerOf = (kind: string | undefined): Marker =>
  LOCATION_MARKERS[kind as LocationKind] ?? LOCATION_MARKERS.other;

export const routeStyleOf = (mode: string | undefined) =>
  ROUTE_STYLES[mode as RouteMode] ?? ROUTE_STYLES.mixed;

/** Radius in pixels: the area grows with the sightings there. */
export const markerRadius = (sightings: number): number => 5 + 2 * Math.sqrt(sightings);

/** SVG path data of a marker centred on (x, y). */
export function markerPath(marker: Marker, x: number, y: number, r: number): string {
  if (marker.sides === 0) {
    return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
  }
  const points: string[] = [];
  for (let i = 0; i < marker.sides; i++) {
    const angle = 2 * Math.PI * (marker.turn + i / marker.sides) - Math.PI / 2;
    points.push(`${(x + r * Math.cos(angle)).toFixed(1)},${(y + r * Math.sin(angle)).toFixed(1)}`);
  }
  return `M${points.join("L")}Z`;
}
