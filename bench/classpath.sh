# Sourced by the bench/*.sh scripts (after `cd` to the project): bench_classpath CLASS prints the class path to run
# the benchmark class CLASS (e.g. org.permitdesk.bench.ReportBenchmark) with, building first (mvn test-compile and
# the dependency class path) when the class is missing or older than the sources, templates, FXML or pom.xml.
bench_classpath() {
  local class_file="target/test-classes/${1//.//}.class" cp_file=target/bench-classpath.txt
  if [[ ! -f $class_file || ! -f $cp_file || pom.xml -nt $cp_file \
        || -n $(find src fxml-resources reports pom.xml -type f -newer "$class_file" 2>/dev/null | head -1) ]]; then
    echo "Building (mvn test-compile)..." >&2
    mvn -q -B -ntp test-compile >&2
    mvn -q -B -ntp dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >&2
  fi
  echo "target/classes:target/test-classes:$(cat "$cp_file")"
}
