/**
 * The entity graph as a user of one clearance may see it: records above the
 * clearance are gone, and so is every link touching a hidden entity and every
 * attribute naming a hidden record. Analyses, indexes and counts are computed
 * on this copy, so nothing derived from a hidden record can reach the user.
 */
import {
  CLASSIFICATIONS,
  classificationRank,
  type Classification,
  type EntityAttributes,
  type EntityGraph,
} from "../model/index.ts";

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
  const rank = classificationRank(clearance);
  const visible = (level: Classification) => classificationRank(level) <= rank;
  const view = graph.nullCopy();
  view.replaceAttributes({ ...graph.getAttributes(), clearance });
  graph.forEachNode((node, attributes) => {
    if (visible(attributes.classification)) view.addNode(node, attributes);
  });
  view.updateEachNodeAttributes((_node, attributes) => visibleAttributes(view, attributes));
  graph.forEachEdge((edge, attributes, source, target) => {
    if (visible(attributes.classification) && view.hasNode(source) && view.hasNode(target)) {
      view.addDirectedEdgeWithKey(edge, source, target, attributes);
    }
  });
  return view;
}

function visibleAttributes(view: EntityGraph, attributes: EntityAttributes): EntityAttributes {
  const waypoints = attributes.waypoints;
  if (!attributes.merged_ids && !Array.isArray(waypoints)) return attributes;
  // The ids of merged phone records carry no classification of their own any
  // more, so they are never shown; waypoints keep only the visible locations.
  const rest = { ...attributes };
  delete rest.merged_ids;
  if (Array.isArray(waypoints)) {
    rest.waypoints = (waypoints as string[]).filter((id) => view.hasNode(id));
  }
  return rest;
}
