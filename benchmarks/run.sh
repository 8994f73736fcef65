#!/usr/bin/env bash
# One command for every performance figure of the SDK (issues 11 and 22). Builds benchmarks/target/benchmarks.jar when
# it is missing or older than the sources, runs the JMH benchmarks and the heap probe (in its own JVM), and prints a
# table of figures and, one per line as `name = value  PASS|BELOW (target)`, with the spread where there is one:
#   sm2_sign_ratio    SDK SM2-signed CEB621 (5 lines) per second on 1 thread ÷ openssl sm2 sign/s     (≥ 3.0)
#   sm2_verify_ratio  SDK verified CEB621 (read + C14N + verify) per second ÷ openssl sm2 verify/s    (≥ 2.0)
#   rsa_sign_ratio    SDK RSA-1024-signed CEB621 per second ÷ openssl rsa1024 sign/s                  (≥ 0.35)
#   two_core_scaling  SM2-signed CEB621/s with 2 threads ÷ with 1 thread                              (≥ 1.8)
#   enqueue_per_s     durable H2 outbox enqueues per second, 16 threads                               (≥ 5000)
#   e2e_per_s         submit → release receipt per second through a loopback gateway                 (≥ 1000)
#   e2e_cpu_ms_per_filing  CPU time of the SDK's process per filing end to end (the gateway runs in a process of
#                     its own; CpuProfiler: process CPU time ÷ operations), median of the iterations, with
#                     the JIT compiler's part of it (near 0 when the iterations measured a warm JVM)      (≤ 1.0)
#   e2e_postgres_per_s  the same end to end with the outbox on PostgreSQL, with the SDK's CPU and the server's
#                     (and gateway's) CPU per filing: a message's whole life on PostgreSQL; full run only (reported)
#   pg_claims_per_s   messages claimed and completed per second by one instance on PostgreSQL with
#                     10^5 pending (the tests' embedded server on this machine's cores), with the SDK's and
#                     the server's CPU per claim; the full run adds 2 and 3 instances                (reported)
#   stats_heap_mb_h2, stats_heap_mb_postgres  peak live heap (MB) of `statistics` over 10^6 stored filings
#                     read through the store adapter, in a JVM capped at 256 MB                       (< 256)
#   heap_mb_1m_queued peak live heap (MB, after each GC) with 10^6 messages queued in H2, in a JVM capped
#                     at 256 MB (raw peak before collections in the table)                             (< 256)
# The three ratios are interleaved: `openssl speed -elapsed` of the same algorithm runs before each measured JMH
# iteration, in the minute the SDK runs (A B A B ...), and each ratio is the median of the pairs' ratios (at least
# three pairs) with their minimum and maximum, so that one busy minute does not decide it. The machine's load average
# at the start and the end is printed with the results.
# Usage: benchmarks/run.sh [--quick]   (--quick: under four minutes, three pairs per ratio, no samples and envelope
#        benchmarks, submitAsync, submitBatch, k·G comparison or PostgreSQL outbox end to end; the heap probe queues
#        10^5 messages and extrapolates linearly to 10^6; the reporting probes store 10^4 filings instead of 10^6 and
#        say so; PostgreSQL with one instance only)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
jar="$here/target/benchmarks.jar"
samples="$root/../shared/spec/ceb-202205/samples"

quick=false
for arg in "$@"; do
  case "$arg" in
    --quick) quick=true ;;
    -h|--help) sed -n '2,26p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $arg (usage: $0 [--quick])" >&2; exit 2 ;;
  esac
done

for tool in java openssl python3; do
  command -v "$tool" >/dev/null || { echo "$tool is needed (e.g. apt-get install $tool)" >&2; exit 2; }
done
[[ -d "$samples" ]] || { echo "the official samples are missing: expected $samples" >&2; exit 2; }

if [[ ! -f "$jar" ]] || [[ -n "$(find "$root" -path '*/src/main/*' -newer "$jar" -print -quit)" ]]; then
  echo "building $jar ..." >&2
  (cd "$root" && ./mvnw -B -q -pl benchmarks -am package -DskipTests)
fi

