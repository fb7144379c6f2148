/**
 * Which tools a role may use, as the server's route declarations grant them
 * (server/README.md "Roles"), so the viewer offers no tool the server would
 * refuse. The server still decides: this only keeps dead buttons away.
 */
import { isRole, roleAllows, type Role } from "../../../engine/access/roles.ts";

export const FEATURE_ROLES = {
  search: "viewer",
  entity: "viewer",
  network: "viewer",
  "cross-check": "viewer",
  overview: "analyst",
  paths: "analyst",
  map: "analyst",
  communities: "analyst",
  "money-flows": "analyst",
  "crime-overlaps": "analyst",
  analytics: "analyst",
  views: "analyst",
  targets: "taskforce",
  boards: "analyst",
  "board-edit": "taskforce",
  disruption: "taskforce",
} as const satisfies Record<string, Role>;

export type Feature = keyof typeof FEATURE_ROLES;

/** An unknown role (a newer server's) may use what a viewer may. */
export const mayUse = (role: string, feature: Feature): boolean =>
  roleAllows(isRole(role) ? role : "viewer", FEATURE_ROLES[feature]);
