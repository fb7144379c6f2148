/**
 * Who stands behind a phone, vehicle or account: each user with their
 * network, target rank and crime types, the answer a front-line check needs.
 */
import type { EntityDetail } from "../../api/types.ts";
import { h } from "../../ui/dom.ts";
import { crimeWords } from "../../ui/words.ts";
import type { Workspace } from "../../workspace.ts";

export function usedBy(detail: EntityDetail, workspace: Workspace): Node[] {
  const users = detail.usedBy ?? [];
  if (users.length === 0) return [];
  return [
    h("h2", {}, `Used by (${users.length})`),
    h(
      "ul",
      { id: "detail-used-by", class: "lines" },
      users.map((user) =>
        h(
          "li",
          { "data-id": user.id },
          h(
            "button",
            { type: "button", class: "link", onclick: () => void workspace.reveal(user.id) },
            user.label,
          ),
          user.targetRank !== undefined ? h("strong", {}, ` · target rank ${user.targetRank}`) : "",
          h(
            "div",
            { class: "muted" },
            [
              user.network ? `network: ${user.network.name}` : "no network",
              user.crimeTypes.length > 0 ? crimeWords(user.crimeTypes) : "no recorded crime",
            ].join(" · "),
          ),
        ),
      ),
    ),
  ];
}
