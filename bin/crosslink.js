#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so there is no build step and
// no stale compiled copy to drift from the sources.
import { register } from "tsx/esm/api";

register();
await import("../scripts/cli/main.ts");
