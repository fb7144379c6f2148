/**
 * The boxes that lie over the canvas (the legend, the timeline: elements
 * marked `data-overlay` beside it) and the part of the canvas they leave
 * free. The camera fits what it frames into that free part, and labels are
 * never placed under an overlay, so an open legend covers neither nodes nor
 * labels.
 */

/** A rectangle in the canvas's pixels, origin at its top left. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const area = (rect: Rect): number =>
  Math.max(0, rect.right - rect.left) * Math.max(0, rect.bottom - rect.top);

const intersects = (a: Rect, b: Rect): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The visible overlays over the canvas, in its pixels. */
export function overlayRects(canvas: HTMLElement): Rect[] {
  const origin = canvas.getBoundingClientRect();
  const rects: Rect[] = [];
  for (const element of canvas.parentElement?.querySelectorAll("[data-overlay]") ?? []) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    rects.push({
      left: box.left - origin.left,
      top: box.top - origin.top,
      right: box.right - origin.left,
      bottom: box.bottom - origin.top,
    });
  }
  return rects;
}

/**
 * The largest rectangle of the canvas left free when each overlay in turn
 * cuts away the side of it that costs least: an open legend at the top left
 * takes a strip on the left or along the top, whichever leaves more; the
 * timeline a strip along the bottom.
 */
export function freeRect(width: number, height: number, overlays: readonly Rect[]): Rect {
  let free: Rect = { left: 0, top: 0, right: width, bottom: height };
  for (const overlay of overlays) {
    if (!intersects(free, overlay)) continue;
    const cuts: Rect[] = [
      { ...free, left: Math.max(free.left, overlay.right) },
      { ...free, right: Math.min(free.right, overlay.left) },
      { ...free, top: Math.max(free.top, overlay.bottom) },
      { ...free, bottom: Math.min(free.bottom, overlay.top) },
    ];
    const best = cuts.reduce((a, b) => (area(b) > area(a) ? b : a));
    // An overlay that covers nearly everything leaves the canvas as it was rather than a sliver.
    if (area(best) >= 0.25 * width * height) free = best;
  }
  return free;
}
