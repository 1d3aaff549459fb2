#!/usr/bin/env bash
# Renders N of this machine's manual pages to plain-text files in DIR: real documents, written by
# people, offline, for `./article-bot bench --articles DIR`. The pages are those of section 1 of
# 1.2 to 2 KB compressed (a typical page: 40-80 lines), spread evenly over the sorted list, so the
# same N gives the same files on machines with the same packages. Needs man and col (man-db,
# bsdextrautils), which Debian installs with its manual pages.
set -euo pipefail
n=${1:?usage: scripts/man-corpus.sh N DIR}
dir=${2:?usage: scripts/man-corpus.sh N DIR}
mkdir -p "$dir"
mapfile -t pages < <(find /usr/share/man/man1 -maxdepth 1 -type f -name '*.gz' -size +1200c -size -2001c -printf '%f\n' | LC_ALL=C sort)
total=${#pages[@]}
if (( total < n )); then
  echo "only $total manual pages qualify here, asked for $n" >&2
  exit 1
fi
for ((i = 0; i < n; i++)); do
  page=${pages[$(( i * total / n ))]}
  name=${page%.gz}
  MANWIDTH=80 man -l "/usr/share/man/man1/$page" 2>/dev/null | col -bx > "$dir/${name//[^A-Za-z0-9._-]/_}.txt"
done
echo "$n manual pages (of $total that qualify) in $dir"
