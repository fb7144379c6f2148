/**
 * The query layer (../queries.ts) over the embedded store's columns
 * (columns/column-graph.ts): every query walks the links of the entities it
 * reaches with the caller's clearance applied to each entity and link it
 * reads (../../access/visibility.ts), parses only those records, and builds a
 * graphology graph only for the subgraph it returns; searches go through the
 * store's SearchIndex.
 */
import {
  hidesAny,
  isVisible,
  visibleAttributes,
  visibleLinkAttributes,
} from "../../access/visibility.ts";
import {
  createEntityGraph,
  type Classification,
  type EntityAttributes,
  type LinkAttributes,
} from "../../model/index.ts";
import {
  ACTOR_TYPES,
  PATH_COUNT_CAP,
  admitter,
  checkedDepth,
  compareIds,
  dateWithin,
  defaultQueryOptions,
  entitySummary,
  handling,
  linkDate,
  linkRole,
  type Caller,
  type EgoOptions,
  type EntityRecord,
  type EntitySummary,
  type LinkSummary,
  type PathOptions,
  type PathsAnswer,
  type RecordSummary,
  type SearchHit,
  type SearchOptions,
  type Subgraph,
  type WalkFilters,
} from "../queries.ts";
import { runSearch } from "../search.ts";
import { egoEntities, lexicographicPaths } from "../walks.ts";
import type { SearchIndex } from "./search-index.ts";
import type { ColumnGraph } from "./columns/column-graph.ts";

/** The graph as one caller sees it, read record by record. */
export class GraphReader {
  /** Whether the store holds records the caller cannot see (then no line numbers are shown). */
  private readonly hides: boolean;

  constructor(
    private readonly graph: ColumnGraph,
    private readonly clearance: Classification,
  ) {
    this.hides = hidesAny(graph.presentLevels(), clearance);
  }

  hasEntity = (id: string): boolean =>
    this.graph.hasNode(id) &&
    isVisible(this.graph.getNodeAttribute(id, "classification"), this.clearance);

  private hasLink(attributes: LinkAttributes, source: string, target: string): boolean {
    return (
      isVisible(attributes.classification, this.clearance) &&
      this.hasEntity(source) &&
      this.hasEntity(target)
    );
  }

  attributes(id: string): EntityAttributes {
    return visibleAttributes(this.graph.getNodeAttributes(id), this.hasEntity, this.hides);
  }

  summary(id: string): EntitySummary {
    return entitySummary(id, this.graph.getNodeAttributes(id));
  }

  /** Visible links of `id` (either direction) that pass `keep`. */
  links(
    id: string,
    keep: (attributes: LinkAttributes) => boolean = () => true,
  ): Array<{ key: string; attributes: LinkAttributes; source: string; target: string }> {
    const links: ReturnType<GraphReader["links"]> = [];
    this.graph.forEachEdge(id, (key, attributes, source, target) => {
      if (this.hasLink(attributes, source, target) && keep(attributes))
        links.push({ key, attributes, source, target });
    });
    return links;
  }

  /** Visible links among `ids` (which must be visible), keys ascending, cut at `limit`. */
  linksAmong(
    ids: ReadonlySet<string>,
    keep: (attributes: LinkAttributes) => boolean,
    limit: number,
  ) {
    const links: Array<{
      key: string;
      source: string;
      target: string;
      attributes: LinkAttributes;
    }> = [];
    for (const id of ids) {
      this.graph.forEachOutEdge(id, (key, attributes, source, target) => {
        if (
          ids.has(target) &&
          isVisible(attributes.classification, this.clearance) &&
          keep(attributes)
        )
          links.push({
            key,
            source,
            target,
            attributes: visibleLinkAttributes(attributes, this.hides),
          });
      });
    }
    links.sort((a, b) => compareIds(a.key, b.key));
    return { links: links.slice(0, limit), truncated: links.length > limit };
  }

  neighbours(id: string): string[] {
    return this.links(id).map((link) => (link.source === id ? link.target : link.source));
  }

  /** A link by key or an entity by id, as named in evidence. */
  record(id: string): RecordSummary | undefined {
    if (this.graph.hasEdge(id)) {
      const attributes = this.graph.getEdgeAttributes(id);
      if (!this.hasLink(attributes, this.graph.source(id), this.graph.target(id))) return undefined;
      const date = linkDate(attributes);
      return {
        id,
        kind: "link",
        type: attributes.type,
        classification: attributes.classification,
        ...handling(attributes),
        ...(date !== undefined && { date }),
      };
    }
    if (!this.hasEntity(id)) return undefined;
    return { ...this.summary(id), kind: "entity" };
  }
}

export function searchGraph(
  graph: ColumnGraph,
  index: SearchIndex,
  text: string,
  options: SearchOptions,
): Promise<SearchHit[]> {
  const reader = new GraphReader(graph, options.clearance);
  const keep = (id: string) =>
    reader.hasEntity(id) &&
    (!options.types || options.types.includes(graph.getNodeAttribute(id, "type")));
  return runSearch(text, options, {
    byId: async (id) => (keep(id) ? [id] : []),
    byNumber: async (e164) => index.byNumber(e164, keep),
    byEnding: async (digits) => index.byEnding(digits, keep),
    byPlate: async (plate) => index.byPlate(plate, keep),
    byName: async (query, limit) => index.byName(query, limit, keep),
    summaries: async (ids) => new Map(ids.map((id) => [id, reader.summary(id)])),
  });
}