# The XML verification path needs about ten seconds of JIT warm-up; shorter warm-ups under-report it threefold.
# The measured iterations of signing and verifying are the SDK's side of the pairs: one openssl run before each. The
# pipeline and PostgreSQL runs take as many iterations, so that their medians are of three or more.
if $quick; then
  short=(-wi 1 -w 3 -i 2 -r 2)
  paired=(-wi 2 -w 2 -i 3 -r 2)
  verify=(-wi 3 -w 3 -i 3 -r 2)
  e2e=(-wi 11 -w 5 -i 3 -r 5)
  openssl_seconds=1
  heap_count=100000
  stats_count=10000
  instances=(1)
  t1='Sm2Benchmark\.sm2(Sign|Verify)$'   # raw SM2 only: samples, envelopes, the k·G and Bouncy Castle comparisons in the full run
  pipeline='EndToEndBenchmark\.submit$'   # submitAsync, submitBatch and the PostgreSQL outbox only in the full run
  e2e_stores=h2
else
  short=(-wi 3 -w 3 -i 5 -r 3)
  paired=(-wi 3 -w 3 -i 5 -r 3)
  verify=(-wi 5 -w 5 -i 5 -r 3)
  e2e=(-wi 12 -w 5 -i 5 -r 5)
  openssl_seconds=2
  heap_count=1000000
  stats_count=1000000
  instances=(1 2 3)
  t1='SamplesBenchmark|EnvelopeBenchmark|Sm2Benchmark'
  pipeline='EndToEndBenchmark'
  e2e_stores=h2,postgres
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
read -r load_start _ < /proc/loadavg
jmh() { # jmh <result file> <JMH arguments...>
  local out="$1"; shift
  java -jar "$jar" "$@" -foe true -rf json -rff "$work/$out" >"$work/$out.log" 2>&1 || {
    cat "$work/$out.log" >&2; echo "JMH run $out failed" >&2; exit 2; }
  grep -E '^(Benchmark|[A-Z][A-Za-z]+Benchmark\.)' "$work/$out.log" >&2 || true
}
pairs() { # pairs <file>: JVM options that make OpensslPairs run openssl before each measured iteration
  echo "-Dcbec.openssl.pairs=$work/$1 -Dcbec.openssl.seconds=$openssl_seconds"
}

echo "== JMH, 1 thread: $t1 (${short[*]})" >&2
jmh t1.json "$t1" -t 1 -p samples="$samples" "${short[@]}"
echo "== JMH, 1 thread, openssl speed -elapsed -seconds $openssl_seconds before each measured iteration: signing (${paired[*]}), verifying (${verify[*]})" >&2
jmh sign.json 'SignBenchmark' -t 1 -p writeCheck=ALL "${paired[@]}" -jvmArgsAppend "$(pairs sign-pairs.txt)"
jmh verify.json 'VerifyBenchmark' -t 1 "${verify[@]}" -jvmArgsAppend "$(pairs verify-pairs.txt)"
echo "== JMH, 2 threads: SM2 signing" >&2
jmh t2.json 'SignBenchmark.sm2SignCeb621' -t 2 -p writeCheck=ALL "${short[@]}"
echo "== JMH, pipeline: durable enqueue (16 threads) (${paired[*]})" >&2
jmh pipeline.json 'EnqueueBenchmark' -prof org.cbec.benchmarks.CpuProfiler "${paired[@]}"
# End to end is a pipeline whose JIT work goes on for about 50 s on two cores (the compiler threads' CPU per filing:
# 0.4 - 0.6 ms at 30 - 45 s, 0.01 - 0.07 ms after 55 s), and an iteration must be long against the 2,000 filings in
# flight: 55 s of warm-up, then 5 s iterations.
echo "== JMH, end to end: 4 submitters, gateway in its own process, outbox $e2e_stores (${e2e[*]})" >&2
jmh e2e.json "$pipeline" -p store="$e2e_stores" -prof org.cbec.benchmarks.CpuProfiler "${e2e[@]}"
for n in "${instances[@]}"; do
  echo "== JMH, PostgreSQL: claims of $n instance(s) with 10^5 pending (embedded server)" >&2
  jmh "pg$n.json" 'PostgresClaimBenchmark' -t "$n" -prof org.cbec.benchmarks.CpuProfiler "${paired[@]}"
done

echo "== heap probe: $heap_count messages queued in H2, own JVM capped at 256 MB" >&2
java -Xmx256m -cp "$jar" org.cbec.benchmarks.HeapProbe "$heap_count" | tee "$work/heap.txt" >&2
for store in h2 postgres; do
  echo "== reporting probe: statistics over $stats_count filings stored in $store, own JVM capped at 256 MB" >&2
  java -Xmx256m -cp "$jar" org.cbec.benchmarks.StatsHeapProbe "$store" "$stats_count" 2>/dev/null | tee "$work/stats-$store.txt" >&2
done

read -r load_end _ < /proc/loadavg

python3 - "$work" "$(openssl version)" "$heap_count" "$stats_count" "$load_start" "$load_end" "${instances[*]}" <<'PY'
import json, statistics, sys

