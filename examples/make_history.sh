#!/usr/bin/env bash
# Builds a year of weekly commits for examples/composite in a folder you
# choose, so `pmo diff` and `pmo report trend` have a history to read:
#
#   examples/make_history.sh /tmp/composite-history
#   cd /tmp/composite-history
#   pmo report trend --every month
#   pmo diff baseline-2026 HEAD
#
# Week by week the program moves towards the state in examples/composite:
# task progress and budget actuals grow, the ledger holds the months closed
# by then, milestones are reached on their
# recorded dates, risks rise in the spring and fall after their responses,
# and at the end of June a re-plan moves the milestones two weeks later,
# tagged `replan-2026-06` (the first commit is tagged `baseline-2026`).
# Needs bash, git, awk and GNU date.
set -euo pipefail

out=${1:?usage: examples/make_history.sh DIR}
here=$(cd "$(dirname "$0")" && pwd)
source_dir="$here/composite"
if [ -e "$out" ] && [ -n "$(ls -A "$out" 2>/dev/null)" ]; then
  echo "error: $out exists and is not empty" >&2
  exit 2
fi
mkdir -p "$out"
cd "$out"
git init -q -b main
export GIT_AUTHOR_NAME="PMO office" GIT_AUTHOR_EMAIL="pmo@example.com"
export GIT_COMMITTER_NAME="PMO office" GIT_COMMITTER_EMAIL="pmo@example.com"

# Before the re-plan, every milestone was due 14 days earlier.
replan_sed=$(mktemp)
trap 'rm -f "$replan_sed"' EXIT
grep -rhoE '^  due: [0-9]{4}-[0-9]{2}-[0-9]{2}$' "$source_dir/projects" | sort -u |
  while read -r _ day; do
    echo "s/^  due: $day\$/  due: $(date -d "$day - 14 days" +%F)/"
  done >"$replan_sed"

weeks=52
final_week=46 # the week the repository reaches the state of examples/composite
for week in $(seq 1 $weeks); do
  day=$(date -d "2026-01-09 + $(( (week - 1) * 7 )) days" +%F) # Fridays
  find . -mindepth 1 -maxdepth 1 ! -name .git -exec rm -rf {} +
  cp -R "$source_dir"/. .
  share=$(( week >= final_week ? 100 : week * 100 / final_week ))
  # Spring (weeks 10-29): risks one step more likely than today.
  rise=$(( week >= 10 && week < 30 ? 1 : 0 ))
  find . -name '*.yaml' ! -path './.git/*' | sort | while read -r f; do
    awk -v share="$share" -v rise="$rise" -v day="$day" '
      /^ *progress: [0-9]+$/ { n = $2; sub(/[0-9]+$/, int(n * share / 100)); print; next }
      /^  actual: [0-9]+$/ { n = $2; sub(/[0-9]+$/, int(n * share / 100)); print; next }
      /^- \{period: [0-9]+-[0-9]+, cost: / { p = $3; sub(/,$/, "", p); if (p >= substr(day, 1, 7)) next }
      /^ *done_on: [0-9-]+$/ { if ($2 > day) next }
      /^ *done: true$/ { held = $0; next }
      /^probability: [0-9]+$/ { p = $2 + rise; if (p > 5) p = 5; print "probability: " p; next }
      { if (held != "") { print held; held = "" } print }
      END { if (held != "") print held }
    ' "$f" >"$f.tmp"
    mv "$f.tmp" "$f"
  done
  if [ "$week" -lt 26 ]; then
    find projects -name '*.yaml' -exec sed -i -f "$replan_sed" {} +
  fi
  git add -A
  GIT_AUTHOR_DATE="${day}T17:00:00+08:00" GIT_COMMITTER_DATE="${day}T17:00:00+08:00" \
    git commit -q --allow-empty -m "Week $week: status as of $day"
  if [ "$week" -eq 1 ]; then git tag baseline-2026; fi
  if [ "$week" -eq 26 ]; then git tag replan-2026-06; fi
done
echo "$out: $weeks weekly commits, tags baseline-2026 and replan-2026-06"
