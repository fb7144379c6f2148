import { describe, expect, it } from "vitest";
import { loadDataset, toEntityGraph } from "./index.ts";
import { writeDataset } from "./test/write-dataset.ts";

const CSV = {
  "persons.csv":
    'id,name,aliases,category\nP1,Ana Petrova,"Anja;A.P.",suspect\nP2,Omar Haddad,,smuggled_person\n',
  "phones.csv":
    "id,number,country\nPH1,+39 333 123 4567,\nPH2,0039 333 1234567,\nPH3,333-123-4567,IT\nPH4,(0039) 333.123.4567,\nPH5,+393331234567,\nPH6,+44 7700 900123,\n",
  "phone_usage.csv": "person_id,phone_id\nP1,PH2\nP2,PH6\n",
  "calls.csv":
    "caller_phone_id,callee_phone_id,start,duration_s\nPH5,PH6,2024-03-07T21:14:00Z,65\n",
  "transfers.csv":
    "id,sender_id,receiver_id,amount,currency,date,channel\nT1,P2,P1,1200.50,eur,2024-03-08,hawala\n",
};

const NDJSON = {
  "persons.ndjson":
    '{"id":"P1","name":"Ana Petrova","aliases":["Anja","A.P."],"category":"suspect"}\n{"id":"P2","name":"Omar Haddad","category":"smuggled_person"}\n',
  "phones.ndjson": [
    '{"id":"PH1","number":"+39 333 123 4567"}',
    '{"id":"PH2","number":"0039 333 1234567"}',
    '{"id":"PH3","number":"333-123-4567","country":"IT"}',
    '{"id":"PH4","number":"(0039) 333.123.4567"}',
    '{"id":"PH5","number":"+393331234567"}',
    '{"id":"PH6","number":"+44 7700 900123"}',
  ].join("\n"),
  "phone_usage.ndjson":
    '{"person_id":"P1","phone_id":"PH2"}\n{"person_id":"P2","phone_id":"PH6"}\n',
  "calls.ndjson":
    '{"caller_phone_id":"PH5","callee_phone_id":"PH6","start":"2024-03-07T21:14:00Z","duration_s":65}\n',
  "transfers.ndjson":
    '{"id":"T1","sender_id":"P2","receiver_id":"P1","amount":1200.5,"currency":"EUR","date":"2024-03-08","channel":"hawala"}\n',
};

/** The graph without provenance, which names the file and line and so differs by format. */
function content(graph: ReturnType<typeof toEntityGraph>) {
  const strip = ({ provenance_file: _f, provenance_line: _l, ...rest }: Record<string, unknown>) =>
    rest;
  return {
    nodes: graph.mapNodes((node, attributes) => [node, strip(attributes)]),
    edges: graph.mapEdges((edge, attributes, source, target) => [
      edge,
      source,
      target,
      strip(attributes),
    ]),
  };
}

describe("toEntityGraph", () => {
  it("CSV and NDJSON of the same data give identical graphs", async () => {
    const named = { name: "same data" };
    const fromCsv = toEntityGraph(await loadDataset(await writeDataset(CSV), named));
    const fromNdjson = toEntityGraph(await loadDataset(await writeDataset(NDJSON), named));
    expect(content(fromNdjson)).toEqual(content(fromCsv));
    expect(fromNdjson.getAttribute("datasetHash")).toBe(fromCsv.getAttribute("datasetHash"));
  });

  it("one phone number written five ways becomes one E.164 node carrying all links", async () => {
    const graph = toEntityGraph(await loadDataset(await writeDataset(CSV)));
    const phones = graph.filterNodes((_node, attributes) => attributes.type === "phone");
    expect(phones).toEqual(["PH1", "PH6"]);
    expect(graph.getNodeAttributes("PH1")).toMatchObject({
      number: "+393331234567",
      label: "+393331234567",
      merged_ids: ["PH2", "PH3", "PH4", "PH5"],
    });
    expect(graph.hasEdge("P1", "PH1")).toBe(true);
    expect(graph.hasEdge("PH1", "PH6")).toBe(true);
  });

  it("types entities and links, keeps provenance on each", async () => {
    const graph = toEntityGraph(await loadDataset(await writeDataset(CSV)));
    expect(graph.getNodeAttributes("P1")).toMatchObject({
      type: "person",
      aliases: ["Anja", "A.P."],
      provenance_file: "persons.csv",
      provenance_line: 2,
      classification: "restricted",
    });
    expect(graph.getEdgeAttributes("T1")).toMatchObject({
      type: "transfer",
      amount: 1200.5,
      currency: "EUR",
    });
    expect(graph.source("T1")).toBe("P2");
    const call = graph.findEdge((_key, attributes) => attributes.type === "call")!;
    expect(call).toMatch(/^calls:[0-9a-f]{20}$/);
    expect(graph.getEdgeAttributes(call)).toMatchObject({
      type: "call",
      duration_s: 65,
      provenance_line: 2,
    });
  });
});
