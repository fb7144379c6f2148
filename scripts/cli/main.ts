/**
 * The `crosslink` command. Each subcommand's module is imported only when it
 * runs, so `--help` answers without loading graphology, fastify or the driver.
 */
import { Command, CommanderError, Option } from "commander";
import { DataError, EXIT_DATA, EXIT_USAGE, UsageError } from "./errors.ts";
import { collectSetting } from "./analysis-parameters.ts";
import { dataDirOption, integerOption, numberOption, portOption, storeOption } from "./options.ts";
import { minPersons } from "../../fixtures/generator/options.ts";
import { MAX_QUERY_DEPTH } from "../../engine/store/queries.ts";
import { DISRUPTION_RANKINGS } from "../../engine/analytics/disruption/ranking-names.ts";

// Piped into `head`, the reader may leave before we finish: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
}

const program = new Command("crosslink")
  .description(
    "Graph analytics for migrant-smuggling networks and their links to drug trafficking and money laundering.",
  )
  .showHelpAfterError()
  .exitOverride();

program
  .command("generate")
  .description(
    "write a seeded synthetic world in the dataset format, with its ground truth beside it",
  )
  .requiredOption(
    "--persons <n>",
    `number of persons (at least ${minPersons})`,
    integerOption("--persons", { min: minPersons }),
  )
  .option("--seed <s>", "random seed", integerOption("--seed"), 1)
  .requiredOption("--out <dir>", "output folder (its ground truth goes to <dir>.truth.json)")
  .option(
    "--unlabelled",
    "no record names who leads (no organiser role, no controls association); adds everyday hubs, a busy clique and persons entered twice",
  )
  .action(async (options) => (await import("./commands/generate.ts")).run(options));

program
  .command("import")
  .description("validate a dataset folder and load it into the store; on any error load nothing")
  .argument("<dir>", "dataset folder (docs/DATASET-FORMAT.md)")
  .addOption(dataDirOption())
  .addOption(storeOption())
  .option(
    "--offline [store-dir]",
    "with --store neo4j: a first import by Neo4j's offline importer into the launcher's store folder (store-dir, else NEO4J_STORE, else scripts/neo4j/store), which must hold no database yet; the server must be stopped, and builds its indexes when it next starts",
  )
  .action(async (dir, options) => (await import("./commands/import.ts")).run(dir, options));

program
  .command("serve")
  .description("serve the API and the viewer; an empty store gets the demo world and a demo user")
  .option("--port <port>", "port to listen on (0: any free port)", portOption(), 8080)
  .option("--host <host>", "address to listen on", "127.0.0.1")
  .addOption(dataDirOption())
  .action(async (options) => (await import("./commands/serve.ts")).run(options));

const user = program.command("user").description("users of the API");
user
  .command("add")
  .description("add a user and print their token once (stored only as a hash)")
  .argument("<name>", "user name")
  .requiredOption("--role <role>", "viewer, analyst, taskforce or admin")
  .requiredOption("--clearance <level>", "unclassified, restricted, confidential or secret")
  .addOption(dataDirOption())
  .action(async (name, options) => (await import("./commands/user.ts")).add(name, options));
user
  .command("list")
  .description("list users with role and clearance")
  .addOption(dataDirOption())
  .action(async (options) => (await import("./commands/user.ts")).list(options));
user
  .command("remove")
  .description("remove a user: their token and sessions stop working at the next request")
  .argument("<name>", "user name")
  .addOption(dataDirOption())
  .action(async (name, options) => (await import("./commands/user.ts")).remove(name, options));
user
  .command("set")
  .description("change a user's role and/or clearance; open sessions follow at once")
  .argument("<name>", "user name")
  .option("--role <role>", "viewer, analyst, taskforce or admin")
  .option("--clearance <level>", "unclassified, restricted, confidential or secret")
  .addOption(dataDirOption())
  .action(async (name, options) => (await import("./commands/user.ts")).set(name, options));
user
  .command("rotate")
  .description("give a user a new token and print it once; the old token and its sessions stop")
  .argument("<name>", "user name")
  .addOption(dataDirOption())
  .action(async (name, options) => (await import("./commands/user.ts")).rotate(name, options));

