#!/bin/sh
#
# Install the Debian packages onshi-notice needs to build, test and demo.
#
# Copyright © 2026 onshi-notice developers.
#
# Licensed under Apache License v2.0.  See the file "LICENSE" for more
# information.
#
# Usage: scripts/install-deps.sh [--cupsfilters2]
#
# Run as root on Debian 12 or 13 (or Ubuntu 22.04 and later); enough on a
# bare "minbase" root.  Packages already installed are left alone, so a
# second run costs only the check.
#
# --cupsfilters2 builds against libcupsfilters 2 (libcupsfilters2-dev, the
# library Ubuntu 24.04 ships) where the system has both versions, as Debian
# 13 does.  There the two exclude each other, and libcupsfilters 2 also
# excludes Debian's "cups" and "cups-filters" packages, so only the
# scheduler (cups-daemon) is installed: the tests that need cups-driverd
# (lpinfo -m) say so and are skipped.  Without the option, whichever
# libcupsfilters development package is installed stays.
#

set -eu

cupsfilters=
case "${1:-}" in
  --cupsfilters2) cupsfilters=2 ;;
  "") ;;
  *) echo "usage: scripts/install-deps.sh [--cupsfilters2]" >&2; exit 2 ;;
esac

installed() {
  [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" = "install ok installed" ]
}

if [ -z "$cupsfilters" ] && installed libcupsfilters2-dev; then
  cupsfilters=2
fi

# Build: compiler, autotools, the libraries...
PACKAGES="
  build-essential autoconf automake pkgconf git ca-certificates gettext
  libcups2-dev libcairo2-dev libpango1.0-dev libharfbuzz-dev libglib2.0-dev libfontconfig-dev libfreetype-dev libcmocka-dev libxml2-dev
"
# ...the scheduler and its clients for the private-cupsd tests and the demo
# (cups brings cups-driverd, which lists PPDs for lpinfo -m)...
PACKAGES="$PACKAGES
  cups-daemon cups-client cups-bsd cups-ipp-utils
  poppler-utils ghostscript
  curl iproute2
"
# (cups-browsed 1.28, which tests/network.test checks, needs libcupsfilters
# 1.x: with libcupsfilters 2 it is left out and that part is skipped.)
if [ "$cupsfilters" = 2 ]; then
  PACKAGES="$PACKAGES libcupsfilters2-dev"
else
  PACKAGES="$PACKAGES libcupsfilters-dev cups cups-filters cups-browsed"
fi
# ...the package, the manual pages, the fonts, the analysis tools (clang's
# runtime holds libFuzzer and the sanitizers) and the benchmark.
PACKAGES="$PACKAGES
  debhelper dpkg-dev fakeroot lintian man-db groff-base python3-cups
  fonts-morisawa-bizud-gothic fonts-noto-cjk fonts-dejavu-core
  fonts-noto-core
  fonts-lohit-deva fonts-sil-padauk fonts-tlwg-loma-ttf
  clang llvm libclang-rt-dev valgrind
  hyperfine time procps
"
# ...and a browser for tests/webui.test (CUPS's web interface), unless
# ONSHI_TEST_SKIP lists webui.
case " ${ONSHI_TEST_SKIP:-} " in
  *" webui "*) ;;
  *) PACKAGES="$PACKAGES chromium chromium-driver python3-selenium" ;;
esac

missing=
for package in $PACKAGES; do
  installed "$package" || missing="$missing $package"
done

if [ -z "$missing" ]; then
  echo "install-deps: all packages present"
  exit 0
fi

if [ "$(id -u)" != 0 ]; then
  echo "install-deps: run as root to install:$missing" >&2
  exit 1
fi

echo "install-deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing > /dev/null
