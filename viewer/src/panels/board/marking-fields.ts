/**
 * The marking a board change or note carries: a classification at most the
 * author's clearance (the choices stop there; the server refuses more) and an
 * optional handling code. Default restricted, as the server's.
 */
import { CLASSIFICATIONS } from "../../../../engine/model/vocabulary.ts";
import { h } from "../../ui/dom.ts";

export interface MarkingFields {
  elements: HTMLElement[];
  /** The marking chosen, for a request body. */
  value(): { classification: string; handling_code?: string };
}

export function markingFields(clearance: string, key: string): MarkingFields {
  const allowed = CLASSIFICATIONS.slice(0, CLASSIFICATIONS.indexOf(clearance as never) + 1);
  const level = h(
    "select",
    { class: "marking-level", "aria-label": "Classification", "data-key": `${key}-level` },
    allowed.map((c) => h("option", { value: c, ...(c === "restricted" && { selected: true }) }, c)),
  );
  const code = h("input", {
    type: "text",
    class: "marking-code",
    placeholder: "handling code",
    "aria-label": "Handling code",
    maxlength: 64,
    "data-key": `${key}-code`,
  });
  return {
    elements: [h("span", { class: "muted" }, "marked"), level, code],
    value: () => ({
      classification: level.value,
      ...(code.value.trim() !== "" && { handling_code: code.value.trim() }),
    }),
  };
}

/** "CONFIDENTIAL · NOFORN": how a marking reads on screen. */
export const markingText = (marked: { classification: string; handling_code?: string }) =>
  `${marked.classification.toUpperCase()}${marked.handling_code ? ` · ${marked.handling_code}` : ""}`;
