/**
 * The time filter: a histogram of link dates with a two-handled range over it,
 * and playback that slides a window through time.
 */
import { edgeTime } from "../graph/attributes.ts";
import { h, replace, svg } from "../ui/dom.ts";
import { collapsible } from "../ui/collapsible.ts";
import type { Workspace } from "../workspace.ts";

const BINS = 60;
const PLAY_STEP_MS = 400;
const DAY = 86_400_000;

export function mountTimeline(root: HTMLElement, workspace: Workspace) {
  let times: number[] = [];
  let timer: ReturnType<typeof setInterval> | undefined;
  const { filters } = workspace.state;
  const iso = (time: number) => new Date(time).toISOString().slice(0, 10);

  const render = () => {
    times = [];
    workspace.graph.forEachEdge((_, attributes) => {
      const time = edgeTime(attributes);
      if (time !== undefined) times.push(time);
    });
    if (times.length === 0) return replace(root);
    const min = Math.min(...times);
    const max = Math.max(...times, min + DAY);
    const bin = (max - min) / BINS;
    const counts = new Array<number>(BINS).fill(0);
    for (const time of times) counts[Math.min(BINS - 1, Math.floor((time - min) / bin))]!++;
    const peak = Math.max(...counts);
    const histogram = svg("svg", {
      class: "chart",
      width: "100%",
      height: 36,
      viewBox: `0 0 ${BINS} 36`,
      preserveAspectRatio: "none",
      "aria-hidden": "true",
    });
    counts.forEach((count, i) => {
      const height = (count / peak) * 34;
      histogram.append(
        svg("rect", { x: i + 0.1, y: 36 - height, width: 0.8, height, fill: "#56B4E9" }),
      );
    });
    const [from, to] = filters.timeRange ?? [min, max];
    const slider = (id: string, value: number, label: string) =>
      h("input", {
        id,
        type: "range",
        min,
        max,
        step: DAY,
        value,
        "aria-label": label,
        oninput: apply,
      });
    const start = slider("time-from", from, "From date");
    const end = slider("time-to", to, "To date");
    const shown = h("span", { id: "time-range" }, `${iso(from)} – ${iso(to)}`);
    function apply() {
      const a = Number(start.value);
      const b = Number(end.value);
      filters.timeRange = a <= min && b >= max ? undefined : [Math.min(a, b), Math.max(a, b)];
      shown.textContent = `${iso(Math.min(a, b))} – ${iso(Math.max(a, b))}`;
      workspace.updateView();
    }
    const play = () => {
      if (timer) return stop();
      const width = Math.max(DAY, (max - min) / 6);
      let cursor = min;
      timer = setInterval(() => {
        if (cursor + width > max) return stop();
        start.value = String(cursor);
        end.value = String(cursor + width);
        apply();
        cursor += width / 4;
      }, PLAY_STEP_MS);
    };
    const stop = () => {
      clearInterval(timer);
      timer = undefined;
    };
    replace(
      root,
      collapsible(
        "timeline-box",
        [h("strong", {}, "Link dates "), shown],
        h(
          "div",
          { class: "controls" },
          h("button", { id: "time-play", type: "button", onclick: play }, "Play / pause"),
          h(
            "button",
            {
              id: "time-all",
              type: "button",
              onclick: () => {
                stop();
                filters.timeRange = undefined;
                workspace.updateView();
                render();
              },
            },
            "All dates",
          ),
        ),
        histogram,
        start,
        end,
      ),
    );
  };
  workspace.on((change) => {
    if (change === "graph") render();
  });
  render();
}
