#!/usr/bin/env bash
# Runs the project's Neo4j server in the foreground (npm run neo4j; server.ts
# spawns it too). Builds the launcher first if it is missing or outdated. Every
# default lives here; set the variable to override it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

export NEO4J_PORT="${NEO4J_PORT:-7687}"
export NEO4J_STORE="${NEO4J_STORE:-$here/store}"
export NEO4J_PASSWORD="${NEO4J_PASSWORD:-crosslink-dev}"
export NEO4J_PAGECACHE="${NEO4J_PAGECACHE:-256m}"
export NEO4J_PLUGINS="${NEO4J_PLUGINS:-$here/target/gds-plugins}"
heap="${NEO4J_HEAP:-512m}"

bash "$here/build-launcher.sh"

# exec: the java process keeps this PID, so SIGTERM from a caller reaches Neo4j's
# shutdown hook directly. The --add-opens flags are those Neo4j's own startup
# script passes; without them it logs warnings and falls back to slower paths.
exec java -Xms"$heap" -Xmx"$heap" -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError \
  --add-opens=java.base/java.nio=ALL-UNNAMED \
  --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
  -cp "$here/target/classes:$here/target/lib/*" crosslink.neo4j.Neo4jLauncher
