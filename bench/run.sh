#!/bin/bash
#
# Benchmark onshi-notice: wall time and peak memory of the filter for each
# output format on A4, against the route a user would otherwise take to the
# same PWG raster (our PDF through cups-filters' gstoraster or pdftoraster),
# and the time from lp to a completed job through a private CUPS scheduler.
# Two lower bounds put the numbers in scale: bench/reference.c, the same
# text set by pango and written as PDF by cairo and nothing else, and the
# start-up floor, a program that returns at once but loads every library
# the filter loads.
#
# Copyright © 2026 onshi-notice developers.
#
# Licensed under Apache License v2.0.  See the file "LICENSE" for more
# information.
#
# Usage: bench/run.sh [--quick] [BUILD_DIR]
#
#   BUILD_DIR   an existing build (default: build into _build/bench with the
#               default -O2 flags)
#   --quick     one run of everything (a smoke test, about 15 s)
#
# Prints a Markdown report and keeps it, with hyperfine's raw numbers, in
# BUILD_DIR/bench/.  Needs hyperfine, GNU time (/usr/bin/time), cups-filters
# and Ghostscript (scripts/install-deps.sh installs them); run as root for
# the private scheduler, as the tests do.
#

set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
runs=30
warmup=3
cupsd_runs=15
quick=no

while [ $# -gt 0 ]; do
  case $1 in
    --quick) quick=yes; runs=1; warmup=0; cupsd_runs=1; shift ;;
    -h|--help) sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) break ;;
  esac
done

build=${1:-$top/_build/bench}
build=$(mkdir -p "$build" && cd "$build" && pwd)
out="$build/bench"
rm -rf "$out"
mkdir -p "$out"
chmod 755 "$out"

for tool in hyperfine /usr/bin/time gs cc pkg-config; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing - run scripts/install-deps.sh" >&2; exit 1; }
done

# An optimised build, brought up to date...
[ -x "$top/configure" ] || (cd "$top" && autoreconf -fi)
(cd "$build" && { [ -f Makefile ] || "$top/configure" -q; } && make -s -j2 > /dev/null)

FILTER="$build/filter/onshi-notice"

# The reference, and the start-up floor: an empty main() linked with the
# build's own library flags, every library kept (the toolchain may default
# to --as-needed, which would drop them all from a program that calls
# none), and an empty main() with the C library alone...
cc -O2 -o "$out/reference" "$top/bench/reference.c" $(pkg-config --cflags --libs pangocairo cairo-pdf)
printf 'int main(void) { return (0); }\n' > "$out/empty.c"
cc -O2 -o "$out/startup-floor" "$out/empty.c" -Wl,--no-as-needed $(sed -n 's/^\(CUPSFILTERS_LIBS\|CUPS_LIBS\|RENDER_LIBS\|LIBS\) = //p' "$build/Makefile")
cc -O2 -o "$out/startup-empty" "$out/empty.c"
PPDDIR="$build/ppd"
CUPSFILTERS=/usr/lib/cups/filter
export ONSHI_NOTICE_DATADIR="$top/data"
export CONTENT_TYPE=text/plain
job="$out/job.txt"
echo invalid > "$job"
A4="media=iso_a4_210x297mm"

# The PDF that the route through gstoraster and pdftoraster starts from...
PPD="$PPDDIR/onshi-notice.ppd" FINAL_CONTENT_TYPE=application/pdf "$FILTER" 1 bench bench 1 "" "$job" > "$out/notice.pdf" 2> /dev/null

results="$out/results.csv"
echo "name,median_ms,mean_ms,stddev_ms,min_ms,peak_mb" > "$results"

# peak_mb CMD...: the largest peak resident memory of several runs, in MB.
# For a pipeline run through sh -c, Linux reports the largest process of it.
peak_mb() {
  local i kb max=0
  for i in $(seq 1 "$( [ $quick = yes ] && echo 1 || echo 5)"); do
    /usr/bin/time -f %M -o "$out/time.txt" "$@" > /dev/null 2>&1 || true
    kb=$(tail -n 1 "$out/time.txt")
    [ "$kb" -gt "$max" ] && max=$kb
  done
  awk -v kb="$max" 'BEGIN { printf "%.1f", kb / 1024 }'
}

