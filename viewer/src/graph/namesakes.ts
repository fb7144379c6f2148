/**
 * Namesakes told apart on the canvas: when two drawn entities share a label,
 * each gets what tells it from the others, as little as does — its birth
 * year; where that is shared (or unknown), its network too; its id only
 * where neither tells it apart.
 */
import type Graph from "graphology";
import { isSuperNode, nodeCommunity, nodeLabel } from "./attributes.ts";

/** Longest network name put in a label; longer ones are cut with an ellipsis. */
const NETWORK_CHARS = 24;

/**
 * A network's name short enough for a label: the part before a colon
 * ("Western Balkans" of "Western Balkans: Evros crossing smuggling network"),
 * cut to NETWORK_CHARS.
 */
export function shortNetwork(name: string): string {
  const head = name.split(":")[0]!.trim();
  return head.length <= NETWORK_CHARS ? head : `${head.slice(0, NETWORK_CHARS - 1).trimEnd()}…`;
}

/** The labels that need a suffix, by node: "Samir Naceur (1990)", "Samir Naceur (1990, Western Balkans)". */
export function namesakeLabels(
  graph: Graph,
  networkNames: ReadonlyMap<string, string> = new Map(),
): Map<string, string> {
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
    const network = networksOf(graph, nodes, networkNames);
    const born = (node: string) => graph.getNodeAttribute(node, "born") as string | undefined;
    const parts = new Map(nodes.map((node) => [node, [born(node)]]));
    // Each round adds one more detail to the nodes the details so far leave alike.
    for (const detail of [network, (node: string) => node]) {
      const alike = sharedSuffixes(parts);
      for (const node of nodes) if (alike.has(node)) parts.get(node)!.push(detail(node));
    }
    for (const node of nodes) {
      const known = parts.get(node)!.filter((part) => part !== undefined);
      // Alone with an unknown year among dated namesakes: its network tells it apart, else its id.
      labels.set(
        node,
        `${label} (${known.length > 0 ? known.join(", ") : (network(node) ?? node)})`,
      );
    }
  }
  return labels;
}

/**
 * Each node's network as a label shows it: shortened, unless two different
 * networks of these nodes shorten alike ("Eastern Mediterranean"), then in full.
 */
function networksOf(
  graph: Graph,
  nodes: readonly string[],
  networkNames: ReadonlyMap<string, string>,
): (node: string) => string | undefined {
  const full = new Map<string, string>();
  for (const node of nodes) {
    const community = nodeCommunity(graph.getNodeAttributes(node));
    const name = community === undefined ? undefined : networkNames.get(community);
    if (name !== undefined) full.set(node, name);
  }
  const names = new Set(full.values());
  const shortened = new Set([...names].map(shortNetwork));
  const short = shortened.size === names.size;
  return (node) => {
    const name = full.get(node);
    return name === undefined || !short ? name : shortNetwork(name);
  };
}

/** The nodes whose details so far (unknown ones left out) are the same as another's. */
function sharedSuffixes(parts: ReadonlyMap<string, (string | undefined)[]>): Set<string> {
  const bySuffix = new Map<string, string[]>();
  for (const [node, details] of parts) {
    const suffix = details.filter((part) => part !== undefined).join(", ");
    bySuffix.set(suffix, [...(bySuffix.get(suffix) ?? []), node]);
  }
  return new Set([...bySuffix.values()].filter((same) => same.length > 1).flat());
}
