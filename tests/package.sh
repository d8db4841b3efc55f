#!/bin/bash
#
# Build the Debian package from the source distribution, check what it holds
# and what it depends on, then install it into a private CUPS scheduler's
# view, set up a queue with the packaged onshi-notice-setup and print a code.
#
# Copyright © 2026 onshi-notice developers.
#
# Licensed under Apache License v2.0.  See the file "LICENSE" for more
# information.
#
# Usage: tests/package.sh BUILDDIR   (BUILDDIR: a configured build tree)
#
# Run by scripts/test-all.sh on Debian 12 as root.  Works in BUILDDIR/deb;
# the package's own build runs its tests (make check), as Debian's builders
# do, unless ONSHI_PACKAGE_NOCHECK is set.  Ends with "N passed, N failed".
#

top_srcdir=$(cd "$(dirname "$0")/.." && pwd)
top_builddir=$(cd "${1:?usage: tests/package.sh BUILDDIR}" && pwd)
export top_srcdir top_builddir

. "$top_srcdir/tests/lib/common.sh"
. "$top_srcdir/tests/lib/private-cupsd.sh"

for tool in dpkg-buildpackage dpkg-deb dpkg-parsechangelog /usr/sbin/cupsd lpadmin lp; do
  command -v "$tool" > /dev/null || skip_all "$tool is not installed"
done

WORK="$top_builddir/deb"
ROOT="$TEST_TMP/root"
OUT="$TEST_TMP/cupsd/out"
NO_RECORD_LABEL='今回の確認結果：「資格情報なし」'
INVALID_LABEL='今回の確認結果：「資格（無効）」'

on_exit() {
  pcupsd_stop
  cleanup_tmp
}
trap on_exit EXIT

# Build the package from the source distribution...
rm -rf "$WORK"
mkdir -p "$WORK"
version=$(sed -n 's/^PACKAGE_VERSION = //p' "$top_builddir/Makefile")
arch=$(dpkg --print-architecture)
(unset MAKEFLAGS MFLAGS MAKELEVEL; make -s -C "$top_builddir" dist > "$WORK/dist.log" 2>&1)
check "make dist makes the source archive" test -f "$top_builddir/onshi-notice-$version.tar.gz"
tar -xzf "$top_builddir/onshi-notice-$version.tar.gz" -C "$WORK"
check "the source archive holds debian/" test -x "$WORK/onshi-notice-$version/debian/rules"
check "debian/changelog has the version configure has" test "$(cd "$WORK/onshi-notice-$version" && dpkg-parsechangelog -S Version)" = "$version"

# ...with its tests, as Debian's builders run them (dh_auto_test), unless
# ONSHI_PACKAGE_NOCHECK is set because the same tree's tests have just run
# (without the browser for tests/webui.test where ONSHI_TEST_SKIP lists
# webui: the build profile pkg.onshi-notice.nowebui drops it from
# debian/control's Build-Depends)...
case " ${ONSHI_TEST_SKIP:-} " in
  *" webui "*) export DEB_BUILD_PROFILES="${DEB_BUILD_PROFILES:+$DEB_BUILD_PROFILES }pkg.onshi-notice.nowebui" ;;
esac
if [ -n "${ONSHI_PACKAGE_NOCHECK:-}" ]; then
  (cd "$WORK/onshi-notice-$version" && DEB_BUILD_OPTIONS=nocheck dpkg-buildpackage -us -uc -b) > "$WORK/build.log" 2>&1
  status=$?
  check "dpkg-buildpackage -us -uc -b succeeds (nocheck: ONSHI_PACKAGE_NOCHECK is set)" test $status -eq 0
else
  (cd "$WORK/onshi-notice-$version" && unset DEB_BUILD_OPTIONS && dpkg-buildpackage -us -uc -b) > "$WORK/build.log" 2>&1
  status=$?
  check "dpkg-buildpackage -us -uc -b succeeds, its make check included" test $status -eq 0
  sed -n 's/^# \(TOTAL\|PASS\|SKIP\|FAIL\|ERROR\): */# package build tests: \1 /p' "$WORK/build.log"
  check "the package build ran the tests" grep -q '^# PASS: *[1-9]' "$WORK/build.log"
fi
[ $status -eq 0 ] || tail -n 80 "$WORK/build.log" | sed 's/^/# /'

DEB="$WORK/onshi-notice_${version}_$arch.deb"
check "it builds onshi-notice_${version}_$arch.deb" test -f "$DEB"
[ -f "$DEB" ] || { finish; exit 1; }

