/**
 * The disruption chart: the largest component left, in percent of the whole,
 * after each number of persons removed, one curve per set or strategy. The
 * viewer's disruption panel and board screen and the board's briefing draw
 * it from here (line-chart.ts), so they read alike.
 */
import type { ChartOptions, Series } from "./line-chart.ts";

/** A curve to compare: a disruption result with its name, colour and dash. */
export interface Compared {
  name: string;
  colour: string;
  dash?: string | undefined;
  /** What the chart reads of a disruption result (engine/analytics/disruption). */
  result: { lcc0: number; steps: readonly { removed: readonly string[]; lcc: number }[] };
}

/** "99.9%", "100%": trailing zeros dropped, so a removal that cuts off one person does not read as 100%. */
export const percent = (value: number, decimals = 1) => `${Number(value.toFixed(decimals))}%`;

/** The largest component left, in percent of the whole, after each number of persons removed. */
export function disruptionCurve(result: Compared["result"]): [number, number][] {
  let removed = 0;
  return [
    [0, 100],
    ...result.steps.map((step): [number, number] => [
      (removed += step.removed.length),
      (step.lcc / Math.max(1, result.lcc0)) * 100,
    ]),
  ];
}

/** The series and axes of the chart of these curves, at this size. */
export function disruptionChart(
  compared: readonly Compared[],
  size: { width: number; height: number },
): [Series[], ChartOptions] {
  const series: Series[] = compared.map(({ name, colour, dash, result }) => ({
    name,
    colour,
    ...(dash && { dash }),
    points: disruptionCurve(result),
  }));
  const lowest = Math.min(...series.flatMap((s) => s.points.map(([, y]) => y)));
  return [
    series,
    {
      ...size,
      xLabel: "persons removed",
      yLabel: "largest component left",
      yMin: lowest,
      yMax: 100,
      yFormat: percent,
    },
  ];
}
