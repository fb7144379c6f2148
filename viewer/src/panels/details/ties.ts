/**
 * The entity's ties in the person network, strongest first, every one
 * reachable: the first few shown, the rest one click away. Each tie is a
 * readable name and one line of evidence (counts by kind, sums by currency,
 * first and last date); the records behind it open on demand.
 */
import type { EntityDetail } from "../../api/types.ts";
import { formatNumber, h, humanize } from "../../ui/dom.ts";
import { amounts, dateSpan, kindCounts } from "../../ui/words.ts";
import type { Workspace } from "../../workspace.ts";

type Tie = EntityDetail["ties"][number];

/** Ties shown before "show all". */
const FIRST_SHOWN = 10;

export function ties(detail: EntityDetail, workspace: Workspace): Node[] {
  if (detail.ties.length === 0) return [];
  const sorted = [...detail.ties].sort(
    (a, b) => b.weight - a.weight || (a.other.label < b.other.label ? -1 : 1),
  );
  const list = h("ul", { id: "detail-ties", class: "ties" });
  const more = h("button", { type: "button", id: "detail-ties-all", class: "link" });
  const show = (all: boolean) => {
    list.replaceChildren(...(all ? sorted : sorted.slice(0, FIRST_SHOWN)).map((tie) => row(tie)));
    more.hidden = sorted.length <= FIRST_SHOWN;
    more.textContent = all ? "Show the strongest only" : `Show all ${sorted.length} ties`;
    more.onclick = () => show(!all);
  };
  const row = (tie: Tie) =>
    h(
      "li",
      { "data-id": tie.other.id },
      h(
        "button",
        {
          class: "row named",
          type: "button",
          title: `Tie weight ${formatNumber(tie.weight)}`,
          onclick: () => void workspace.reveal(tie.other.id),
        },
        h("span", { class: "name" }, tie.other.label),
        h("span", { class: "muted weight" }, formatNumber(tie.weight, 2)),
      ),
      h("div", { class: "muted evidence-line" }, evidenceLine(tie)),
      h(
        "details",
        { class: "records" },
        h("summary", {}, `${tie.evidence.length} records`),
        h(
          "ul",
          {},
          tie.evidence.map((record) =>
            h(
              "li",
              {},
              `${humanize(record.type)}${record.label ? ` ${record.label}` : ""}`,
              record.date ? ` · ${record.date.slice(0, 10)}` : "",
              h("span", { class: "badge small" }, record.classification),
            ),
          ),
        ),
      ),
    );
  show(false);
  return [h("h2", { id: "detail-ties-title" }, `Ties (${sorted.length})`), list, more];
}

/** "4 calls, 3 transfers · EUR 15,250 · 2023-05-12 – 2024-11-19" */
export function evidenceLine(tie: Tie): string {
  return [kindCounts(tie.counts), amounts(tie.amounts), dateSpan(tie.first, tie.last)]
    .filter((part) => part !== "")
    .join(" · ");
}
