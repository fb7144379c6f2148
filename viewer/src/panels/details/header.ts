/**
 * The top of the details: what the entity is and why it matters, before any
 * table. Own crime types in words, the network by name (a click shows it),
 * the roles its records and the analysis support, the target rank and its
 * reasons; for a person, birth date, nationality and category, which tell
 * namesakes apart.
 */
import type { EntityDetail } from "../../api/types.ts";
import { crimeColour } from "../../graph/palette.ts";
import { formatNumber, h, humanize } from "../../ui/dom.ts";
import type { Workspace } from "../../workspace.ts";

/** Properties that tell two persons of one name apart, in the order shown. */
const IDENTIFYING = ["birth_date", "nationality", "category", "kind", "country", "number", "plate"];

export function header(detail: EntityDetail, workspace: Workspace): Node[] {
  const identity = IDENTIFYING.map((key) => detail.properties[key])
    .filter((value) => typeof value === "string" && value !== "")
    .map((value) => humanize(value as string));
  const crimes = detail.crimeTypes ?? [];
  const rank = detail.scores?.targetRank;
  const parts: (HTMLElement | null)[] = [
    h("div", { class: "entity-title" }, h("strong", { id: "detail-label" }, detail.label)),
    h(
      "p",
      { class: "entity-meta" },
      h("span", { class: "badge" }, detail.classification),
      detail.handling_code ? h("span", { class: "handling" }, detail.handling_code) : null,
      h(
        "span",
        { class: "muted", id: "detail-identity" },
        [humanize(detail.type), ...identity, detail.id].join(" · "),
      ),
    ),
    crimes.length > 0
      ? h(
          "p",
          { id: "detail-crimes", class: "crimes" },
          crimes.map((crime) =>
            h(
              "span",
              { class: "crime" },
              h("span", {
                class: "swatch",
                "data-colour": crimeColour(crime),
              }),
              humanize(crime),
            ),
          ),
        )
      : null,
    detail.network
      ? h(
          "p",
          { class: "line" },
          h("span", { class: "muted" }, "Network "),
          workspace.may("overview")
            ? h(
                "button",
                {
                  id: "detail-network",
                  type: "button",
                  class: "link",
                  title: "Show this network",
                  onclick: () => void workspace.showCommunity(detail.network!.id),
                },
                detail.network.name,
              )
            : h("strong", { id: "detail-network" }, detail.network.name),
        )
      : null,
    detail.roles?.length
      ? h(
          "p",
          { class: "line", id: "detail-roles" },
          h("span", { class: "muted" }, "Role "),
          detail.roles.join("; "),
        )
      : null,
    rank !== undefined
      ? h(
          "p",
          { class: "line", id: "detail-rank" },
          h("span", { class: "muted" }, "Target "),
          h("strong", {}, `rank ${rank}`),
          ` · score ${formatNumber(detail.scores!.targetScore ?? 0, 2)}`,
        )
      : null,
    detail.reasons?.length
      ? h(
          "ul",
          { class: "reasons", id: "detail-reasons" },
          detail.reasons.map((reason) => h("li", {}, reason)),
        )
      : null,
    // Why a high-betweenness everyday contact is not a target (engine targets/reasons.ts).
    detail.caveat ? h("p", { class: "line muted", id: "detail-caveat" }, detail.caveat) : null,
  ];
  return parts.filter((node): node is HTMLElement => node !== null);
}