# Exactly these files, in their Debian places...
dpkg-deb -c "$DEB" | awk '$1 !~ /^d/ { sub(/^\./, "", $6); print $6 }' | sort > "$TEST_TMP/files"
{
  echo /usr/lib/cups/filter/onshi-notice
  echo /usr/lib/cups/backend/onshi-notice
  echo /usr/bin/onshi-notice-preview
  echo /usr/sbin/onshi-notice-setup
  echo /usr/sbin/onshi-notice-watch
  echo /usr/share/man/man8/onshi-notice-watch.8.gz
  echo /etc/onshi-notice/watch.conf
  # The unit's folder depends on the system's debhelper (/lib or /usr/lib)...
  grep -xE '(/usr)?/lib/systemd/system/onshi-notice-watch\.service' "$TEST_TMP/files" || echo /lib/systemd/system/onshi-notice-watch.service
  for ppd in "$top_builddir"/ppd/*.ppd; do echo "/usr/share/ppd/onshi-notice/$(basename "$ppd")"; done
  echo /usr/share/onshi-notice/codes.txt
  for notice in "$top_srcdir"/data/*.notice; do echo "/usr/share/onshi-notice/$(basename "$notice")"; done
  echo /usr/share/man/man1/onshi-notice-preview.1.gz
  echo /usr/share/man/man7/onshi-notice.7.gz
  echo /usr/share/man/man8/onshi-notice-setup.8.gz
  echo /usr/share/man/ja/man1/onshi-notice-preview.1.gz
  echo /usr/share/man/ja/man7/onshi-notice.7.gz
  echo /usr/share/man/ja/man8/onshi-notice-setup.8.gz
  echo /usr/share/man/ja/man8/onshi-notice-watch.8.gz
  echo /usr/share/cups/ppd-updaters/onshi-notice.ppd-updater
  for lang in $(sed 's/#.*//' "$top_srcdir/po/LINGUAS"); do echo "/usr/share/locale/$lang/LC_MESSAGES/onshi-notice.mo"; done
  echo /usr/share/doc/onshi-notice/changelog.gz
  echo /usr/share/doc/onshi-notice/copyright
  (cd "$top_srcdir" && find docs -type f) | sed 's|^|/usr/share/doc/onshi-notice/|'
} | sort > "$TEST_TMP/expected"
# README files are compressed or not depending on their size, and so are the
# Markdown pages of docs/ (the size depends on the debhelper version)...
grep -v '^/usr/share/doc/onshi-notice/README\.\(ja\.\)\?md\(\.gz\)\?$' "$TEST_TMP/files" |
  sed 's|^\(/usr/share/doc/onshi-notice/docs/.*\.md\)\.gz$|\1|' | sort > "$TEST_TMP/files-but-readme"
check "the package holds exactly the expected files" cmp -s "$TEST_TMP/expected" "$TEST_TMP/files-but-readme"
diff "$TEST_TMP/expected" "$TEST_TMP/files-but-readme" | sed 's/^/# /'
check "the package holds README.md" grep -q '^/usr/share/doc/onshi-notice/README\.md' "$TEST_TMP/files"
check "the package holds README.ja.md" grep -q '^/usr/share/doc/onshi-notice/README\.ja\.md' "$TEST_TMP/files"
check "every file belongs to root" test -z "$(dpkg-deb -c "$DEB" | awk '$2 != "root/root"')"
check "the filter is -rwxr-xr-x" test "$(dpkg-deb -c "$DEB" | awk '$6 == "./usr/lib/cups/filter/onshi-notice" { print $1 }')" = -rwxr-xr-x
check "the backend is -rwxr-xr-x (cupsd runs it unprivileged)" test "$(dpkg-deb -c "$DEB" | awk '$6 == "./usr/lib/cups/backend/onshi-notice" { print $1 }')" = -rwxr-xr-x
check "onshi-notice-setup is -rwxr-xr-x" test "$(dpkg-deb -c "$DEB" | awk '$6 == "./usr/sbin/onshi-notice-setup" { print $1 }')" = -rwxr-xr-x
check "nothing is group- or world-writable" test -z "$(dpkg-deb -c "$DEB" | awk 'substr($1, 6, 1) == "w" || substr($1, 9, 1) == "w"')"

# The right dependencies: the scheduler, a Japanese font, the libraries...
depends=$(dpkg-deb -f "$DEB" Depends)
echo "# Depends: $depends"
check "Package is onshi-notice" test "$(dpkg-deb -f "$DEB" Package)" = onshi-notice
check "Architecture is $arch" test "$(dpkg-deb -f "$DEB" Architecture)" = "$arch"
for dep in 'cups-daemon (>= 2.2)' 'fonts-morisawa-bizud-gothic | fonts-noto-cjk' libcups2 libcairo2 libpango-1.0-0 libpangocairo-1.0-0 libc6; do
  check "Depends on $dep" grep -qF -- "$dep" <<< "$depends"
