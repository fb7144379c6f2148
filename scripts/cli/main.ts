/**
 * The `crosslink` command. Each subcommand's module is imported only when it
 * runs, so `--help` answers without loading graphology, fastify or the driver.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { DataError, EXIT_DATA, EXIT_USAGE, UsageError } from "./errors.ts";

const program = new Command("crosslink")
  .description(
    "Graph analytics for migrant-smuggling networks and their links to drug trafficking and money laundering.",
  )
  .showHelpAfterError()
  .exitOverride();

export const integerOption = (name: string) => (value: string) => {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`${name} must be a whole number`);
  return Number(value);
};

export const dataDirOption = () =>
  new Option("--data-dir <dir>", "data folder of the embedded store").default("./data");

program
  .command("generate")
  .description(
    "write a seeded synthetic world in the dataset format, with its ground truth beside it",
  )
  .requiredOption("--persons <n>", "number of persons", integerOption("--persons"))
  .option("--seed <s>", "random seed", integerOption("--seed"), 1)
  .requiredOption("--out <dir>", "output folder (its ground truth goes to <dir>.truth.json)")
  .action(async (options) => (await import("./commands/generate.ts")).run(options));

program
  .command("import")
  .description("validate a dataset folder and load it into the store; on any error load nothing")
  .argument("<dir>", "dataset folder (DATASET-FORMAT.md)")
  .addOption(dataDirOption())
  .action(async (dir, options) => (await import("./commands/import.ts")).run(dir, options));

program
  .command("start")
  .description("import the demo world into an empty store and summarise it (what `npm start` runs)")
  .addOption(dataDirOption())
  .action(async (options) => (await import("./commands/start.ts")).run(options));

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitCodeOf(error);
}

function exitCodeOf(error: unknown): number {
  if (error instanceof CommanderError) {
    // Help and version are not errors; commander has already printed everything.
    return error.exitCode === 0 ? 0 : EXIT_USAGE;
  }
  if (error instanceof UsageError) {
    console.error(`crosslink: ${error.message}`);
    return EXIT_USAGE;
  }
  if (error instanceof DataError || (error as Error)?.name === "DatasetError") {
    console.error((error as Error).message);
    return EXIT_DATA;
  }
  console.error(`crosslink: ${(error as Error)?.message ?? String(error)}`);
  return EXIT_DATA;
}
