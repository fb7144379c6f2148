/**
 * Saved views shared by link (issue 17, item 4) in real Chromium against the
 * real server on a generated world: a task-force lead builds a view (a
 * person expanded, a secret person added to the selection, a crime filter, a
 * time window, colour by crime, the camera zoomed) and saves it; an analyst
 * of the same clearance opens the link and finds the same graph, filters,
 * time window, camera and selection; an analyst cleared restricted opens it
 * without the secret person, whom the server cut from the view it sent.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SavedView } from "../src/api/board-types.ts";
import type { HookWindow } from "../src/hook.ts";
import { chromiumOrSkip, launchChromium } from "./chromium.ts";
import {
  apiAs,
  openAs,
  searchAndChoose,
  settled,
  shootBoth,
  signIn,
  collectErrors,
} from "./page.ts";
import { serveWorld, type TestUser, type WorldServer } from "./serve-world.ts";

const enabled = chromiumOrSkip();
const USERS: TestUser[] = [
  { name: "lead", role: "taskforce", clearance: "secret" },
  { name: "peer", role: "analyst", clearance: "secret" },
  { name: "junior", role: "analyst", clearance: "restricted" },
];

/** What a page's workspace shows: the parts a saved view restores. */
const shownState = (page: Page) =>
  page.evaluate(() => {
    const { workspace, renderer } = (window as unknown as HookWindow).__crosslink;
    const { filters, settings, selected } = workspace.state;
    return {
      order: workspace.graph.order,
      nodes: workspace.graph.nodes().sort(),
      expanded: [...workspace.expanded],
      selected: [...selected],
      colourBy: settings.colourBy,
      crimes: [...filters.crimes].sort(),
      timeRange: filters.timeRange ?? null,
      camera: renderer.getCamera().getState(),
      timeLabel: document.querySelector("#time-range")?.textContent ?? "",
      colourSelect: document.querySelector<HTMLSelectElement>("#colour-by")!.value,
    };
  });

describe.runIf(enabled)("saved views shared by link in Chromium", { timeout: 240_000 }, () => {
  let server: WorldServer;
  let browser: BrowserContext;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await serveWorld({ persons: 400, seed: 5 }, USERS);
    browser = await launchChromium({ width: 1600, height: 1000 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("opens the lead's view for another analyst as it was saved, and without what they may not see", async () => {
    const lead = await openAs(browser, server, "lead", pageErrors);
    // A person everyone may see, and a secret person drawn in the lead's overview.
    const { open, secret } = await lead.evaluate((secrets) => {
      const { graph } = (window as unknown as HookWindow).__crosslink.workspace;
      const persons = graph.filterNodes((_, a) => a.type === "person");
      return {
        open: persons.find(
          (id) =>
            ["unclassified", "restricted"].includes(
              String(graph.getNodeAttribute(id, "classification")),
            ) && graph.degree(id) > 2,
        )!,
        secret: persons.find((id) => secrets.includes(id))!,
      };
    }, server.truth.secretPersons);
    expect(open).toBeDefined();
    expect(secret).toBeDefined();

    await searchAndChoose(lead, open, open);
    await lead.click("#expand");
    await lead.waitForSelector("#details p[role=status]:has-text('neighbours added')");
    await settled(lead);
    await searchAndChoose(lead, secret, secret, true);
    await lead.selectOption("#colour-by", "crime");
    await lead.click("button.chip[data-crime=drug_trafficking]");
    await lead.$eval("#time-from", (input: HTMLInputElement) => {
      input.value = String(Number(input.min) + (Number(input.max) - Number(input.min)) / 3);
      input.dispatchEvent(new Event("input"));
    });
    const box = (await lead.$("#graph"))!.boundingBox();
    const { x, y, width, height } = (await box)!;
    await lead.mouse.move(x + width * 0.4, y + height * 0.6);
    const ratio = () =>
      lead.evaluate(() => (window as unknown as HookWindow).__crosslink.renderer.getCamera().ratio);
    const before = await ratio();
    await lead.mouse.wheel(0, -300);
    // Sigma's wheel zoom animates: wait for the camera to have zoomed in and stopped.
    await lead.waitForFunction((from) => {
      const camera = (window as unknown as HookWindow).__crosslink.renderer.getCamera();
      return camera.ratio < from && !camera.isAnimated();
    }, before);
    await settled(lead);
    const saved = await shownState(lead);
    expect(saved.expanded).toEqual([open]);
    expect(saved.selected).toEqual([open, secret]);
    expect(saved.timeRange).not.toBeNull();
    expect(saved.camera.ratio).toBeLessThan(1);

    await lead.fill("#view-name", "drug links around the hub");
    await lead.click("#view-save");
    const link = await (await lead.waitForSelector("#view-link")).inputValue();
    expect(link).toMatch(/\?view=[A-Za-z0-9_-]+$/);
    await lead.click("#view-copy");
    await lead.waitForSelector("#view-copied:not(:empty)");

    // Same clearance: the same graph, filters, time window, camera and selection.
    const peer = await browser.newPage();
    collectErrors(peer, pageErrors, "peer");
    await signIn(peer, link, "peer", server.tokens.peer!);
    const opened = await shownState(peer);
    expect(opened.nodes).toEqual(saved.nodes);
    expect(opened.expanded).toEqual(saved.expanded);
    expect(opened.selected).toEqual(saved.selected);
    expect(opened.crimes).toEqual(["drug_trafficking"]);
    expect(opened.colourBy).toBe("crime");
    expect(opened.colourSelect).toBe("crime");
    expect(opened.timeRange).toEqual(saved.timeRange);
    expect(opened.timeLabel).toBe(saved.timeLabel);
    for (const key of ["x", "y", "ratio", "angle"] as const)
      expect(opened.camera[key]).toBeCloseTo(saved.camera[key], 9);
    expect(await peer.textContent("#view-saved")).toContain("“drug links around the hub” by lead");
    // The peer finds it among the views they may open, as the same link.
    const id = new URL(link).searchParams.get("view")!;
    const listed = await peer.waitForSelector(`#view-list li[data-view="${id}"] a`);
    expect(await listed.textContent()).toBe("drug links around the hub");
    expect(await listed.getAttribute("href")).toBe(link);
    await peer.waitForSelector(`#details[data-id="${secret}"]`);
    await shootBoth(peer, "saved-view-opened");

    // Cleared restricted: the view without the secret person, cut by the server.
    const asJunior = await apiAs(server.url, server.tokens.junior!)<SavedView>(`/views/${id}`);
    expect(asJunior.state.selected).toEqual([open]);
    expect(JSON.stringify(asJunior)).not.toContain(secret);
    const junior = await browser.newPage();
    collectErrors(junior, pageErrors, "junior");
    await signIn(junior, link, "junior", server.tokens.junior!);
    const cut = await shownState(junior);
    expect(cut.selected).toEqual([open]);
    expect(cut.expanded).toEqual([open]);
    expect(cut.nodes).not.toContain(secret);
    expect(cut.crimes).toEqual(["drug_trafficking"]);
    expect(cut.timeRange).toEqual(saved.timeRange);
    for (const key of ["x", "y", "ratio", "angle"] as const)
      expect(cut.camera[key]).toBeCloseTo(saved.camera[key], 9);
    expect(pageErrors).toEqual([]);
  });
});
