#!/usr/bin/env bash
# The check step of the GitHub action (action.yml at the top of the repository). Runs on its own too, so
# that it can be tried and tested off GitHub: give the variables below and GITHUB_STEP_SUMMARY,
# GITHUB_OUTPUT and RUNNER_TEMP as files and a folder of your own.
#
# Inputs, from the environment (action.yml passes its inputs this way, never into the script's text):
#   HUIBAO              the huibao command (default: huibao on PATH)
#   HUIBAO_PATHS        what to check: one path a line; a single line may list several, space-separated
#   HUIBAO_RULES        extra rule directories, one a line
#   HUIBAO_CONFIG       configuration file (default: huibao's own search for .huibao.yaml)
#   HUIBAO_FAIL_ON      fail (default): the step fails when a report fails or cannot be read;
#                       unreadable: only when a file cannot be read; never: it only reports.
#                       Bad usage, configuration or rules (exit 2) always fail the step.
#   HUIBAO_ANNOTATIONS  true (default): findings as annotations on the files (in a pull request's diff)
#   HUIBAO_ARGS         more options of huibao check, space-separated (e.g. --threshold 70 --lang en)
# Writes $RUNNER_TEMP/huibao/huibao.sarif, huibao.json and summary.md; appends the summary (a Markdown
# table) to $GITHUB_STEP_SUMMARY; sets the outputs exit-code, sarif, json and summary.
set -euo pipefail

huibao="${HUIBAO:-huibao}"
fail_on="${HUIBAO_FAIL_ON:-fail}"
case "$fail_on" in
  fail | unreadable | never) ;;
  *) echo "huibao: fail-on 只能是 fail、unreadable 或 never (must be fail, unreadable or never), got \"$fail_on\"" >&2
     exit 2 ;;
esac

out="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/huibao"
mkdir -p "$out"
# A second use of the action in the same job must not pass on the first one's files.
rm -f "$out/huibao.sarif" "$out/huibao.json" "$out/summary.md"
args=(check --no-progress --format "sarif:$out/huibao.sarif" --format "json:$out/huibao.json"
      --format "markdown:$out/summary.md")
if [ "${HUIBAO_ANNOTATIONS:-true}" = true ]; then
  args+=(--format github)
else
  args+=(--format text)
fi
if [ -n "${HUIBAO_CONFIG:-}" ]; then
  args+=(--config "$HUIBAO_CONFIG")
fi
while IFS= read -r dir; do
  [ -n "$dir" ] && args+=(--rules "$dir")
done <<<"${HUIBAO_RULES:-}"
if [ -n "${HUIBAO_ARGS:-}" ]; then
  read -r -a extra <<<"$HUIBAO_ARGS"
  args+=("${extra[@]}")
fi
paths=()
if [[ "${HUIBAO_PATHS:-.}" == *$'\n'* ]]; then
  while IFS= read -r p; do
    p="${p#"${p%%[![:space:]]*}"}"
    p="${p%"${p##*[![:space:]]}"}"
    [ -n "$p" ] && paths+=("$p")
  done <<<"$HUIBAO_PATHS"
else
  read -r -a paths <<<"${HUIBAO_PATHS:-.}"
fi
[ "${#paths[@]}" -gt 0 ] || paths=(.)

set +e
"$huibao" "${args[@]}" -- "${paths[@]}"
code=$?
set -e

if [ -n "${GITHUB_STEP_SUMMARY:-}" ] && [ -f "$out/summary.md" ]; then
  cat "$out/summary.md" >>"$GITHUB_STEP_SUMMARY"
fi
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  echo "exit-code=$code" >>"$GITHUB_OUTPUT"
  # Only what was written: after a usage error (exit 2) there is no SARIF to upload.
  for f in sarif:huibao.sarif json:huibao.json summary:summary.md; do
    if [ -f "$out/${f#*:}" ]; then
      echo "${f%%:*}=$out/${f#*:}" >>"$GITHUB_OUTPUT"
    fi
  done
fi

case "$code:$fail_on" in
  0:*) exit 0 ;;
  2:*) exit 2 ;;
  *:never) exit 0 ;;
  1:unreadable) exit 0 ;;
  *) exit "$code" ;;
esac
