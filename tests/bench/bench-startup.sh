#!/usr/bin/env bash
# bench-startup.sh — Payday's start-up time against an empty libadwaita window and GNOME Text Editor
#
#   tests/bench/bench-startup.sh BUILDDIR [RUNS]     (or: meson test -C BUILDDIR --benchmark startup)
#
# Each program runs RUNS times (default 10, after one warm-up run) on the same bare Xvfb
# screen and D-Bus session, with the in-memory GSettings backend and fresh XDG folders, so
# no saved window size, session or recent file changes what is measured. bench-startup
# reports two medians from exec: the X MapNotify of the first top-level window (works for
# every program) and, for Payday and the empty window, the first painted frame
# (PAYDAY_STARTUP_PROBE). Text Editor has no such probe: it is compared by window mapping.
# Peak resident memory comes from wait4 (up to the first frame for the probed programs).
# Goals (README): Payday's first frame ≤ 1.2 × the empty window's and its peak memory at
# most 25 MB above it, and Payday maps its window no later than Text Editor.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

build=$(cd "${1:?usage: bench-startup.sh BUILDDIR [RUNS]}" && pwd)
runs=${2:-10}

if [ -z "${PAYDAY_BENCH_INNER:-}" ]; then
  # Our own X server and bus: a desktop's compositor or window manager would add its own
  # latency, and another session's Payday would take the single-instance name.
  export PAYDAY_BENCH_INNER=1
  exec dbus-run-session -- xvfb-run -a -s "-screen 0 1400x1000x24" "$0" "$build" "$runs"
fi

state=$(mktemp -d)
trap 'rm -rf "$state"' EXIT
export XDG_CONFIG_HOME=$state/config XDG_DATA_HOME=$state/data
export XDG_STATE_HOME=$state/state XDG_CACHE_HOME=$state/cache
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_STATE_HOME" "$XDG_CACHE_HOME"
export GSETTINGS_BACKEND=memory
export GSETTINGS_SCHEMA_DIR=$build/data
export NO_AT_BRIDGE=1
export PAYDAY_STARTUP_PROBE=1

bench=$build/tests/bench/bench-startup
out=$state/results
: >"$out"

# Turn by turn, one run each, so that load from elsewhere on the machine slows all alike;
# the first round warms the caches and is not counted.
# empty-window-cairo: the empty window drawn with cairo, the renderer Payday picks where
# OpenGL is software (src/ui/payday-renderer.c), for a like-for-like figure beside the goal's.
programs=(payday empty-window empty-window-cairo)
command -v gnome-text-editor >/dev/null && programs+=(text-editor) ||
  echo "gnome-text-editor is not installed (apt-get install gnome-text-editor): not compared"
for round in $(seq 0 "$runs"); do
  for p in "${programs[@]}"; do
    case $p in
      payday) args=(--frame payday "$build/src/payday") ;;
      empty-window) args=(--frame empty-window "$build/tests/bench/bench-empty-window") ;;
      empty-window-cairo)
        args=(--frame empty-window-cairo env GSK_RENDERER=cairo "$build/tests/bench/bench-empty-window") ;;
      # --ignore-session: start on an empty document, like Payday's first start on its sample.
      text-editor) args=(text-editor gnome-text-editor --ignore-session) ;;
    esac
    if [ "$round" -eq 0 ]; then
      "$bench" --runs 1 --warmup 0 "${args[@]}" >/dev/null
    else
      "$bench" --runs 1 --warmup 0 "${args[@]}" | grep '^result' | tee -a "$out"
    fi
  done
done 2>"$state/stderr"

python3 - "$out" <<'PY'
import sys
from statistics import median
runs = {}
for line in open(sys.argv[1]):
    _, name, mapped, frame, rss = line.split()
    runs.setdefault(name, []).append((float(mapped), float(frame), float(rss)))
m = {name: tuple(median(r[i] for r in rs) for i in range(3)) for name, rs in runs.items()}
print(f"{len(runs['payday'])} runs each, medians:")
p, e = m['payday'], m['empty-window']
print(f"Payday: window mapped {p[0]:.0f} ms, first frame {p[1]:.0f} ms, peak RSS {p[2]:.0f} MB")
print(f"Empty libadwaita window: mapped {e[0]:.0f} ms, first frame {e[1]:.0f} ms, peak RSS {e[2]:.0f} MB")
ratio = p[1] / e[1]
print(f"Payday / empty window, first frame: {ratio:.2f}× (goal ≤ 1.2×); "
      f"memory {p[2] - e[2]:+.0f} MB (goal ≤ +25 MB)")
ok = ratio <= 1.2 and p[2] - e[2] <= 25
if 'empty-window-cairo' in m:
    c = m['empty-window-cairo']
    print(f"Empty window drawn with cairo: first frame {c[1]:.0f} ms, peak RSS {c[2]:.0f} MB; "
          f"Payday / it: {p[1] / c[1]:.2f}× (like for like where Payday draws with cairo)")
if 'text-editor' in m:
    t = m['text-editor']
    print(f"GNOME Text Editor: mapped {t[0]:.0f} ms, peak RSS {t[2]:.0f} MB; "
          f"Payday / Text Editor, mapped: {p[0] / t[0]:.2f}× (goal ≤ 1×)")
    ok = ok and p[0] <= t[0]
print("goals met" if ok else "goals NOT met")
PY
