/**
 * The task force's screens in real Chromium against the real server on a
 * generated world (1,500 persons, seed 11): the targets table with network,
 * crime types in words and roles per row, its filters and sorting, and the
 * CSV of what it shows (marked, in the order shown); shortest paths read as
 * steps between persons with their phones and vehicles folded in (and
 * unfolded on demand), the evidence of each step and the other shortest
 * paths; the disruption naming whom it removes, in order, with the
 * strategies compared on one chart in percent. Screenshots at
 * 1600x1000 and 1280x720 go to test-artifacts/viewer/.
 */
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CRIME_TYPE_LABELS } from "../../engine/model/labels.ts";
import type { CrimeType } from "../../engine/model/vocabulary.ts";
import type { DisruptionResult, PathsResult, TargetEntry, TargetsPage } from "../src/api/types.ts";
import { TARGET_PAGE } from "../src/panels/targets/targets-panel.ts";
import type { HookWindow } from "../src/hook.ts";
import { chromiumOrSkip, launchChromium } from "./chromium.ts";
import { FOLDED_TYPES, foldPath, stepNodes } from "../src/panels/path/collapse.ts";
import {
  apiAs,
  covers,
  openAs,
  screenLayout,
  searchAndChoose,
  settled,
  shootBoth,
} from "./page.ts";
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
    // Every ranked person, page by page, as the API lists them.
    const api = apiAs(server.url, server.tokens.taskforce!);
    targets = [];
    for (let total = Infinity; targets.length < total;) {
      const page = await api<TargetsPage>(`/targets?limit=1000&offset=${targets.length}`);
      targets.push(...page.targets);
      total = page.total;
    }
    page = await openAs(browser, server, "taskforce", pageErrors);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("lists every ranked person, page by page, with rank, name, network, crime types in words, role and score", async () => {
    // Every eligible person, not the analysis's explained top 50 only.
    expect(targets.length).toBeGreaterThan(2 * TARGET_PAGE);
    expect(targets.map((target) => target.rank)).toEqual(targets.map((_, i) => i + 1));
    await page.click("#target-wide");
    expect(await page.locator("#target-count").textContent()).toBe(
      `${targets.length.toLocaleString("en")} of ${targets.length.toLocaleString("en")} targets shown`,
    );
    const shown = await rows();
    expect(shown.map((row) => row.id)).toEqual(
      targets.slice(0, TARGET_PAGE).map((target) => target.id),
    );
    await page.click("#target-next");
    await page.waitForSelector(`#target-list tr[data-id="${targets[TARGET_PAGE]!.id}"]`);
    expect((await rows()).map((row) => row.id)).toEqual(
      targets.slice(TARGET_PAGE, 2 * TARGET_PAGE).map((target) => target.id),
    );
    expect(await page.locator("#target-page").textContent()).toBe(
      `${TARGET_PAGE + 1}–${2 * TARGET_PAGE} of ${targets.length.toLocaleString("en")}`,
    );
    await page.click("#target-previous");
    await page.waitForSelector(`#target-list tr[data-id="${targets[0]!.id}"]`);
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
    expect(shown.filter((row) => row.role !== "—").length).toBeGreaterThan(TARGET_PAGE / 10);
    await shootBoth(page, "60-targets-table");
  });

  it("filters by crime type, network, role, rank and score, and sorts by any column", async () => {
    const count = (n: number) =>
      `${n.toLocaleString("en")} of ${targets.length.toLocaleString("en")} targets shown`;
    // The first page of what the filter keeps, in rank order, and how many it keeps in all.
    const expectShown = async (keep: (target: TargetEntry) => boolean) => {
      const expected = targets.filter(keep).map((target) => target.id);
      expect(expected.length).toBeGreaterThan(0);
      await page.waitForFunction(
        (text) => document.getElementById("target-count")?.textContent === text,
        count(expected.length),
      );
      expect((await rows()).map((row) => row.id)).toEqual(expected.slice(0, TARGET_PAGE));
    };
    const unfiltered = () =>
      page.waitForFunction(
        (text) => document.getElementById("target-count")?.textContent === text,
        count(targets.length),
      );
    await page.selectOption("#target-crime", "drug_trafficking");
    await expectShown((target) => target.crimeTypes.includes("drug_trafficking"));
    expect((await rows()).length).toBeLessThan(targets.length);
    await page.selectOption("#target-crime", "");
    await unfiltered();
    const network = targets[0]!.community;
    await page.selectOption("#target-network", String(network));
    await expectShown((target) => target.community === network);
    await page.selectOption("#target-network", "");
    await unfiltered();
    const role = targets.flatMap((target) => target.roles)[0]!;
    await page.selectOption("#target-role", role);
    await expectShown((target) => target.roles.includes(role));
    await page.selectOption("#target-role", "");
    await unfiltered();
    await page.fill("#target-max-rank", "10");
    await page.dispatchEvent("#target-max-rank", "change");
    await expectShown((target) => target.rank <= 10);
    await page.fill("#target-max-rank", "");
    await page.dispatchEvent("#target-max-rank", "change");
    await unfiltered();
    const median = [...targets].sort((a, b) => a.score - b.score)[targets.length >> 1]!.score;
    await page.fill("#target-min-score", String(median));
    await page.dispatchEvent("#target-min-score", "change");
    await expectShown((target) => target.score >= median);
    await page.fill("#target-min-score", "");
    await page.dispatchEvent("#target-min-score", "change");
    await unfiltered();
    // Sorting: by name, then by network descending (two clicks).
    // The server sorts all of them: the first page is the first of the whole list sorted.
    await page.click("button[data-sort=name]");
    await page.waitForSelector('th.col-name[aria-sort="ascending"]');
    const byName = (await rows()).map((row) => row.id);
    expect(byName).toEqual(
      [...targets]
        .sort((a, b) => a.label.localeCompare(b.label, "en") || a.rank - b.rank)
        .slice(0, TARGET_PAGE)
        .map((target) => target.id),
    );
    await page.click("button[data-sort=network]");
    await page.click("button[data-sort=network]");
    await page.waitForSelector('th.col-network[aria-sort="descending"]');
    const byNetwork = (await rows()).map((row) => row.network);
    expect(byNetwork).toEqual([...byNetwork].sort((a, b) => b.localeCompare(a, "en")));
    expect(byNetwork[0]).toBe(
      [...targets].sort((a, b) => b.network.localeCompare(a.network, "en"))[0]!.network,
    );
  });

  it("exports everything the filters keep as CSV, in the order shown, marked first and last", async () => {
    // Score from the median, by name: more rows than a page, in an order the server chose.
    const median = [...targets].sort((a, b) => a.score - b.score)[targets.length >> 1]!.score;
    await page.fill("#target-min-score", String(median));
    await page.dispatchEvent("#target-min-score", "change");
    await page.click("button[data-sort=name]");
    await page.waitForSelector('th.col-name[aria-sort="ascending"]');
    const kept = targets
      .filter((target) => target.score >= median)
      .sort((a, b) => a.label.localeCompare(b.label, "en") || a.rank - b.rank);
    await page.waitForFunction(
      (text) => document.getElementById("target-count")?.textContent?.startsWith(text),
      `${kept.length.toLocaleString("en")} of`,
    );
    // Every page of them, not only the one in view.
    expect(kept.length).toBeGreaterThan(TARGET_PAGE);
    const shown = kept.map((target) => target.id);
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
    await page.fill("#target-min-score", "");
    await page.dispatchEvent("#target-min-score", "change");
    await page.click("button[data-sort=rank]");
    await page.waitForSelector('th.col-rank[aria-sort="ascending"]');
    await page.waitForSelector(`#target-list tr[data-id="${targets[0]!.id}"]`);
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

  it("reads a shortest path as steps between persons, with the evidence of each and the other paths", async () => {
    const api = apiAs(server.url, server.tokens.taskforce!);
    // Two planted persons whose shortest paths run through phones or vehicles, and more than one.
    const persons = [
      ...server.truth.bridges.map((bridge) => bridge.id),
      ...server.truth.organisers,
    ];
    let found: { from: string; to: string; result: PathsResult } | undefined;
    const typeIn = (result: PathsResult) => (id: string) =>
      String(result.graph.nodes.find((node) => node.key === id)?.attributes?.type ?? "");
    search: for (const from of persons) {
      for (const to of persons) {
        if (from === to) continue;
        const result = await api<PathsResult>(`/paths?from=${from}&to=${to}&limit=10`);
        const path = result.paths[0];
        if (result.count > 1 && path?.some((id) => FOLDED_TYPES.has(typeIn(result)(id)))) {
          found = { from, to, result };
          break search;
        }
      }
    }
    expect(found).toBeDefined();
    const { from, to, result } = found!;
    const label = (id: string) =>
      String(result.graph.nodes.find((node) => node.key === id)!.attributes!.label);
    await page.click("#target-wide");
    await page.click("#target-wide");
    await searchAndChoose(page, label(from), from);
    await searchAndChoose(page, label(to), to, true);
    await page.click("#path-find");
    await page.waitForSelector("#path-steps li");
    await settled(page);
    const steps = foldPath(result.paths[0]!, typeIn(result));
    const raw = result.paths[0]!;
    expect(steps.length).toBeLessThan(raw.length - 1);
    expect(await page.locator("#path-steps > li").count()).toBe(steps.length);
    const folded = raw.filter((id) => FOLDED_TYPES.has(typeIn(result)(id)));
    const pathNodes = () =>
      page.evaluate(() => [
        ...(window as unknown as HookWindow).__crosslink.workspace.state.path.nodes,
      ]);
    // Folded: the phones and vehicles are not on the drawn path, and each step names them as "via".
    expect(new Set(await pathNodes())).toEqual(new Set(stepNodes(steps)));
    expect(await page.locator("#path-steps .via").count()).toBeGreaterThan(0);
    for (const id of folded)
      expect(await page.locator("#path-steps strong").allTextContents()).not.toContain(label(id));
    // Every step says what ties its ends, in words and dates, once its evidence is read.
    await page.waitForFunction(() =>
      [...document.querySelectorAll("#path-steps .evidence-line")].every(
        (line) => line.textContent !== "…",
      ),
    );
    const lines = await page.locator("#path-steps .evidence-line").allTextContents();
    for (const line of lines) expect(line).toMatch(/\d+ [a-z]/);
    expect(lines.some((line) => /\d{4}-\d{2}-\d{2}/.test(line))).toBe(true);
    // The status counts them all; the others are listed and drawn when chosen.
    expect(await page.locator("#path-status").textContent()).toContain(
      `${result.count} shortest paths in all`,
    );
    expect(await page.locator("#path-alternatives li").count()).toBe(result.paths.length);
    // The camera frames the path itself, clear of the legend and the timeline, every step labelled.
    const view = await screenLayout(page);
    const onPath = new Set(stepNodes(steps));
    const drawn = view.nodes.filter((node) => onPath.has(node.key));
    expect(drawn.map((node) => node.key).sort()).toEqual([...onPath].sort());
    expect(new Set(view.labels.map((label) => label.node))).toEqual(onPath);
    for (const node of drawn) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.x).toBeLessThanOrEqual(view.width);
      expect(node.y).toBeGreaterThanOrEqual(0);
      expect(node.y).toBeLessThanOrEqual(view.height);
      for (const overlay of view.overlays) expect(covers(overlay, node)).toBe(false);
    }
    const xs = drawn.map((node) => node.x);
    const ys = drawn.map((node) => node.y);
    const spread = Math.max(
      (Math.max(...xs) - Math.min(...xs)) / view.width,
      (Math.max(...ys) - Math.min(...ys)) / view.height,
    );
    expect(spread).toBeGreaterThan(0.3);
    await shootBoth(page, "70-path-folded");
    // Unfolded: the phones and vehicles are back on the path.
    await page.click("#path-unfold");
    expect(new Set(await pathNodes())).toEqual(new Set(raw));
    await shootBoth(page, "71-path-unfolded");
    await page.click("#path-unfold");
    const second = result.paths[1]!;
    await page.click('#path-alternatives button[data-key="path-1"]');
    expect(new Set(await pathNodes())).toEqual(
      new Set(stepNodes(foldPath(second, typeIn(result)))),
    );
    expect(
      await page.getAttribute('#path-alternatives button[data-key="path-1"]', "aria-pressed"),
    ).toBe("true");
  });

  it("names whom a disruption removes, in order, and compares the strategies on one chart in percent", async () => {
    const api = apiAs(server.url, server.tokens.taskforce!);
    // The whole network again (a test before showed one network only).
    const showAll = page.locator("#filters button", { hasText: "show all" });
    if ((await showAll.count()) > 0) await showAll.click();
    await page.selectOption("#disruption-strategy", "target-score");
    await page.fill("#disruption-k", "5");
    await page.click("#disruption-run");
    await page.waitForSelector("#disruption-removed li");
    const response = await fetch(`${server.url}/api/disruption`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${server.tokens.taskforce}`,
        "content-type": "application/json",
      },
      body: JSON.stringify({ strategy: "target-score", steps: 5 }),
    });
    const expected = ((await response.json()) as DisruptionResult).steps.flatMap(
      (step) => step.removed,
    );
    const listed = await page.$$eval("#disruption-removed li", (items) =>
      items.map((item) => ({
        id: item.getAttribute("data-id")!,
        name: item.querySelector("button")!.textContent!,
      })),
    );
    expect(listed.map((item) => item.id)).toEqual(expected);
    for (const item of listed) {
      const detail = await api<{ label: string }>(`/entities/${item.id}`);
      // A namesake's name carries what tells them apart, as on the canvas.
      expect(item.name.startsWith(detail.label)).toBe(true);
    }
    // The removed keep their labels on the canvas.
    const drawn = await page.evaluate(
      (ids) =>
        ids.map((id) => {
          const data = (window as unknown as HookWindow).__crosslink.renderer.getNodeDisplayData(
            id,
          );
          return { label: data?.label, forced: data?.forceLabel };
        }),
      expected,
    );
    for (const [i, data] of drawn.entries()) {
      expect(data.label).toBe(listed[i]!.name);
      expect(data.forced).toBe(true);
    }
    // One chart: a curve per strategy, in percent from 100 down, with a legend.
    const curves = await page.$$eval("#disruption-result svg polyline.curve", (lines) =>
      lines.map((line) => line.getAttribute("data-series")),
    );
    // The selection (the two ends of the path above) is compared too.
    expect(curves).toEqual(["top k by target score", "top k by degree", "the selected nodes"]);
    const ticks = await page.$$eval("#disruption-result svg text", (texts) =>
      texts.map((text) => text.textContent),
    );
    expect(ticks).toContain("100%");
    // The axis shows the change: no two ticks read alike, however small the change.
    const percents = ticks.filter((tick) => tick?.endsWith("%"));
    expect(new Set(percents).size).toBe(percents.length);
    expect(ticks).toContain("top k by degree");
    await shootBoth(page, "72-disruption-compared");
    expect(pageErrors).toEqual([]);
  });
});
