#!/usr/bin/env bash
# Makes sure Debian's Chromium is present for the browser tests. Idempotent, never fails the run, one line of output.
if [ -x /usr/bin/chromium ]; then
  echo "ensure-chromium: /usr/bin/chromium present"
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  if (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1 && [ -x /usr/bin/chromium ]; then
    echo "ensure-chromium: installed /usr/bin/chromium from Debian"
  else
    echo "ensure-chromium: could not install chromium with apt-get; browser tests will be skipped"
  fi
else
  echo "ensure-chromium: /usr/bin/chromium missing and cannot install (not root or no apt-get); browser tests will be skipped"
fi
exit 0
