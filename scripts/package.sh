#!/usr/bin/env bash
# Builds the Debian package (build-package/golive_VERSION_ARCH.deb), checks its contents and its
# Depends, then installs it with apt into a clean Debian 12 root (debootstrap --variant=minbase from
# the configured Debian mirror, GOLIVE_DEBIAN_MIRROR; the pristine root is made once, kept as a tar in
# GOLIVE_PACKAGE_CACHE (default ~/.cache/golive) so fresh checkouts and CI reuse it, and unpacked
# afresh each run) and runs `golive --version` and `golive --smoke` (offscreen) there.
# Run it as yourself (sudo is called for packages and the chroot) or as root.
# Both debootstrap and apt in the root need the mirror: an unreachable one fails within about a
# minute with a message saying so, never hangs.
# Prints the package's size and the time the install and the smoke run took.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/privileges.sh

jobs=${GOLIVE_JOBS:-$(nproc)}
out=build-package
scripts/install-deps.sh dpkg-dev file debootstrap desktop-file-utils appstream
reclaim_for_user "$out"
as_user cmake -S . -B "$out" -G Ninja -DCMAKE_BUILD_TYPE=Release -DGOLIVE_BUILD_TESTS=OFF -DGOLIVE_BUILD_BENCH=OFF >/dev/null
as_user cmake --build "$out" --parallel "$jobs" --target golive
rm -f "$out"/golive_*.deb
(cd "$out" && as_user cpack -G DEB >/dev/null)
deb=$(ls "$out"/golive_*.deb)
echo "Package: $deb ($(stat -c %s "$deb") bytes)"

# ---- contents: the FHS places, and files that are what they claim -----------------------------
fail() { echo "package.sh: $*" >&2; exit 1; }
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
id=org.golive.GoLiveControl
for path in ./usr/bin/golive ./usr/share/applications/$id.desktop \
    ./usr/share/icons/hicolor/scalable/apps/$id.svg ./usr/share/metainfo/$id.metainfo.xml; do
    grep -qx "$path" <<<"$contents" || fail "$path is not in $deb"
done
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$deb" "$unpacked"
file -b "$unpacked/usr/bin/golive" | grep -q "ELF 64-bit.*stripped" || fail "usr/bin/golive is not a stripped ELF"
file -b "$unpacked/usr/bin/golive" | grep -q "not stripped" && fail "usr/bin/golive is not stripped"
desktop-file-validate "$unpacked/usr/share/applications/$id.desktop"
appstreamcli validate --no-net --pedantic --explain "$unpacked/usr/share/metainfo/$id.metainfo.xml" >/dev/null \
    || appstreamcli validate --no-net "$unpacked/usr/share/metainfo/$id.metainfo.xml"

# ---- Depends: the Debian Qt 6 runtime packages, found by dpkg-shlibdeps -------------------------
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
names=$(tr ',|' '\n\n' <<<"$depends" | awk 'NF {print $1}')
for p in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6charts6 \
    libqt6sql6-sqlite libqt6sql6-psql; do
    grep -Fxq "$p" <<<"$names" || fail "Depends lacks $p"
done
if grep -q -- '-dev$' <<<"$names"; then fail "Depends names a -dev package"; fi

# ---- a clean Debian 12 root ---------------------------------------------------------------------
mirror=${GOLIVE_DEBIAN_MIRROR:-http://deb.debian.org/debian}
cache=${GOLIVE_PACKAGE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/golive}
base="$cache/bookworm-minbase.tar"
# Bounded network waits: apt gives up on a silent mirror after 20 s, a whole step after 10 minutes.
apt_net=(-o Acquire::http::Timeout=20 -o Acquire::https::Timeout=20 -o Acquire::Retries=1)
mirror_unreachable() {
    fail "the Debian mirror $mirror is unreachable ($1); the clean-root check needs it" \
        "(set GOLIVE_DEBIAN_MIRROR to a reachable one, or provide $base)"
}
if [ ! -s "$base" ]; then
    wget -q -T 15 -t 1 --spider "$mirror/dists/bookworm/Release" || mirror_unreachable "no answer in 15 s"
    echo "Making a Debian 12 minbase root from $mirror (once; kept in $base)"
    mkdir -p "$cache"
    as_root rm -rf "$out/base"
    as_root timeout 900 debootstrap --variant=minbase bookworm "$out/base" "$mirror" >"$out/debootstrap.log" 2>&1 \
        || { tail -20 "$out/debootstrap.log"; fail "debootstrap failed (log: $out/debootstrap.log)"; }
    as_root tar -C "$out/base" -cf "$base.part" .
    as_root mv "$base.part" "$base"
    as_root rm -rf "$out/base"
fi
root="$out/root"
unmount_root() {
    for m in dev/pts dev proc; do
        mountpoint -q "$root/$m" 2>/dev/null && as_root umount -l "$root/$m" || true
    done
}
cleanup() { unmount_root; rm -rf "$unpacked"; }
trap cleanup EXIT
unmount_root
as_root rm -rf "$root"
as_root mkdir -p "$root"
as_root tar -C "$root" -xf "$base"
as_root mount -t proc proc "$root/proc"
as_root mount --bind /dev "$root/dev"
as_root cp /etc/resolv.conf "$root/etc/resolv.conf"
as_root cp "$deb" "$root/tmp/"
as_root install -d -m 700 "$root/tmp/runtime"
in_root() {
    as_root chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        XDG_RUNTIME_DIR=/tmp/runtime "$@"
}

start=$(date +%s.%N)
# The mirror may be a dated snapshot: do not refuse its Release file for its age.
in_root timeout 300 apt-get -qq "${apt_net[@]}" \
    -o Acquire::Check-Valid-Until=false update >"$out/install.log" 2>&1 \
    || { tail -5 "$out/install.log"; mirror_unreachable "apt-get update in the root failed"; }
in_root timeout 600 env DEBIAN_FRONTEND=noninteractive apt-get -qq -y "${apt_net[@]}" --no-install-recommends \
    install "/tmp/$(basename "$deb")" >>"$out/install.log" 2>&1 \
    || { tail -20 "$out/install.log"; fail "apt could not install the package (log: $out/install.log)"; }
installed=$(date +%s.%N)
version=$(in_root golive --version)
echo "In the clean root: $version"
in_root env QT_QPA_PLATFORM=offscreen golive --smoke \
    || fail "golive --smoke failed in the clean root"
done_at=$(date +%s.%N)
echo "Smoke test passed in the clean root"
# A team record needs Qt's PostgreSQL driver, which Qt loads at run time: it must have come along.
in_root sh -c 'ls /usr/lib/*/qt6/plugins/sqldrivers/libqsqlpsql.so' >/dev/null \
    || fail "the clean root lacks Qt's PostgreSQL driver (libqt6sql6-psql): a team record cannot be opened"
awk -v size="$(stat -c %s "$deb")" -v a="$start" -v b="$installed" -v c="$done_at" 'BEGIN {
    printf "Package size: %d KiB; install (apt, with its dependencies): %.1f s; --version and --smoke: %.1f s\n",
        size / 1024, b - a, c - b }'
