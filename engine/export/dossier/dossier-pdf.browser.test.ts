/**
 * The printed dossier as poppler reads it: every page of every package's PDF
 * carries, at its top and at its bottom, the whole marking (classification
 * and every handling code) and the line with the generation date, user and
 * software version. Needs Chromium (to print) and pdftotext (to read); skips
 * loudly without them, and fails under CI=true.
 */
import { existsSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { CLASSIFICATION_LABELS } from "../../model/index.ts";
import { havePdftotext, pdfPages } from "../test/pdf-pages.ts";
import { PRINTED_AT_TEXT, printedPackages, type PrintedPackage } from "../test/printed-packages.ts";
import { bannerText } from "./marking.ts";
import { DEFAULT_CHROMIUM_PATH } from "./pdf.ts";

const ready = existsSync(DEFAULT_CHROMIUM_PATH) && havePdftotext;
if (!ready) {
  console.warn(
    `SKIPPED printed dossier tests: need Chromium at ${DEFAULT_CHROMIUM_PATH} and pdftotext (apt-get install chromium poppler-utils)`,
  );
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe("printed dossier", () => {
  it.runIf(!ready && process.env.CI === "true")("has Chromium and pdftotext under CI", () => {
    throw new Error("CI must install chromium and poppler-utils");
  });

  let packages: PrintedPackage[];
  beforeAll(async () => {
    if (ready) packages = await printedPackages("auto");
  });

  it.skipIf(!ready)(
    "carries the whole marking and the generation line at the top and bottom of every page",
    () => {
      expect(packages.length).toBe(4);
      let pages = 0;
      for (const { id, dossier, pdf } of packages) {
        const texts = pdfPages(pdf!);
        expect(texts.length, id).toBeGreaterThan(1);
        const marking = bannerText(dossier);
        const generated = `generated ${PRINTED_AT_TEXT} by rita · crosslink ${dossier.provenance.softwareVersion}`;
        texts.forEach(({ text, top, bottom }, i) => {
          const where = `${id} page ${i + 1} of ${texts.length}`;
          for (const [band, content] of [
            ["top", top],
            ["bottom", bottom],
          ] as const) {
            expect(content, `${where}, ${band}`).toContain(marking);
            expect(content, `${where}, ${band}`).toContain(
              CLASSIFICATION_LABELS[dossier.classification],
            );
            for (const code of dossier.handlingCodes)
              expect(content, `${where}, ${band}: ${code}`).toContain(code);
            expect(content, `${where}, ${band}`).toContain(generated);
          }
          // Nowhere else: the marking on the page is the margins' (one at the top, one at the bottom).
          expect(occurrences(text, marking), where).toBe(2);
        });
        pages += texts.length;
      }
      // The demo world's top targets carry long handling codes ("H0: not for use as evidence …").
      const codes = new Set(packages.flatMap((p) => p.dossier.handlingCodes));
      expect([...codes].some((code) => code.length > 40)).toBe(true);
      console.info(`printed dossier: ${packages.length} packages, ${pages} pages, marking on each`);
    },
  );
});
