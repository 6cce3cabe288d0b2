#!/bin/sh
# Eddy's benchmark suite.
#
#   sh bench/run.sh [BENCH ...]     (make bench runs it after building)
#
# Runs every bench/NAME.py with Eddy and CPython, and bench/NAME.lua with
# Lua 5.4 where it exists, N times each, one process at a time; the runs of
# the implementations are interleaved so a change in the machine's load
# falls on all of them alike. Prints Markdown on standard output: the
# machine, the median wall times and their ratios, the median CPU times and
# peak RSS, and the memory per suspended task; progress goes to standard
# error. Each program prints a checksum: Eddy's output must equal CPython's
# in every run, or the benchmark is reported as FAILED and the script exits
# with status 1.
#
# Settings (environment):
#   N=5               runs per benchmark and implementation (median taken)
#   EDDY=build/eddy   the interpreter under test (default $BUILD/eddy)
#   EDDY_SOURCE=...   how that binary was built, for the report (default:
#                     the commit of this checkout)
#   PYTHON=python3    LUA=lua5.4
#   BENCH_TIMEOUT=300 seconds before a run is killed and counted as failed
#   MEM_TASKS=100000  suspended tasks in async_memory
#   BENCH_INSTALL_LUA=1  install lua5.4 with apt-get when running as root
#                        and it is missing (0: never)

set -u

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
N=${N:-5}
EDDY=${EDDY:-$ROOT/${BUILD:-build}/eddy}
PYTHON=${PYTHON:-python3}
LUA=${LUA:-lua5.4}
TIMEOUT=${BENCH_TIMEOUT:-300}
MEM_TASKS=${MEM_TASKS:-100000}
ALL="fib loop nbody strings dict list objects closures
     async_spawn async_pingpong async_chain async_timers async_memory"
BENCHES=${*:-$ALL}

TMP=$(mktemp -d "${TMPDIR:-/tmp}/eddy-bench.XXXXXX") || exit 1
trap 'rm -rf "$TMP"' EXIT INT TERM
FAILED=0

say() { printf '%s\n' "$*" >&2; }

# --- tools ------------------------------------------------------------------

# Lua is measured when present; as root it is installed on first use.
if ! command -v "$LUA" >/dev/null 2>&1 && [ "$LUA" = lua5.4 ] &&
   [ "${BENCH_INSTALL_LUA:-1}" = 1 ] && [ "$(id -u)" = 0 ] &&
   command -v apt-get >/dev/null 2>&1; then
  say "lua5.4 missing: trying apt-get install -y lua5.4"
  apt-get install -y lua5.4 >/dev/null 2>&1 ||
    { apt-get update >/dev/null 2>&1 && apt-get install -y lua5.4 >/dev/null 2>&1; } ||
    say "could not install lua5.4; Lua is left out"
fi
HAVE_LUA=0
command -v "$LUA" >/dev/null 2>&1 && HAVE_LUA=1

# A pyenv-style shim is a shell script around the real interpreter; run the
# interpreter itself so its start-up is not charged to CPython.
REAL_PYTHON=$("$PYTHON" -c 'import sys; print(sys.executable)' 2>/dev/null)
[ -n "$REAL_PYTHON" ] && [ -x "$REAL_PYTHON" ] && PYTHON=$REAL_PYTHON

TIME=""
[ -x /usr/bin/time ] && TIME=/usr/bin/time
TO=""
command -v timeout >/dev/null 2>&1 && TO="timeout $TIMEOUT"

if [ ! -x "$EDDY" ]; then
  say "no interpreter at $EDDY (run make all, or set EDDY=)"
  exit 1
fi

# Without /usr/bin/time, CPU time and peak RSS come from the rusage of a
# child of this small CPython program, which also times the wall clock.
# The kernel's ru_maxrss then includes the forked wrapper's memory before
# the exec (about 10 MiB), so small peaks are overstated; the difference
# taken for bytes per task is barely affected.
RUSAGE_PY='import resource, subprocess, sys, time
t0 = time.perf_counter()
with open(sys.argv[2], "wb") as out, open(sys.argv[3], "wb") as err:
    code = subprocess.call(sys.argv[4:], stdout=out, stderr=err)
wall = time.perf_counter() - t0
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(sys.argv[1], "w") as f:
    f.write("%.3f %.2f %d %d\n" % (wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss, code))
'

# --- measuring --------------------------------------------------------------

