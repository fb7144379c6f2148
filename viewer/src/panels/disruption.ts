/**
 * The disruption simulator: remove the selected persons, or the top k by a
 * ranking, and see the largest connected component shrink; the removed part
 * fades on the canvas.
 */
import type { DisruptionRequest, DisruptionResult } from "../api/types.ts";
import { h, replace } from "../ui/dom.ts";
import { lineChart } from "../ui/line-chart.ts";
import type { Workspace } from "../workspace.ts";
import { failure } from "../ui/failure.ts";

export function mountDisruption(root: HTMLElement, workspace: Workspace) {
  const strategy = h(
    "select",
    { id: "disruption-strategy", "aria-label": "Remove" },
    h("option", { value: "target-score" }, "top k by target score"),
    h("option", { value: "degree" }, "top k by degree"),
    h("option", { value: "ids" }, "the selected nodes"),
  );
  const k = h("input", {
    id: "disruption-k",
    type: "number",
    min: 1,
    max: 100,
    value: 10,
    "aria-label": "k",
  });
  const out = h("div", { id: "disruption-result" });
  const run = async () => {
    const chosen = strategy.value as DisruptionRequest["strategy"];
    const request: DisruptionRequest =
      chosen === "ids"
        ? { strategy: "ids", ids: workspace.state.selected }
        : { strategy: chosen, steps: Number(k.value) };
    try {
      show(await workspace.api.disruption(request));
    } catch (error) {
      replace(out, failure(error));
    }
  };
  const show = (result: DisruptionResult) => {
    const removed = result.steps.flatMap((step) => step.removed);
    workspace.state.removed = new Set(removed);
    workspace.canvas.redraw();
    let count = 0;
    const points: [number, number][] = [
      [0, result.lcc0],
      ...result.steps.map((step): [number, number] => [(count += step.removed.length), step.lcc]),
    ];
    const last = result.steps.at(-1);
    replace(
      out,
      lineChart(points, {
        width: 300,
        height: 130,
        xLabel: "persons removed",
        yLabel: "largest component",
        yMax: result.lcc0,
      }),
      h(
        "p",
        { class: "muted" },
        last
          ? `Removing ${removed.length} leaves a largest component of ${last.lcc} of ${result.lcc0} (${Math.round(last.lccFraction * 100)}%), in ${last.components} pieces.`
          : "Nothing removed.",
      ),
      h("button", { type: "button", onclick: reset }, "Restore"),
    );
  };
  const reset = () => {
    workspace.state.removed = new Set();
    workspace.canvas.redraw();
    replace(out);
  };
  replace(
    root,
    h("h2", {}, "Disruption"),
    h(
      "div",
      { class: "actions" },
      strategy,
      k,
      h(
        "button",
        { id: "disruption-run", type: "button", class: "primary", onclick: () => void run() },
        "Simulate",
      ),
    ),
    out,
  );
}
