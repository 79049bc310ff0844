#!/usr/bin/env bash
# Drives the real app under a virtual display through tauri-driver and WebKitWebDriver.
# Usage: tests/e2e/run.sh [SCRIPT.mjs…]   (default: every scenario; the app and the UI must be built first)
#   E2E_DRIVER_PORT   tauri-driver's port (default 4444); WebKitWebDriver takes the next one
#   E2E_SHOTS         where screenshots, and the screen and page source of a failure, are kept (default: a new
#                     temporary folder)
#   E2E_TIMEOUT       seconds one scenario may take before it is stopped (default 300)
#   E2E_LOCALE        the system locale the app runs under (LANG and LC_ALL; default: this shell's), e.g. C to
#                     show that what the customer types reads the same in the app's language whatever it is
set -euo pipefail
cd "$(dirname "$0")/../.."
target=${CARGO_TARGET_DIR:-target}
app=$(realpath "$target/debug/complaint-desk")
driver=$(command -v tauri-driver || echo "$HOME/.cargo/bin/tauri-driver")
shots=${E2E_SHOTS:-$(mktemp -d)}
port=${E2E_DRIVER_PORT:-4444}
mkdir -p "$shots"
[ $# -gt 0 ] || set -- wizard.mjs conflict.mjs debt-notice-ru.mjs broken-promise-bg.mjs invalid-step.mjs \
	thirteenth-fee.mjs hotline-outage.mjs lost-topup-ua.mjs killed-while-typing.mjs

# The webview keeps its storage (the interface language) under XDG_DATA_HOME: a folder of this run's own,
# so runs side by side, and the person's own app, do not see each other's choices.
web_data=$(mktemp -d)
trap 'rm -rf "$web_data"' EXIT

# The system's file dialog keeps its settings in memory, not in the person's own settings.
export E2E_APP=$app E2E_SHOTS=$shots E2E_DRIVER="http://127.0.0.1:$port" XDG_DATA_HOME=$web_data \
	GSETTINGS_BACKEND=memory
if [ -n "${E2E_LOCALE:-}" ]; then export LANG=$E2E_LOCALE LC_ALL=$E2E_LOCALE; fi
echo "e2e: driver on port $port, screenshots in $shots"
xvfb-run -a -s "-screen 0 1100x760x24" bash -c '
  port=$1 driver_bin=$2
  shift 2
  "$driver_bin" --port "$port" --native-port "$((port + 1))" &
  driver=$!
  # SIGTERM, not SIGKILL: it then stops WebKitWebDriver too, which would otherwise keep its port.
  trap "kill -TERM $driver 2>/dev/null; wait $driver 2>/dev/null" EXIT
  failed=()
  started=$SECONDS
  for script in "$@"; do
    begun=$SECONDS
    if timeout -k 10 "${E2E_TIMEOUT:-300}" node "tests/e2e/$script"; then
      echo "e2e: $script passed in $((SECONDS - begun)) s"
    else
      echo "e2e: $script FAILED after $((SECONDS - begun)) s"
      failed+=("$script")
    fi
  done
  echo "e2e: $(($# - ${#failed[@]})) of $# scenarios passed in $((SECONDS - started)) s${failed:+; failed: ${failed[*]}}"
  [ ${#failed[@]} -eq 0 ]
' _ "$port" "$driver" "$@"
