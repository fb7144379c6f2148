/**
 * Prints dossiers to PDF with a headless Chromium when one is installed
 * (playwright-core drives the system's browser; it downloads none). Chromium
 * stamps the creation and modification dates into the file; they are set to
 * the Unix epoch so that the PDF, like the rest of the package, depends on
 * nothing but its input.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const DEFAULT_CHROMIUM_PATH = "/usr/bin/chromium";

export interface PdfPrinter {
  /** The PDF of a self-contained HTML page. */
  print(html: string): Promise<Buffer>;
  close(): Promise<void>;
}

/** A printer on the browser at `executablePath`, or null when there is none. */
export async function openPdfPrinter(
  executablePath: string = DEFAULT_CHROMIUM_PATH,
): Promise<PdfPrinter | null> {
  if (!existsSync(executablePath)) return null;
  const browser: Browser = await chromium.launch({ executablePath });
  return {
    async print(html) {
      const page = await browser.newPage();
      try {
        await page.setContent(html, { waitUntil: "load" });
        const pdf = await page.pdf({
          format: "A4",
          printBackground: true,
          preferCSSPageSize: true,
        });
        return withFixedDates(pdf);
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

const PDF_DATE = /\/(CreationDate|ModDate) ?\(D:\d{14}[^)]*\)/g;

/** Replaces the PDF's date stamps by the epoch, keeping every byte offset the same. */
export function withFixedDates(pdf: Buffer): Buffer {
  const text = pdf.toString("latin1");
  const fixed = text.replace(PDF_DATE, (stamp) => {
    const open = stamp.indexOf("(D:");
    const zone = stamp.slice(open + 17, -1);
    return `${stamp.slice(0, open)}(D:19700101000000${zone.length === 7 ? "+00'00'" : zone})`;
  });
  return Buffer.from(fixed, "latin1");
}
