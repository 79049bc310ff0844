#!/usr/bin/env bash
# Shows the app on a virtual display with the example cases loaded and saves a picture of the window.
# Usage: tests/screenshot.sh OUT.png [UI language: en|ru|bg]
set -euo pipefail
cd "$(dirname "$0")/.."
out=$1
lang=${2:-en}
target=${CARGO_TARGET_DIR:-target}

cargo build -q -p complaint-core -p complaint-desk
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
for example in tests/fixtures/cases/*/; do
  "$target/debug/complaint" --data-dir "$data" new --from "$example" >/dev/null
done

mkdir -p "$(dirname "$out")"
LANGUAGE=$lang LANG=C.UTF-8 xvfb-run -a -s "-screen 0 1100x760x24" bash -c '
  "$1" --data-dir "$2" &
  app=$!
  sleep 8
  import -window root "$3"
  kill $app
' _ "$target/debug/complaint-desk" "$data" "$out"
echo "saved $out"
