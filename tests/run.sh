#!/usr/bin/env bash
# Runs every test suite against the build in $BUILD and prints one count
# line per suite, then the total as "N passed, N failed".
#   unit     Criterion binaries built from tests/unit/*.c
#   parser   tests/parser/NAME.py: `eddy --ast` must print NAME.ast
#   syntax   tests/syntax/NAME.py: exit 1, last stderr line = NAME.err
#   scripts  tests/scripts/NAME.py: stdout = NAME.out (plus NAME.err last
#            line and NAME.code exit status where present)
#   ffi      tests/ffi/NAME.eddy and examples/ffi/NAME.eddy: programs
#            calling C libraries through the ffi module; stdout = NAME.out
#   signals  tests/signals/NAME.py: Ctrl-C sent once the program prints
#            "ready" (tests/signals/drive.sh); stdout = NAME.out, plus
#            NAME.err and NAME.code when it ends with an error
#   repl     tests/repl/NAME.pty: the interactive prompt driven through a
#            pseudo-terminal by $BUILD/tests/pty_driver, which sends the
#            keystrokes and waits for the text the script expects
#   api      Criterion binaries built from tests/api/*.c (include/eddy.h),
#            the hosts of examples/embed/ (each NAME.c must print NAME.out),
#            and the C snippets of docs/embedding.md, which must be those
#            files verbatim (tests/api/doc_snippets.sh); in the release
#            build, an installed copy builds examples/embed/host.c with
#            pkg-config (tests/api/install_check.sh)
#   robust   lexer/parser fed every prefix and mutations of every program
#            (in the sanitizer build only)
#   seeds    ../shared/seed-examples, when that folder exists
# SUITES (space-separated names) runs only some of them.
# Expected files come from python3 (make oracle); when python3 is present
# the parser and syntax suites also check that they still agree with it.
set -u
BUILD=${BUILD:-build}
EDDY="$BUILD/eddy"
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
cd "$root" || exit 1
total_pass=0
total_fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
have_python=0
if command -v python3 >/dev/null 2>&1 &&
  python3 -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
  have_python=1
fi

report() { # suite passed failed
  echo "$1: $2 passed, $3 failed"
  total_pass=$((total_pass + $2))
  total_fail=$((total_fail + $3))
}

fail() { # what why
  echo "FAIL $1: $2" >&2
}

# Runs the Criterion binaries [dir]/test_* and adds their counts to p/f.
criterion_counts() {
  local bin out line tested passing
  for bin in "$1"/test_*; do
    [ -x "$bin" ] || continue
    out=$("$bin" --jobs=2 2>&1)
    line=$(printf '%s\n' "$out" | grep 'Synthesis:' | tail -1)
    tested=$(printf '%s' "$line" | sed -n 's/.*Tested: \([0-9]*\).*/\1/p')
    passing=$(printf '%s' "$line" | sed -n 's/.*Passing: \([0-9]*\).*/\1/p')
    if [ -z "$tested" ]; then
      fail "$(basename "$bin")" "did not finish"
      printf '%s\n' "$out" | tail -20 >&2
      f=$((f + 1))
      continue
    fi
    p=$((p + passing))
    f=$((f + tested - passing))
    [ "$tested" = "$passing" ] || printf '%s\n' "$out" | grep -v '^\[----\] *$' | tail -30 >&2
    if [ "${2:-}" = leaks ] && printf '%s' "$out" | grep -q 'ERROR: LeakSanitizer'; then
      fail "$(basename "$bin")" "LeakSanitizer found leaks"
      printf '%s\n' "$out" | grep -A12 'ERROR: LeakSanitizer' | head -40 >&2
      f=$((f + 1))
    fi
  done
}

