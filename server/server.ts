/** Listens, and closes gracefully on SIGINT or SIGTERM (in-flight requests finish, the audit log flushes). */
import type { FastifyInstance } from "fastify";

export async function listen(app: FastifyInstance, port: number, host: string): Promise<string> {
  const address = await app.listen({ port, host });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      app.log.info(`${signal}: closing`);
      app.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
  return address;
}
