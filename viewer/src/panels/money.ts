/**
 * Money you can see. In money-flow mode the flows of the analysis are drawn
 * as arrows from payer to payee, as wide as the amount, each currency kept
 * apart, the largest labelled (money-flows.ts); on the super-node view, the
 * flows between communities. The panel lists who pays whom between networks
 * and how much, largest first, both names in full: a click shows the two
 * networks in money mode.
 */
import type { CommunityMoneyFlow, MoneyFlow } from "../api/types.ts";
import { actorFlows, addFlowEdges, communityFlows } from "../graph/money-flows.ts";
import { h, humanize, paintBars, replace } from "../ui/dom.ts";
import { failure } from "../ui/failure.ts";
import { networkPair } from "../ui/network-name.ts";
import { count, wordList } from "../ui/words.ts";
import type { Workspace } from "../workspace.ts";

const SHOWN = 12;

export function mountMoney(root: HTMLElement, workspace: Workspace) {
  let answer: { flows: MoneyFlow[]; communities: CommunityMoneyFlow[] } | undefined;
  let asked = false;
  const draw = () => {
    if (!answer || !workspace.state.settings.moneyMode) return;
    const added =
      addFlowEdges(workspace.graph, actorFlows(answer.flows)) +
      addFlowEdges(workspace.graph, communityFlows(answer.communities));
    if (added > 0) workspace.updateView();
  };
  const name = (community: number) =>
    workspace.communityNames.get(String(community)) ?? `community ${community}`;
  const show = (flow: CommunityMoneyFlow) => {
    workspace.state.settings.moneyMode = true;
    if (workspace.level === "communities") return workspace.updateView();
    workspace.state.filters.communities = new Set([String(flow.from), String(flow.to)]);
    workspace.updateView();
  };
  const render = () => {
    if (!answer) return;
    const top = answer.communities.slice(0, SHOWN);
    const largest = new Map<string, number>();
    for (const flow of top)
      largest.set(flow.currency, Math.max(largest.get(flow.currency) ?? 0, flow.amount));
    replace(
      root,
      h("h2", {}, "Money between networks"),
      h(
        "ol",
        { id: "money-between" },
        top.map((flow) =>
          h(
            "li",
            {},
            h(
              "button",
              { type: "button", class: "row named", onclick: () => show(flow) },
              h("span", { class: "name" }, networkPair(name(flow.from), "→", name(flow.to))),
              h(
                "span",
                { class: "muted" },
                `${flow.currency} ${Math.round(flow.amount).toLocaleString("en")}, ${count(flow.transfers, "transfer")}`,
              ),
            ),
            h("div", { class: "muted channels" }, byChannel(flow)),
            h(
              "div",
              { class: "bar", "aria-hidden": "true" },
              h("span", {
                "data-colour": "#E69F00",
                "data-share": flow.amount / largest.get(flow.currency)!,
              }),
            ),
          ),
        ),
      ),
    );
    paintBars(root);
  };
  const load = () => {
    if (asked) return;
    asked = true;
    workspace.api.moneyFlows().then(
      (flows) => {
        answer = flows;
        render();
        draw();
      },
      (error) => replace(root, h("h2", {}, "Money between networks"), failure(error)),
    );
  };
  // Turning money mode on brings the panel into view: below the crime bridges it is often scrolled off.
  let inMoneyMode = false;
  workspace.on((change) => {
    if (change === "graph" || change === "view") draw();
    if (change === "view" && answer) render();
    const { moneyMode } = workspace.state.settings;
    if (moneyMode && !inMoneyMode) root.scrollIntoView({ block: "start" });
    inMoneyMode = moneyMode;
  });
  load();
}

/** "by hawala (EUR 12,000) and bank (EUR 3,400)": the channels, largest first; one channel plainly. */
function byChannel(flow: CommunityMoneyFlow): string {
  const channels = Object.entries(flow.channels).sort((a, b) => b[1] - a[1]);
  if (channels.length === 1) return `by ${humanize(channels[0]![0])}`;
  return `by ${wordList(
    channels.map(
      ([channel, amount]) =>
        `${humanize(channel)} (${flow.currency} ${Math.round(amount).toLocaleString("en")})`,
    ),
  )}`;
}