# measure NAME PPD TYPE OPTIONS: time the filter alone, as cupsd runs it.
measure() {
  local name=$1 ppd=$2 type=$3 options=$4
  (
    export PPD="$PPDDIR/$ppd" FINAL_CONTENT_TYPE="$type"
    hyperfine -N --style none --warmup "$warmup" --runs "$runs" \
        --export-csv "$out/$name.csv" \
        "$FILTER 1 bench bench 1 '$options' $job" > /dev/null
    record "$name" "$(peak_mb "$FILTER" 1 bench bench 1 "$options" "$job")"
  )
}

# measure_program NAME PROGRAM [ARGS...]: time any program, as measure()
# times the filter.
measure_program() {
  local name=$1
  shift
  hyperfine -N --style none --warmup "$warmup" --runs "$runs" \
      --export-csv "$out/$name.csv" "$*" > /dev/null
  record "$name" "$(peak_mb "$@")"
}

# measure_baseline NAME FILTER OPTIONS [RUNS]: time a cups-filters filter on
# our PDF.
measure_baseline() {
  local name=$1 filter=$2 options=$3 runs=${4:-$runs}
  (
    export CONTENT_TYPE=application/pdf FINAL_CONTENT_TYPE=image/pwg-raster
    unset PPD
    hyperfine -N --style none --warmup "$warmup" --runs "$runs" \
        --export-csv "$out/$name.csv" \
        "$CUPSFILTERS/$filter 1 bench bench 1 '$options' $out/notice.pdf" > /dev/null
    record "$name" "$(peak_mb "$CUPSFILTERS/$filter" 1 bench bench 1 "$options" "$out/notice.pdf")"
  )
}

# measure_route NAME FILTER OPTIONS [RUNS]: our filter's PDF piped into a
# cups-filters filter, as a CUPS filter chain runs them.
measure_route() {
  local name=$1 filter=$2 options=$3 runs=${4:-$runs} pipeline
  pipeline="env PPD=$PPDDIR/onshi-notice.ppd FINAL_CONTENT_TYPE=application/pdf $FILTER 1 bench bench 1 '' $job 2>/dev/null | env CONTENT_TYPE=application/pdf FINAL_CONTENT_TYPE=image/pwg-raster $CUPSFILTERS/$filter 1 bench bench 1 '$options' 2>/dev/null"
  hyperfine --style none --warmup "$warmup" --runs "$runs" \
      --export-csv "$out/$name.csv" "$pipeline" > /dev/null
  record "$name" "$(peak_mb sh -c "$pipeline")"
}

# record NAME PEAK_MB: add hyperfine's numbers for NAME to the results.
record() {
  awk -F, -v name="$1" -v peak="$2" 'NR == 2 {
    printf "%s,%.1f,%.1f,%.1f,%.1f,%s\n", name, $4 * 1000, $2 * 1000, $3 * 1000, $7 * 1000, peak
  }' "$out/$1.csv" >> "$results"
}

echo "bench: filter formats..." >&2
measure pdf onshi-notice.ppd application/pdf "$A4"
measure pwg-300 onshi-notice-pwg.ppd image/pwg-raster "$A4 Resolution=300dpi"
measure pwg-600 onshi-notice-pwg.ppd image/pwg-raster "$A4 Resolution=600dpi"
measure pwg-600-black onshi-notice-pwg.ppd image/pwg-raster "$A4 Resolution=600dpi ColorModel=Black"
measure urf-600 onshi-notice-urf.ppd image/urf "$A4 Resolution=600dpi"
measure ps onshi-notice-ps.ppd application/postscript "$A4"

echo "bench: reference and start-up floor..." >&2
measure_program reference-pdf "$out/reference" "$top/data/ja.notice"
measure_program startup-floor "$out/startup-floor"
measure_program startup-empty "$out/startup-empty"

