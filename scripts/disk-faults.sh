#!/usr/bin/env bash
# Disk faults (RELIABILITY.md): ingest into a store on a full filesystem, and into a read-only
# store directory. Needs root (it mounts a small tmpfs and a read-only bind mount) and the built
# jar (mvn -B -ntp package -DskipTests). Prints PASS/FAIL per case; exits non-zero on a failure.
set -uo pipefail
cd "$(dirname "$0")/.."
JAR=target/normgraph.jar
[ -f "$JAR" ] || { echo "build first: mvn -B -ntp package -DskipTests"; exit 2; }
W=$(mktemp -d)
fail=0
cleanup() { umount "$W/full" 2>/dev/null; umount "$W/ro" 2>/dev/null; rm -rf "$W"; }
trap cleanup EXIT

check() { # name, condition
  if eval "$2"; then echo "PASS $1"; else echo "FAIL $1"; fail=1; fi
}

# 1. Full disk: a 2 MB filesystem cannot hold the bundled report's store.
mkdir -p "$W/full"
mount -t tmpfs -o size=2m tmpfs "$W/full" || { echo "cannot mount tmpfs (not root?)"; exit 2; }
java -jar "$JAR" ingest --store "$W/full/store" data > "$W/full.out" 2> "$W/full.err"; code=$?
check "full disk: ingest fails (exit $code)" "[ $code -ne 0 ]"
check "full disk: no stack trace" "! grep -q '	at ' $W/full.err"
echo "  message: $(head -c 300 "$W/full.err")"
mount -o remount,size=200m "$W/full"   # room again; the same store, as the failed ingest left it
java -jar "$JAR" dump --store "$W/full/store" "$W/after-full.nq" > /dev/null 2>&1
check "after the full disk: the store opens and holds nothing half-written" "[ ! -s $W/after-full.nq ]"
java -jar "$JAR" ingest --store "$W/full/store" data > /dev/null 2>&1
check "after the full disk: the same store ingests and validates" "java -jar $JAR validate --store $W/full/store > /dev/null 2>&1"

# 2. Read-only store directory: a store made earlier, mounted read-only.
mkdir -p "$W/src" "$W/ro"
java -jar "$JAR" ingest --store "$W/src/store" data > /dev/null 2>&1
before=$(java -jar "$JAR" dump --store "$W/src/store" "$W/before.nq" > /dev/null 2>&1; sha256sum < "$W/before.nq")
mount --bind "$W/src" "$W/ro" && mount -o remount,bind,ro "$W/ro" || { echo "cannot bind-mount read-only"; exit 2; }
java -jar "$JAR" ingest --store "$W/ro/store" data > "$W/ro.out" 2> "$W/ro.err"; code=$?
check "read-only store: ingest refused (exit $code)" "[ $code -ne 0 ]"
check "read-only store: no stack trace" "! grep -q '	at ' $W/ro.err"
echo "  message: $(head -c 300 "$W/ro.err")"
umount "$W/ro"
after=$(java -jar "$JAR" dump --store "$W/src/store" "$W/after.nq" > /dev/null 2>&1; sha256sum < "$W/after.nq")
check "read-only store: content unchanged" "[ '$before' = '$after' ]"
exit $fail
