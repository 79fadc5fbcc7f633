#!/usr/bin/env bash
# Installs what `mvn package` built the way a user would, runs it, and removes it again:
# the .deb with apt-get (root only; skipped elsewhere) and the zip unpacked into a temporary folder.
# Run from the top of the source tree after `mvn package`; .ci/run does.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "test-install: $*" >&2; exit 1; }

# Runs a command and checks its exit code; its output is kept for the message if the code is wrong.
expect() {
  local want="$1" out code
  shift
  set +e
  out="$("$@" 2>&1)"
  code=$?
  set -e
  [ "$code" = "$want" ] || fail "$* exited $code, expected $want: $(tail -n 3 <<<"$out")"
}

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# The zip: the Unix launcher finds the jar beside it.
zip=(target/huibao-*.zip)
[ -f "${zip[0]}" ] || fail "no target/huibao-*.zip: run mvn package first"
(cd "$tmp" && jar xf "$OLDPWD/${zip[0]}")
dir=("$tmp"/huibao-*/)
for f in huibao.jar huibao huibao.cmd config.yaml README-安装.txt rules/elements.drl completion/huibao.bash man/huibao.1; do
  [ -f "${dir[0]}$f" ] || fail "the zip has no $f"
done
grep -q 'chcp 65001' "${dir[0]}huibao.cmd" || fail "huibao.cmd does not switch the console to UTF-8"
export XDG_CACHE_HOME="$tmp/cache"
expect 1 bash "${dir[0]}huibao" check "${dir[0]}examples/"
expect 0 bash "${dir[0]}huibao" check "${dir[0]}examples/合格-2024年度党建工作情况报告.txt"
ls "$XDG_CACHE_HOME"/huibao/huibao-*.jsa >/dev/null 2>&1 || fail "the zip's launcher made no class-data archive"
echo "test-install: zip ok"

if [ "$(id -u)" != 0 ] || ! command -v dpkg >/dev/null 2>&1; then
  echo "test-install: .deb skipped (needs root and dpkg)"
  exit 0
fi
deb=(target/huibao_*_all.deb)
[ -f "${deb[0]}" ] || fail "no target/huibao_*_all.deb: run mvn package first"
listing="$(dpkg-deb -c "${deb[0]}")"
for f in ./usr/bin/huibao ./usr/share/huibao/huibao.jar ./usr/share/huibao/config.yaml \
    ./usr/share/huibao/rules/elements.drl ./usr/share/applications/huibao.desktop \
    ./usr/share/icons/hicolor/scalable/apps/huibao.svg ./usr/share/huibao/huibao-desktop \
    ./usr/share/bash-completion/completions/huibao ./usr/share/man/man1/huibao.1.gz; do
  grep -q " $f\$" <<<"$listing" || fail "the .deb has no $f"
done
apt-get install -y -qq "./${deb[0]}" >/dev/null 2>&1 || fail "apt-get install ./${deb[0]} failed"
trap 'apt-get remove -y -qq huibao >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
[ "$(command -v huibao)" = /usr/bin/huibao ] || fail "/usr/bin/huibao is not on PATH"
expect 1 huibao check examples/
expect 0 huibao --version
version="$(huibao --version)"
[[ "$version" == "huibao "* ]] || fail "huibao --version printed: $version"
# The man page and the completion, as a user reaches them.
if command -v man >/dev/null 2>&1; then
  LC_ALL=C.UTF-8 MANWIDTH=100 man huibao 2>/dev/null | grep -q -- '--format FORMAT\[:FILE\]' \
    || fail "man huibao does not show the options of check"
fi
bash -c 'source /usr/share/bash-completion/completions/huibao && complete -p huibao' >/dev/null 2>&1 \
  || fail "the bash completion does not register for huibao"

# The menu entry: a stand-in for xdg-open records the address it is given; the server is stopped after.
mkdir -p "$tmp/bin"
printf '#!/bin/sh\necho "$1" >"%s/opened"\n' "$tmp" >"$tmp/bin/xdg-open"
chmod +x "$tmp/bin/xdg-open"
exec_line="$(sed -n 's/^Exec=//p' /usr/share/applications/huibao.desktop)"
PATH="$tmp/bin:$PATH" HUIBAO_PORT=0 "$exec_line" || fail "the menu entry's command failed: $(cat "$XDG_CACHE_HOME/huibao/serve.log")"
pid="$(cat "$XDG_CACHE_HOME/huibao/serve.pid")"
url="$(cat "$tmp/opened" 2>/dev/null || true)"
kill "$pid" 2>/dev/null || true
[[ "$url" == http://127.0.0.1:*/ ]] || fail "the menu entry opened \"$url\""
apt-get remove -y -qq huibao >/dev/null 2>&1 || fail "apt-get remove huibao failed"
[ ! -e /usr/bin/huibao ] || fail "/usr/bin/huibao is still there after removal"
echo "test-install: deb ok ($version)"