# The baselines need cups-filters, which a system built against
# libcupsfilters 2 (Debian 13 with libcupsfilters2-dev) cannot install...
slow_runs=$(( runs > 10 ? 10 : runs ))	# pdftoraster takes seconds a page
baselines=yes
for filter in gstoraster pdftoraster; do
  [ -x "$CUPSFILTERS/$filter" ] || baselines=no
done
if [ $baselines = yes ]; then
echo "bench: cups-filters baselines..." >&2
measure_baseline gstoraster-300 gstoraster "$A4 printer-resolution=300dpi print-color-mode=monochrome"
measure_baseline gstoraster-600 gstoraster "$A4 printer-resolution=600dpi print-color-mode=monochrome"
measure_baseline gstoraster-600-black gstoraster "$A4 printer-resolution=600dpi print-color-mode=bi-level"
measure_baseline pdftoraster-600 pdftoraster "$A4 printer-resolution=600dpi print-color-mode=monochrome" "$slow_runs"
measure_route route-gstoraster-300 gstoraster "$A4 printer-resolution=300dpi print-color-mode=monochrome"
measure_route route-gstoraster-600 gstoraster "$A4 printer-resolution=600dpi print-color-mode=monochrome"
measure_route route-gstoraster-600-black gstoraster "$A4 printer-resolution=600dpi print-color-mode=bi-level"
measure_route route-pdftoraster-600 pdftoraster "$A4 printer-resolution=600dpi print-color-mode=monochrome" "$slow_runs"
else
  echo "bench: cups-filters is not installed: no baselines, no forwarding through gstoraster" >&2
fi

# lp to a completed job through a private scheduler: each direct queue, and
# the PDF queue forwarding to a driverless-style PWG queue whose own chain
# (pdftopdf, gstoraster) makes the raster...
echo "bench: lp through a private cupsd..." >&2
cupsd_ok=no
if [ "$(id -u)" = 0 ] && [ -x /usr/sbin/cupsd ]; then
  . "$top/tests/lib/private-cupsd.sh"
  cupsd_dir=$(mktemp -d /tmp/onshi-notice-bench.XXXXXX)
  chmod 755 "$cupsd_dir"
  trap 'pcupsd_stop; rm -rf "$cupsd_dir"' EXIT
  if pcupsd_start "$cupsd_dir" "$FILTER" "$ONSHI_NOTICE_DATADIR"; then
    for q in pdf:onshi-notice.ppd pwg:onshi-notice-pwg.ppd urf:onshi-notice-urf.ppd ps:onshi-notice-ps.ppd; do
      lpadmin -p "notice-${q%%:*}" -E -v "file:///dev/null" -P "$PPDDIR/${q#*:}" 2> /dev/null
    done
    lpadmin -p REAL -E -v "file:///dev/null" -P "$top/bench/pwg-printer.ppd" 2> /dev/null
    lpadmin -p notice-fwd -E -v "ipp://127.0.0.1:$PCUPSD_PORT/printers/REAL?snmp=false" \
        -P "$PPDDIR/onshi-notice.ppd" -o media-default=iso_a4_210x297mm 2> /dev/null
    for q in pdf pwg urf ps $( [ $baselines = yes ] && echo fwd); do
      hyperfine --style none --warmup "$( [ $quick = yes ] && echo 0 || echo 2)" --runs "$cupsd_runs" \
          --export-csv "$out/lp-$q.csv" "'$top/bench/lp-wait.sh' notice-$q '$job'" > /dev/null
      record "lp-$q" "-"
    done
    cupsd_ok=yes
  fi
fi

# How long libcups alone takes to compress the 600 dpi pages...
make -s -C "$build" tests/rastertool > /dev/null
for kind in "pwg-600:Resolution=600dpi" "pwg-600-black:Resolution=600dpi ColorModel=Black"; do
  PPD="$PPDDIR/onshi-notice-pwg.ppd" FINAL_CONTENT_TYPE=image/pwg-raster "$FILTER" 1 bench bench 1 "$A4 ${kind#*:}" "$job" > "$out/${kind%%:*}.pwg" 2> /dev/null
  "$build/tests/rastertool" encode "$out/${kind%%:*}.pwg" | awk -v name="encode-${kind%%:*}" '{ print name "," $2 ",,,," }' >> "$results"
