/** Options shared by several commands; kept free of engine imports so `--help` stays instant. */
import { InvalidArgumentError, Option } from "commander";

/**
 * A whole number within bounds, checked while the command line is parsed, so
 * a bad value is a usage error (exit 2) before any work starts.
 */
export const integerOption =
  (name: string, bounds: { min?: number; max?: number } = {}) =>
  (value: string) => {
    const { min = 0, max = Number.MAX_SAFE_INTEGER } = bounds;
    const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
    const number = Number(value);
    if (!/^\d+$/.test(value) || number < min || number > max) {
      throw new InvalidArgumentError(`${name} must be a whole number ${range}, not ${value}`);
    }
    return number;
  };

/** A TCP port; 0 lets the system pick a free one. */
export const portOption = () => integerOption("--port", { min: 0, max: 65_535 });

export const numberOption = (name: string) => (value: string) => {
  const number = Number(value);
  if (value.trim() === "" || !Number.isFinite(number))
    throw new InvalidArgumentError(`${name} must be a number`);
  return number;
};

export const dataDirOption = () =>
  new Option("--data-dir <dir>", "data folder of the embedded store").default("./data");

export const STORE_KINDS = ["memory", "neo4j"] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

export const storeOption = () =>
  new Option(
    "--store <kind>",
    "memory (the embedded store in --data-dir) or neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD)",
  )
    .choices(STORE_KINDS)
    .default("memory");
