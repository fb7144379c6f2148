/**
 * How records are shown: the display attributes of an entity, and the
 * network context of a person (community, target rank and crime types in
 * the caller's analysis). Handling codes travel with every record shown.
 */
import type { EntitySummary } from "../../engine/store/index.ts";
import { networkName } from "../../engine/export/index.ts";
import type { LevelView } from "./world.ts";

export type NodeSummary = EntitySummary;

export interface PersonContext {
  id: string;
  label: string;
  community?: number;
  network?: string;
  targetRank?: number;
  crimeTypes: string[];
}

/** An entity of the caller's view named in an analysis table (targets, communities, flows). */
export function nodeSummary(view: LevelView, id: string): NodeSummary {
  const { type, label, classification, handling_code } = view.cards.get(id)!;
  return {
    id,
    type,
    label,
    classification,
    ...(handling_code !== undefined && { handling_code }),
  };
}

export function personContext(view: LevelView, id: string, label: string): PersonContext {
  const scores = view.person.get(id);
  return {
    id,
    label,
    ...(scores && {
      community: scores.community,
      network: networkName(view, scores.community),
    }),
    ...(scores?.targetRank && { targetRank: scores.targetRank }),
    crimeTypes: scores?.crimeTypes ?? [],
  };
}