done
# ... and the libcupsfilters it was built with: 1.x is libcupsfilters1, 2.x
# libcupsfilters2 (with "t64" where the distribution renamed it so, as
# Debian 13 did libcups2 and libglib2.0-0 too)...
cupsfilters_version=$(pkg-config --modversion libcupsfilters 2>/dev/null)
cupsfilters=libcupsfilters${cupsfilters_version%%.*}
check "libcupsfilters $cupsfilters_version is 1.x or 2.x" grep -qxE 'libcupsfilters[12]' <<< "$cupsfilters"
check "Depends on $cupsfilters" grep -qE "(^|, )${cupsfilters}(t64)?( |,|\$)" <<< "$depends"
check "Depends on nothing unexpected" test -z "$(tr ',' '\n' <<< "$depends" | sed 's/^ *//; s/ *(.*//' |
  grep -vxE "adduser|cups-daemon|fonts-morisawa-bizud-gothic \\| fonts-noto-cjk|libc6|libcups2(t64)?|${cupsfilters}(t64)?|libcairo2|libpango-1\\.0-0|libpangocairo-1\\.0-0|libfontconfig1|libfreetype6|libpangoft2-1\\.0-0|libglib2\\.0-0(t64)?|libgobject-2\\.0-0|libharfbuzz0b|libxml2(-16)?")"

# Lintian finds no error and no warning...
if command -v lintian > /dev/null; then
  lintian --fail-on error,warning "$DEB" > "$TEST_TMP/lintian.out" 2>&1
  check "lintian finds no error or warning" test $? -eq 0
  grep -v '^running with root' "$TEST_TMP/lintian.out" | sed 's/^/# /'
fi

# Installed into a private scheduler's view, the package prints a code...
dpkg-deb -x "$DEB" "$ROOT"
chmod 755 "$ROOT"
check "the packaged manual pages format without warnings" test -z "$(LC_ALL=C.UTF-8 man --warnings -E UTF-8 -l "$ROOT"/usr/share/man/man*/*.gz "$ROOT"/usr/share/man/ja/man*/*.gz 2>&1 > /dev/null)"
text=$(echo hello | env -u LANGUAGE LANG=ja_JP.UTF-8 ONSHI_NOTICE_LOCALEDIR="$ROOT/usr/share/locale" ONSHI_NOTICE_DATADIR="$ROOT/usr/share/onshi-notice" \
  "$ROOT/usr/lib/cups/filter/onshi-notice" 1 user title 1 "" 2>&1 > /dev/null | sed -n 's/^ERROR: //p')
check "the packaged catalog gives the filter's messages in Japanese (\"$text\")" grep -q '^不明な案内文コードです。' <<< "$text"

pcupsd_start "$TEST_TMP/cupsd" "$ROOT/usr/lib/cups/filter/onshi-notice" "$ROOT/usr/share/onshi-notice" "$ROOT/usr/share/ppd/onshi-notice" || { not_ok "private cupsd starts"; finish; exit 1; }
# REAL, the clinic's printer queue, keeps each job (the test backend
# "save"); it prints PDF with pdftopdf where cups-filters is installed and
# passes it through where libcupsfilters 2 excludes that package...
pcupsd_add_backend save "$top_srcdir/tests/e2e/save-backend"
mkdir -p "$OUT/real"
chmod 777 "$OUT/real"
real_ppd=pdf-printer.ppd
[ -x "$TEST_TMP/cupsd/bin/filter/pdftopdf" ] || real_ppd=pdf-passthrough-printer.ppd
lpadmin -p REAL -E -v "save:$OUT/real" -P "$top_srcdir/tests/e2e/$real_ppd" 2>/dev/null
export CUPS_SERVER="127.0.0.1:$PCUPSD_PORT"

# real_printed LABEL: the newest job REAL kept is the notice with LABEL.
real_printed() {
  local file number newest= highest=0
  for file in "$OUT"/real/job-*.out; do
    [ -f "$file" ] || continue
    number=${file##*/job-}
    number=${number%.out}
    [ "$number" -gt "$highest" ] && { highest=$number; newest=$file; }
  done
  [ -n "$newest" ] && has_handout_text "$newest" "$1"
}

# (the installed PPDs are where the package put them, under ROOT: the setup
# command sends them itself where CUPS cannot list models)
ONSHI_NOTICE_PPDDIR="$ROOT/usr/share/ppd/onshi-notice" \
  "$ROOT/usr/sbin/onshi-notice-setup" --forward-to REAL --test < /dev/null > "$TEST_TMP/setup.out" 2>&1
status=$?
sed 's/^/# /' "$TEST_TMP/setup.out"
check "the packaged onshi-notice-setup makes the queue and prints a test" test $status -eq 0
pcupsd_wait_idle 20
check "the test notice reached the printer" real_printed "$INVALID_LABEL"

job=$(pcupsd_job_id "$(echo no-record | lp -d onshi-notice)")
check "a code printed with lp completes" test "$(pcupsd_wait_job "$job")" = completed
pcupsd_wait_idle 20
check "the printer printed its notice" real_printed "$NO_RECORD_LABEL"

job=$(pcupsd_job_id "$(echo hello | lp -d onshi-notice)")
check "a refused code ends canceled through the packaged backend" test "$(pcupsd_wait_job "$job")" = canceled
check "... and leaves nothing in the queue" test -z "$(lpstat -o onshi-notice 2>/dev/null)"

finish