work, openssl_version, heap_count, stats_count = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
load_start, load_end, instances = sys.argv[5], sys.argv[6], [int(n) for n in sys.argv[7].split()]

scores, iterations, cpu = {}, {}, {}
runs = [("t1", ""), ("sign", ""), ("verify", ""), ("t2", " -t 2"), ("pipeline", ""), ("e2e", "")] + [(f"pg{n}", "") for n in instances]
for run, suffix in runs:
    for r in json.load(open(f"{work}/{run}.json")):
        name = r["benchmark"].rsplit(".", 2)
        label = name[-2] + "." + name[-1] + suffix
        if r.get("params", {}).get("store", "h2") != "h2":
            label += " " + r["params"]["store"]
        if r.get("threads", 1) > 1 and not suffix:
            label += f" ({r['threads']} threads)"
        m = r["primaryMetric"]
        scores[label] = (m["score"], m.get("scoreError"))
        iterations[label] = [x for fork in m.get("rawData", []) for x in fork]
        sec = r.get("secondaryMetrics", {})
        for metric in ("cpu.ms/op", "cpu.jit.ms/op", "cpu.peer.ms/op", "written.kb/op"):
            if metric in sec:
                values = [float(x) for fork in sec[metric].get("rawData", []) for x in fork]   # JMH writes NaN as "NaN"
                cpu.setdefault(label, {})[metric] = [v for v in values if v == v]

def pairs(file):
    """benchmark method -> [(sign/s, verify/s)] of the openssl runs, in order."""
    out = {}
    for line in open(f"{work}/{file}").read().split("\n"):
        if line.strip():
            name, sign, verify = line.split()
            out.setdefault(name, []).append((float(sign), float(verify)))
    return out

sign_pairs, verify_pairs = pairs("sign-pairs.txt"), pairs("verify-pairs.txt")

def paired_ratios(label, openssl_runs, column):
    sdk = iterations.get(label) or sys.exit(f"benchmark {label} missing from the JMH results")
    if len(openssl_runs) != len(sdk):
        sys.exit(f"{label}: {len(sdk)} measured iterations but {len(openssl_runs)} openssl runs")
    return [s / o[column] for s, o in zip(sdk, openssl_runs)]

heap = dict(line.split(" = ") for line in open(f"{work}/heap.txt").read().splitlines() if " = " in line)
baseline, peak, live = float(heap["baseline_heap_mb"]), float(heap["peak_heap_mb"]), float(heap["live_heap_mb"])
heap_1m = baseline + (live - baseline) * 1_000_000 / heap_count

ossl = openssl_version.split(" (")[0]
print()
print(f"{'figure':<58} {'ops/s':>12} {'± (99.9%)':>11}")
for label in sorted(scores):
    score, err = scores[label]
    try:
        err_text = f"{float(err):.1f}" if float(err) == float(err) else ""
    except (TypeError, ValueError):
        err_text = ""
    print(f"{label:<58} {score:>12.1f} {err_text:>11}")
def spread(values, digits=1):
    return (f"median of {len(values)}: {statistics.median(values):.{digits}f}"
            f" (min {min(values):.{digits}f}, max {max(values):.{digits}f})")
for label, runs, column in ((f"openssl speed sm2 sign/s, paired ({ossl})", sign_pairs.get("sm2SignCeb621", []), 0),
                            ("openssl speed sm2 verify/s, paired", verify_pairs.get("sm2VerifyCeb621", []), 1),
                            ("openssl speed rsa1024 sign/s, paired", sign_pairs.get("rsaSignCeb621", []), 0),
                            ("openssl speed rsa1024 verify/s, paired", sign_pairs.get("rsaSignCeb621", []), 1)):
    if runs:
        print(f"{label:<58} {spread([r[column] for r in runs])}")
print(f"{f'heap probe (-Xmx256m): {heap_count} queued, peak heap MB':<58} {peak:>12.1f}")
print(f"{f'heap probe: {heap_count} queued, peak live heap MB (after GC)':<58} {live:>12.1f}")
print(f"{'heap probe: baseline heap MB (store open, nothing queued)':<58} {baseline:>12.1f}")
for label in sorted(cpu):
    for metric, what in (("cpu.ms/op", "CPU ms/op, SDK"), ("cpu.jit.ms/op", "CPU ms/op, SDK's JIT"), ("cpu.peer.ms/op", "CPU ms/op, peer"),
                         ("written.kb/op", "KB written/op, SDK")):
        values = cpu[label].get(metric)
        if values:
            print(f"{label + ' ' + what:<58} {spread(values, 3)}")
