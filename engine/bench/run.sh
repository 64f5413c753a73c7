#!/usr/bin/env bash
# Typwerk benchmarks, documented in docs/performance.md:
#   1. JMH, briefly: scoring throughput per strategy, answers parsing, writing a result line;
#   2. end to end: `typwerk generate` ROWS answers (JSON Lines), then `typwerk batch` on them, set
#      against a parse-only baseline measured in the same run (ParseOnly: Jackson's MappingIterator
#      reads the same file and throws every row away; on up to 4 processors measured a second
#      time with the serial collector that ./typwerk gives batch there, the target counting
#      against the faster of the two; each baseline measured before and after the batches, and
#      their mean taken, since the machine's speed drifts during a run);
#   3. batch on the same rows again under a small heap (JAVA_OPTS=-Xmx64m): must pass; peak RSS;
#   4. cold start of `typwerk score` on one answers file against a bare JVM start (an empty main);
#   5. `typwerk serve`: POST /v1/score requests per second against the same answers scored and
#      written as JSON through the embedding API in one JVM, with the same number of threads, in
#      HTTP_ROUNDS rounds taking turns (the best of each side counts), the
#      processor time per request of each side, and the latency (p50, p99) under HTTP_CLIENTS
#      concurrent clients (HttpLoad);
#   6. scoring per CPU second of the measuring thread (CpuScoring): strategyOnly and engineInline
#      again, for a machine so busy that JMH's wall-clock scores say nothing.
# Writes $OUT_DIR/results.md (and the raw files beside it) and prints the Markdown tables, the last
# of which holds every figure of issue 18 against its target, each ratio from this run.
#
# Settings (environment variables, defaults in brackets):
#   ROWS [1000000]  SEED [42]  QUESTIONNAIRE [oefit-digitalisierungstypen]
#   JMH_FORKS [1]  JMH_WARMUP [3]  JMH_ITERATIONS [3]  JMH_TIME [3s]  JMH_FILTER [de.typwerk.bench]  SKIP_JMH [0]
#   SMALL_HEAP [-Xmx64m]  COLD_RUNS [7]  BATCH_THREADS [batch default: one per processor]  BATCH_DETAIL [compact, batch's default; or full]
#   HTTP_REQUESTS [20000]  HTTP_THREADS [4]  HTTP_ROUNDS [3]  HTTP_CLIENTS [64]  SKIP_HTTP [0]  CPU_ROUNDS [5]  CPU_SECONDS [1]  SKIP_CPU [0]
#   OUT_DIR [engine/bench/target/run]  KEEP_RESULTS [0: batch output is counted and dropped; 1: kept as results.jsonl]
# Example while developing: ROWS=20000 JMH_WARMUP=1 JMH_ITERATIONS=1 JMH_TIME=1s COLD_RUNS=3 HTTP_REQUESTS=3000 CPU_ROUNDS=2 engine/bench/run.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
ROWS="${ROWS:-1000000}"
SEED="${SEED:-42}"
QUESTIONNAIRE="${QUESTIONNAIRE:-oefit-digitalisierungstypen}"
JMH_FORKS="${JMH_FORKS:-1}"
JMH_WARMUP="${JMH_WARMUP:-3}"
JMH_ITERATIONS="${JMH_ITERATIONS:-3}"
JMH_TIME="${JMH_TIME:-3s}"
JMH_FILTER="${JMH_FILTER:-de.typwerk.bench}"
SKIP_JMH="${SKIP_JMH:-0}"
SMALL_HEAP="${SMALL_HEAP:--Xmx64m}"
COLD_RUNS="${COLD_RUNS:-7}"
BATCH_THREADS="${BATCH_THREADS:-}"
BATCH_DETAIL="${BATCH_DETAIL:-compact}"
OUT_DIR="${OUT_DIR:-$root/engine/bench/target/run}"
KEEP_RESULTS="${KEEP_RESULTS:-0}"
HTTP_REQUESTS="${HTTP_REQUESTS:-20000}"
HTTP_THREADS="${HTTP_THREADS:-4}"
HTTP_ROUNDS="${HTTP_ROUNDS:-3}"
HTTP_CLIENTS="${HTTP_CLIENTS:-64}"
SKIP_HTTP="${SKIP_HTTP:-0}"
CPU_ROUNDS="${CPU_ROUNDS:-5}"
CPU_SECONDS="${CPU_SECONDS:-1}"
SKIP_CPU="${SKIP_CPU:-0}"

