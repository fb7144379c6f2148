/** A label's box on the screen, and when two are too close (label-layout.ts; tests read them without sigma). */
export interface LabelBox {
  node: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Space kept free around a label, in pixels. */
const MARGIN = 2;

export const overlaps = (a: LabelBox, b: LabelBox): boolean =>
  a.x < b.x + b.width + MARGIN &&
  b.x < a.x + a.width + MARGIN &&
  a.y < b.y + b.height + MARGIN &&
  b.y < a.y + a.height + MARGIN;