program
  .command("audit")
  .description("the audit log of searches, views and exports")
  .command("verify")
  .description("check the audit log's keyed chain and its anchor; names every bad place (exit 1)")
  .option("--file <file>", "audit log (default <data-dir>/audit.jsonl)")
  .option("--key <file>", "the chain's key (default <file>.key)")
  .addOption(dataDirOption())
  .action(async (options) => (await import("./commands/audit.ts")).verify(options));

program
  .command("export")
  .description(
    "target packages (package.json, CSV tables, index.html, PDF, MANIFEST.sha256) for --top N or the ids given; with --network, the network (or the ids' neighbourhood) as gexf, graphml, ftm or csv",
  )
  .argument("[ids...]", "entity ids of the targets (or, with --network, the centre of a subgraph)")
  .option("--top <n>", "the N highest-ranked targets", integerOption("--top", { min: 1 }))
  .requiredOption("--out <path>", "output folder for packages; output file with --network")
  .option(
    "--format <list>",
    "packages: any of json,csv,html (default all); network: gexf|graphml|ftm|csv",
  )
  .option("--as <user>", "export what this user may see (users file of the data folder)")
  .option("--clearance <level>", "export what this clearance may see, without a user")
  .option("--network", "export the network instead of target packages")
  .option(
    "--graph <shape>",
    "with --network, gexf, graphml and csv: persons (one weighted edge per tie, for Gephi; default) or records (every record, edges of a kind)",
  )
  .option(
    "--depth <n>",
    "with --network and ids: links followed from them",
    integerOption("--depth", { max: MAX_QUERY_DEPTH }),
    1,
  )
  .option("--seed <s>", "seed of the analysis", integerOption("--seed"))
  .addOption(dataDirOption())
  .addOption(storeOption())
  .action(async (ids, options) => (await import("./commands/export.ts")).run(ids, options));

const analyzeCommand = program
  .command("analyze")
  .description(
    "the full analysis: person network, communities, centrality, crime overlaps, money flows, targets, disruption",
  )
  .argument("[dir]", "dataset folder to analyse directly (default: the store's graph)")
  .option("--seed <s>", "random seed", integerOption("--seed"), 1)
  .option(
    "--resolution <γ>",
    "modularity resolution of the communities: above 1 more, smaller ones (default 1)",
    numberOption("--resolution"),
  )
  .option(
    "--set <name=value>",
    "set any analysis parameter listed below (repeatable; nested names with dots)",
    collectSetting,
  )
  .option("--json <file>", "write the Analysis as JSON")
  .option("--edges <file>", "analyse a source,target[,weight] CSV of person associations instead")
  .addOption(
    new Option(
      "--engine <engine>",
      "where communities, betweenness and PageRank are computed: in-process, or gds (Graph Data Science in Neo4j, with --store neo4j)",
    )
      .choices(["in-process", "gds"])
      .default("in-process"),
  )
  .option(
    "--levels",
    "with --store neo4j: also analyse what each clearance level may see, and store those analyses in <data-dir>/levels for the server",
  )
  .addOption(dataDirOption())
  .addOption(storeOption())
  .action(async (dir, options) => (await import("./commands/analyze.ts")).run(dir, options));
// The parameter list comes from the engine's declarations: loaded only when this help is asked for.
if (
  process.argv.includes("analyze") &&
  process.argv.some((arg) => arg === "--help" || arg === "-h")
) {
  const { analysisParametersHelp } = await import("./commands/analyze-help.ts");
  analyzeCommand.addHelpText("after", analysisParametersHelp());
}

program
  .command("targets")
  .description(
    "the ranked targets with their reasons: of the stored analysis, or with --as/--clearance of what that user may see (as GET /api/targets lists them)",
  )
  .option("--top <n>", "number of targets", integerOption("--top", { min: 1 }), 20)
  .addOption(
    new Option("--format <format>", "output format")
      .choices(["table", "json", "csv"])
      .default("table"),
  )
  .option("--as <user>", "the targets this user may see (users file of the data folder)")
  .option("--clearance <level>", "the targets this clearance may see, without a user")
  .option("--seed <s>", "with --as or --clearance: seed of the analysis", integerOption("--seed"))
  .addOption(dataDirOption())
  .addOption(storeOption())
  .action(async (options) => (await import("./commands/targets.ts")).run(options));