typwerk="$root/typwerk"
cli_jar="$root/cli/target/typwerk-cli.jar"
bench_jar="$root/engine/bench/target/typwerk-bench.jar"
bench_cp="$bench_jar:$root/engine/bench/target/lib/*"
persona="$root/questionnaires/oefit/src/test/resources/personas/optimierer.yaml"
java_cmd="java"
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then java_cmd="$JAVA_HOME/bin/java"; fi

log() { printf '%s\n' "run.sh: $*" >&2; }
fail() { log "$*"; exit 1; }

mkdir -p "$OUT_DIR"

# --- build ------------------------------------------------------------------------------------
# the launcher builds the whole reactor (bench included) when any source is newer than the CLI jar
"$typwerk" --version >/dev/null
if [[ ! -f "$bench_jar" || ! -d "$root/engine/bench/target/lib" ]]; then
  log "building the bench module"
  (cd "$root" && mvn -B -q -Dstyle.color=never -DskipTests package -pl engine/bench -am) || fail "build failed"
fi

# --- the machine ------------------------------------------------------------------------------
cpu="$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//' || true)"
mem_kb="$(awk '/MemTotal/ {print $2}' /proc/meminfo 2>/dev/null || echo 0)"
java_version="$("$java_cmd" -version 2>&1 | head -n 3 | tr '\n' ' ' | sed 's/ *$//')"
machine="nproc $(nproc), memory $((mem_kb / 1024 / 1024)) GiB, CPU ${cpu:-unknown}, $(uname -sr); $java_version"
log "machine: $machine"
# other work on the machine skews every figure: say how busy it was, at the start and at the end
load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime; }
load_start="$(load)"

# --- helpers ----------------------------------------------------------------------------------
have_time() { [[ -x /usr/bin/time ]] && /usr/bin/time -v true >/dev/null 2>&1; }

# measure NAME MODE CMD…: runs CMD, MODE count (stdout lines counted into NAME.rows) or keep
# (stdout into NAME.out); records wall ms, exit code and peak RSS (KiB) in NAME.{ms,status,rss}.
# Peak RSS from /usr/bin/time -v when it is there, else by sampling ps every 100 ms.
measure() {
  local name="$1" mode="$2"; shift 2
  local out="$OUT_DIR/$name.out" pid status=0 start end peak=0 rss
  rm -f "$OUT_DIR/$name".{rows,out,err,time}
  start="$(date +%s%N)"
  if have_time; then
    if [[ "$mode" == count ]]; then
      /usr/bin/time -v -o "$OUT_DIR/$name.time" "$@" 2>"$OUT_DIR/$name.err" > >(wc -l | tr -d ' ' >"$OUT_DIR/$name.rows") &
    else
      /usr/bin/time -v -o "$OUT_DIR/$name.time" "$@" 2>"$OUT_DIR/$name.err" >"$out" &
    fi
    pid=$!
    wait "$pid" || status=$?
    end="$(date +%s%N)"
    peak="$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$OUT_DIR/$name.time")"
  else
    if [[ "$mode" == count ]]; then
      "$@" 2>"$OUT_DIR/$name.err" > >(wc -l | tr -d ' ' >"$OUT_DIR/$name.rows") &
    else
      "$@" 2>"$OUT_DIR/$name.err" >"$out" &
    fi
    pid=$!
    while kill -0 "$pid" 2>/dev/null; do
      rss="$(ps -o rss= -p "$pid" 2>/dev/null | tr -d ' ' || true)"
      [[ -n "$rss" && "$rss" -gt "$peak" ]] && peak="$rss"
      sleep 0.1
    done
    wait "$pid" || status=$?
    end="$(date +%s%N)"
  fi
  if [[ "$mode" == count ]]; then
    # the counting reader finishes just after the writer closes its end
    for _ in $(seq 1 100); do [[ -s "$OUT_DIR/$name.rows" ]] && break; sleep 0.05; done
  fi
  echo $(((end - start) / 1000000)) >"$OUT_DIR/$name.ms"
  echo "$status" >"$OUT_DIR/$name.status"
  echo "${peak:-0}" >"$OUT_DIR/$name.rss"
}

