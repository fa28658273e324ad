#!/usr/bin/env bash
# fusejet serve beside CUPS' ippeveprinter (the peer), on loopback inside a private network
# namespace (nothing leaves this machine). Measures, in the same run:
#   - latency per request over one keep-alive connection (one ipptool process, N request blocks;
#     each row but Print-Job run ROUNDS times to each server in turn, the median run reported):
#     Get-Printer-Attributes (all), Get-Printer-Attributes (3 attributes), Print-Job of a small
#     JPEG up to the response, then Get-Jobs (which-jobs all, limit 20, nine standard job
#     attributes) with the 20 finished Print-Job jobs in both histories (the count each returned
#     is printed);
#   - the same three request rows again through a lean client (bench/IppLatency.java), and the
#     small one on a new connection each time (row connect, as lp or a phone connects): ipptool
#     spends about 0.3 ms of its own CPU on each request, several times either server's share, so
#     its rows mostly time ipptool; the lean client's rows time the servers (p50, p90 and mean of
#     per-request latencies, bursts to each server in turn);
#   - 100 concurrent clients for a bounded time: requests per second and failures;
#   - each server's CPU time per request (user + system from /proc, all its threads, the JVM's
#     compiler and GC included), which a loaded machine disturbs far less than wall time.
# Usage (as root, after `mvn -B -q package -DskipTests`): bench/ipp-peer.sh [N] [SECONDS]
# Needs cups-ipp-utils, avahi-daemon and dbus (ippeveprinter 2.4.2 exits without Avahi).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-200}
SECS=${2:-10}
WARM=${WARM:-20}
JAR=${FUSEJET_JAR:-$PWD/target/fusejet.jar}
[ -f "$JAR" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 1; }
for c in ipptool ippeveprinter avahi-daemon dbus-daemon unshare; do
  command -v "$c" >/dev/null || { echo "missing $c: apt-get install cups-ipp-utils avahi-daemon dbus" >&2; exit 1; }
done
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
# a small JPEG (4x6 in at 50 dpi) made with the JDK
cat > "$W/Jpeg.java" <<'J'
import java.awt.image.BufferedImage;
public class Jpeg { public static void main(String[] a) throws Exception {
  BufferedImage i = new BufferedImage(200, 300, BufferedImage.TYPE_INT_RGB);
  for (int y = 0; y < 300; y++) for (int x = 0; x < 200; x++) i.setRGB(x, y, (x * 255 / 200) << 16 | (y * 255 / 300) << 8 | 128);
  javax.imageio.ImageIO.write(i, "jpg", new java.io.File(a[0])); } }
J
java "$W/Jpeg.java" "$W/small.jpg"
block() { # $1 operation body
  printf '{\n NAME "%s"\n OPERATION %s\n GROUP operation-attributes-tag\n ATTR charset attributes-charset utf-8\n ATTR naturalLanguage attributes-natural-language en\n ATTR uri printer-uri $uri\n ATTR name requesting-user-name bench\n%s\n STATUS successful-ok\n}\n' "$1" "$1" "$2"
}
for i in $(seq "$N"); do block Get-Printer-Attributes ' ATTR keyword requested-attributes all'; done > "$W/gpa-all.test"
for i in $(seq "$N"); do block Get-Printer-Attributes ' ATTR keyword requested-attributes printer-state,printer-state-reasons,queued-job-count'; done > "$W/gpa-small.test"
# Get-Jobs: the same limit and requested attributes for both (standard job attributes both servers
# have; "all" would add fusejet's vendor attributes to its side only)
JOBATTRS='job-id,job-uri,job-name,job-originating-user-name,job-state,job-state-reasons,job-k-octets,time-at-creation,time-at-completed'
for i in $(seq "$N"); do block Get-Jobs " ATTR keyword which-jobs all
 ATTR integer limit 20
 ATTR keyword requested-attributes $JOBATTRS"; done > "$W/get-jobs.test"
block Get-Jobs " ATTR keyword which-jobs all
 ATTR integer limit 20
 ATTR keyword requested-attributes $JOBATTRS" > "$W/get-jobs-once.test"
# the warm-up with jobs in both histories: at most 200 requests a round whatever N, so that it ends
# well inside the 60 s ippeveprinter keeps a finished job (long rows used to outlast it)
head -n $(( $(wc -l < "$W/get-jobs.test") / N * (N < 200 ? N : 200) )) "$W/get-jobs.test" > "$W/get-jobs-warm.test"
block Get-Printer-Attributes ' ATTR keyword requested-attributes queued-job-count
 EXPECT queued-job-count WITH-VALUE 0' > "$W/idle.test"
