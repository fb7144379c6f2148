/**
 * Test helper: a small dataset read as the money analytics see it — the
 * person network, the transfer ledger, money per actor, beneficial
 * ownership and the payments with the persons behind companies — in euros.
 */
import { loadDataset, toEntityGraph } from "../../../ingest/index.ts";
import { writeDataset } from "../../../ingest/test/write-dataset.ts";
import { personNetwork } from "../../network/index.ts";
import { actorMoney } from "../actor-money.ts";
import { beneficialOwnership } from "../beneficial-ownership.ts";
import { transferLedger } from "../ledger.ts";
import { paymentsWithOwners } from "../payments.ts";

export async function moneyWorld(files: Record<string, string>) {
  const graph = toEntityGraph(await loadDataset(await writeDataset(files)));
  const network = personNetwork(graph);
  const ledger = transferLedger(graph, network);
  const rates = { EUR: 1 };
  const ownership = beneficialOwnership(graph, network, ledger, rates);
  const ids = network.csr.ids;
  return {
    graph,
    network,
    money: actorMoney(ledger, network.csr.nodeCount, rates),
    payments: paymentsWithOwners(ledger, ownership, rates),
    at: (id: string) => ids.indexOf(id),
    /** 1 for the actors named, 0 for the rest. */
    mask: (named: readonly string[]) => Uint8Array.from(ids, (id) => (named.includes(id) ? 1 : 0)),
  };
}
