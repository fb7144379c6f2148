import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { Neo4jStore, type Neo4jConnection } from "./neo4j-store.ts";
import { labelOf, relationshipTypeOf } from "./vocabulary.ts";
import { testServer } from "./test-server.ts";

const server = testServer();

describe("the label and type whitelist", () => {
  it("maps the model's types and refuses anything else", () => {
    expect(labelOf("online_account")).toBe("OnlineAccount");
    expect(relationshipTypeOf("uses_phone")).toBe("USES_PHONE");
    expect(() => labelOf("Person) DETACH DELETE (n")).toThrow(/unknown entity type/);
    expect(() => relationshipTypeOf("MEMBER_OF")).toThrow(/unknown link type/);
  });
});

describe("connection errors", () => {
  it("says when nothing listens at the address", async () => {
    const port = await closedPort();
    await expect(
      Neo4jStore.connect({
        uri: `bolt://127.0.0.1:${port}`,
        user: "neo4j",
        password: "whatever-it-is",
      }),
    ).rejects.toThrow(`cannot reach Neo4j at bolt://127.0.0.1:${port}`);
  });

  it.skipIf("skip" in server)("says when the password is wrong", async () => {
    const connection = server as Neo4jConnection;
    await expect(
      Neo4jStore.connect({ ...connection, password: "not-the-password" }),
    ).rejects.toThrow(
      `Neo4j at ${connection.uri} refused user "neo4j": wrong user name or password`,
    );
  });

  it.skipIf("skip" in server)("says when the database does not exist", async () => {
    const connection = server as Neo4jConnection;
    await expect(Neo4jStore.connect({ ...connection, database: "nosuchdb" })).rejects.toThrow(
      /has no database "nosuchdb"/,
    );
  });
});

/** A port that was free a moment ago, closed again so connections are refused. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
