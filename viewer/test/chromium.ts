/**
 * Debian's chromium driven by playwright-core, never a downloaded browser.
 * WebGL without a GPU comes from SwiftShader. `chromiumPath()` is undefined
 * when the package is missing, so tests can skip loudly (or fail under CI).
 */
import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

export function chromiumPath(): string | undefined {
  return CANDIDATES.find((path) => existsSync(path));
}

export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A persistent context in a fresh profile folder: nothing leaks between runs. */
export async function launchChromium(
  viewport = { width: 1440, height: 900 },
): Promise<BrowserContext> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error("chromium is not installed (apt-get install chromium)");
  const profile = await mkdtemp(join(tmpdir(), "crosslink-chromium-"));
  return chromium.launchPersistentContext(profile, {
    executablePath,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport,
    acceptDownloads: true,
  });
}

/** Skip loudly without chromium, except under CI where its absence is a failure. */
export function chromiumOrSkip(): boolean {
  if (chromiumPath()) return true;
  const message = "chromium not found at /usr/bin/chromium: browser tests skipped";
  if (process.env.CI === "true") throw new Error(`${message} (CI=true requires it)`);
  console.warn(`\n*** ${message} ***\n`);
  return false;
}
