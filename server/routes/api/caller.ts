/** What every data route starts from: the caller's view of the world, and a 404 that reveals nothing. */
import type { FastifyRequest } from "fastify";
import type { LevelView } from "../../services/world.ts";

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

export const viewOf = (request: FastifyRequest): Promise<LevelView> =>
  request.server.world.view(request.user!.clearance);

/**
 * The same answer for an id that does not exist and one above the caller's
 * clearance, and the id is not echoed, so the response is no oracle.
 */
export async function requireEntity(request: FastifyRequest, id: string): Promise<string> {
  await requireEntities(request, [id]);
  return id;
}

/** The same for every id of a list, asked of the store's query layer at once. */
export async function requireEntities(request: FastifyRequest, ids: readonly string[]) {
  const found = await request.server.store.records(ids, request.user!);
  const visible = new Set(found.filter((record) => record.kind === "entity").map((r) => r.id));
  if (ids.some((id) => !visible.has(id))) throw noSuchEntity();
}

export const noSuchEntity = () =>
  new ApiError(404, "no such entity (or not visible at your clearance)");

/** Records the ids a response discloses, for its audit line. */
export function disclosed(request: FastifyRequest, ids: Iterable<string>): void {
  request.auditIds = [...(request.auditIds ?? []), ...ids];
}
