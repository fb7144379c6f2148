/**
 * The entity graph as a user of one clearance may see it: records above the
 * clearance are gone, and so is every link touching a hidden entity and every
 * attribute naming a hidden record. Analyses, indexes and counts are computed
 * on this copy, so nothing derived from a hidden record can reach the user.
 * When records are hidden, the whole dataset's hash is replaced by the hash of
 * the view: the former changes with hidden records, and would tell a user that
 * something they cannot see was added or withdrawn. For the same reason the
 * view drops every record's line number, which would count the hidden rows
 * above it; the file stays.
 */
import { createHash } from "node:crypto";
import {
  CLASSIFICATIONS,
  classificationRank,
  type Classification,
  type EntityGraph,
} from "../model/index.ts";
import { hidesAny, isVisible, visibleAttributes, visibleLinkAttributes } from "./visibility.ts";

export function presentLevels(graph: EntityGraph): Set<Classification> {
  const present = new Set<Classification>();
  graph.forEachNode((_node, attributes) => void present.add(attributes.classification));
  graph.forEachEdge((_edge, attributes) => void present.add(attributes.classification));
  return present;
}

/**
 * The lowest level whose view equals `clearance`'s: when no record sits at a
 * level, that level sees what the one below sees, and the two share a view.
 */
export function effectiveLevel(
  present: ReadonlySet<Classification>,
  clearance: Classification,
): Classification {
  let level = clearance;
  while (classificationRank(level) > 0 && !present.has(level)) {
    level = CLASSIFICATIONS[classificationRank(level) - 1]!;
  }
  return level;
}

export function clearanceView(graph: EntityGraph, clearance: Classification): EntityGraph {
  const visible = (level: Classification) => isVisible(level, clearance);
  const hides = hidesAny(presentLevels(graph), clearance);
  const view = graph.nullCopy();
  view.replaceAttributes({ ...graph.getAttributes(), clearance });
  graph.forEachNode((node, attributes) => {
    if (visible(attributes.classification)) view.addNode(node, attributes);
  });
  view.updateEachNodeAttributes((_node, attributes) =>
    visibleAttributes(attributes, (id) => view.hasNode(id), hides),
  );
  graph.forEachEdge((edge, attributes, source, target) => {
    if (visible(attributes.classification) && view.hasNode(source) && view.hasNode(target)) {
      view.addDirectedEdgeWithKey(edge, source, target, visibleLinkAttributes(attributes, hides));
    }
  });
  if (hides && graph.getAttribute("datasetHash") !== undefined) {
    view.setAttribute("datasetHash", viewHash(view));
  }
  return view;
}

/** SHA-256 over the view's entities and links as stored, in the store's order. */
function viewHash(view: EntityGraph): string {
  const hash = createHash("sha256");
  let pending = "";
  const add = (line: string) => {
    pending += line;
    if (pending.length >= 1 << 20) {
      hash.update(pending);
      pending = "";
    }
  };
  view.forEachNode((node, attributes) => add(`${JSON.stringify([node, attributes])}\n`));
  view.forEachEdge((edge, attributes, source, target) =>
    add(`${JSON.stringify([edge, source, target, attributes])}\n`),
  );
  return hash.update(pending).digest("hex");
}
