/**
 * Roles, from least to most trusted. Each role may do everything the roles
 * before it may (docs: server/README.md "Roles"):
 *   viewer     search, entity detail, ego network, summary, front-line cross-check
 *   analyst    + overview, shortest paths, communities, crime overlaps, money flows
 *   taskforce  + targets, disruption simulation, exports
 *   admin      + users and audit
 */
export const ROLES = ["viewer", "analyst", "taskforce", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const roleAllows = (held: Role, needed: Role): boolean =>
  ROLES.indexOf(held) >= ROLES.indexOf(needed);

export const isRole = (value: string): value is Role =>
  (ROLES as readonly string[]).includes(value);
