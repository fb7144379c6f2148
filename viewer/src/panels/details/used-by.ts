/**
 * Who stands behind a phone, vehicle or account: each user with their
 * network, target rank and crime types, the answer a front-line check needs.
 */
import type { EntityDetail } from "../../api/types.ts";
import { h } from "../../ui/dom.ts";
import type { Workspace } from "../../workspace.ts";
import { personLine } from "../person-line.ts";

export function usedBy(detail: EntityDetail, workspace: Workspace): Node[] {
  const users = detail.usedBy ?? [];
  if (users.length === 0) return [];
  return [
    h("h2", {}, `Used by (${users.length})`),
    h(
      "ul",
      { id: "detail-used-by", class: "lines" },
      users.map((user) =>
        personLine({ ...user, network: user.network?.name }, (id) => void workspace.reveal(id)),
      ),
    ),
  ];
}
