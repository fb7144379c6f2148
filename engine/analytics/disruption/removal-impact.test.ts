import { describe, expect, it } from "vitest";
import { csrFromEdges, type Csr } from "../csr.ts";
import { createRng } from "../random.ts";
import { connectedComponents, reachablePairs } from "./components.ts";
import { REFERENCE_SETS, loadReference } from "./reference-fixture.ts";
import { pairsAfterRemoval } from "./removal-impact.ts";

describe("pairsAfterRemoval", () => {
  it("equals recomputation from scratch, node by node, on reference and random networks", () => {
    const rng = createRng(7);
    const networks: Csr[] = REFERENCE_SETS.map((set) => loadReference(set).csr);
    for (let g = 0; g < 5; g++) {
      const n = 60;
      const edges = Array.from({ length: 70 }, () => ({
        source: `${Math.floor(rng() * n)}`,
        target: `${Math.floor(rng() * n)}`,
      }));
      networks.push(csrFromEdges(edges));
    }
    for (const csr of networks) {
      const alive = new Uint8Array(csr.nodeCount).fill(1);
      for (let v = 0; v < csr.nodeCount; v++) if (rng() < 0.2) alive[v] = 0;
      const { pairsAfter, aliveCount } = pairsAfterRemoval(csr, alive);
      expect(aliveCount).toBe(alive.reduce((sum, a) => sum + a, 0));
      for (let v = 0; v < csr.nodeCount; v++) {
        if (!alive[v]) {
          expect(pairsAfter[v]).toBeNaN();
          continue;
        }
        alive[v] = 0;
        expect(pairsAfter[v]).toBe(reachablePairs(connectedComponents(csr, alive).sizes));
        alive[v] = 1;
      }
    }
  });
});
