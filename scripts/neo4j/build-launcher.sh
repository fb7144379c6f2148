#!/usr/bin/env bash
# Builds the Neo4j launcher (target/classes and target/lib) when it is missing
# or older than pom.xml or the Java sources, and when Java and Maven are here.
# npm test runs it first (pretest), start.sh before starting the server. With
# no Java or Maven it builds nothing and says so: the Neo4j tests then skip
# loudly, or fail with CI=true.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# Written after a successful build: Maven leaves an unchanged jar's date alone,
# so the jar cannot tell whether the last build saw the current pom.xml.
stamp="$here/target/.launcher-built"

if [[ -f "$stamp" && -z "$(find "$here/pom.xml" "$here/src" -newer "$stamp" -print -quit)" ]]; then
  exit 0
fi
for tool in java mvn; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "crosslink-neo4j: $tool is not on PATH, so the Neo4j launcher is not built (the Neo4j tests will skip, or fail with CI=true)" >&2
    exit 0
  fi
done
echo "crosslink-neo4j: building the launcher (the first build downloads Neo4j into ~/.m2)" >&2
mvn -B -q -Dstyle.color=never -f "$here/pom.xml" package -DskipTests >&2
touch "$stamp"
