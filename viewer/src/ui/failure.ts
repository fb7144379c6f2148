/** An error as a panel shows it: the server's message, announced to screen readers. */
import { h } from "./dom.ts";

export function failure(error: unknown): HTMLElement {
  return h("p", { class: "error", role: "alert" }, (error as Error).message);
}
