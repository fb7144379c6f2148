/**
 * Crime bridges in plain sight: the persons who tie a smuggling network to
 * drug trafficking or money laundering (the Analysis's crime-overlap
 * bridges), each with the network on either side and the evidence of the
 * ties across; a click opens the person.
 */
import type { CrimeBridge } from "../api/types.ts";
import { crimeColour } from "../graph/palette.ts";
import { h, humanize, paintSwatches, replace } from "../ui/dom.ts";
import { failure } from "../ui/failure.ts";
import { networkPair } from "../ui/network-name.ts";
import { amounts, dateSpan, kindCounts } from "../ui/words.ts";
import type { Workspace } from "../workspace.ts";

export function mountBridges(root: HTMLElement, workspace: Workspace) {
  let bridges: CrimeBridge[] = [];
  const name = (community: number) =>
    workspace.communityNames.get(String(community)) ?? `community ${community}`;
  const render = () =>
    replace(
      root,
      h("h2", {}, `Crime bridges (${bridges.length})`),
      bridges.length === 0
        ? h("p", { class: "muted" }, "No person ties smuggling to another crime here.")
        : h(
            "ul",
            { id: "bridge-list" },
            bridges.map((bridge) =>
              h(
                "li",
                { "data-id": bridge.id },
                h(
                  "button",
                  {
                    type: "button",
                    class: "row named",
                    onclick: () => void workspace.reveal(bridge.id),
                  },
                  h("span", {
                    class: "swatch",
                    "data-colour": crimeColour(bridge.otherType),
                  }),
                  h("span", { class: "name" }, bridge.name),
                  h("span", { class: "muted" }, humanize(bridge.otherType)),
                ),
                h(
                  "div",
                  { class: "muted evidence-line" },
                  networkPair(name(bridge.smugglingCommunity), "↔", name(bridge.otherCommunity)),
                ),
                h(
                  "div",
                  { class: "muted evidence-line" },
                  [
                    kindCounts(bridge.evidence.kinds as Record<string, number>),
                    amounts(bridge.evidence.amounts),
                    dateSpan(bridge.evidence.first ?? undefined, bridge.evidence.last ?? undefined),
                  ]
                    .filter((part) => part !== "")
                    .join(" · "),
                ),
              ),
            ),
          ),
    );
  workspace.api.crimeOverlaps().then(
    (overlap) => {
      bridges = overlap.bridges;
      render();
      paintSwatches(root);
    },
    (error) => replace(root, h("h2", {}, "Crime bridges"), failure(error)),
  );
  // Community names arrive with the communities panel.
  workspace.on((change) => {
    if (change === "view" && bridges.length > 0) {
      render();
      paintSwatches(root);
    }
  });
}
