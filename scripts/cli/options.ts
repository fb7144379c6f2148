/** Options shared by several commands; kept free of engine imports so `--help` stays instant. */
import { InvalidArgumentError, Option } from "commander";

export const integerOption = (name: string) => (value: string) => {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`${name} must be a whole number`);
  return Number(value);
};

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
