#!/usr/bin/env bash
# Builds installer/target/loket_<version>_amd64.deb from kiosk-app's jar and libraries:
#   1. jlink: a Java runtime with only the modules Loket needs (installer/common/jlink.args)
#   2. jpackage: the application image (installer/common/jpackage.args), with our own launcher script
#   3. a training start of the kiosk under Xvfb records the classes a start loads (the class list
#      the package's postinst turns into a class-data-sharing archive on the PC itself)
#   4. dpkg-deb: the package, with the files outside /opt/loket (installer/linux/root) and the
#      maintainer scripts (installer/linux/debian)
# Run by Maven (./mvnw -pl installer -am package); by hand: installer/linux/build-deb.sh VERSION.
# Needs: a JDK 17 with jmods (Debian: openjdk-17-jdk-headless), dpkg-deb, unzip, Xvfb (Debian: xvfb).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
installer="$(dirname "$here")"
repo="$(dirname "$installer")"
# Debian versions sort "0.1.0~SNAPSHOT" before "0.1.0", but jpackage and Windows want digits only:
# the package is numbered like the release it leads to.
version="${1:?usage: build-deb.sh VERSION}"
version="${version%-SNAPSHOT}"
if ! [[ "$version" =~ ^[0-9]+(\.[0-9]+){1,3}$ ]]; then
  echo "build-deb: version '$version' is not digits and dots (e.g. 0.1.0)" >&2
  exit 2
fi

fail() {
  echo "build-deb: $*" >&2
  exit 1
}

# A developer's PC with only a JDK still passes `./mvnw verify`: without what the package needs, the
# package is left out with a warning. CI sets LOKET_REQUIRE_INSTALLER=1, so there it must be built.
cannot_build() {
  if [ "${LOKET_REQUIRE_INSTALLER:-0}" = 1 ]; then
    fail "$*"
  fi
  echo "build-deb: WARNING: the .deb is not built here: $*" >&2
  exit 0
}

java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac || command -v java)")")")}"
[ -x "$java_home/bin/jlink" ] && [ -x "$java_home/bin/jpackage" ] \
  || cannot_build "no jlink/jpackage in $java_home: set JAVA_HOME to a full JDK 17 (Debian: openjdk-17-jdk-headless)"
[ -f "$java_home/jmods/java.base.jmod" ] \
  || cannot_build "$java_home has no jmods, which jlink needs (Debian: openjdk-17-jdk-headless has them)"
command -v dpkg-deb >/dev/null || cannot_build "dpkg-deb is missing (Debian package dpkg)"
command -v unzip >/dev/null || cannot_build "unzip is missing (Debian package unzip)"
command -v Xvfb >/dev/null || cannot_build "Xvfb is missing (Debian package xvfb): the class list is recorded from a real start of the kiosk"

app="$repo/kiosk-app/target"
[ -f "$app/kiosk-app.jar" ] && [ -d "$app/lib" ] || fail "no $app/kiosk-app.jar and lib/: build kiosk-app first (./mvnw -pl installer -am package)"
[ -s "$app/THIRD-PARTY.txt" ] || fail "no $app/THIRD-PARTY.txt (the libraries' licences, made by kiosk-app's package phase)"

target="$installer/target"
work="$target/deb-build"
rm -rf "$work"
mkdir -p "$work/input"

# 1. The application's jars. JavaFX's native libraries are also unpacked next to its jars: JavaFX
# loads them from there, where it would otherwise unpack them into the home folder of whoever
# starts Loket, at every first start and for every user.
cp "$app/kiosk-app.jar" "$work/input/"
cp -r "$app/lib" "$work/input/lib"
for jar in "$work"/input/lib/javafx-*-linux.jar; do
  if unzip -Z1 "$jar" | grep -q '\.so$'; then
    unzip -q -o -j "$jar" '*.so' -d "$work/input/lib"
  fi
done

