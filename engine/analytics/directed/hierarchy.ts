/**
 * Flow hierarchy (J. Luo & C. L. Magee, "Detecting evolving patterns of
 * self-organizing networks by flow hierarchy measurement", Complexity
 * 16(6):53–61, 2011; networkx `flow_hierarchy`): the share of arcs, or of arc
 * weight, that lies on no cycle. 1 when orders and money only flow down a
 * chain of command, 0 when every call and payment can come back round. An arc
 * is on a cycle exactly when both its ends are in one strongly connected
 * component.
 */
import { defaultsOf, resolveOptions, type Parameters } from "../options.ts";
import { strongComponents } from "./components.ts";
import type { DirectedCsr } from "./directed-csr.ts";

export interface FlowHierarchyOptions {
  /** Count arc weight rather than arcs. */
  weighted?: boolean;
}

export const FLOW_HIERARCHY_PARAMETERS: Parameters<Required<FlowHierarchyOptions>> = {
  weighted: { type: "boolean", default: false, description: "count arc weight rather than arcs" },
};
export const FLOW_HIERARCHY_DEFAULTS = defaultsOf(FLOW_HIERARCHY_PARAMETERS);

/** Null for a network without arcs, where networkx divides by zero. */
export function flowHierarchy(csr: DirectedCsr, options?: FlowHierarchyOptions): number | null {
  const { weighted } = resolveOptions("directed/hierarchy", FLOW_HIERARCHY_PARAMETERS, options);
  const { componentOf } = strongComponents(csr);
  const { offsets, targets, weights } = csr.out;
  let total = 0;
  let onCycles = 0;
  for (let v = 0; v < csr.nodeCount; v++) {
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      const amount = weighted ? weights[k]! : 1;
      total += amount;
      if (componentOf[targets[k]!] === componentOf[v]) onCycles += amount;
    }
  }
  return total === 0 ? null : 1 - onCycles / total;
}
