/**
 * The side columns fold to a narrow rail, so the canvas between them can
 * have the screen: at 1280x720 the two columns open leave it about half
 * the width. Each column's first line is its fold button; folded, the
 * column is that button alone, written down the rail. A column stays as
 * the analyst leaves it. The canvas follows through its ResizeObserver
 * (workspace.ts), which fits a fitted view again.
 */
import { h } from "./dom.ts";

interface Column {
  element: HTMLElement;
  /** What the column holds, for the button: "lists", "details". */
  name: string;
  /** The class `.app` carries while the column is folded. */
  folded: string;
}

export function mountSideColumns(app: HTMLElement): void {
  const columns: Column[] = [
    { element: app.querySelector(".side.left")!, name: "lists", folded: "fold-left" },
    { element: app.querySelector(".side.right")!, name: "details", folded: "fold-right" },
  ];
  for (const column of columns) column.element.prepend(foldButton(app, column));
}

function foldButton(app: HTMLElement, { element, name, folded }: Column): HTMLButtonElement {
  const button = h("button", { type: "button", class: "fold", "aria-expanded": "true" });
  const show = (open: boolean) => {
    app.classList.toggle(folded, !open);
    element.toggleAttribute("data-folded", !open);
    button.setAttribute("aria-expanded", String(open));
    button.textContent = open ? `Hide ${name}` : `Show ${name}`;
  };
  button.addEventListener("click", () => show(app.classList.contains(folded)));
  show(true);
  return button;
}
