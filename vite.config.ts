/// <reference types="vitest/config" />
import { defineConfig } from "vite";

// One file configures both the viewer build (root viewer/, output dist/viewer)
// and vitest, so the two can never disagree on aliases or targets.
export default defineConfig({
  root: "viewer",
  build: {
    outDir: "../dist/viewer",
    emptyOutDir: true,
  },
  test: {
    root: ".",
    include: ["{engine,server,viewer,fixtures,scripts}/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: "forks",
    globalSetup: ["scripts/neo4j/global-setup.ts"],
  },
});
