/**
 * A deterministic layout for the ego network: the target in the centre, what
 * it is linked to directly on an inner ring and the rest on an outer ring,
 * each ring ordered by type then id so that kinds of entity sit together.
 * No randomness, so the same network always draws the same picture.
 */
import type { EgoNetwork } from "./ego-network.ts";

export interface LayoutOptions {
  innerRadius: number;
  outerRadius: number;
}

export const LAYOUT_DEFAULTS: Readonly<LayoutOptions> = { innerRadius: 170, outerRadius: 320 };

export type Positions = Map<string, { x: number; y: number }>;

export function ringLayout(network: EgoNetwork, options: Partial<LayoutOptions> = {}): Positions {
  const { innerRadius, outerRadius } = { ...LAYOUT_DEFAULTS, ...options };
  const positions: Positions = new Map();
  const radius = [0, innerRadius, outerRadius];
  for (const ring of [0, 1, 2] as const) {
    const members = network.nodes.filter((node) => node.ring === ring);
    // Offset the outer ring by half a step so its nodes fall between the inner ones.
    const offset = ring === 2 ? 0.5 : 0;
    members.forEach((node, i) => {
      const angle = (2 * Math.PI * (i + offset)) / Math.max(members.length, 1) - Math.PI / 2;
      positions.set(node.id, {
        x: round(radius[ring]! * Math.cos(angle)),
        y: round(radius[ring]! * Math.sin(angle)),
      });
    });
  }
  return positions;
}

const round = (value: number) => Math.round(value * 10) / 10;
