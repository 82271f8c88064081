#!/usr/bin/env bash
# Installs installer/target/loket_<version>_amd64.deb on this machine and uses it as an office's IT
# person would: the command line, a first supervisor from standard input, demo data, an export,
# the kiosk window under Xvfb, an upgrade over it, dpkg -r, dpkg -P. CI runs it as root after the
# build. It leaves the machine as it found it: the package purged, and the data, key, backups and
# system user the package leaves behind on purpose deleted (only if this script made them).
# Refuses to run where Loket is already installed or its data folders exist.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
target="$(dirname "$here")/target"
deb="$(find "$target" -maxdepth 1 -name 'loket_*_amd64.deb' | head -n 1)"
[ -n "$deb" ] || { echo "test-deb: no installer/target/loket_*_amd64.deb; build it first" >&2; exit 2; }
[ "$(id -u)" = 0 ] || { echo "test-deb: run as root (it installs the package)" >&2; exit 2; }
if dpkg-query -W -f='${Status}' loket 2>/dev/null | grep -q 'installed\|config-files'; then
  echo "test-deb: a loket package is already on this machine; not touching it" >&2
  exit 2
fi
for left in /var/lib/loket /etc/loket /var/backups/loket /opt/loket; do
  [ ! -e "$left" ] || { echo "test-deb: $left exists; not touching it" >&2; exit 2; }
done
user_existed=no
getent passwd loket >/dev/null && user_existed=yes

work="$(mktemp -d)"
chmod 0755 "$work"
step() { echo "test-deb: $*"; }
fail() {
  echo "test-deb: FAILED: $*" >&2
  exit 1
}

# shellcheck source=installer/linux/xvfb.sh
. "$here/xvfb.sh"
kiosk_pid=
cleanup() {
  if [ -n "$kiosk_pid" ]; then
    kill "$kiosk_pid" 2>/dev/null || true
    wait "$kiosk_pid" 2>/dev/null || true
  fi
  stop_xvfb
  if dpkg-query -W -f='${Status}' loket 2>/dev/null | grep -q 'installed\|config-files'; then
    dpkg -P loket >/dev/null 2>&1 || true
  fi
  rm -rf /var/lib/loket /etc/loket /var/backups/loket "$work"
  if [ "$user_existed" = no ] && getent passwd loket >/dev/null; then
    deluser --system loket >/dev/null 2>&1 || userdel loket
  fi
}
trap cleanup EXIT