program
  .command("entity")
  .description(
    "one entity in detail as JSON, as GET /api/entities/:id gives it: with --as/--clearance what that user may see",
  )
  .argument("<id>", "entity id")
  .option("--as <user>", "what this user may see (users file of the data folder)")
  .option("--clearance <level>", "what this clearance may see, without a user")
  .option("--seed <s>", "seed of the analysis", integerOption("--seed"))
  .addOption(dataDirOption())
  .addOption(storeOption())
  .action(async (id, options) => (await import("./commands/entity.ts")).run(id, options));

program
  .command("referrals")
  .description(
    "the referral list for the internet referral unit: each network's online accounts (platform, handle, URL, users, recruiting reach, evidence, handling codes), one row per account, as GET /api/referrals gives it",
  )
  .addOption(
    new Option("--format <format>", "output format").choices(["csv", "json"]).default("csv"),
  )
  .option("--out <file>", "write to this file instead of stdout")
  .option("--as <user>", "what this user may see (users file of the data folder)")
  .option("--clearance <level>", "what this clearance may see, without a user")
  .option("--seed <s>", "seed of the analysis", integerOption("--seed"))
  .addOption(dataDirOption())
  .addOption(storeOption())
  .action(async (options) => (await import("./commands/referrals.ts")).run(options));

const board = program
  .command("board")
  .description(
    "target boards of the task force: members with a status, owner, rationale and evidence, notes, what changed since each review, the chosen set simulated",
  );
/** --as, --seed, --data-dir and --store, which every board command takes. */
const boardCommand = (name: string, description: string) =>
  board
    .command(name)
    .description(description)
    .option(
      "--as <user>",
      "act as this user: their role and clearance (users file of the data folder)",
    )
    .option("--seed <s>", "seed of the analysis", integerOption("--seed"))
    .addOption(dataDirOption())
    .addOption(storeOption());
const markOptions = (command: Command) =>
  command
    .option(
      "--classification <level>",
      "the change's classification, at most your clearance (default restricted)",
    )
    .option("--handling-code <code>", "the change's handling code");
markOptions(boardCommand("create", "create a board (role taskforce)"))
  .argument("<name>", "board name (A-Z a-z 0-9 . _ -)")
  .option("--title <text>", "the operation's title")
  .action(async (name, options) => (await import("./commands/board.ts")).create(name, options));
markOptions(
  boardCommand("add", "add persons to a board, each reviewed as it stands now (role taskforce)"),
)
  .argument("<name>", "board name")
  .argument("<ids...>", "person ids")
  .option(
    "--status <status>",
    "candidate (default), nominated, approved, deferred, rejected or arrested",
  )
  .option("--note <text>", "a note on each person added")
  .action(async (name, ids, options) =>
    (await import("./commands/board.ts")).add(name, ids, options),
  );
markOptions(
  boardCommand(
    "set",
    "change a member's status (with a rationale), owner or evidence (role taskforce)",
  ),
)
  .argument("<name>", "board name")
  .argument("<id>", "person id")
  .option("--status <status>", "candidate, nominated, approved, deferred, rejected or arrested")
  .option("--rationale <text>", "why (needed with --status)")
  .option("--owner <name>", "who follows this target")
  .option("--evidence <list>", "comma-separated tie:P1|P2, transfer:ID, case:ID")
  .action(async (name, id, options) =>
    (await import("./commands/board.ts")).set(name, id, options),
  );
markOptions(boardCommand("note", "a note on a person, a tie (P1|P2) or a community (role analyst)"))
  .argument("<subject>", "person, tie or community")
  .argument("<about>", "person id, P1|P2, or for a community the id of one of its members")
  .argument("<text>", "the note")
  .option("--board <name>", "the board the note belongs to")
  .action(async (subject, about, text, options) =>
    (await import("./commands/board.ts")).note(subject, about, text, options),
  );
boardCommand(
  "show",
  "a board as you may see it: members, decisions, what changed since each review, notes (role analyst)",
)
  .argument("<name>", "board name")
  .addOption(
    new Option("--format <format>", "output format").choices(["table", "json"]).default("table"),
  )
  .action(async (name, options) => (await import("./commands/board-show.ts")).show(name, options));
