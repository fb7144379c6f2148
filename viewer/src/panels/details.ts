/**
 * The selected entity: classification and handling code first (they govern
 * what may be done with it), then scores, reasons, crime links with their
 * evidence, ties, calls and payments each way, properties and provenance; actions to expand its
 * neighbours and export its target package.
 */
import type { EntityDetail } from "../api/types.ts";
import { provenanceText } from "../../../engine/model/provenance.ts";
import { saveBlob } from "../graph/snapshot.ts";
import { formatNumber, h, humanize, replace } from "../ui/dom.ts";
import { EXPAND_LIMIT, type Workspace } from "../workspace.ts";
import { callsAndPayments } from "./calls-and-payments.ts";

const SHOWN_TIES = 12;

export function mountDetails(root: HTMLElement, workspace: Workspace) {
  let shown: string | undefined;
  let ticket = 0;
  const render = async () => {
    const id = workspace.state.selected.at(-1);
    if (id === shown) return;
    shown = id;
    if (id === undefined) return replace(root);
    const mine = ++ticket;
    const detail = await workspace.api.entity(id);
    if (mine === ticket) replace(root, ...view(detail, workspace));
  };
  workspace.on((change) => {
    if (change === "selection") void render().catch((error) => replace(root, failure(error)));
  });
}

function view(detail: EntityDetail, workspace: Workspace): Node[] {
  const status = h("p", { class: "muted", role: "status" });
  const expand = async () => {
    const added = await workspace.expand(detail.id, EXPAND_LIMIT);
    status.textContent = `${added} neighbours added (at most ${EXPAND_LIMIT}).`;
  };
  const exportPackage = async () => {
    try {
      saveBlob(await workspace.api.exportPackage(detail.id), `target-package-${detail.id}.html`);
    } catch (error) {
      status.textContent = `Export failed: ${(error as Error).message}`;
    }
  };
  const scores = detail.scores;
  return [
    h("h2", {}, "Entity"),
    h("div", { class: "entity-title" }, h("strong", { id: "detail-label" }, detail.label)),
    h(
      "p",
      {},
      h("span", { class: "badge" }, detail.classification),
      detail.handling_code ? ` ${detail.handling_code}` : "",
      h("span", { class: "muted" }, ` ${humanize(detail.type)} · ${detail.id}`),
    ),
    h(
      "div",
      { class: "actions" },
      h(
        "button",
        { type: "button", id: "expand", onclick: () => void expand() },
        "Expand neighbours",
      ),
      detail.type === "person"
        ? h(
            "button",
            { type: "button", id: "export-package", onclick: () => void exportPackage() },
            "Export target package",
          )
        : null,
    ),
    status,
    scores
      ? props({
          "target rank": scores.targetRank,
          "target score": scores.targetScore,
          community: scores.community,
          degree: scores.degree,
          betweenness: scores.betweenness,
          PageRank: scores.pagerank,
        })
      : null,
    detail.reasons?.length
      ? [
          h("h2", {}, "Why a target"),
          h(
            "ul",
            { class: "reasons", id: "detail-reasons" },
            detail.reasons.map((r) => h("li", {}, r)),
          ),
        ]
      : null,
    detail.crimeLinks?.length
      ? [
          h("h2", {}, "Crime links"),
          h(
            "ul",
            {},
            detail.crimeLinks.map((link) =>
              h(
                "li",
                {},
                h("strong", {}, humanize(link.type)),
                ` ${link.hops === 1 ? "directly" : `${link.hops} hops`}`,
                link.via.length
                  ? h("span", { class: "muted" }, ` via ${link.via.join(" → ")}`)
                  : "",
                h("div", { class: "muted" }, `evidence: ${link.evidence.join(", ")}`),
              ),
            ),
          ),
        ]
      : null,
    detail.ties.length
      ? [
          h("h2", {}, `Ties (${detail.ties.length})`),
          h(
            "ul",
            {},
            detail.ties.slice(0, SHOWN_TIES).map((tie) =>
              h(
                "li",
                {},
                h(
                  "button",
                  {
                    class: "row",
                    type: "button",
                    onclick: () => void workspace.focus(tie.other.id),
                  },
                  h("span", { class: "grow" }, tie.other.label),
                  h("span", { class: "muted" }, tie.kinds.map(humanize).join(", ")),
                ),
                h(
                  "div",
                  { class: "muted" },
                  tie.evidence
                    .map(
                      (e) =>
                        `${humanize(e.type)}${e.date ? ` ${e.date}` : ""} [${e.classification}]`,
                    )
                    .join("; "),
                ),
              ),
            ),
          ),
        ]
      : null,
    ...callsAndPayments(detail, workspace),
    h("h2", {}, "Properties"),
    props({ ...detail.properties, source: detail.source, links: detail.linkCount }),
    h("p", { class: "muted" }, `Provenance: ${provenanceText(detail.provenance)}`),
  ].flat() as Node[];
}

function props(values: Record<string, unknown>): HTMLElement {
  return h(
    "dl",
    { class: "props" },
    Object.entries(values)
      .filter(([, value]) => value !== undefined && value !== null && value !== "")
      .map(([key, value]) => [
        h("dt", {}, humanize(key)),
        h(
          "dd",
          {},
          typeof value === "number"
            ? formatNumber(value)
            : Array.isArray(value)
              ? value.join(", ")
              : typeof value === "object"
                ? JSON.stringify(value)
                : String(value),
        ),
      ])
      .flat(),
  );
}

export function failure(error: unknown): HTMLElement {
  return h("p", { class: "error", role: "alert" }, (error as Error).message);
}
