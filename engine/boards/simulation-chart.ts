/**
 * The board simulation as a chart: the approved (chosen) set's curve beside
 * the best set's of the same size, as the disruption chart draws strategies
 * (engine/export/chart). The board screen and the briefing both draw it from
 * here. Apart from simulate.ts so the viewer bundles no analytics.
 */
import { disruptionChart, type Compared } from "../export/chart/disruption-chart.ts";
import type { ChartOptions, Series } from "../export/chart/line-chart.ts";

interface SimulatedSets {
  chosen: { ids: string[]; curve: Compared["result"] };
  best: { ids: string[]; curve: Compared["result"] };
}

export function simulationChart(
  simulation: SimulatedSets,
  size: { width: number; height: number },
  chosenName = "approved set",
): [Series[], ChartOptions] {
  const { chosen, best } = simulation;
  return disruptionChart(
    [
      { name: `${chosenName} (${chosen.ids.length})`, colour: "#009E73", result: chosen.curve },
      {
        name: `best set of ${best.ids.length} (key-player search)`,
        colour: "#0072B2",
        dash: "6 3",
        result: best.curve,
      },
    ],
    size,
  );
}
