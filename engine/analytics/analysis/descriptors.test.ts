/**
 * The descriptors list every analytic with its parameters and run it with
 * resolved options: unknown or invalid parameters are refused by name, and
 * the parameters do what they say (a higher resolution gives more
 * communities on the demo world).
 */
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset, toEntityGraph } from "../../ingest/index.ts";
import { ANALYTICS, analyticById, type AnalyticInput } from "./descriptors.ts";

const DEMO = fileURLToPath(new URL("../../../fixtures/demo", import.meta.url));
let input: AnalyticInput;

beforeAll(async () => {
  input = { graph: toEntityGraph(await loadDataset(DEMO)) };
});

describe("analytic descriptors", () => {
  it("declare every parameter with a default and a description", () => {
    expect(ANALYTICS.map((analytic) => analytic.id)).toEqual([
      "person-network",
      "communities",
      "centrality",
      "disruption",
      "analysis",
    ]);
    for (const analytic of ANALYTICS) {
      for (const [name, parameter] of Object.entries(analytic.parameters)) {
        expect(parameter.default, `${analytic.id}.${name}`).not.toBeUndefined();
        expect(parameter.description.length, `${analytic.id}.${name}`).toBeGreaterThan(3);
      }
    }
    expect(analyticById("analysis").parameters.resolution!.default).toBe(1);
  });

  it("refuse unknown and invalid parameters, naming them", () => {
    const communities = analyticById("communities");
    expect(() => communities.run(input, { resolutoin: 2 })).toThrow(
      'analytics/communities: unknown option "resolutoin"',
    );
    expect(() => communities.run(input, { resolution: 0 })).toThrow(
      'analytics/communities: option "resolution" must be a number > 0, got 0',
    );
    expect(() => analyticById("analysis").run(input, { targets: { tpo: 3 } })).toThrow(
      'analytics/analysis: unknown option "targets.tpo"',
    );
    expect(() => analyticById("disruption").run(input, { by: "in-degree" })).toThrow(
      "directed network only",
    );
  });

  it("a higher resolution gives more communities, in the analytic and in the full analysis", () => {
    const count = (resolution: number) =>
      (analyticById("communities").run(input, { resolution }) as { count: number }).count;
    expect(count(4)).toBeGreaterThan(count(1));
    const analysis = analyticById("analysis").run(input, { resolution: 4 }) as {
      summary: { communities: number };
      parameters: { resolution: number };
    };
    expect(analysis.parameters.resolution).toBe(4);
    expect(analysis.summary.communities).toBe(count(4));
  });
});
