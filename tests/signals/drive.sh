#!/usr/bin/env bash
# Runs one Ctrl-C test: starts INTERPRETER on NAME.py (in its folder) with
# SIGINT at its default disposition, waits until the program has printed
# a line "ready" (up to 20 s), sends it SIGINT, and waits for it to end
# (up to 20 s more). Writes OUTDIR/out (stdout), OUTDIR/err (the last
# line of stderr) and OUTDIR/code (the exit status as a shell sees it:
# 130 for a process ended by SIGINT).
#   usage: drive.sh INTERPRETER tests/signals/NAME.py OUTDIR
set -u
interp=$1
script=$2
outdir=$3
cd "$(dirname "$script")" || exit 2
: >"$outdir/out"
env --default-signal=INT timeout 60 "$interp" "$(basename "$script")" \
  >"$outdir/out" 2>"$outdir/stderr" </dev/null &
pid=$!
for _ in $(seq 200); do
  grep -qx ready "$outdir/out" 2>/dev/null && break
  sleep 0.1
done
kill -INT "$pid" 2>/dev/null
code=0
wait "$pid" || code=$?
echo "$code" >"$outdir/code"
tail -1 "$outdir/stderr" >"$outdir/err"
