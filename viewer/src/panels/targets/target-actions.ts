/**
 * What a row of the targets table can do, as a list of actions each row
 * offers as buttons after its columns. The workspace's own (show the person,
 * their target package) come first; other screens add theirs (a board's
 * "nominate") by passing more to `mountTargets`.
 */
import type { TargetEntry } from "../../api/types.ts";
import { saveBlob } from "../../graph/snapshot.ts";
import type { Workspace } from "../../workspace.ts";

export interface TargetAction {
  /** Short: it is a button in every row. */
  label: string;
  /** The button's accessible name for a row, e.g. "Show Leila Idrissi in the graph". */
  title: (target: TargetEntry) => string;
  run: (target: TargetEntry, workspace: Workspace) => Promise<void>;
}

/** Draws the person (fetched with their neighbours when not drawn yet) and moves onto them. */
export const SHOW_TARGET: TargetAction = {
  label: "Show",
  title: (target) => `Show ${target.label} in the graph`,
  run: (target, workspace) => workspace.reveal(target.id),
};

export const PACKAGE_TARGET: TargetAction = {
  label: "Package",
  title: (target) => `Download the target package of ${target.label}`,
  run: async (target, workspace) =>
    saveBlob(await workspace.api.exportPackage(target.id), `target-package-${target.id}.html`),
};

export const DEFAULT_TARGET_ACTIONS: readonly TargetAction[] = [SHOW_TARGET, PACKAGE_TARGET];
