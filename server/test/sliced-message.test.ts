import { MessageChannel } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { receivePieces, sendPieces } from "../services/sliced-message.ts";

describe("sliced messages", () => {
  it("reassembles an object of long arrays, nested fields and typed arrays sent in pieces", async () => {
    const value = {
      analysis: {
        persons: Array.from({ length: 12_345 }, (_, i) => ({ id: `P${i}`, score: i / 7 })),
        summary: { persons: 12_345, nested: { deep: [1, 2, 3] } },
      },
      network: { degree: Float64Array.from({ length: 9 }, (_, i) => i * 1.5), ids: ["a", "b"] },
      empty: [],
    };
    const { port1, port2 } = new MessageChannel();
    let pieces = 0;
    port1.on("message", () => pieces++);
    const received = receivePieces<typeof value>(port1);
    sendPieces(port2, value);
    expect(await received).toEqual(value);
    port1.close();
    // persons alone is three slices of 5,000.
    expect(pieces).toBeGreaterThan(3);
  });

  it("sends an object met twice once: the receiver holds one copy, shared as the sender's was", async () => {
    const network = { ties: Uint32Array.of(1, 2, 3), records: ["L1", "L2"] };
    const value = { network, directed: { arcs: [0, 1], network }, again: network };
    const { port1, port2 } = new MessageChannel();
    const received = receivePieces<typeof value>(port1);
    sendPieces(port2, value);
    const copy = await received;
    port1.close();
    expect(copy).toEqual(value);
    expect(copy.directed.network).toBe(copy.network);
    expect(copy.again).toBe(copy.network);
  });
});
