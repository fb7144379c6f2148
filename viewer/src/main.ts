/** Entry point: sign in, then open the workspace and mount the panels around the graph. */
import { mountMap } from "./map/map-view.ts";
import { mountAnalytics } from "./panels/analytics.ts";
import { mountCommunities } from "./panels/communities.ts";
import { mountDetails } from "./panels/details.ts";
import { mountDisruption } from "./panels/disruption.ts";
import { mountFilters } from "./panels/filters.ts";
import { mountLegend } from "./panels/legend.ts";
import { mountPath } from "./panels/path.ts";
import { mountSearch } from "./panels/search.ts";
import { mountTargets } from "./panels/targets.ts";
import { mountTimeline } from "./panels/timeline.ts";
import { mountToolbar } from "./panels/toolbar.ts";
import { drawnShare } from "./graph/snapshot.ts";
import type { CrosslinkHook, HookWindow } from "./hook.ts";
import { login } from "./ui/login.ts";
import { Workspace } from "./workspace.ts";

const byId = (id: string) => document.getElementById(id)!;

const form = byId("login") as HTMLFormElement;
const api = await login(form);
form.hidden = true;
byId("app").hidden = false;

const workspace = new Workspace(api, byId("graph"));
const toggleMap = mountMap(byId("map"), workspace);
mountToolbar(byId("toolbar"), workspace, toggleMap);
mountSearch(byId("search"), workspace);
mountLegend(byId("legend"), workspace);
mountFilters(byId("filters"), workspace);
mountTimeline(byId("timeline"), workspace);
mountTargets(byId("targets"), workspace);
mountCommunities(byId("communities"), workspace);
mountAnalytics(byId("analytics"), workspace);
mountDetails(byId("details"), workspace);
mountPath(byId("path"), workspace);
mountDisruption(byId("disruption"), workspace);

const hook: CrosslinkHook = {
  workspace,
  renderer: workspace.canvas.renderer,
  drawnShare: () => drawnShare(workspace.canvas.renderer),
};
(window as unknown as HookWindow).__crosslink = hook;

await workspace.loadOverview();
document.body.dataset.ready = "true";
