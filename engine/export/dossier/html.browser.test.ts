/**
 * The dossier in a real browser: headless Chromium (the system's, through
 * playwright-core) renders the ego-network SVG and loads nothing but the
 * file itself. Skips loudly without Chromium; under CI=true a missing
 * Chromium is a failure.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { analyzeWithNetwork } from "../../analytics/index.ts";
import { loadDataset, toEntityGraph } from "../../ingest/index.ts";
import { writeSmallWorld } from "../test/small-world.ts";
import { buildTargetPackage } from "./build-package.ts";
import type { TargetDossier } from "./contents.ts";
import { DEFAULT_CHROMIUM_PATH } from "./pdf.ts";

const ARTIFACTS = fileURLToPath(new URL("../../../test-artifacts/export/", import.meta.url));
const haveChromium = existsSync(DEFAULT_CHROMIUM_PATH);
if (!haveChromium) {
  console.warn(
    `SKIPPED dossier browser tests: no Chromium at ${DEFAULT_CHROMIUM_PATH} (apt-get install chromium)`,
  );
}

describe("dossier in headless Chromium", () => {
  it.runIf(!haveChromium && process.env.CI === "true")("has Chromium under CI", () => {
    throw new Error(`no Chromium at ${DEFAULT_CHROMIUM_PATH}; CI must install it`);
  });

  it.skipIf(!haveChromium)(
    "renders the ego network as SVG and makes no network request",
    async () => {
      const graph = toEntityGraph(await loadDataset(await writeSmallWorld()));
      const out = await mkdtemp(join(tmpdir(), "crosslink-dossier-"));
      const [written] = await buildTargetPackage({
        graph,
        ...analyzeWithNetwork(graph),
        targets: ["P1"],
        out,
        generatedBy: "test",
      });
      const dossier = JSON.parse(
        await readFile(join(written!.folder, "package.json"), "utf8"),
      ) as TargetDossier;
      expect((await readFile(join(written!.folder, "dossier.pdf"))).subarray(0, 5).toString()).toBe(
        "%PDF-",
      );

      const browser = await chromium.launch({ executablePath: DEFAULT_CHROMIUM_PATH });
      try {
        const page = await browser.newPage();
        const requests: string[] = [];
        page.on("request", (request) => requests.push(request.url()));
        const url = pathToFileURL(join(written!.folder, "index.html")).href;
        await page.goto(url, { waitUntil: "load" });

        const svg = page.locator("figure svg");
        await expect(svg.count()).resolves.toBe(1);
        const box = await svg.boundingBox();
        expect(box!.width).toBeGreaterThan(100);
        expect(box!.height).toBeGreaterThan(100);
        const circles = await page.locator("figure svg circle").count();
        expect(circles).toBe(dossier.egoNetwork.nodes.length);
        expect(circles).toBeGreaterThan(5);
        expect(await page.locator("figure svg line").count()).toBe(dossier.egoNetwork.edges.length);
        expect(await page.locator(".banner").first().textContent()).toBe(
          "SECRET · EU-ONLY · FIU-ONLY",
        );

        await mkdir(ARTIFACTS, { recursive: true });
        await page.screenshot({ path: join(ARTIFACTS, "dossier-P1.png"), fullPage: true });
        await svg.screenshot({ path: join(ARTIFACTS, "ego-network-P1.png") });
        expect(requests).toEqual([url]);
      } finally {
        await browser.close();
      }
    },
  );
});
