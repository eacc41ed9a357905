#!/usr/bin/env bash
# System packages the test suite uses beyond PyPI: PostgreSQL's server (the store suite runs on a
# throwaway cluster) and Chromium (the browser test). Installed from Debian's packages when
# missing and we may; otherwise the tests that need them skip and say why.
set -u
need=()
command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: missing ${need[*]} (not root or no apt-get): those tests will be skipped" >&2
  exit 0
fi
echo "system-deps: installing ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null 2>&1 || true
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null 2>&1 \
  || echo "system-deps: could not install ${need[*]}: those tests will be skipped" >&2
exit 0