stats = {}
for store in ("h2", "postgres"):
    fig = dict(line.split(" = ") for line in open(f"{work}/stats-{store}.txt").read().splitlines() if " = " in line)
    stats[store] = float(fig["live_heap_mb"])
    print(f"{f'reporting probe {store}: {stats_count} filings, peak / live heap MB':<58} {float(fig['peak_heap_mb']):>12.1f} {float(fig['live_heap_mb']):>11.1f}")
    print(f"{f'reporting probe {store}: filings read per second':<58} {stats_count / float(fig['report_seconds']):>12.1f}")
print(f"{'load average (1 min) at start / end of the run, 2 cores':<58} {load_start:>12} / {load_end}")
print()

def score(label):
    if label not in scores:
        sys.exit(f"benchmark {label} missing from the JMH results")
    return scores[label][0]

def report(name, value, target, at_least=True, note="", values=None, digits=2, below="<"):
    """at_least: value >= target; else value below target (below: "<" or "<=")."""
    if values:
        value = statistics.median(values)
        note = f"  median of {len(values)}, min {min(values):.{digits}f}, max {max(values):.{digits}f}" + note
    ok = value >= target if at_least else (value <= target if below == "<=" else value < target)
    print(f"{name} = {value:.{digits}f}  {'PASS' if ok else 'BELOW'} (target {'>=' if at_least else below} {target}){note}")

sign_t1 = score("SignBenchmark.sm2SignCeb621")
report("sm2_sign_ratio", None, 3.0, values=paired_ratios("SignBenchmark.sm2SignCeb621", sign_pairs.get("sm2SignCeb621", []), 0),
       note=" pairs")
report("sm2_verify_ratio", None, 2.0, values=paired_ratios("VerifyBenchmark.sm2VerifyCeb621", verify_pairs.get("sm2VerifyCeb621", []), 1),
       note=" pairs")
report("rsa_sign_ratio", None, 0.35, values=paired_ratios("SignBenchmark.rsaSignCeb621", sign_pairs.get("rsaSignCeb621", []), 0),
       note=" pairs")
report("two_core_scaling", score("SignBenchmark.sm2SignCeb621 -t 2") / sign_t1, 1.8)
report("enqueue_per_s", score("EnqueueBenchmark.enqueue (16 threads)"), 5000)
report("e2e_per_s", None, 1000, values=iterations["EndToEndBenchmark.submit (4 threads)"], note=" iterations", digits=0)
e2e = cpu["EndToEndBenchmark.submit (4 threads)"]
report("e2e_cpu_ms_per_filing", None, 1.0, at_least=False, values=e2e["cpu.ms/op"], digits=3, below="<=",
       note=f" iterations; of it the JIT {statistics.median(e2e.get('cpu.jit.ms/op') or [float('nan')]):.3f} ms (median)")
report("heap_mb_1m_queued", heap_1m, 256, at_least=False,
       note="" if heap_count == 1_000_000 else f"  (extrapolated linearly from {heap_count} queued)")
label = "EndToEndBenchmark.submit postgres (4 threads)"
if label in iterations:
    rates, sdk_ms, peer_ms = iterations[label], statistics.median(cpu[label]["cpu.ms/op"]), statistics.median(cpu[label]["cpu.peer.ms/op"])
    print(f"e2e_postgres_per_s = {statistics.median(rates):.0f}  (reported; median of {len(rates)}, min {min(rates):.0f}, max {max(rates):.0f};"
          f" CPU per filing: SDK {sdk_ms:.3f} ms, PostgreSQL server and gateway {peer_ms:.3f} ms)")
for n in instances:
    label = "PostgresClaimBenchmark.claimAndComplete" + (f" ({n} threads)" if n > 1 else "")
    sdk_ms, server_ms = (statistics.median(cpu[label][m]) if cpu[label].get(m) else float("nan") for m in ("cpu.ms/op", "cpu.peer.ms/op"))
    rates = iterations[label]
    print(f"pg_claims_per_s{'' if n == 1 else f'_{n}_instances'} = {statistics.median(rates):.0f}  (reported; median of {len(rates)},"
          f" min {min(rates):.0f}, max {max(rates):.0f}; CPU per claim: SDK {sdk_ms:.3f} ms, server {server_ms:.3f} ms)")
for store in ("h2", "postgres"):
    report(f"stats_heap_mb_{store}", stats[store], 256, at_least=False,
           note="" if stats_count == 1_000_000 else f"  ({stats_count} filings, not 10^6: --quick)")
PY
