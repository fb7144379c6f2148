/** The legend: what colours and shapes mean in the current view. */
import { CRIME_TYPES } from "../../../engine/model/vocabulary.ts";
import { nodeType } from "../graph/attributes.ts";
import {
  CRIME_COLOURS,
  ENTITY_COLOURS,
  ENTITY_TYPES,
  NEUTRAL,
  COLOURED_COMMUNITIES,
  communityColourOf,
} from "../graph/palette.ts";
import { SHAPES } from "../graph/shapes.ts";
import { h, humanize, paintSwatches, replace, svg } from "../ui/dom.ts";
import { collapsible } from "../ui/collapsible.ts";
import type { Workspace } from "../workspace.ts";

/** What each colour means in the current view: [colour, meaning], for the legend and the PNG export. */
export function legendColours(workspace: Workspace): [string, string][] {
  const { colourBy } = workspace.state.settings;
  const present = new Set<string>();
  workspace.graph.forEachNode((_, attributes) => present.add(nodeType(attributes)));
  let colours: [string, string][];
  if (colourBy === "type") {
    colours = ENTITY_TYPES.filter((type) => present.has(type)).map((type) => [
      ENTITY_COLOURS[type],
      humanize(type),
    ]);
  } else if (colourBy === "crime") {
    colours = [...CRIME_TYPES.map((c) => [CRIME_COLOURS[c], humanize(c)] as [string, string])];
    colours.push([NEUTRAL, "no crime link"]);
  } else {
    const drawn = workspace.canvas.derived().communities;
    const coloured = drawn.filter((community) => Number(community) < COLOURED_COMMUNITIES);
    colours = coloured.map((community) => [
      communityColourOf(community),
      workspace.communityNames.get(community) ?? `community ${community}`,
    ]);
    if (coloured.length < drawn.length) colours.push([NEUTRAL, "smaller communities"]);
  }
  return colours;
}

export function mountLegend(root: HTMLElement, workspace: Workspace) {
  const render = () => {
    if (workspace.graph.order === 0) return replace(root);
    const { colourBy, moneyMode, callMode } = workspace.state.settings;
    const present = new Set<string>();
    workspace.graph.forEachNode((_, attributes) => present.add(nodeType(attributes)));
    const colours = legendColours(workspace);
    replace(
      root,
      collapsible(
        "legend-box",
        ["Legend"],
        h("h3", {}, `Colour: ${humanize(colourBy)}`),
        h(
          "ul",
          {},
          colours.map(([colour, text]) =>
            h("li", {}, h("span", { class: "swatch", "data-colour": colour }), text),
          ),
        ),
        h("h3", {}, "Shape: entity type"),
        h(
          "ul",
          {},
          ENTITY_TYPES.filter((type) => present.has(type)).map((type) =>
            h("li", {}, shapeIcon(type), humanize(type)),
          ),
        ),
        moneyMode
          ? h(
              "p",
              { class: "muted" },
              "Edge width: amount transferred; arrows from sender to receiver",
            )
          : null,
        callMode ? h("p", { class: "muted" }, "Blue arrows: calls, from caller to callee") : null,
        h("p", { class: "muted" }, "Ring: a second crime type, in its colour"),
      ),
    );
    paintSwatches(root);
  };
  workspace.on((change) => {
    if (change !== "selection") render();
  });
  render();
}

function shapeIcon(type: (typeof ENTITY_TYPES)[number]): SVGElement {
  const { sides, turn } = SHAPES[type];
  const icon = svg("svg", { width: 12, height: 12, viewBox: "-1 -1 2 2", "aria-hidden": "true" });
  if (sides === 0) icon.append(svg("circle", { r: 0.85, fill: "#4f5a66" }));
  else {
    const points = Array.from({ length: sides }, (_, i) => {
      const angle = (i / sides + turn) * 2 * Math.PI;
      return `${Math.cos(angle) * 0.95},${-Math.sin(angle) * 0.95}`;
    });
    icon.append(svg("polygon", { points: points.join(" "), fill: "#4f5a66" }));
  }
  return icon;
}
