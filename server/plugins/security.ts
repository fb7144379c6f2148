/**
 * Security headers with a strict content security policy (the viewer needs
 * only its own origin, blob: workers for the layout and data: images for
 * PNG export) and rate limits per user. No CORS plugin: browsers refuse
 * cross-origin calls by default, which is what we want.
 */
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import fp from "fastify-plugin";

export interface SecurityOptions {
  /** Requests per caller per minute; false turns the limit off (benchmarks of raw speed). */
  rateLimit: number | false;
}

export default fp<SecurityOptions>(
  async (app, options) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", "data:"],
          workerSrc: ["'self'", "blob:"],
          connectSrc: ["'self'"],
          fontSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      crossOriginEmbedderPolicy: true,
      referrerPolicy: { policy: "no-referrer" },
    });
    if (options.rateLimit !== false) {
      await app.register(rateLimit, {
        max: options.rateLimit,
        timeWindow: 60_000,
        // One budget per user, however many tokens and sessions they hold, so users
        // behind one address do not starve each other. The route's limit runs after
        // the auth hook (route hooks follow the app's), so the user is known by then;
        // public routes count per client address.
        keyGenerator: (request) =>
          request.user ? `user:${request.user.name}` : `address:${request.ip}`,
      });
    }
  },
  { name: "security" },
);