# Runs the command [$3...] once as run [$2] of series [$1]: its output goes
# to $TMP/$1.out.$2, and "wall cpu rss_kib status" is appended to
# $TMP/$1.runs.
measure() {
  key=$1 run=$2
  shift 2
  out="$TMP/$key.out.$run" err="$TMP/$key.err"
  rm -f "$TMP/rusage"
  if [ -n "$TIME" ]; then
    t0=$(date +%s%N)
    $TO "$TIME" -f '%U %S %M' -o "$TMP/rusage" "$@" >"$out" 2>"$err"
    status=$?
    t1=$(date +%s%N)
    set -- $(tail -n 1 "$TMP/rusage" 2>/dev/null) 0 0 0
    awk -v ns=$((t1 - t0)) -v u="$1" -v s="$2" -v m="$3" -v st=$status \
      'BEGIN { printf "%.3f %.2f %d %d\n", ns / 1e9, u + s, m, st }' \
      >>"$TMP/$key.runs"
  else
    $TO "$PYTHON" -c "$RUSAGE_PY" "$TMP/rusage" "$out" "$err" "$@"
    [ -s "$TMP/rusage" ] || echo "0.000 0.00 0 124" >"$TMP/rusage" # killed
    cat "$TMP/rusage" >>"$TMP/$key.runs"
    status=$(awk '{ print $4 }' "$TMP/rusage")
  fi
  return "$status"
}

