# Sourced by build-deb.sh and test-deb.sh: a private X server (Xvfb) on a display number it picks
# itself, so a desktop's or another build's display is never taken.
#   start_xvfb DIR    starts it, sets DISPLAY and XVFB_PID
#   stop_xvfb         stops it (by its process id)
start_xvfb() {
  local dir="$1"
  rm -f "$dir/xvfb-display"
  Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$dir/xvfb-display" 2>"$dir/xvfb.log" &
  XVFB_PID=$!
  for _ in $(seq 1 100); do
    if [ -s "$dir/xvfb-display" ]; then
      DISPLAY=":$(tr -d '\n' < "$dir/xvfb-display")"
      export DISPLAY
      return 0
    fi
    sleep 0.1
  done
  echo "Xvfb did not start: $(cat "$dir/xvfb.log")" >&2
  return 1
}

stop_xvfb() {
  if [ -n "${XVFB_PID:-}" ]; then
    kill "$XVFB_PID" 2>/dev/null || true
    wait "$XVFB_PID" 2>/dev/null || true
    XVFB_PID=
  fi
}
