/**
 * Communities with their size and crime mix. A click drills down into the
 * community when the overview shows super-nodes, and otherwise shows only it
 * (a second click shows all again).
 */
import type { CommunitySummary } from "../api/types.ts";
import { crimeColour } from "../graph/palette.ts";
import { h, humanize, paintBars, replace } from "../ui/dom.ts";
import type { Workspace } from "../workspace.ts";
import { failure } from "../ui/failure.ts";

const SHOWN = 40;

export function mountCommunities(root: HTMLElement, workspace: Workspace) {
  let communities: CommunitySummary[] = [];
  const { filters } = workspace.state;
  const choose = async (community: CommunitySummary) => {
    const key = String(community.id);
    if (workspace.level === "communities") {
      await workspace.drillDownTo(community.id);
      return;
    }
    const only = filters.communities.size === 1 && filters.communities.has(key);
    filters.communities.clear();
    if (!only) filters.communities.add(key);
    void workspace.filtersChanged();
  };
  const render = () => {
    replace(
      root,
      h("h2", {}, `Communities (${communities.length})`),
      h(
        "ul",
        {},
        communities.slice(0, SHOWN).map((community) => {
          const total = Object.values(community.crimeTypes).reduce((a, b) => a + b, 0);
          const mix = Object.entries(community.crimeTypes).sort((a, b) => b[1] - a[1]);
          return h(
            "li",
            {},
            h(
              "button",
              {
                class: "row",
                type: "button",
                "aria-selected": String(filters.communities.has(String(community.id))),
                "data-key": `community-${community.id}`,
                title: mix.map(([type, n]) => `${humanize(type)}: ${n}`).join("\n"),
                onclick: () => void choose(community),
              },
              h("span", { class: "grow" }, community.name),
              h("span", { class: "muted" }, `${community.size}`),
            ),
            h(
              "div",
              { class: "bar", "aria-hidden": "true" },
              mix.map(([type, n]) =>
                h("span", {
                  "data-colour": crimeColour(type),
                  "data-share": total ? n / total : 0,
                }),
              ),
            ),
          );
        }),
      ),
    );
    paintBars(root);
  };
  workspace.api.communities().then(
    (answer) => {
      communities = [...answer.communities].sort((a, b) => b.size - a.size);
      for (const { id, name } of communities) workspace.communityNames.set(String(id), name);
      // Namesakes on the canvas may now be told apart by their network.
      workspace.updateView();
    },
    (error) => replace(root, h("h2", {}, "Communities"), failure(error)),
  );
  workspace.on((change) => {
    if (change === "view" && communities.length > 0) render();
  });
}