done
if [ $baselines = yes ]; then
  (
    export CONTENT_TYPE=application/pdf FINAL_CONTENT_TYPE=image/pwg-raster
    "$CUPSFILTERS/gstoraster" 1 bench bench 1 "$A4 printer-resolution=600dpi print-color-mode=monochrome" "$out/notice.pdf" > "$out/gstoraster-600.pwg" 2> /dev/null
  )
  "$build/tests/rastertool" encode "$out/gstoraster-600.pwg" | awk '{ print "encode-gstoraster-600," $2 ",,,," }' >> "$results"
fi

# The report...
value() {
  awk -F, -v name="$1" -v col="$2" '$1 == name { print $col }' "$results"
}
ratio() {
  awk -v a="$(value "$1" 2)" -v b="$(value "$2" 2)" 'BEGIN { if (a > 0 && b > 0) printf "%.1f", a / b; else print "-" }'
}
# target A B MIN: whether A's median is at least MIN times B's, unrounded.
target() {
  awk -v a="$(value "$1" 2)" -v b="$(value "$2" 2)" -v min="$3" 'BEGIN { if (a > 0 && b > 0) printf "%s: %.2f×", (a / b >= min ? "**met**" : "**not met**"), a / b; else print "-" }'
}
row() {
  printf '| %s | %s | %s ± %s | %s | %s |\n' "$2" "$(value "$1" 2)" "$(value "$1" 3)" "$(value "$1" 4)" "$(value "$1" 5)" "$(value "$1" 6)"
}