P=20
for i in $(seq "$P"); do
  printf '{\n NAME "Print-Job"\n OPERATION Print-Job\n GROUP operation-attributes-tag\n ATTR charset attributes-charset utf-8\n ATTR naturalLanguage attributes-natural-language en\n ATTR uri printer-uri $uri\n ATTR name requesting-user-name bench\n ATTR mimeMediaType document-format image/jpeg\n FILE small.jpg\n STATUS successful-ok\n STATUS server-error-busy REPEAT-MATCH REPEAT-LIMIT 100\n}\n'
done > "$W/print.test"
CONF=$W/avahi.conf
printf '[server]\nuse-ipv4=yes\nuse-ipv6=no\nallow-interfaces=lo\nenable-dbus=yes\n[wide-area]\nenable-wide-area=no\n[publish]\npublish-hinfo=no\npublish-workstation=no\n' > "$CONF"
BENCH=$PWD/bench
BURST=${BURST:-100}
CYCLES=${CYCLES:-$(( N / 10 > 20 ? N / 10 : 20 ))}
ROUNDS=${ROUNDS:-7}
export W N P SECS JAR CONF WARM BENCH BURST CYCLES ROUNDS
unshare -n bash -c '
  set -euo pipefail
  ip link set lo up
  mkdir -p /run/dbus; rm -f /run/dbus/pid
  dbus-daemon --system --fork
  avahi-daemon -f "$CONF" -D --no-drop-root --no-rlimits || true
  mkdir -p "$W/spool"
  ippeveprinter -n localhost -p 8701 -d "$W/spool" -2 -s 10,10 -f image/jpeg,image/pwg-raster,image/urf,application/pdf -c /bin/true -r off Peer > "$W/peer.log" 2>&1 & PEER=$!
  java -jar "$JAR" serve --port 8702 --listen localhost --no-dns-sd --pace fast --state "$W/state" > "$W/fusejet.log" 2>&1 & FJ=$!
  for i in $(seq 60); do grep -q ready "$W/fusejet.log" && break; sleep 0.5; done
  ms() { local t0 t1; t0=$(date +%s%N); ipptool -q "$@" || echo "  (ipptool reported failures)"; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }
  # a server process'"'"'s CPU time so far (user + system, clock ticks): robust to a loaded machine
  ticks() { awk "{ print \$14 + \$15 }" /proc/$1/stat; }
  HZ=$(getconf CLK_TCK)
  cd "$W"
  # warm-up for the JVM (and the peer), not measured: WARM rounds of the three request files
  # (default 20 x 600 requests: C2 compiles the request path after about 10 000 requests; with the
  # 3 rounds used before, the JIT was still compiling while the rows below were measured)
  for w in $(seq "$WARM"); do
    for u in ipp://localhost:8702/ipp/print ipp://localhost:8701/ipp/print; do ipptool -q "$u" gpa-all.test gpa-small.test get-jobs.test || true; done
  done
  # and the connection path (accept, TLS detection, the first request, close), which the rounds
  # above take only 2 x WARM times: 4000 new connections to each, as a printer up for a day has had
  echo "# warm-up, new connections: $(java "$BENCH/IppLatency.java" connect 1000 1 8701 8702 3000)" >&2
  echo "test,requests,ippeveprinter_ms,fusejet_ms,ippeveprinter_ms_per_req,fusejet_ms_per_req,ratio,ippeveprinter_cpu_ms_per_req,fusejet_cpu_ms_per_req,cpu_ratio"
  # the middle one of its arguments (numbers)
  median() { printf "%s\n" "$@" | sort -n | awk "{ v[NR] = \$1 } END { print v[int((NR + 1) / 2)] }"; }
  # until a server has no job left to print (fusejet prints each job on the simulated apparatus)
  idle() { for i in $(seq 600); do ipptool -q "$1" idle.test 2>/dev/null && return 0; sleep 0.5; done; echo "  ($1 still busy)"; }
  # Print-Job runs before Get-Jobs, so that both histories hold the same 20 finished jobs when
  # Get-Jobs is measured: fusejet first (then waited for until it has printed them all), then the
  # peer (ippeveprinter removes a job 60 s after it completes, so its run comes last)
  for t in gpa-all gpa-small print get-jobs; do
    n=$N; [ $t = print ] && n=$P
    if [ $t = get-jobs ]; then
      # the warm-up above ran Get-Jobs on empty histories: warm up again with the 20 jobs in them
      # (about 10 s in all, well inside the 60 s ippeveprinter keeps a finished job)
      for w in $(seq "$WARM"); do
        for u in ipp://localhost:8702/ipp/print ipp://localhost:8701/ipp/print; do ipptool -q "$u" get-jobs-warm.test || true; done
      done
    fi
    # ROUNDS runs of the row to each server, in turn (who goes first alternates): the median run
    # of each, and the CPU of all the runs (one run of 200 requests is 2-7 clock ticks). Print-Job
    # runs once, fusejet first, each server waited for until it has printed its jobs
    k=$ROUNDS; [ $t = print ] && k=1
    as=(); bs=(); ca=0; cb=0
    for r in $(seq "$k"); do
      for side in $([ $((r % 2)) = 1 ] && echo "fj peer" || echo "peer fj"); do
        if [ $side = fj ]; then
          c=$(ticks $FJ); bs+=($(ms ipp://localhost:8702/ipp/print $t.test | tail -1)); cb=$(( cb + $(ticks $FJ) - c ))
          [ $t = print ] && idle ipp://localhost:8702/ipp/print
        else
          c=$(ticks $PEER); as+=($(ms ipp://localhost:8701/ipp/print $t.test | tail -1)); ca=$(( ca + $(ticks $PEER) - c ))
          [ $t = print ] && idle ipp://localhost:8701/ipp/print
        fi
      done
    done
    a=$(median "${as[@]}"); b=$(median "${bs[@]}")
    echo "# $t runs (ms), peer: ${as[*]}; fusejet: ${bs[*]}" >&2
    if [ $t = print ]; then
      for u in 8701 8702; do
        echo "# get-jobs history on port $u: $(ipptool -tv ipp://localhost:$u/ipp/print get-jobs-once.test | grep -c "job-id (integer)") jobs returned" >&2
      done
    fi
    awk -v t=$t -v n=$n -v a=$a -v b=$b -v ca=$ca -v cb=$cb -v k=$k -v hz=$HZ "BEGIN { printf \"%s,%d,%d,%d,%.3f,%.3f,%.2f,%.3f,%.3f,%.2f\n\", t, n, a, b, a/n, b/n, (a>0? b/a : 0), ca*1000/hz/n/k, cb*1000/hz/n/k, (ca>0? cb/ca : 0) }"
  done
  for u in 8701 8702; do
    echo "# after the get-jobs row, port $u: $(ipptool -tv ipp://localhost:$u/ipp/print get-jobs-once.test | grep -c "job-id (integer)") jobs returned" >&2
  done
  # the lean client: Get-Jobs first (the 20 jobs are still in ippeveprinter'"'"'s history), each row
  # BURST requests to the peer, then to fusejet, CYCLES times, after 2000 unmeasured to each
  echo "lean,requests,ippeveprinter_p50_us,ippeveprinter_p90_us,ippeveprinter_mean_us,fusejet_p50_us,fusejet_p90_us,fusejet_mean_us,ratio_p50,ratio_mean,ippeveprinter_job_ids,fusejet_job_ids"
  for t in get-jobs gpa-small gpa-all connect; do
    java "$BENCH/IppLatency.java" $t "$BURST" "$CYCLES" 8701 8702
  done
  # 100 concurrent clients, each one ipptool process sending the N small requests once over its
  # own keep-alive connection (bounded: each run is killed after SECS x 10 s)
  for port in 8701 8702; do
    rm -f "$W"/c-*.rc
    t0=$(date +%s%N)
    pids=()
    for c in $(seq 100); do
      ( rc=0; timeout $((SECS * 10)) ipptool -q ipp://localhost:$port/ipp/print gpa-small.test || rc=$?; echo $rc > "$W/c-$c.rc" ) &
      pids+=($!)
    done
    wait "${pids[@]}"
    t1=$(date +%s%N)
    fail=$(grep -LE "^0$" "$W"/c-*.rc | wc -l)
    awk -v p=$port -v n=$((100 * N)) -v ms=$(( (t1 - t0) / 1000000 )) -v f=$fail "BEGIN { printf \"concurrent100,port %d,%d requests,%d ms,%.0f req/s,%d clients failed\n\", p, n, ms, n * 1000 / ms, f }"
  done
  kill $PEER $FJ; wait $FJ 2>/dev/null || true
  avahi-daemon -k 2>/dev/null || true
  kill $(cat /run/dbus/pid) 2>/dev/null || true
'
