/**
 * The engine's analytics and their parameters, as the API lists them (the
 * same list as `crosslink analyze --help`). Communities can be run again with
 * other parameters (resolution, seed): the answer recolours the persons by
 * their new community, through the API, at the caller's clearance.
 */
import type { AnalyticInfo, CommunitiesRun, ParameterInfo } from "../api/types.ts";
import { h, replace } from "../ui/dom.ts";
import type { Workspace } from "../workspace.ts";
import { failure } from "../ui/failure.ts";

/** The analytics whose answer the graph can show: a community per person. */
const RERUNNABLE = "communities";
/** Parameter types that one input field can hold. */
const FIELD_TYPES = new Set(["number", "integer", "boolean", "string"]);

export function mountAnalytics(root: HTMLElement, workspace: Workspace) {
  const out = h("div", { id: "analytics-result" });

  const field = (analytic: string, parameter: ParameterInfo) => {
    const id = `analytic-${analytic}-${parameter.name}`;
    const input =
      parameter.type === "boolean"
        ? h("input", { id, type: "checkbox", checked: parameter.default === true })
        : parameter.type === "string"
          ? h(
              "select",
              { id },
              (parameter.choices ?? []).map((choice) =>
                h("option", { value: choice, selected: choice === parameter.default }, choice),
              ),
            )
          : h("input", {
              id,
              type: "number",
              step: parameter.type === "integer" ? 1 : "any",
              value: String(parameter.default),
            });
    return {
      parameter,
      input,
      label: h("label", { for: id, title: parameter.description }, parameter.name),
    };
  };

  const valueOf = ({ parameter, input }: ReturnType<typeof field>): unknown =>
    parameter.type === "boolean"
      ? (input as HTMLInputElement).checked
      : parameter.type === "string"
        ? input.value
        : Number(input.value);

  const rerun = async (fields: ReturnType<typeof field>[]) => {
    const parameters = Object.fromEntries(fields.map((f) => [f.parameter.name, valueOf(f)]));
    try {
      const { result } = await workspace.api.runAnalytic<CommunitiesRun>(RERUNNABLE, parameters);
      for (const [id, community] of Object.entries(result.communities)) {
        if (workspace.graph.hasNode(id))
          workspace.graph.setNodeAttribute(id, "community", community);
      }
      // The analysis's community names belong to its own partition, not this one.
      workspace.communityNames.clear();
      workspace.state.settings.colourBy = "community";
      workspace.updateView();
      replace(
        out,
        h(
          "p",
          { class: "muted" },
          `${result.count} communities, modularity ${result.modularity.toFixed(3)}`,
        ),
      );
    } catch (error) {
      replace(out, failure(error));
    }
  };

  const entry = (analytic: AnalyticInfo) => {
    const fields =
      analytic.id === RERUNNABLE
        ? analytic.parameters
            .filter((p) => FIELD_TYPES.has(p.type))
            .map((p) => field(analytic.id, p))
        : [];
    return h(
      "details",
      { "data-key": `analytic-${analytic.id}`, open: analytic.id === RERUNNABLE },
      h("summary", { title: analytic.description }, analytic.title),
      fields.length > 0
        ? h(
            "div",
            { class: "form" },
            fields.map((f) => h("div", { class: "actions" }, f.label, f.input)),
            h(
              "button",
              {
                id: `analytic-${analytic.id}-run`,
                type: "button",
                class: "primary",
                onclick: () => void rerun(fields),
              },
              "Run again",
            ),
          )
        : h(
            "ul",
            { class: "muted" },
            analytic.parameters.map((p) =>
              h("li", { title: p.description }, `${p.name} = ${JSON.stringify(p.default)}`),
            ),
          ),
    );
  };

  workspace.api.analytics().then(
    ({ analytics }) => replace(root, h("h2", {}, "Analytics"), analytics.map(entry), out),
    (error) => replace(root, h("h2", {}, "Analytics"), failure(error)),
  );
}
