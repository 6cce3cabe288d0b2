#!/usr/bin/env bash
# Regenerates the expected outputs of the tests from CPython 3.11, the
# oracle: never write an expected output by hand.
#   tests/parser/NAME.py  -> NAME.ast  (ast.dump(..., indent=2))
#   tests/syntax/NAME.py  -> NAME.err  (last line of stderr)
#   tests/scripts/NAME.py -> NAME.out, and NAME.err + NAME.code when the
#                            program exits with a non-zero status
#   tests/signals/NAME.py -> the same, the program interrupted by SIGINT
#                            once it prints "ready" (signals/drive.sh)
# Scripts run with their folder as the current directory.
set -u
cd "$(dirname "$0")" || exit 1
python3 -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' || {
  echo "oracle: python3 must be CPython 3.11" >&2
  exit 1
}
for py in parser/*.py; do
  [ -e "$py" ] || continue
  python3 -c 'import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1]).read()), indent=2))' \
    "$py" >"${py%.py}.ast"
done
for py in syntax/*.py; do
  [ -e "$py" ] || continue
  (cd syntax && python3 "$(basename "$py")" 2>&1 >/dev/null </dev/null | tail -1) >"${py%.py}.err"
done
for py in scripts/*.py; do
  [ -e "$py" ] || continue
  name=${py%.py}
  code=0
  (cd scripts && python3 "$(basename "$py")" >"$(basename "$name").out" \
    2>"/tmp/oracle.$$" </dev/null) || code=$?
  if [ "$code" != 0 ]; then
    echo "$code" >"$name.code"
    tail -1 "/tmp/oracle.$$" >"$name.err"
  else
    rm -f "$name.code" "$name.err"
  fi
done
rm -f "/tmp/oracle.$$"
for py in signals/*.py; do
  [ -e "$py" ] || continue
  name=${py%.py}
  got=$(mktemp -d)
  signals/drive.sh python3 "$py" "$got"
  cp "$got/out" "$name.out"
  if [ "$(cat "$got/code")" != 0 ]; then
    cp "$got/code" "$name.code"
    cp "$got/err" "$name.err"
  else
    rm -f "$name.code" "$name.err"
  fi
  rm -rf "$got"
done
for ex in ../examples/*.eddy; do
  [ -e "$ex" ] || continue
  name=$(basename "$ex" .eddy)
  (cd ../examples && python3 "$name.eddy") >"examples/$name.out"
done
echo "oracle: expected outputs regenerated from $(python3 --version)"
