/**
 * Network names in the narrow side column: one line each, cut with an
 * ellipsis where the column ends, the full name on hover. Generated names
 * run to 50 characters ("Central Mediterranean: Sicily – Ventimiglia
 * smuggling network") and wrapped onto three or four lines there.
 */
import { h } from "./dom.ts";

export const networkName = (name: string): HTMLElement =>
  h("span", { class: "network-name", title: name }, name);

/** Two networks and what runs between them ("A → B"), each cut on its own so both stay in view. */
export const networkPair = (from: string, arrow: string, to: string): HTMLElement =>
  h(
    "span",
    { class: "network-pair", title: `${from} ${arrow} ${to}` },
    networkName(from),
    h("span", { class: "arrow", "aria-hidden": "true" }, arrow),
    networkName(to),
  );
