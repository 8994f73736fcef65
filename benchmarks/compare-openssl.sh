#!/usr/bin/env bash
# Runs the SDK's JMH benchmarks single-threaded and `openssl speed sm2` in the same run, then prints
#   sm2_sign_ratio   = SDK SM2-signed CEB311 messages/s per core ÷ openssl sm2 sign/s
#   sm2_verify_ratio = SDK SM2-verified CEB311 messages/s per core ÷ openssl sm2 verify/s
# against the targets of issue 4 (sign ≥ 2.5, verify ≥ 1.2).
# Usage: benchmarks/compare-openssl.sh [--quick]   (--quick: whole run in about two minutes)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
jar="$here/target/benchmarks.jar"

quick=false
for arg in "$@"; do
  case "$arg" in
    --quick) quick=true ;;
    -h|--help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $arg (usage: $0 [--quick])" >&2; exit 2 ;;
  esac
done

for tool in java openssl python3; do
  command -v "$tool" >/dev/null || { echo "$tool is needed (e.g. apt-get install $tool)" >&2; exit 2; }
done

if [[ ! -f "$jar" ]]; then
  echo "building $jar ..." >&2
  (cd "$root" && ./mvnw -B -q -pl benchmarks -am package -DskipTests)
fi

# Verification runs through Xerces and Santuario, whose JIT warm-up takes about ten seconds: shorter warm-ups
# under-report it by a factor of three.
if $quick; then
  jmh_opts=(-wi 3 -w 3 -i 2 -r 2)
else
  jmh_opts=(-wi 5 -w 5 -i 5 -r 5)
fi
openssl_seconds=5

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "== JMH (1 thread, ${jmh_opts[*]})" >&2
java -jar "$jar" -t 1 "${jmh_opts[@]}" -rf json -rff "$work/jmh.json" >&2

echo "== openssl speed -seconds $openssl_seconds sm2" >&2
openssl speed -seconds "$openssl_seconds" sm2 >"$work/openssl.txt" 2>&1 || {
  cat "$work/openssl.txt" >&2; echo "openssl speed sm2 failed" >&2; exit 2; }
cat "$work/openssl.txt" >&2

python3 - "$work/jmh.json" "$work/openssl.txt" "$(openssl version)" <<'PY'
import json, re, sys

jmh_file, openssl_file, openssl_version = sys.argv[1:4]

scores = {}
for r in json.load(open(jmh_file)):
    name = r["benchmark"].rsplit(".", 2)
    label = name[-2] + "." + name[-1]
    params = r.get("params") or {}
    if params:
        label += " [" + ",".join(f"{k}={v}" for k, v in sorted(params.items())) + "]"
    m = r["primaryMetric"]
    scores[label] = (m["score"], m.get("scoreError"), m["scoreUnit"])

# OpenSSL 3.0 ends with a table whose SM2 row reads
#   " 256 bits SM2 (CurveSM2)   0.0003s   0.0003s   3011.6   3342.4"   (sign  verify  sign/s  verify/s)
# Fall back to the "Doing ..." progress lines ("N ... signs in T s") when the table is absent.
text = open(openssl_file).read()
sign = verify = None
header = re.search(r"^\s*sign\s+verify\s+sign/s\s+verify/s\s*$", text, re.M)
if header:
    for line in text[header.end():].splitlines():
        if "SM2" in line:
            nums = re.findall(r"[0-9]+(?:\.[0-9]+)?", line.split(")")[-1])
            if len(nums) >= 4:
                sign, verify = float(nums[2]), float(nums[3])
                break
if sign is None:
    s = re.search(r"(\d+)\s+256 bits\s+\S*SM2\S*\s+signs in\s+([0-9.]+)s", text)
    v = re.search(r"(\d+)\s+256 bits\s+\S*SM2\S*\s+verify in\s+([0-9.]+)s", text)
    if s and v:
        sign, verify = int(s[1]) / float(s[2]), int(v[1]) / float(v[2])
if sign is None:
    sys.exit("cannot find the SM2 sign/s and verify/s figures in the openssl output")

print()
print(f"{'figure':<58} {'ops/s':>12} {'± (99.9%)':>11}")
for label in sorted(scores):
    score, err, unit = scores[label]
    try:
        err_text = f"{float(err):.1f}" if float(err) == float(err) else ""
    except (TypeError, ValueError):
        err_text = ""
    print(f"{label:<58} {score:>12.1f} {err_text:>11}")
print(f"{'openssl speed sm2 sign/s  (' + openssl_version.split(' (')[0] + ')':<58} {sign:>12.1f}")
print(f"{'openssl speed sm2 verify/s':<58} {verify:>12.1f}")
print()

def ratio(name, benchmark, reference, target):
    if benchmark not in scores:
        sys.exit(f"benchmark {benchmark} missing from the JMH results")
    value = scores[benchmark][0] / reference
    print(f"{name} = {value:.2f}  {'PASS' if value >= target else 'BELOW'} (target >= {target})")

ratio("sm2_sign_ratio", "SignBenchmark.sm2SignCeb311 [writeCheck=ALL]", sign, 2.5)
ratio("sm2_verify_ratio", "VerifyBenchmark.sm2VerifyCeb311", verify, 1.2)
PY
