/**
 * A small line chart with axes and a legend, for curves compared on one chart
 * such as the disruption strategies: each series in its own colour and dash,
 * the y axis over the range the curves use (so a small change is not a flat
 * line at the top), with ticks that name its values. Pure: it gives the SVG
 * as shapes, which the viewer turns into DOM (viewer/src/ui/line-chart.ts)
 * and printed pages into markup (`lineChartMarkup`), so both draw one chart.
 */
import { escapeXml as e } from "../escape.ts";

export interface Series {
  name: string;
  colour: string;
  /** Dash pattern, so the curves differ without colour too. */
  dash?: string;
  points: [number, number][];
}

export interface ChartOptions {
  width: number;
  height: number;
  xLabel: string;
  yLabel: string;
  /** The y axis runs from yMin (rounded down to a tick) to yMax. */
  yMin: number;
  yMax: number;
  /** How a y value is written on its tick ("80%"), with the decimals the tick step needs. */
  yFormat?: (value: number, decimals: number) => string;
}

export type Attributes = Record<string, string | number>;

/** One SVG element: its tag, attributes and text. */
export interface Shape {
  tag: "line" | "text" | "polyline" | "circle";
  attributes: Attributes;
  text?: string;
}

export interface Chart {
  /** The `svg` element's own attributes. */
  attributes: Attributes;
  shapes: Shape[];
}

const PAD = { left: 40, right: 8, top: 8, bottom: 30 };
const LEGEND_LINE = 14;
const Y_TICKS = 4;

export function lineChartShapes(series: readonly Series[], options: ChartOptions): Chart {
  const { width, yMax } = options;
  const format = options.yFormat ?? ((value: number, decimals: number) => value.toFixed(decimals));
  const legend = series.length > 1 ? series.length * LEGEND_LINE + 4 : 0;
  const height = options.height + legend;
  const plotBottom = options.height - PAD.bottom;
  const tick = niceStep((yMax - options.yMin) / Y_TICKS || 1);
  const yMin = Math.max(0, Math.floor(options.yMin / tick) * tick);
  // Enough decimals that no two ticks read alike (a 0.5 step over 98–100%).
  const decimals = Math.max(0, -Math.floor(Math.log10(tick)));
  const xMax = Math.max(1, ...series.flatMap((s) => s.points.map(([x]) => x)));
  const x = (value: number) => PAD.left + (value / xMax) * (width - PAD.left - PAD.right);
  const y = (value: number) =>
    plotBottom - ((value - yMin) / (yMax - yMin || 1)) * (plotBottom - PAD.top);
  const shapes: Shape[] = [];
  const line = (x1: number, y1: number, x2: number, y2: number, stroke = "#8a939d") =>
    shapes.push({ tag: "line", attributes: { x1, y1, x2, y2, stroke, "stroke-width": 1 } });
  const text = (content: string, attributes: Attributes) =>
    shapes.push({ tag: "text", attributes, text: content });
  for (let value = yMin; value <= yMax + 1e-9; value += tick) {
    line(PAD.left, y(value), width - PAD.right, y(value), "#e4e7eb");
    text(format(value, decimals), { x: PAD.left - 4, y: y(value) + 4, "text-anchor": "end" });
  }
  line(PAD.left, y(yMin), width - PAD.right, y(yMin));
  line(PAD.left, y(yMin), PAD.left, y(yMax));
  text("0", { x: x(0), y: plotBottom + 14, "text-anchor": "middle" });
  text(String(xMax), { x: x(xMax), y: plotBottom + 14, "text-anchor": "end" });
  text(options.xLabel, { x: (width + PAD.left) / 2, y: plotBottom + 26, "text-anchor": "middle" });
  series.forEach((s, i) => {
    const dash: Attributes = s.dash ? { "stroke-dasharray": s.dash } : {};
    shapes.push({
      tag: "polyline",
      attributes: {
        class: "curve",
        "data-series": s.name,
        points: s.points.map(([px, py]) => `${x(px)},${y(py)}`).join(" "),
        fill: "none",
        stroke: s.colour,
        "stroke-width": 2,
        ...dash,
      },
    });
    for (const [px, py] of s.points) {
      shapes.push({ tag: "circle", attributes: { cx: x(px), cy: y(py), r: 2.5, fill: s.colour } });
    }
    if (legend > 0) {
      const ly = options.height + i * LEGEND_LINE + 8;
      shapes.push({
        tag: "line",
        attributes: {
          x1: PAD.left,
          y1: ly,
          x2: PAD.left + 22,
          y2: ly,
          stroke: s.colour,
          "stroke-width": 2,
          ...dash,
        },
      });
      text(s.name, { x: PAD.left + 28, y: ly + 4 });
    }
  });
  return {
    attributes: {
      class: "chart",
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: "img",
      "aria-label": `${options.yLabel} against ${options.xLabel}: ${series.map((s) => s.name).join(", ")}`,
    },
    shapes,
  };
}

/** The chart as SVG markup, for printed pages. */
export function lineChartMarkup(series: readonly Series[], options: ChartOptions): string {
  const { attributes, shapes } = lineChartShapes(series, options);
  const attrs = (values: Attributes) =>
    Object.entries(values)
      .map(([name, value]) => ` ${name}="${e(value)}"`)
      .join("");
  const body = shapes
    .map(({ tag, attributes: a, text }) =>
      text === undefined ? `<${tag}${attrs(a)}/>` : `<${tag}${attrs(a)}>${e(text)}</${tag}>`,
    )
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg"${attrs(attributes)}>${body}</svg>`;
}

/** A tick step of 1, 2 or 5 times a power of ten, at least `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= raw)!;
}
