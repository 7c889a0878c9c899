#!/usr/bin/env bash
# `make dist-test`: the bundle works on a machine without Python. It runs demo, info,
# check, brief and the desktop app (offscreen, then on an X server, Xvfb, until its
# window is first painted) from dist/casefile/casefile with a bare environment (env -i),
# HOME in a temporary folder, from a folder that is not the checkout; and a missing file
# is one line and exit 2. The Makefile installs Xvfb and the X libraries Qt needs.
set -euo pipefail
bundle="$(realpath "${1:-dist/casefile/casefile}")"
[ -x "$bundle" ] || { echo "dist-test: $bundle is missing: run make dist" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir "$work/home" "$work/cases"
cd "$work/cases"

bare() { env -i PATH=/usr/bin:/bin HOME="$work/home" QT_QPA_PLATFORM=offscreen "$@"; }
step() { printf 'dist-test: %s\n' "$*"; }

step demo;  bare "$bundle" demo demo.casefile
step info;  bare "$bundle" info demo.casefile | grep -q "damage items:"
step check; bare "$bundle" check demo.casefile >/dev/null
step brief; bare "$bundle" brief demo.casefile -o brief.pdf >/dev/null
[ "$(head -c 5 brief.pdf)" = "%PDF-" ] || { echo "dist-test: brief.pdf is not a PDF" >&2; exit 1; }
step "a site plan from a PDF"; bare "$bundle" plan add demo.casefile brief.pdf --name Brief >/dev/null
step encryption
cp demo.casefile locked.casefile && printf 'a passphrase for the test' > pass.txt
bare "$bundle" encrypt locked.casefile --new-passphrase-file pass.txt >/dev/null
bare "$bundle" info locked.casefile --passphrase-file pass.txt | grep -q "damage items:"
step "the desktop app"
start=$(date +%s%N)
bare CASEFILE_BENCH_EXIT_WHEN_SHOWN=1 "$bundle" open demo.casefile 2>gui.err \
  || { cat gui.err >&2; exit 1; }
shown=$(( ($(date +%s%N) - start) / 1000000 ))
[ ! -e demo.casefile.lock ] || { echo "dist-test: the app left its lock behind" >&2; exit 1; }
step "the desktop app on an X server (Xvfb)"
command -v xvfb-run >/dev/null || { echo "dist-test: xvfb-run is missing (make dist-test installs it)" >&2; exit 2; }
xvfb-run -a sh -c 'exec env -i PATH=/usr/bin:/bin HOME="$0" LANG=C.UTF-8 DISPLAY="$DISPLAY" \
  XAUTHORITY="$XAUTHORITY" CASEFILE_BENCH_EXIT_WHEN_SHOWN=1 "$1" open demo.casefile' \
  "$work/home" "$bundle" 2>gui.err || { cat gui.err >&2; exit 1; }
[ ! -e demo.casefile.lock ] || { echo "dist-test: the app left its lock behind" >&2; exit 1; }
step "a missing file"
set +e
bare "$bundle" info missing.casefile 2>err.txt
code=$?
set -e
[ "$code" = 2 ] && [ "$(wc -l <err.txt)" = 1 ] && grep -q "^casefile: error: .*missing.casefile" err.txt \
  || { echo "dist-test: a missing file gave exit $code and:" >&2; cat err.txt >&2; exit 1; }
echo "dist-test: ok ($bundle; the window was painted ${shown} ms after launch)"
