/**
 * The one way every query of the Neo4j store reaches the server: a session
 * on an explicit database, a managed read or write transaction (retried by
 * the driver on transient errors), parameters only, and driver errors
 * translated (errors.ts). Modelled on neo4j/graphql's Executor.
 */
import type { Driver, ManagedTransaction, QueryResult } from "neo4j-driver";
import { translateError, type ErrorContext } from "./errors.ts";

/** Runs one statement inside the current transaction. */
export type Run = (query: string, parameters?: Record<string, unknown>) => Promise<QueryResult>;

export class Executor {
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

  close(): Promise<void> {
    return this.driver.close();
  }

  private async transaction<T>(mode: "READ" | "WRITE", work: (run: Run) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.context.database,
      defaultAccessMode: mode,
    });
    try {
      const transactionWork = (tx: ManagedTransaction) =>
        work((query, parameters) => tx.run(query, parameters));
      return mode === "READ"
        ? await session.executeRead(transactionWork)
        : await session.executeWrite(transactionWork);
    } catch (error) {
      throw translateError(error, this.context);
    } finally {
      await session.close();
    }
  }
}
