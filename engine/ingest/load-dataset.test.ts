import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DatasetError, loadDataset } from "./index.ts";
import { PERSONS_CSV, writeDataset } from "./test/write-dataset.ts";

async function problemsOf(files: Record<string, string>): Promise<string[]> {
  const folder = await writeDataset(files);
  try {
    await loadDataset(folder);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as DatasetError).message.split("\n");
  }
  throw new Error("expected the dataset to be rejected");
}

describe("loadDataset errors name file, line and field", () => {
  it("missing required field", async () => {
    expect(await problemsOf({ "persons.csv": "id,name\nP1,\n" })).toEqual([
      "persons.csv:2: name: is required and is empty",
    ]);
  });

  it("bad enum value", async () => {
    expect(await problemsOf({ "persons.csv": "id,name,category\nP1,Ana,boss\n" })).toEqual([
      'persons.csv:2: category: "boss" is not one of suspect, smuggled_person, victim, witness, unknown',
    ]);
  });

  it("bad date", async () => {
    expect(await problemsOf({ "persons.csv": "id,name,birth_date\nP1,Ana,1990-02-30\n" })).toEqual([
      'persons.csv:2: birth_date: "1990-02-30" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)',
    ]);
  });

  it("bad number", async () => {
    const transfers =
      'id,sender_id,receiver_id,amount,currency,date\nT1,P1,P2,"12,5O0",EUR,2024-03-07\n';
    expect(await problemsOf({ "persons.csv": PERSONS_CSV, "transfers.csv": transfers })).toEqual([
      'transfers.csv:2: amount: "12,5O0" is not a number',
    ]);
  });

  it("duplicate id in one file", async () => {
    expect(await problemsOf({ "persons.csv": PERSONS_CSV + "P1,Again,unknown\n" })).toEqual([
      'persons.csv:4: id: duplicate id "P1" (first at persons.csv:2)',
    ]);
  });

  it("the same id in two entity files", async () => {
    expect(
      await problemsOf({
        "persons.csv": PERSONS_CSV,
        "phones.csv": "id,number\nP2,+39 333 123 4567\n",
      }),
    ).toEqual(['phones.csv:2: id: id "P2" is already a person id (persons.csv:3)']);
  });

  it("link to an unknown id and to the wrong type", async () => {
    const usage = "person_id,phone_id\nP1,PH9\nP1,P2\n";
    expect(await problemsOf({ "persons.csv": PERSONS_CSV, "phone_usage.csv": usage })).toEqual([
      'phone_usage.csv:2: phone_id: unknown id "PH9"',
      'phone_usage.csv:3: phone_id: "P2" is a person, expected phone',
    ]);
  });

  it("malformed CSV row and malformed NDJSON line", async () => {
    expect(await problemsOf({ "persons.csv": PERSONS_CSV + "P3,Too,many,fields\n" })).toEqual([
      "persons.csv:4: row: malformed row: 4 fields where the header has 3",
    ]);
    const ndjson = await problemsOf({
      "persons.ndjson": '{"id":"P1","name":"Ana"}\n{"id":"P2",\n',
    });
    expect(ndjson[0]).toMatch(/^persons\.ndjson:2: row: malformed JSON/);
  });

  it("a file that is not UTF-8 is refused at its first bad byte", async () => {
    const folder = await writeDataset({});
    const latin1 = "id,name\nP1,Ana\nP2,Jos\u00e9 M\u00fcller\n";
    await writeFile(join(folder, "persons.csv"), Buffer.from(latin1, "latin1"));
    await expect(loadDataset(folder)).rejects.toThrow(
      /^persons\.csv:3: encoding: not valid UTF-8 \(byte 0xE9 at byte 7 of the line\)/,
    );
  });

  it("UTF-8 characters cut by the reader's blocks are not mistaken for bad bytes", async () => {
    const rows = Array.from(
      { length: 5000 },
      (_, i) => `P${i},Jos\u00e9 \u00c5sa \u{1F600} M\u00fcller`,
    );
    const folder = await writeDataset({ "persons.csv": `id,name\n${rows.join("\n")}\n` });
    expect((await loadDataset(folder)).entities).toHaveLength(5000);
  });

  it("an id holding a control character is refused", async () => {
    expect(await problemsOf({ "persons.csv": "id,name\nP1\tX,Ana\n" })).toEqual([
      'persons.csv:2: id: "P1\\tX" holds the control character U+0009; an id must not',
    ]);
  });

  it("a missing required column is reported once, at the header", async () => {
    expect(await problemsOf({ "persons.csv": "id\nP1\nP2\n" })).toEqual([
      "persons.csv:1: name: required column is missing",
    ]);
  });

  it("reports every error, capped at 100 then 'and N more'", async () => {
    const rows = Array.from({ length: 150 }, (_, i) => `P${i},Name,nobody`).join("\n");
    const lines = await problemsOf({ "persons.csv": `id,name,category\n${rows}\n` });
    expect(lines).toHaveLength(101);
    expect(lines[100]).toBe("and 50 more");
  });

  it("keeps only the first problems of each kind, counting the rest", async () => {
    const rows = Array.from({ length: 5000 }, (_, i) =>
      i < 2500 ? `P${i},Name,nobody` : `Q${i % 10},Name,suspect`,
    ).join("\n");
    const folder = await writeDataset({ "persons.csv": `id,name,category\n${rows}\n` });
    const error = await loadDataset(folder, { errorCap: 10 }).catch((error: unknown) => error);
    expect(error).toBeInstanceOf(DatasetError);
    const { problems, total, message } = error as DatasetError;
    // 2500 bad categories and 2490 duplicate ids: ten of each kept, in the order they are reported.
    expect(problems).toHaveLength(20);
    expect(problems.map((problem) => problem.field)).toEqual([
      ...Array<string>(10).fill("category"),
      ...Array<string>(10).fill("id"),
    ]);
    expect(total).toBe(4990);
    expect(message.split("\n").slice(-2)).toEqual([
      'persons.csv:11: category: "nobody" is not one of suspect, smuggled_person, victim, witness, unknown',
      "and 4980 more",
    ]);
  });

  it("one bad row among thousands loads nothing", async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `P${i},Person ${i},suspect`);
    rows[3210] = "P3210,Person 3210,2024-13-01";
    const lines = await problemsOf({ "persons.csv": `id,name,category\n${rows.join("\n")}\n` });
    expect(lines).toEqual([
      'persons.csv:3212: category: "2024-13-01" is not one of suspect, smuggled_person, victim, witness, unknown',
    ]);
  });
});

