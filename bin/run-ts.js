#!/usr/bin/env node
// Runs any TypeScript entry point of the project (benchmarks, launchers) through tsx.
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import { register } from "tsx/esm/api";

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error("usage: run-ts.js FILE.ts [args...]");
  process.exit(2);
}
process.argv = [process.argv[0], resolve(entry), ...rest];
register();
await import(pathToFileURL(resolve(entry)).href);
