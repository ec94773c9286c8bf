#!/usr/bin/env bash
# CI's packaging check (run by .ci/run after the tests): builds the app-image only (jlink runtime + jpackage
# launcher, no .deb) and runs the packaged launcher headless against a throwaway embedded database:
# --version, demo-data --permits 10, a PDF report (built-in templates loaded precompiled) and parse-request.
# So packaging cannot break silently. Exit 0 all good, 1 a check failed.
# Usage: installer/check-app-image.sh [--no-build]   (the full .deb check is installer/check-deb.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=target/installer/PermitDesk/bin/PermitDesk
if [[ "${1:-}" != --no-build ]]; then
  started=$SECONDS
  mvn -B -ntp -q -Pinstaller package -DskipTests -Dinstaller.appImageOnly=true
  echo "app-image built in $((SECONDS - started)) s: $(du -sh target/installer/PermitDesk | cut -f1)"
fi
[[ -x $launcher ]] || { echo "No $launcher: the app-image was not built" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
check() {
  local what=$1; shift
  if "$@" > "$work/out" 2>&1; then echo "ok   $what"; else echo "FAIL $what" >&2; cat "$work/out" >&2; failures=$((failures + 1)); fi
}
export PERMITDESK_HOME=$work/home
year=$(date +%Y)
check "launcher: --version" bash -c "'$launcher' --version | grep -q '^PermitDesk [0-9]'"
check "launcher: demo-data --permits 10 on a new embedded database" "$launcher" demo-data --permits 10
check "launcher: report issued-finaled to PDF" "$launcher" report issued-finaled --from "$year-01-01" \
  --to "$year-12-31" --format pdf --out "$work/issued.pdf"
check "the PDF is a PDF" bash -c "head -c 5 '$work/issued.pdf' | grep -q '%PDF-'"
check "launcher: parse-request (arguments reach the app)" bash -c \
  "'$launcher' parse-request ../shared/fixtures/email-requests/$(ls ../shared/fixtures/email-requests | grep '\.eml$' | head -1) | grep -q accountType"
check "the database is in the data folder, not the app-image" test -d "$work/home/db"
if ((failures)); then
  echo "$failures packaging check(s) failed" >&2
  exit 1
fi
echo "All app-image checks passed"
