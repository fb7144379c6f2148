/**
 * Labels that never overlap, never run off the canvas and never hide under
 * the legend or the timeline. Sigma picks the labels to draw (its label grid
 * and the nodes whose label is forced) and hands each to the label drawer in
 * no particular order; here the drawer only collects them, and once the
 * frame is drawn they are placed most important first — forced labels (the
 * selection, the path, the top targets), then by z-index and size — each
 * right of its node, else left of it, above or below, wherever it overlaps
 * no label already placed and stays inside the canvas's free part.
 */
import type Sigma from "sigma";
import type { NodeDisplayData } from "sigma/types";
import type { Settings } from "sigma/settings";
import { overlaps, type LabelBox } from "./label-boxes.ts";
import { overlayRects, type Rect } from "./overlays.ts";

type LabelData = NodeDisplayData & { key: string };
interface Pending {
  context: CanvasRenderingContext2D;
  data: LabelData;
  settings: Settings;
}

export interface LabelLayout {
  /** The labels drawn in the last frame, where they were drawn. */
  boxes(): LabelBox[];
  /** How many labels the last frame left out because no place was free. */
  skipped(): number;
}

/** Pixels between a node's edge and its label. */
const GAP = 3;

export function avoidLabelCollisions(renderer: Sigma): LabelLayout {
  let pending: Pending[] = [];
  let drawn: LabelBox[] = [];
  let left = 0;
  renderer.setSetting("defaultDrawNodeLabel", (context, data, settings) => {
    pending.push({ context, data: data as LabelData, settings: settings as Settings });
  });
  renderer.on("afterRender", () => {
    const queue = pending.sort(
      (a, b) =>
        Number(b.data.forceLabel) - Number(a.data.forceLabel) ||
        (b.data.zIndex ?? 0) - (a.data.zIndex ?? 0) ||
        b.data.size - a.data.size,
    );
    pending = [];
    drawn = [];
    left = 0;
    if (queue.length === 0) return;
    const { width, height } = renderer.getDimensions();
    const covered = overlayRects(renderer.getContainer());
    const fits = (box: LabelBox) =>
      box.x >= 0 &&
      box.y >= 0 &&
      box.x + box.width <= width &&
      box.y + box.height <= height &&
      !covered.some((rect) => under(box, rect)) &&
      !drawn.some((other) => overlaps(box, other));
    for (const { context, data, settings } of queue) {
      if (!data.label) continue;
      const box = placesOf(context, data, settings).find(fits);
      if (!box) {
        left++;
        continue;
      }
      drawLabel(context, box, settings);
      drawn.push(box);
    }
  });
  return { boxes: () => drawn, skipped: () => left };
}

const under = (box: LabelBox, rect: Rect): boolean =>
  box.x < rect.right &&
  rect.left < box.x + box.width &&
  box.y < rect.bottom &&
  rect.top < box.y + box.height;

/**
 * Where a label may go, best first: right of the node (sigma's place), left,
 * then a line higher or lower on either side, above, below.
 */
function placesOf(
  context: CanvasRenderingContext2D,
  data: LabelData,
  settings: Settings,
): LabelBox[] {
  const { labelSize, labelFont, labelWeight } = settings;
  context.font = `${labelWeight} ${labelSize}px ${labelFont}`;
  const label = data.label!;
  const width = context.measureText(label).width;
  const height = labelSize * 1.2;
  // Sigma's baseline is a third of the font size below the node's centre.
  const middle = data.y + labelSize / 3 - labelSize;
  const box = (x: number, y: number): LabelBox => ({ node: data.key, label, x, y, width, height });
  const [right, left] = [data.x + data.size + GAP, data.x - data.size - GAP - width];
  return [
    box(right, middle),
    box(left, middle),
    box(right, middle - height),
    box(right, middle + height),
    box(left, middle - height),
    box(left, middle + height),
    box(data.x - width / 2, data.y - data.size - GAP - height),
    box(data.x - width / 2, data.y + data.size + GAP),
  ];
}

/** The text in the label's box, as sigma's own drawer writes it (its baseline a font size below the top). */
function drawLabel(context: CanvasRenderingContext2D, box: LabelBox, settings: Settings): void {
  const { labelSize, labelFont, labelWeight, labelColor } = settings;
  context.fillStyle = labelColor.color ?? "#000";
  context.font = `${labelWeight} ${labelSize}px ${labelFont}`;
  context.fillText(box.label, box.x, box.y + labelSize);
}
