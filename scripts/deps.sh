#!/bin/sh
# Checks that the C libraries Eddy builds against are installed and, when
# some are missing, installs their Debian packages (as root, or through
# sudo without a password). Otherwise prints the exact command and fails.
#   GMP        big integers (int is unbounded, as in Python)
#   readline   line editing and history in the REPL
#   libffi     the ffi module (calling C from scripts)
#   Criterion  the unit tests
set -u
CC=${CC:-cc}
missing=""

has_header() {
  printf '#include <%s>\n' "$1" | "$CC" -E -x c - >/dev/null 2>&1
}

check() { # header package
  has_header "$1" || missing="$missing $2"
}

check gmp.h libgmp-dev
check readline/readline.h libreadline-dev
check ffi.h libffi-dev
check criterion/criterion.h libcriterion-dev

[ -z "$missing" ] && exit 0

cmd="apt-get install -y --no-install-recommends$missing"
echo "eddy: missing development packages:$missing" >&2
if command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    sudo=""
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo="sudo"
  else
    echo "eddy: run this as root, then make again:" >&2
    echo "  sudo apt-get update && sudo $cmd" >&2
    exit 1
  fi
  echo "eddy: installing them: $cmd" >&2
  export DEBIAN_FRONTEND=noninteractive
  # A fresh machine may have no package lists yet, or stale ones.
  $sudo $cmd </dev/null >/dev/null 2>&1 ||
    { $sudo apt-get update -q </dev/null >/dev/null 2>&1 && $sudo $cmd </dev/null; } || {
    echo "eddy: installation failed; run: $cmd" >&2
    exit 1
  }
  exit 0
fi
echo "eddy: install the packages above with your system's package manager" >&2
exit 1