describe("loadDataset normalises and keeps provenance", () => {
  it("keeps source, classification (default restricted), handling code, file and line", async () => {
    const folder = await writeDataset({
      "persons.csv":
        "id,name,source,classification,handling_code,shoe_size\nP1,  Ana  Petrova ,R-17,secret,NOFORN,42\nP2,Bob,,,,\n",
    });
    const dataset = await loadDataset(folder);
    expect(dataset.entities[0]).toMatchObject({
      fileName: "persons.csv",
      line: 2,
      values: {
        id: "P1",
        name: "Ana Petrova",
        source: "R-17",
        classification: "secret",
        handling_code: "NOFORN",
      },
      extra: { shoe_size: "42" },
    });
    expect(dataset.entities[1]!.values.classification).toBe("restricted");
    expect(dataset.notices).toContain(
      "persons.csv: columns shoe_size are not in the contract; kept as properties",
    );
  });

  it("reads a column named twice from its last cell, and extra columns in the header's order", async () => {
    const folder = await writeDataset({
      "persons.csv": "zeta,id,name,alpha,name,zeta\nz1,P1,Ana,a,Bo,z2\nz3,P2,Cy,,Di,\n",
    });
    const [first, second] = (await loadDataset(folder)).entities;
    expect(first!.values.name).toBe("Bo");
    expect(first!.extra).toEqual({ zeta: "z2", alpha: "a" });
    expect(Object.keys(first!.extra!)).toEqual(["zeta", "alpha"]);
    expect(second!.values.name).toBe("Di");
    expect(second!.extra).toBeUndefined();
  });

  it("keeps columns named like an object's own properties (constructor, toString) as extra columns", async () => {
    const folder = await writeDataset({
      "persons.csv": "id,name,constructor,toString\nP1,Ana,c1,t1\n",
      "phones.ndjson": '{"id":"PH1","number":"+441632960001","constructor":"c2"}\n',
    });
    const { entities } = await loadDataset(folder);
    expect(entities.find((e) => e.values.id === "P1")!.extra).toEqual({
      constructor: "c1",
      toString: "t1",
    });
    expect(entities.find((e) => e.values.id === "PH1")!.extra).toEqual({ constructor: "c2" });
  });

  it("normalises plates and names (NFC)", async () => {
    const decomposed = "Jose\u0301";
    const folder = await writeDataset({
      "persons.csv": `id,name\nP1,${decomposed}\n`,
      "vehicles.csv": "id,plate\nV1,ab-12 cd\n",
    });
    const dataset = await loadDataset(folder);
    expect(dataset.entities.find((r) => r.values.id === "P1")!.values.name).toBe("Jos\u00e9");
    expect(dataset.entities.find((r) => r.values.id === "V1")!.values.plate).toBe("AB12CD");
  });

  it("merges exact duplicate link rows with a notice", async () => {
    const folder = await writeDataset({
      "persons.csv": PERSONS_CSV,
      "associations.csv": "a_id,b_id,kind\nP1,P2,family\nP1,P2,family\n",
    });
    const dataset = await loadDataset(folder);
    expect(dataset.links).toHaveLength(1);
    expect(dataset.notices).toContain("associations.csv: 1 exact duplicate rows merged");
  });
});

describe("transfer ids", () => {
  it("a transfer id used twice for different transfers is an error", async () => {
    const transfers =
      "id,sender_id,receiver_id,amount,currency,date\nT1,P1,P2,100,EUR,2024-03-07\nT1,P2,P1,200,EUR,2024-03-08\nT2,P1,P2,5,EUR,2024-03-09\nT2,P1,P2,5,EUR,2024-03-09\n";
    expect(await problemsOf({ "persons.csv": PERSONS_CSV, "transfers.csv": transfers })).toEqual([
      'transfers.csv:3: id: duplicate transfer id "T1" (first at line 2)',
    ]);
  });
});
