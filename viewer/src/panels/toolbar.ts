/** The view controls: colour, size, layout, money flows, calls, map, back to overview, PNG export. */
import { exportView } from "./export-view.ts";
import type { ColourBy, SizeBy } from "../graph/view-state.ts";
import { h, replace } from "../ui/dom.ts";
import type { Workspace } from "../workspace.ts";

const COLOURS: [ColourBy, string][] = [
  ["community", "community"],
  ["type", "entity type"],
  ["crime", "crime type"],
];
const SIZES: [SizeBy, string][] = [
  ["score", "target score"],
  ["degree", "degree"],
  ["pagerank", "PageRank"],
  ["betweenness", "betweenness"],
];

/** `toggleMap` is absent when the role may not see the map. */
export function mountToolbar(
  root: HTMLElement,
  workspace: Workspace,
  toggleMap: (() => boolean) | undefined,
) {
  const { settings } = workspace.state;
  const select = <T extends string>(
    id: string,
    label: string,
    options: [T, string][],
    value: T,
    set: (value: T) => void,
  ) => [
    h("label", { for: id }, label),
    h(
      "select",
      { id, onchange: (event: Event) => set((event.target as HTMLSelectElement).value as T) },
      options.map(([key, text]) => h("option", { value: key, selected: key === value }, text)),
    ),
  ];
  const button = (id: string, text: string, act: () => void) =>
    h("button", { id, type: "button", onclick: act }, text);

  const overview = button("overview", "← Overview", () => void workspace.loadOverview());
  // The seeded layout again, for its fixed iterations: the same graph gives the same picture.
  const layout = button("layout", "Layout", () =>
    workspace.layoutRunning ? workspace.stopLayout() : void workspace.settleLayout(),
  );
  const money = button("money", "Money flows", () => {
    settings.moneyMode = !settings.moneyMode;
    workspace.updateView();
  });
  const calls = button("calls", "Calls", () => {
    settings.callMode = !settings.callMode;
    workspace.updateView();
  });
  const map = toggleMap
    ? button("map-toggle", "Map", () => map!.setAttribute("aria-pressed", String(toggleMap())))
    : null;
  map?.setAttribute("aria-pressed", "false");
  replace(
    root,
    overview,
    select("colour-by", "Colour", COLOURS, settings.colourBy, (value) => {
      settings.colourBy = value;
      workspace.updateView();
    }),
    select("size-by", "Size", SIZES, settings.sizeBy, (value) => {
      settings.sizeBy = value;
      workspace.updateView();
    }),
    button("fit", "Fit", () => void workspace.fitVisible()),
    layout,
    money,
    calls,
    map,
    button("export-png", "PNG", () => void exportView(workspace)),
  );
  const sync = () => {
    overview.hidden = workspace.level === "persons" || !workspace.may("overview");
    layout.setAttribute("aria-pressed", String(workspace.layoutRunning));
    money.setAttribute("aria-pressed", String(settings.moneyMode));
    calls.setAttribute("aria-pressed", String(settings.callMode));
    // Settings may change from outside the toolbar (a saved view opened).
    root.querySelector<HTMLSelectElement>("#colour-by")!.value = settings.colourBy;
    root.querySelector<HTMLSelectElement>("#size-by")!.value = settings.sizeBy;
  };
  workspace.on(sync);
  sync();
}
