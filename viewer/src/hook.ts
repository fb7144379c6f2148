/** What the page exposes as `window.__crosslink`, for tests and for analysts at the console. */
import type Sigma from "sigma";
import type { LabelBox } from "./graph/label-boxes.ts";
import type { Workspace } from "./workspace.ts";

export interface CrosslinkHook {
  workspace: Workspace;
  renderer: Sigma;
  /** Share of the view's pixels that are not background. */
  drawnShare(): number;
  /** The labels of the last frame, where they were drawn (graph/label-layout.ts). */
  labelBoxes(): LabelBox[];
}

export interface HookWindow {
  __crosslink: CrosslinkHook;
}
