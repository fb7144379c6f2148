/**
 * How records are shown: the display attributes of an entity or a link, the
 * network context of an entity (the persons behind a phone or a plate, with
 * their community, target rank and crime types). Handling codes travel with
 * every record shown.
 */
import type { EntityAttributes, LinkAttributes } from "../../engine/model/index.ts";
import type { LevelView } from "./world.ts";

const ACTORS = new Set(["person", "organisation"]);
const CONTEXT_CAP = 10;

export interface NodeSummary {
  id: string;
  type: string;
  label: string;
  classification: string;
  handling_code?: string;
}

export interface PersonContext {
  id: string;
  label: string;
  community?: number;
  targetRank?: number;
  crimeTypes: string[];
}

export function nodeSummary(view: LevelView, id: string): NodeSummary {
  const attributes = view.graph.getNodeAttributes(id);
  return {
    id,
    type: attributes.type,
    label: attributes.label,
    classification: attributes.classification,
    ...handling(attributes),
  };
}

export const handling = (attributes: EntityAttributes | LinkAttributes) =>
  attributes.handling_code === undefined ? {} : { handling_code: attributes.handling_code };

/** The date a link happened or began, whichever field its kind uses. */
export const linkDate = (attributes: LinkAttributes): string | undefined =>
  (attributes.date ?? attributes.start ?? attributes.time ?? attributes.from) as string | undefined;

/** The persons and organisations an entity stands for: itself, or those who use it. */
export function actorsOf(view: LevelView, id: string): string[] {
  if (ACTORS.has(view.graph.getNodeAttribute(id, "type"))) return [id];
  const actors: string[] = [];
  for (const neighbour of view.graph.neighbors(id)) {
    if (ACTORS.has(view.graph.getNodeAttribute(neighbour, "type"))) actors.push(neighbour);
    if (actors.length === CONTEXT_CAP) break;
  }
  return actors;
}

export function personContext(view: LevelView, id: string): PersonContext {
  const scores = view.person.get(id);
  const target = view.target.get(id);
  return {
    id,
    label: view.graph.getNodeAttribute(id, "label"),
    ...(scores && { community: scores.community }),
    ...(target && { targetRank: target.rank }),
    crimeTypes: scores?.crimeTypes ?? [],
  };
}

/** An entity's community: its own, or that of the first person who uses it. */
export function communityOf(view: LevelView, id: string): number | undefined {
  for (const actor of actorsOf(view, id)) {
    const community = view.person.get(actor)?.community;
    if (community !== undefined) return community;
  }
  return undefined;
}
