/**
 * The embedded store's graph as columns (record-table.ts): entities and links
 * in insertion order, each link's ends as entity numbers, and the links of
 * each entity as a compressed adjacency built on first use. It answers the
 * few reads the query layer makes (../graph-queries.ts) in graphology's
 * terms, and builds a graphology entity graph only when asked for one
 * (toEntityGraph): the analytics' input, or a query's answer.
 */
import {
  createEntityGraph,
  MATCH_DECISIONS_ATTRIBUTE,
  type Classification,
  type EntityRecords,
  type MatchDecision,
  type EntityAttributes,
  type EntityGraph,
  type EntityGraphAttributes,
  type LinkAttributes,
  type LinkVisitor,
} from "../../../model/index.ts";
import { CLASSIFICATIONS } from "../../../model/index.ts";
import { recordDigest } from "../../record-digest.ts";
import type { StoreCounts } from "../../types.ts";
import type { DatasetSources } from "../../unchanged-import.ts";
import { growableU32 } from "./growable.ts";
import { lazyAttributes } from "./lazy-attributes.ts";
import { Interner } from "./interner.ts";
import { RecordTable, type RecordFields } from "./record-table.ts";
import { KeyBytes, KeyStrings, decodeKey } from "./record-keys.ts";

export class ColumnGraph implements EntityRecords {
  /** Saved in the store file's header beside the attributes. */
  datasetSources: DatasetSources = {};
  private readonly sources = growableU32();
  private readonly targets = growableU32();
  private readonly entityIndex = new Map<string, number>();
  /** Built on first use: most commands never look a link up by key. */
  private linkIndex: Map<string, number> | undefined;
  /** Each entity's links, in- and out-, built on first use. */
  private adjacency: { offsets: Uint32Array; links: Uint32Array } | undefined;
  private levels: Set<Classification> | undefined;
  /** The analysts' match decisions, for the analytics: kept beside the attributes, never saved with them. */
  private decisions: readonly MatchDecision[] = [];
  readonly entities: RecordTable<EntityAttributes, KeyStrings>;
  readonly links: RecordTable<LinkAttributes, KeyBytes>;

  /** `strings` is shared with the columns this graph copies records from (their codes are its). */
  constructor(
    public attributes: EntityGraphAttributes = {},
    readonly strings = new Interner(),
  ) {
    this.entities = new RecordTable(strings, new KeyStrings());
    this.links = new RecordTable(strings, new KeyBytes());
  }

  get order(): number {
    return this.entities.count;
  }

  get size(): number {
    return this.links.count;
  }

  /** Makes room for a known number of entities and links (a store file's header gives them). */
  reserve(entities: number, links: number): void {
    this.entities.reserve(entities);
    this.links.reserve(links);
    this.sources.reserve(links);
    this.targets.reserve(links);
  }

  /**
   * Adds an entity: its id (a string, or the bytes of its JSON string body),
   * the fields its columns hold, its attributes' JSON text or bytes, its
   * digest (base64 or bytes).
   */
  addEntity(
    id: string | Uint8Array,
    attributes: RecordFields,
    json: string | Uint8Array,
    digest: string | Uint8Array,
  ): void {
    const text = typeof id === "string" ? id : decodeKey(id);
    if (this.entityIndex.has(text)) throw new Error(`entity ${JSON.stringify(text)} added twice`);
    this.entityIndex.set(text, this.entities.add(text, attributes, json, digest));
  }

  /** Adds a link, as addEntity adds an entity (its key kept as bytes). */
  addLink(
    key: string | Uint8Array,
    source: string,
    target: string,
    attributes: RecordFields,
    json: string | Uint8Array,
    digest: string | Uint8Array,
  ): void {
    this.sources.push(this.entityNumber(source));
    this.targets.push(this.entityNumber(target));
    this.links.add(key, attributes, json, digest);
  }

  /** Adds an entity whose text was made without its provenance (record-table.ts addWithoutProvenance). */
  addEntityWithoutProvenance(
    id: string,
    fields: RecordFields,
    json: string,
    tail: number,
    digest: Uint8Array,
  ): void {
    if (this.entityIndex.has(id)) throw new Error(`entity ${JSON.stringify(id)} added twice`);
    this.entityIndex.set(id, this.entities.addWithoutProvenance(id, fields, json, tail, digest));
  }

