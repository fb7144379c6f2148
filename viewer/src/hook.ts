/** What the page exposes as `window.__crosslink`, for tests and for analysts at the console. */
import type Sigma from "sigma";
import type { LabelBox } from "./graph/label-boxes.ts";
import type { Rect } from "./graph/overlays.ts";
import type { Workspace } from "./workspace.ts";

export interface CrosslinkHook {
  workspace: Workspace;
  renderer: Sigma;
  /** Share of the view's pixels that are not background. */
  drawnShare(): number;
  /** The labels of the last frame, where they were drawn (graph/label-layout.ts). */
  labelBoxes(): LabelBox[];
  /** The legend's and the timeline's boxes over the canvas, in its pixels (graph/overlays.ts). */
  overlays(): Rect[];
}

export interface HookWindow {
  __crosslink: CrosslinkHook;
}
