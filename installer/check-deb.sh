#!/usr/bin/env bash
# Packaging check: the .deb and app-image that `mvn -B -Pinstaller package` made (built here first with --build).
#  1. dpkg-deb --info / --contents: launcher, desktop entry, icon, runtime with bin/java and its CDS archive, the
#     compiled report templates, the web view's unit, the declared dependencies, the maintainer scripts;
#  2. the app-image's launcher, headless: --version, demo-data --permits 10 on a throwaway embedded database, and a
#     report (built-in templates loaded precompiled);
#  3. as root only: a throwaway install (dpkg -i), `permitdesk` on the PATH, a command as a user, the disabled unit,
#     then dpkg -r: the program is gone, the user's data folder and /etc/permitdesk settings are still there; then
#     purge and clean up.
# Exit 0 all good, 1 a check failed. Usage: installer/check-deb.sh [--build]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=target/installer
fixture=src/test/resources/org/permitdesk/account/request/outlook-fw-contractor.eml

if [[ "${1:-}" == --build ]]; then
  mvn -B -q -o -Pinstaller package -DskipTests
fi
deb=$(ls "$out"/permitdesk_*.deb 2>/dev/null | head -1)
[[ -n "$deb" ]] || { echo "No $out/permitdesk_*.deb: run mvn -B -Pinstaller package (or this script with --build)" >&2; exit 1; }

