/**
 * `crosslink entity ID --as USER` prints what `GET /api/entities/:id` gives
 * that user, for a user of each clearance on the demo world; an id hidden
 * from the user is an error on both, and says nothing more than a missing one.
 */
import { describe, expect, it } from "vitest";
import { CLASSIFICATIONS, classificationRank } from "../../engine/model/index.ts";
import { useDemoWorld } from "./demo-world.ts";

const world = useDemoWorld("viewer");

describe("crosslink entity --as and GET /api/entities/:id", () => {
  it("give a user of each clearance the same detail", async () => {
    // The best-linked person (ties, calls, scores), a phone, and the first secret person.
    const { graph } = world;
    const persons = graph.filterNodes((_id, attributes) => attributes.type === "person");
    const hub = persons.reduce((a, b) => (graph.degree(b) > graph.degree(a) ? b : a));
    const secret = persons.find((id) => graph.getNodeAttribute(id, "classification") === "secret")!;
    const ids = [hub, "PH000001", secret];
    for (const level of CLASSIFICATIONS) {
      for (const id of ids) {
        const response = await world.get(level, `/api/entities/${id}`);
        const result = world.run("entity", id, "--as", level);
        const visible =
          classificationRank(graph.getNodeAttribute(id, "classification")) <=
          classificationRank(level);
        if (!visible) {
          expect(response.statusCode).toBe(404);
          expect(result.status).toBe(1);
          expect(result.stdout).toBe("");
          expect(result.stderr).not.toContain(graph.getNodeAttribute(id, "label"));
          continue;
        }
        expect(response.statusCode, response.body).toBe(200);
        expect(result.status, result.stderr).toBe(0);
        expect(JSON.parse(result.stdout), `${level} ${id}`).toEqual(response.json());
      }
    }
    // Each CLI detail is a `view` line of the same audit log as the API's.
    const cli = (await world.auditLines()).filter((line) => line.route === "cli entity");
    expect(cli).toHaveLength(CLASSIFICATIONS.length * 3);
    const about = (user: string) =>
      cli.find((line) => line.user === user && line.query?.id === secret);
    expect(cli.every((line) => line.action === "view")).toBe(true);
    expect(about("secret")).toMatchObject({ status: 200, ids: expect.arrayContaining([secret]) });
    expect(about("restricted")).toMatchObject({ status: 404, ids: [] });
  }, 300_000);
});
