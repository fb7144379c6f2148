/**
 * The view as one picture: sigma draws on stacked canvases (edges and nodes in
 * WebGL, labels in 2D), so they are composited over the background in their
 * stacking order. WebGL buffers are only readable right after a draw, hence
 * the synchronous refresh first.
 */
import type Sigma from "sigma";

export const BACKGROUND = "#FFFFFF";

export function composite(renderer: Sigma): HTMLCanvasElement {
  renderer.refresh();
  const { width, height } = renderer.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement("canvas");
  out.width = Math.round(width * ratio);
  out.height = Math.round(height * ratio);
  const context = out.getContext("2d");
  if (!context) throw new Error("viewer: no 2D canvas available for export");
  context.fillStyle = BACKGROUND;
  context.fillRect(0, 0, out.width, out.height);
  for (const canvas of Object.values(renderer.getCanvases())) {
    if (canvas.width > 0 && canvas.height > 0) {
      context.drawImage(canvas, 0, 0, out.width, out.height);
    }
  }
  return out;
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** Share of pixels that differ from the background: a drawn frame has some. */
export function drawnShare(renderer: Sigma): number {
  const canvas = composite(renderer);
  const context = canvas.getContext("2d");
  if (!context) return 0;
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  let drawn = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i] !== 255 || data[i + 1] !== 255 || data[i + 2] !== 255) drawn++;
  }
  return drawn / (data.length / 4);
}
