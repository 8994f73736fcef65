#!/usr/bin/env bash
# One command for every performance figure of the SDK (issue 11). Builds benchmarks/target/benchmarks.jar when it is
# missing or older than the sources, runs the JMH benchmarks, `openssl speed -elapsed sm2` and `openssl speed -elapsed
# rsa1024` in the same run (wall-clock rates, like JMH's), and the heap probe in its own JVM, then prints a table of
# figures and, one per line as `name = value` with PASS/BELOW against its target:
#   sm2_sign_ratio    SDK SM2-signed CEB621 (5 lines) per second on 1 thread ÷ openssl sm2 sign/s     (≥ 2.5)
#   sm2_verify_ratio  SDK verified CEB621 (parse + C14N + verify) per second ÷ openssl sm2 verify/s  (≥ 1.2)
#   rsa_sign_ratio    SDK RSA-1024-signed CEB621 per second ÷ openssl rsa1024 sign/s                  (≥ 0.35)
#   two_core_scaling  SM2-signed CEB621/s with 2 threads ÷ with 1 thread                              (≥ 1.8)
#   enqueue_per_s     durable H2 outbox enqueues per second, 16 threads                               (≥ 5000)
#   e2e_per_s         submit → release receipt per second through a loopback gateway                 (≥ 1000)
#   e2e_cpu_ms_per_filing  CPU time of the SDK's process per filing end to end, the gateway's threads
#                     subtracted (CpuProfiler: process CPU time ÷ operations)                          (≤ 1.0)
#   pg_claims_per_s   messages claimed and completed per second by one instance on PostgreSQL with
#                     10^5 pending (the tests' embedded server on this machine's cores)              (reported)
#   stats_heap_mb_h2, stats_heap_mb_postgres  peak live heap (MB) of `statistics` over 10^6 stored filings
#                     read through the store adapter, in a JVM capped at 256 MB                       (< 256)
#   heap_mb_1m_queued peak live heap (MB, after each GC) with 10^6 messages queued in H2, in a JVM capped
#                     at 256 MB (raw peak before collections in the table)                             (< 256)
# Usage: benchmarks/run.sh [--quick]   (--quick: the heap probe queues 10^5 messages and extrapolates linearly to
#        10^6; the reporting probes store 2*10^4 filings instead of 10^6 and say so; PostgreSQL runs as in the full run)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
jar="$here/target/benchmarks.jar"
samples="$root/../shared/spec/ceb-202205/samples"

quick=false
for arg in "$@"; do
  case "$arg" in
    --quick) quick=true ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
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
if $quick; then
  short=(-wi 2 -w 2 -i 2 -r 2)
  verify=(-wi 3 -w 3 -i 2 -r 2)
  openssl_seconds=2
  heap_count=100000
  stats_count=20000
else
  short=(-wi 3 -w 3 -i 5 -r 3)
  verify=(-wi 5 -w 5 -i 5 -r 5)
  openssl_seconds=5
  heap_count=1000000
  stats_count=1000000
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
jmh() { # jmh <result file> <JMH arguments...>
  local out="$1"; shift
  java -jar "$jar" "$@" -foe true -rf json -rff "$work/$out" >"$work/$out.log" 2>&1 || {
    cat "$work/$out.log" >&2; echo "JMH run $out failed" >&2; exit 2; }
  grep -E '^(Benchmark|[A-Z][A-Za-z]+Benchmark\.)' "$work/$out.log" >&2 || true
}