# Prints the median of column [$2] of file [$1].
median() {
  awk -v c="$2" '{ print $c }' "$1" | sort -n | awk '
    { v[NR] = $1 }
    END { if (NR == 0) print "-";
          else if (NR % 2) print v[(NR + 1) / 2];
          else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Prints [$1] / [$2] with two decimals, or "-" when either is missing.
ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN {
    if (a == "-" || b == "-" || b + 0 == 0) print "-";
    else printf "%.2f\n", a / b }'
}

# Prints "ok" when every run of series [$1] exited 0 and printed the same
# output as run 1 of series [$2]; otherwise what went wrong.
check() {
  if awk '$4 != 0 { bad = 1 } END { exit !bad }' "$TMP/$1.runs"; then
    printf 'exit status %s: %s\n' "$(awk '$4 != 0 { s = $4 } END { print s }' \
      "$TMP/$1.runs")" "$(tail -n 1 "$TMP/$1.err" 2>/dev/null)"
    return
  fi
  for f in "$TMP/$1".out.*; do
    if ! cmp -s "$f" "$TMP/$2.out.1"; then
      echo "output differs from CPython's"
      return
    fi
  done
  echo ok
}

# Runs bench/[$2].py (with script arguments [$3...]) N times with each
# implementation, interleaved, as the series [$1].eddy, [$1].cpython and
# [$1].lua (bench/[$2].lua, when there is one).
run_bench() {
  name=$1 script=$2
  shift 2
  for run in $(seq 1 "$N"); do
    measure "$name.cpython" "$run" "$PYTHON" "$HERE/$script.py" "$@"
    measure "$name.eddy" "$run" "$EDDY" "$HERE/$script.py" "$@"
    if [ "$HAVE_LUA" = 1 ] && [ -f "$HERE/$script.lua" ]; then
      measure "$name.lua" "$run" "$LUA" "$HERE/$script.lua"
    fi
    say "$name run $run/$N: eddy $(tail -n 1 "$TMP/$name.eddy.runs" | cut -d' ' -f1)s," \
      "cpython $(tail -n 1 "$TMP/$name.cpython.runs" | cut -d' ' -f1)s" \
      "(load $(cut -d' ' -f1 /proc/loadavg 2>/dev/null))"
  done
}

# --- report -----------------------------------------------------------------

cpu_model() {
  sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1
}

# Describes the source the measured Eddy was built from: $EDDY_SOURCE when
# set, else the commit of this checkout (when the binary lives in it).
eddy_source() {
  if [ -n "${EDDY_SOURCE:-}" ]; then
    echo "$EDDY_SOURCE"
    return
  fi
  case "$(cd "$(dirname "$EDDY")" && pwd)" in
    "$ROOT"/*)
      printf 'from this checkout at commit %s' \
        "$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
      if [ -n "$(git -C "$ROOT" status --porcelain -- lexer parser compiler vm stdlib cli 2>/dev/null)" ]; then
        printf ' with uncommitted changes (as they were when it was built)'
      fi
      echo ;;
    *) echo "source unknown (set EDDY_SOURCE)" ;;
  esac
}

print_machine() {
  echo "## Machine"
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- CPU: $(cpu_model), nproc = $(nproc)"
  echo "- kernel: $(uname -sr)"
  echo "- Eddy: $EDDY, built $(date -u -r "$EDDY" '+%Y-%m-%d %H:%M UTC'), $(eddy_source)"
  echo "- CPython: $("$PYTHON" --version 2>&1) ($PYTHON)"
  if [ "$HAVE_LUA" = 1 ]; then
    echo "- Lua: $("$LUA" -v 2>&1 | head -n 1)"
  else
    echo "- Lua: not installed"
  fi
  echo "- runs: N = $N per benchmark and implementation, interleaved; medians"
  echo "- load average at start: $LOAD_START"
}

# Prints the cell for Lua's median of column [$2] for benchmark [$1].
lua_cell() {
  if [ "$HAVE_LUA" != 1 ]; then
    echo "not installed"
  elif [ ! -f "$TMP/$1.lua.runs" ]; then
    echo "-"
  else
    m=$(median "$TMP/$1.lua.runs" "$2")
    if [ "$(check "$1.lua" "$1.cpython")" != ok ]; then m="$m (output differs)"; fi
    echo "$m"
  fi
}

print_times() {
  echo "## Wall time (median of $N runs, seconds)"
  echo
  echo "| benchmark | Eddy (s) | CPython (s) | Eddy/CPython | Lua (s) | Eddy/Lua | check |"
  echo "|---|---:|---:|---:|---:|---:|---|"
  for b in $BENCHES; do
    e=$(median "$TMP/$b.eddy.runs" 1)
    c=$(median "$TMP/$b.cpython.runs" 1)
    l=$(lua_cell "$b" 1)
    verdict=$(check "$b.eddy" "$b.cpython")
    cverdict=$(check "$b.cpython" "$b.cpython")
    [ "$cverdict" = ok ] || verdict="CPython: $cverdict"
    [ "$verdict" = ok ] || { FAILED=1; verdict="FAILED: $verdict"; }
    echo "| $b | $e | $c | $(ratio "$e" "$c") | $l | $(ratio "$e" "${l%% *}") | $verdict |"
  done
}

print_cpu() {
  echo "## CPU time (user + system) and peak RSS (medians of $N runs)"
  echo
  echo "CPU time is less disturbed than wall time by other processes."
  echo
  echo "| benchmark | Eddy CPU (s) | CPython CPU (s) | Eddy/CPython | Lua CPU (s) | Eddy/Lua | Eddy RSS (MiB) | CPython RSS (MiB) |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  for b in $BENCHES; do
    e=$(median "$TMP/$b.eddy.runs" 2)
    c=$(median "$TMP/$b.cpython.runs" 2)
    l=$(lua_cell "$b" 2)
    er=$(median "$TMP/$b.eddy.runs" 3 | awk '{ printf "%.1f", $1 / 1024 }')
    cr=$(median "$TMP/$b.cpython.runs" 3 | awk '{ printf "%.1f", $1 / 1024 }')
    echo "| $b | $e | $c | $(ratio "$e" "$c") | $l | $(ratio "$e" "${l%% *}") | $er | $cr |"
  done
}

# Bytes per suspended task: peak RSS with MEM_TASKS tasks minus peak RSS of
# the same program with none, over MEM_TASKS.
print_memory() {
  echo "## Memory per suspended task (async_memory)"
  echo
  echo "Peak RSS (VmHWM, from wait4's ru_maxrss) of \`async_memory.py $MEM_TASKS\` and of"
  echo "\`async_memory.py 0\`; bytes per task = difference / $MEM_TASKS."
  echo
  echo "| implementation | peak RSS, 0 tasks (KiB) | peak RSS, $MEM_TASKS tasks (KiB) | bytes per task |"
  echo "|---|---:|---:|---:|"
  for impl in eddy cpython; do
    base=$(median "$TMP/async_memory0.$impl.runs" 3)
    full=$(median "$TMP/async_memory.$impl.runs" 3)
    per=$(awk -v a="$full" -v b="$base" -v n="$MEM_TASKS" \
      'BEGIN { if (n > 0) printf "%.0f", (a - b) * 1024 / n; else print "-" }')
    label=Eddy
    [ "$impl" = cpython ] && label=CPython
    echo "| $label | $base | $full | $per |"
  done
  verdict=$(check async_memory0.eddy async_memory0.cpython)
  if [ "$verdict" != ok ]; then
    FAILED=1
    echo
    echo "async_memory with 0 tasks FAILED: $verdict"
  fi
}

# --- main -------------------------------------------------------------------

say "Eddy: $EDDY; CPython: $PYTHON; N = $N"
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
for b in $BENCHES; do
  if [ ! -f "$HERE/$b.py" ]; then
    say "no benchmark bench/$b.py"
    exit 1
  fi
  if [ "$b" = async_memory ]; then
    run_bench async_memory async_memory "$MEM_TASKS"
    run_bench async_memory0 async_memory 0
  else
    run_bench "$b" "$b"
  fi
done
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)

print_machine
echo "- load average at end: $LOAD_END"
echo
print_times
echo
if [ -n "$TIME" ]; then
  print_cpu
  echo
fi
case " $(echo $BENCHES) " in
  *" async_memory "*) print_memory; echo ;;
esac
if [ "$FAILED" = 1 ]; then
  say "some benchmarks FAILED (see the check column)"
  exit 1
fi
exit 0
