#!/usr/bin/env bash
# Runs the API, SPARQL and curation test suite against Virtuoso 7 (Debian's virtuoso-opensource):
# installs it when missing (apt-get, as root), starts a private instance on 127.0.0.1 in its own
# temp folder (scripts/virtuoso.sh), runs the suite with -Dnormgraph.test.store=config, and stops
# and removes the instance, also on failure. About 1.5 minutes after a build; not in `mvn verify`
# because it needs root for apt-get and a native server.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d /tmp/normgraph-virtuoso-XXXXXX)
trap 'scripts/virtuoso.sh stop "$dir"; rm -rf "$dir"' EXIT
scripts/virtuoso.sh start "$dir" "${VIRTUOSO_HTTP_PORT:-18891}" "${VIRTUOSO_SQL_PORT:-11112}"
props=(-Dnormgraph.test.store=config "-Dnormgraph.test.store.config=$dir/store.properties")
# Two runs: Virtuoso is one dataset, and the curation test writes; each run starts from an empty store.
mvn -B -ntp -o test "${props[@]}" -Dtest='SparqlEndpointTest,LinkedDataAndApiTest,NamedQueriesTest' "$@"
mvn -B -ntp -o test "${props[@]}" -Dtest='CurationTest' "$@"
