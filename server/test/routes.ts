/** Every data route with a valid request and the least role it needs, for the access and clearance sweeps. */
import type { Role } from "../../engine/access/index.ts";

export interface RouteCase {
  method: "GET" | "POST" | "PUT" | "PATCH";
  url: string;
  payload?: object;
  access: Role;
}

export const ROUTE_CASES: RouteCase[] = [
  { method: "GET", url: "/api/me", access: "viewer" },
  { method: "GET", url: "/api/summary", access: "viewer" },
  { method: "GET", url: "/api/search?q=ana", access: "viewer" },
  { method: "GET", url: "/api/entities/P1", access: "viewer" },
  { method: "GET", url: "/api/entities/P1/network?depth=3", access: "viewer" },
  {
    method: "POST",
    url: "/api/cross-check",
    payload: { selectors: [{ value: "+49 151 23456789" }, { value: "Ana Petrova" }] },
    access: "viewer",
  },
  { method: "GET", url: "/api/overview", access: "analyst" },
  { method: "GET", url: "/api/overview?maxNodes=1", access: "analyst" },
  { method: "GET", url: "/api/paths?from=P1&to=P3", access: "analyst" },
  { method: "GET", url: "/api/map", access: "analyst" },
  { method: "GET", url: "/api/communities", access: "analyst" },
  { method: "GET", url: "/api/communities/0", access: "analyst" },
  { method: "GET", url: "/api/crime-overlaps", access: "analyst" },
  { method: "GET", url: "/api/money-flows", access: "analyst" },
  { method: "GET", url: "/api/analytics", access: "analyst" },
  { method: "POST", url: "/api/analytics/person-network", payload: {}, access: "analyst" },
  {
    method: "POST",
    url: "/api/analytics/communities",
    payload: { resolution: 2 },
    access: "analyst",
  },
  { method: "POST", url: "/api/analytics/centrality", payload: {}, access: "analyst" },
  { method: "GET", url: "/api/resolution/candidates", access: "analyst" },
  {
    method: "POST",
    url: "/api/resolution/decisions",
    // A rejection of two unrelated persons: the analysis the other cases see keeps its actors.
    payload: { a: "P1", b: "P2", decision: "rejected" },
    access: "analyst",
  },
  { method: "GET", url: "/api/targets", access: "taskforce" },
  {
    method: "POST",
    url: "/api/analytics/disruption",
    payload: { by: "betweenness", steps: 3 },
    access: "taskforce",
  },
  { method: "POST", url: "/api/analytics/analysis", payload: { seed: 3 }, access: "taskforce" },
  {
    method: "POST",
    url: "/api/disruption",
    payload: { strategy: "degree", steps: 5 },
    access: "taskforce",
  },
  { method: "GET", url: "/api/targets/P1/package", access: "taskforce" },
  { method: "GET", url: "/api/targets/P1/package?format=html", access: "taskforce" },
  { method: "POST", url: "/api/targets/csv", payload: { ids: ["P1"] }, access: "taskforce" },
  { method: "GET", url: "/api/referrals", access: "taskforce" },
  { method: "GET", url: "/api/referrals?format=csv", access: "taskforce" },
  // Boards: created (or answered as it is), a member added (or kept), decided on, read, simulated.
  { method: "PUT", url: "/api/boards/sweep", payload: { title: "Sweep" }, access: "taskforce" },
  {
    method: "POST",
    url: "/api/boards/sweep/members",
    payload: { ids: ["P1"], status: "approved" },
    access: "taskforce",
  },
  {
    method: "PATCH",
    url: "/api/boards/sweep/members/P1",
    payload: { owner: "team 1" },
    access: "taskforce",
  },
  { method: "GET", url: "/api/boards", access: "analyst" },
  { method: "GET", url: "/api/boards/sweep", access: "analyst" },
  { method: "POST", url: "/api/boards/sweep/simulate", payload: {}, access: "taskforce" },
  { method: "GET", url: "/api/boards/sweep/briefing", access: "taskforce" },
  { method: "GET", url: "/api/boards/sweep/briefing?format=html", access: "taskforce" },
  {
    method: "POST",
    url: "/api/notes",
    payload: { subject: "person", about: "P1", text: "seen in Calais" },
    access: "analyst",
  },
  { method: "GET", url: "/api/notes?subject=person&about=P1", access: "analyst" },
  { method: "POST", url: "/api/views", payload: { name: "sweep", state: {} }, access: "analyst" },
  { method: "GET", url: "/api/views", access: "analyst" },
  { method: "GET", url: "/api/admin/users", access: "admin" },
  { method: "GET", url: "/api/admin/audit/verify", access: "admin" },
];