step "install $(basename "$deb") ($(du -h "$deb" | cut -f1))"
dpkg -i "$deb"
[ -x /usr/bin/loket ] && [ -x /opt/loket/bin/loket ] || fail "no /usr/bin/loket or /opt/loket/bin/loket"
[ "$(stat -c '%U %a' /etc/loket/keys)" = "loket 700" ] || fail "/etc/loket/keys is not loket's alone"
[ -s /opt/loket/lib/loket.jsa ] || fail "postinst made no class-data-sharing archive"
for shipped in /opt/loket/lib/app/lib/*.jar; do
  library="$(basename "$shipped" .jar)"
  # Loket's own modules, and JavaFX's native halves (the list names their plain jars), need no line.
  case "$library" in javafx-*-linux) continue ;; esac
  # (unzip's own pattern, not a pipe into grep -q: under pipefail unzip's broken pipe would fail the test)
  if unzip -l "$shipped" 'id/loket/*' >/dev/null 2>&1; then continue; fi
  grep -q "${library%-*}:${library##*-}" /usr/share/doc/loket/copyright \
    || fail "/usr/share/doc/loket/copyright names no licence for the shipped library $library"
done

step "loket --version"
loket --version | tee "$work/version.txt"
[ "$(cat "$work/version.txt")" = "Loket $(dpkg-query -W -f='${Version}' loket)" ] || fail "--version does not name the package's version"

step "the launcher maps the class-data-sharing archive"
JAVA_TOOL_OPTIONS=-Xshare:on loket --version >/dev/null 2>"$work/share.txt" \
  || fail "-Xshare:on refused the archive: $(cat "$work/share.txt")"

step "the launcher asks no package manager which package it is in (jpackage's own launcher did, at every start)"
mkdir -p "$work/asked" "$work/fakebin"
for tool in dpkg dpkg-query rpm; do
  printf '#!/bin/sh\ntouch "%s/%s"\nexit 1\n' "$work/asked" "$tool" > "$work/fakebin/$tool"
  chmod 0755 "$work/fakebin/$tool"
done
PATH="$work/fakebin:$PATH" /opt/loket/bin/loket --version >/dev/null
[ -z "$(ls -A "$work/asked")" ] || fail "starting Loket ran: $(ls "$work/asked" | tr '\n' ' ')"

step "loket nik check, a valid and an invalid NIK"
loket nik check 6471054707500003 | grep -q 'sah' || fail "a valid NIK was not called valid"
if loket nik check 647105470750000 >/dev/null 2>&1; then
  fail "a fifteen-digit NIK passed"
fi

step "loket account add: the first supervisor, PIN from standard input"
printf '258147\n258147\n' | loket account add siti --role supervisor --full-name "Siti Aminah"
printf '258147\n' | loket --user siti account list | tee "$work/accounts.txt"
grep -q '^siti ' "$work/accounts.txt" || fail "the first supervisor is not listed"
[ "$(stat -c %U /etc/loket/keys/loket.key)" = loket ] || fail "the database key is not the loket user's"
[ "$(stat -c %a /etc/loket/keys/loket.key)" = 600 ] || fail "the database key is readable by others"

step "loket kiosk enable refuses a face that does not exist, and changes nothing"
cp /etc/loket/loket.properties "$work/settings-before"
if loket kiosk enable --face lobby 2>/dev/null; then
  fail "loket kiosk enable took the face 'lobby'"
fi
cmp -s /etc/loket/loket.properties "$work/settings-before" || fail "a refused kiosk enable changed the settings"

step "loket demo-data and an export as its supervisor (a data folder of its own: demo data wants an empty one)"
install -d -o loket -g loket "$work/demo"
loket --data-dir "$work/demo/data" demo-data --households 30 | tee "$work/demo.txt"
printf '999999\n' | loket --data-dir "$work/demo/data" --user lurah export households --format csv > "$work/households.csv"
[ "$(wc -l < "$work/households.csv")" -gt 30 ] || fail "the export has fewer lines than households"

step "the kiosk window, started from /opt/loket under Xvfb"
start_xvfb "$work"
runuser -u loket -- env DISPLAY="$DISPLAY" JAVA_TOOL_OPTIONS=-Dloket.startup-markers=true \
  /opt/loket/bin/loket --config=/etc/loket/loket.properties > "$work/kiosk.out" 2> "$work/kiosk.err" &
kiosk_pid=$!
for _ in $(seq 1 120); do
  grep -q '^LOKET-READY' "$work/kiosk.out" && break
  kill -0 "$kiosk_pid" 2>/dev/null || break
  sleep 1
done
grep -q '^LOKET-READY' "$work/kiosk.out" || { cat "$work/kiosk.err" >&2; fail "the kiosk did not show its first face"; }
xwininfo -root -tree | grep -q '"Loket' || fail "no Loket window on the X display"
kill "$kiosk_pid"
wait "$kiosk_pid" 2>/dev/null || true
kiosk_pid=
stop_xvfb

# The units as installed (their programs exist now); systemd-analyze prints every problem it finds
# and fails on an error, a warning (an unknown setting, a missing program) is printed all the same.
if command -v systemd-analyze >/dev/null; then
  step "systemd-analyze verify the units"
  systemd-analyze verify /lib/systemd/system/loket-serve.service /lib/systemd/system/loket-kiosk.service \
    > "$work/verify.txt" 2>&1 || { cat "$work/verify.txt" >&2; fail "systemd-analyze verify found problems in the units"; }
  if grep -q 'loket' "$work/verify.txt"; then
    cat "$work/verify.txt" >&2
    fail "systemd-analyze verify warned about the units"
  fi
else
  step "systemd-analyze verify the units: skipped, systemd-analyze is not on this machine (Debian: package systemd)"
fi

step "upgrade: the same package rebuilt with a higher version, installed over it"
database_sum="$(sha256sum /var/lib/loket/*.mv.db | cut -d' ' -f1)"
key_sum="$(sha256sum /etc/loket/keys/loket.key | cut -d' ' -f1)"
sed -i 's/^backup.dir=.*/backup.dir=\/var\/backups\/loket\n# changed by the office/' /etc/loket/loket.properties
dpkg-deb -R "$deb" "$work/next"
version="$(sed -n 's/^Version: //p' "$work/next/DEBIAN/control")"
sed -i "s/^Version: .*/Version: $version.1/" "$work/next/DEBIAN/control"
dpkg-deb --root-owner-group -Zgzip --build "$work/next" "$work/loket_next.deb" >/dev/null
dpkg -i "$work/loket_next.deb"
[ "$(dpkg-query -W -f='${Version}' loket)" = "$version.1" ] || fail "the higher version is not installed"
grep -q '^# changed by the office' /etc/loket/loket.properties || fail "the upgrade lost the office's settings"
[ "$(sha256sum /etc/loket/keys/loket.key | cut -d' ' -f1)" = "$key_sum" ] || fail "the upgrade changed the key"
[ "$(sha256sum /var/lib/loket/*.mv.db | cut -d' ' -f1)" = "$database_sum" ] || fail "the upgrade changed the database"
printf '258147\n' | loket --user siti account list | grep -q '^siti ' || fail "the supervisor is gone after the upgrade"

step "dpkg -r: the program goes, data, key and settings stay"
dpkg -r loket
[ ! -e /opt/loket ] || fail "/opt/loket is left: $(find /opt/loket | head)"
[ ! -e /usr/bin/loket ] || fail "/usr/bin/loket is left"
ls /var/lib/loket/*.mv.db >/dev/null || fail "dpkg -r deleted the database"
[ -f /etc/loket/keys/loket.key ] || fail "dpkg -r deleted the key"
[ -f /etc/loket/loket.properties ] || fail "dpkg -r deleted the settings"

step "dpkg -P: the settings go, the database and key stay (and the purge says where)"
dpkg -P loket 2> "$work/purge.txt"
cat "$work/purge.txt"
[ ! -e /etc/loket/loket.properties ] || fail "dpkg -P left the settings"
ls /var/lib/loket/*.mv.db >/dev/null || fail "dpkg -P deleted the database"
[ -f /etc/loket/keys/loket.key ] || fail "dpkg -P deleted the key"
grep -q '/var/lib/loket' "$work/purge.txt" || fail "dpkg -P did not say where the database is kept"
[ ! -e /opt/loket ] || fail "/opt/loket is left after the purge"

step "passed"
