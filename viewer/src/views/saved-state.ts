/**
 * A saved view (issue 17, item 4): what the analyst built, as a plain object
 * the server keeps (POST /api/views) and gives back by id — where the graph
 * came from and the nodes expanded since, the colour and size settings, the
 * filters (entity types, crime types, communities, time window), the
 * selection and the camera. Restoring draws the graph the same way again and
 * sets the rest. The server cuts the ids a reader may not see out of
 * `selected` and `expanded` (engine/boards/visible.ts), so a view opens
 * without them.
 */
import type { CameraState } from "sigma/types";
import { resolveViewSettings, type ViewSettings } from "../graph/view-state.ts";
import type { GraphSource, Workspace } from "../workspace.ts";

export interface ViewRecord {
  source: GraphSource;
  expanded: string[];
  selected: string[];
  settings: ViewSettings;
  filters: {
    hiddenTypes: string[];
    crimes: string[];
    crimeNeighbours: boolean;
    communities: string[];
    timeRange: [number, number] | null;
  };
  camera: CameraState;
}

export function captureView(workspace: Workspace): ViewRecord {
  const { settings, filters, selected } = workspace.state;
  return {
    source: { ...workspace.source },
    expanded: [...workspace.expanded],
    selected: [...selected],
    settings: { ...settings },
    filters: {
      hiddenTypes: [...filters.hiddenTypes],
      crimes: [...filters.crimes],
      crimeNeighbours: filters.crimeNeighbours,
      communities: [...filters.communities],
      timeRange: filters.timeRange ?? null,
    },
    camera: workspace.canvas.renderer.getCamera().getState(),
  };
}

/**
 * Draws the saved view: its graph, its expansions (one that fails, such as a
 * node gone since, is skipped), then settings, filters, selection, and last
 * the camera, once the layout has stopped.
 */
export async function restoreView(workspace: Workspace, saved: Partial<ViewRecord>) {
  const source = saved.source ?? {};
  if (source.folded !== undefined) await workspace.drillIntoFolded(`other:${source.folded}`);
  else if (source.community !== undefined) await workspace.drillDownTo(source.community);
  else await workspace.loadOverview();
  for (const id of strings(saved.expanded)) await workspace.expand(id).catch(() => 0);
  const { state } = workspace;
  // In place: panels hold on to these objects.
  Object.assign(state.settings, resolveViewSettings(saved.settings ?? {}));
  const filters = saved.filters;
  refill(state.filters.hiddenTypes, filters?.hiddenTypes);
  refill(state.filters.crimes, filters?.crimes);
  state.filters.crimeNeighbours = filters?.crimeNeighbours === true;
  refill(state.filters.communities, filters?.communities);
  const range = filters?.timeRange;
  if (range) state.filters.timeRange = [Number(range[0]), Number(range[1])];
  else delete state.filters.timeRange;
  // A selected node the graph does not hold (one a path query brought) is fetched with its neighbours.
  for (const id of strings(saved.selected)) {
    if (!workspace.graph.hasNode(id)) await workspace.expand(id).catch(() => 0);
  }
  state.selected = strings(saved.selected).filter((id) => workspace.graph.hasNode(id));
  workspace.updateView();
  // The timeline draws its handles only when the graph changes: it must show the restored window.
  workspace.emit("graph");
  workspace.emit("selection");
  await workspace.whenSettled();
  if (saved.camera) await workspace.placeCamera(saved.camera);
  workspace.canvas.redraw();
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];

function refill(set: Set<string>, values: unknown): void {
  set.clear();
  for (const value of strings(values)) set.add(value);
}
