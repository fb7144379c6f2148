/**
 * What the map draws, from one clearance view only (computed with its
 * analysis, level-analysis.ts): the locations
 * that have coordinates, with the number of sightings there, and the routes
 * as chains of those locations. Counts are taken on the view, so a sighting
 * the caller may not see adds nothing to them.
 */
import { handling } from "../../engine/store/index.ts";
import type { EntityGraph } from "../../engine/model/index.ts";

export interface MapLocation {
  id: string;
  label: string;
  classification: string;
  handling_code?: string;
  kind?: string;
  country?: string;
  lat: number;
  lon: number;
  sightings: number;
}

export interface MapRoute {
  id: string;
  label: string;
  classification: string;
  handling_code?: string;
  mode?: string;
  /** Placed locations in travel order; waypoints without coordinates are skipped. */
  waypoints: string[];
  /** Recorded journeys on the route. */
  journeys: number;
}

export interface MapLayer {
  locations: MapLocation[];
  routes: MapRoute[];
}

const countLinks = (graph: EntityGraph, id: string, type: string): number => {
  let count = 0;
  graph.forEachInEdge(id, (_edge, attributes) => {
    if (attributes.type === type) count++;
  });
  return count;
};

const text = (value: unknown) => (typeof value === "string" ? value : undefined);

export function mapLayer(graph: EntityGraph): MapLayer {
  const locations: MapLocation[] = [];
  const routes: MapRoute[] = [];
  graph.forEachNode((id, attributes) => {
    const common = {
      id,
      label: attributes.label,
      classification: attributes.classification,
      ...handling(attributes),
    };
    if (
      attributes.type === "location" &&
      typeof attributes.lat === "number" &&
      typeof attributes.lon === "number"
    ) {
      const kind = text(attributes.kind);
      const country = text(attributes.country);
      locations.push({
        ...common,
        ...(kind !== undefined && { kind }),
        ...(country !== undefined && { country }),
        lat: attributes.lat,
        lon: attributes.lon,
        sightings: countLinks(graph, id, "sighted_at"),
      });
    }
  });
  const placed = new Set(locations.map((location) => location.id));
  graph.forEachNode((id, attributes) => {
    if (attributes.type !== "route" || !Array.isArray(attributes.waypoints)) return;
    const waypoints = (attributes.waypoints as string[]).filter((waypoint) => placed.has(waypoint));
    if (waypoints.length < 2) return;
    const mode = text(attributes.mode);
    routes.push({
      id,
      label: attributes.label,
      classification: attributes.classification,
      ...handling(attributes),
      ...(mode !== undefined && { mode }),
      waypoints,
      journeys: countLinks(graph, id, "travels"),
    });
  });
  return { locations, routes };
}
