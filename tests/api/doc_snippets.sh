#!/bin/sh
# Checks that every C snippet of the guide [doc] (docs/embedding.md) is a
# file of examples/embed/ verbatim, so that the snippets are the programs
# `make examples` compiles and the api suite runs. A snippet is announced
# by a line `<!-- file: examples/embed/NAME.c -->` right before its ```c
# fence; a ```c block without one is an error.
doc=${1:-docs/embedding.md}
[ -f "$doc" ] || { echo "$doc: missing" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
awk -v dir="$tmp" '
  /^<!-- file: .* -->$/ { want = $3; next }
  /^```c$/ {
    if (want == "") { print "a ```c block at line " NR " names no file" > "/dev/stderr"; bad = 1 }
    n++; out = dir "/" n; print want > (dir "/" n ".name"); inblock = 1; want = ""; next
  }
  /^```$/ && inblock { inblock = 0; close(out); next }
  inblock { print > out; next }
  { if ($0 !~ /^$/) want = "" }
  END { exit bad }
' "$doc" || exit 1
status=0
count=0
for name in "$tmp"/*.name; do
  [ -e "$name" ] || continue
  count=$((count + 1))
  block=${name%.name}
  file=$(cat "$name")
  [ -f "$block" ] || : >"$block"
  if [ ! -f "$file" ]; then
    echo "$doc: snippet names $file, which does not exist" >&2
    status=1
  elif ! cmp -s "$block" "$file"; then
    echo "$doc: the snippet of $file differs from the file" >&2
    diff "$file" "$block" | head -5 >&2
    status=1
  fi
done
[ "$count" -gt 0 ] || { echo "$doc: no snippets" >&2; status=1; }
exit $status
