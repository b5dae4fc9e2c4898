#!/usr/bin/env bash
# Developer entry point: picks a JDK >= 21 (Lucene 10 needs it) and runs the Maven wrapper.
#   ./bb run     start the chat server on the embedded defaults (http://localhost:8080)
#   ./bb train   train the intent model into the server's model cache, if its data changed (./bb run does it)
#   ./bb test    build everything and run all tests
#   ./bb eval    train and evaluate the answer engine (German held-out set, CLINC150, NLU corpora)
#   ./bb bench   measure per-message latency and /api/v1/answer throughput
set -euo pipefail
cd "$(dirname "$0")"

java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p'; }

pick_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* /opt/java/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    if [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null; then echo "$candidate"; return 0; fi
  done
  echo "No JDK >= 21 found: install one and set JAVA_HOME." >&2
  return 1
}

# The browser tests (*IT) drive Debian's chromium through chromedriver; install them where we can.
ensure_browser() {
  command -v chromium >/dev/null && command -v chromedriver >/dev/null && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "The browser tests need chromium and chromedriver (Debian: apt-get install chromium chromium-driver)." >&2
    return 1
  fi
}

export JAVA_HOME="$(pick_jdk)"
cmd="${1:-}"; shift || true
case "$cmd" in
  # Training runs in a JVM of its own, so the server's JVM only loads the model (see ModelTraining).
  run)   ./mvnw -q -B install -DskipTests \
           && ./mvnw -q -B -pl bot-engine spring-boot:run -Dstart-class=org.buergerbot.system.ModelTraining "$@" \
           && exec ./mvnw -q -B -pl bot-engine spring-boot:run "$@" ;;
  train) ./mvnw -q -B install -DskipTests \
           && exec ./mvnw -q -B -pl bot-engine spring-boot:run -Dstart-class=org.buergerbot.system.ModelTraining "$@" ;;
  test)  ensure_browser && exec ./mvnw -B verify "$@" ;;
  eval)  ./mvnw -q -B install -DskipTests && exec ./mvnw -q -B -pl bot-engine exec:java -Dexec.mainClass=org.buergerbot.evaluation.EvaluationReport -Dexec.args="$*" ;;
  bench) ./mvnw -q -B install -DskipTests \
           && ./mvnw -q -B -pl bot-engine exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.buergerbot.system.ModelTraining \
           && exec ./mvnw -q -B -pl bot-engine exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.buergerbot.benchmark.PipelineBenchmark -Dexec.args="$*" ;;
  *)     sed -n '2,7p' "$0"; exit 2 ;;
esac
