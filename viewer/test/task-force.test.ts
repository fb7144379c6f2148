/**
 * The task force's screens in real Chromium against the real server on a
 * generated world (1,500 persons, seed 11): the targets table with network,
 * crime types in words and roles per row, its filters and sorting, and the
 * CSV of what it shows (marked, in the order shown). Screenshots at
 * 1600x1000 and 1280x720 go to test-artifacts/viewer/.
 */
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CRIME_TYPE_LABELS } from "../../engine/model/labels.ts";
import type { CrimeType } from "../../engine/model/vocabulary.ts";
import type { TargetEntry } from "../src/api/types.ts";
import type { HookWindow } from "../src/hook.ts";
import { chromiumOrSkip, launchChromium } from "./chromium.ts";
import { apiAs, openAs, settled, shootBoth } from "./page.ts";
import { serveWorld, type TestUser, type WorldServer } from "./serve-world.ts";

const enabled = chromiumOrSkip();
const USERS: TestUser[] = [{ name: "taskforce", role: "taskforce", clearance: "secret" }];

describe.runIf(enabled)("the task force's screens in Chromium", { timeout: 180_000 }, () => {
  let server: WorldServer;
  let browser: BrowserContext;
  let page: Page;
  let targets: TargetEntry[];
  const pageErrors: string[] = [];

  /** The rows the table shows, top to bottom. */
  const rows = () =>
    page.$$eval("#target-list tbody tr[data-id]", (trs) =>
      trs.map((tr) => ({
        id: tr.getAttribute("data-id")!,
        rank: Number(tr.querySelector(".col-rank")!.textContent),
        name: tr.querySelector(".col-name")!.textContent!,
        network: tr.querySelector(".col-network")!.textContent!,
        crimes: tr.querySelector(".col-crimes")!.textContent!,
        role: tr.querySelector(".col-role")!.textContent!,
        score: Number(tr.querySelector(".col-score")!.textContent),
      })),
    );

  beforeAll(async () => {
    server = await serveWorld({ persons: 1500, seed: 11 }, USERS);
    browser = await launchChromium({ width: 1600, height: 1000 });
    targets = (
      await apiAs(
        server.url,
        server.tokens.taskforce!,
      )<{ targets: TargetEntry[] }>("/targets?limit=1000")
    ).targets;
    page = await openAs(browser, server, "taskforce", pageErrors);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("lists every target with rank, name, network, crime types in words, role and score", async () => {
    await page.click("#target-wide");
    const shown = await rows();
    expect(shown.map((row) => row.id)).toEqual(targets.map((target) => target.id));
    for (const [i, row] of shown.entries()) {
      const target = targets[i]!;
      expect(row.rank).toBe(target.rank);
      expect(row.network).toBe(target.network);
      expect(row.network).not.toMatch(/^community \d+$/);
      expect(row.crimes).not.toContain("_");
      for (const crime of target.crimeTypes)
        expect(row.crimes).toContain(CRIME_TYPE_LABELS[crime as CrimeType]);
      for (const role of target.roles) expect(row.role).toContain(role);
    }
    // Roles come from the records and the analysis: some targets have them.
    expect(shown.filter((row) => row.role !== "—").length).toBeGreaterThan(targets.length / 4);
    await shootBoth(page, "60-targets-table");
  });

  it("filters by crime type, network, role, rank and score, and sorts by any column", async () => {
    const expectShown = async (keep: (target: TargetEntry) => boolean) => {
      const expected = targets.filter(keep).map((target) => target.id);
      expect(expected.length).toBeGreaterThan(0);
      expect((await rows()).map((row) => row.id)).toEqual(expected);
      expect(await page.locator("#target-count").textContent()).toBe(
        `${expected.length} of ${targets.length} targets shown`,
      );
    };
    await page.selectOption("#target-crime", "drug_trafficking");
    await expectShown((target) => target.crimeTypes.includes("drug_trafficking"));
    expect((await rows()).length).toBeLessThan(targets.length);
    await page.selectOption("#target-crime", "");
    const network = targets[0]!.community;
    await page.selectOption("#target-network", String(network));
    await expectShown((target) => target.community === network);
    await page.selectOption("#target-network", "");
    const role = targets.flatMap((target) => target.roles)[0]!;
    await page.selectOption("#target-role", role);
    await expectShown((target) => target.roles.includes(role));
    await page.selectOption("#target-role", "");
    await page.fill("#target-max-rank", "10");
    await page.dispatchEvent("#target-max-rank", "change");
    await expectShown((target) => target.rank <= 10);
    await page.fill("#target-max-rank", "");
    await page.dispatchEvent("#target-max-rank", "change");
    const median = [...targets].sort((a, b) => a.score - b.score)[targets.length >> 1]!.score;
    await page.fill("#target-min-score", String(median));
    await page.dispatchEvent("#target-min-score", "change");
    await expectShown((target) => target.score >= median);
    await page.fill("#target-min-score", "");
    await page.dispatchEvent("#target-min-score", "change");
    // Sorting: by name, then by network descending (two clicks).
    await page.click("button[data-sort=name]");
    const byName = (await rows()).map((row) => row.name);
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, "en")));
    expect(await page.getAttribute("th.col-name", "aria-sort")).toBe("ascending");
    await page.click("button[data-sort=network]");
    await page.click("button[data-sort=network]");
    const byNetwork = (await rows()).map((row) => row.network);
    expect(byNetwork).toEqual([...byNetwork].sort((a, b) => b.localeCompare(a, "en")));
  });

  it("exports what it shows as CSV, in the order shown, marked first and last", async () => {
    await page.selectOption("#target-crime", "migrant_smuggling");
    const shown = (await rows()).map((row) => row.id);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click("#target-csv"),
    ]);
    expect(download.suggestedFilename()).toBe("targets.csv");
    const text = await readFile((await download.path())!, "utf8");
    const lines = parse(text, { relax_column_count: true }) as string[][];
    const [marking, header, ...rest] = lines;
    expect(lines.at(-1)).toEqual(marking);
    expect(marking![0]).toMatch(/^(SECRET|CONFIDENTIAL|RESTRICTED|UNCLASSIFIED)\b/);
    expect(header).toContain("classification");
    expect(header).toContain("handling_code");
    expect(rest.slice(0, -1).map((row) => row[header!.indexOf("id")])).toEqual(shown);
    await page.selectOption("#target-crime", "");
  });

  it("shows a target's network from its row and the person from its name", async () => {
    const target = targets[0]!;
    await page.click(`#target-list tr[data-id="${target.id}"] button.network`);
    // The table gives the canvas back and the network is shown (drilled into or filtered to).
    expect(await page.getAttribute("#target-wide", "aria-pressed")).toBe("false");
    await settled(page);
    const shown = await page.evaluate(() => {
      const { workspace } = (window as unknown as HookWindow).__crosslink;
      return { level: workspace.level, communities: [...workspace.state.filters.communities] };
    });
    expect(
      shown.level === "community" || shown.communities.includes(String(target.community)),
    ).toBe(true);
    await page.click(`#target-list tr[data-id="${target.id}"] button.name`);
    await page.waitForSelector(`#details[data-id="${target.id}"]`);
    await page.waitForSelector("#target-list .target-reasons li");
    await settled(page);
    await shootBoth(page, "61-target-shown");
    expect(pageErrors).toEqual([]);
  });
});
