/**
 * The text of a PDF page by page, as poppler's `pdftotext` extracts it (a
 * reader nobody here wrote): the whole page, and the bands at its top and
 * bottom (an eighth of the height each), with runs of white space made one
 * space so that a marking wrapped over two lines still reads as one.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const havePdftotext = spawnSync("pdftotext", ["-v"]).error === undefined;

export interface PdfPage {
  text: string;
  top: string;
  bottom: string;
}

/** A4 in points, pdftotext's unit at its default 72 dpi. */
const WIDTH = 595;
const HEIGHT = 842;
const BAND = Math.round(HEIGHT / 8);

function pdftotext(file: string, args: string[]): string {
  const result = spawnSync("pdftotext", ["-enc", "UTF-8", ...args, file, "-"]);
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr.toString()}`);
  return result.stdout.toString("utf8");
}

const plain = (text: string) => text.replace(/\s+/g, " ").trim();

export function pdfPages(pdf: Buffer): PdfPage[] {
  const file = join(mkdtempSync(join(tmpdir(), "crosslink-pdf-")), "dossier.pdf");
  writeFileSync(file, pdf);
  // pdftotext ends every page with a form feed.
  const pages = pdftotext(file, []).split("\f").slice(0, -1);
  return pages.map((text, i) => {
    const band = (y: number) =>
      plain(
        pdftotext(
          file,
          ["-f", `${i + 1}`, "-l", `${i + 1}`, "-x", "0", "-y", `${y}`].concat([
            "-W",
            `${WIDTH}`,
            "-H",
            `${BAND}`,
          ]),
        ),
      );
    return { text: plain(text), top: band(0), bottom: band(HEIGHT - BAND) };
  });
}