echo "== JMH, 1 thread: sign, verify, samples, envelopes (${short[*]}; verify ${verify[*]})" >&2
jmh t1.json 'SignBenchmark|SamplesBenchmark|EnvelopeBenchmark|Sm2Benchmark' -t 1 -p writeCheck=ALL -p samples="$samples" "${short[@]}"
jmh verify.json 'VerifyBenchmark' -t 1 "${verify[@]}"
echo "== JMH, 2 threads: SM2 signing" >&2
jmh t2.json 'SignBenchmark.sm2SignCeb621' -t 2 -p writeCheck=ALL "${short[@]}"
echo "== JMH, pipeline: durable enqueue (16 threads), end to end (4 submitters)" >&2
jmh pipeline.json 'EnqueueBenchmark|EndToEndBenchmark' -prof org.cbec.benchmarks.CpuProfiler "${short[@]}"
echo "== JMH, PostgreSQL: claims of one instance with 10^5 pending (embedded server)" >&2
jmh pg.json 'PostgresClaimBenchmark' -prof org.cbec.benchmarks.CpuProfiler "${short[@]}"

# -elapsed: openssl divides by wall-clock time, as JMH does. By default it divides by its own CPU time, which on a
# machine shared with other work compares an unloaded openssl with a loaded SDK.
echo "== openssl speed -elapsed -seconds $openssl_seconds sm2 / rsa1024" >&2
for alg in sm2 rsa1024; do
  openssl speed -elapsed -seconds "$openssl_seconds" "$alg" >"$work/openssl-$alg.txt" 2>&1 || {
    cat "$work/openssl-$alg.txt" >&2; echo "openssl speed $alg failed" >&2; exit 2; }
done

echo "== heap probe: $heap_count messages queued in H2, own JVM capped at 256 MB" >&2
java -Xmx256m -cp "$jar" org.cbec.benchmarks.HeapProbe "$heap_count" | tee "$work/heap.txt" >&2
for store in h2 postgres; do
  echo "== reporting probe: statistics over $stats_count filings stored in $store, own JVM capped at 256 MB" >&2
  java -Xmx256m -cp "$jar" org.cbec.benchmarks.StatsHeapProbe "$store" "$stats_count" 2>/dev/null | tee "$work/stats-$store.txt" >&2
done

python3 - "$work" "$(openssl version)" "$heap_count" "$stats_count" <<'PY'
import json, re, sys

work, openssl_version, heap_count, stats_count = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])

scores = {}
cpu = {}
for run, suffix in (("t1", ""), ("verify", ""), ("t2", " -t 2"), ("pipeline", ""), ("pg", "")):
    for r in json.load(open(f"{work}/{run}.json")):
        name = r["benchmark"].rsplit(".", 2)
        label = name[-2] + "." + name[-1] + suffix
        if r.get("threads", 1) > 1 and not suffix:
            label += f" ({r['threads']} threads)"
        m = r["primaryMetric"]
        scores[label] = (m["score"], m.get("scoreError"))
        sec = r.get("secondaryMetrics", {})
        if "cpu.ms/op" in sec:
            cpu[label] = (sec["cpu.ms/op"]["score"], sec.get("cpu.peer.ms/op", {}).get("score", 0.0))

def openssl_rates(alg, row_pattern, sign_fallback, verify_fallback):
    """sign/s and verify/s from the summary table of `openssl speed` (the row's columns under the header), or from the
    progress lines ("N <size> bits ... in T s") when the table is absent."""
    text = open(f"{work}/openssl-{alg}.txt").read()
    header = re.search(r"^\s*sign\s+verify\s.*$", text, re.M)
    if header:
        columns = header.group(0).split()
        for line in text[header.end():].splitlines():
            if re.search(row_pattern, line):
                values = [float(v.rstrip("s")) for v in line.split()[-len(columns):]]
                rates = dict(zip(columns, values))
                if "sign/s" in rates and "verify/s" in rates:
                    return rates["sign/s"], rates["verify/s"]
    s, v = re.search(sign_fallback, text), re.search(verify_fallback, text)
    if s and v:
        return int(s[1]) / float(s[2]), int(v[1]) / float(v[2])
    sys.exit(f"cannot find the {alg} sign/s and verify/s figures in the openssl output:\n{text}")

sm2_sign, sm2_verify = openssl_rates("sm2", r"SM2",
    r"(\d+)\s+256 bits\s+\S*SM2\S*\s+signs in\s+([0-9.]+)s", r"(\d+)\s+256 bits\s+\S*SM2\S*\s+verify in\s+([0-9.]+)s")