  /** Adds a link whose text was made without its provenance, as addEntityWithoutProvenance. */
  addLinkWithoutProvenance(
    key: string,
    source: string,
    target: string,
    fields: RecordFields,
    json: string,
    tail: number,
    digest: Uint8Array,
  ): void {
    this.sources.push(this.entityNumber(source));
    this.targets.push(this.entityNumber(target));
    this.links.addWithoutProvenance(key, fields, json, tail, digest);
  }

  /** Adds an entity from its attributes: their JSON text and digest made here. */
  addEntityAttributes(id: string, attributes: EntityAttributes): void {
    this.addEntity(id, attributes, JSON.stringify(attributes), recordDigest(attributes));
  }

  /** Adds a link from its attributes: their JSON text and digest made here. */
  addLinkAttributes(key: string, source: string, target: string, attributes: LinkAttributes): void {
    this.addLink(
      key,
      source,
      target,
      attributes,
      JSON.stringify(attributes),
      recordDigest(attributes),
    );
  }

  /** Adds entity `index` of `from` as it is stored there. */
  copyEntity(from: ColumnGraph, index: number): void {
    this.entityIndex.set(from.entities.keys.at(index), this.entities.copy(from.entities, index));
  }

  /** Adds link `index` of `from`, its ends looked up again here. */
  copyLink(from: ColumnGraph, index: number): void {
    this.sources.push(this.entityNumber(from.sourceId(index)));
    this.targets.push(this.entityNumber(from.targetId(index)));
    this.links.copy(from.links, index);
  }

  private entityNumber(id: string): number {
    const index = this.entityIndex.get(id);
    if (index === undefined) throw new Error(`link end ${JSON.stringify(id)} is no entity`);
    return index;
  }

  entityAt(id: string): number | undefined {
    return this.entityIndex.get(id);
  }

  linkAt(key: string): number | undefined {
    if (!this.linkIndex) {
      this.linkIndex = new Map();
      for (let index = 0; index < this.size; index++)
        this.linkIndex.set(this.links.keys.at(index), index);
    }
    return this.linkIndex.get(key);
  }

  sourceId(link: number): string {
    return this.entities.keys.at(this.sources.get(link));
  }

  targetId(link: number): string {
    return this.entities.keys.at(this.targets.get(link));
  }

  /** Entity numbers at each link's ends, as typed arrays (for the analytics' networks). */
  ends(): { sources: Uint32Array; targets: Uint32Array } {
    return { sources: this.sources.view(), targets: this.targets.view() };
  }

  // The reads of the query layer, in graphology's terms.

  hasNode(id: string): boolean {
    return this.entityIndex.has(id);
  }

  getNodeAttributes(id: string): EntityAttributes {
    return this.entities.attributes(this.entityIndex.get(id)!);
  }

  /** Type and classification come from their columns; other names parse the record. */
  getNodeAttribute<K extends keyof EntityAttributes>(id: string, name: K): EntityAttributes[K] {
    const index = this.entityIndex.get(id)!;
    if (name === "type") return this.entities.type(index) as EntityAttributes[K];
    if (name === "classification")
      return this.entities.classification(index) as EntityAttributes[K];
    return this.entities.attributes(index)[name];
  }

  hasEdge(key: string): boolean {
    return this.linkAt(key) !== undefined;
  }

  getEdgeAttributes(key: string): LinkAttributes {
    return this.links.attributes(this.linkAt(key)!);
  }

  source(key: string): string {
    return this.sourceId(this.linkAt(key)!);
  }

  target(key: string): string {
    return this.targetId(this.linkAt(key)!);
  }

  carryDecisions(decisions: readonly MatchDecision[]): void {
    this.decisions = decisions;
  }

  getAttribute<K extends keyof EntityGraphAttributes>(name: K): EntityGraphAttributes[K] {
    if (name === MATCH_DECISIONS_ATTRIBUTE)
      return (
        this.decisions.length > 0 ? [...this.decisions] : undefined
      ) as EntityGraphAttributes[K];
    return this.attributes[name];
  }

  /** Every entity in insertion order, each parsed only when more than its type or classification is read. */
  forEachNode(visit: (id: string, attributes: EntityAttributes) => void): void {
    for (let index = 0; index < this.entities.count; index++)
      visit(this.entities.keys.at(index), lazyAttributes(this.entities, index));
  }

