/**
 * A person network from a plain edge list, as analysts receive from other
 * tools: CSV rows `source,target[,weight]`, each an association between two
 * persons, with an optional header row. Parallel rows add up and self-loops
 * are dropped, as in csr.ts; every row is kept as evidence (`edge_list`,
 * record `line:N`) so ties explain themselves like any other. In the
 * directed view (analytics/directed) each row is an arc from source to target.
 */
import { EvidenceItems } from "./evidence-items.ts";
import { interner } from "./intern.ts";
import { csrOfTies } from "./network-csr.ts";
import { resolvePersonNetworkOptions, type PersonNetworkOptions } from "./options.ts";
import type { PersonNetwork } from "./person-network.ts";
import { buildTieTable } from "./tie-table.ts";

export interface EdgeListRow {
  source: string;
  target: string;
  weight: number;
  line: number;
}

export class EdgeListError extends Error {}

export function parseEdgeList(text: string, fileName = "edges"): EdgeListRow[] {
  const rows: EdgeListRow[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line.length === 0) return;
    const cells = line.split(",").map((cell) => cell.trim().replace(/^"(.*)"$/, "$1"));
    const where = `${fileName}:${index + 1}`;
    if (index === 0 && cells[0]?.toLowerCase() === "source") return;
    if (cells.length < 2 || cells.length > 3 || !cells[0] || !cells[1]) {
      throw new EdgeListError(`${where}: expected source,target[,weight]`);
    }
    const weight = cells[2] === undefined || cells[2] === "" ? 1 : Number(cells[2]);
    if (!(weight > 0) || !Number.isFinite(weight)) {
      throw new EdgeListError(`${where}: weight: "${cells[2]}" is not a positive number`);
    }
    rows.push({ source: cells[0], target: cells[1], weight, line: index + 1 });
  });
  return rows;
}

/** Every endpoint is a person; nodes are numbered in order of first appearance. */
export function personNetworkFromEdgeList(
  rows: readonly EdgeListRow[],
  options: PersonNetworkOptions = {},
): PersonNetwork {
  const settings = resolvePersonNetworkOptions(options);
  const { values: ids, indexOf: intern } = interner();
  const items = new EvidenceItems();
  const records: string[] = [];
  for (const row of rows) {
    const record = records.push(`line:${row.line}`) - 1;
    items.push(intern(row.source), intern(row.target), {
      kind: "edge_list",
      strength: row.weight,
      record,
      directed: true,
    });
  }
  const ties = buildTieTable(items, ids.length, settings.weights);
  const { csr, tieOf } = csrOfTies(ids, ties);
  return {
    csr,
    aliases: [],
    actorKind: new Uint8Array(ids.length),
    tieOf,
    ties,
    items,
    records,
    currencies: [],
    attached: [],
    options: settings,
  };
}
