/**
 * The line chart of engine/export/chart (axes, ticks that name their values,
 * a legend; one colour and dash per series) as an SVG element: the printed
 * briefing draws the same chart as markup.
 */
import {
  lineChartShapes,
  type ChartOptions,
  type Series,
} from "../../../engine/export/chart/line-chart.ts";
import { svg } from "./dom.ts";

export function lineChart(series: readonly Series[], options: ChartOptions): SVGElement {
  const { attributes, shapes } = lineChartShapes(series, options);
  const chart = svg("svg", attributes);
  for (const shape of shapes) {
    const element = svg(shape.tag, shape.attributes);
    if (shape.text !== undefined) element.textContent = shape.text;
    chart.append(element);
  }
  return chart;
}