# 2. The runtime and the application image.
"$java_home/bin/jlink" @"$installer/common/jlink.args" --module-path "$java_home/jmods" --output "$work/runtime"
"$java_home/bin/jpackage" --type app-image @"$installer/common/jpackage.args" \
  --name loket --app-version "$version" --input "$work/input" --runtime-image "$work/runtime" \
  --dest "$work/image"
image="$work/image/loket"
# jpackage's native launcher asks dpkg at every start which package owns it; bin/loket is a script
# that starts the same runtime with the same loket.cfg instead (installer/linux/launcher).
install -m 0755 "$here/launcher" "$image/bin/loket"
rm -f "$image/lib/libapplauncher.so"

# 3. The class list: the kiosk started as an office starts it (a new install, no accounts yet),
# until its first face is usable. The archive itself names the jars by their full paths, so it is
# made where they are installed (postinst, lib/make-cds-archive).
training="$work/training"
mkdir -p "$training/data"
printf 'data.demo-when-empty=false\nsecurity.key-file=%s\n' "$training/training.key" > "$training/loket.properties"
# shellcheck source=installer/linux/xvfb.sh
. "$here/xvfb.sh"
start_xvfb "$training"
trap stop_xvfb EXIT
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$image/lib/loket.classlist -Dloket.startup-markers=true" \
  "$image/bin/loket" --config "$training/loket.properties" --data-dir "$training/data" \
  > "$training/out.txt" 2> "$training/err.txt" &
training_pid=$!
ready=no
for _ in $(seq 1 180); do
  if grep -q '^LOKET-READY' "$training/out.txt" 2>/dev/null; then
    ready=yes
    break
  fi
  kill -0 "$training_pid" 2>/dev/null || break
  sleep 1
done
kill -TERM "$training_pid" 2>/dev/null || true
wait "$training_pid" 2>/dev/null || true
stop_xvfb
if [ "$ready" != yes ]; then
  cat "$training/err.txt" >&2
  fail "the training start of the kiosk did not reach its first face"
fi
[ -s "$image/lib/loket.classlist" ] || fail "the training start recorded no class list"
rm -rf "$training"

# 4. The package's tree: the image under /opt/loket, the rest from linux/root.
root="$work/root"
mkdir -p "$root/opt" "$root/DEBIAN"
cp -a "$image" "$root/opt/loket"
cp -a "$here/root/." "$root/"
install -m 0755 "$here/make-cds-archive" "$root/opt/loket/lib/make-cds-archive"
install -m 0755 "$here/kiosk-session" "$root/opt/loket/lib/kiosk-session"
install -m 0755 "$here/kiosk-setup" "$root/opt/loket/lib/kiosk-setup"
mkdir -p "$root/usr/share/doc/loket"
cp "$repo/config/defaults/loket.properties" "$root/usr/share/doc/loket/loket.properties.defaults"
cp "$repo/docs/INSTALL.md" "$root/usr/share/doc/loket/INSTALL.md"
# Debian keeps a package's whole copyright story in one file: ours, then every shipped library's licence.
{ cat "$repo/NOTICE"; echo; echo "Libraries shipped in /opt/loket/lib/app and their licences:"; cat "$app/THIRD-PARTY.txt"; } \
  > "$root/usr/share/doc/loket/copyright"
for script in preinst postinst prerm postrm; do
  install -m 0755 "$here/debian/$script" "$root/DEBIAN/$script"
done
install -m 0644 "$here/debian/conffiles" "$root/DEBIAN/conffiles"
installed_kb="$(du -sk --exclude=DEBIAN "$root" | cut -f1)"
sed -e "s/@VERSION@/$version/" -e "s/@INSTALLED_SIZE@/$installed_kb/" "$here/debian/control" > "$root/DEBIAN/control"

deb="$target/loket_${version}_amd64.deb"
rm -f "$target"/loket_*_amd64.deb
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "build-deb: $deb ($(du -h "$deb" | cut -f1), $((installed_kb / 1024)) MB installed)"
