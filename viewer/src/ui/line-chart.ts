/** A small SVG line chart with axes, for curves such as the disruption curve. */
import { svg } from "./dom.ts";

export interface ChartOptions {
  width: number;
  height: number;
  xLabel: string;
  yLabel: string;
  /** The y axis runs from 0 to this. */
  yMax: number;
}

const PAD = { left: 34, right: 8, top: 8, bottom: 26 };

export function lineChart(points: [number, number][], options: ChartOptions): SVGElement {
  const { width, height, yMax } = options;
  const xMax = Math.max(1, ...points.map(([x]) => x));
  const x = (value: number) => PAD.left + (value / xMax) * (width - PAD.left - PAD.right);
  const y = (value: number) =>
    height - PAD.bottom - (value / yMax) * (height - PAD.top - PAD.bottom);
  const chart = svg("svg", {
    class: "chart",
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: "img",
    "aria-label": `${options.yLabel} against ${options.xLabel}`,
  });
  const axis = (x1: number, y1: number, x2: number, y2: number) =>
    svg("line", { x1, y1, x2, y2, stroke: "#8a939d", "stroke-width": 1 });
  const text = (content: string, attributes: Record<string, string | number>) => {
    const element = svg("text", attributes);
    element.textContent = content;
    return element;
  };
  chart.append(
    axis(PAD.left, y(0), width - PAD.right, y(0)),
    axis(PAD.left, y(0), PAD.left, y(yMax)),
    text(String(yMax), { x: PAD.left - 4, y: y(yMax) + 4, "text-anchor": "end" }),
    text("0", { x: PAD.left - 4, y: y(0) + 4, "text-anchor": "end" }),
    text(String(xMax), { x: x(xMax), y: height - 12, "text-anchor": "end" }),
    text(options.xLabel, { x: (width + PAD.left) / 2, y: height - 2, "text-anchor": "middle" }),
    svg("polyline", {
      class: "curve",
      points: points.map(([px, py]) => `${x(px)},${y(py)}`).join(" "),
      fill: "none",
      stroke: "#0072B2",
      "stroke-width": 2,
    }),
  );
  for (const [px, py] of points) {
    chart.append(svg("circle", { cx: x(px), cy: y(py), r: 2.5, fill: "#0072B2" }));
  }
  return chart;
}
