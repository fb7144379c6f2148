/** The software version recorded in every export: the project's package.json version. */
import { readFileSync } from "node:fs";

export const SOFTWARE_VERSION: string = (
  JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    version: string;
  }
).version;
