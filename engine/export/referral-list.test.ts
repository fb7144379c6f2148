import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { generateWorld, type GroundTruth } from "../../fixtures/generator/index.ts";
import { clearanceView } from "../access/index.ts";
import { analyzeWithNetwork, type NetworkAnalysis } from "../analytics/index.ts";
import { loadDataset, toEntityGraph } from "../ingest/index.ts";
import { classificationRank, type EntityGraph } from "../model/index.ts";
import { MemoryStore } from "../store/index.ts";
import { REFERRAL_COLUMNS, referralCsv, referralList, type ReferralRow } from "./index.ts";
import { tiesByActor } from "./person-ties.ts";

describe("the referral list of a generated world", () => {
  let truth: GroundTruth;
  let graph: EntityGraph;
  let store: MemoryStore;
  /** [person id, account id] of every online_usage row the generator wrote. */
  let usage: string[][];
  let all: { analysed: NetworkAnalysis; rows: ReferralRow[] };

  beforeAll(async () => {
    const root = await mkdtemp(join(tmpdir(), "crosslink-referrals-"));
    const world = await generateWorld({ persons: 1000, seed: 5, out: join(root, "world") });
    truth = JSON.parse(await readFile(world.truthFile, "utf8")) as GroundTruth;
    usage = (
      parse(await readFile(join(world.out, "online_usage.csv")), { columns: true }) as Record<
        string,
        string
      >[]
    ).map((row) => [row.person_id!, row.account_id!]);
    graph = toEntityGraph(await loadDataset(world.out));
    store = await MemoryStore.open(join(root, "data"));
    await store.importGraph(graph);
    const analysed = analyzeWithNetwork(graph);
    all = {
      analysed,
      rows: await referralList({ ...analysed, store, caller: { clearance: "secret" } }),
    };
  }, 120_000);

  it("names every account a planted recruiter uses, with the recruiter and the recruiter's network", () => {
    const byAccount = new Map(all.rows.map((row) => [row.account, row]));
    const community = new Map(all.analysed.analysis.persons.map((p) => [p.id, p.community]));
    let checked = 0;
    for (const network of truth.networks) {
      // The network as found: the community holding most of the planted members.
      const votes = new Map<number, number>();
      for (const member of network.members) {
        const c = community.get(member.id)!;
        votes.set(c, (votes.get(c) ?? 0) + 1);
      }
      const found = [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
      const recruiters = new Set(
        network.members.filter((m) => m.role === "recruiter").map((m) => m.id),
      );
      for (const [person, account] of usage) {
        if (!recruiters.has(person!)) continue;
        const row = byAccount.get(account!);
        expect(row, `${account} of recruiter ${person}`).toBeDefined();
        expect(row!.users.map((user) => user.id)).toContain(person);
        expect(row!.network.community, `${account} of ${network.id}`).toBe(found);
        expect(row!.network.dominantCrime).toBe("migrant_smuggling");
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it("counts as reach the smuggled persons the users are tied to in the person network", () => {
    const smuggled = new Set(truth.smuggledPersons);
    const ties = tiesByActor(all.analysed.network);
    for (const row of all.rows) {
      const reached = new Set<string>();
      for (const user of row.users) {
        const others = (ties.get(user.id) ?? []).map((tie) =>
          tie.source === user.id ? tie.target : tie.source,
        );
        const own = others.filter((other) => smuggled.has(other));
        expect(user.recruitingReach, user.id).toBe(own.length);
        for (const other of own) reached.add(other);
      }
      expect(row.recruitingReach, row.account).toBe(reached.size);
      expect(row.recruitingShare).toBeLessThanOrEqual(1);
    }
    expect(all.rows.filter((row) => row.recruitingReach > 0).length).toBeGreaterThan(10);
    const network = all.rows.filter((r) => r.network.community === all.rows[0]!.network.community);
    expect(network.map((r) => r.networkRank)).toEqual(network.map((_, i) => i + 1));
    for (let i = 1; i < network.length; i++) {
      expect(network[i]!.recruitingReach).toBeLessThanOrEqual(network[i - 1]!.recruitingReach);
    }
  });

  it("marks each row with the highest classification and every handling code of its records", () => {
    for (const row of all.rows) {
      const top = Math.max(...row.evidence.map((item) => classificationRank(item.classification)));
      expect(classificationRank(row.classification)).toBe(top);
      const codes = new Set(row.evidence.flatMap((item) => item.handling_code ?? []));
      expect(row.handlingCodes).toEqual([...codes].sort());
      expect(row.evidence.map((item) => item.id)).toContain(row.account);
    }
    expect(all.rows.some((row) => row.classification === "secret")).toBe(true);
  });

  it("shows a restricted user no secret or confidential account, usage or user", async () => {
    const view = clearanceView(graph, "restricted");
    const rows = await referralList({
      ...analyzeWithNetwork(view),
      store,
      caller: { clearance: "restricted" },
    });
    const hidden = new Set([...truth.classified.secret.ids, ...truth.classified.confidential.ids]);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(classificationRank(row.classification)).toBeLessThanOrEqual(
        classificationRank("restricted"),
      );
      for (const item of row.evidence) expect(hidden.has(item.id), item.id).toBe(false);
    }
    const secretAccounts = all.rows.filter((row) =>
      truth.classified.secret.ids.includes(row.account),
    );
    expect(secretAccounts.length).toBeGreaterThan(0);
  });

  it("writes one CSV row per account with the same fields", () => {
    const parsed = parse(referralCsv(all.rows), { columns: true }) as Record<string, string>[];
    expect(Object.keys(parsed[0]!)).toEqual([...REFERRAL_COLUMNS]);
    expect(parsed.map((row) => row.account)).toEqual(all.rows.map((row) => row.account));
    expect(parsed[0]!.users).toBe(all.rows[0]!.users.map((user) => user.id).join(";"));
    expect(parsed[0]!.handling_codes).toBe(all.rows[0]!.handlingCodes.join(";"));
  });
});
