#!/bin/sh
# Installs the build in $BUILD into a scratch prefix (make install) and
# builds examples/embed/host.c against it as a host author would, with
# pkg-config, once against the shared library and once statically; both
# must print examples/embed/host.out. Release builds only: the sanitizer
# builds' libraries need their runtime linked into the host.
BUILD=${BUILD:-build}
MODE=${MODE:-release}
[ "$MODE" = release ] || exit 0
command -v pkg-config >/dev/null 2>&1 || { echo "pkg-config missing" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
make --no-print-directory -s BUILD="$BUILD" MODE="$MODE" PREFIX="$tmp/prefix" \
  install >"$tmp/log" 2>&1 || { tail -5 "$tmp/log" >&2; exit 1; }
for f in bin/eddy include/eddy.h lib/libeddy.a lib/libeddy.so lib/libeddy.so.0 \
  lib/pkgconfig/eddy.pc; do
  [ -e "$tmp/prefix/$f" ] || { echo "make install left out $f" >&2; exit 1; }
done
export PKG_CONFIG_PATH="$tmp/prefix/lib/pkgconfig"
${CC:-cc} examples/embed/host.c $(pkg-config --cflags --libs eddy) \
  -o "$tmp/host_shared" 2>"$tmp/err" || { head -5 "$tmp/err" >&2; exit 1; }
${CC:-cc} examples/embed/host.c $(pkg-config --cflags eddy) \
  "$(pkg-config --variable=libdir eddy)/libeddy.a" \
  $(pkg-config --variable=deps eddy) -o "$tmp/host_static" 2>"$tmp/err" || { head -5 "$tmp/err" >&2; exit 1; }
LD_LIBRARY_PATH="$tmp/prefix/lib" "$tmp/host_shared" >"$tmp/out1" 2>&1
"$tmp/host_static" >"$tmp/out2" 2>&1
cmp -s "$tmp/out1" examples/embed/host.out || { echo "shared host's output differs" >&2; exit 1; }
cmp -s "$tmp/out2" examples/embed/host.out || { echo "static host's output differs" >&2; exit 1; }
