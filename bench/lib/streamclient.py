#!/usr/bin/env python3
"""Streaming load client for bench/run (standard library only).

Two modes, both speaking plain HTTP/1.1 over asyncio streams to 127.0.0.1:

  ttft  Open-loop, fixed-rate streaming requests ("stream": true). For each
        request it records the time to the response headers (TTFB), the time
        to the first SSE event that carries a non-empty content delta (TTFT),
        and the time to the end of the stream. Keep-alive connections are
        reused through a small pool.

  hold  Opens N connections, sends one long streaming request on each, and
        keeps them all open while it samples /proc/PID/status (VmRSS, VmHWM)
        of the server under test. Reports how many streams were open at once
        and the memory peak.

Output: one JSON object on stdout. Progress and errors go to stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections import Counter

perf = time.perf_counter


# --------------------------------------------------------------------- HTTP


class HttpError(Exception):
    pass


def build_request(host: str, port: int, path: str, body: bytes) -> bytes:
    head = (
        f"POST {path} HTTP/1.1\r\n"
        f"Host: {host}:{port}\r\n"
        "Content-Type: application/json\r\n"
        "Accept: text/event-stream\r\n"
        "Authorization: Bearer gk-bench-client-key\r\n"
        f"Content-Length: {len(body)}\r\n"
        "\r\n"
    )
    return head.encode() + body


async def read_head(reader: asyncio.StreamReader) -> tuple[int, dict[str, str]]:
    status_line = await reader.readline()
    if not status_line:
        raise HttpError("connection closed before the status line")
    parts = status_line.split(b" ", 2)
    if len(parts) < 2 or not parts[0].startswith(b"HTTP/1."):
        raise HttpError(f"bad status line {status_line[:60]!r}")
    status = int(parts[1])
    headers: dict[str, str] = {}
    while True:
        line = await reader.readline()
        if not line:
            raise HttpError("connection closed in the headers")
        if line in (b"\r\n", b"\n"):
            break
        name, _, value = line.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    return status, headers


def first_content(buf: bytearray) -> tuple[bool, bytearray]:
    """Consumes complete SSE events from buf; True once one carries a content token."""
    while True:
        end = buf.find(b"\n\n")
        if end < 0:
            return False, buf
        event = bytes(buf[:end])
        del buf[: end + 2]
        for line in event.split(b"\n"):
            if not line.startswith(b"data:"):
                continue
            data = line[5:].strip()
            if data == b"[DONE]" or b'"content"' not in data:
                continue
            try:
                obj = json.loads(data)
            except ValueError:
                continue
            for choice in obj.get("choices") or ():
                delta = choice.get("delta") or {}
                if delta.get("content"):
                    return True, buf


async def read_body(reader, headers, on_first_token):
    """Reads the whole body (chunked or sized); calls on_first_token() once."""
    found = False
    sse = bytearray()
    total = 0

    def feed(data: bytes):
        nonlocal found, sse
        if found:
            return
        sse += data.replace(b"\r\n", b"\n")
        hit, sse = first_content(sse)
        if hit:
            found = True
            on_first_token()

    if headers.get("transfer-encoding", "").lower() == "chunked":
        while True:
            size_line = await reader.readline()
            if not size_line:
                raise HttpError("connection closed in a chunk header")
            size = int(size_line.split(b";", 1)[0].strip(), 16)
            if size == 0:
                # trailers, then the empty line
                while True:
                    line = await reader.readline()
                    if line in (b"\r\n", b"\n", b""):
                        break
                break
            data = await reader.readexactly(size + 2)
            total += size
            feed(data[:-2])
    elif "content-length" in headers:
        remaining = int(headers["content-length"])
        while remaining > 0:
            data = await reader.read(min(remaining, 65536))
            if not data:
                raise HttpError("connection closed in the body")
            remaining -= len(data)
            total += len(data)
            feed(data)
    else:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            total += len(data)
            feed(data)
    return total, found


async def stream_once(conn, request: bytes):
    """Sends one request on conn=(reader, writer). Returns timings relative to the send."""
    reader, writer = conn
    t0 = perf()
    writer.write(request)
    await writer.drain()
    status, headers = await read_head(reader)
    t_head = perf()
    ttft = [None]

    def mark():
        ttft[0] = perf()

    size, _ = await read_body(reader, headers, mark)
    t_end = perf()
    reusable = headers.get("connection", "").lower() != "close"
    return {
        "status": status,
        "ttfb": t_head - t0,
        "ttft": (ttft[0] - t0) if ttft[0] is not None else None,
        "total": t_end - t0,
        "bytes": size,
        "reusable": reusable,
    }


# ------------------------------------------------------------ statistics


def percentile(sorted_values, p):
    if not sorted_values:
        return None
    k = max(0, min(len(sorted_values) - 1, int(round(p / 100.0 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[k]


def summary(values):
    v = sorted(x for x in values if x is not None)
    if not v:
        return None
    return {
        "count": len(v),
        "mean_ms": 1000 * sum(v) / len(v),
        "p50_ms": 1000 * percentile(v, 50),
        "p90_ms": 1000 * percentile(v, 90),
        "p99_ms": 1000 * percentile(v, 99),
        "max_ms": 1000 * v[-1],
    }


# ------------------------------------------------------------------ ttft


async def run_ttft(args) -> dict:
    body = args.body.encode()
    request = build_request(args.host, args.port, args.path, body)
    pool: list = []
    opened = 0
    results = []
    errors: Counter = Counter()
    statuses: Counter = Counter()
    lags = []
    in_flight = 0
    max_in_flight = 0

    async def one(scheduled: float, record: bool):
        nonlocal opened, in_flight, max_in_flight
        in_flight += 1
        max_in_flight = max(max_in_flight, in_flight)
        conn = None
        try:
            if pool:
                conn = pool.pop()
            else:
                conn = await asyncio.wait_for(asyncio.open_connection(args.host, args.port), args.timeout)
                opened += 1
            if record:
                lags.append(perf() - scheduled)
            r = await asyncio.wait_for(stream_once(conn, request), args.timeout)
            if record:
                statuses[r["status"]] += 1
                if r["status"] == 200:
                    results.append(r)
                    if r["ttft"] is None:
                        errors["no content token in stream"] += 1
            if r["reusable"]:
                pool.append(conn)
                conn = None
        except Exception as e:  # noqa: BLE001 - every failure is counted, not raised
            if record:
                errors[f"{type(e).__name__}: {str(e)[:80]}"] += 1
        finally:
            in_flight -= 1
            if conn is not None:
                conn[1].close()

    async def phase(seconds: float, record: bool):
        tasks = set()
        start = perf()
        n = int(seconds * args.rate)
        for i in range(n):
            scheduled = start + i / args.rate
            delay = scheduled - perf()
            if delay > 0:
                await asyncio.sleep(delay)
            if in_flight >= args.max_in_flight:
                if record:
                    errors["skipped: client max in flight reached"] += 1
                continue
            t = asyncio.ensure_future(one(scheduled, record))
            tasks.add(t)
            t.add_done_callback(tasks.discard)
        elapsed = perf() - start
        if tasks:
            await asyncio.wait(tasks, timeout=args.timeout + 1)
        return n, elapsed

    if args.warmup > 0:
        await phase(args.warmup, False)
    sent, elapsed = await phase(args.duration, True)
    for _, w in pool:
        w.close()
    lag_sorted = sorted(lags)
    return {
        "mode": "ttft",
        "target": f"{args.host}:{args.port}{args.path}",
        "rate": args.rate,
        "duration_s": args.duration,
        "scheduled": sent,
        "ok": len(results),
        "status_counts": {str(k): v for k, v in sorted(statuses.items())},
        "errors": dict(errors),
        "connections_opened": opened,
        "max_in_flight": max_in_flight,
        "achieved_rate": len(results) / elapsed if elapsed > 0 else None,
        "send_lag_p99_ms": 1000 * percentile(lag_sorted, 99) if lag_sorted else None,
        "send_lag_max_ms": 1000 * lag_sorted[-1] if lag_sorted else None,
        "ttfb": summary(r["ttfb"] for r in results),
        "ttft": summary(r["ttft"] for r in results),
        "total": summary(r["total"] for r in results),
    }


# ------------------------------------------------------------------ hold


def read_status(pid: int) -> dict:
    out = {}
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                key, _, value = line.partition(":")
                if key in ("VmRSS", "VmHWM", "Threads"):
                    out[key] = int(value.split()[0])
    except OSError:
        pass
    return out


async def run_hold(args) -> dict:
    body = args.body.encode()
    request = build_request(args.host, args.port, args.path, body)
    open_now = 0  # streams whose headers arrived and that have not ended
    max_open = 0
    done = 0
    statuses: Counter = Counter()
    errors: Counter = Counter()
    ttfts = []
    totals = []
    samples = []
    baseline = read_status(args.pid)
    stop = asyncio.Event()

    async def sampler():
        t0 = perf()
        while not stop.is_set():
            s = read_status(args.pid)
            s["t"] = round(perf() - t0, 3)
            s["open"] = open_now
            samples.append(s)
            try:
                await asyncio.wait_for(stop.wait(), args.sample_interval)
            except asyncio.TimeoutError:
                pass

    async def one():
        nonlocal open_now, max_open, done
        writer = None
        counted = False
        try:
            reader, writer = await asyncio.wait_for(asyncio.open_connection(args.host, args.port), args.timeout)
            t0 = perf()
            writer.write(request)
            await writer.drain()
            status, headers = await asyncio.wait_for(read_head(reader), args.timeout)
            statuses[status] += 1
            open_now += 1
            counted = True
            max_open = max(max_open, open_now)
            first = [None]

            def mark():
                first[0] = perf()

            await asyncio.wait_for(read_body(reader, headers, mark), args.timeout)
            if first[0] is not None:
                ttfts.append(first[0] - t0)
            totals.append(perf() - t0)
            if status == 200:
                done += 1
        except Exception as e:  # noqa: BLE001
            errors[f"{type(e).__name__}: {str(e)[:80]}"] += 1
        finally:
            if counted:
                open_now -= 1
            if writer is not None:
                writer.close()

    sampling = asyncio.ensure_future(sampler())
    tasks = []
    start = perf()
    for i in range(args.concurrency):
        delay = start + i * args.ramp / args.concurrency - perf()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.ensure_future(one()))
    await asyncio.wait(tasks, timeout=args.timeout + args.ramp + 5)
    for t in tasks:
        t.cancel()
    await asyncio.sleep(0.3)
    stop.set()
    await sampling
    end = read_status(args.pid)
    rss = [s["VmRSS"] for s in samples if "VmRSS" in s]
    return {
        "mode": "hold",
        "target": f"{args.host}:{args.port}{args.path}",
        "pid": args.pid,
        "concurrency": args.concurrency,
        "max_open_streams": max_open,
        "completed_ok": done,
        "status_counts": {str(k): v for k, v in sorted(statuses.items())},
        "errors": dict(errors),
        "baseline_rss_kib": baseline.get("VmRSS"),
        "baseline_hwm_kib": baseline.get("VmHWM"),
        "peak_sampled_rss_kib": max(rss) if rss else None,
        "end_hwm_kib": end.get("VmHWM"),
        "end_rss_kib": end.get("VmRSS"),
        "threads_max": max((s.get("Threads", 0) for s in samples), default=None),
        "ttft": summary(ttfts),
        "stream_total": summary(totals),
        "samples": samples[:: max(1, len(samples) // 100)],
    }


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="mode", required=True)
    for name in ("ttft", "hold"):
        s = sub.add_parser(name)
        s.add_argument("--host", default="127.0.0.1")
        s.add_argument("--port", type=int, required=True)
        s.add_argument("--path", default="/v1/chat/completions")
        s.add_argument("--body", required=True, help="JSON request body (with \"stream\": true)")
        s.add_argument("--timeout", type=float, default=30.0, help="per-request bound, seconds")
    t = sub.choices["ttft"]
    t.add_argument("--rate", type=float, default=200.0, help="requests per second (open loop)")
    t.add_argument("--duration", type=float, default=10.0)
    t.add_argument("--warmup", type=float, default=1.0)
    t.add_argument("--max-in-flight", type=int, default=512)
    h = sub.choices["hold"]
    h.add_argument("--pid", type=int, required=True, help="process whose /proc status is sampled")
    h.add_argument("--concurrency", type=int, default=1000)
    h.add_argument("--ramp", type=float, default=1.0, help="seconds over which connections are opened")
    h.add_argument("--sample-interval", type=float, default=0.05)
    args = p.parse_args()
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print("streamclient: only loopback targets are allowed", file=sys.stderr)
        return 2
    runner = run_ttft if args.mode == "ttft" else run_hold
    result = asyncio.run(runner(args))
    json.dump(result, sys.stdout)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
