#!/bin/sh
#
# Install the Debian packages onshi-notice needs to build, test and demo.
#
# Copyright © 2026 onshi-notice developers.
#
# Licensed under Apache License v2.0.  See the file "LICENSE" for more
# information.
#
# Run as root on Debian 12 (or Ubuntu 22.04 and later).  Packages already
# installed are left alone, so a second run costs only the check.
#

set -eu

PACKAGES="
  build-essential autoconf automake pkgconf
  libcups2-dev libcupsfilters-dev libcairo2-dev libpango1.0-dev libfontconfig-dev libcmocka-dev
  cups-daemon cups-client cups-bsd cups-ipp-utils cups-filters
  poppler-utils ghostscript
  debhelper dpkg-dev lintian man-db groff-base python3-cups
  fonts-morisawa-bizud-gothic fonts-noto-cjk fonts-dejavu-core
  clang llvm valgrind
  hyperfine time
"

missing=
for package in $PACKAGES; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  case "$status" in
    "install ok installed") ;;
    *) missing="$missing $package" ;;
  esac
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
