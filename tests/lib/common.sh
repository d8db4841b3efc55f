# Shared helpers for the onshi-notice shell tests.
#
# Copyright © 2026 onshi-notice developers.
#
# Licensed under Apache License v2.0.  See the file "LICENSE" for more
# information.
#
# Source this file from a test.  It expects top_srcdir and top_builddir in
# the environment (make check sets them) and gives:
#
#   ok / not_ok / check CMD...   count and report each check
#   check_not DESCRIPTION CMD... a check that passes when CMD fails
#   quietly CMD...               run CMD with its output thrown away
#   finish                       print the summary and exit 0 or 1
#   skip_all REASON              exit 77 (automake's "skipped")
#   TEST_TMP                     a private temporary directory, removed at exit
#   FILTER                       the built filter
#   SANITIZER_ENV                the sanitizers' settings as NAME=VALUE, for
#                                a program run with env -i; sanitizer_env DIR
#                                remakes them for one run as another user
#                                (tests/lib/sanitizers.sh)
#
# Messages are in English whatever the developer's locale: LANG is C.UTF-8
# (English, UTF-8 characters) and LANGUAGE and every LC_ variable are unset.
# A test that checks another language sets LANG for one command.  The
# programs find the build tree's message catalogs through
# ONSHI_NOTICE_LOCALEDIR (make check sets it).

set -u

export LANG=C.UTF-8
unset LANGUAGE LC_ALL LC_CTYPE LC_MESSAGES LC_COLLATE LC_NUMERIC LC_TIME LC_MONETARY

: "${top_srcdir:?run this test through make check}"
: "${top_builddir:?run this test through make check}"

. "$top_srcdir/tests/lib/sanitizers.sh"

FILTER="$top_builddir/filter/onshi-notice"
EXPECTED="$top_srcdir/tests/expected"
TEST_TMP=$(mktemp -d "${TMPDIR:-/tmp}/onshi-notice-test.XXXXXX")
chmod 755 "$TEST_TMP"
tests_passed=0
tests_failed=0
sanitizer_env

cleanup_tmp() {
  rm -rf "$TEST_TMP"
}
trap cleanup_tmp EXIT

ok() {
  tests_passed=$((tests_passed + 1))
  echo "ok - $*"
}

not_ok() {
  tests_failed=$((tests_failed + 1))
  echo "not ok - $*"
}

# check DESCRIPTION CMD...: run CMD, count it as passed when it succeeds.
check() {
  local description=$1
  shift
  if "$@"; then ok "$description"; else not_ok "$description"; fi
}

# check_not DESCRIPTION CMD...: run CMD, count it as passed when it fails.
check_not() {
  local description=$1
  shift
  if "$@"; then not_ok "$description"; else ok "$description"; fi
}

# quietly CMD...: run CMD with its output and errors thrown away (for
# check_not, whose own report must not be thrown away with them).
quietly() {
  "$@" > /dev/null 2>&1
}

skip_all() {
  echo "SKIP: $*"
  exit 77
}

finish() {
  echo "$tests_passed passed, $tests_failed failed"
  [ "$tests_failed" -eq 0 ]
}

# squeeze FILE: the file's text with all white space removed.
squeeze() {
  tr -d ' \t\r\n\f' < "$1"
}

# pdf_pages FILE: number of pages of a PDF.
pdf_pages() {
  pdfinfo "$1" 2>/dev/null | sed -n 's/^Pages: *//p'
}

# pdf_size FILE: page size of a PDF in points, as "W x H".
pdf_size() {
  pdfinfo "$1" 2>/dev/null | sed -n 's/^Page size: *\([0-9.]* x [0-9.]*\) pts.*/\1/p'
}

# pdf_fonts_embedded FILE: true when every font is embedded as a subset.
pdf_fonts_embedded() {
  local fonts
  fonts=$(pdffonts "$1" 2>/dev/null | tail -n +3)
  [ -n "$fonts" ] && ! awk '{ if ($(NF-4) != "yes" || $(NF-3) != "yes") bad = 1 } END { exit !bad }' <<< "$fonts"
}

# has_handout_text PDF [RESULT_LABEL]: every line of the expected handout,
# white space aside, appears in the PDF's text, and so does the label.
has_handout_text() {
  local pdf=$1 label=${2:-} text line
  text=$(pdftotext -enc UTF-8 "$pdf" - 2>/dev/null | tr -d ' \t\r\n\f') || return 1
  while IFS= read -r line; do
    line=$(tr -d ' \t' <<< "$line")
    [ -n "$line" ] || continue
    if [[ "$text" != *"$line"* ]]; then
      echo "# missing from $pdf: $line"
      return 1
    fi
  done < "$EXPECTED/handout-ja.txt"
  if [ -n "$label" ] && [[ "$text" != *"$label"* ]]; then
    echo "# missing from $pdf: $label"
    return 1
  fi
}
