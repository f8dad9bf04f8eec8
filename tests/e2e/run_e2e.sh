#!/usr/bin/env bash
# End-to-end test of the Pivot VS Code extension in a real VS Code (code-server from the npm registry),
# driven in headless Chromium (Debian's chromium) with playwright-core.
#
# Self-contained on a fresh Debian machine with Node 20: installs the apt packages it needs, runs npm ci,
# installs code-server (into tests/e2e/node_modules), builds the .vsix, runs tests/e2e/e2e.mjs.
# The last line of output is exactly "N passed, M failed"; the exit status is non-zero on any failure.
#
# Environment:
#   PIVOT_PYTHON   Python for pivot.interpreter and the server bundle (default: $REPO/.venv/bin/python)
#   PIVOT_E2E_SKIP_BUILD=1   reuse an existing $REPO/pivot.vsix
#   PIVOT_E2E_KEEP=1         keep the temporary workspace / user-data directories
# Screenshots and logs: tests/e2e/screenshots/ (git-ignored). Nothing is written to $HOME.
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
PYTHON="${PIVOT_PYTHON:-$REPO/.venv/bin/python}"
CACHE="$HERE/.cache"
SHOTS="$HERE/screenshots"
CODE_SERVER_VERSION="4.100.3"
RG_VERSION="1.15.11"              # @vscode/ripgrep used by that code-server
RG_TARBALL="ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"

mkdir -p "$CACHE" "$SHOTS"
SETUP_LOG="$SHOTS/setup.log"
: > "$SETUP_LOG"

# No writes to the real home: a throwaway HOME/XDG for everything below; npm and pip caches live in .cache.
REAL_HOME="${HOME:-}"
RUN_TMP="$(mktemp -d "${TMPDIR:-/tmp}/pivot-e2e-run.XXXXXX")"
cleanup() { if [ "${PIVOT_E2E_KEEP:-0}" != "1" ]; then rm -rf "$RUN_TMP"; fi; }
trap cleanup EXIT
export HOME="$RUN_TMP/home" XDG_CONFIG_HOME="$RUN_TMP/config" XDG_DATA_HOME="$RUN_TMP/data"
export XDG_CACHE_HOME="$RUN_TMP/cache" XDG_STATE_HOME="$RUN_TMP/state" KERAS_HOME="$RUN_TMP/keras"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME"
export npm_config_cache="$CACHE/npm" npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
export PIP_CACHE_DIR="$CACHE/pip" PIP_DISABLE_PIP_VERSION_CHECK=1
# Still read (never write) the user's npm and pip settings: registry mirrors, CA files, node headers.
if [ -n "$REAL_HOME" ] && [ -f "$REAL_HOME/.npmrc" ] && [ -z "${npm_config_userconfig:-}" ]; then
    export npm_config_userconfig="$REAL_HOME/.npmrc"
fi
for f in "$REAL_HOME/.config/pip/pip.conf" "$REAL_HOME/.pip/pip.conf"; do
    if [ -n "$REAL_HOME" ] && [ -f "$f" ] && [ -z "${PIP_CONFIG_FILE:-}" ]; then export PIP_CONFIG_FILE="$f"; fi
done

step() { echo "== $*"; }
setup_failed() {
    echo "setup failed: $*" >&2
    echo "--- last lines of $SETUP_LOG ---" >&2
    tail -n 40 "$SETUP_LOG" >&2
    echo "0 passed, 1 failed"
    exit 1
}
run() { "$@" >>"$SETUP_LOG" 2>&1; }

# 1. System packages (Debian): chromium, ripgrep, and what code-server's native modules build with.
step "system packages"
missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/lib/chromium/chromium ] || missing+=(chromium)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
command -v make >/dev/null 2>&1 || missing+=(make)
command -v g++ >/dev/null 2>&1 || missing+=(g++)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if [ "${#missing[@]}" -gt 0 ]; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || setup_failed "need root or sudo to apt-get install ${missing[*]}"
        SUDO="sudo"
    fi
    echo "   apt-get install ${missing[*]}"
    run $SUDO apt-get update -q || setup_failed "apt-get update"
    run $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" \
        || setup_failed "apt-get install ${missing[*]}"
