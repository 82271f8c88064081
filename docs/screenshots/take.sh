#!/usr/bin/env bash
# Takes the window screenshots in this folder: the real kiosk scene on a fresh 1,500-household demo
# database, walked by ScreenshotTour (kiosk-app's tests) through chooser, resident screen, counter,
# every office tab and the board, finding controls by their ids; PrintoutTour (core's tests) renders a ticket and a
# receipt on each paper (58mm, 80mm, A4) with PDFBox. One set at 1366x768 (the commonest
# counter PC) and one at 1024x768 (files ending in -1024); TOUR_LANGUAGE=en for English.
# Needs only the JDK: the scene is drawn by JavaFX's own software renderer, without a display.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
language="${TOUR_LANGUAGE:-id}"
tour() {  # tour SIZE SUFFIX [CLASS]
  ./mvnw -q -B -pl kiosk-app -am verify -Dtest="${3:-ScreenshotTour}" -Dsurefire.failIfNoSpecifiedTests=false \
    -Dtour.out="$PWD/docs/screenshots" -Dtour.size="$1" -Dtour.suffix="$2" -Dtour.language="$language" \
    | grep '^screenshot '
}
suffix="${language/id/}"; suffix="${suffix:+-$suffix}"
tour 1366x768 "$suffix"
tour 1024x768 "-1024$suffix"
# The printouts (ticket and receipt on each paper), made by the real services: once is enough.
if [ "$language" = id ]; then tour 1366x768 "" PrintoutTour; fi
