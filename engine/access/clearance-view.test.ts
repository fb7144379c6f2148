import { describe, expect, it } from "vitest";
import { loadDataset, toEntityGraph } from "../ingest/index.ts";
import { createEntityGraph } from "../model/index.ts";
import { writeDataset } from "../ingest/test/write-dataset.ts";
import { clearanceView, clearanceViewInTurns } from "./clearance-view.ts";

// PH9 is a secret record of the number PH1 holds at restricted; the call names PH9.
const MERGED_PHONES = {
  "persons.csv": "id,name\nP1,Ana\nP2,Omar\n",
  "phones.csv":
    "id,number,classification\nPH1,+39 333 123 4567,restricted\nPH9,+39 333 123 4567,secret\nPH2,+44 7700 900123,restricted\n",
  "phone_usage.csv": "person_id,phone_id\nP1,PH1\nP2,PH2\n",
  "calls.csv":
    "caller_phone_id,callee_phone_id,start,classification\nPH9,PH2,2024-03-07T21:14:00Z,restricted\nPH1,PH2,2024-03-08T08:00:00Z,restricted\n",
};

describe("clearance view over merged phones", () => {
  it("a link that named a secret phone record stays hidden below secret", async () => {
    const graph = toEntityGraph(await loadDataset(await writeDataset(MERGED_PHONES)));
    const calls = (view: typeof graph) =>
      view.filterEdges((_edge, attributes) => attributes.type === "call");
    expect(graph.getNodeAttribute("PH1", "merged_ids")).toEqual(["PH9"]);
    expect(calls(clearanceView(graph, "secret"))).toHaveLength(2);
    const restricted = clearanceView(graph, "restricted");
    expect(calls(restricted).map((edge) => restricted.getEdgeAttribute(edge, "start"))).toEqual([
      "2024-03-08T08:00:00Z",
    ]);
  });
});

describe("clearance view and row numbers", () => {
  it("drops every record's line when records are hidden, and keeps them when none is", async () => {
    const graph = toEntityGraph(await loadDataset(await writeDataset(MERGED_PHONES)));
    const lines = (view: typeof graph) => [
      ...view.mapNodes((_node, attributes) => attributes.provenance_line),
      ...view.mapEdges((_edge, attributes) => attributes.provenance_line),
    ];
    const secret = clearanceView(graph, "secret");
    expect(lines(secret).every((line) => typeof line === "number")).toBe(true);
    const restricted = clearanceView(graph, "restricted");
    expect(lines(restricted).every((line) => line === undefined)).toBe(true);
    restricted.forEachNode((_node, attributes) => expect(attributes.provenance_file).toBeTruthy());
    // The stored graph keeps its lines: the view is a copy.
    expect(graph.getNodeAttribute("P1", "provenance_line")).toBe(2);
  });
});

describe("clearance view in turns", () => {
  it("equals the view built at once, hash included, and lets the event loop turn", async () => {
    // More records than one slice, some hidden, so that the view takes several turns.
    const graph = createEntityGraph();
    graph.setAttribute("datasetHash", "whole");
    for (let i = 0; i < 25_000; i++) {
      graph.addNode(`P${i}`, {
        type: "person",
        label: `Person ${i}`,
        classification: i % 3 === 0 ? "secret" : "restricted",
        provenance_file: "persons.csv",
        provenance_line: i + 2,
      });
    }
    let turned = false;
    setImmediate(() => (turned = true));
    const inTurns = await clearanceViewInTurns(graph, "restricted");
    const atOnce = clearanceView(graph, "restricted");
    expect(inTurns.export()).toEqual(atOnce.export());
    expect(inTurns.getAttribute("datasetHash")).toBe(atOnce.getAttribute("datasetHash"));
    expect(inTurns.order).toBe(16_666);
    expect(turned).toBe(true);
  });
});
