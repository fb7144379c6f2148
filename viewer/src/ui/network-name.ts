/**
 * Network names in the narrow side column. A single name (the targets
 * table's network column) takes one line, cut with an ellipsis where the
 * column ends, the full name on hover. Generated names run to 50 characters
 * ("Central Mediterranean: Sicily – Ventimiglia smuggling network").
 */
import { h } from "./dom.ts";

export const networkName = (name: string): HTMLElement =>
  h("span", { class: "network-name", title: name }, name);

/**
 * Two networks and what runs between them ("A → B") in full: the first on
 * its line, the arrow and the second under it, each wrapping at word breaks,
 * so who pays whom reads without a hover. Cut to one line each, two long
 * names left "drug traffick… → Central Medi…".
 */
export const networkPair = (from: string, arrow: string, to: string): HTMLElement =>
  h(
    "span",
    { class: "network-pair" },
    h("span", { class: "network-from" }, from),
    h(
      "span",
      { class: "network-to" },
      h("span", { class: "arrow", "aria-hidden": "true" }, arrow),
      h("span", {}, to),
    ),
  );