{
  echo "## Run of $(date -u '+%Y-%m-%d %H:%M UTC')$( [ $quick = yes ] && echo ' (quick: one run each, not for comparison)')"
  echo
  echo "Machine: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1), $(nproc) CPUs, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
  echo "System: $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
  echo "Versions: cairo $(pkg-config --modversion cairo), pango $(pkg-config --modversion pango), CUPS $(cups-config --version), cups-filters $(pkg-config --modversion libcupsfilters), Ghostscript $(gs --version), poppler $(pdftotext -v 2>&1 | sed -n 's/^pdftotext version //p'), hyperfine $(hyperfine --version | cut -d' ' -f2)"
  echo "Runs: $runs timed runs after $warmup warm-up runs per command ($slow_runs for pdftoraster, $cupsd_runs through cupsd); peak memory is the largest of $( [ $quick = yes ] && echo 1 || echo 5) runs, for a pipeline its largest process."
  echo
  echo "### The filter, one A4 page, from a job file to stdout (process start included)"
  echo
  echo "| output | median ms | mean ± sd ms | min ms | peak MB |"
  echo "|---|---:|---:|---:|---:|"
  row pdf "PDF"
  row pwg-300 "PWG raster 300 dpi sgray_8"
  row pwg-600 "PWG raster 600 dpi sgray_8"
  row pwg-600-black "PWG raster 600 dpi black_1"
  row urf-600 "Apple raster 600 dpi sgray_8"
  row ps "PostScript"
  echo
  echo "### Lower bounds: the reference PDF and the start-up floor"
  echo
  echo "| program | median ms | mean ± sd ms | min ms | peak MB |"
  echo "|---|---:|---:|---:|---:|"
  row reference-pdf "bench/reference.c: the same text, fonts and sizes, pango and cairo only, A4 PDF"
  row startup-floor "empty main() loading $(ldd "$out/startup-floor" | grep -c '=>') shared libraries (the filter: $(ldd "$FILTER" | grep -c '=>'))"
  row startup-empty "empty main(), C library only"
  echo
  echo "| target | result |"
  echo "|---|---|"
  echo "| PDF filter within 1.5× of the reference (pango+cairo only) | $(awk -v r="$(ratio pdf reference-pdf)" 'BEGIN { if (r == "-") print "-"; else printf "%s: %s×", (r <= 1.5 ? "**met**" : "**not met**"), r }') |"
  echo
  echo "### The same PWG raster by way of our PDF"
  echo
  echo "| route | median ms | mean ± sd ms | min ms | peak MB |"
  echo "|---|---:|---:|---:|---:|"
  row route-gstoraster-300 "onshi-notice PDF \\| gstoraster, 300 dpi sgray_8"
  row route-gstoraster-600 "onshi-notice PDF \\| gstoraster, 600 dpi sgray_8"
  row route-gstoraster-600-black "onshi-notice PDF \\| gstoraster, 600 dpi black_1"
  row route-pdftoraster-600 "onshi-notice PDF \\| pdftoraster, 600 dpi sgray_8"
  row gstoraster-300 "gstoraster alone on the PDF, 300 dpi sgray_8"
  row gstoraster-600 "gstoraster alone on the PDF, 600 dpi sgray_8"
  row gstoraster-600-black "gstoraster alone on the PDF, 600 dpi black_1"
  row pdftoraster-600 "pdftoraster alone on the PDF, 600 dpi sgray_8"
  echo
  echo "### Ratios (median wall time of the route / the direct filter)"
  echo
  echo "| direct output | vs PDF \\| gstoraster | vs gstoraster alone | vs PDF \\| pdftoraster | vs pdftoraster alone |"
  echo "|---|---:|---:|---:|---:|"
  echo "| PWG 300 dpi sgray_8 | $(ratio route-gstoraster-300 pwg-300)× | $(ratio gstoraster-300 pwg-300)× | - | - |"
  echo "| PWG 600 dpi sgray_8 | $(ratio route-gstoraster-600 pwg-600)× | $(ratio gstoraster-600 pwg-600)× | $(ratio route-pdftoraster-600 pwg-600)× | $(ratio pdftoraster-600 pwg-600)× |"
  echo "| PWG 600 dpi black_1 | $(ratio route-gstoraster-600-black pwg-600-black)× | $(ratio gstoraster-600-black pwg-600-black)× | - | - |"
  echo
  echo "| target | result |"
  echo "|---|---|"
  echo "| PWG 600 dpi black_1 at least 3× faster than our PDF \\| gstoraster | $(target route-gstoraster-600-black pwg-600-black 3.0) |"
  echo "| PWG 600 dpi sgray_8 at least 3.3× faster than our PDF \\| gstoraster | $(target route-gstoraster-600 pwg-600 3.3) |"
  echo
  echo "### libcups's raster compression alone (cupsRasterWritePixels, best of 5)"
  echo
  echo "| page | ms |"
  echo "|---|---:|"
  echo "| our 600 dpi sgray_8 page | $(value encode-pwg-600 2) |"
  echo "| our 600 dpi black_1 page | $(value encode-pwg-600-black 2) |"
  echo "| gstoraster's 600 dpi sgray_8 page | $(value encode-gstoraster-600 2) |"
  if [ $cupsd_ok = yes ]; then
    echo
    echo "### From \`lp\` to a completed job, through a private cupsd (file: device)"
    echo
    echo "| queue | median ms | mean ± sd ms | min ms |"
    echo "|---|---:|---:|---:|"
    for q in pdf:"PDF PPD (the job ends when the PDF is written)" pwg:"PWG PPD, 600 dpi sgray_8" urf:"Apple raster PPD, 600 dpi" ps:"PostScript PPD" fwd:"PDF PPD forwarding to a PWG queue (pdftopdf, gstoraster): until both jobs end"; do
      printf '| %s | %s | %s ± %s | %s |\n' "${q#*:}" "$(value "lp-${q%%:*}" 2)" "$(value "lp-${q%%:*}" 3)" "$(value "lp-${q%%:*}" 4)" "$(value "lp-${q%%:*}" 5)"
    done
  else
    echo
    echo "(No lp timings: the private cupsd needs root.)"
  fi
} > "$out/report.md"

cat "$out/report.md"
