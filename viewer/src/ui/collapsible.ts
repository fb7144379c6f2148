/**
 * Boxes over the canvas (legend, timeline) that fold to one line. Until the
 * analyst opens or closes one, it is open only when the canvas is tall
 * enough to spare the room, and follows the window as it is resized; after,
 * it stays as they left it, through every re-render.
 */
import { h } from "./dom.ts";

/** Below this canvas height the boxes start folded: at 1280x720 they would cover a third of it. */
const ROOMY_HEIGHT = 760;

const chosen = new Map<string, boolean>();
const boxes = new Map<string, HTMLDetailsElement>();

const roomy = (): boolean => (document.getElementById("graph")?.clientHeight ?? 0) >= ROOMY_HEIGHT;

addEventListener("resize", () => {
  for (const [id, box] of boxes) if (!chosen.has(id) && box.isConnected) box.open = roomy();
});

export function collapsible(
  id: string,
  summary: (Node | string)[],
  ...content: (Node | string | null)[]
): HTMLDetailsElement {
  const box = h("details", { id, class: "collapsible" }, h("summary", {}, ...summary), ...content);
  box.open = chosen.get(id) ?? roomy();
  // "toggle" also fires when the code opens it: only a click on the summary is the analyst's choice.
  box.querySelector("summary")!.addEventListener("click", () => chosen.set(id, !box.open));
  boxes.set(id, box);
  return box;
}
