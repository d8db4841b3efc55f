#!/bin/bash
#
# Compare what two builds of onshi-notice print: the raster pages of every
# notice language at 300 and 600 dpi, PWG grey and black_1 and Apple
# raster, byte for byte.  For a change that should not move a pixel (a
# faster way to draw the same page), run it with a build of the commit
# before the change and a build of the change.
#
# Copyright © 2026 onshi-notice developers.
#
# Licensed under Apache License v2.0.  See the file "LICENSE" for more
# information.
#
# Usage: bench/same-output.sh OLD_BUILD_DIR NEW_BUILD_DIR
#
#   e.g. git worktree add /tmp/before HEAD~1 && (cd /tmp/before &&
#        autoreconf -fi && mkdir b && cd b && ../configure -q && make -j2)
#        bench/same-output.sh /tmp/before/b _build/bench
#
# Prints each job whose bytes differ, then "N same, N different"; exits 1
# if any differ or a build printed nothing.
#

set -u

top=$(cd "$(dirname "$0")/.." && pwd)

if [ $# -ne 2 ] || [ ! -x "$1/filter/onshi-notice" ] || [ ! -x "$2/filter/onshi-notice" ]; then
  sed -n '2,/^$/s/^# \{0,1\}//p' "$0" >&2
  exit 2
fi

old=$1
new=$2
export CONTENT_TYPE=text/plain ONSHI_NOTICE_DATADIR="$top/data"
tmp=$(mktemp -d /tmp/onshi-notice-same.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
echo invalid > "$tmp/job"

languages=$(sed -n 's/^\*notice-language \([^/]*\)\/.*/\1/p' "$new/ppd/onshi-notice-pwg.ppd")
same=0
different=0

for lang in $languages; do
  for res in 300 600; do
    for kind in pwg:Gray pwg:Black urf:Gray; do
      format=${kind%%:*}
      color=${kind#*:}
      [ "$format" = pwg ] && type=image/pwg-raster || type=image/urf
      options="media=iso_a4_210x297mm Resolution=${res}dpi ColorModel=$color notice-language=$lang"

      for build in old new; do
        dir=${!build}
        PPD="$dir/ppd/onshi-notice-$format.ppd" FINAL_CONTENT_TYPE=$type \
          "$dir/filter/onshi-notice" 1 bench bench 1 "$options" "$tmp/job" > "$tmp/$build" 2> /dev/null
      done

      if [ -s "$tmp/old" ] && cmp -s "$tmp/old" "$tmp/new"; then
        same=$((same + 1))
      else
        different=$((different + 1))
        echo "different: $lang $res dpi $format $color ($(wc -c < "$tmp/old") and $(wc -c < "$tmp/new") bytes)"
      fi
    done
  done
done

echo "$same same, $different different"
[ "$different" -eq 0 ]
