#!/usr/bin/env bash
# Set up the web app (eventwire serve, docs/web.md): install its front-end libraries (d3,
# topojson-client, world-atlas) from the lock file into src/eventwire/web/node_modules.
#   scripts/setup-web.sh            # the libraries only
#   scripts/setup-web.sh --browser  # also Debian's chromium, for tests/test_web*.py (needs root)
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --prefix src/eventwire/web --no-audit --no-fund
if [[ "${1:-}" == "--browser" && ! -x /usr/bin/chromium ]]; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
fi
