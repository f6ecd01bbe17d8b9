#!/usr/bin/env bash
# Installs the Debian 12 packages Go-Live Control needs to build, run and test; only what is missing.
# Run it as yourself (it calls sudo to install) or as root (no sudo needed). Arguments name more
# packages (scripts/test.sh adds postgresql, for the tests against a real server).
set -euo pipefail

packages=(
    cmake ninja-build g++ pkgconf
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
    libqt6opengl6-dev libxkbcommon-dev libqt6sql6-sqlite libqt6sql6-psql
    libgl-dev fonts-dejavu-core qtkeychain-qt6-dev qt6-translations-l10n libmd4c-dev
    "$@"
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "golive: installing ${missing[*]} needs root: run this as root, or install sudo" >&2
        exit 1
    fi
    SUDO=(sudo --)
fi
echo "Installing: ${missing[*]}"
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
