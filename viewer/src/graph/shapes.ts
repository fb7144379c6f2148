/**
 * One shape per entity type, so that type reads without colour (colour is
 * busy showing community or crime). A shape is a regular polygon: `sides` 0
 * is a disc; `turn` rotates it (in fractions of a full turn).
 */
import type { EntityTypeName } from "./palette.ts";

export interface Shape {
  sides: number;
  turn: number;
  /** Name shown in the legend. */
  name: string;
}

export const SHAPES: Record<EntityTypeName, Shape> = {
  person: { sides: 0, turn: 0, name: "disc" },
  organisation: { sides: 4, turn: 0.125, name: "square" },
  phone: { sides: 4, turn: 0, name: "diamond" },
  vehicle: { sides: 3, turn: 0.25, name: "triangle" },
  location: { sides: 3, turn: 0.75, name: "inverted triangle" },
  route: { sides: 6, turn: 0, name: "hexagon" },
  case: { sides: 5, turn: 0.25, name: "pentagon" },
  online_account: { sides: 8, turn: 0.0625, name: "octagon" },
};

const DISC: Shape = SHAPES.person;

export function shapeOf(type: unknown): Shape {
  return SHAPES[type as EntityTypeName] ?? DISC;
}
