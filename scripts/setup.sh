#!/usr/bin/env bash
# Installs every tool the project needs, from the package registries only, at pinned versions.
# Idempotent: a step whose tool is already at its version is skipped. Prints what it did, timed.
#
#   rust target wasm32   rustup
#   chromium, chromedriver, brotli, openssl   Debian (apt; openssl makes the benchmark's certificate)
#   fonts-dejavu-core                         Debian: the font of the images ./run publish draws
#   trunk 0.21.14        crates.io (cargo install --locked)
#   wasm-bindgen-cli     crates.io, the version Cargo.lock pins for wasm-bindgen
#   wasm-opt 132, playwright-core   npm (package-lock.json; `npm ci`)
#   crates               `cargo fetch`, so that Trunk's offline build finds them
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# The one place the wasm-bindgen version lives is Cargo.lock (Cargo.toml pins it with `=`).
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
export PATH="$HOME/.cargo/bin:$PATH"

step() { # step NAME CHECK-COMMAND INSTALL-COMMAND
    local name=$1 check=$2 install=$3 start=$SECONDS
    if eval "$check" >/dev/null 2>&1; then
        printf 'setup: %-28s already installed\n' "$name"
        return
    fi
    printf 'setup: %-28s installing …\n' "$name"
    eval "$install"
    printf 'setup: %-28s installed in %ds\n' "$name" $((SECONDS - start))
}

apt_install() {
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

total=$SECONDS
step "rust target wasm32" "rustup target list --installed | grep -qx wasm32-unknown-unknown" \
    "rustup target add wasm32-unknown-unknown"
step "chromium + chromedriver" "command -v chromium && command -v chromedriver && command -v brotli && command -v openssl" \
    "apt_install chromium chromium-driver brotli openssl"
step "fonts for the published images" "test -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf" \
    "apt_install fonts-dejavu-core"
step "trunk $TRUNK_VERSION" "trunk --version | grep -qx 'trunk $TRUNK_VERSION'" \
    "cargo install --locked trunk --version $TRUNK_VERSION"
# Without --locked: wasm-bindgen-cli's own lockfile pins a crate version the registry lacks.
step "wasm-bindgen-cli $WASM_BINDGEN_VERSION" \
    "wasm-bindgen --version | grep -qx 'wasm-bindgen $WASM_BINDGEN_VERSION' && command -v wasm-bindgen-test-runner" \
    "cargo install wasm-bindgen-cli --version $WASM_BINDGEN_VERSION"
step "npm tools (wasm-opt 132 …)" \
    "[ node_modules/.package-lock.json -nt package-lock.json ] && node_modules/.bin/wasm-opt --version | grep -q 'version 132'" \
    "npm ci --no-audit --no-fund --loglevel=error"
step "crates (cargo fetch)" "cargo fetch --locked --offline" "cargo fetch --locked"
echo "setup: done in $((SECONDS - total))s"
