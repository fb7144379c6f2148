/** The built viewer (dist/viewer), served at / when it has been built. */
import fastifyStatic from "@fastify/static";
import fp from "fastify-plugin";
import { existsSync } from "node:fs";

export default fp<{ root: string }>(
  async (app, options) => {
    if (!existsSync(options.root)) {
      app.log.info(`no viewer build at ${options.root}; run npx vite build to serve it`);
      return;
    }
    await app.register(fastifyStatic, { root: options.root, prefix: "/" });
  },
  { name: "viewer" },
);