ms() { cat "$OUT_DIR/$1.ms"; }
per_second() { awk -v n="$1" -v ms="$2" 'BEGIN { printf "%.0f", n / (ms / 1000) }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "n/a"; else printf "%.3f", a / b }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.0f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# --- 1. JMH -----------------------------------------------------------------------------------
jmh_rows=""
if [[ "$SKIP_JMH" != 1 ]]; then
  log "JMH: $JMH_FORKS fork(s), $JMH_WARMUP warm-up and $JMH_ITERATIONS measured iterations of $JMH_TIME"
  "$java_cmd" -cp "$bench_cp" org.openjdk.jmh.Main -f "$JMH_FORKS" -wi "$JMH_WARMUP" -i "$JMH_ITERATIONS" \
    -w "$JMH_TIME" -r "$JMH_TIME" -rf json -rff "$OUT_DIR/jmh.json" "$JMH_FILTER" >"$OUT_DIR/jmh.txt" 2>&1 \
    || fail "JMH failed, see $OUT_DIR/jmh.txt"
  # the summary table at the end: Benchmark (params…) Mode Cnt Score [± Error] Units
  jmh_rows="$(awk '
    /^Benchmark +/ { table = 1; next }
    table && NF >= 5 && $0 !~ /:stack/ {
      for (i = 2; i <= NF; i++) if ($i == "thrpt") break
      params = ""; for (j = 2; j < i; j++) if ($j != "N/A") params = params (params == "" ? "" : " ") $j
      if ($(NF - 2) == "±") { score = $(NF - 3); err = $(NF - 1) } else { score = $(NF - 1); err = "" }
      sub(/^de\.typwerk\.bench\./, "", $1)
      printf "| %s | %s | %.0f | %s |\n", $1, params, score, (err == "" ? "" : sprintf("± %.0f", err))
    }' "$OUT_DIR/jmh.txt")"
fi
# jmh_score BENCHMARK PARAM: the score of one line of the JMH table above (empty when not run)
jmh_score() {
  awk -F'|' -v b="$1" -v p="$2" '{ gsub(/ /, "", $2); gsub(/ /, "", $3); gsub(/ /, "", $4) } $2 == b && $3 == p { print $4 }' <<<"$jmh_rows"
}

# --- 2. generate, parse-only, batch -----------------------------------------------------------
answers="$OUT_DIR/answers.jsonl"
log "generating $ROWS rows of $QUESTIONNAIRE (seed $SEED)"
measure generate keep "$typwerk" generate "$QUESTIONNAIRE" --count "$ROWS" --seed "$SEED" --out "$answers" --force
[[ "$(cat "$OUT_DIR/generate.status")" == 0 ]] || fail "typwerk generate failed: $(cat "$OUT_DIR/generate.err")"
answers_mib="$(mib $(( $(stat -c %s "$answers") / 1024 )))"

log "parse-only baseline (Jackson MappingIterator)"
measure parse keep "$java_cmd" -cp "$bench_cp" de.typwerk.bench.ParseOnly "$answers"
[[ "$(cat "$OUT_DIR/parse.status")" == 0 ]] || fail "ParseOnly failed: $(cat "$OUT_DIR/parse.err")"
# ./typwerk gives batch the serial collector on up to 4 processors (see the launcher); the
# baseline is then measured with it as well, so that the ratio does not credit batch with a
# setting Jackson alone would profit from too; the target counts against the faster baseline
batch_gc=""
if [[ "$(nproc)" -le 4 && "${JAVA_OPTS:-}" != *GC* ]]; then batch_gc="-XX:+UseSerialGC"; fi
if [[ -n "$batch_gc" ]]; then
  log "parse-only baseline with the batch's collector ($batch_gc)"
  measure parsegc keep "$java_cmd" "$batch_gc" -cp "$bench_cp" de.typwerk.bench.ParseOnly "$answers"
  [[ "$(cat "$OUT_DIR/parsegc.status")" == 0 ]] || fail "ParseOnly failed: $(cat "$OUT_DIR/parsegc.err")"
fi

batch_args=(batch "$answers" --detail "$BATCH_DETAIL")
[[ -n "$BATCH_THREADS" ]] && batch_args+=(--threads "$BATCH_THREADS")
log "typwerk batch on $ROWS rows"
if [[ "$KEEP_RESULTS" == 1 ]]; then
  measure batch keep "$typwerk" "${batch_args[@]}"
  mv "$OUT_DIR/batch.out" "$OUT_DIR/results.jsonl"
  grep -c '' "$OUT_DIR/results.jsonl" >"$OUT_DIR/batch.rows"
else
  measure batch count "$typwerk" "${batch_args[@]}"
fi
batch_status="$(cat "$OUT_DIR/batch.status")"
batch_rows="$(cat "$OUT_DIR/batch.rows" 2>/dev/null || echo 0)"

# --- 3. batch under a small heap --------------------------------------------------------------
log "typwerk batch on $ROWS rows with JAVA_OPTS=$SMALL_HEAP"
saved_java_opts="${JAVA_OPTS-}"
export JAVA_OPTS="$SMALL_HEAP"
measure small count "$typwerk" "${batch_args[@]}"
export JAVA_OPTS="$saved_java_opts"
small_status="$(cat "$OUT_DIR/small.status")"
small_rows="$(cat "$OUT_DIR/small.rows" 2>/dev/null || echo 0)"
small_pass="no"
[[ "$small_status" == 0 && "$small_rows" == "$ROWS" ]] && small_pass="yes"

# the baselines once more, after the batches: the machine's speed drifts during a run (seen: by a
# quarter within minutes), so each baseline is the mean of a measurement before and one after
log "parse-only baseline again, after the batches"
measure parse2 keep "$java_cmd" -cp "$bench_cp" de.typwerk.bench.ParseOnly "$answers"
[[ "$(cat "$OUT_DIR/parse2.status")" == 0 ]] || fail "ParseOnly failed: $(cat "$OUT_DIR/parse2.err")"
if [[ -n "$batch_gc" ]]; then
  measure parsegc2 keep "$java_cmd" "$batch_gc" -cp "$bench_cp" de.typwerk.bench.ParseOnly "$answers"
  [[ "$(cat "$OUT_DIR/parsegc2.status")" == 0 ]] || fail "ParseOnly failed: $(cat "$OUT_DIR/parsegc2.err")"
fi

# --- 4. cold start ----------------------------------------------------------------------------
log "cold start: $COLD_RUNS runs each"
: >"$OUT_DIR/cold-score.ms"; : >"$OUT_DIR/cold-launcher.ms"; : >"$OUT_DIR/cold-jvm.ms"
for _ in $(seq 1 "$COLD_RUNS"); do
  measure cold keep "$java_cmd" -jar "$cli_jar" score "$persona" --format json
  [[ "$(cat "$OUT_DIR/cold.status")" == 0 ]] || fail "typwerk score failed: $(cat "$OUT_DIR/cold.err")"
  ms cold >>"$OUT_DIR/cold-score.ms"
  measure cold keep "$typwerk" score "$persona" --format json
  ms cold >>"$OUT_DIR/cold-launcher.ms"
  measure cold keep "$java_cmd" -cp "$bench_jar" de.typwerk.bench.EmptyMain
  ms cold >>"$OUT_DIR/cold-jvm.ms"
done
cold_score="$(median <"$OUT_DIR/cold-score.ms")"
cold_launcher="$(median <"$OUT_DIR/cold-launcher.ms")"
cold_jvm="$(median <"$OUT_DIR/cold-jvm.ms")"

# --- 5. typwerk serve -------------------------------------------------------------------------
http_line=""
if [[ "$SKIP_HTTP" != 1 ]]; then
  log "HTTP: $HTTP_REQUESTS requests on $HTTP_THREADS threads, embedded and over HTTP"
  "$typwerk" serve --port 0 --quiet >"$OUT_DIR/serve.out" 2>"$OUT_DIR/serve.err" &
  server=$!
  for _ in $(seq 1 240); do
    grep -q 'http://' "$OUT_DIR/serve.out" 2>/dev/null && break
    kill -0 "$server" 2>/dev/null || fail "typwerk serve ended early: $(cat "$OUT_DIR/serve.err")"
    sleep 0.5
  done
  url="$(grep -o 'http://[^ ]*' "$OUT_DIR/serve.out")" || fail "typwerk serve gave no address"
  # the embedded baseline runs with the collector the launcher gives the server (serial on up to 4
  # processors, unless JAVA_OPTS chooses one), so that neither side has a collector the other lacks
  http_jvm=()
  processors="$(nproc 2>/dev/null || echo 0)"
  if [[ "${JAVA_OPTS:-}" != *GC* && "$processors" =~ ^[0-9]+$ && "$processors" -ge 1 && "$processors" -le 4 ]]; then
    http_jvm+=("-XX:+UseSerialGC")
  fi
  # the server's process id (the launcher execs java): HttpLoad reports the processor time each side took
  http_line="$("$java_cmd" ${http_jvm[@]+"${http_jvm[@]}"} -Dtypwerk.bench.rounds="$HTTP_ROUNDS" -cp "$bench_cp" de.typwerk.bench.HttpLoad "$url" "$persona" "$HTTP_REQUESTS" "$HTTP_THREADS" \
    "$HTTP_CLIENTS" "$server" 2>"$OUT_DIR/http.err")" || { kill "$server"; fail "HttpLoad failed: $(cat "$OUT_DIR/http.err")"; }
  echo "$http_line" >"$OUT_DIR/http.txt"
  kill -TERM "$server"; wait "$server" 2>/dev/null || true
fi

# --- 6. scoring per CPU second ----------------------------------------------------------------
cpu_lines=""
if [[ "$SKIP_CPU" != 1 ]]; then
  log "scoring per CPU second of the measuring thread: $CPU_ROUNDS rounds of ${CPU_SECONDS}s"
  cpu_lines="$("$java_cmd" -cp "$bench_cp" de.typwerk.bench.CpuScoring "$CPU_ROUNDS" "$CPU_SECONDS" 2>"$OUT_DIR/cpu.err")" \
    || fail "CpuScoring failed: $(cat "$OUT_DIR/cpu.err")"
  echo "$cpu_lines" >"$OUT_DIR/cpu.txt"
fi
load_end="$(load)"

# --- report -----------------------------------------------------------------------------------
field() { tr ' ' '\n' <<<"$http_line" | awk -F= -v k="$1" '$1 == k { print $2 }'; }
cpu_field() { tr ' ' '\n' <<<"$1" | awk -F= -v k="$2" '$1 == k { print $2 }'; }
# target_row FIGURE VALUE TARGET-TEXT ge|le BOUND: one row of the targets table
target_row() {
  local met="no"
  awk -v v="$2" -v b="$5" -v op="$4" 'BEGIN { exit !(v != "" && v != "n/a" && (op == "ge" ? v + 0 >= b : v + 0 <= b)) }' && met="yes"
  echo "| $1 | $2 | $3 | $met |"
}
mean() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", (a + b) / 2 }'; }
parse_ms="$(mean "$(ms parse)" "$(ms parse2)")"; batch_ms="$(ms batch)"; small_ms="$(ms small)"
parse_rate="$(per_second "$ROWS" "$parse_ms")"
batch_rate="$(per_second "$ROWS" "$batch_ms")"
small_rate="$(per_second "$ROWS" "$small_ms")"
batch_ratio="$(ratio "$batch_rate" "$parse_rate")"
small_ratio="$(ratio "$small_rate" "$parse_rate")"
strict_ratio="$batch_ratio"
if [[ -n "$batch_gc" ]]; then
  parsegc_ms="$(mean "$(ms parsegc)" "$(ms parsegc2)")"
  parsegc_rate="$(per_second "$ROWS" "$parsegc_ms")"
  batch_ratio_gc="$(ratio "$batch_rate" "$parsegc_rate")"
  small_ratio_gc="$(ratio "$small_rate" "$parsegc_rate")"
  strict_ratio="$(awk -v a="$batch_ratio" -v b="$batch_ratio_gc" 'BEGIN { print (a < b ? a : b) }')"
fi
target="missed"
awk -v r="$strict_ratio" 'BEGIN { exit !(r >= 0.5) }' && target="met"
batch_cpu="$(awk -F: '/Percent of CPU/ {gsub(/ /, "", $2); print $2}' "$OUT_DIR/batch.time" 2>/dev/null || true)"

{
  echo "# Typwerk benchmark run, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $machine"
  echo
  echo "Load average (1, 5, 15 min) at the start: $load_start; at the end: $load_end (on $(nproc) processors)."
  echo
  echo "Settings: ROWS=$ROWS SEED=$SEED QUESTIONNAIRE=$QUESTIONNAIRE JMH ${JMH_FORKS}f×${JMH_WARMUP}wi×${JMH_ITERATIONS}i×$JMH_TIME" \
       "SMALL_HEAP=$SMALL_HEAP COLD_RUNS=$COLD_RUNS BATCH_THREADS=${BATCH_THREADS:-default} BATCH_DETAIL=$BATCH_DETAIL"
  if [[ -n "$jmh_rows" ]]; then
    echo
    echo "## JMH (ops/s, higher is better)"
    echo
    echo "| benchmark | parameters | ops/s | error (99.9 %) |"
    echo "|---|---|---:|---:|"
    echo "$jmh_rows"
  fi
  echo
  echo "## End to end ($ROWS rows, answers file $answers_mib MiB)"
  echo
  # a second baseline column only where the launcher gives batch another collector
  gc_head="" gc_rule="" gc_parse="" gc_batch="" gc_small=""
  if [[ -n "$batch_gc" ]]; then
    echo "Ratios to both baselines: the JVM's default settings, and the collector \`./typwerk\` gives batch here ($batch_gc)."
    echo
    gc_head=" ratio to parse-only, $batch_gc |" gc_rule="---:|" gc_parse=" |"
    gc_batch=" $batch_ratio_gc |" gc_small=" $small_ratio_gc |"
  fi
  echo "| measurement | wall | rows/s | ratio to parse-only |$gc_head peak RSS | result |"
  echo "|---|---:|---:|---:|$gc_rule---:|---|"
  echo "| parse-only (Jackson MappingIterator, JVM start included) | $parse_ms ms | $parse_rate | 1 |$gc_parse $(mib "$(cat "$OUT_DIR/parse.rss")") MiB | baseline: mean of $(ms parse) ms before the batches and $(ms parse2) ms after |"
  [[ -n "$batch_gc" ]] && echo "| parse-only, $batch_gc | $parsegc_ms ms | $parsegc_rate | | 1 | $(mib "$(cat "$OUT_DIR/parsegc.rss")") MiB | baseline: mean of $(ms parsegc) ms before and $(ms parsegc2) ms after |"
  echo "| typwerk batch (default heap) | $batch_ms ms | $batch_rate | $batch_ratio |$gc_batch $(mib "$(cat "$OUT_DIR/batch.rss")") MiB | exit $batch_status, $batch_rows rows out, CPU ${batch_cpu:-n/a}; target ≥ 0.5${batch_gc:+ (against both)}: $target |"
  echo "| typwerk batch, JAVA_OPTS=$SMALL_HEAP | $small_ms ms | $small_rate | $small_ratio |$gc_small $(mib "$(cat "$OUT_DIR/small.rss")") MiB | exit $small_status, $small_rows rows out; passes: $small_pass |"
  echo
  echo "## Cold start (median of $COLD_RUNS runs)"
  echo
  echo "| measurement | median wall | ratio to bare JVM |"
  echo "|---|---:|---:|"
  echo "| bare JVM (empty main) | $cold_jvm ms | 1 |"
  echo "| typwerk score, one answers file (java -jar) | $cold_score ms | $(ratio "$cold_score" "$cold_jvm") |"
  echo "| typwerk score via ./typwerk (launcher's build check included) | $cold_launcher ms | $(ratio "$cold_launcher" "$cold_jvm") |"
  if [[ -n "$http_line" ]]; then
    echo
    echo "## typwerk serve ($HTTP_REQUESTS requests of one answers file, $HTTP_THREADS client threads, after as many to warm up; the best of $HTTP_ROUNDS rounds of each side, taking turns)"
    echo
    echo "| measurement | requests/s | ratio to embedded | p50 | p99 |"
    echo "|---|---:|---:|---:|---:|"
    echo "| embedded: Typwerk.score and the result written as JSON, in the client's JVM (baseline) | $(field embedded_per_second) | 1 | | |"
    echo "| POST /v1/score to ./typwerk serve (client and server on this machine) | $(field http_per_second) | $(field ratio) | | |"
    echo "| POST /v1/score, $(field clients) concurrent clients | $(field clients_per_second) | | $(field p50_ms) ms | $(field p99_ms) ms (max $(field max_ms) ms) |"
    echo
    echo "Processor time per request (user and system, every thread of the process): embedded $(field embedded_cpu_us) µs;"
    echo "over HTTP $(field http_client_cpu_us) µs in the client and $(field http_server_cpu_us) µs in the server;"
    echo "embedded ÷ both: $(field cpu_ratio) (what the ratio above would be if client and server had the processors to themselves)."
  fi
  if [[ -n "$cpu_lines" ]]; then
    echo
    echo "## Scoring per CPU second of the measuring thread (CpuScoring: best of $CPU_ROUNDS rounds of ${CPU_SECONDS}s, 1,024 responses cycled)"
    echo
    echo "| strategy | strategyOnly | engineInline | engineInline ÷ strategyOnly |"
    echo "|---|---:|---:|---:|"
    while read -r line; do
      echo "| $(cpu_field "$line" strategy) | $(cpu_field "$line" strategy_only) | $(cpu_field "$line" engine_inline) | $(cpu_field "$line" ratio) |"
    done <<<"$cpu_lines"
  fi
  echo
  echo "## Issue 18's figures against their targets (each ratio from this run)"
  echo
  echo "| figure | measured | target | met |"
  echo "|---|---:|---|---|"
  for s in points prototype; do
    j_only="$(jmh_score ScoringBenchmark.strategyOnly "$s")"; j_inline="$(jmh_score ScoringBenchmark.engineInline "$s")"
    c_line="$(grep "^strategy=$s " <<<"$cpu_lines" || true)"
    c_only="$(cpu_field "$c_line" strategy_only)"; c_ratio="$(cpu_field "$c_line" ratio)"
    [[ -n "$j_only" ]] && target_row "JMH strategyOnly, $s (ops/s, wall clock)" "$j_only" "≥ 1,000,000" ge 1000000
    [[ -n "$c_only" ]] && target_row "strategyOnly, $s (ops per CPU second)" "$c_only" "≥ 1,000,000" ge 1000000
    [[ -n "$j_only" && -n "$j_inline" ]] && target_row "JMH engineInline ÷ strategyOnly, $s" "$(ratio "$j_inline" "$j_only")" "≥ 0.5" ge 0.5
    [[ -n "$c_ratio" ]] && target_row "engineInline ÷ strategyOnly, $s (CPU seconds)" "$c_ratio" "≥ 0.5" ge 0.5
  done
  target_row "typwerk batch ($BATCH_DETAIL rows) ÷ parse-only, $ROWS rows (the lower of the baselines)" "$strict_ratio" "≥ 0.5" ge 0.5
  echo "| typwerk batch under $SMALL_HEAP, $ROWS rows | exit $small_status, $small_rows rows out | passes | $small_pass |"
  target_row "./typwerk score one.yaml ÷ bare JVM start (medians)" "$(ratio "$cold_launcher" "$cold_jvm")" "≤ 3" le 3
  if [[ -n "$http_line" ]]; then
    target_row "POST /v1/score ÷ embedded ($HTTP_THREADS threads)" "$(field ratio)" "≥ 0.8" ge 0.8
    target_row "POST /v1/score ÷ embedded, processor time per request (client and server together)" "$(field cpu_ratio)" "≥ 0.8" ge 0.8
    echo "| p99 latency, $(field clients) concurrent clients | $(field p99_ms) ms | reported | yes |"
  fi
} >"$OUT_DIR/results.md"

cat "$OUT_DIR/results.md"
[[ "$small_pass" == yes ]] || { log "the $SMALL_HEAP run did not pass (exit $small_status, $small_rows of $ROWS rows)"; exit 1; }
