#!/usr/bin/env python3
"""The attacks of issue #20 against a running `sipkb serve`, each bounded in time, while
/healthz is probed every second; prints one table row per attack and the server's peak RSS.
Run by scripts/soak-serve.sh, which starts the server under `ulimit -n 1024`.

Usage: soak-serve.py HOST PORT PID
Standard library only (asyncio over raw sockets: every request on its own connection, as the
attack made them). The prober is a process of its own, so that the attacking event loop's
own delays never count as the server's."""

import asyncio
import multiprocessing
import resource
import socket
import sys
import time

HOST, PORT, PID = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
PROBE_EVERY = 1.0
PROBE_GOAL = 0.200  # seconds
RECOVERY_GOAL = 5.0


def status_of(pid, key):
    """A field of /proc/PID/status in kB (VmHWM: peak RSS) or as a number (Threads)."""
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0


async def request(raw, timeout=30.0):
    """Sends one raw request on a new connection; returns (status, headers, seconds) with
    status 0 for a connection that failed or was closed without an answer (the headers then
    say how: connect, reset, closed, timeout)."""
    start = time.monotonic()
    try:
        reader, writer = await asyncio.wait_for(asyncio.open_connection(HOST, PORT), timeout)
    except (OSError, asyncio.TimeoutError):
        return 0, "connect", time.monotonic() - start
    try:
        writer.write(raw)
        await writer.drain()
        data = await asyncio.wait_for(reader.read(), timeout)
        writer.close()
    except asyncio.TimeoutError:
        return 0, "timeout", time.monotonic() - start
    except OSError:
        return 0, "reset", time.monotonic() - start
    if not data:
        return 0, "closed", time.monotonic() - start
    head = data.split(b"\r\n\r\n", 1)[0].decode("latin-1")
    try:
        status = int(head[9:12])
    except ValueError:
        status = 0
    return status, head.lower(), time.monotonic() - start


def get(path):
    return f"GET {path} HTTP/1.1\r\nHost: {HOST}\r\nConnection: close\r\n\r\n".encode()


def probe_loop(samples, stop):
    """/healthz every second on a new connection, from a process of its own: appends
    (when, status, seconds) to `samples` until `stop` is set."""
    while not stop.is_set():
        start = time.monotonic()
        status = 0
        try:
            with socket.create_connection((HOST, PORT), timeout=5.0) as c:
                c.sendall(get("/healthz"))
                data = b""
                while chunk := c.recv(4096):
                    data += chunk
                status = int(data[9:12])
        except (OSError, ValueError):
            pass
        secs = time.monotonic() - start
        samples.append((start, status, secs))
        time.sleep(max(0.0, PROBE_EVERY - secs))


class Probe:
    """The prober process and its samples."""

    def __init__(self):
        self.manager = multiprocessing.Manager()
        self.samples = self.manager.list()
        self.stop = self.manager.Event()
        self.proc = multiprocessing.Process(target=probe_loop, args=(self.samples, self.stop))
        self.proc.start()

    def finish(self):
        self.stop.set()
        self.proc.join()
        self.samples = list(self.samples)

    def during(self, t0, t1):
        return [s for s in list(self.samples) if t0 <= s[0] <= t1]


async def recovery(t_end):
    """Seconds from the end of an attack until an uncached lookup and /healthz both answer
    200 within the probe goal."""
    n = 0
    while True:
        n += 1
        a = await request(get(f"/api/explain?q=486+Recovery+{int(t_end)}+{n}"), timeout=5.0)
        b = await request(get("/healthz"), timeout=5.0)
        if a[0] == 200 and b[0] == 200 and max(a[2], b[2]) <= PROBE_GOAL:
            return time.monotonic() - t_end
        if time.monotonic() - t_end > 60:
            return float("inf")
        await asyncio.sleep(0.1)


