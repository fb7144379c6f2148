/**
 * The map: country outlines bundled from world-atlas (no tile server: the
 * machines are offline), locations placed by latitude and longitude, and the
 * links between placed entities (routes, sightings) as lines. Drawn as SVG,
 * redrawn when shown or when the graph changes.
 */
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Geometry } from "geojson";
import countries from "world-atlas/countries-110m.json";
import { nodeLabel, nodeType } from "../graph/attributes.ts";
import { ENTITY_COLOURS, NEUTRAL, type EntityTypeName } from "../graph/palette.ts";
import { replace, svg } from "../ui/dom.ts";
import type { Workspace } from "../workspace.ts";
import { boundsOf, fitProjection, type Project } from "./projection.ts";

const topology = countries as unknown as Topology<{ countries: GeometryCollection }>;
const outlines = feature(topology, topology.objects.countries);

export function mountMap(root: HTMLElement, workspace: Workspace): () => boolean {
  const draw = () => {
    const width = root.clientWidth || 800;
    const height = root.clientHeight || 600;
    const placed = new Map<string, [number, number]>();
    workspace.graph.forEachNode((node, a) => {
      if (typeof a.lat === "number" && typeof a.lon === "number") placed.set(node, [a.lon, a.lat]);
    });
    const project = fitProjection(boundsOf([...placed.values()]), width, height);
    const map = svg("svg", {
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: "img",
      "aria-label": `Map of ${placed.size} placed entities`,
    });
    for (const country of outlines.features) {
      map.append(
        svg("path", {
          d: pathOf(country.geometry, project),
          fill: "#FFFFFF",
          stroke: "#B8C2CC",
          "stroke-width": 0.7,
        }),
      );
    }
    workspace.graph.forEachEdge((_, _a, source, target) => {
      const a = placed.get(source);
      const b = placed.get(target);
      if (!a || !b) return;
      const [x1, y1] = project(...a);
      const [x2, y2] = project(...b);
      map.append(
        svg("line", {
          x1,
          y1,
          x2,
          y2,
          stroke: "#0072B2",
          "stroke-width": 1.5,
          "stroke-opacity": 0.6,
        }),
      );
    });
    for (const [node, [lon, lat]] of placed) {
      const a = workspace.graph.getNodeAttributes(node);
      const [cx, cy] = project(lon, lat);
      const dot = svg("circle", {
        cx,
        cy,
        r: 5,
        fill: ENTITY_COLOURS[nodeType(a) as EntityTypeName] ?? NEUTRAL,
        stroke: "#1B1F24",
        "stroke-width": 0.8,
      });
      const title = svg("title");
      title.textContent = nodeLabel(a);
      dot.append(title);
      map.append(dot);
    }
    replace(root, map);
  };
  workspace.on((change) => {
    if (change === "graph" && !root.hidden) draw();
  });
  return () => {
    root.hidden = !root.hidden;
    if (!root.hidden) draw();
    return !root.hidden;
  };
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
        "M" +
        ring
          .map(([lon, lat]) =>
            project(lon!, lat!)
              .map((v) => v.toFixed(1))
              .join(","),
          )
          .join("L") +
        "Z",
    )
    .join("");
}
