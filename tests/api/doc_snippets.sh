#!/bin/sh
# Checks that the code blocks of the guide [doc] (docs/embedding.md) are
# files of the repository verbatim: the C programs of examples/embed/,
# which `make examples` compiles and the api suite runs, and their
# outputs (NAME.out), which the api suite compares. A block is announced
# by a line `<!-- file: PATH -->` right before its fence; a ```c block
# without one is an error.
doc=${1:-docs/embedding.md}
[ -f "$doc" ] || { echo "$doc: missing" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
awk -v dir="$tmp" '
  /^<!-- file: .* -->$/ { want = $3; next }
  /^```/ && !inblock {
    inblock = 1
    if (want == "" && $0 == "```c") {
      print "a ```c block at line " NR " names no file" > "/dev/stderr"
      bad = 1
    }
    if (want != "") { n++; out = dir "/" n; print want > (out ".name"); printf "" > out }
    else out = ""
    want = ""
    next
  }
  /^```$/ && inblock { inblock = 0; if (out != "") close(out); next }
  inblock { if (out != "") print > out; next }
  { if ($0 != "") want = "" }
  END { exit bad }
' "$doc" || exit 1
status=0
count=0
for name in "$tmp"/*.name; do
  [ -e "$name" ] || continue
  count=$((count + 1))
  block=${name%.name}
  file=$(cat "$name")
  if [ ! -f "$file" ]; then
    echo "$doc: a block names $file, which does not exist" >&2
    status=1
  elif ! cmp -s "$block" "$file"; then
    echo "$doc: the block of $file differs from the file" >&2
    diff "$file" "$block" | head -5 >&2
    status=1
  fi
done
[ "$count" -gt 0 ] || { echo "$doc: no blocks" >&2; status=1; }

exit $status