boardCommand(
  "simulate",
  "the approved members (or the ids given) removed from the network, beside the best set of the same size and the swaps that improve it (role taskforce)",
)
  .argument("<name>", "board name")
  .argument("[ids...]", "members to simulate instead of the approved ones")
  .addOption(
    new Option("--format <format>", "output format").choices(["table", "json"]).default("table"),
  )
  .action(async (name, ids, options) =>
    (await import("./commands/board-show.ts")).simulate(name, ids, options),
  );
boardCommand(
  "briefing",
  "the briefing pack: board summary with decisions and rationale, the approved set simulated, the approved targets' dossiers, marked on every page (role taskforce)",
)
  .argument("<name>", "board name")
  .requiredOption("--out <dir>", "folder for briefing.html, briefing.pdf and briefing.json")
  .action(async (name, options) =>
    (await import("./commands/board-show.ts")).briefing(name, options),
  );

const resolve = program
  .command("resolve")
  .description(
    "entity resolution: likely duplicate persons with the evidence for and against; accept, reject or undo a match (the records are never merged)",
  );
resolve
  .command("list")
  .description(
    "the candidates and the decided pairs this user may see, as GET /api/resolution/candidates gives them",
  )
  .addOption(
    new Option("--format <format>", "output format").choices(["table", "json"]).default("table"),
  )
  .option("--as <user>", "what this user may see (users file of the data folder)")
  .option("--clearance <level>", "what this clearance may see, without a user")
  .addOption(dataDirOption())
  .addOption(storeOption())
  .action(async (options) => (await import("./commands/resolve.ts")).list(options));
for (const [name, verdict, what] of [
  ["accept", "accepted", "the analysis treats the two as one person"],
  ["reject", "rejected", "the pair is no longer offered"],
] as const) {
  resolve
    .command(name)
    .description(`${name} a match: ${what}; kept in the store beside the data, an audit line`)
    .argument("<id1>", "person id")
    .argument("<id2>", "person id")
    .option("--note <text>", "why, kept with the decision")
    .option("--as <user>", "who decides (role analyst or above)")
    .addOption(dataDirOption())
    .addOption(storeOption())
    .action(async (a, b, options) =>
      (await import("./commands/resolve.ts")).decide(verdict, a, b, options),
    );
}
resolve
  .command("undo")
  .description("withdraw the decision on a pair (an audit line)")
  .argument("<id1>", "person id")
  .argument("<id2>", "person id")
  .option("--as <user>", "who withdraws it (role analyst or above)")
  .addOption(dataDirOption())
  .addOption(storeOption())
  .action(async (a, b, options) => (await import("./commands/resolve.ts")).undo(a, b, options));

program
  .command("disrupt")
  .description("simulate removing persons and follow how the network falls apart")
  .argument("[dir]", "dataset folder (default: the store's graph)")
  .addOption(
    new Option(
      "--by <ranking>",
      "whom to remove first (degree only undirected; in-/out-degree and in-/out-strength only --directed)",
    )
      .choices(DISRUPTION_RANKINGS)
      .default("degree"),
  )
  .option(
    "--directed",
    "on the directed network (calls caller to callee, transfers sender to receiver; --edges rows are arcs), by strongly connected components",
  )
  .option("--unweighted", "with --directed: betweenness by hops and PageRank with every arc alike")
  .addOption(
    new Option("--mode <mode>", "recompute after each removal, or remove in blocks")
      .choices(["sequential", "block"])
      .default("sequential"),
  )
  .option("--block <n>", "persons removed per block", integerOption("--block", { min: 1 }), 5)
  .option(
    "--steps <n>",
    "removal steps (default 10; with --ids, as many as the list)",
    integerOption("--steps"),
  )
  .option(
    "--ids <list>",
    "remove these persons, comma-separated, in this order, instead of a ranking",
  )
  .option("--seed <s>", "random seed", integerOption("--seed"), 1)
  .option("--json <file>", "write the steps as JSON")
  .option("--edges <file>", "use a source,target[,weight] CSV of person associations instead")
  .addOption(dataDirOption())
  .addOption(storeOption())
  .action(async (dir, options) => (await import("./commands/disrupt.ts")).run(dir, options));

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
