/**
 * The selected entity, answering first and detailing after: what it is, its
 * crimes, network, roles and rank with the reasons (header.ts); actions;
 * crime links in words; ties strongest first with their evidence summed up;
 * for a phone, vehicle or account, who uses it; whom it calls and pays; then
 * measures, the records linking it, properties and provenance. The number of
 * ties is said once, as the length of the list of ties.
 */
import type { EntityDetail } from "../api/types.ts";
import { provenanceText } from "../../../engine/model/provenance.ts";
import { saveBlob } from "../graph/snapshot.ts";
import { formatNumber, h, humanize, paintSwatches, replace } from "../ui/dom.ts";
import { failure } from "../ui/failure.ts";
import { EXPAND_LIMIT, type Workspace } from "../workspace.ts";
import { callsAndPayments } from "./calls-and-payments.ts";
import { crimeLinks } from "./details/crime-links.ts";
import { header } from "./details/header.ts";
import { ties } from "./details/ties.ts";
import { usedBy } from "./details/used-by.ts";

export function mountDetails(root: HTMLElement, workspace: Workspace) {
  let shown: string | undefined;
  let ticket = 0;
  const render = async () => {
    const id = workspace.state.selected.at(-1);
    if (id === shown) return;
    shown = id;
    if (id === undefined) {
      delete root.dataset.id;
      return replace(root);
    }
    const mine = ++ticket;
    const detail = await workspace.api.entity(id);
    if (mine === ticket) {
      learnNetworkNames(detail, workspace);
      replace(root, ...view(detail, workspace));
      paintSwatches(root);
      // Tells tests (and scripts) which entity the panel shows once it is drawn.
      root.dataset.id = detail.id;
    }
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
    ...header(detail, workspace),
    h(
      "div",
      { class: "actions" },
      h(
        "button",
        { type: "button", id: "expand", onclick: () => void expand() },
        "Expand neighbours",
      ),
      detail.type === "person" && workspace.may("targets")
        ? h(
            "button",
            { type: "button", id: "export-package", onclick: () => void exportPackage() },
            "Export target package",
          )
        : null,
    ),
    status,
    ...crimeLinks(detail.crimeLinks ?? [], workspace),
    ...ties(detail, workspace),
    ...usedBy(detail, workspace),
    ...callsAndPayments(detail, workspace),
    scores
      ? [
          h("h2", {}, "Measures"),
          props({ betweenness: scores.betweenness, PageRank: scores.pagerank }),
        ]
      : null,
    records(detail),
    h("h2", {}, "Properties"),
    props({ ...detail.properties, source: detail.source }),
    h("p", { class: "muted" }, `Provenance: ${provenanceText(detail.provenance)}`),
  ]
    .flat()
    .filter((node): node is Node => node !== null);
}

/** The records that link the entity directly (phone use, calls, transfers...), on demand. */
function records(detail: EntityDetail): HTMLElement | null {
  if (detail.linkCount === 0) return null;
  return h(
    "details",
    { id: "detail-records", class: "records" },
    h("summary", {}, `Records linking it directly (${detail.linkCount})`),
    h(
      "ul",
      {},
      detail.links.map((link) =>
        h(
          "li",
          {},
          `${humanize(link.type)}${link.role ? ` (${humanize(link.role)})` : ""} ${link.direction === "out" ? "→" : "←"} ${link.other.label}`,
          link.date ? h("span", { class: "muted" }, ` · ${link.date.slice(0, 10)}`) : "",
          h("span", { class: "badge small" }, link.classification),
        ),
      ),
      detail.links.length < detail.linkCount
        ? h("li", { class: "muted" }, `and ${detail.linkCount - detail.links.length} more`)
        : null,
    ),
  );
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

/** Roles that cannot list communities learn their names from the details they open, for the legend. */
function learnNetworkNames(detail: EntityDetail, workspace: Workspace): void {
  const networks = [detail.network, ...(detail.usedBy ?? []).map((user) => user.network)];
  let learnt = false;
  for (const network of networks) {
    if (!network || workspace.communityNames.has(String(network.id))) continue;
    workspace.communityNames.set(String(network.id), network.name);
    learnt = true;
  }
  if (learnt) workspace.updateView();
}
