/**
 * What browser tests do on a page: sign in through the form, wait for the
 * workspace to be idle, and take screenshots at the two sizes the viewer must
 * read at (1600x1000 and 1280x720) into test-artifacts/viewer/.
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import type { LabelBox } from "../src/graph/label-boxes.ts";
import type { Rect } from "../src/graph/overlays.ts";
import type { HookWindow } from "../src/hook.ts";

export const ARTIFACTS = fileURLToPath(new URL("../../test-artifacts/viewer", import.meta.url));
export const SIZES = [
  { width: 1600, height: 1000 },
  { width: 1280, height: 720 },
] as const;

/** Collects the page's uncaught errors and console errors into `sink`, each prefixed with who saw it. */
export function collectErrors(page: Page, sink: string[], who = ""): void {
  const prefix = who ? `${who}: ` : "";
  page.on("pageerror", (error) => sink.push(`${prefix}${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") sink.push(`${prefix}${message.text()}`);
  });
}

/** A GET of the API as a user, answering the parsed JSON (and failing the test on a non-200). */
export function apiAs(url: string, token: string) {
  return async <T>(path: string): Promise<T> => {
    const response = await fetch(`${url}/api${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (response.status !== 200) throw new Error(`GET ${path}: ${response.status}`);
    return (await response.json()) as T;
  };
}

/** A new page signed in as the user, its errors collected into `errors`. */
export async function openAs(
  browser: BrowserContext,
  server: { url: string; tokens: Record<string, string> },
  user: string,
  errors: string[],
): Promise<Page> {
  const page = await browser.newPage();
  collectErrors(page, errors, user);
  await signIn(page, server.url, user, server.tokens[user]!);
  return page;
}

export async function signIn(page: Page, url: string, name: string, token: string): Promise<void> {
  await page.goto(url);
  await page.fill("#name", name);
  await page.fill("#token", token);
  await page.click("button[type=submit]");
  await page.waitForSelector("body[data-ready=true]", { timeout: 60_000 });
  await settled(page);
}

/** No request in flight, no layout running, the camera still and the last frame drawn after it stopped. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const hook = (window as unknown as Partial<HookWindow>).__crosslink;
      return (
        document.body.dataset.busy === undefined &&
        !hook?.workspace.layoutRunning &&
        !hook?.renderer.getCamera().isAnimated() &&
        hook?.workspace.canvas.drawnStill() !== false
      );
    },
    undefined,
    { timeout: 60_000 },
  );
  // What was asked for last may draw in the next animation frames.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

/** Screenshots at both sizes, named `NAME-1600x1000.png` and `NAME-1280x720.png`. */
export async function shootBoth(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  const original = page.viewportSize();
  for (const size of SIZES) {
    await page.setViewportSize(size);
    // Sigma redraws on resize in the next frame, and a fitted view fits itself again: wait
    // for that fit to end and a frame drawn after it (one drawn while the camera moved has
    // neither labels nor edges on a big graph).
    await page.evaluate(() => new Promise(requestAnimationFrame));
    await page.evaluate(() => new Promise(requestAnimationFrame));
    await settled(page);
    await page.screenshot({ path: join(ARTIFACTS, `${name}-${size.width}x${size.height}.png`) });
  }
  if (original) await page.setViewportSize(original);
  await page.evaluate(() => new Promise(requestAnimationFrame));
  await settled(page);
}

/**
 * Chooses an entity through the search box, by its id among the hits
 * (namesakes are common); with `add`, as a shift-click, joining the selection.
 */
export async function searchAndChoose(
  page: Page,
  text: string,
  id: string,
  add = false,
): Promise<void> {
  await page.fill("#search-input", text);
  await page.waitForSelector(`#search-results [role=option][data-id="${id}"]`);
  await page.click(
    `#search-results [role=option][data-id="${id}"]`,
    add ? { modifiers: ["Shift"] } : {},
  );
  await page.waitForFunction(
    (node) => (window as unknown as HookWindow).__crosslink.workspace.state.selected.includes(node),
    id,
  );
  await page.waitForSelector(`#details[data-id="${id}"]`);
}

/** What the canvas shows, in its pixels: its size, the overlays over it, the labels drawn and the nodes drawn. */
export interface ScreenLayout {
  width: number;
  height: number;
  overlays: Rect[];
  labels: LabelBox[];
  nodes: { key: string; x: number; y: number; size: number }[];
}

export function screenLayout(page: Page): Promise<ScreenLayout> {
  return page.evaluate((): ScreenLayout => {
    const crosslink = (window as unknown as HookWindow).__crosslink;
    const { renderer } = crosslink;
    const { width, height } = renderer.getDimensions();
    const nodes = renderer
      .getGraph()
      .nodes()
      .flatMap((key) => {
        const data = renderer.getNodeDisplayData(key);
        if (!data || data.hidden) return [];
        const { x, y } = renderer.framedGraphToViewport(data);
        return [{ key, x, y, size: renderer.scaleSize(data.size) }];
      });
    return { width, height, overlays: crosslink.overlays(), labels: crosslink.labelBoxes(), nodes };
  });
}

/** Whether a point (a node's centre) or a box (a label) lies under a rectangle. */
export const covers = (
  rect: Rect,
  box: { x: number; y: number; width?: number; height?: number },
) =>
  box.x < rect.right &&
  rect.left < box.x + (box.width ?? 0) &&
  box.y < rect.bottom &&
  rect.top < box.y + (box.height ?? 0);
