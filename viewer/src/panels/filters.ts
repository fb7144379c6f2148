/** Filters by entity type and crime type (communities: see communities.ts; time: timeline.ts). */
import { CRIME_TYPES } from "../../../engine/model/vocabulary.ts";
import { nodeType } from "../graph/attributes.ts";
import { ENTITY_TYPES } from "../graph/palette.ts";
import { h, humanize, replace } from "../ui/dom.ts";
import type { Workspace } from "../workspace.ts";

export function mountFilters(root: HTMLElement, workspace: Workspace) {
  const { filters } = workspace.state;
  const toggle = (set: Set<string>, value: string) => {
    if (!set.delete(value)) set.add(value);
    void workspace.filtersChanged();
  };
  const render = () => {
    const present = new Set<string>();
    workspace.graph.forEachNode((_, attributes) => present.add(nodeType(attributes)));
    const hidden = workspace.canvas.derived().hiddenNodes.size;
    replace(
      root,
      h("h2", {}, "Filters"),
      h("h3", { class: "muted" }, "Entity types"),
      h(
        "div",
        { class: "chips" },
        ENTITY_TYPES.filter((type) => present.has(type)).map((type) =>
          h(
            "label",
            { class: "chip" },
            h("input", {
              type: "checkbox",
              "data-key": `type-${type}`,
              checked: !filters.hiddenTypes.has(type),
              onchange: () => toggle(filters.hiddenTypes, type),
            }),
            ` ${humanize(type)}`,
          ),
        ),
      ),
      h("h3", { class: "muted" }, "Crime types"),
      h(
        "div",
        { class: "chips", role: "group", "aria-label": "Crime types" },
        CRIME_TYPES.map((crime) =>
          h(
            "button",
            {
              class: "chip",
              type: "button",
              "data-crime": crime,
              "data-key": `crime-${crime}`,
              "aria-pressed": String(filters.crimes.has(crime)),
              onclick: () => toggle(filters.crimes, crime),
            },
            humanize(crime),
          ),
        ),
      ),
      h(
        "label",
        { class: "chip" },
        h("input", {
          type: "checkbox",
          id: "crime-neighbours",
          checked: filters.crimeNeighbours,
          onchange: () => {
            filters.crimeNeighbours = !filters.crimeNeighbours;
            void workspace.filtersChanged();
          },
        }),
        " and their neighbours",
      ),
      filters.communities.size > 0
        ? h(
            "p",
            {},
            `Community ${[...filters.communities].join(", ")} only `,
            h(
              "button",
              {
                type: "button",
                onclick: () => {
                  filters.communities.clear();
                  void workspace.filtersChanged();
                },
              },
              "show all",
            ),
          )
        : null,
      h(
        "p",
        { class: "muted", id: "visible-count" },
        `${workspace.graph.order - hidden} of ${workspace.graph.order} nodes shown`,
      ),
    );
  };
  workspace.on((change) => {
    if (change !== "selection") render();
  });
  render();
}
