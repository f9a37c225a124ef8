#!/bin/sh
# One run, three servers side by side: this IIIF server, IIPImage (lighttpd FastCGI) and lighttpd serving this
# server's tile files as static files; wrk drives each; the table goes into docs/benchmarks.md.
# Needs (Debian): apt-get install iipimage-server lighttpd wrk libvips-tools
# Usage: iiif-server/bench/run-bench.sh [work-dir]   (env: BENCH_SECONDS, BENCH_ROUNDS)
set -eu
cd "$(dirname "$0")/../.."
WORK="${1:-/tmp/iiif-bench}"
for tool in wrk vips lighttpd /usr/lib/iipimage-server/iipsrv.fcgi; do
  command -v "$tool" >/dev/null 2>&1 || [ -x "$tool" ] || { echo "missing $tool: apt-get install iipimage-server lighttpd wrk libvips-tools" >&2; exit 2; }
done
mkdir -p "$WORK"
./mvnw -q -pl iiif-server -am test-compile
./mvnw -q -pl iiif-server dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK.cp" >/dev/null
# catalog-core from this checkout (the reactor), never an older snapshot in ~/.m2.
CP="$PWD/iiif-server/target/classes:$PWD/iiif-server/target/test-classes:$PWD/catalog-core/target/classes:$PWD/catalog-core/target/test-classes:$(cat "$WORK.cp")"
exec java -Xmx2g -Dbench.seconds="${BENCH_SECONDS:-15}" -Dbench.rounds="${BENCH_ROUNDS:-2}" \
  -cp "$CP" tw.museum.iiif.bench.IiifBenchmark "$WORK" "$CP" "$PWD/docs/benchmarks.md"
