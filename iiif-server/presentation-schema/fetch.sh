#!/usr/bin/env bash
# Installs the pinned npm package (package-lock.json) and extracts the IIIF Presentation 3 JSON Schema
# next to this script; after one run the tests work offline.
set -euo pipefail
cd "$(dirname "$0")"
if [ -s iiif_3_0.json ] && [ iiif_3_0.json -nt package-lock.json ]; then
  exit 0   # already extracted from this lockfile
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "The IIIF manifest tests need Node.js and npm to fetch the Presentation 3 JSON Schema (Debian: apt-get install nodejs npm)." >&2
  exit 1
fi
npm ci --no-audit --no-fund --loglevel=error
node extract.js
