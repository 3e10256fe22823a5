#!/usr/bin/env bash
# Runs Paraph in the foreground. Every PARAPH_* variable of README.md is optional; this script
# fills in the embedded defaults (H2 and keys in ./data, port 8080) and starts WildFly with them.
set -euo pipefail

server_home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

export PARAPH_HTTP_PORT="${PARAPH_HTTP_PORT:-8080}"
case "$PARAPH_HTTP_PORT" in
  ''|*[!0-9]*) echo "PARAPH_HTTP_PORT must be a port number, not '$PARAPH_HTTP_PORT'" >&2; exit 2 ;;
esac
data_dir="${PARAPH_DATA_DIR:-$PWD/data}"
mkdir -p "$data_dir"
export PARAPH_DATA_DIR="$(cd "$data_dir" && pwd)"

if [ -z "${PARAPH_DB_URL:-}" ]; then
  export PARAPH_DB_URL="jdbc:h2:file:$PARAPH_DATA_DIR/db/paraph;DB_CLOSE_ON_EXIT=FALSE"
  export PARAPH_DB_USER="${PARAPH_DB_USER:-sa}" PARAPH_DB_PASSWORD="${PARAPH_DB_PASSWORD:-sa}"
fi
case "$PARAPH_DB_URL" in
  jdbc:postgresql:*) export PARAPH_DB_DRIVER=postgresql ;;
  jdbc:h2:*) export PARAPH_DB_DRIVER=h2 ;;
  *) echo "PARAPH_DB_URL must be a jdbc:postgresql: or jdbc:h2: URL, not '$PARAPH_DB_URL'" >&2; exit 2 ;;
esac
# WildFly refuses an empty datasource password; with PostgreSQL's trust authentication there is
# none, so the configuration's placeholder stands in (and is never checked).
[ -n "${PARAPH_DB_PASSWORD:-}" ] || unset PARAPH_DB_PASSWORD

# Each instance keeps WildFly's runtime state (logs, transaction store, deployment markers) in
# its own data directory, so two instances of one installation run side by side.
runtime="$PARAPH_DATA_DIR/server"
mkdir -p "$runtime/configuration" "$runtime/deployments"
cp -R "$server_home/standalone/configuration/." "$runtime/configuration/"
rm -f "$runtime/deployments/"*
for deployment in "$server_home"/standalone/deployments/*.ear; do
  ln -s "$deployment" "$runtime/deployments/"
done

# The largest request body: room for a batch's total (PARAPH_BATCH_MAX_MB) or a verification's
# file and original (twice PARAPH_MAX_UPLOAD_MB), in base64 inside JSON (4/3), plus 1 MB of form
# fields and multipart framing. The portal reads the same variable; the server's listener and the
# pages' multipart parser follow the property derived from it.
upload_mb="${PARAPH_MAX_UPLOAD_MB:-10}"
batch_mb="${PARAPH_BATCH_MAX_MB:-50}"
for value in "$upload_mb" "$batch_mb" "${PARAPH_MAX_REQUEST_MB:-1}"; do
  case "$value" in
    ''|*[!0-9]*) echo "PARAPH_MAX_UPLOAD_MB, PARAPH_BATCH_MAX_MB and PARAPH_MAX_REQUEST_MB must be whole numbers of megabytes, not '$value'" >&2; exit 2 ;;
  esac
done
if [ -z "${PARAPH_MAX_REQUEST_MB:-}" ]; then
  largest=$(( 2 * upload_mb > batch_mb ? 2 * upload_mb : batch_mb ))
  export PARAPH_MAX_REQUEST_MB=$(( (largest * 4 + 2) / 3 + 1 ))
fi

# PARAPH_LOG_FORMAT: text (default) or json, one object per line on the console.
case "${PARAPH_LOG_FORMAT:-text}" in
  text) text_level=INFO; json_level=OFF ;;
  json) text_level=OFF; json_level=INFO ;;
  *) echo "PARAPH_LOG_FORMAT is text or json, not '${PARAPH_LOG_FORMAT}'" >&2; exit 2 ;;
esac

# Every port the server opens follows the HTTP port (WildFly's defaults are 8080, 8443, 9990, 9993).
port="$PARAPH_HTTP_PORT"
# Metrics: on the management interface's address, at the HTTP port + 1911 unless set (or off).
export PARAPH_METRICS_PORT="${PARAPH_METRICS_PORT:-$((port + 1911))}"
exec "$server_home/bin/standalone.sh" \
  -Djboss.server.base.dir="$runtime" \
  -Djboss.https.port=$((port + 363)) \
  -Djboss.management.http.port=$((port + 1910)) \
  -Djboss.management.https.port=$((port + 1913)) \
  -Dparaph.max.post.bytes=$((PARAPH_MAX_REQUEST_MB * 1024 * 1024)) \
  -Dparaph.listener.max.post.bytes=$((PARAPH_MAX_REQUEST_MB * 2 * 1024 * 1024)) \
  -Dparaph.log.text.level=$text_level \
  -Dparaph.log.json.level=$json_level \
  "$@"
