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
    // A guard against hangs, not a measure of speed (benchmarks do that): the CLI tests run
    // the real command several times, which takes over a minute on a loaded machine.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: "forks",
    globalSetup: ["scripts/neo4j/global-setup.ts"],
  },
});
