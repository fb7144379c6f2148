/**
 * What ties the two ends of a path step, in one line. Between two persons or
 * organisations: their tie in the person network, as the details panel reads
 * it (counts by kind, sums by currency, first and last date) with the titles
 * of the cases they share. Otherwise, or when no tie is visible: the links
 * of the path between its entities, counted by type, with their dates.
 */
import type { Attributes } from "graphology-types";
import type { EntityDetail } from "../../api/types.ts";
import { edgeSpan, nodeType } from "../../graph/attributes.ts";
import { dateSpan, kindCounts, wordList } from "../../ui/words.ts";
import type { Workspace } from "../../workspace.ts";
import { evidenceLine } from "../details/ties.ts";
import type { PathStep } from "./collapse.ts";

const ACTORS = new Set(["person", "organisation"]);

/** Entity details asked for once per path search: a step's first end is often the last one's second. */
export type DetailCache = Map<string, Promise<EntityDetail>>;

export async function stepEvidence(
  step: PathStep,
  workspace: Workspace,
  details: DetailCache,
): Promise<string> {
  const { graph } = workspace;
  const typeOf = (id: string) => (graph.hasNode(id) ? nodeType(graph.getNodeAttributes(id)) : "");
  if (ACTORS.has(typeOf(step.from)) && ACTORS.has(typeOf(step.to))) {
    if (!details.has(step.from)) details.set(step.from, workspace.api.entity(step.from));
    const tie = (await details.get(step.from)!).ties.find((t) => t.other.id === step.to);
    if (tie) {
      const cases = tie.evidence.filter((record) => record.type === "case" && record.label);
      return [
        evidenceLine(tie),
        cases.length > 0 ? `cases: ${wordList(cases.map((record) => record.label!))}` : "",
      ]
        .filter((part) => part !== "")
        .join(" · ");
    }
  }
  return linkLine(workspace, [step.from, ...step.via, step.to]);
}

/** "3 calls, 2 phone uses · 2023-05-12 – 2024-02-01": the drawn links between consecutive entities. */
function linkLine(workspace: Workspace, nodes: string[]): string {
  const { graph } = workspace;
  const counts = new Map<string, number>();
  let [first, last] = [Infinity, -Infinity];
  for (let i = 1; i < nodes.length; i++) {
    const [a, b] = [nodes[i - 1]!, nodes[i]!];
    if (!graph.hasNode(a) || !graph.hasNode(b)) continue;
    const edges = [...graph.edges(a, b), ...graph.edges(b, a)];
    for (const edge of new Set(edges)) {
      const attributes: Attributes = graph.getEdgeAttributes(edge);
      const type = String(attributes.type ?? "link");
      counts.set(type, (counts.get(type) ?? 0) + 1);
      const span = edgeSpan(attributes);
      if (span) [first, last] = [Math.min(first, span[0]), Math.max(last, span[1])];
    }
  }
  const dates = Number.isFinite(first) ? dateSpan(day(first), day(last)) : "";
  return [kindCounts(Object.fromEntries(counts)), dates].filter((part) => part !== "").join(" · ");
}

const day = (time: number) => new Date(time).toISOString().slice(0, 10);
