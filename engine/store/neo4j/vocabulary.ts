/**
 * The whitelist of labels and relationship types. Cypher cannot take them as
 * parameters, so they are spliced into query text: only names derived here
 * from the model's own vocabulary, checked to be plain identifiers, ever are.
 */
import { ENTITY_TYPES, LINK_TYPES, type EntityType, type LinkType } from "../../model/index.ts";

/** Every entity node carries it too, so links can MATCH their ends by id through one index. */
export const ENTITY_LABEL = "Entity";
export const COMMUNITY_LABEL = "Community";
export const MEMBER_OF = "MEMBER_OF";
/** One node holding the graph's own attributes (datasetHash). */
export const META_LABEL = "CrosslinkGraph";
export const META_ID = "graph";
/** An analyst's decision on a likely duplicate pair (match-decisions.ts), `DECIDES` each person. */
export const MATCH_DECISION_LABEL = "MatchDecision";
export const DECIDES = "DECIDES";

const IDENTIFIER = /^[A-Za-z][A-Za-z_]*$/;

function checked(name: string): string {
  if (!IDENTIFIER.test(name))
    throw new Error(`neo4j store: ${JSON.stringify(name)} is not a safe name`);
  return name;
}

/** person -> Person, online_account -> OnlineAccount. */
export const ENTITY_LABELS = new Map<EntityType, string>(
  ENTITY_TYPES.map((type) => [
    type,
    checked(type.replace(/(^|_)([a-z])/g, (_m, _sep, letter: string) => letter.toUpperCase())),
  ]),
);

/** uses_phone -> USES_PHONE. */
export const RELATIONSHIP_TYPES = new Map<LinkType, string>(
  LINK_TYPES.map((type) => [type, checked(type.toUpperCase())]),
);

export function labelOf(type: string): string {
  const label = ENTITY_LABELS.get(type as EntityType);
  if (!label) throw new Error(`neo4j store: unknown entity type ${JSON.stringify(type)}`);
  return label;
}

export function relationshipTypeOf(type: string): string {
  const name = RELATIONSHIP_TYPES.get(type as LinkType);
  if (!name) throw new Error(`neo4j store: unknown link type ${JSON.stringify(type)}`);
  return name;
}

/** `CALL|TRANSFER|...`: the link relationships, so traversals never follow MEMBER_OF. */
export const LINK_PATTERN = [...RELATIONSHIP_TYPES.values()].join("|");