export function entityRecord(
  graph: ColumnGraph,
  id: string,
  options: Caller & { linkLimit?: number },
): EntityRecord | undefined {
  const reader = new GraphReader(graph, options.clearance);
  if (!reader.hasEntity(id)) return undefined;
  const links = reader.links(id).sort((a, b) => compareIds(a.key, b.key));
  return {
    id,
    attributes: reader.attributes(id),
    links: links
      .slice(0, options.linkLimit ?? defaultQueryOptions.linkLimit)
      .map(({ key, attributes, source, target }): LinkSummary => {
        const date = linkDate(attributes);
        return {
          id: key,
          type: attributes.type,
          direction: source === id ? "out" : "in",
          other: reader.summary(source === id ? target : source),
          classification: attributes.classification,
          ...handling(attributes),
          ...(date !== undefined && { date }),
          ...linkRole(attributes),
        };
      }),
    linkCount: links.length,
  };
}

export function recordsOf(graph: ColumnGraph, ids: readonly string[], caller: Caller) {
  const reader = new GraphReader(graph, caller.clearance);
  return ids.flatMap((id) => reader.record(id) ?? []);
}

export function actorsOf(graph: ColumnGraph, ids: readonly string[], caller: Caller) {
  const reader = new GraphReader(graph, caller.clearance);
  const isActor = (id: string) => ACTOR_TYPES.includes(graph.getNodeAttribute(id, "type"));
  const actors = new Map<string, string[]>();
  for (const id of ids) {
    if (!reader.hasEntity(id)) continue;
    if (isActor(id)) actors.set(id, [id]);
    else {
      const linked = [...new Set(reader.neighbours(id).filter(isActor))].sort(compareIds);
      actors.set(id, linked.slice(0, defaultQueryOptions.actorLimit));
    }
  }
  return actors;
}

export async function egoNetworkOf(
  graph: ColumnGraph,
  centre: string,
  options: EgoOptions,
): Promise<Subgraph | undefined> {
  const reader = new GraphReader(graph, options.clearance);
  if (!reader.hasEntity(centre)) return undefined;
  const depth = checkedDepth("depth", options.depth ?? defaultQueryOptions.depth);
  const admits = admitter(options);
  const walked = (attributes: LinkAttributes) => dateWithin(linkDate(attributes), options);
  const { ids, truncated } = await egoEntities(
    (frontier) =>
      frontier.flatMap((id) =>
        reader
          .links(id, walked)
          .map((link) => (link.source === id ? link.target : link.source))
          .filter((other) => admits(other, graph.getNodeAttributes(other))),
      ),
    centre,
    depth,
    options.limit ?? defaultQueryOptions.egoLimit,
  );
  return { ...subgraphOf(graph, ids, options), truncated };
}

export function subgraphOf(
  graph: ColumnGraph,
  ids: readonly string[],
  options: Caller & Pick<WalkFilters, "from" | "to"> & { linkLimit?: number },
): Subgraph {
  const reader = new GraphReader(graph, options.clearance);
  const members = new Set(ids.filter(reader.hasEntity));
  const sub = createEntityGraph();
  for (const id of members) sub.addNode(id, { ...reader.attributes(id) });
  const { links, truncated } = reader.linksAmong(
    members,
    (attributes) => dateWithin(linkDate(attributes), options),
    options.linkLimit ?? Infinity,
  );
  for (const { key, source, target, attributes } of links)
    sub.addDirectedEdgeWithKey(key, source, target, { ...attributes });
  return { graph: sub, truncated: false, truncatedLinks: truncated };
}

export function shortestPathsOf(
  graph: ColumnGraph,
  from: string,
  to: string,
  options: PathOptions,
): PathsAnswer | undefined {
  const maxLength = checkedDepth("maxLength", options.maxLength ?? defaultQueryOptions.maxLength);
  const limit = options.limit ?? defaultQueryOptions.pathLimit;
  const reader = new GraphReader(graph, options.clearance);
  if (!reader.hasEntity(from) || !reader.hasEntity(to)) return undefined;
  if (from === to) return { paths: [[from]], count: 1 };
  const predecessors = shortestPathPredecessors((id) => reader.neighbours(id), from, to, maxLength);
  if (!predecessors.has(to)) return { paths: [], count: 0 };
  return lexicographicPaths(predecessors, from, to, limit, PATH_COUNT_CAP);
}

/**
 * Breadth-first from `from` over links in either direction, for at most
 * `maxLength` steps and no further once `to` is reached: each entity reached,
 * with every neighbour that precedes it on a shortest route from `from`
 * (none for `from` itself).
 */
export function shortestPathPredecessors(
  neighbours: (id: string) => string[],
  from: string,
  to: string,
  maxLength: number,
): Map<string, string[]> {
  const predecessors = new Map<string, string[]>([[from, []]]);
  let frontier = [from];
  for (
    let length = 1;
    length <= maxLength && frontier.length > 0 && !predecessors.has(to);
    length++
  ) {
    const reached = new Map<string, string[]>();
    for (const id of frontier) {
      for (const next of new Set(neighbours(id))) {
        if (predecessors.has(next)) continue;
        const before = reached.get(next);
        if (before) before.push(id);
        else reached.set(next, [id]);
      }
    }
    for (const [id, before] of reached) predecessors.set(id, before);
    frontier = [...reached.keys()];
  }
  return predecessors;
}
