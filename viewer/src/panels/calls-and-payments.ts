/**
 * The selected entity on the directed network: its in and out measures, whom
 * it calls and pays and who calls and pays it, with the number of calls and
 * transfers and the sums by currency (API entity detail, `calls`).
 */
import type { EntityDetail } from "../api/types.ts";
import { formatNumber, h } from "../ui/dom.ts";
import type { Workspace } from "../workspace.ts";

const SHOWN = 8;

type Counterpart = EntityDetail["calls"]["out"][number];

export function callsAndPayments(detail: EntityDetail, workspace: Workspace): Node[] {
  const measures = detail.scores?.directed;
  return [
    measures
      ? h(
          "p",
          { class: "muted", id: "detail-directed" },
          `Directed: ${measures.outDegree} out, ${measures.inDegree} in; PageRank ${formatNumber(measures.pagerank)}`,
        )
      : null,
    list("Calls and pays", "detail-calls-out", detail.calls.out, workspace),
    list("Called and paid by", "detail-calls-in", detail.calls.in, workspace),
  ].filter((node): node is HTMLElement => node !== null);
}

function list(title: string, id: string, items: Counterpart[], workspace: Workspace) {
  if (items.length === 0) return null;
  return h(
    "section",
    { id },
    h("h2", {}, `${title} (${items.length})`),
    h(
      "ul",
      {},
      items.slice(0, SHOWN).map((item) =>
        h(
          "li",
          {},
          h(
            "button",
            {
              class: "row named",
              type: "button",
              onclick: () => void workspace.reveal(item.other.id),
            },
            h("span", { class: "name" }, item.other.label),
            h("span", { class: "muted" }, summary(item)),
          ),
        ),
      ),
    ),
  );
}

function summary(item: Counterpart): string {
  const parts: string[] = [];
  if (item.calls > 0) parts.push(`${item.calls} call${item.calls === 1 ? "" : "s"}`);
  if (item.transfers > 0)
    parts.push(`${item.transfers} transfer${item.transfers === 1 ? "" : "s"}`);
  for (const [currency, amount] of Object.entries(item.amounts)) {
    parts.push(`${currency} ${formatNumber(amount)}`);
  }
  return parts.join(", ");
}