# tests/api, the embedding examples and the guide's snippets.
run_api() {
  local p=0 f=0 src name bin
  criterion_counts "$BUILD/tests/api" leaks
  for src in examples/embed/*.c; do
    [ -e "$src" ] || continue
    name=$(basename "$src" .c)
    bin="$BUILD/examples/embed/$name"
    if [ ! -f "examples/embed/$name.out" ]; then
      fail "$src" "no examples/embed/$name.out"
      f=$((f + 1))
    elif timeout 60 "$bin" >"$tmp/out" 2>&1 </dev/null &&
      cmp -s "$tmp/out" "examples/embed/$name.out"; then
      p=$((p + 1))
    else
      fail "$src" "output differs from examples/embed/$name.out"
      diff "examples/embed/$name.out" "$tmp/out" | head -10 >&2
      f=$((f + 1))
    fi
  done
  if BUILD="$BUILD" MODE="${MODE:-release}" sh tests/api/install_check.sh 2>"$tmp/why"; then
    p=$((p + 1))
  else
    fail "make install" "$(head -5 "$tmp/why")"
    f=$((f + 1))
  fi
  if sh tests/api/doc_snippets.sh docs/embedding.md 2>"$tmp/why"; then
    p=$((p + 1))
  else
    fail docs/embedding.md "$(head -5 "$tmp/why")"
    f=$((f + 1))
  fi
  report api "$p" "$f"
}

run_unit() {
  local p=0 f=0
  criterion_counts "$BUILD/tests"
  report unit "$p" "$f"
}

# python3's AST dump of [file], as `make oracle` writes it.
python_ast() {
  python3 -c 'import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1]).read()), indent=2))' "$1"
}

run_parser() {
  local p=0 f=0 py name
  for py in tests/parser/*.py; do
    [ -e "$py" ] || continue
    name=${py%.py}
    if ! "$EDDY" --ast "$py" >"$tmp/ast" 2>"$tmp/err"; then
      fail "$py" "eddy --ast failed: $(tail -1 "$tmp/err")"
      f=$((f + 1))
    elif ! cmp -s "$tmp/ast" "$name.ast"; then
      fail "$py" "AST differs from $name.ast"
      diff "$name.ast" "$tmp/ast" | head -10 >&2
      f=$((f + 1))
    elif [ $have_python = 1 ] && ! python_ast "$py" | cmp -s - "$name.ast"; then
      fail "$py" "$name.ast no longer agrees with python3 (make oracle)"
      f=$((f + 1))
    else
      p=$((p + 1))
    fi
  done
  report parser "$p" "$f"
}

# Runs [py] under eddy and checks exit status [want_code] and that the last
# stderr line equals the file [errfile]. Echoes a reason on mismatch.
check_error_run() {
  local py=$1 want_code=$2 errfile=$3 code=0
  "$EDDY" "$py" >"$tmp/out" 2>"$tmp/err" </dev/null || code=$?
  if [ "$code" != "$want_code" ]; then
    echo "exit status $code, expected $want_code"
  elif [ "$(tail -1 "$tmp/err")" != "$(cat "$errfile")" ]; then
    echo "last stderr line '$(tail -1 "$tmp/err")', expected '$(cat "$errfile")'"
  fi
}

run_syntax() {
  local p=0 f=0 py name why
  for py in tests/syntax/*.py; do
    [ -e "$py" ] || continue
    name=${py%.py}
    why=$(check_error_run "$py" 1 "$name.err")
    if [ -z "$why" ] && [ $have_python = 1 ] &&
      [ "$(cd "$(dirname "$py")" && python3 "$(basename "$py")" 2>&1 >/dev/null </dev/null | tail -1)" != "$(cat "$name.err")" ]; then
      why="$name.err no longer agrees with python3 (make oracle)"
    fi
    if [ -n "$why" ]; then fail "$py" "$why"; f=$((f + 1)); else p=$((p + 1)); fi
  done
  report syntax "$p" "$f"
}

# Runs the program [1] in its folder with eddy options [3] and compares
# with what [2] (a path without extension) expects: stdout = [2].out, the
# exit status = [2].code (0 without one), the last stderr line = [2].err
# where present. Status 0 when all agree, else 1 after saying why.
check_program() {
  local prog=$1 name=$2 flags=$3 code=0 want=0 why=""
  # shellcheck disable=SC2086
  (cd "$(dirname "$prog")" && timeout 60 "$root/$EDDY" $flags "$(basename "$prog")") \
    >"$tmp/out" 2>"$tmp/err" </dev/null || code=$?
  [ -f "$name.code" ] && want=$(cat "$name.code")
  cmp -s "$tmp/out" "$name.out" || why="stdout differs"
  [ "$code" = "$want" ] || why="${why:+$why; }exit status $code, expected $want"
  if [ -f "$name.err" ] && [ "$(tail -1 "$tmp/err")" != "$(cat "$name.err")" ]; then
    why="${why:+$why; }last stderr line '$(tail -1 "$tmp/err")'"
  fi
  [ -z "$why" ] && return 0
  fail "$prog" "$why"
  diff "$name.out" "$tmp/out" | head -10 >&2
  tail -5 "$tmp/err" >&2
  return 1
}

run_scripts() {
  local p=0 f=0 py
  for py in tests/scripts/*.py; do
    [ -e "$py" ] || continue
    if check_program "$py" "${py%.py}" ""; then p=$((p + 1)); else f=$((f + 1)); fi
  done
  report scripts "$p" "$f"
}

# examples/NAME.eddy must print tests/examples/NAME.out (from python3).
run_examples() {
  local p=0 f=0 ex name
  for ex in examples/*.eddy; do
    [ -e "$ex" ] || continue
    name=$(basename "$ex" .eddy)
    [ -f "tests/examples/$name.out" ] || continue
    if (cd examples && timeout 60 "$root/$EDDY" "$name.eddy") >"$tmp/out" 2>&1 </dev/null &&
      cmp -s "$tmp/out" "tests/examples/$name.out"; then
      p=$((p + 1))
    else
      fail "$ex" "output differs from tests/examples/$name.out"
      diff "tests/examples/$name.out" "$tmp/out" | head -10 >&2
      f=$((f + 1))
    fi
  done
  report examples "$p" "$f"
}

# tests/ffi/NAME.eddy (Eddy-only programs calling C through the ffi
# module) and examples/ffi/NAME.eddy (expected output in
# tests/ffi/examples/NAME.out): stdout = NAME.out, plus the last stderr
# line = NAME.err and the exit status = NAME.code where present; NAME.flags
# holds extra eddy options. The C libraries they load come from the
# Makefile, their paths in EDDY_FFI_TESTLIB and EDDY_FFI_SHAPESLIB.
run_ffi() {
  local p=0 f=0 prog name flags
  export EDDY_FFI_TESTLIB="$root/$BUILD/tests/libeddytest.so"
  export EDDY_FFI_SHAPESLIB="$root/$BUILD/examples/libshapes.so"
  for prog in tests/ffi/*.eddy examples/ffi/*.eddy; do
    [ -e "$prog" ] || continue
    case $prog in
    examples/*) name="tests/ffi/examples/$(basename "$prog" .eddy)" ;;
    *) name=${prog%.eddy} ;;
    esac
    [ -f "$name.out" ] || { fail "$prog" "no $name.out"; f=$((f + 1)); continue; }
    flags=""
    [ -f "$name.flags" ] && flags=$(cat "$name.flags")
    if check_program "$prog" "$name" "$flags"; then p=$((p + 1)); else f=$((f + 1)); fi
  done
  report ffi "$p" "$f"
}

# tests/signals/NAME.py: interrupted with SIGINT by drive.sh.
run_signals() {
  local p=0 f=0 py name got
  for py in tests/signals/*.py; do
    [ -e "$py" ] || continue
    name=${py%.py}
    got="$tmp/signal"
    mkdir -p "$got"
    tests/signals/drive.sh "$root/$EDDY" "$py" "$got"
    local want_code=0
    [ -f "$name.code" ] && want_code=$(cat "$name.code")
    if cmp -s "$got/out" "$name.out" && [ "$(cat "$got/code")" = "$want_code" ] &&
      { [ ! -f "$name.err" ] || cmp -s "$got/err" "$name.err"; }; then
      p=$((p + 1))
    else
      fail "$py" "stdout, last stderr line or exit status $(cat "$got/code") differs"
      diff "$name.out" "$got/out" | head -10 >&2
      f=$((f + 1))
    fi
  done
  report signals "$p" "$f"
}

# tests/repl/NAME.pty: scripts of keystrokes and expected terminal text;
# each gets its own empty history file.
run_repl() {
  local driver="$BUILD/tests/pty_driver"
  [ -x "$driver" ] || return 0
  local p=0 f=0 script
  for script in tests/repl/*.pty; do
    [ -e "$script" ] || continue
    rm -f "$tmp/history"
    # The stress build collects on every allocation: give it longer.
    if PTY_TIMEOUT_MS=$([ "${MODE:-}" = stress ] && echo 180000 || echo 20000) \
      EDDY_HISTFILE="$tmp/history" HOME="$tmp" \
      "$driver" "$root/$EDDY" "$script" "$tmp/transcript" 2>"$tmp/why"; then
      p=$((p + 1))
    else
      fail "$script" "$(head -20 "$tmp/why")"
      f=$((f + 1))
    fi
  done
  report repl "$p" "$f"
}

run_robust() {
  local bin="$BUILD/tests/robust"
  [ -x "$bin" ] || return 0
  # It hunts memory errors, so it runs in the AddressSanitizer build
  # (make sanitize); elsewhere it would only repeat the same work.
  [ "${MODE:-}" = sanitize ] || return 0
  local out
  out=$("$bin" tests/parser/*.py tests/syntax/*.py tests/scripts/*.py examples/*.eddy 2>&1)
  local line
  line=$(printf '%s\n' "$out" | tail -1)
  printf '%s\n' "$out" | grep '^FAIL' >&2
  local p f
  p=$(printf '%s' "$line" | sed -n 's/^\([0-9]*\) passed.*/\1/p')
  f=$(printf '%s' "$line" | sed -n 's/.*passed, \([0-9]*\) failed.*/\1/p')
  [ -n "$p" ] || { fail robust "crashed: $(printf '%s' "$out" | tail -3)"; p=0; f=1; }
  report robust "$p" "$f"
}

run_seeds() {
  local seeds="$root/../shared/seed-examples"
  [ -x "$seeds/check.sh" ] || return 0
  local out line p f
  out=$("$seeds/check.sh" "$root/$EDDY" 2>&1)
  printf '%s\n' "$out" | grep -A12 '^FAIL' >&2
  line=$(printf '%s\n' "$out" | tail -1)
  p=$(printf '%s' "$line" | sed -n 's/^\([0-9]*\) passed.*/\1/p')
  f=$(printf '%s' "$line" | sed -n 's/.*passed, \([0-9]*\) failed.*/\1/p')
  [ -n "$p" ] || { fail seeds "check.sh gave no result"; p=0; f=1; }
  report seeds "$p" "$f"
}

# SUITES="repl scripts" runs only those suites.
for suite in ${SUITES:-unit api parser syntax scripts examples ffi signals repl robust seeds}; do
  "run_$suite"
done
echo "total: $total_pass passed, $total_fail failed"
[ "$total_fail" = 0 ]
