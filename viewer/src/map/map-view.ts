/**
 * The map: country outlines, routes as lines through their waypoints,
 * locations as markers by kind sized by their sightings, all placed by
 * latitude and longitude from the server's map layer (GET /api/map, at the
 * caller's clearance). Drawn as SVG when shown; a click on a location
 * selects it in the workspace, fetching it into the graph when needed.
 */
import type { MapLayer, MapLocation } from "../api/types.ts";
import { failure } from "../ui/failure.ts";
import { h, humanize, replace, svg } from "../ui/dom.ts";
import type { Workspace } from "../workspace.ts";
import { outlinePaths, polyline } from "./outlines.ts";
import { boundsOf, fitProjection, type Project } from "./projection.ts";
import { markerOf, markerPath, markerRadius, routeStyleOf } from "./symbols.ts";
import { mapLegend } from "./map-legend.ts";

export function mountMap(root: HTMLElement, workspace: Workspace): () => boolean {
  let layer: MapLayer | undefined;

  const draw = () => {
    if (!layer) return;
    const width = root.clientWidth || 800;
    const height = root.clientHeight || 600;
    const at = new Map(layer.locations.map((l) => [l.id, [l.lon, l.lat] as [number, number]]));
    const project = fitProjection(boundsOf([...at.values()]), width, height);
    const map = svg("svg", {
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: "img",
      "aria-label": `Map of ${layer.locations.length} locations and ${layer.routes.length} routes`,
    });
    for (const d of outlinePaths(project)) {
      map.append(svg("path", { class: "country", d, fill: "#FFFFFF", stroke: "#B8C2CC" }));
    }
    for (const route of layer.routes) {
      const style = routeStyleOf(route.mode);
      const line = svg("path", {
        class: "route",
        "data-id": route.id,
        d: polyline(
          route.waypoints.map((id) => at.get(id)!),
          project,
        ),
        fill: "none",
        stroke: style.colour,
        "stroke-dasharray": style.dash,
        "stroke-width": 1.5 + Math.log1p(route.journeys),
        "stroke-opacity": 0.75,
        "stroke-linejoin": "round",
      });
      line.append(
        titled(`${route.label} (${route.mode ?? "mode unknown"}): ${route.journeys} journeys`),
      );
      map.append(line);
    }
    for (const location of layer.locations) map.append(marker(location, project));
    replace(root, map, mapLegend(layer));
  };

  const marker = (location: MapLocation, project: Project): SVGElement => {
    const [x, y] = project(location.lon, location.lat);
    const style = markerOf(location.kind);
    const selected = workspace.state.selected.includes(location.id);
    const group = svg("g", {
      class: "location",
      "data-id": location.id,
      tabindex: 0,
      role: "button",
      "aria-label": `${location.label}, ${humanize(location.kind ?? "location")}, ${location.sightings} sightings`,
    });
    group.append(
      svg("path", {
        d: markerPath(style, x, y, markerRadius(location.sightings)),
        fill: style.colour,
        stroke: selected ? "#1B1F24" : "#FFFFFF",
        "stroke-width": selected ? 3 : 1.2,
      }),
      titled(`${location.label}: ${location.sightings} sightings`),
    );
    if (location.sightings > 0) {
      const count = svg("text", { x: x + markerRadius(location.sightings) + 2, y: y + 4 });
      count.textContent = String(location.sightings);
      group.append(count);
    }
    const choose = () => void select(location.id);
    group.addEventListener("click", choose);
    group.addEventListener("keydown", (event) => {
      if ((event as KeyboardEvent).key === "Enter") choose();
    });
    return group;
  };

  const select = async (id: string) => {
    if (!workspace.graph.hasNode(id)) await workspace.expand(id);
    workspace.select(id);
  };

  const show = async () => {
    if (!layer) {
      try {
        layer = await workspace.api.map();
      } catch (error) {
        return replace(root, h("div", { class: "panel" }, failure(error)));
      }
    }
    if (!root.hidden) draw();
  };

  workspace.on((change) => {
    if (change === "selection" && !root.hidden) draw();
  });
  return () => {
    root.hidden = !root.hidden;
    if (!root.hidden) void show();
    return !root.hidden;
  };
}

function titled(text: string): SVGElement {
  const title = svg("title");
  title.textContent = text;
  return title;
}