  /** Every link in insertion order (parsed as forEachNode parses), or every link at `id` (either direction, a loop once). */
  forEachEdge(visit: LinkVisitor): void;
  forEachEdge(id: string, visit: LinkVisitor): void;
  forEachEdge(first: string | LinkVisitor, second?: LinkVisitor): void {
    if (typeof first === "string") {
      this.visitLinks(first, second!, () => true);
      return;
    }
    const { sources, targets } = this.ends();
    const ids = this.entities.keys;
    for (let link = 0; link < this.links.count; link++) {
      first(
        this.links.keys.at(link),
        lazyAttributes(this.links, link),
        ids.at(sources[link]!),
        ids.at(targets[link]!),
      );
    }
  }

  /** The links leaving `id`. */
  forEachOutEdge(id: string, visit: LinkVisitor): void {
    const node = this.entityIndex.get(id)!;
    this.visitLinks(id, visit, (link) => this.sources.get(link) === node);
  }

  private visitLinks(id: string, visit: LinkVisitor, keep: (link: number) => boolean): void {
    const node = this.entityIndex.get(id);
    if (node === undefined) return;
    const { offsets, links } = (this.adjacency ??= this.buildAdjacency());
    for (let at = offsets[node]!; at < offsets[node + 1]!; at++) {
      const link = links[at]!;
      if (!keep(link)) continue;
      visit(
        this.links.keys.at(link),
        this.links.attributes(link),
        this.sourceId(link),
        this.targetId(link),
      );
    }
  }

  /** Links per entity as CSR: a loop is listed once. */
  private buildAdjacency() {
    const { sources, targets } = this.ends();
    const offsets = new Uint32Array(this.order + 1);
    for (let link = 0; link < sources.length; link++) {
      offsets[sources[link]! + 1]!++;
      if (targets[link] !== sources[link]) offsets[targets[link]! + 1]!++;
    }
    for (let node = 0; node < this.order; node++) offsets[node + 1]! += offsets[node]!;
    const fill = offsets.slice(0, this.order);
    const links = new Uint32Array(offsets[this.order]!);
    for (let link = 0; link < sources.length; link++) {
      links[fill[sources[link]!]!++] = link;
      if (targets[link] !== sources[link]) links[fill[targets[link]!]!++] = link;
    }
    return { offsets, links };
  }

  /** Entities and links per type. */
  counts(): StoreCounts {
    const counts: StoreCounts = { entities: {}, links: {} };
    for (const [table, tally] of [
      [this.entities, counts.entities],
      [this.links, counts.links],
    ] as const) {
      for (let index = 0; index < table.count; index++) {
        const type = table.type(index);
        tally[type] = (tally[type] ?? 0) + 1;
      }
    }
    return counts;
  }

  /** The classification levels at which the store holds any record. */
  presentLevels(): ReadonlySet<Classification> {
    if (!this.levels) {
      const ranks = new Set<number>();
      for (const table of [this.entities, this.links])
        for (let index = 0; index < table.count; index++) ranks.add(table.rank(index));
      this.levels = new Set([...ranks].map((rank) => CLASSIFICATIONS[rank]!));
    }
    return this.levels;
  }

  /** The whole graph on graphology, for the analytics and whole-graph exports. */
  toEntityGraph(onProgress?: (done: number, total: number) => void): EntityGraph {
    const graph = createEntityGraph();
    graph.replaceAttributes({ ...this.attributes });
    const total = this.order + this.size;
    for (let index = 0; index < this.order; index++) {
      graph.addNode(this.entities.keys.at(index), this.entities.attributes(index));
      if (index % PROGRESS_EVERY === 0) onProgress?.(index, total);
    }
    for (let link = 0; link < this.size; link++) {
      graph.addDirectedEdgeWithKey(
        this.links.keys.at(link),
        this.sourceId(link),
        this.targetId(link),
        this.links.attributes(link),
      );
      if (link % PROGRESS_EVERY === 0) onProgress?.(this.order + link, total);
    }
    return graph;
  }

  /** The columns of a graphology entity graph (a dataset being imported). */
  static fromEntityGraph(graph: EntityGraph): ColumnGraph {
    const columns = new ColumnGraph({ ...graph.getAttributes() });
    graph.forEachNode((id, attributes) => columns.addEntityAttributes(id, attributes));
    graph.forEachEdge((key, attributes, source, target) =>
      columns.addLinkAttributes(key, source, target, attributes),
    );
    return columns;
  }
}

const PROGRESS_EVERY = 8192;
