/**
 * The board screen in real Chromium against the real server on a generated
 * world: a task-force lead creates a board from the picker, adds persons by
 * id, names an owner, links a tie as evidence, leaves notes marked
 * confidential (with a handling code) and restricted on the person, the tie
 * and the person's network, decides with a rationale, and finds each change in the member's
 * history and the approved set simulated on the chart; an analyst cleared
 * restricted reads the board without any button that changes it, without
 * the secret member and without the confidential note, and may still write
 * a note; an officer (role viewer) has no board at all. Screenshots at
 * 1600x1000 and 1280x720 go to test-artifacts/viewer/.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HookWindow } from "../src/hook.ts";
import { chromiumOrSkip, launchChromium } from "./chromium.ts";
import { openAs, shootBoth } from "./page.ts";
import { serveWorld, type TestUser, type WorldServer } from "./serve-world.ts";

const enabled = chromiumOrSkip();
const USERS: TestUser[] = [
  { name: "lead", role: "taskforce", clearance: "secret" },
  { name: "reader", role: "analyst", clearance: "restricted" },
  { name: "officer", role: "viewer", clearance: "secret" },
];

const CHANGE_BUTTONS = [
  "#board-create",
  "#board-add",
  "#board-simulate",
  "#board-briefing",
  ".board-decide",
  ".board-set-owner",
  ".evidence-add",
];

describe.runIf(enabled)("the board screen in Chromium", { timeout: 240_000 }, () => {
  let server: WorldServer;
  let browser: BrowserContext;
  const pageErrors: string[] = [];
  let open: string;
  let secret: string;

  beforeAll(async () => {
    server = await serveWorld({ persons: 300, seed: 3 }, USERS);
    browser = await launchChromium({ width: 1600, height: 1000 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The member pane's person notes box, and a note written there with a marking. */
  const personNotes = (id: string) =>
    `#board-member .member-pane > .notes-box[data-subject="person"][data-about="${id}"]`;
  async function writeNote(page: Page, box: string, text: string, level: string, code = "") {
    await page.fill(`${box} textarea.note-text`, text);
    await page.selectOption(`${box} select.marking-level`, level);
    await page.fill(`${box} input.marking-code`, code);
    await page.click(`${box} button.note-add`);
    await page.waitForSelector(`${box} li:has-text("${text}")`);
  }

  it("lets the task force create a board, add, own, link evidence, note and decide, each in the history", async () => {
    const lead = await openAs(browser, server, "lead", pageErrors);
    ({ open, secret } = await lead.evaluate((secrets) => {
      const { graph } = (window as unknown as HookWindow).__crosslink.workspace;
      const persons = graph.filterNodes((_, a) => a.type === "person" && graph.degree(_) > 2);
      return {
        open: persons.find((id) => graph.getNodeAttribute(id, "classification") === "restricted")!,
        secret: persons.find((id) => secrets.includes(id))!,
      };
    }, server.truth.secretPersons));
    expect(open).toBeDefined();
    expect(secret).toBeDefined();

    await lead.click("#board-open");
    await lead.waitForSelector("#board-screen:not([hidden])");
    await lead.fill("#board-new-name", "trident");
    await lead.fill("#board-new-title", "Op Trident");
    await lead.click("#board-create");
    await lead.waitForSelector('.board-pick[data-board="trident"][aria-current="true"]');
    expect(await lead.textContent("#board-title")).toBe("Board: Op Trident");
    for (const id of [open, secret]) {
      await lead.fill("#board-add-id", id);
      await lead.click("#board-add");
      await lead.waitForSelector(`#board-members tr[data-id="${id}"]`);
    }
    await lead.click(`#board-members tr[data-id="${open}"] button.member-open`);
    const pane = `#board-member .member-pane[data-id="${open}"]`;
    await lead.waitForSelector(pane);

    await lead.fill(`${pane} input.board-owner`, "Inspector Hale");
    await lead.click(`${pane} button.board-set-owner`);
    await lead.waitForSelector(`${pane} .member-owner:text("Inspector Hale")`);
    expect(await lead.textContent(`#board-members tr[data-id="${open}"] .col-owner`)).toBe(
      "Inspector Hale",
    );

    // Evidence: one of the ties the member had at the review, as offered.
    // One whose other end the restricted analyst sees too.
    const tie = await lead.$$eval("#evidence-offered option", (options) => {
      const { graph } = (window as unknown as HookWindow).__crosslink.workspace;
      return options
        .map((o) => (o as HTMLOptionElement).value)
        .find((id) => {
          const other = id.split("|")[1]!;
          const level = graph.hasNode(other) && graph.getNodeAttribute(other, "classification");
          return level === "restricted" || level === "unclassified";
        })!;
    });
    expect(tie).toMatch(new RegExp(`^${open}\\|`));
    await lead.fill(`${pane} input.evidence-id`, tie);
    await lead.click(`${pane} button.evidence-add`);
    const tieBox = `${pane} .member-evidence li[data-id="${tie}"] .notes-box`;
    await lead.waitForSelector(tieBox);

    await writeNote(lead, personNotes(open), "paid the skipper in cash", "confidential", "NOFORN");
    await writeNote(lead, personNotes(open), "seen at the port on Friday", "restricted");
    await writeNote(lead, tieBox, "cousins, same village", "restricted");
    await writeNote(
      lead,
      `${pane} > .notes-box[data-subject="community"]`,
      "their network moved to night crossings",
      "restricted",
    );
    expect(
      await lead.textContent(`${personNotes(open)} li:has-text("paid the skipper")`),
    ).toContain("CONFIDENTIAL · NOFORN");

    await lead.selectOption(`${pane} select.board-choice`, "approved");
    await lead.fill(`${pane} textarea.board-rationale`, "runs the boats out of the port");
    await lead.click(`${pane} button.board-decide`);
    await lead.waitForSelector(`${pane} .member-status:text("approved")`);
    const history = await lead.$$eval(`${pane} .member-history li`, (items) =>
      items.map((li) => li.textContent ?? ""),
    );
    for (const step of [
      "added as candidate",
      "owner Inspector Hale",
      `evidence: tie ${tie}`,
      "status approved, rationale “runs the boats out of the port”",
      "reviewed: rank",
    ])
      expect(
        history.some((line) => line.includes(step) && line.includes("lead")),
        step,
      ).toBe(true);
    expect(await lead.textContent(`${pane} .member-changes`)).toContain("no change");

    await lead.click("#board-simulate");
    await lead.waitForSelector("#board-simulation svg");
    expect(await lead.locator("#board-simulation svg polyline.curve").count()).toBe(2);
    expect(await lead.textContent("#board-simulation")).toContain("Best set of 1");
    await shootBoth(lead, "board-screen");
  });

  it("shows an analyst the board to read, without changes, the secret member or the confidential note", async () => {
    const reader = await openAs(browser, server, "reader", pageErrors);
    await reader.click("#board-open");
    await reader.waitForSelector(`#board-members tr[data-id="${open}"]`);
    expect(await reader.locator(`#board-members tr[data-id="${secret}"]`).count()).toBe(0);
    await reader.click(`#board-members tr[data-id="${open}"] button.member-open`);
    await reader.waitForSelector(`${personNotes(open)} li:has-text("seen at the port")`);
    for (const button of CHANGE_BUTTONS)
      expect(await reader.locator(button).count(), button).toBe(0);
    const screen = (await reader.textContent("#board-screen"))!;
    for (const hidden of ["paid the skipper", "NOFORN", secret])
      expect(screen).not.toContain(hidden);
    expect(screen).toContain("cousins, same village");
    expect(screen).toContain("Inspector Hale");
    // Notes at most their own clearance.
    expect(
      await reader.$$eval(`${personNotes(open)} select.marking-level option`, (options) =>
        options.map((o) => (o as HTMLOptionElement).value),
      ),
    ).toEqual(["unclassified", "restricted"]);
    await writeNote(reader, personNotes(open), "analyst: matches the ferry manifest", "restricted");
    await shootBoth(reader, "board-screen-analyst");
  });

  it("gives an officer no board", async () => {
    const officer = await openAs(browser, server, "officer", pageErrors);
    expect(await officer.locator("#board-open").count()).toBe(0);
    expect(await officer.innerHTML("#board-screen")).toBe("");
    expect(pageErrors).toEqual([]);
  });
});
