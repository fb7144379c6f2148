/**
 * Shortest paths between the last two selected nodes (shift-click, or
 * Shift+Enter in search, selects a second one), over the whole entity graph
 * from the server. Each path is read as steps between persons, places and
 * cases, its phones, vehicles and accounts folded into the persons on either
 * side (collapse.ts) and shown again on demand; each step says what ties its
 * ends (step-evidence.ts). The other shortest paths are listed, with how
 * many there are in all; choosing one draws it.
 */
import type { PathsResult } from "../../api/types.ts";
import { nodeLabel, nodeType } from "../../graph/attributes.ts";
import { h, replace } from "../../ui/dom.ts";
import { failure } from "../../ui/failure.ts";
import { count } from "../../ui/words.ts";
import type { Workspace } from "../../workspace.ts";
import { allNodes, foldPath, stepNodes, type PathStep } from "./collapse.ts";
import { stepEvidence, type DetailCache } from "./step-evidence.ts";

/** Shortest paths listed: the server counts them all and sends this many. */
export const PATHS_LISTED = 10;

export function mountPath(root: HTMLElement, workspace: Workspace) {
  const status = h("p", { class: "muted", id: "path-status", role: "status" });
  const out = h("div", { id: "path-result" });
  let result: PathsResult | undefined;
  let chosen = 0;
  let unfolded = false;
  let details: DetailCache = new Map();

  const label = (node: string | undefined) =>
    node === undefined
      ? "—"
      : workspace.graph.hasNode(node)
        ? nodeLabel(workspace.graph.getNodeAttributes(node)) || node
        : node;
  const typeOf = (node: string) =>
    workspace.graph.hasNode(node) ? nodeType(workspace.graph.getNodeAttributes(node)) : "";
  const stepsOf = (path: string[]) => foldPath(path, typeOf);

  const find = async () => {
    const [from, to] = workspace.state.selected;
    if (from === undefined || to === undefined) return;
    try {
      result = await workspace.api.paths(from, to, PATHS_LISTED);
      chosen = 0;
      unfolded = false;
      details = new Map();
      if (result.paths.length === 0) {
        status.textContent = "No path within the length limit.";
        replace(out);
        return;
      }
      workspace.mergeAndSettle(result.graph);
      show();
    } catch (error) {
      replace(status, failure(error));
    }
  };

  /** Draws the chosen path (folded or not) and lists its steps and the other paths. */
  const show = () => {
    const paths = result!.paths;
    const steps = stepsOf(paths[chosen]!);
    const drawn = unfolded ? allNodes(steps) : stepNodes(steps);
    void workspace.showPath(drawn);
    const links = paths[chosen]!.length - 1;
    status.textContent = `${count(steps.length, "step")} from ${label(steps[0]!.from)} to ${label(steps.at(-1)!.to)} (${count(links, "link")}); ${count(result!.count, "shortest path")} in all`;
    replace(
      out,
      h(
        "label",
        { class: "chip" },
        h("input", {
          type: "checkbox",
          id: "path-unfold",
          checked: unfolded,
          onchange: () => {
            unfolded = !unfolded;
            show();
          },
        }),
        " show phones, vehicles and accounts",
      ),
      h("ol", { id: "path-steps", class: "steps" }, steps.map(stepItem)),
      paths.length > 1
        ? [
            h(
              "h3",
              { class: "muted" },
              `Shortest paths (${paths.length} of ${result!.count} listed)`,
            ),
            h(
              "ol",
              { id: "path-alternatives", class: "alternatives" },
              paths.map((path, i) =>
                h(
                  "li",
                  {},
                  h(
                    "button",
                    {
                      type: "button",
                      class: "row",
                      "data-key": `path-${i}`,
                      "aria-pressed": String(i === chosen),
                      onclick: () => {
                        chosen = i;
                        show();
                      },
                    },
                    stepNodes(stepsOf(path)).map(label).join(" → "),
                  ),
                ),
              ),
            ),
          ]
        : null,
    );
  };

  const stepItem = (step: PathStep) => {
    const evidence = h("div", { class: "muted evidence-line" }, "…");
    void stepEvidence(step, workspace, details).then(
      (line) => (evidence.textContent = line || "no evidence visible"),
      (error) => replace(evidence, failure(error)),
    );
    return h(
      "li",
      { "data-from": step.from, "data-to": step.to },
      h("strong", {}, `${label(step.from)} → ${label(step.to)}`),
      step.via.length > 0
        ? h("div", { class: "muted via" }, `via ${step.via.map(label).join(", ")}`)
        : null,
      evidence,
    );
  };

  const render = () => {
    const [from, to] = workspace.state.selected;
    replace(
      root,
      h("h2", {}, "Shortest path"),
      h("p", {}, `From ${label(from)} to ${label(to)}`),
      to === undefined
        ? h(
            "p",
            { class: "muted" },
            "Shift-click a second node, or choose it in search with Shift+Enter.",
          )
        : null,
      h(
        "button",
        { id: "path-find", type: "button", disabled: to === undefined, onclick: () => void find() },
        "Find paths",
      ),
      status,
      out,
    );
  };
  workspace.on((change) => {
    if (change === "selection") {
      status.textContent = "";
      result = undefined;
      replace(out);
      render();
    }
  });
  render();
}
