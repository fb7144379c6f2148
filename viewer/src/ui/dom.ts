/** A tiny element builder: enough to keep panels readable without a framework. */
import { CRIME_TYPE_LABELS, typeLabel } from "../../../engine/model/labels.ts";

type Child = Node | string | number | null | undefined | false;
type Props = Record<string, string | number | boolean | EventListener | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (typeof value === "function") element.addEventListener(name.slice(2), value);
    else if (name === "class") element.className = String(value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

/**
 * Replaces the children; keyboard focus survives when the focused element
 * comes back with the same id or `data-key`, so re-rendering a panel never
 * throws a keyboard user out of it.
 */
export function replace(parent: Element, ...children: (Child | Child[])[]): void {
  const focused = document.activeElement;
  const key =
    focused && parent.contains(focused)
      ? focused.id
        ? `#${CSS.escape(focused.id)}`
        : focused.getAttribute("data-key") !== null
          ? `[data-key="${CSS.escape(focused.getAttribute("data-key")!)}"]`
          : undefined
      : undefined;
  parent.replaceChildren();
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : String(child));
  }
  if (key) parent.querySelector<HTMLElement>(key)?.focus();
}

const SVG = "http://www.w3.org/2000/svg";

export function svg(tag: string, attributes: Record<string, string | number> = {}): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

export function formatNumber(value: number, digits = 3): string {
  return Number.isInteger(value) ? value.toLocaleString("en") : value.toPrecision(digits);
}

/** A code in the words every reader-facing text uses (engine/model/labels.ts): crime types, types, roles, kinds. */
export function humanize(value: string): string {
  return Object.hasOwn(CRIME_TYPE_LABELS, value)
    ? CRIME_TYPE_LABELS[value as keyof typeof CRIME_TYPE_LABELS]
    : typeLabel(value);
}

/** Bars: each part as wide as its `data-share` (0 to 1), in its `data-colour`. */
export function paintBars(root: ParentNode): void {
  root.querySelectorAll<HTMLElement>("[data-share]").forEach((part) => {
    part.style.width = `${Number(part.dataset.share) * 100}%`;
  });
  paintSwatches(root);
}

/** Colours named in `data-colour` go through the CSSOM: the strict CSP forbids inline style attributes. */
export function paintSwatches(root: ParentNode): void {
  root.querySelectorAll<HTMLElement>("[data-colour]").forEach((swatch) => {
    swatch.style.background = swatch.dataset.colour ?? "";
  });
}
