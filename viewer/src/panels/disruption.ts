/**
 * The disruption simulator: remove the selected persons, or the top k by a
 * ranking, and see the largest connected component shrink. The removed
 * persons are named in the order they go, each with what is left after, and
 * fade on the canvas with their labels kept; the strategies are compared on
 * one chart of the largest component left, in percent from 100 down.
 */
import type { DisruptionRequest, DisruptionResult } from "../api/types.ts";
import { nodeLabel, nodeType } from "../graph/attributes.ts";
import { h, replace } from "../ui/dom.ts";
import { failure } from "../ui/failure.ts";
import { lineChart } from "../ui/line-chart.ts";
import { disruptionChart, percent } from "../../../engine/export/chart/disruption-chart.ts";
import type { Workspace } from "../workspace.ts";

type Strategy = DisruptionRequest["strategy"];

/** The strategies offered and drawn, each in its own colour and dash. */
const STRATEGIES: { key: Strategy; name: string; colour: string; dash?: string }[] = [
  { key: "target-score", name: "top k by target score", colour: "#0072B2" },
  { key: "degree", name: "top k by degree", colour: "#D55E00", dash: "6 3" },
  { key: "ids", name: "the selected nodes", colour: "#009E73", dash: "2 3" },
];

export function mountDisruption(root: HTMLElement, workspace: Workspace) {
  const strategy = h(
    "select",
    { id: "disruption-strategy", "aria-label": "Remove" },
    STRATEGIES.map(({ key, name }) => h("option", { value: key }, name)),
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
  const labels = new Map<string, Promise<string>>();
  /** A removed person's name: as drawn, or asked for when the view shows super-nodes. */
  const labelOf = (id: string): Promise<string> => {
    // As the canvas labels them: a namesake with what tells them apart.
    if (workspace.graph.hasNode(id))
      return Promise.resolve(
        workspace.canvas.derived().namesakes.get(id) ??
          (nodeLabel(workspace.graph.getNodeAttributes(id)) || id),
      );
    if (!labels.has(id))
      labels.set(
        id,
        workspace.api.entity(id).then(
          (detail) => detail.label,
          () => id,
        ),
      );
    return labels.get(id)!;
  };

  const request = (key: Strategy): DisruptionRequest | undefined => {
    if (key !== "ids") return { strategy: key, steps: Number(k.value) };
    const persons = workspace.state.selected.filter(
      (id) =>
        workspace.graph.hasNode(id) && nodeType(workspace.graph.getNodeAttributes(id)) === "person",
    );
    return persons.length > 0 ? { strategy: "ids", ids: persons } : undefined;
  };

  const run = async () => {
    const chosen = strategy.value as Strategy;
    try {
      // The chosen strategy is shown on the canvas; the others only join the chart.
      const answers = await Promise.all(
        STRATEGIES.map(async (s) => {
          const body = request(s.key);
          return body ? { ...s, result: await workspace.api.disruption(body) } : undefined;
        }),
      );
      const compared = answers.filter((answer) => answer !== undefined);
      const main = compared.find((answer) => answer.key === chosen);
      if (!main) {
        replace(out, h("p", { class: "muted" }, "Select the persons to remove first."));
        return;
      }
      await show(main.result, compared);
    } catch (error) {
      replace(out, failure(error));
    }
  };

  const show = async (
    result: DisruptionResult,
    compared: { name: string; colour: string; dash?: string; result: DisruptionResult }[],
  ) => {
    const removed = result.steps.flatMap((step) => step.removed);
    workspace.state.removed = new Set(removed);
    workspace.canvas.redraw();
    const names = await Promise.all(removed.map(labelOf));
    const after = new Map<string, number>();
    for (const step of result.steps)
      for (const id of step.removed) after.set(id, step.lccFraction * 100);
    const last = result.steps.at(-1);
    replace(
      out,
      lineChart(...disruptionChart(compared, { width: 300, height: 150 })),
      h(
        "p",
        { class: "muted" },
        last
          ? `Removing ${removed.length} leaves a largest component of ${last.lcc} of ${result.lcc0} (${percent(last.lccFraction * 100)}), in ${last.components} pieces.`
          : "Nothing removed.",
      ),
      h(
        "ol",
        { id: "disruption-removed", class: "removed" },
        removed.map((id, i) =>
          h(
            "li",
            { "data-id": id },
            h(
              "button",
              { type: "button", class: "link", onclick: () => void workspace.reveal(id) },
              names[i]!,
            ),
            h("span", { class: "muted" }, ` · ${percent(after.get(id)!)} left`),
          ),
        ),
      ),
      h("button", { type: "button", onclick: reset }, "Restore"),
    );
    // The panel may scroll: the chart just asked for comes into view.
    out.firstElementChild?.scrollIntoView({ block: "nearest" });
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