async def hold_connections(n, partial, seconds):
    """n connections that send nothing (or half a request head, a byte more every 2 s),
    held open for `seconds`; returns how many the server closed before the end."""
    closed = 0

    async def one():
        nonlocal closed
        try:
            reader, writer = await asyncio.open_connection(HOST, PORT)
        except OSError:
            closed += 1
            return
        try:
            if partial:
                writer.write(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ")
            end = time.monotonic() + seconds
            while time.monotonic() < end:
                try:
                    data = await asyncio.wait_for(reader.read(1024), 2.0)
                    if not data:
                        closed += 1
                        return
                except asyncio.TimeoutError:
                    if partial:
                        writer.write(b"a")
        except OSError:
            closed += 1
        finally:
            writer.close()

    await asyncio.gather(*(one() for _ in range(n)))
    return closed


def tally(results):
    """(answered 2xx, 503 with Retry-After, 503 without, other 5xx, other, no answer by how)."""
    ok = shed = bare503 = other5 = other = 0
    none = {}
    for status, head, _ in results:
        if 200 <= status < 300:
            ok += 1
        elif status == 503 and "retry-after:" in head:
            shed += 1
        elif status == 503:
            bare503 += 1
        elif status >= 500:
            other5 += 1
        elif status == 0:
            none[head] = none.get(head, 0) + 1
        else:
            other += 1
    return ok, shed, bare503, other5, other, none


def no_answer(how):
    """`N closed without an answer (…)`: connections the server closed or never took."""
    total = sum(how.values())
    if not total:
        return "0 closed without an answer"
    parts = ", ".join(f"{n} {k}" for k, n in sorted(how.items()))
    return f"{total} closed without an answer ({parts})"


def distinct_scan_body(seed):
    lines, i = [], 0
    size = 0
    while size < (1 << 20) - 100:
        line = f"12:00:{i % 60:02d} recv SIP/2.0 480 Rejected {seed} rule {i}\n"
        lines.append(line)
        size += len(line)
        i += 1
    return "".join(lines).encode()


async def main():
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 65536), hard))
    probe = Probe()
    rows = []
    threads = []

    async def attack(name, coro):
        await asyncio.sleep(1.5)
        t0 = time.monotonic()
        sampler_stop = asyncio.Event()

        async def sample():
            while not sampler_stop.is_set():
                threads.append(status_of(PID, "Threads"))
                await asyncio.sleep(0.2)

        sampler = asyncio.create_task(sample())
        detail = await coro
        sampler_stop.set()
        await sampler
        t1 = time.monotonic()
        rec = await recovery(t1)
        probes = probe.during(t0, t1)
        worst = max((s[2] for s in probes), default=0.0)
        failed = sum(1 for s in probes if s[1] != 200 or s[2] > PROBE_GOAL)
        peak = status_of(PID, "VmHWM") / 1024
        rows.append((name, t1 - t0, detail, len(probes), failed, worst, rec, peak))

    async def idle_and_half():
        a, b = await asyncio.gather(
            hold_connections(1100, False, 15), hold_connections(1100, True, 15)
        )
        return f"closed by the server before 15 s: {a}/1100 idle, {b}/1100 half-sent"

    async def searches(distinct):
        def path(i):
            return f"/api/search?q=busy&limit={1 + i % 1000 if distinct else 50}"

        res = await asyncio.gather(*(request(get(path(i)), timeout=30) for i in range(2000)))
        ok, shed, bare, other5, other, none = tally(res)
        return (f"2000 requests: {ok} × 2xx, {shed} × 503 with Retry-After, "
                f"{bare + other5} other 5xx, {other} other, {no_answer(none)}")

    async def scans():
        bodies = [distinct_scan_body(k) for k in range(4)]

        def post(body):
            return (b"POST /api/scan HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                    + f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode() + body)

        res = await asyncio.gather(*(request(post(b), timeout=60) for b in bodies))
        ok, shed, bare, other5, other, none = tally(res)
        secs = max(r[2] for r in res)
        return (f"4 requests: {ok} × 2xx, {shed} × 503 with Retry-After, "
                f"{bare + other5} other 5xx, {no_answer(none)}; slowest {secs:.2f} s")

    await attack("1,100 idle + 1,100 half-header connections, 15 s", idle_and_half())
    await attack("2,000 concurrent /api/search?q=busy&limit=50", searches(False))
    await attack("2,000 concurrent searches, 1,000 distinct URLs", searches(True))
    await attack("four 1 MiB distinct-line POST /api/scan", scans())
    probe.finish()

    all_probes = probe.samples
    print("| attack | took | outcome | probes | probes failed or > 200 ms | slowest probe | "
          "serving normally after | peak RSS so far |")
    print("|---|---|---|---|---|---|---|---|")
    for name, took, detail, n, failed, worst, rec, peak in rows:
        print(f"| {name} | {took:.1f} s | {detail} | {n} | {failed} | {worst * 1000:.0f} ms | "
              f"{rec:.2f} s | {peak:.0f} MB |")
    peak = status_of(PID, "VmHWM") / 1024
    bad = sum(1 for s in all_probes if s[1] != 200 or s[2] > PROBE_GOAL)
    print()
    print(f"probes: {len(all_probes)}, failed or over 200 ms: {bad}, slowest "
          f"{max(s[2] for s in all_probes) * 1000:.0f} ms; peak RSS {peak:.0f} MB; "
          f"most threads {max(threads, default=0)}")
    goal = (bad == 0 and peak < 200 and all(r[6] <= RECOVERY_GOAL for r in rows)
            and all(" 0 other 5xx" in r[2] or "other 5xx" not in r[2] for r in rows))
    print("goal met" if goal else "GOAL NOT MET")
    return 0 if goal else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
