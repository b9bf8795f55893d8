#!/usr/bin/env bash
# Set up the web app (eventwire serve, docs/web.md): install its front-end libraries (d3,
# topojson-client, world-atlas) from the lock file into src/eventwire/web/node_modules.
#   scripts/setup-web.sh            # the libraries only
#   scripts/setup-web.sh --browser  # also Debian's chromium, for tests/test_web*.py (needs root)
# Never fails the command it is part of: without npm (or root, for the browser) it says what
# is missing, the API still works, and the browser tests skip with that reason.
set -uo pipefail
cd "$(dirname "$0")/.."
if command -v npm >/dev/null 2>&1; then
  npm ci --prefix src/eventwire/web --no-audit --no-fund --loglevel=error \
    || echo "setup-web: npm ci failed; the web app will say so, the API still works" >&2
else
  echo "setup-web: npm not found; install Node.js and npm for the web app (the API works without it)" >&2
fi
if [[ "${1:-}" == "--browser" && ! -x /usr/bin/chromium ]]; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
      || echo "setup-web: installing chromium failed; browser tests will skip" >&2
  else
    echo "setup-web: /usr/bin/chromium missing (install Debian's chromium as root); browser tests will skip" >&2
  fi
fi
exit 0