failures=0
pass() { echo "ok   $*"; }
fail() { echo "FAIL $*" >&2; failures=$((failures + 1)); }
check() { local what=$1; shift; if "$@" >/dev/null 2>&1; then pass "$what"; else fail "$what"; fi; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1. What the package holds and declares.
dpkg-deb --info "$deb" > "$work/info"
dpkg-deb --contents "$deb" | awk '{print $NF}' > "$work/contents"
dpkg-deb --ctrl-tarfile "$deb" | tar -x -C "$work" 2>/dev/null || true
has() { grep -qxF "./$1" "$work/contents"; }
check "launcher /opt/permitdesk/bin/PermitDesk" has opt/permitdesk/bin/PermitDesk
check "desktop entry" has opt/permitdesk/lib/permitdesk-PermitDesk.desktop
check "icon" has opt/permitdesk/lib/PermitDesk.png
check "runtime's java (for the class data sharing relaunch)" has opt/permitdesk/lib/runtime/bin/java
check "runtime's base CDS archive" has opt/permitdesk/lib/runtime/lib/server/classes.jsa
check "web view unit file" has opt/permitdesk/lib/app/system/permitdesk-web.service
check "web view settings file" has opt/permitdesk/lib/app/system/permitdesk-web.env
check "no development files in the runtime (jmods, include)" bash -c "! grep -qE 'runtime/(jmods|include)/' $work/contents"
for dep in libgtk-3-0 libglib2.0-0 libxtst6 libxxf86vm1 libgl1 fonts-dejavu-core; do
  check "depends on $dep" grep -qE "^ Depends:.*\b$dep\b" "$work/info"
done
check "postinst puts permitdesk on the PATH" grep -q 'ln -sf "$APP/bin/PermitDesk" /usr/bin/permitdesk' "$work/postinst"
check "postinst installs the menu entry" grep -q 'xdg-desktop-menu install' "$work/postinst"
check "postinst never enables the web view" bash -c "! grep -qE 'systemctl (enable|start)' $work/postinst"
check "postrm keeps the user's data (no rm of home folders or /var/lib)" \
  bash -c "! grep -qE 'rm .*(/home|\\.local|/var/lib)' $work/postrm"
unzip -l "$out/PermitDesk/lib/app/permitdesk.jar" > "$work/jar"
check "report templates compiled at build time (reports/compiled/*.jasper)" grep -q 'reports/compiled/receipt-.*\.jasper' "$work/jar"
echo "     sizes: .deb $(du -h "$deb" | cut -f1), app-image $(du -sh "$out/PermitDesk" | cut -f1), runtime $(du -sh "$out/PermitDesk/lib/runtime" | cut -f1)"

# 2. The app-image's launcher, headless, on a throwaway data folder.
launcher=$out/PermitDesk/bin/PermitDesk
check "app-image: --version" bash -c "PERMITDESK_HOME=$work/home $launcher --version | grep -q '^PermitDesk [0-9]'"
check "app-image: demo-data --permits 10" env PERMITDESK_HOME="$work/home" "$launcher" demo-data --permits 10
year=$(date +%Y)
check "app-image: report fees-collected (CSV)" env PERMITDESK_HOME="$work/home" "$launcher" report fees-collected \
  --from "$year-01-01" --to "$year-12-31" --format pdf --out "$work/fees.pdf"
check "app-image: data stayed in the data folder" test -d "$work/home/db"
check "app-image: nothing written into the install folder" \
  bash -c "[ -z \"\$(find $out/PermitDesk -newer $deb -type f -print -quit)\" ]"

# 3. A throwaway install, as root only.
if [[ $(id -u) -ne 0 ]] || ! command -v dpkg >/dev/null; then
  echo "skip install check (needs root and dpkg)"
elif dpkg -s permitdesk >/dev/null 2>&1; then
  echo "skip install check: a permitdesk package is installed here already (not touched)"
else
  user_existed=$(getent passwd permitdesk >/dev/null && echo yes || echo no)
  force=()
  if ! dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/[ (].*//; s/^ *//' | grep . \
       | xargs -r dpkg -s >/dev/null 2>&1; then
    # On a machine without GTK (this build server): install anyway; the commands below need no display.
    force=(--force-depends)
    echo "     (some dependencies are not installed here: dpkg -i ${force[*]})"
  fi
  if ! command -v xdg-desktop-menu >/dev/null; then
    # xdg-utils (a declared dependency) missing too: stand-ins, so the menu entry's install/uninstall lines run.
    mkdir -p "$work/xdg"
    for tool in xdg-desktop-menu xdg-icon-resource xdg-mime; do printf '#!/bin/sh\nexit 0\n' > "$work/xdg/$tool"; done
    chmod +x "$work"/xdg/*
    export PATH="$work/xdg:$PATH"
  fi
  dpkg "${force[@]}" -i "$deb" > "$work/dpkg-i.log" 2>&1 && pass "dpkg -i" || { fail "dpkg -i"; cat "$work/dpkg-i.log" >&2; }
  check "permitdesk on the PATH" test "$(command -v permitdesk)" = /usr/bin/permitdesk
  user_home=$work/user-home
  mkdir -p "$user_home"
  check "installed: permitdesk --version" bash -c "XDG_DATA_HOME=$user_home/.local/share permitdesk --version | grep -q '^PermitDesk [0-9]'"
  check "installed: permitdesk parse-request (arguments reach the app)" \
    bash -c "XDG_DATA_HOME=$user_home/.local/share permitdesk parse-request $root/$fixture | grep -q '\"accountType\"'"
  # Java takes the home folder from the user account, not $HOME: the data folder is set through XDG_DATA_HOME.
  check "installed: demo-data into the user's data folder" env -u PERMITDESK_HOME \
    XDG_DATA_HOME="$user_home/.local/share" permitdesk demo-data --permits 10
  check "installed: the user's data folder has the database" test -d "$user_home/.local/share/permitdesk/db"
  check "installed: web view unit, disabled" bash -c "test -f /lib/systemd/system/permitdesk-web.service \
    && ! ls /etc/systemd/system/*.wants/permitdesk-web.service 2>/dev/null"
  check "installed: system user permitdesk" getent passwd permitdesk
  check "installed: /etc/permitdesk/permitdesk-web.env readable by root and permitdesk only" \
    bash -c "[ \"\$(stat -c %a:%G /etc/permitdesk/permitdesk-web.env)\" = 640:permitdesk ]"
  check "dpkg -r" dpkg "${force[@]}" -r permitdesk
  check "removed: program" test ! -e /opt/permitdesk
  check "removed: launcher on the PATH" test ! -e /usr/bin/permitdesk
  check "removed: unit file" test ! -e /lib/systemd/system/permitdesk-web.service
  check "kept: the user's data folder" test -d "$user_home/.local/share/permitdesk/db"
  check "kept: /etc/permitdesk/permitdesk-web.env (until purge)" test -f /etc/permitdesk/permitdesk-web.env
  check "dpkg --purge" dpkg --purge permitdesk
  check "purged: /etc/permitdesk/permitdesk-web.env" test ! -e /etc/permitdesk/permitdesk-web.env
  if [[ $user_existed == no ]]; then
    userdel permitdesk >/dev/null 2>&1 || true
    groupdel permitdesk >/dev/null 2>&1 || true
  fi
fi

if ((failures)); then
  echo "$failures packaging check(s) failed" >&2
  exit 1
fi
echo "All packaging checks passed"