fi
CHROMIUM="/usr/lib/chromium/chromium"
[ -x "$CHROMIUM" ] || CHROMIUM="$(command -v chromium)"

# 2. Node 20 (code-server $CODE_SERVER_VERSION requires exactly Node 20) and the Python for the test workspace.
step "node and python"
command -v node >/dev/null 2>&1 || setup_failed "node is not installed (Node 20 is required)"
NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
[ "$NODE_MAJOR" = "20" ] || setup_failed "code-server $CODE_SERVER_VERSION needs Node 20, found $(node -v)"
[ -x "$PYTHON" ] || setup_failed "no Python at $PYTHON (set PIVOT_PYTHON or create $REPO/.venv)"
# Native modules (code-server's argon2, kerberos, ...) compile against the installed Node's headers, so
# node-gyp does not try to download them from nodejs.org.
NODE_PREFIX="$(dirname "$(dirname "$(command -v node)")")"
if [ -z "${npm_config_nodedir:-}" ] && [ -f "$NODE_PREFIX/include/node/node_api.h" ]; then
    export npm_config_nodedir="$NODE_PREFIX"
fi
echo "   node $(node -v), npm $(npm -v), python $("$PYTHON" -c 'import sys; print(sys.version.split()[0])')"

# 3. The extension's npm dependencies.
if [ "${PIVOT_E2E_SKIP_BUILD:-0}" != "1" ]; then
    step "npm ci (extension)"
    (cd "$REPO" && run npm ci) || setup_failed "npm ci in $REPO"
fi

# 4. code-server (and playwright-core) into tests/e2e/node_modules, unless already there.
installed_cs="$(node -p "try { require('$HERE/node_modules/code-server/package.json').version } catch { '' }" 2>/dev/null)"
if [ "$installed_cs" != "$CODE_SERVER_VERSION" ] || [ ! -e "$HERE/node_modules/code-server/lib/vscode/node_modules.asar" ] \
    || [ ! -d "$HERE/node_modules/playwright-core" ]; then
    step "install code-server $CODE_SERVER_VERSION (about a minute)"
    # @vscode/ripgrep downloads rg from GitHub: pre-seed its cache with Debian's rg instead.
    RG_CACHE="$CACHE/tmp/vscode-ripgrep-cache-$RG_VERSION"
    mkdir -p "$RG_CACHE"
    [ -s "$RG_CACHE/$RG_TARBALL" ] || tar -czf "$RG_CACHE/$RG_TARBALL" -C "$(dirname "$(command -v rg)")" rg \
        || setup_failed "cannot seed the ripgrep cache"
    rm -rf "$HERE/node_modules"
    (cd "$HERE" && run env TMPDIR="$CACHE/tmp" npm_config_unsafe_perm=true npm_config_yes=true \
        npm_config_dangerously_allow_all_scripts=true npm ci) || setup_failed "npm ci in tests/e2e (code-server)"
    [ -e "$HERE/node_modules/code-server/lib/vscode/node_modules.asar" ] \
        || setup_failed "code-server's postinstall did not run"
fi
CODE_SERVER="$HERE/node_modules/.bin/code-server"

# 5. The .vsix (bundles the Python server for importStrategy=useBundled).
if [ "${PIVOT_E2E_SKIP_BUILD:-0}" != "1" ] || [ ! -f "$REPO/pivot.vsix" ]; then
    step "build pivot.vsix"
    (cd "$REPO" && run env PIVOT_PYTHON="$PYTHON" npm run package) || setup_failed "npm run package"
fi
[ -f "$REPO/pivot.vsix" ] || setup_failed "no $REPO/pivot.vsix"

# 6. The test (prints "N passed, M failed" last).
step "e2e: code-server + headless chromium"
node "$HERE/e2e.mjs" --vsix "$REPO/pivot.vsix" --python "$PYTHON" --code-server "$CODE_SERVER" \
    --chromium "$CHROMIUM" --screenshots "$SHOTS"
exit $?
