#!/usr/bin/env bash
# Installs the pinned npm package (package-lock.json) and extracts the IIIF Presentation 3 JSON Schema
# next to this script; after one run the tests work offline.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error
node extract.js
