#!/usr/bin/env bash
# Starts or stops a private Virtuoso 7 (Debian's virtuoso-opensource) for tests and benchmarks:
# its own database in DIR, listening on 127.0.0.1 only, and a NormGraph store config in
# DIR/store.properties (query at /sparql, updates at /sparql-auth and GSP at
# /sparql-graph-crud-auth with digest auth as dba).
#   scripts/virtuoso.sh start DIR [HTTP_PORT] [SQL_PORT]     scripts/virtuoso.sh stop DIR
set -euo pipefail
cmd=${1:?start or stop}; dir=${2:?a folder for the database}
http_port=${3:-18890}; sql_port=${4:-11111}
mkdir -p "$dir"; dir=$(cd "$dir" && pwd)

if [ "$cmd" = stop ]; then
  if [ -f "$dir/virtuoso.pid" ]; then
    pid=$(cat "$dir/virtuoso.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$dir/virtuoso.pid"
  fi
  exit 0
fi

if ! command -v virtuoso-t >/dev/null; then
  # RUNLEVEL=1: the package must not start the system-wide instance (port 8890 on every interface)
  DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 apt-get install -y --no-install-recommends virtuoso-opensource
fi

cat > "$dir/virtuoso.ini" <<INI
[Database]
DatabaseFile    = $dir/virtuoso.db
ErrorLogFile    = $dir/virtuoso.log
LockFile        = $dir/virtuoso.lck
TransactionFile = $dir/virtuoso.trx
xa_persistent_file = $dir/virtuoso.pxa
ErrorLogLevel   = 7
FileExtend      = 200
Striping        = 0
TempStorage     = TempDatabase
[TempDatabase]
DatabaseFile    = $dir/virtuoso-temp.db
TransactionFile = $dir/virtuoso-temp.trx
Striping        = 0
[Parameters]
ServerPort           = 127.0.0.1:$sql_port
DisableUnixSocket    = 1
CheckpointInterval   = 60
CaseMode             = 2
DirsAllowed          = ., $dir, /usr/share/virtuoso-opensource-7/vad
VADInstallDir        = /usr/share/virtuoso-opensource-7/vad/
MaxQueryMem          = 2G
ThreadsPerQuery      = 2
NumberOfBuffers      = ${VIRTUOSO_BUFFERS:-170000}
MaxDirtyBuffers      = ${VIRTUOSO_DIRTY_BUFFERS:-130000}
[HTTPServer]
ServerPort           = 127.0.0.1:$http_port
ServerRoot           = /var/lib/virtuoso-opensource-7/vsp
ServerThreads        = 10
MaxClientConnections = 20
MaxKeepAlives        = 10
KeepAliveTimeout     = 10
Charset              = UTF-8
EnabledGzipContent   = 0
[SPARQL]
ResultSetMaxRows           = 10000000
MaxSortedTopRows           = 1000000
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime      = 60
MaxConstructTriples        = 10000000
INI

rm -f "$dir/virtuoso.lck"
(cd "$dir" && exec virtuoso-t +foreground +configfile "$dir/virtuoso.ini" > "$dir/virtuoso.out" 2>&1) &
echo $! > "$dir/virtuoso.pid"
for i in $(seq 1 120); do
  if curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$http_port/sparql?query=ASK%7B%7D" | grep -q 200; then break; fi
  if ! kill -0 "$(cat "$dir/virtuoso.pid")" 2>/dev/null; then echo "virtuoso exited; see $dir/virtuoso.log" >&2; exit 1; fi
  if [ "$i" = 120 ]; then echo "virtuoso did not answer within 60 s; see $dir/virtuoso.log" >&2; exit 1; fi
  sleep 0.5
done

cat > "$dir/store.properties" <<PROPS
url=http://127.0.0.1:$http_port/sparql
update-url=http://127.0.0.1:$http_port/sparql-auth
gsp-url=http://127.0.0.1:$http_port/sparql-graph-crud-auth
user=dba
password=dba
engine=virtuoso
timeout=60
graphs=https://w3id.org/normgraph/
PROPS
echo "virtuoso on http://127.0.0.1:$http_port/sparql (pid $(cat "$dir/virtuoso.pid")); store config $dir/store.properties"
