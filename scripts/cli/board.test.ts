/**
 * `crosslink board` end to end on the demo world, through the real CLI:
 * roles (task force edits, analysts read, viewers nothing), a secret member
 * and note invisible to a restricted analyst, an audit line for every change,
 * the approved set simulated exactly as `crosslink disrupt --ids` removes it,
 * and a board that survives a re-import and shows what changed.
 */
import { cp, mkdtemp, readFile, appendFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { crosslinkCli } from "./test-cli.ts";

const DEMO = new URL("../../fixtures/demo/", import.meta.url).pathname;
const { run, succeed } = crosslinkCli();

// P000056 confidential, P000160 unclassified, P000113 secret (fixtures/demo/persons.csv).
const [LEADER, BROKER, SECRET_PERSON] = ["P000056", "P000160", "P000113"];

describe("crosslink board", () => {
  let dataDir: string;
  let demo: string;
  const as = (user: string) => ["--as", user, "--data-dir", dataDir];
  const auditLines = async () =>
    (await readFile(join(dataDir, "audit.jsonl"), "utf8"))
      .trim()
      .split("\n")
      .map(
        (line) =>
          JSON.parse(line) as { user: string; action: string; route: string; ids?: string[] },
      );

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "crosslink-board-"));
    demo = join(await mkdtemp(join(tmpdir(), "crosslink-board-demo-")), "demo");
    await cp(DEMO, demo, { recursive: true });
    succeed("import", demo, "--data-dir", dataDir);
    const users: [string, string, string][] = [
      ["chief", "taskforce", "secret"],
      ["rita", "analyst", "restricted"],
      ["front", "viewer", "secret"],
    ];
    for (const [name, role, clearance] of users) {
      succeed("user", "add", name, "--role", role, "--clearance", clearance, "--data-dir", dataDir);
    }
    succeed("board", "create", "dune", "--title", "Operation Dune", ...as("chief"));
    succeed("board", "add", "dune", LEADER, BROKER, "--status", "nominated", ...as("chief"));
    succeed(
      ...["board", "add", "dune", SECRET_PERSON, "--note", "ZEBRA reports him in Zuwara"],
      ...["--classification", "secret", "--handling-code", "UK-EYES-ONLY", ...as("chief")],
    );
    succeed(
      "board",
      "set",
      "dune",
      LEADER,
      "--status",
      "approved",
      "--rationale",
      "leads the ring",
      ...as("chief"),
    );
    succeed(
      "board",
      "set",
      "dune",
      BROKER,
      "--status",
      "approved",
      "--rationale",
      "moves the money",
      ...as("chief"),
    );
  }, 300_000);

  it("lets the task force edit, analysts read and viewers nothing, each change an audit line", async () => {
    const refusedAdd = run("board", "add", "dune", BROKER, ...as("rita"));
    expect(refusedAdd.status).toBe(1);
    expect(refusedAdd.stderr).toContain("rita (role analyst) may not add boards: needs taskforce");
    const refusedShow = run("board", "show", "dune", ...as("front"));
    expect(refusedShow.status).toBe(1);
    expect(refusedShow.stderr).toContain("needs analyst");
    const lines = await auditLines();
    const changes = lines.filter((line) => line.action === "change");
    expect(changes.map((line) => line.route)).toEqual([
      "cli board create",
      "cli board add",
      "cli board add",
      "cli board set",
      "cli board set",
    ]);
    expect(changes.every((line) => line.user === "chief")).toBe(true);
    expect(changes[1]!.ids).toEqual([LEADER, BROKER]);
    expect(
      lines.filter((line) => line.action === "refused").map((line) => [line.user, line.route]),
    ).toEqual([
      ["rita", "cli board add"],
      ["front", "cli board show"],
    ]);
  });

  it("hides from a reader what is above their clearance: members, notes, reviews", () => {
    const chief = JSON.parse(succeed("board", "show", "dune", "--format", "json", ...as("chief")));
    expect(
      chief.members.map((m: { person: string; status: string }) => [m.person, m.status]),
    ).toEqual([
      [LEADER, "approved"],
      [BROKER, "approved"],
      [SECRET_PERSON, "candidate"],
    ]);
    expect(chief.notes[0]).toMatchObject({
      text: "ZEBRA reports him in Zuwara",
      handling_code: "UK-EYES-ONLY",
    });
    expect(chief.members[0].rationale).toBe("leads the ring");

    const rita = succeed("board", "show", "dune", "--format", "json", ...as("rita"));
    for (const hidden of [LEADER, SECRET_PERSON, "ZEBRA", "UK-EYES-ONLY", "leads the ring"]) {
      expect(rita, hidden).not.toContain(hidden);
    }
    expect(JSON.parse(rita).members.map((m: { person: string }) => m.person)).toEqual([BROKER]);
    const table = succeed("board", "show", "dune", ...as("rita"));
    expect(table).toContain(BROKER);
    expect(table).not.toContain(SECRET_PERSON);
  });

  it("simulates the approved set exactly as crosslink disrupt removes those ids", async () => {
    const simulation = JSON.parse(
      succeed("board", "simulate", "dune", "--format", "json", ...as("chief")),
    );
    const json = join(dataDir, "..", `disrupt-${Date.now()}.json`);
    succeed("disrupt", "--ids", `${LEADER},${BROKER}`, "--json", json, "--data-dir", dataDir);
    const disrupt = JSON.parse(await readFile(json, "utf8"));
    expect(simulation.chosen.ids).toEqual([LEADER, BROKER]);
    expect(simulation.chosen.curve).toEqual(disrupt);
    expect(simulation.best.ids).toHaveLength(2);
    expect(simulation.best.fragmentation).toBeGreaterThanOrEqual(simulation.chosen.fragmentation);
    for (const swap of simulation.swaps) {
      expect(swap.fragmentation).toBeGreaterThan(simulation.chosen.fragmentation);
    }
    const out = join(dataDir, "..", `briefing-${Date.now()}`);
    succeed("board", "briefing", "dune", "--out", out, ...as("chief"));
    const html = await readFile(join(out, "briefing.html"), "utf8");
    expect(html).toContain("leads the ring");
    expect(html).toContain("ZEBRA reports him in Zuwara");
    expect(
      JSON.parse(await readFile(join(out, "briefing.json"), "utf8")).simulation.chosen,
    ).toEqual(simulation.chosen);
    // Who is removed is named, as the demo's persons.csv names them.
    expect(simulation.names).toMatchObject({
      P000056: "Francisco Moreno",
      P000160: "Ali Reza Ahmadi",
    });
    for (const id of simulation.best.ids) expect(simulation.names[id]).toBeTruthy();
    const table = succeed("board", "simulate", "dune", ...as("chief"));
    expect(table).toContain("chosen set: Francisco Moreno (P000056), Ali Reza Ahmadi (P000160)");
    expect(table).toContain("best set of 2:");
  });

  it("keeps the board through a re-import and shows each member's new money and cases", async () => {
    await appendFile(
      join(demo, "transfers.csv"),
      `T900001,P000001,${BROKER},4500,EUR,2025-07-01,hawala,TEST,unclassified,\n`,
    );
    await appendFile(
      join(demo, "cases.csv"),
      "C900001,drug_trafficking,Operation Frost,2025-07-02,,,TEST,unclassified,\n",
    );
    await appendFile(
      join(demo, "case_involvement.csv"),
      `${BROKER},C900001,suspect,TEST,unclassified,\n`,
    );
    succeed("import", demo, "--data-dir", dataDir);
    const after = JSON.parse(succeed("board", "show", "dune", "--format", "json", ...as("chief")));
    const broker = after.members.find((m: { person: string }) => m.person === BROKER);
    expect(broker.status).toBe("approved");
    expect(broker.changes).toMatchObject({
      newTransfers: ["T900001"],
      newMoney: { received: { EUR: 4500 } },
      newCases: ["C900001"],
      changed: true,
    });
    expect(broker.changes.newCrimeLinks).toContain("drug_trafficking@0");
    const leader = after.members.find((m: { person: string }) => m.person === LEADER);
    expect(leader.changes.newCases).toEqual([]);
    expect(succeed("board", "show", "dune", ...as("chief"))).toMatch(
      /\+1 transfer \(EUR 4500 in\), \+1 case/,
    );
  });
});
