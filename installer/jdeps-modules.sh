#!/usr/bin/env bash
# Lists the Java modules that jdeps finds the PermitDesk jar and its libraries use (after `mvn package`), one per
# jar and then all together, to compare with <installer.modules> in pom.xml. Slow (a few minutes on 2 cores).
# Modules used only through reflection or services (jdk.crypto.ec, jdk.localedata, jdk.charsets, jdk.zipfs,
# jdk.compiler for adjusted report templates) are never found by jdeps: pom.xml adds them by hand.
set -euo pipefail
cd "$(dirname "$0")/../target"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for jar in permitdesk.jar lib/*.jar; do
  name=$(basename "$jar" .jar)
  # A modular jar alone does not resolve (its required modules are not there): read it as plain classes.
  if ! modules=$(jdeps -q --ignore-missing-deps --print-module-deps --multi-release 17 "$jar" 2>/dev/null); then
    mkdir -p "$work/$name"
    unzip -q -o "$jar" -x 'module-info.class' 'META-INF/versions/*/module-info.class' -d "$work/$name"
    modules=$(jdeps -q --ignore-missing-deps --print-module-deps --multi-release 17 "$work/$name")
  fi
  echo "$name: $modules"
done | tee "$work/all"
echo "all: $(cut -d: -f2 "$work/all" | tr ',' '\n' | tr -d ' ' | grep . | sort -u | paste -sd, -)"
