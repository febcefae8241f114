#!/usr/bin/env python3
"""Paired fixed-rate latency client for bench/run (standard library only).

Measures the latency that a proxy adds, in a way that survives machine noise.
Instead of measuring "mock direct" and "proxy -> mock" one after the other (two
separate p99s from different seconds, whose difference flips sign when the VM
has a noisy second), it drives ALL targets from ONE open-loop schedule:

  every 1/rate seconds, one request goes to each target at the same instant
  (the order alternates from tick to tick), each target over its own pool of
  keep-alive connections.

So a noisy millisecond on the machine hits every target alike. Latency is taken
from the *scheduled* send time to the end of the response body (no coordinated
omission: if the client or the pool is late, that lateness is counted). When no
connection of a target's pool is idle, the request waits in a queue and the wait
is part of its latency (open loop).

Reported per target: p50 / p99 / p99.9 over the whole run, and per 1-second
window (p50, p99). Reported per non-reference target (difference to the first
target, the reference, e.g. the bare mock):

  * whole-run p50 / p99 / p99.9 differences;
  * **per-window differences**: in each 1-s window, p99(target) - p99(reference)
    (and the same for p50), then the median over the windows. This is the robust
    number: a window where the VM stalled inflates both p99s, and one bad window
    cannot move a median;
  * the median of the per-request-pair difference (same tick), for p50-like
    information. (A p99 of per-pair differences is not meaningful, so none is
    reported.)

The client's own cost is reported too: its CPU time as a share of one core, and
how late it sent requests against the schedule ("send lag"). If the client
CPU share approaches 100 %, its own queueing shows up in every target's latency
(common-mode, so the differences stay usable, but lower --rate then).

Output: one JSON object on stdout; progress and errors on stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import sys
import time
from array import array
from collections import Counter, deque

perf = time.perf_counter


def pct(sorted_vals, q):
    """Nearest-rank percentile of an already sorted sequence (q in 0..100)."""
    if not sorted_vals:
        return None
    k = max(0, min(len(sorted_vals) - 1, int(-(-q * len(sorted_vals) // 100)) - 1))
    return sorted_vals[k]


def median(vals):
    vals = sorted(v for v in vals if v is not None)
    if not vals:
        return None
    n = len(vals)
    return vals[n // 2] if n % 2 else (vals[n // 2 - 1] + vals[n // 2]) / 2


class Conn(asyncio.Protocol):
    """One keep-alive HTTP/1.1 connection; at most one request in flight."""

    def __init__(self, target: "Target"):
        self.t = target
        self.tr = None
        self.buf = bytearray()
        self.tick = -1  # tick index of the request in flight, -1 when idle
        self.need = None  # total bytes of the response in flight, once known
        self.status = 0
        self.chunked = False
        self.closed = asyncio.get_running_loop().create_future()

    def connection_made(self, tr):
        self.tr = tr
        sock = tr.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def send(self, tick):
        self.tick = tick
        self.need = None
        self.tr.write(self.t.request)

    def data_received(self, data):
        self.buf += data
        if self.tick < 0:
            return
        if self.need is None:
            end = self.buf.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(self.buf[:end]).split(b"\r\n")
            try:
                self.status = int(head[0].split(b" ", 2)[1])
            except (IndexError, ValueError):
                self.status = 0
            length = None
            self.chunked = False
            for line in head[1:]:
                name, _, value = line.partition(b":")
                name = name.strip().lower()
                if name == b"content-length":
                    length = int(value.strip())
                elif name == b"transfer-encoding" and b"chunked" in value.lower():
                    self.chunked = True
            if self.chunked:
                self.need = -(end + 4)  # body starts here; ends at the 0-size chunk
            else:
                self.need = end + 4 + (length or 0)
        if self.need < 0:
            stop = self.buf.find(b"\r\n0\r\n\r\n", -self.need - 2)
            if stop < 0 and not self.buf.startswith(b"0\r\n\r\n", -self.need):
                return
            done = stop + 7 if stop >= 0 else -self.need + 5
        else:
            if len(self.buf) < self.need:
                return
            done = self.need
        now = perf()
        del self.buf[:done]
        tick, self.tick = self.tick, -1
        self.t.finish(self, tick, now, self.status)

    def connection_lost(self, exc):
        if self.tick >= 0:
            self.t.fail(self.tick, "connection closed")
            self.tick = -1
        self.t.lost(self)
        if not self.closed.done():
            self.closed.set_result(None)


class Target:
    def __init__(self, name, host, port, path, body, run):
        self.name, self.host, self.port = name, host, port
        self.run = run
        self.request = (
            f"POST {path} HTTP/1.1\r\nHost: {host}:{port}\r\n"
            "Content-Type: application/json\r\nAuthorization: Bearer gk-bench-client-key\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        ).encode() + body
        self.idle: list[Conn] = []
        self.conns: set[Conn] = set()
        self.pending: deque[int] = deque()
        self.done = array("d")  # latency (s) indexed by tick; nan = not (yet) done
        self.errors: Counter = Counter()
        self.max_queue = 0

    async def connect(self, n):
        loop = asyncio.get_running_loop()
        for _ in range(n):
            _, c = await loop.create_connection(lambda: Conn(self), self.host, self.port)
            self.conns.add(c)
            self.idle.append(c)

    def submit(self, tick):
        if self.idle:
            self.idle.pop().send(tick)
        else:
            self.pending.append(tick)
            if len(self.pending) > self.max_queue:
                self.max_queue = len(self.pending)

    def finish(self, c, tick, now, status):
        if status == 200:
            self.done[tick] = now - self.run.sched(tick)
        else:
            self.errors[f"HTTP {status}"] += 1
        self.release(c)

    def release(self, c):
        if self.pending:
            c.send(self.pending.popleft())
        else:
            self.idle.append(c)

    def fail(self, tick, why):
        self.errors[why] += 1

    def lost(self, c):
        self.conns.discard(c)
        if c in self.idle:
            self.idle.remove(c)
        if not self.run.stopping:
            asyncio.get_running_loop().create_task(self.replace())

    async def replace(self):
        try:
            await self.connect(1)
            c = self.idle.pop()
            self.release(c)
        except OSError as e:
            self.errors[f"connect: {e}"] += 1


class Run:
    def __init__(self, args):
        self.interval = 1.0 / args.rate
        self.start = 0.0
        self.stopping = False

    def sched(self, tick):
        return self.start + tick * self.interval


async def main_async(args) -> dict:
    run = Run(args)
    body = args.body.encode()
    targets = []
    for spec in args.target:
        name, _, port = spec.partition("=")
        targets.append(Target(name, "127.0.0.1", int(port), args.path, body, run))
    for t in targets:
        await t.connect(args.connections)

    ticks = int(round((args.warmup + args.duration) * args.rate))
    for t in targets:
        t.done = array("d", [float("nan")]) * ticks
    lag = array("d", [0.0]) * ticks
    loop = asyncio.get_running_loop()
    spin = args.pacing == "spin"

    cpu0, wall0 = time.process_time(), perf()
    run.start = perf() + 0.05
    i = 0
    order = list(targets)
    rev = order[::-1]
    while i < ticks:
        now = perf()
        due = run.sched(i)
        if now < due:
            if spin:
                await asyncio.sleep(0)  # poll I/O without blocking: precise send times, 100 % CPU
            else:
                await asyncio.sleep(due - now)  # epoll has 1 ms granularity: sends run late
            continue
        while i < ticks and run.sched(i) <= now:
            for t in order if i % 2 == 0 else rev:
                t.submit(i)
            lag[i] = perf() - run.sched(i)
            i += 1
    # Drain: wait up to --drain seconds for the in-flight requests.
    deadline = perf() + args.drain
    while perf() < deadline and any(t.pending or len(t.idle) < len(t.conns) for t in targets):
        await asyncio.sleep(0.005)
    cpu1, wall1 = time.process_time(), perf()
    run.stopping = True
    for t in targets:
        for c in list(t.conns):
            if c.tick >= 0:
                t.errors["unfinished at the end"] += 1
            c.tr.close()
    send_end = run.sched(ticks)

    # ------------------------------------------------------------ statistics
    skip = int(round(args.warmup * args.rate))
    per_window = int(round(args.window * args.rate))
    nwin = (ticks - skip) // per_window
    ms = 1000.0

    def stats(vals):
        s = sorted(vals)
        return {
            "n": len(s),
            "p50_ms": pct(s, 50) * ms if s else None,
            "p99_ms": pct(s, 99) * ms if s else None,
            "p999_ms": pct(s, 99.9) * ms if s else None,
            "max_ms": s[-1] * ms if s else None,
        }

    out = {
        "rate_per_target": args.rate,
        "targets_order": [t.name for t in targets],
        "connections_per_target": args.connections,
        "duration_s": args.duration,
        "warmup_s": args.warmup,
        "window_s": args.window,
        "windows": nwin,
        "pacing": args.pacing,
        "client": {
            "cpu_share_of_one_core": round((cpu1 - cpu0) / (wall1 - wall0), 3),
            "cpu_s": round(cpu1 - cpu0, 3),
            "wall_s": round(wall1 - wall0, 3),
            "send_window_s": round(send_end - run.start, 3),
            "send_lag_ms": {
                k: round(v, 3) for k, v in stats(lag[skip:]).items() if k != "n"
            },
        },
        "targets": {},
        "diffs": {},
    }
    win_stats = {}
    for t in targets:
        vals = [v for v in t.done[skip:] if v == v]
        st = stats(vals)
        st["errors"] = dict(t.errors)
        st["missing"] = (ticks - skip) - len(vals)
        st["max_queue"] = t.max_queue
        wins = []
        for w in range(nwin):
            a = skip + w * per_window
            s = sorted(v for v in t.done[a : a + per_window] if v == v)
            wins.append({"p50_ms": pct(s, 50) * ms if s else None, "p99_ms": pct(s, 99) * ms if s else None})
        st["window_p50_ms"] = [None if x["p50_ms"] is None else round(x["p50_ms"], 4) for x in wins]
        st["window_p99_ms"] = [None if x["p99_ms"] is None else round(x["p99_ms"], 4) for x in wins]
        win_stats[t.name] = wins
        out["targets"][t.name] = st
    ref = targets[0]
    rs = out["targets"][ref.name]
    for t in targets[1:]:
        ts = out["targets"][t.name]
        d = {}
        for k in ("p50_ms", "p99_ms", "p999_ms"):
            d[k] = None if ts[k] is None or rs[k] is None else ts[k] - rs[k]
        for k in ("p50_ms", "p99_ms"):
            per = [
                None if a[k] is None or b[k] is None else a[k] - b[k]
                for a, b in zip(win_stats[t.name], win_stats[ref.name])
            ]
            d[f"window_{k}"] = [None if x is None else round(x, 4) for x in per]
            d[f"window_median_{k}"] = median(per)
            d[f"window_positive_share_{k}"] = (
                round(sum(1 for x in per if x is not None and x > 0) / max(1, sum(1 for x in per if x is not None)), 3)
            )
        # Noise indicator: the same median over the quieter half of the windows only (those
        # where the reference's own p99 is at or below its median over the windows).
        ref_p99 = [x["p99_ms"] for x in win_stats[ref.name]]
        cut = median(ref_p99)
        quiet = [
            a["p99_ms"] - b["p99_ms"]
            for a, b in zip(win_stats[t.name], win_stats[ref.name])
            if a["p99_ms"] is not None and b["p99_ms"] is not None and cut is not None and b["p99_ms"] <= cut
        ]
        d["reference_window_p99_median_ms"] = cut
        d["window_median_p99_ms_quiet_half"] = median(quiet)
        d["quiet_windows"] = len(quiet)
        pairs = [a - b for a, b in zip(t.done[skip:], ref.done[skip:]) if a == a and b == b]
        d["pair_median_ms"] = median(pairs) * ms if pairs else None
        out["diffs"][f"{t.name}-{ref.name}"] = d
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--target", action="append", required=True,
                    help="NAME=PORT on 127.0.0.1; repeat; the first one is the reference")
    ap.add_argument("--rate", type=float, default=1000, help="requests/s to EACH target (default 1000)")
    ap.add_argument("--duration", type=float, default=30, help="measured seconds (default 30)")
    ap.add_argument("--warmup", type=float, default=1, help="seconds sent first and not counted (default 1)")
    ap.add_argument("--window", type=float, default=1, help="window for the per-window differences (s)")
    ap.add_argument("--connections", type=int, default=32, help="keep-alive connections per target")
    ap.add_argument("--path", default="/v1/chat/completions")
    ap.add_argument("--body", required=True)
    ap.add_argument("--drain", type=float, default=5, help="max seconds to wait for in-flight requests")
    ap.add_argument("--pacing", choices=("sleep", "spin"), default="sleep",
                    help="spin: poll the event loop between ticks (precise, uses its whole core); "
                         "sleep: asyncio.sleep to the next tick (epoll rounds to 1 ms)")
    args = ap.parse_args()
    if len(args.target) < 2:
        ap.error("need at least two --target")
    out = asyncio.run(main_async(args))
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
