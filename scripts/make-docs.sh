#!/bin/bash
#
# Make the pictures of the notice in docs/ with onshi-notice-preview: the
# Japanese page for each code, and the A4 page of every language with a
# sample clinic line.  The date is fixed, so the pictures change only when
# the notice does.  Then the screenshots of CUPS's web interface in
# docs/webui/, with tests/webui.test (needs chromium, chromium-driver and
# python3-selenium).
#
# Copyright © 2026 onshi-notice developers.
#
# Licensed under Apache License v2.0.  See the file "LICENSE" for more
# information.
#
# Usage: scripts/make-docs.sh   (builds in _build/docs when needed)
#

set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

[ -x configure ] || autoreconf -fi
mkdir -p _build/docs
(cd _build/docs && { [ -f Makefile ] || ../../configure -q; } && make -s -j2 > /dev/null)

preview() {
  ONSHI_NOTICE_DATADIR="$top/data" "$top/_build/docs/tools/onshi-notice-preview" --date 2026-11-24 -r 100 "$@"
}

preview invalid docs/notice-invalid-a4.png
echo "docs/notice-invalid-a4.png"

for lang in $(preview --list | sed -n '/^Languages/,/^$/s/^  \([a-zA-Z-]*\) .*/\1/p'); do
  preview --language "$lang" --clinic-name 'さくらクリニック' \
      --clinic-contact '受付（電話 012-345-6789）' invalid "docs/notice-$lang-a4.png"
  echo "docs/notice-$lang-a4.png"
done

# The steps of setting the notice queue up in CUPS's web interface, as
# tests/webui.test goes through them in a browser (README.ja.md shows them);
# made smaller with optipng where it is installed.
rm -rf docs/webui
(cd _build/docs && ONSHI_WEBUI_SHOTS="$top/docs/webui" make -s check TESTS=tests/webui.test > /dev/null) ||
  { echo "tests/webui.test failed: see _build/docs/tests/webui.log" >&2; exit 1; }
[ -n "$(ls docs/webui/*.png 2> /dev/null)" ] ||
  { echo "tests/webui.test made no screenshots: see _build/docs/tests/webui.log" >&2; exit 1; }
if command -v optipng > /dev/null; then
  optipng -quiet -o2 docs/webui/*.png
fi
ls docs/webui/*.png
