/**
 * The task force's board workflow in real Chromium against the real server on
 * the demo world: nominate two targets from the targets panel, approve them
 * with a rationale on the board screen, simulate the approved set (beside the
 * best set of its size) and download the briefing, whose marking and
 * decisions the server wrote. Screenshots go to test-artifacts/viewer/.
 */
import { readFile } from "node:fs/promises";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumOrSkip, launchChromium } from "./chromium.ts";
import { collectErrors, shootBoth, signIn } from "./page.ts";
import { serveDemo, TEST_USER, type DemoServer } from "./serve-demo.ts";

const enabled = chromiumOrSkip();

describe.runIf(enabled)("the board workflow in Chromium", { timeout: 180_000 }, () => {
  let server: DemoServer;
  let browser: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await serveDemo();
    browser = await launchChromium({ width: 1600, height: 1000 });
    page = await browser.newPage();
    collectErrors(page, pageErrors);
    await signIn(page, server.url, TEST_USER.name, server.token);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("nominates from the targets panel, approves with a rationale, simulates, exports the briefing", async () => {
    await page.click("#target-wide");
    const ids = await page.$$eval("#target-list tbody tr[data-id]", (trs) =>
      trs.slice(0, 2).map((tr) => tr.getAttribute("data-id")!),
    );
    for (const [i, id] of ids.entries()) {
      await page.click(`#target-list tr[data-id="${id}"] button.row-action:text("Nominate")`);
      await page.waitForSelector(`#board-summary:has-text("${i + 1} member")`);
    }
    await page.click("#target-wide");
    await page.click("#board-open");
    for (const id of ids) {
      const row = `#board-members tr[data-id="${id}"]`;
      expect(await page.textContent(`${row} .board-member-status`)).toBe("nominated");
      await page.click(`${row} button.member-open`);
      await page.waitForSelector(`#board-member .member-pane[data-id="${id}"]`);
      await page.selectOption("#board-member select.board-choice", "approved");
      await page.fill("#board-member textarea.board-rationale", `approved in the browser: ${id}`);
      await page.click("#board-member button.board-decide");
      await page.waitForFunction(
        (selector) => document.querySelector(selector)?.textContent === "approved",
        `${row} .board-member-status`,
      );
    }
    await page.click("#board-simulate");
    await page.waitForSelector("#board-simulation p");
    // The chart: the approved set's curve beside the best set's.
    expect(await page.locator("#board-simulation svg polyline.curve").count()).toBe(2);
    const simulation = await page.textContent("#board-simulation");
    // Each removed person named, then their id.
    expect(simulation).toMatch(
      new RegExp(`Approved set: ${ids.map((id) => `\\p{L}[^(]* \\(${id}\\)`).join(", ")}`, "u"),
    );
    expect(simulation).toContain("Best set of 2");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click("#board-briefing"),
    ]);
    expect(download.suggestedFilename()).toBe("briefing-operation.html");
    const html = await readFile((await download.path())!, "utf8");
    for (const id of ids) expect(html).toContain(`approved in the browser: ${id}`);
    expect(html).toContain("The approved set, simulated");
    expect(html).toMatch(/class="marking">(SECRET|CONFIDENTIAL|RESTRICTED)/);
    await shootBoth(page, "board-workflow");
    expect(pageErrors).toEqual([]);
  });
});
