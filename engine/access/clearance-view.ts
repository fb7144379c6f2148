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
import { setImmediate as nextTurn } from "node:timers/promises";
import {
  CLASSIFICATIONS,
  classificationRank,
  decisionsOf,
  MATCH_DECISIONS_ATTRIBUTE,
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
  const steps = viewSteps(graph, clearance);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same view built a slice at a time, one event-loop turn after each, so
 * a server building a level's view of a large graph keeps answering.
 */
export async function clearanceViewInTurns(
  graph: EntityGraph,
  clearance: Classification,
): Promise<EntityGraph> {
  const steps = viewSteps(graph, clearance);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await nextTurn();
  }
}

/** Records handled between two yields of viewSteps. */
const SLICE = 10_000;

function* viewSteps(graph: EntityGraph, clearance: Classification): Generator<void, EntityGraph> {
  const visible = (level: Classification) => isVisible(level, clearance);
  const hides = hidesAny(presentLevels(graph), clearance);
  const view = graph.nullCopy();
  view.replaceAttributes({ ...graph.getAttributes(), clearance });
  let handled = 0;
  for (const { node, attributes } of graph.nodeEntries()) {
    if (visible(attributes.classification)) view.addNode(node, attributes);
    if (++handled % SLICE === 0) yield;
  }
  for (const { node, attributes } of view.nodeEntries()) {
    view.replaceNodeAttributes(
      node,
      visibleAttributes(attributes, (id) => view.hasNode(id), hides),
    );
    if (++handled % SLICE === 0) yield;
  }
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    if (visible(attributes.classification) && view.hasNode(source) && view.hasNode(target)) {
      view.addDirectedEdgeWithKey(edge, source, target, visibleLinkAttributes(attributes, hides));
    }
    if (++handled % SLICE === 0) yield;
  }
  // A decision on a pair the view does not hold both of would name a hidden person.
  if (view.hasAttribute(MATCH_DECISIONS_ATTRIBUTE)) {
    view.setAttribute(MATCH_DECISIONS_ATTRIBUTE, decisionsOf(view));
  }
  if (hides && graph.getAttribute("datasetHash") !== undefined) {
    view.setAttribute("datasetHash", yield* viewHash(view));
  }
  return view;
}

/** SHA-256 over the view's entities and links as stored, in the store's order. */
function* viewHash(view: EntityGraph): Generator<void, string> {
  const hash = createHash("sha256");
  let handled = 0;
  for (const { node, attributes } of view.nodeEntries()) {
    hash.update(`${JSON.stringify([node, attributes])}\n`);
    if (++handled % SLICE === 0) yield;
  }
  for (const { edge, attributes, source, target } of view.edgeEntries()) {
    hash.update(`${JSON.stringify([edge, source, target, attributes])}\n`);
    if (++handled % SLICE === 0) yield;
  }
  return hash.digest("hex");
}
