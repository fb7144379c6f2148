/**
 * What the analyst has chosen to see, as one small state object. Reducers read
 * it; panels change it and ask for a refresh. Graph data is never rewritten.
 */
export type ColourBy = "community" | "type" | "crime";
export type SizeBy = "score" | "pagerank" | "betweenness" | "degree";

export interface ViewSettings {
  colourBy: ColourBy;
  sizeBy: SizeBy;
  /** Edge width by transferred amount, other ties faded; transfers drawn as arrows sender to receiver. */
  moneyMode: boolean;
  /** Calls drawn as arrows from caller to callee, other ties faded. */
  callMode: boolean;
  /**
   * Nodes whose label is always drawn: the largest this many by the size
   * measure. The others are labelled by sigma's grid, as space allows.
   */
  labelledNodes: number;
  minNodeSize: number;
  maxNodeSize: number;
}

export const DEFAULT_VIEW_SETTINGS: ViewSettings = {
  colourBy: "community",
  sizeBy: "score",
  moneyMode: false,
  callMode: false,
  labelledNodes: 8,
  minNodeSize: 3,
  maxNodeSize: 16,
};

export function resolveViewSettings(partial: Partial<ViewSettings> = {}): ViewSettings {
  const settings = { ...DEFAULT_VIEW_SETTINGS, ...partial };
  if (settings.minNodeSize <= 0 || settings.maxNodeSize < settings.minNodeSize) {
    throw new Error("viewer: node sizes must satisfy 0 < minNodeSize <= maxNodeSize");
  }
  return settings;
}

export interface Filters {
  /** Entity types hidden. */
  hiddenTypes: Set<string>;
  /** Crime types shown; empty means all. */
  crimes: Set<string>;
  /** With a crime filter, also show the direct neighbours of the persons it keeps. */
  crimeNeighbours: boolean;
  /** Communities shown; empty means all. */
  communities: Set<string>;
  /** Links dated inside [from, to] (ms) are shown; undated links always. */
  timeRange?: [number, number];
}

export interface ViewState {
  settings: ViewSettings;
  filters: Filters;
  hovered?: string;
  /**
   * Whether hovering fades everything but the hovered node's neighbourhood:
   * that costs a full refresh, so only on small graphs (workspace.ts).
   */
  hoverFades: boolean;
  /** Selected nodes, in order of selection (two make a path query). */
  selected: string[];
  /** Nodes and edges of the highlighted shortest path. */
  path: { nodes: Set<string>; edges: Set<string> };
  /** Nodes removed in the disruption simulation: drawn faded. */
  removed: Set<string>;
}

export function createViewState(settings: Partial<ViewSettings> = {}): ViewState {
  return {
    settings: resolveViewSettings(settings),
    filters: {
      hiddenTypes: new Set(),
      crimes: new Set(),
      crimeNeighbours: false,
      communities: new Set(),
    },
    hoverFades: true,
    selected: [],
    path: { nodes: new Set(), edges: new Set() },
    removed: new Set(),
  };
}
