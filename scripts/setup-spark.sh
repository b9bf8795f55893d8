#!/usr/bin/env bash
# Java for the Spark jobs (eventwire spark, docs/scale.md; pyspark comes with the `spark` extra).
# Installs Debian's openjdk-17-jre-headless when java is missing and we are root. Never fails
# the command it is part of: without Java the Spark tests skip, saying why.
set -uo pipefail
if command -v java >/dev/null 2>&1; then
  exit 0
fi
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless >/dev/null) \
    || echo "setup-spark: installing Java 17 failed; the Spark tests will skip" >&2
else
  echo "setup-spark: java not found (install openjdk-17-jre-headless as root); the Spark tests will skip" >&2
fi
exit 0
