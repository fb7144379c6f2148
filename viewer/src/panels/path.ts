/**
 * Shortest path between the last two selected nodes (shift-click selects a
 * second one). The path comes from the server over the whole entity graph, so
 * the phones, vehicles or cases it runs through are added to the view first.
 */
import { h, replace } from "../ui/dom.ts";
import type { Workspace } from "../workspace.ts";
import { failure } from "../ui/failure.ts";

export function mountPath(root: HTMLElement, workspace: Workspace) {
  const status = h("p", { class: "muted", id: "path-status", role: "status" });
  const label = (node: string | undefined) =>
    node === undefined ? "—" : String(workspace.graph.getNodeAttribute(node, "label") ?? node);
  const find = async () => {
    const [from, to] = workspace.state.selected;
    if (from === undefined || to === undefined) return;
    try {
      const result = await workspace.api.paths(from, to);
      const path = result.paths[0];
      if (!path) {
        status.textContent = "No path within the length limit.";
        return;
      }
      workspace.mergeAndSettle(result.graph);
      void workspace.showPath(path);
      status.textContent = `${path.length - 1} steps: ${path.map(label).join(" → ")}`;
    } catch (error) {
      replace(status, failure(error));
    }
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
        "Find path",
      ),
      status,
    );
  };
  workspace.on((change) => {
    if (change === "selection") {
      status.textContent = "";
      render();
    }
  });
  render();
}
