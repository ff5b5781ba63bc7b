#!/usr/bin/env bash
# README command 1: build what is missing, then start HọcVụ with embedded PostgreSQL and a real
# Keycloak (unless HOCVU_DB_URL / HOCVU_OIDC_URL name external ones). Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")"

app=ui/target/quarkus-app/quarkus-run.jar
launcher=core/testkit/target/launcher.classpath
stale() {
  [ ! -f "$app" ] || [ ! -f "$launcher" ] && return 0
  [ -n "$(find pom.xml core plugins content-packages ui docker -newer "$app" \
      \( -path '*/src/*' -o -name pom.xml -o -name '*.json' \) -not -path '*/target/*' -print -quit 2>/dev/null)" ]
}
if stale; then
  echo "[hocvu] Building (first time: a few minutes while Maven fetches dependencies)..."
  ./mvnw -B -q install -DskipTests
fi
# the launcher logs (GreenMail) through JBoss Log Manager, as Quarkus does
exec java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "core/testkit/target/classes:$(cat "$launcher")" org.hocvu.testkit.launch.LocalStack "$PWD"
