#!/usr/bin/env bash
# N read replicas of NormGraph behind nginx, on loopback, over one shared remote store; instance 1
# also takes curation writes (set NORMGRAPH_CURATOR_TOKEN). Stops everything on Ctrl-C.
#   scripts/replicas.sh N STORE_CONFIG [NGINX_PORT]      e.g. scripts/replicas.sh 3 store.properties 8080
# STORE_CONFIG is a --store-config file (see README, "Store backends"). Build first: mvn package -DskipTests.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:?number of instances}; config=${2:?store config file}; port=${3:-8080}
command -v nginx >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y nginx
dir=$(mktemp -d /tmp/normgraph-replicas-XXXXXX); mkdir -p "$dir/tmp"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait || true; rm -rf "$dir"; }
trap cleanup EXIT INT TERM
readers=""
for i in $(seq 1 "$n"); do
  p=$((port + i))
  mode=(--read-only); [ "$i" = 1 ] && mode=()
  java -jar target/normgraph.jar serve --store-config "$config" --port "$p" --poll 1 "${mode[@]}" > "$dir/instance-$i.log" 2>&1 &
  pids+=($!)
  readers="$readers server 127.0.0.1:$p max_fails=1 fail_timeout=5s;"
  # the writer first: it brings the store up to date with data/ and ontology/ before the readers start
  if [ "$i" = 1 ]; then
    for _ in $(seq 1 240); do curl -sf -o /dev/null "http://127.0.0.1:$p/api/reports" && break; sleep 0.5; done
  fi
done
sed -e "s|{{dir}}|$dir|g" -e "s|{{port}}|$port|g" -e "s|{{readers}}|$readers|" -e "s|{{writer}}|127.0.0.1:$((port + 1))|" \
  scripts/nginx-replicas.conf > "$dir/nginx.conf"
nginx -p "$dir" -c "$dir/nginx.conf" -e "$dir/error.log" &
pids+=($!)
echo "NormGraph: $n instances behind http://127.0.0.1:$port/ (logs in $dir)"
wait
