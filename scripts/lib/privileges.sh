# Sourced by scripts/run.sh, test.sh, sanitize.sh and package.sh: who builds and who runs.
# The README's two commands and the scripts docs/development.md names work run as yourself (they
# call sudo for what needs root: packages, the test PostgreSQL's own user, the package's test root)
# and run as root. Under sudo, the build and the window run as the user who called sudo
# ($SUDO_USER), so the build, the store and the settings are theirs, not root's; a root login builds
# and runs as root.

# The user to drop back to, or nothing when there is none (run as yourself, or a root login).
invoking_user() {
    if [ "$(id -u)" -eq 0 ] && [ -n "${SUDO_USER:-}" ] && [ "$SUDO_USER" != root ]; then
        echo "$SUDO_USER"
    fi
}

# Runs a command as the invoking user: HOME, USER and the session's runtime folder are theirs.
as_user() {
    local user
    user=$(invoking_user)
    if [ -z "$user" ]; then
        "$@"
        return
    fi
    local uid runtime
    uid=$(id -u "$user")
    runtime=${XDG_RUNTIME_DIR:-}
    if [ -z "$runtime" ] || [ "$runtime" = "/run/user/0" ]; then
        runtime=/run/user/$uid
    fi
    if [ -d "$runtime" ]; then
        runuser -u "$user" -- env XDG_RUNTIME_DIR="$runtime" "$@"
    else
        runuser -u "$user" -- env -u XDG_RUNTIME_DIR "$@"
    fi
}

# Makes the build folders the invoking user's: creates them (the checkout may not be writable by
# them) and gives back what an earlier run as root left behind.
reclaim_for_user() {
    local user dir
    user=$(invoking_user)
    [ -n "$user" ] || return 0
    for dir in "$@"; do
        mkdir -p "$dir"
        if [ -n "$(find "$dir" ! -user "$user" -print -quit)" ]; then
            chown -R "$user": "$dir"
        fi
    done
}

# Runs a command as root: itself when root, else through sudo.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo -- "$@"
    else
        echo "golive: '$*' needs root; run this as root, or install sudo" >&2
        return 1
    fi
}
