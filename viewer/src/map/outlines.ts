/** Country outlines bundled from world-atlas (the machines are offline: no tile server), as SVG path data. */
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Geometry } from "geojson";
import countries from "world-atlas/countries-110m.json";
import type { Project } from "./projection.ts";

const topology = countries as unknown as Topology<{ countries: GeometryCollection }>;
const geometries = feature(topology, topology.objects.countries).features.map((f) => f.geometry);

/** The path data of every country outline under a projection. */
export function outlinePaths(project: Project): string[] {
  return geometries.map((geometry) => pathOf(geometry, project));
}

/** "M x,y L x,y …" through the points, in SVG units. */
export function polyline(points: [number, number][], project: Project): string {
  return (
    "M" +
    points
      .map(([lon, lat]) =>
        project(lon, lat)
          .map((v) => v.toFixed(1))
          .join(","),
      )
      .join("L")
  );
}

function pathOf(geometry: Geometry, project: Project): string {
  const rings =
    geometry.type === "Polygon"
      ? geometry.coordinates
      : geometry.type === "MultiPolygon"
        ? geometry.coordinates.flat()
        : [];
  return rings
    .map(
      (ring) =>
        polyline(
          ring.map(([lon, lat]): [number, number] => [lon!, lat!]),
          project,
        ) + "Z",
    )
    .join("");
}
