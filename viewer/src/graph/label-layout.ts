/**
 * Labels that never overlap. Sigma picks the labels to draw (its label grid
 * and the nodes whose label is forced) and hands each to the label drawer in
 * no particular order; here the drawer only collects them, and once the
 * frame is drawn they are placed most important first — forced labels (the
 * selection, the path, the top targets), then by z-index and size — each
 * drawn only where it overlaps no label already placed.
 */
import type Sigma from "sigma";
import { drawDiscNodeLabel } from "sigma/rendering";
import type { NodeDisplayData } from "sigma/types";
import type { Settings } from "sigma/settings";
import { overlaps, type LabelBox } from "./label-boxes.ts";

type LabelData = NodeDisplayData & { key: string };
interface Pending {
  context: CanvasRenderingContext2D;
  data: LabelData;
  settings: Settings;
}

export interface LabelLayout {
  /** The labels drawn in the last frame, where they were drawn. */
  boxes(): LabelBox[];
  /** How many labels the last frame left out because they would have overlapped. */
  skipped(): number;
}

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
    for (const { context, data, settings } of queue) {
      if (!data.label) continue;
      const box = boxOf(context, data, settings);
      if (drawn.some((other) => overlaps(box, other))) {
        left++;
        continue;
      }
      drawDiscNodeLabel(context, data, settings);
      drawn.push(box);
    }
  });
  return { boxes: () => drawn, skipped: () => left };
}

/** Where drawDiscNodeLabel puts the text: right of the node, vertically centred on it. */
function boxOf(context: CanvasRenderingContext2D, data: LabelData, settings: Settings): LabelBox {
  const { labelSize, labelFont, labelWeight } = settings;
  context.font = `${labelWeight} ${labelSize}px ${labelFont}`;
  const width = context.measureText(data.label!).width;
  return {
    node: data.key,
    label: data.label!,
    x: data.x + data.size + 3,
    y: data.y + labelSize / 3 - labelSize,
    width,
    height: labelSize * 1.2,
  };
}
