/** Entry point: sign in, then open the workspace and mount the panels the user's role may use. */
import { mountMap } from "./map/map-view.ts";
import { mountAnalytics } from "./panels/analytics.ts";
import { mountCommunities } from "./panels/communities.ts";
import { mountCrossCheck } from "./panels/cross-check.ts";
import { mountDetails } from "./panels/details.ts";
import { mountDisruption } from "./panels/disruption.ts";
import { mountFilters } from "./panels/filters.ts";
import { mountLegend } from "./panels/legend.ts";
import { mountMoney } from "./panels/money.ts";
import { mountBridges } from "./panels/bridges.ts";
import { mountPath } from "./panels/path/path-panel.ts";
import { mountSearch } from "./panels/search.ts";
import { mountTargets } from "./panels/targets/targets-panel.ts";
import { DEFAULT_TARGET_ACTIONS } from "./panels/targets/target-actions.ts";
import { mountBoardEntry } from "./panels/board/board-panel.ts";
import { mountBoardScreen } from "./panels/board/board-screen.ts";
import { nominateAction } from "./panels/board/board-actions.ts";
import { mountTimeline } from "./panels/timeline.ts";
import { mountToolbar } from "./panels/toolbar.ts";
import { overlayRects } from "./graph/overlays.ts";
import { drawnShare } from "./graph/snapshot.ts";
import type { CrosslinkHook, HookWindow } from "./hook.ts";
import { login } from "./ui/login.ts";
import { mountSideColumns } from "./ui/side-columns.ts";
import { Workspace } from "./workspace.ts";
import { mountViews, sharedViewId } from "./views/views-panel.ts";

const byId = (id: string) => document.getElementById(id)!;

const form = byId("login") as HTMLFormElement;
const api = await login(form);
form.hidden = true;
byId("app").hidden = false;

const workspace = new Workspace(api, byId("graph"));
// `?maxNodes=N`: draw communities above N persons instead of the server's 10,000.
const maxNodes = Number(new URLSearchParams(location.search).get("maxNodes"));
if (Number.isInteger(maxNodes) && maxNodes > 0) workspace.overviewMaxNodes = maxNodes;
const { user } = api;
byId("user").textContent = `${user.name} · ${user.role} · cleared ${user.clearance}`;
const toggleMap = workspace.may("map") ? mountMap(byId("map"), workspace) : undefined;
mountToolbar(byId("toolbar"), workspace, toggleMap);
mountSideColumns(byId("app"));
mountSearch(byId("search"), workspace);
mountLegend(byId("legend"), workspace);
mountFilters(byId("filters"), workspace);
mountTimeline(byId("timeline"), workspace);
// The officer's screen opens on the cross-check; for the other roles it is one tool among many.
mountCrossCheck(byId("cross-check"), workspace, !workspace.may("overview"));
const boardScreen = workspace.may("boards")
  ? mountBoardScreen(byId("board-screen"), workspace)
  : undefined;
if (boardScreen) mountBoardEntry(byId("board"), boardScreen);
if (workspace.may("targets")) {
  const actions =
    boardScreen && workspace.may("board-edit")
      ? [...DEFAULT_TARGET_ACTIONS, nominateAction(boardScreen)]
      : DEFAULT_TARGET_ACTIONS;
  mountTargets(byId("targets"), workspace, actions);
}
if (workspace.may("communities")) mountCommunities(byId("communities"), workspace);
if (workspace.may("crime-overlaps")) mountBridges(byId("bridges"), workspace);
if (workspace.may("money-flows")) mountMoney(byId("money-panel"), workspace);
if (workspace.may("analytics")) mountAnalytics(byId("analytics"), workspace);
mountDetails(byId("details"), workspace);
if (workspace.may("paths")) mountPath(byId("path"), workspace);
if (workspace.may("disruption")) mountDisruption(byId("disruption"), workspace);

const empty = byId("empty");
const showEmpty = () => (empty.hidden = workspace.graph.order > 0);
workspace.on((change) => {
  if (change === "graph") showEmpty();
});

const hook: CrosslinkHook = {
  workspace,
  renderer: workspace.canvas.renderer,
  drawnShare: () => drawnShare(workspace.canvas.renderer),
  labelBoxes: () => workspace.canvas.labels.boxes(),
  overlays: () => overlayRects(workspace.canvas.renderer.getContainer()),
};
(window as unknown as HookWindow).__crosslink = hook;

const views = workspace.may("views") ? mountViews(byId("views"), workspace) : undefined;
const shared = sharedViewId();
// A shared link opens its view; one that cannot be opened (gone, or above the reader) says so over the overview.
const opened = views && shared !== null && (await views.open(shared));
if (!opened && workspace.may("overview")) await workspace.loadOverview();
showEmpty();
document.body.dataset.ready = "true";
