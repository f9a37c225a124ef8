#!/bin/sh
# Benchmark this IIIF server against IIPImage on the same pyramidal TIFF, tile list and concurrency.
# Needs (Debian): apt-get install iipimage-server lighttpd libvips-tools
# Usage: iiif-server/bench/run-bench.sh [work-dir]   (env: BENCH_SECONDS, BENCH_CONCURRENCY, BENCH_ROUNDS)
set -eu
cd "$(dirname "$0")/../.."
WORK="${1:-/tmp/iiif-bench}"
./mvnw -q -pl iiif-server -am test-compile
./mvnw -q -pl iiif-server dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK.cp" >/dev/null
CP="$PWD/iiif-server/target/classes:$PWD/iiif-server/target/test-classes:$(cat "$WORK.cp")"
exec java -Xmx2g -Dbench.seconds="${BENCH_SECONDS:-20}" -Dbench.concurrency="${BENCH_CONCURRENCY:-8}" \
  -Dbench.rounds="${BENCH_ROUNDS:-2}" -cp "$CP" tw.museum.iiif.bench.IiifBenchmark "$WORK" "$CP"
