#!/usr/bin/env python3
"""Turns the raw files of one bench/run into the Markdown results table.

usage: report.py RAW_DIR [--meta key=value ...]  (Markdown on stdout)
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys

TARGETS = ("mock", "nginx", "gantry")
LABEL = {"mock": "mock (direct)", "nginx": "nginx → mock", "gantry": "gantry → mock"}
# Goals the team reports against (bench/README.md).
GOAL_THROUGHPUT_RATIO = 0.60
GOAL_ADDED_P99_MS = 1.0
GOAL_PEAK_RSS_MB = 100.0
DEADLINE = "aborted due to deadline"


def load(raw, name):
    path = os.path.join(raw, name)
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def fmt(v, digits=2, unit=""):
    if v is None:
        return "n/a"
    return f"{v:,.{digits}f}{unit}"


def oha_stats(d):
    """Successful req/s, p50/p99 in ms, and a description of what went wrong."""
    if not d:
        return None
    s = d.get("summary", {})
    lat = d.get("latencyPercentiles", {})
    codes = {str(k): v for k, v in (d.get("statusCodeDistribution") or {}).items()}
    errs = {k: v for k, v in (d.get("errorDistribution") or {}).items() if DEADLINE not in k}
    ok = sum(v for k, v in codes.items() if k.startswith("2"))
    bad = {k: v for k, v in codes.items() if not k.startswith("2")}
    total_s = s.get("total") or 0
    problems = [f"{v}× HTTP {k}" for k, v in sorted(bad.items())]
    problems += [f"{v}× {k}" for k, v in sorted(errs.items())]

    def ms(key):
        v = lat.get(key)
        return None if v is None else 1000.0 * v

    return {
        "rps": ok / total_s if total_s else None,
        "ok": ok,
        "p50": ms("p50"),
        "p99": ms("p99"),
        "p999": ms("p99.9"),
        "max": None if s.get("slowest") is None else 1000.0 * s["slowest"],
        "problems": problems,
    }


def median(values):
    v = sorted(x for x in values if x is not None)
    if not v:
        return None
    mid = len(v) // 2
    return v[mid] if len(v) % 2 else (v[mid - 1] + v[mid]) / 2


def combine(stats):
    """Median over rounds of each number; problems added up."""
    stats = [s for s in stats if s]
    if not stats:
        return None
    out = {k: median(s[k] for s in stats) for k in ("rps", "p50", "p99", "p999", "max")}
    out["ok"] = sum(s["ok"] for s in stats)
    out["p99_all"] = [s["p99"] for s in stats]
    out["rps_all"] = [s["rps"] for s in stats]
    problems = {}
    for s in stats:
        for pr in s["problems"]:
            n, _, what = pr.partition("× ")
            problems[what] = problems.get(what, 0) + int(n)
    out["problems"] = [f"{n}× {what}" for what, n in problems.items()]
    return out


def cpu_us_per_request(cpu, stats, key):
    """CPU time (µs) a process spent per successful request in one throughput round."""
    if not cpu or not stats or not stats.get("ok"):
        return None
    return cpu[key] / cpu["tick_hz"] * 1e6 / stats["ok"]


def verdict(ok):
    if ok is None:
        return "n/a"
    return "PASS" if ok else "FAIL"


def paired_section(w, d):
    """The paired fixed-rate phase (lib/pairedclient.py)."""
    if not d:
        w("## Paired latency (mock and gantry on one schedule): no data")
        w("")
        return
    names = d.get("targets_order") or []
    label = {"mock": LABEL.get("mock", "mock"), "gantry": LABEL.get("gantry", "gantry")}
    w(
        f"## Paired latency: mock and gantry on one schedule ({fmt(d.get('rate_per_target'), 0)} req/s to each, "
        f"sent at the same instants, {d.get('connections_per_target')} keep-alive connections each, "
        f"{fmt(d.get('duration_s'), 0)} s after {fmt(d.get('warmup_s'), 0)} s warm-up, open loop from the scheduled time)"
    )
    w("")
    w("| target | ok | p50 ms | p99 ms | p99.9 ms | max ms | per-window p99 ms (min / median / max) | errors |")
    w("|---|---:|---:|---:|---:|---:|---|---|")
    for n in names:
        t = d["targets"][n]
        wp = sorted(x for x in t.get("window_p99_ms") or [] if x is not None)
        errs = dict(t.get("errors") or {})
        if t.get("missing"):
            errs["no response"] = t["missing"]
        w(
            f"| {label.get(n, n)} | {t.get('n')} | {fmt(t.get('p50_ms'), 3)} | {fmt(t.get('p99_ms'), 3)} | "
            f"{fmt(t.get('p999_ms'), 3)} | {fmt(t.get('max_ms'), 2)} | "
            f"{(fmt(wp[0], 2) + ' / ' + fmt(median(wp), 2) + ' / ' + fmt(wp[-1], 2)) if wp else 'n/a'} | "
            f"{', '.join(f'{k}: {v}' for k, v in errs.items()) or 'none'} |"
        )
    w("")
    for key, dd in (d.get("diffs") or {}).items():
        wp99 = sorted(x for x in dd.get("window_p99_ms") or [] if x is not None)
        w(f"| {key} | p50 | p99 | p99.9 |")
        w("|---|---:|---:|---:|")
        w(
            f"| whole-run difference | {fmt(dd.get('p50_ms'), 3)} | {fmt(dd.get('p99_ms'), 3)} | "
            f"{fmt(dd.get('p999_ms'), 3)} |"
        )
        w(
            f"| **per-1-s-window difference, median over {d.get('windows')} windows** | "
            f"{fmt(dd.get('window_median_p50_ms'), 3)} | **{fmt(dd.get('window_median_p99_ms'), 3)}** | — |"
        )
        w("")
        w(
            f"- per-window p99 differences: min {fmt(wp99[0] if wp99 else None, 3)}, "
            f"max {fmt(wp99[-1] if wp99 else None, 3)} ms; positive in "
            f"{fmt(100 * (dd.get('window_positive_share_p99_ms') or 0), 0)} % of the windows "
            f"(p50: {fmt(100 * (dd.get('window_positive_share_p50_ms') or 0), 0)} %)"
        )
        w(
            f"- noise: the reference's per-window p99 has median {fmt(dd.get('reference_window_p99_median_ms'), 2)} ms; "
            f"over the quieter half of the windows ({dd.get('quiet_windows')}, reference p99 at or below that) "
            f"the median p99 difference is {fmt(dd.get('window_median_p99_ms_quiet_half'), 3)} ms. Stalls of CPU 0 "
            "delay gantry (two hops, ~3× the CPU per request) more than the bare mock, so the added p99 grows "
            "with the machine's noise; compare runs only at similar noise"
        )
        w(f"- median of the per-request-pair difference (same tick): {fmt(dd.get('pair_median_ms'), 3)} ms")
    c = d.get("client") or {}
    lag = c.get("send_lag_ms") or {}
    w(
        f"- client (Python, pacing `{d.get('pacing')}`): {fmt(100 * (c.get('cpu_share_of_one_core') or 0), 0)} % of one core "
        f"for {2 * (d.get('rate_per_target') or 0):.0f} req/s in total; send lag behind the schedule "
        f"p50 {fmt(lag.get('p50_ms'), 3)} / p99 {fmt(lag.get('p99_ms'), 3)} ms. The lag is in both targets' "
        "latencies alike (it cancels in the differences)."
    )
    w("")


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("raw")
    p.add_argument("--meta", nargs="*", default=[])
    args = p.parse_args()
    raw = args.raw
    meta = dict(m.split("=", 1) for m in args.meta if "=" in m)
    out = []
    w = out.append

    rounds = int(meta.get("rounds", "1"))
    thr_rounds = {t: [oha_stats(load(raw, f"throughput-{t}-r{r}.json")) for r in range(1, rounds + 1)] for t in TARGETS}
    lat_rounds = {t: [oha_stats(load(raw, f"latency-{t}-r{r}.json")) for r in range(1, rounds + 1)] for t in TARGETS}
    cpu_rounds = {t: [load(raw, f"cpu-throughput-{t}-r{r}.json") for r in range(1, rounds + 1)] for t in TARGETS}
    thr = {t: combine(thr_rounds[t]) for t in TARGETS}
    lat = {t: combine(lat_rounds[t]) for t in TARGETS}
    stream = {t: load(raw, f"stream-{t}.json") for t in TARGETS}
    hold = load(raw, "hold-gantry.json")
    paired_run = load(raw, "paired.json")
    mem_after_load = load(raw, "gantry-mem-after-load.json") or {}
    load_before = (load(raw, "env-load-before.json") or {}).get("load_before")
    load_after = (load(raw, "env-load-after.json") or {}).get("load_after")

    pin = meta.get("pin") == "1"
    w("# Gantry load benchmark: results")
    w("")
    w(
        f"commit {meta.get('commit', '?')} · {meta.get('oha', 'oha ?')} · {meta.get('nginx', 'nginx ?')} · "
        f"{os.cpu_count()} CPUs · "
        + (
            "servers pinned to CPU 0 (1 worker each), load generators to CPU 1"
            if pin
            else f"no CPU pinning ({meta.get('workers', '?')} workers each; load generator shares the cores)"
        )
        + (f" · nice {meta['nice']}" if meta.get("nice") not in (None, "0") else "")
    )
    w(
        f"load average before {load_before if load_before is not None else '?'}, "
        f"after {load_after if load_after is not None else '?'} (other work on the machine skews everything)"
    )
    w("")
    w(
        f"## Non-streaming `POST /v1/chat/completions` "
        f"(max throughput: {meta.get('connections')} connections × {meta.get('duration')} s; "
        f"latency: fixed {meta.get('rate')} req/s × {meta.get('duration')} s, oha --latency-correction; "
        f"each the median of {rounds} interleaved rounds)"
    )
    w("")
    w("| target | max req/s | p50 ms @max | p99 ms @max | p50 ms @rate | p99 ms @rate | p99.9 ms @rate | p99 @rate per round | errors |")
    w("|---|---:|---:|---:|---:|---:|---:|---|---|")
    for t in TARGETS:
        a, b = thr[t] or {}, lat[t] or {}
        problems = (a.get("problems") or []) + (b.get("problems") or [])
        per_round = " / ".join(fmt(v, 2) for v in b.get("p99_all") or [])
        w(
            f"| {LABEL[t]} | {fmt(a.get('rps'), 0)} | {fmt(a.get('p50'), 3)} | "
            f"{fmt(a.get('p99'), 3)} | {fmt(b.get('p50'), 3)} | {fmt(b.get('p99'), 3)} | "
            f"{fmt(b.get('p999'), 3)} | {per_round or 'n/a'} | {'; '.join(problems) if problems else 'none'} |"
        )
    w("")

    def paired(kind, f):
        """f(gantry_or_x, reference) per round, then the median."""
        out = []
        for r in range(rounds):
            try:
                out.append(f(kind, r))
            except (TypeError, ZeroDivisionError, IndexError):
                pass
        return out

    def rps(t, r):
        return thr_rounds[t][r]["rps"]

    def p(t, r, key):
        return lat_rounds[t][r][key]

    ratios = paired("gantry", lambda t, r: rps(t, r) / rps("nginx", r))
    ratio = median(ratios)
    ratio_mock = median(paired("gantry", lambda t, r: rps(t, r) / rps("mock", r)))
    added = paired("gantry", lambda t, r: p(t, r, "p99") - p("mock", r, "p99"))
    added_p99 = median(added)
    added_p50 = median(paired("gantry", lambda t, r: p(t, r, "p50") - p("mock", r, "p50")))
    nginx_added_p99 = median(paired("nginx", lambda t, r: p(t, r, "p99") - p("mock", r, "p99")))
    nginx_added_p50 = median(paired("nginx", lambda t, r: p(t, r, "p50") - p("mock", r, "p50")))

    # The "added p99" goal is decided by the paired phase (lib/pairedclient.py): one schedule
    # drives mock and gantry at the same instants; p99(gantry) - p99(mock) per 1-s window,
    # median over windows. Falls back to the oha rounds when the paired phase is missing.
    pdiff = ((paired_run or {}).get("diffs") or {}).get("gantry-mock") or {}
    goal_p99 = pdiff.get("window_median_p99_ms")
    goal_src = "paired, median of per-1-s-window differences"
    if goal_p99 is None:
        goal_p99, goal_src = added_p99, "oha rounds, median of per-round differences (paired phase missing)"

    rss_mb = None
    if hold and hold.get("end_hwm_kib"):
        rss_mb = hold["end_hwm_kib"] / 1024.0
    held = (hold or {}).get("max_open_streams")
    hold_n = int(meta.get("hold_streams", "1000"))

    w("## Goals")
    w("")
    w("| metric | value | goal | verdict |")
    w("|---|---:|---:|---|")
    w(
        f"| gantry / nginx max throughput | {fmt(None if ratio is None else 100 * ratio, 1, ' %')} "
        f"| ≥ {100 * GOAL_THROUGHPUT_RATIO:.0f} % | {verdict(None if ratio is None else ratio >= GOAL_THROUGHPUT_RATIO)} |"
    )
    w(
        f"| gantry − mock p99 @ {meta.get('rate')} req/s ({goal_src}) | {fmt(goal_p99, 3, ' ms')} "
        f"| ≤ {GOAL_ADDED_P99_MS:g} ms | {verdict(None if goal_p99 is None else goal_p99 <= GOAL_ADDED_P99_MS)} |"
    )
    hold_ok = None if rss_mb is None else (rss_mb <= GOAL_PEAK_RSS_MB and held is not None and held >= hold_n)
    w(
        f"| gantry peak RSS (VmHWM), {held if held is not None else '?'} of {hold_n} streams open at once "
        f"| {fmt(rss_mb, 1, ' MB')} | ≤ {GOAL_PEAK_RSS_MB:g} MB | {verdict(hold_ok)} |"
    )
    w("")
    w("Ratios and differences are taken within each round (the targets ran back to back), then the median:")
    w(
        f"- gantry / nginx max throughput per round: "
        f"{' / '.join(fmt(100 * x, 1, ' %') for x in ratios) or 'n/a'}"
    )
    w(f"- gantry / mock-direct max throughput: {fmt(None if ratio_mock is None else 100 * ratio_mock, 1, ' %')}")
    w(
        f"- gantry − mock p99 @ rate per oha round (separate runs, noisy; not the goal's number): "
        f"{' / '.join(fmt(x, 3, ' ms') for x in added) or 'n/a'}, median {fmt(added_p99, 3, ' ms')}; "
        f"p50: {fmt(added_p50, 3, ' ms')}"
    )
    w(
        f"- nginx − mock @ rate (the reference proxy's own cost): p50 {fmt(nginx_added_p50, 3, ' ms')}, "
        f"p99 {fmt(nginx_added_p99, 3, ' ms')}"
    )
    w("")
    paired_section(w, paired_run)
    w("CPU time per successful request during the max-throughput rounds (from /proc/PID/stat; median of rounds):")
    w("")
    w("| target | proxy µs/req | mock µs/req |")
    w("|---|---:|---:|")
    for t in TARGETS:
        proxy = median(cpu_us_per_request(c, st, "proxy_ticks") for c, st in zip(cpu_rounds[t], thr_rounds[t]))
        mock = median(cpu_us_per_request(c, st, "mock_ticks") for c, st in zip(cpu_rounds[t], thr_rounds[t]))
        w(f"| {LABEL[t]} | {'—' if t == 'mock' else fmt(proxy, 1)} | {fmt(mock, 1)} |")
    w("")

    w(
        f"## Streaming (`\"stream\": true`, {meta.get('stream_tokens')} tokens {meta.get('stream_interval_ms')} ms apart, "
        f"fixed {meta.get('stream_rate')} req/s × {meta.get('duration')} s, Python asyncio client)"
    )
    w("")
    w("| target | ok | TTFB p50 ms | TTFT p50 ms | TTFT p99 ms | stream end p50 ms | client send lag p99 ms | errors |")
    w("|---|---:|---:|---:|---:|---:|---:|---|")
    for t in TARGETS:
        s = stream[t]
        if not s:
            w(f"| {LABEL[t]} | n/a | n/a | n/a | n/a | n/a | n/a | no result |")
            continue
        errs = dict(s.get("errors") or {})
        errs.update({f"HTTP {k}": v for k, v in (s.get("status_counts") or {}).items() if k != "200"})
        w(
            f"| {LABEL[t]} | {s.get('ok')} | {fmt((s.get('ttfb') or {}).get('p50_ms'), 3)} | "
            f"{fmt((s.get('ttft') or {}).get('p50_ms'), 3)} | {fmt((s.get('ttft') or {}).get('p99_ms'), 3)} | "
            f"{fmt((s.get('total') or {}).get('p50_ms'), 1)} | {fmt(s.get('send_lag_p99_ms'), 3)} | "
            f"{'; '.join(f'{v}× {k}' for k, v in errs.items()) if errs else 'none'} |"
        )
    if stream["gantry"] and stream["mock"]:
        g = (stream["gantry"].get("ttft") or {}).get("p99_ms")
        m = (stream["mock"].get("ttft") or {}).get("p99_ms")
        if g is not None and m is not None:
            w("")
            w(f"gantry − mock TTFT p99: {fmt(g - m, 3, ' ms')}")
    w("")

    w(f"## Memory: gantry holding {hold_n} concurrent streams (fresh process)")
    w("")
    if hold:
        kib = lambda v: fmt(None if v is None else v / 1024.0, 1, " MB")  # noqa: E731
        errs = dict(hold.get("errors") or {})
        errs.update({f"HTTP {k}": v for k, v in (hold.get("status_counts") or {}).items() if k != "200"})
        w(f"- streams open at once (max): {held} of {hold_n}; completed with 200: {hold.get('completed_ok')}")
        w(f"- RSS before the streams: {kib(hold.get('baseline_rss_kib'))}")
        w(f"- peak RSS sampled every 50 ms: {kib(hold.get('peak_sampled_rss_kib'))}")
        w(f"- **VmHWM (peak RSS) at the end: {kib(hold.get('end_hwm_kib'))}**; RSS after: {kib(hold.get('end_rss_kib'))}")
        w(f"- threads (max): {hold.get('threads_max')}")
        if hold.get("ttft"):
            w(f"- TTFT under that load: p50 {fmt(hold['ttft']['p50_ms'], 1)} ms, p99 {fmt(hold['ttft']['p99_ms'], 1)} ms")
        w(f"- errors: {'; '.join(f'{v}× {k}' for k, v in errs.items()) if errs else 'none'}")
    else:
        w("- no result")
    if mem_after_load:
        w(
            f"- (for reference: the first gantry process, after all the load phases above: "
            f"VmHWM {fmt(mem_after_load.get('VmHWM', 0) / 1024.0, 1, ' MB')}, "
            f"VmRSS {fmt(mem_after_load.get('VmRSS', 0) / 1024.0, 1, ' MB')})"
        )
    w("")

    # Gantry's own metrics, scraped before the hold phase.
    try:
        with open(os.path.join(raw, "gantry-metrics.txt")) as f:
            metrics = f.read()
    except OSError:
        metrics = ""
    if metrics:
        by_status = {}
        sums = {}
        for line in metrics.splitlines():
            m = re.match(r"^(gantry_\w+?)(\{[^}]*\})?\s+([0-9.eE+-]+)", line)
            if not m:
                continue
            name, labels, value = m.group(1), m.group(2) or "", float(m.group(3))
            if name == "gantry_requests_total":
                st = re.search(r'status="([^"]*)"', labels)
                key = st.group(1) if st else "?"
                by_status[key] = by_status.get(key, 0) + value
            elif name.endswith("_sum") or name.endswith("_count"):
                sums[name] = sums.get(name, 0) + value
        w("## Gantry's own metrics (/metrics, first process, after all non-hold phases)")
        w("")
        w(
            "- requests by status: "
            + (", ".join(f"{k}: {int(v)}" for k, v in sorted(by_status.items())) or "none")
            + (" (499 = the client went away: oha drops its in-flight requests when each timed run ends)"
               if "499" in by_status else "")
        )
        for base, label in (
            ("gantry_gateway_overhead_seconds", "gateway overhead (its own measure)"),
            ("gantry_request_duration_seconds", "request duration"),
            ("gantry_time_to_first_token_seconds", "time to first token"),
        ):
            n = sums.get(base + "_count")
            if n:
                w(f"- {label}: mean {fmt(1000 * sums.get(base + '_sum', 0) / n, 3, ' ms')} over {int(n)} requests")
        w("")

    # Gantry's own log (warn level and above) during the run.
    log_path = os.path.join(raw, "gantry.log")
    try:
        with open(log_path, errors="replace") as f:
            lines = [ln.rstrip("\n") for ln in f if ln.strip()]
    except OSError:
        lines = []
    levels = {}
    for ln in lines:
        m = re.search(r'"level":"(\w+)"', ln) or re.search(r"\b(ERROR|WARN|INFO|DEBUG|TRACE)\b", ln)
        lvl = (m.group(1) if m else "other").upper()
        levels[lvl] = levels.get(lvl, 0) + 1
    w("## Gantry log during the run (level warn)")
    w("")
    w(f"- {len(lines)} lines: " + (", ".join(f"{k} {v}" for k, v in sorted(levels.items())) if levels else "none"))
    for ln in lines[:5]:
        w(f"  - `{ln[:300]}`")
    w("")
    w(
        "Settings: " + ", ".join(f"{k}={v}" for k, v in meta.items() if k not in ("commit", "oha", "nginx"))
    )
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
