/**
 * The dossier in a real browser: headless Chromium (the system's, through
 * playwright-core) renders the ego-network SVG with labels that do not
 * collide, loads nothing but the file itself, and in print media lays the
 * page out no wider than A4's printable width. Skips loudly without
 * Chromium; under CI=true a missing Chromium is a failure.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { printedPackages, type PrintedPackage } from "../test/printed-packages.ts";
import { DEFAULT_CHROMIUM_PATH } from "./pdf.ts";

const ARTIFACTS = fileURLToPath(new URL("../../../test-artifacts/export/", import.meta.url));
/** A4 is 210 mm wide; the dossier's @page margins are 10 mm; 96 CSS px to the inch. */
const A4_PRINTABLE_PX = Math.floor(((210 - 2 * 10) / 25.4) * 96);

const haveChromium = existsSync(DEFAULT_CHROMIUM_PATH);
if (!haveChromium) {
  console.warn(
    `SKIPPED dossier browser tests: no Chromium at ${DEFAULT_CHROMIUM_PATH} (apt-get install chromium)`,
  );
}

type Quad = [number, number][];

/** Each label's box as drawn (its rotation applied), in page coordinates. */
function labelQuads(page: Page): Promise<Quad[]> {
  return page.$$eval("figure svg text", (texts) =>
    (texts as SVGTextElement[]).map((text) => {
      const box = text.getBBox();
      const matrix = text.getScreenCTM()!;
      return [
        [box.x, box.y],
        [box.x + box.width, box.y],
        [box.x + box.width, box.y + box.height],
        [box.x, box.y + box.height],
      ].map(([x, y]) => {
        const point = new DOMPoint(x, y).matrixTransform(matrix);
        return [point.x, point.y] as [number, number];
      });
    }),
  );
}

/** Separating-axis test for two convex quadrilaterals (touching does not count). */
function overlap(a: Quad, b: Quad): boolean {
  for (const quad of [a, b]) {
    for (let i = 0; i < quad.length; i++) {
      const [x1, y1] = quad[i]!;
      const [x2, y2] = quad[(i + 1) % quad.length]!;
      const axis = [y1 - y2, x2 - x1] as const;
      const project = (q: Quad) => q.map(([x, y]) => x * axis[0] + y * axis[1]);
      const pa = project(a);
      const pb = project(b);
      if (Math.max(...pa) <= Math.min(...pb) + 1e-6 || Math.max(...pb) <= Math.min(...pa) + 1e-6)
        return false;
    }
  }
  return true;
}

describe("dossier in headless Chromium", () => {
  it.runIf(!haveChromium && process.env.CI === "true")("has Chromium under CI", () => {
    throw new Error(`no Chromium at ${DEFAULT_CHROMIUM_PATH}; CI must install it`);
  });

  let packages: PrintedPackage[];
  let browser: Browser;
  beforeAll(async () => {
    if (!haveChromium) return;
    packages = await printedPackages("never");
    browser = await chromium.launch({ executablePath: DEFAULT_CHROMIUM_PATH });
  });
  afterAll(() => browser?.close());

  async function open(pkg: PrintedPackage, width: number) {
    const folder = await mkdtemp(join(tmpdir(), "crosslink-dossier-"));
    await writeFile(join(folder, "index.html"), pkg.html);
    const page = await browser.newPage({ viewport: { width, height: 1100 } });
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    const url = pathToFileURL(join(folder, "index.html")).href;
    await page.goto(url, { waitUntil: "load" });
    return { page, requests, url };
  }

  it.skipIf(!haveChromium)(
    "draws the ego network: persons and organisations, one line per tie, labels apart, nothing loaded",
    async () => {
      await mkdir(ARTIFACTS, { recursive: true });
      for (const pkg of packages) {
        const { page, requests, url } = await open(pkg, 1000);
        const network = pkg.dossier.egoNetwork;
        expect(network.nodes.every((node) => ["person", "organisation"].includes(node.type))).toBe(
          true,
        );
        const shapes = await page.locator("figure svg g.node").count();
        expect(shapes).toBe(network.nodes.length);
        expect(await page.locator("figure svg line").count()).toBe(network.edges.length);
        const quads = await labelQuads(page);
        expect(quads).toHaveLength(network.nodes.length);
        for (let i = 0; i < quads.length; i++)
          for (let j = i + 1; j < quads.length; j++)
            expect(overlap(quads[i]!, quads[j]!), `${pkg.id}: labels ${i} and ${j}`).toBe(false);
        await page.locator("figure svg").screenshot({ path: join(ARTIFACTS, `ego-${pkg.id}.png`) });
        expect(requests).toEqual([url]);
        await page.close();
      }
      // The demo's most-tied target has more ties than are drawn.
      expect(packages[2]!.dossier.egoNetwork.nodes.length).toBe(31);
    },
  );

  it.skipIf(!haveChromium)("is no wider than an A4 page in print media", async () => {
    for (const pkg of packages) {
      const { page } = await open(pkg, A4_PRINTABLE_PX);
      await page.emulateMedia({ media: "print" });
      const widest = await page.evaluate(() => {
        let right = document.documentElement.scrollWidth;
        for (const element of document.querySelectorAll("body *"))
          right = Math.max(right, element.getBoundingClientRect().right);
        return right;
      });
      expect(widest, pkg.id).toBeLessThanOrEqual(A4_PRINTABLE_PX);
      await page.screenshot({
        path: join(ARTIFACTS, `dossier-${pkg.id}-print.png`),
        fullPage: true,
      });
      await page.close();
    }
  });
});
