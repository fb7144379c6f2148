/**
 * Namesakes told apart on the canvas: when two drawn entities share a label,
 * each gets a suffix that differs between them — the birth year when that
 * tells them all apart, else the id.
 */
import type Graph from "graphology";
import { isSuperNode, nodeLabel } from "./attributes.ts";

/** The labels that need a suffix, by node: "Samir Naceur (1990)", "Samir Naceur (P001022)". */
export function namesakeLabels(graph: Graph): Map<string, string> {
  const byLabel = new Map<string, string[]>();
  graph.forEachNode((node, attributes) => {
    const label = nodeLabel(attributes);
    if (label === "" || isSuperNode(attributes)) return;
    const same = byLabel.get(label);
    if (same) same.push(node);
    else byLabel.set(label, [node]);
  });
  const labels = new Map<string, string>();
  for (const [label, nodes] of byLabel) {
    if (nodes.length < 2) continue;
    const born = nodes.map((node) => graph.getNodeAttribute(node, "born") as string | undefined);
    const apart = born.every((year) => year !== undefined) && new Set(born).size === nodes.length;
    nodes.forEach((node, i) => labels.set(node, `${label} (${apart ? born[i] : node})`));
  }
  return labels;
}
