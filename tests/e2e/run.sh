#!/usr/bin/env bash
# Drives the real app under a virtual display through tauri-driver and WebKitWebDriver.
# Usage: tests/e2e/run.sh [SCRIPT.mjs…]   (default: every scenario; the app and the UI must be built first)
set -euo pipefail
cd "$(dirname "$0")/../.."
target=${CARGO_TARGET_DIR:-target}
app=$(realpath "$target/debug/complaint-desk")
driver=$(command -v tauri-driver || echo "$HOME/.cargo/bin/tauri-driver")
shots=${E2E_SHOTS:-$(mktemp -d)}
[ $# -gt 0 ] || set -- wizard.mjs conflict.mjs

export E2E_APP=$app E2E_SHOTS=$shots
xvfb-run -a -s "-screen 0 1100x760x24" bash -c '
  "$1" --port 4444 --native-port 4445 &
  driver=$!
  # SIGTERM, not SIGKILL: it then stops WebKitWebDriver too, which would otherwise keep its port.
  trap "kill -TERM $driver 2>/dev/null; wait $driver 2>/dev/null" EXIT
  shift
  for script in "$@"; do node "tests/e2e/$script" || exit 1; done
' _ "$driver" "$@"
