#!/usr/bin/env bash
# Takes the screenshots in this folder from the real kiosk window under Xvfb, on a fresh demo
# database: chooser, resident ticket screen, counter console (after a registration), office.
# Needs: apt-get install xvfb xdotool imagemagick libgtk-3-0. Screen: 1366x768, the commonest counter PC.
# Clicks use positions of the default layout at that size; if the layout changes, look at the
# pictures and adjust the positions below.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
out="docs/screenshots"
work="$(mktemp -d)"
display=":77"
trap 'pkill -f "kiosk-app.jar --config $work" || true; kill "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT

Xvfb "$display" -screen 0 1366x768x24 >/dev/null 2>&1 & xvfb=$!
export DISPLAY="$display"
export LOKET_JAVA_OPTS="-Dloket.startup-markers=true"   # the kiosk says when its first face is up
sleep 1

./loket --data-dir "$work/data" demo-data --households 1500 >/dev/null
echo 999999 | ./loket --user lurah --data-dir "$work/data" export households --format csv --out "$work/households.csv" 2>/dev/null
nik="$(awk -F, '{ sub(/\r$/, "") } $6 == "no" { print $2; exit }' "$work/households.csv")"

start() {  # start FACE: runs the kiosk on that face and waits until it is up
  printf 'ui.start-face=%s\n' "$1" > "$work/$1.properties"
  ./loket --config "$work/$1.properties" --data-dir "$work/data" > "$work/$1.log" 2>&1 &
  for _ in $(seq 1 120); do grep -q LOKET-READY "$work/$1.log" && break; sleep 0.5; done
  sleep 1
}
stop() { pkill -f "kiosk-app.jar --config $work" || true; sleep 1; }
shot() { import -window root "$out/$1.png"; echo "$out/$1.png"; }
login() { xdotool type --delay 20 "$1"; xdotool key Tab; xdotool type --delay 20 "$2"; xdotool key Return; sleep 1.5; }

start chooser; shot chooser; stop

start ticket; shot ticket
xdotool key space; sleep 0.8          # service A has the focus
xdotool key Tab space; sleep 2         # regular lane
shot ticket-issued; stop

start counter; login agen1 111111
xdotool key F2; sleep 1                # calls A-001
xdotool type --delay 20 "$nik"; sleep 1.5
shot counter-household
xdotool key space; sleep 0.5           # the cursor waits on the consent: the resident agrees
shot counter-registration
xdotool key ctrl+s; sleep 2.5          # save and print
shot counter; stop

start office; login lurah 999999; sleep 3; shot office
printf 'No KK;NIK Kepala Keluarga;Nama Kepala Keluarga;Alamat;RT;RW\r\n6471052010150001;6471050101700001;Budi Impor;Jl. Uji 1;9;9\r\n6471052010150003;6.47105E+15;Rusak Excel;Jl. Uji 3;9;9\r\n' > "$work/daftar-rt.csv"
xdotool mousemove 209 98 click 1; sleep 1            # tab: import RT lists
xdotool mousemove 170 150 click 1 type --delay 10 "$work/daftar-rt.csv"
xdotool mousemove 556 150 click 1; sleep 4           # import: one row is Excel-damaged
shot office-import
xdotool mousemove 359 98 click 1; sleep 1            # tab: schedule per RT
xdotool mousemove 542 262 click 1 type --delay 20 150   # households per day
xdotool mousemove 90 463 click 1; sleep 3            # make the schedule
xdotool mousemove 200 585 click 1; sleep 0.5         # the first day
xdotool mousemove 115 676 click 1; sleep 3           # its A4 sheet
shot office-schedule
xdotool mousemove 532 98 click 1; sleep 0.8          # tab: printouts and reports
xdotool mousemove 190 243 click 1; sleep 3           # the checklist of the RT furthest behind
shot office-reports; stop
