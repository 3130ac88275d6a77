# shellcheck shell=bash
# Installs what the project needs on Debian or Ubuntu, only where it is missing.
# Sourced by ./run and ./test.

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# apt packages, installed only when one is missing.
ensure_apt() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "==> installing ${missing[*]}"
        as_root apt-get update -qq
        DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

# Rust through rustup; rust-toolchain.toml pins the version, which rustup fetches on first use.
ensure_rust() {
    [ -d "$HOME/.cargo/bin" ] && export PATH="$HOME/.cargo/bin:$PATH"
    if ! command -v rustup >/dev/null 2>&1; then
        echo "==> installing Rust (rustup)"
        ensure_apt curl ca-certificates
        curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal --default-toolchain none
        export PATH="$HOME/.cargo/bin:$PATH"
    fi
    rustup show active-toolchain >/dev/null 2>&1 || rustup toolchain install
}

ensure_build_tools() {
    # libclang: bindgen, for the simulated disk under the store's power-loss tests.
    ensure_apt build-essential pkg-config ca-certificates libclang-dev
    ensure_rust
}

# What the Tauri app needs to build on Linux (WebKitGTK, the tray).
ensure_app_deps() {
    ensure_apt libwebkit2gtk-4.1-dev libayatana-appindicator3-dev librsvg2-dev file
}

# What the end-to-end tests drive the real app with: Xvfb, a session bus, WebKitWebDriver through
# tauri-driver, Selenium, axe-core from npm, and an independent QR decoder (zbarimg, after
# rsvg-convert).
ensure_e2e_tools() {
    ensure_apt xvfb dbus-daemon dbus-bin webkit2gtk-driver python3-selenium zbar-tools librsvg2-bin gdb
    command -v npm >/dev/null 2>&1 || ensure_apt npm
    command -v tauri-driver >/dev/null 2>&1 || cargo install tauri-driver --locked
    (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
}

# Whether a screen is there to show the app on.
has_display() {
    [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]
}
