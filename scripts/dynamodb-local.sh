#!/usr/bin/env bash
# Fetches AWS's DynamoDB Local (the jar inside the npm package amplify-dynamodb-simulator, see
# docs/decisions.md) into .tools/ and starts it on loopback. Prints the endpoint; `stop` ends it.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=.tools/dynamodb-local
port=${DYNAMODB_LOCAL_PORT:-8765}
case "${1:-start}" in
  fetch)
    if [ ! -f "$dir/emulator/DynamoDBLocal.jar" ]; then
      mkdir -p "$dir"
      (cd "$dir" && npm pack --silent amplify-dynamodb-simulator@2.9.30 >/dev/null \
        && tar xzf amplify-dynamodb-simulator-2.9.30.tgz --strip-components=1 package/emulator \
        && rm amplify-dynamodb-simulator-2.9.30.tgz)
    fi
    ;;
  start)
    "$0" fetch
    command -v java >/dev/null || { echo "java not found: apt-get install -y openjdk-17-jre-headless" >&2; exit 1; }
    java -Djava.library.path="$dir/emulator/DynamoDBLocal_lib" -jar "$dir/emulator/DynamoDBLocal.jar" \
      -inMemory -sharedDb -disableTelemetry -port "$port" >"$dir/server.log" 2>&1 &
    echo $! >"$dir/pid"
    for _ in $(seq 1 100); do
      if curl -s -o /dev/null "http://127.0.0.1:$port"; then echo "http://127.0.0.1:$port"; exit 0; fi
      sleep 0.2
    done
    echo "DynamoDB Local did not start; see $dir/server.log" >&2
    exit 1
    ;;
  stop)
    [ -f "$dir/pid" ] && kill "$(cat "$dir/pid")" 2>/dev/null || true
    rm -f "$dir/pid"
    ;;
esac
