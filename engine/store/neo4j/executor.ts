/**
 * The one way every query of the Neo4j store reaches the server: a session
 * on an explicit database, a managed read or write transaction (retried by
 * the driver on transient errors), parameters only, and driver errors
 * translated (errors.ts). Modelled on neo4j/graphql's Executor.
 */
import type { Driver, ManagedTransaction, QueryResult } from "neo4j-driver";
import { translateError, type ErrorContext } from "./errors.ts";

/** What the committed write transactions changed, by the servers' own query summaries. */
export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  labelsAdded: number;
  labelsRemoved: number;
}

export const NO_WRITES: Readonly<WriteCounters> = {
  nodesCreated: 0,
  nodesDeleted: 0,
  relationshipsCreated: 0,
  relationshipsDeleted: 0,
  propertiesSet: 0,
  labelsAdded: 0,
  labelsRemoved: 0,
};

/** Runs one statement inside the current transaction. */
export type Run = (query: string, parameters?: Record<string, unknown>) => Promise<QueryResult>;

export class Executor {
  private committed: WriteCounters = { ...NO_WRITES };

  constructor(
    private readonly driver: Driver,
    readonly context: ErrorContext,
  ) {}

  /** Fails fast (no retries) when the server is down, the login wrong or the database missing. */
  async verify(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.context.database });
    } catch (error) {
      throw translateError(error, this.context);
    }
    await this.read((run) => run("RETURN 1"));
  }

  read<T>(work: (run: Run) => Promise<T>): Promise<T> {
    return this.transaction("READ", work);
  }

  /** One transaction: everything `work` runs commits together or not at all. */
  write<T>(work: (run: Run) => Promise<T>): Promise<T> {
    return this.transaction("WRITE", work);
  }

  /** The sums over every write transaction committed through this executor. */
  writes(): WriteCounters {
    return { ...this.committed };
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async transaction<T>(mode: "READ" | "WRITE", work: (run: Run) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.context.database,
      defaultAccessMode: mode,
    });
    // Counted per attempt (the driver retries transient failures), kept once committed.
    let counted: WriteCounters = { ...NO_WRITES };
    try {
      const transactionWork = (tx: ManagedTransaction) => {
        counted = { ...NO_WRITES };
        return work(async (query, parameters) => {
          const result = await tx.run(query, parameters);
          const updates = result.summary.counters.updates();
          for (const name of Object.keys(counted) as (keyof WriteCounters)[]) {
            counted[name] += updates[name];
          }
          return result;
        });
      };
      if (mode === "READ") return await session.executeRead(transactionWork);
      const written = await session.executeWrite(transactionWork);
      for (const name of Object.keys(counted) as (keyof WriteCounters)[]) {
        this.committed[name] += counted[name];
      }
      return written;
    } catch (error) {
      throw translateError(error, this.context);
    } finally {
      await session.close();
    }
  }
}
