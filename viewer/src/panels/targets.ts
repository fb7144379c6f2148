/** The ranked targets: a click focuses the person and opens the reasons for the rank. */
import type { TargetEntry } from "../api/types.ts";
import { formatNumber, h, replace } from "../ui/dom.ts";
import type { Workspace } from "../workspace.ts";
import { failure } from "../ui/failure.ts";

const SHOWN = 30;

export function mountTargets(root: HTMLElement, workspace: Workspace) {
  let targets: TargetEntry[] = [];
  let open: string | undefined;
  const render = () =>
    replace(
      root,
      h("h2", {}, "Targets"),
      h(
        "ol",
        { id: "target-list" },
        targets.map((target) =>
          h(
            "li",
            {},
            h(
              "button",
              {
                class: "row",
                type: "button",
                "data-id": target.id,
                "data-key": `target-${target.id}`,
                "aria-expanded": String(open === target.id),
                onclick: async () => {
                  open = open === target.id ? undefined : target.id;
                  render();
                  if (!workspace.graph.hasNode(target.id)) await workspace.expand(target.id);
                  void workspace.focus(target.id);
                },
              },
              h("span", { class: "muted" }, `${target.rank}.`),
              h("span", { class: "grow" }, target.label),
              h("span", { class: "muted" }, formatNumber(target.score, 2)),
            ),
            open === target.id
              ? h(
                  "ul",
                  { class: "reasons target-reasons" },
                  target.reasons.map((reason) => h("li", {}, reason)),
                )
              : null,
          ),
        ),
      ),
    );
  workspace.api.targets(SHOWN).then(
    (answer) => {
      targets = answer.targets;
      render();
    },
    // Roles below taskforce may not see targets: the panel says so and the rest works.
    (error) => replace(root, h("h2", {}, "Targets"), failure(error)),
  );
}
