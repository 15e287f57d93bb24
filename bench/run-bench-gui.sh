#!/bin/bash
# bench/run-bench-gui.sh [BUILDDIR] [bench-gui options]: run the GUI
# benchmark under a virtual X display (xvfb-run) and a private D-Bus
# session, with the settings in memory; no desktop needed.
#
#   bench/run-bench-gui.sh                       _build, a new demo of 30,000 geeltjes
#   bench/run-bench-gui.sh _build-test --runs 10
#   bench/run-bench-gui.sh _build --db ~/.local/share/ontwikkeltafel/ontwikkeltafel.db
#
# GSK_RENDERER defaults to cairo (as in the gui tests; Xvfb has no GPU);
# set GSK_RENDERER=gl to measure Mesa's software OpenGL instead.
set -euo pipefail

srcdir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
builddir=_build
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then
  builddir=$1
  shift
fi
case "$builddir" in
  /*) ;;
  *) builddir=$srcdir/$builddir ;;
esac

bench=$builddir/bench/bench-gui
if [ ! -x "$bench" ]; then
  echo "no $bench: build first (meson compile -C $builddir bench/bench-gui; needs -Dgui=true)" >&2
  exit 2
fi
meson compile -C "$builddir" bench/bench-gui >/dev/null

export GDK_BACKEND=x11
export GSK_RENDERER=${GSK_RENDERER:-cairo}
export GSETTINGS_BACKEND=memory
export GSETTINGS_SCHEMA_DIR=$builddir/data
export GTK_A11Y=none
export NO_AT_BRIDGE=1
export LIBGL_ALWAYS_SOFTWARE=1

exec xvfb-run -a -s '-screen 0 1280x1024x24' dbus-run-session -- "$bench" "$@"