rsa_sign, rsa_verify = openssl_rates("rsa1024", r"^\s*rsa\s+1024\b",
    r"(\d+)\s+1024 bits private RSA(?:'s| sign ops) in\s+([0-9.]+)s", r"(\d+)\s+1024 bits public RSA(?:'s| verify ops) in\s+([0-9.]+)s")

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
for label, value in ((f"openssl speed sm2 sign/s  ({ossl})", sm2_sign), ("openssl speed sm2 verify/s", sm2_verify),
                     ("openssl speed rsa1024 sign/s", rsa_sign), ("openssl speed rsa1024 verify/s", rsa_verify)):
    print(f"{label:<58} {value:>12.1f}")
print(f"{f'heap probe (-Xmx256m): {heap_count} queued, peak heap MB':<58} {peak:>12.1f}")
print(f"{f'heap probe: {heap_count} queued, peak live heap MB (after GC)':<58} {live:>12.1f}")
print(f"{'heap probe: baseline heap MB (store open, nothing queued)':<58} {baseline:>12.1f}")
for label in sorted(cpu):
    own, peer = cpu[label]
    print(f"{label + ' CPU ms/op (gateway excluded)':<58} {own - peer:>12.3f}")
stats = {}
for store in ("h2", "postgres"):
    fig = dict(line.split(" = ") for line in open(f"{work}/stats-{store}.txt").read().splitlines() if " = " in line)
    stats[store] = float(fig["live_heap_mb"])
    print(f"{f'reporting probe {store}: {stats_count} filings, peak / live heap MB':<58} {float(fig['peak_heap_mb']):>12.1f} {float(fig['live_heap_mb']):>11.1f}")
    print(f"{f'reporting probe {store}: filings read per second':<58} {stats_count / float(fig['report_seconds']):>12.1f}")
print()

def score(label):
    if label not in scores:
        sys.exit(f"benchmark {label} missing from the JMH results")
    return scores[label][0]

def report(name, value, target, at_least=True, note=""):
    ok = value >= target if at_least else value < target
    print(f"{name} = {value:.2f}  {'PASS' if ok else 'BELOW'} (target {'>=' if at_least else '<'} {target}){note}")

sign_t1 = score("SignBenchmark.sm2SignCeb621")
report("sm2_sign_ratio", sign_t1 / sm2_sign, 2.5)
report("sm2_verify_ratio", score("VerifyBenchmark.sm2VerifyCeb621") / sm2_verify, 1.2)
report("rsa_sign_ratio", score("SignBenchmark.rsaSignCeb621") / rsa_sign, 0.35)
report("two_core_scaling", score("SignBenchmark.sm2SignCeb621 -t 2") / sign_t1, 1.8)
report("enqueue_per_s", score("EnqueueBenchmark.enqueue (16 threads)"), 5000)
report("e2e_per_s", score("EndToEndBenchmark.submit (4 threads)"), 1000)
report("heap_mb_1m_queued", heap_1m, 256, at_least=False,
       note="" if heap_count == 1_000_000 else f"  (extrapolated linearly from {heap_count} queued)")
e2e_cpu = cpu["EndToEndBenchmark.submit (4 threads)"]
report("e2e_cpu_ms_per_filing", e2e_cpu[0] - e2e_cpu[1], 1.0, at_least=False)
print(f"pg_claims_per_s = {score('PostgresClaimBenchmark.claimAndComplete'):.0f}  (reported; CPU {cpu['PostgresClaimBenchmark.claimAndComplete'][0]:.3f} ms/claim in the SDK's JVM, the server's own CPU not counted)")
for store in ("h2", "postgres"):
    report(f"stats_heap_mb_{store}", stats[store], 256, at_least=False,
           note="" if stats_count == 1_000_000 else f"  ({stats_count} filings, not 10^6: --quick)")
PY
