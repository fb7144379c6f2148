package crosslink.neo4j;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded as a Bolt server for Crosslink's tests, CLI and benchmarks.
 *
 * <p>Every value comes from the environment, whose defaults live in start.sh (the heap has to be a
 * JVM flag, so the script is the one place that knows them all): NEO4J_PORT, NEO4J_STORE,
 * NEO4J_PASSWORD, NEO4J_PAGECACHE, NEO4J_PLUGINS (the GDS jars, see GdsExtension). Callers wait for the line starting with {@link #READY} on
 * stdout; SIGTERM shuts the databases down cleanly through the shutdown hook.
 */
public final class Neo4jLauncher {
  private static final String READY = "crosslink-neo4j ready ";
  private static final String LOOPBACK = "127.0.0.1";

  public static void main(String[] args) throws InterruptedException {
    int port = Integer.parseInt(env("NEO4J_PORT"));
    Path store = Path.of(env("NEO4J_STORE")).toAbsolutePath();
    String password = env("NEO4J_PASSWORD");
    // Neo4j refuses shorter passwords, but only after creating every database: say so at once.
    if (password.length() < 8) fail("NEO4J_PASSWORD must have at least 8 characters");
    requireFreePort(port);
    try {
      serve(store, port, password);
    } catch (RuntimeException e) {
      // Without this the JVM would stay up (Neo4j's threads are not daemons) and the caller
      // would wait for a ready line that never comes.
      fail("could not start: " + e.getMessage());
    }
  }

  private static void serve(Path store, int port, String password) throws InterruptedException {
    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(store)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, port))
            // Anything else that listens stays on loopback too; server-side routing would open
            // a second port (7688) that clashes between instances and that no client here needs.
            .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(LOOPBACK))
            .setConfig(GraphDatabaseSettings.routing_enabled, false)
            // Usage reports would try to reach the internet, which this server must never do.
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(env("NEO4J_PAGECACHE")))
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            // Transaction logs are kept two days by default: gigabytes after a few big imports.
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
            // Bolt otherwise idles a 5 s quiet period on every stop, after the databases have
            // already been shut down; tests stop servers often.
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
            // Graph Data Science: its procedures come from the plugin folder and read the store
            // directly, which Neo4j allows only to procedures named here.
            .setConfig(GraphDatabaseSettings.plugin_dir, Path.of(env("NEO4J_PLUGINS")).toAbsolutePath())
            .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("gds.*"))
            .build();
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "crosslink-neo4j-shutdown"));

    // A new store creates user neo4j with password "neo4j" that must be changed at first login,
    // which no driver can do unattended. Embedded transactions run with full rights, so the
    // launcher sets the wanted password itself, on every start, so NEO4J_PASSWORD always wins.
    // CREATE OR REPLACE, unlike ALTER USER, does not refuse a password equal to the current one.
    dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
        .executeTransactionally(
            "CREATE OR REPLACE USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
            Map.of("password", password));

    System.out.println(READY + "bolt://" + LOOPBACK + ":" + port);
    System.out.flush();
    // Block until SIGTERM: the JVM then runs the shutdown hook and exits.
    Thread.currentThread().join();
  }

  private static String env(String name) {
    String value = System.getenv(name);
    if (value == null || value.isEmpty()) {
      fail(name + " is not set; start the server through start.sh");
    }
    return value;
  }

  /** Neo4j binds Bolt only after creating and starting every database: check at once instead. */
  private static void requireFreePort(int port) {
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(LOOPBACK, port));
    } catch (IOException e) {
      fail("port " + port + " on " + LOOPBACK + " is already in use (" + e.getMessage() + ")");
    }
  }

  private static void fail(String message) {
    System.err.println("crosslink-neo4j: " + message);
    System.exit(1);
  }
}
