/**
 * Readable at any size, in real Chromium against the real server on a
 * generated world (1,500 persons, seed 11), opened at 1280x720: the legend
 * and the timeline start folded and cover less than 15% of the canvas, and
 * open on a click; the side columns leave the canvas over half the width
 * and fold to rails that leave it nearly all, the network fitted again; a filter moves the camera so what it leaves fills the
 * view; no two labels drawn overlap, the top targets' among them; namesakes
 * are told apart on the canvas and in search. Screenshots at 1600x1000 and
 * 1280x720 go to test-artifacts/viewer/.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphJson } from "../src/api/types.ts";
import type { HookWindow } from "../src/hook.ts";
import { overlaps } from "../src/graph/label-boxes.ts";
import { freeRect } from "../src/graph/overlays.ts";
import { chromiumOrSkip, launchChromium } from "./chromium.ts";
import {
  apiAs,
  collectErrors,
  covers,
  openAs,
  screenLayout,
  settled,
  shootBoth,
  signIn,
} from "./page.ts";
import { serveWorld, type TestUser, type WorldServer } from "./serve-world.ts";

const enabled = chromiumOrSkip();
const USERS: TestUser[] = [{ name: "analyst", role: "analyst", clearance: "secret" }];

describe.runIf(enabled)("readable at any size, in Chromium", { timeout: 180_000 }, () => {
  let server: WorldServer;
  let browser: BrowserContext;
  let page: Page;
  let overview: GraphJson;
  const pageErrors: string[] = [];

  const area = async (selector: string) => {
    const box = await page.locator(selector).boundingBox();
    return box ? box.width * box.height : 0;
  };
  const cameraStill = () =>
    page.waitForFunction(
      () => !(window as unknown as HookWindow).__crosslink.renderer.getCamera().isAnimated(),
    );

  /** The canvas's width and the area of it the legend and the timeline leave free, in pixels. */
  const freeOfPanels = async () => {
    const view = await screenLayout(page);
    const free = freeRect(view.width, view.height, view.overlays);
    return {
      canvasWidth: view.width,
      freeArea: (free.right - free.left) * (free.bottom - free.top),
    };
  };
  /** Sigma has taken the canvas's new size (workspace.ts tells it) and the fit that follows has ended. */
  const canvasResized = async () => {
    await page.waitForFunction(() => {
      const { renderer } = (window as unknown as HookWindow).__crosslink;
      return renderer.getDimensions().width === renderer.getContainer().clientWidth;
    });
    await settled(page);
  };

  beforeAll(async () => {
    server = await serveWorld({ persons: 1500, seed: 11 }, USERS);
    browser = await launchChromium({ width: 1280, height: 720 });
    overview = await apiAs(server.url, server.tokens.analyst!)<GraphJson>("/overview");
    page = await openAs(browser, server, "analyst", pageErrors);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("folds the legend and the timeline at 1280x720 to under 15% of the canvas, and opens them on a click", async () => {
    const canvas = await area("#graph");
    const folded = (await area("#legend")) + (await area("#timeline"));
    expect(folded / canvas).toBeLessThan(0.15);
    expect(await page.locator("#legend-box").getAttribute("open")).toBeNull();
    await shootBoth(page, "80-small-screen");
    await page.click("#legend-box > summary");
    await page.click("#timeline-box > summary");
    expect(await page.locator("#legend-box").getAttribute("open")).not.toBeNull();
    expect(await page.locator("#time-from").isVisible()).toBe(true);
    expect((await area("#legend")) + (await area("#timeline"))).toBeGreaterThan(folded * 2);
    // Folded again: the analyst's choice holds through re-renders.
    await page.click("#legend-box > summary");
    await page.click("#timeline-box > summary");
    await page.selectOption("#colour-by", "crime");
    expect(await page.locator("#legend-box").getAttribute("open")).toBeNull();
  });

  it("gives the canvas over half the width at 1280x720 with both side columns open, nearly all of it with them folded, and keeps the network fitted", async () => {
    const size = { width: 1280, height: 720 };
    await page.click("#fit");
    await cameraStill();
    await settled(page);
    const open = await freeOfPanels();
    expect(open.canvasWidth / size.width).toBeGreaterThan(0.5);
    expect(open.freeArea / (size.width * size.height)).toBeGreaterThan(0.4);
    await page.click(".side.left > .fold");
    await page.click(".side.right > .fold");
    await canvasResized();
    const folded = await freeOfPanels();
    expect(folded.canvasWidth / size.width).toBeGreaterThan(0.9);
    expect(folded.freeArea / (size.width * size.height)).toBeGreaterThan(0.75);
    // Still fitted: every node in the free part, filling it in one direction.
    const view = await screenLayout(page);
    const free = freeRect(view.width, view.height, view.overlays);
    for (const node of view.nodes) {
      expect(node.x, node.key).toBeGreaterThanOrEqual(free.left);
      expect(node.x, node.key).toBeLessThanOrEqual(free.right);
      expect(node.y, node.key).toBeGreaterThanOrEqual(free.top);
      expect(node.y, node.key).toBeLessThanOrEqual(free.bottom);
    }
    const xs = view.nodes.map((node) => node.x);
    const ys = view.nodes.map((node) => node.y);
    const fills = Math.max(
      (Math.max(...xs) - Math.min(...xs)) / (free.right - free.left),
      (Math.max(...ys) - Math.min(...ys)) / (free.bottom - free.top),
    );
    expect(fills).toBeGreaterThan(0.6);
    expect(await page.locator(".side.left #communities").isVisible()).toBe(false);
    await shootBoth(page, "85-columns-folded");
    await page.click(".side.left > .fold");
    await page.click(".side.right > .fold");
    await canvasResized();
    expect((await freeOfPanels()).canvasWidth).toBe(open.canvasWidth);
    expect(await page.locator(".side.left #communities").isVisible()).toBe(true);
  });

  it("draws no two labels over each other, the top targets' among them", async () => {
    await page.click("#fit");
    await cameraStill();
    await settled(page);
    const boxes = await page.evaluate(() =>
      (window as unknown as HookWindow).__crosslink.labelBoxes(),
    );
    expect(boxes.length).toBeGreaterThan(5);
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        expect(overlaps(a, b), `${a.label} over ${b.label}`).toBe(false);
    const top = overview.nodes
      .filter((node) => node.attributes.targetRank !== undefined)
      .sort((a, b) => a.attributes.targetRank! - b.attributes.targetRank!)
      .slice(0, 3)
      .map((node) => node.key);
    const labelled = new Set(boxes.map((box) => box.node));
    for (const id of top) expect(labelled, `target ${id}`).toContain(id);
  });

  it("at 1600x1000 with the legend and the timeline open, fits the network beside them and keeps every label inside the canvas", async () => {
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.click("#legend-box > summary");
    await page.click("#timeline-box > summary");
    expect(await page.locator("#legend-box").getAttribute("open")).not.toBeNull();
    await page.click("#fit");
    await cameraStill();
    await settled(page);
    const view = await screenLayout(page);
    expect(view.overlays).toHaveLength(2);
    expect(view.nodes.length).toBeGreaterThan(100);
    for (const node of view.nodes)
      for (const overlay of view.overlays)
        expect(covers(overlay, node), `node ${node.key} under an overlay`).toBe(false);
    expect(view.labels.length).toBeGreaterThan(5);
    for (const label of view.labels) {
      expect(label.x, label.label).toBeGreaterThanOrEqual(0);
      expect(label.y, label.label).toBeGreaterThanOrEqual(0);
      expect(label.x + label.width, label.label).toBeLessThanOrEqual(view.width);
      expect(label.y + label.height, label.label).toBeLessThanOrEqual(view.height);
      for (const overlay of view.overlays)
        expect(covers(overlay, label), `${label.label} under an overlay`).toBe(false);
    }
    await shootBoth(page, "82-legend-open");
    await page.click("#legend-box > summary");
    await page.click("#timeline-box > summary");
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it("tells namesakes apart on the canvas and in search", async () => {
    const byName = new Map<string, string[]>();
    for (const node of overview.nodes) {
      if (node.attributes.type !== "person") continue;
      byName.set(node.attributes.label, [...(byName.get(node.attributes.label) ?? []), node.key]);
    }
    const [name, ids] = [...byName].find(([, same]) => same.length > 1)!;
    const shown = await page.evaluate(
      (keys) =>
        keys.map(
          (key) =>
            (window as unknown as HookWindow).__crosslink.renderer.getNodeDisplayData(key)!.label,
        ),
      ids,
    );
    expect(new Set(shown).size).toBe(ids.length);
    for (const label of shown) expect(label).toMatch(new RegExp(`^${name} \\(.+\\)$`));
    // Every namesake group: the birth year first, the network where the year is shared, the id only where both are.
    const labels = await page.evaluate(
      (keys) =>
        keys.map(
          (key) =>
            (window as unknown as HookWindow).__crosslink.renderer.getNodeDisplayData(key)!.label!,
        ),
      overview.nodes.map((node) => node.key),
    );
    const shownAs = new Map(overview.nodes.map((node, i) => [node.key, labels[i]!]));
    const attributes = new Map(overview.nodes.map((node) => [node.key, node.attributes]));
    const { communities } = await apiAs(
      server.url,
      server.tokens.analyst!,
    )<{ communities: { id: number; name: string }[] }>("/communities");
    const networkOf = (id: string) =>
      communities.find((community) => community.id === attributes.get(id)!.community)?.name;
    let withId = 0;
    let withNetwork = 0;
    let namesakes = 0;
    for (const same of byName.values()) {
      if (same.length < 2) continue;
      for (const id of same) {
        namesakes++;
        const { born } = attributes.get(id)!;
        const label = shownAs.get(id)!;
        const twins = same.filter((other) => other !== id && attributes.get(other)!.born === born);
        if (born !== undefined) expect(label).toContain(String(born));
        if (label.includes(", ")) withNetwork++;
        if (label.includes(id)) {
          withId++;
          expect(
            twins.some((other) => networkOf(other) === networkOf(id)),
            `${label}: an id, though year and network tell it apart: ${JSON.stringify(
              same.map((other) => [
                other,
                shownAs.get(other),
                attributes.get(other)!.born,
                networkOf(other),
              ]),
            )}`,
          ).toBe(true);
        }
        if (twins.length === 0) expect(label, "year alone tells it apart").not.toContain(", ");
      }
    }
    expect(withId).toBeLessThan(namesakes / 4);
    console.info(`namesakes drawn: ${namesakes}, with network: ${withNetwork}, with id: ${withId}`);
    await page.fill("#search-input", name);
    await page.waitForSelector("#search-results [role=option]");
    const texts = await page.$$eval(
      "#search-results [role=option]",
      (options, same) =>
        options
          .filter((option) => same.includes(option.getAttribute("data-id")!))
          .map((option) => option.textContent),
      ids,
    );
    expect(texts.length).toBeGreaterThan(1);
    expect(new Set(texts).size).toBe(texts.length);
    for (const text of texts) expect(text).toMatch(/born \d{4}|network|rank/);
    await page.keyboard.press("Escape");
  });

  it("fits the camera to what a filter leaves", async () => {
    await page.click("#fit");
    await cameraStill();
    const before = await page.evaluate(
      () => (window as unknown as HookWindow).__crosslink.renderer.getCamera().ratio,
    );
    await page.click("button[data-crime=drug_trafficking]");
    await cameraStill();
    const view = await page.evaluate(() => {
      const { renderer, workspace } = (window as unknown as HookWindow).__crosslink;
      const hidden = workspace.canvas.derived().hiddenNodes;
      const { width, height } = renderer.getDimensions();
      const points = workspace.graph
        .filterNodes((node) => !hidden.has(node))
        .map((node) => renderer.framedGraphToViewport(renderer.getNodeDisplayData(node)!));
      const xs = points.map((p) => p.x);
      const ys = points.map((p) => p.y);
      return {
        ratio: renderer.getCamera().ratio,
        width,
        height,
        box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
      };
    });
    expect(view.ratio).toBeLessThan(before);
    const [x0, y0, x1, y1] = view.box;
    // Everything kept is in view, and it fills a good part of it.
    expect(x0).toBeGreaterThanOrEqual(0);
    expect(y0).toBeGreaterThanOrEqual(0);
    expect(x1).toBeLessThanOrEqual(view.width);
    expect(y1).toBeLessThanOrEqual(view.height);
    expect(Math.max((x1! - x0!) / view.width, (y1! - y0!) / view.height)).toBeGreaterThan(0.4);
    await shootBoth(page, "81-filter-fitted");
    await page.click("button[data-crime=drug_trafficking]");
    expect(pageErrors).toEqual([]);
  });

  it("above ?maxNodes persons draws communities, small ones folded, and a click on an other node opens its members", async () => {
    const api = apiAs(server.url, server.tokens.analyst!);
    const folded = await browser.newPage();
    collectErrors(folded, pageErrors, "folded");
    await folded.setViewportSize({ width: 1600, height: 1000 });
    await signIn(folded, `${server.url}/?maxNodes=1000`, "analyst", server.tokens.analyst!);
    const level = () =>
      folded.evaluate(() => (window as unknown as HookWindow).__crosslink.workspace.level);
    expect(await level()).toBe("communities");
    await shootBoth(folded, "83-folded-overview");
    await settled(folded);
    const view = await screenLayout(folded);
    const others = view.nodes.filter((node) => node.key.startsWith("other:"));
    expect(others.length).toBeGreaterThan(0);
    const other = others[0]!;
    const expected = await api<GraphJson>(`/overview?folded=${other.key.slice("other:".length)}`);
    expect(expected.nodes.length).toBeGreaterThan(0);
    // A real click on the node where it is drawn.
    const canvas = (await folded.locator("#graph").boundingBox())!;
    await folded.mouse.click(canvas.x + other.x, canvas.y + other.y);
    await folded.waitForFunction(
      () => (window as unknown as HookWindow).__crosslink.workspace.level === "community",
    );
    await settled(folded);
    const drawn = await folded.evaluate(() =>
      (window as unknown as HookWindow).__crosslink.workspace.graph.nodes(),
    );
    expect(new Set(drawn)).toEqual(new Set(expected.nodes.map((node) => node.key)));
    await shootBoth(folded, "84-folded-members");
    await folded.close();
    expect(pageErrors).toEqual([]);
  });
});
