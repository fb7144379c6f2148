/** The map's key: the location kinds and route modes present, so shapes and dashes can be read. */
import type { MapLayer } from "../api/types.ts";
import { h, humanize, svg } from "../ui/dom.ts";
import { markerOf, markerPath, routeStyleOf } from "./symbols.ts";

export function mapLegend(layer: MapLayer): HTMLElement {
  const kinds = [...new Set(layer.locations.map((l) => l.kind ?? "other"))].sort();
  const modes = [...new Set(layer.routes.map((r) => r.mode ?? "mixed"))].sort();
  const swatch = (...children: SVGElement[]) => {
    const box = svg("svg", { width: 22, height: 14, "aria-hidden": "true" });
    box.append(...children);
    return box;
  };
  return h(
    "div",
    { class: "legend map-legend" },
    h("h3", {}, "Locations (size: sightings)"),
    h(
      "ul",
      {},
      kinds.map((kind) =>
        h(
          "li",
          {},
          swatch(
            svg("path", { d: markerPath(markerOf(kind), 11, 7, 5), fill: markerOf(kind).colour }),
          ),
          humanize(kind),
        ),
      ),
    ),
    h("h3", {}, "Routes"),
    h(
      "ul",
      {},
      modes.map((mode) =>
        h(
          "li",
          {},
          swatch(
            svg("line", {
              x1: 1,
              y1: 7,
              x2: 21,
              y2: 7,
              stroke: routeStyleOf(mode).colour,
              "stroke-width": 2.5,
              "stroke-dasharray": routeStyleOf(mode).dash,
            }),
          ),
          mode,
        ),
      ),
    ),
  );
}
