/**
 * What the viewer needs from the graph routes, at the caller's clearance: the
 * map layer, coordinates on location nodes, dates on overview ties and
 * centralities on overview persons.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FOLD_BELOW } from "../services/community-overview.ts";
import { bearer, buildTestApp, type TestApp } from "./helper.ts";

let world: TestApp;
beforeAll(async () => {
  world = await buildTestApp();
});
afterAll(() => world.app.close());

const get = async (token: string, url: string) => {
  const response = await world.app.inject({ url, headers: bearer(token) });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

describe("the map layer", () => {
  it("places visible locations, counts only visible sightings, chains routes through visible waypoints", async () => {
    const restricted = await get(world.tokens.restricted, "/api/map");
    expect(restricted.locations.map((l: { id: string }) => l.id).sort()).toEqual(["L1", "L2"]);
    expect(restricted.locations.find((l: { id: string }) => l.id === "L1")).toMatchObject({
      kind: "port",
      lat: 50.95,
      lon: 1.85,
      sightings: 1,
    });
    expect(restricted.routes).toEqual([
      expect.objectContaining({ id: "R1", waypoints: ["L1", "L2"], journeys: 1, mode: "sea" }),
    ]);
    const secret = await get(world.tokens.admin, "/api/map");
    expect(secret.locations.find((l: { id: string }) => l.id === "L1").sightings).toBe(2);
    expect(secret.routes[0].waypoints).toEqual(["L1", "SL1", "L2"]);
  });

  it("is audited as a view, with the ids it disclosed", async () => {
    await get(world.tokens.analyst, "/api/map");
    const lines = (await readFile(join(world.dataDir, "audit.jsonl"), "utf8")).trim().split("\n");
    const last = JSON.parse(lines.at(-1)!);
    expect(last).toMatchObject({ user: "analyst", action: "view", route: "GET /api/map" });
    expect(last.ids).toEqual(expect.arrayContaining(["L1", "L2", "R1", "SL1"]));
  });
});

describe("graph JSON for the viewer", () => {
  it("puts coordinates and kind on location nodes", async () => {
    const network = await get(world.tokens.restricted, "/api/entities/V1/network?depth=1");
    const calais = network.nodes.find((node: { key: string }) => node.key === "L1");
    expect(calais.attributes).toMatchObject({ lat: 50.95, lon: 1.85, kind: "port" });
  });

  it("dates overview ties and gives persons their centralities", async () => {
    const overview = await get(world.tokens.restricted, "/api/overview");
    const dated = overview.edges.filter(
      (edge: { attributes: { first?: string } }) => edge.attributes.first,
    );
    expect(dated.length).toBeGreaterThan(0);
    for (const edge of dated) expect(edge.attributes.last >= edge.attributes.first).toBe(true);
    for (const node of overview.nodes) {
      expect(node.attributes).toEqual(
        expect.objectContaining({
          degree: expect.any(Number),
          pagerank: expect.any(Number),
          betweenness: expect.any(Number),
        }),
      );
    }
  });
});

describe("the overview as super-nodes", () => {
  it("folds the communities of fewer than FOLD_BELOW members into one 'other' node per crime, with every member counted", async () => {
    const token = world.tokens.analyst;
    const overview = await get(token, "/api/overview?maxNodes=1");
    const { communities } = (await get(token, "/api/communities")) as {
      communities: { id: number; size: number; dominantCrime: string | null }[];
    };
    expect(overview.attributes.level).toBe("communities");
    const nodes = overview.nodes as { key: string; attributes: Record<string, unknown> }[];
    const small = communities.filter((community) => community.size < FOLD_BELOW);
    expect(small.length).toBeGreaterThan(0);
    for (const community of communities) {
      const own = nodes.some((node) => node.key === `community:${community.id}`);
      expect(own, `community ${community.id}`).toBe(community.size >= FOLD_BELOW);
    }
    for (const node of nodes.filter((n) => n.key.startsWith("other:"))) {
      const crime = node.key.slice("other:".length);
      const held = small.filter((community) => (community.dominantCrime ?? "none") === crime);
      expect(node.attributes.folded).toBe(held.length);
      expect(node.attributes.size).toBe(held.reduce((sum, c) => sum + c.size, 0));
      // Drilling into it draws exactly the members of those communities.
      const drilled = await get(token, `/api/overview?folded=${crime}`);
      const drawn = (drilled.nodes as { attributes: { community: number } }[]).map(
        (member) => member.attributes.community,
      );
      expect(drawn).toHaveLength(Number(node.attributes.size));
      expect(new Set(drawn)).toEqual(new Set(held.map((community) => community.id)));
    }
    const total = nodes.reduce((sum, node) => sum + Number(node.attributes.size), 0);
    expect(total).toBe(communities.reduce((sum, community) => sum + community.size, 0));
    for (const edge of overview.edges as { source: string; target: string }[])
      expect(edge.source).not.toBe(edge.target);
  });
});
