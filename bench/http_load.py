"""HTTP load on loopback: wrk when installed (Debian `wrk`), else a bounded Python client.

Both run for a fixed number of seconds per concurrency level and stop by
themselves.  The Python client (threads with keep-alive connections) shares
the two cores with the server, so its requests/s are a lower bound; the
table says which client measured them.
"""

from __future__ import annotations

import http.client
import re
import shutil
import subprocess
import threading
import time
from statistics import quantiles
from typing import Any

_WRK_SCRIPT = """
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %d %d %d %d %d\\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(95), latency:percentile(99),
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
"""


def client_name() -> str:
    return "wrk" if shutil.which("wrk") else "python"


def run(port: int, path: str, connections: int, seconds: float, script_dir: Any) -> dict[str, float]:
    """requests/s and latency percentiles (ms) for `connections` clients hitting `path`."""
    if shutil.which("wrk"):
        return _wrk(port, path, connections, seconds, script_dir)
    return _python(port, path, connections, seconds)


def _wrk(port: int, path: str, connections: int, seconds: float, script_dir: Any) -> dict[str, float]:
    script = script_dir / "report.lua"
    script.write_text(_WRK_SCRIPT)
    threads = min(connections, 2)
    cmd = [
        "wrk",
        f"-t{threads}",
        f"-c{connections}",
        f"-d{max(1, round(seconds))}s",
        "-s",
        str(script),
        f"http://127.0.0.1:{port}{path}",
    ]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 30, check=True).stdout
    found = re.search(r"RESULT (\d+) (\d+) (\d+) (\d+) (\d+) (\d+)", out)
    if not found:
        raise RuntimeError(f"wrk said: {out}")
    requests, micros, p50, p95, p99, errors = (int(x) for x in found.groups())
    return {
        "rps": round(requests / (micros / 1e6), 1),
        "requests": requests,
        "p50_ms": p50 / 1000,
        "p95_ms": p95 / 1000,
        "p99_ms": p99 / 1000,
        "errors": errors,
    }


def _python(port: int, path: str, connections: int, seconds: float) -> dict[str, float]:
    deadline = time.monotonic() + seconds
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()

    def worker() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        mine = []
        while time.monotonic() < deadline:
            start = time.perf_counter()
            try:
                conn.request("GET", path)
                response = conn.getresponse()
                response.read()
                if response.status != 200:
                    errors[0] += 1
            except OSError:
                errors[0] += 1
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
                continue
            mine.append(time.perf_counter() - start)
        conn.close()
        with lock:
            latencies.extend(mine)

    began = time.monotonic()
    workers = [threading.Thread(target=worker) for _ in range(connections)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    elapsed = time.monotonic() - began
    return {
        "rps": round(len(latencies) / elapsed, 1),
        "requests": len(latencies),
        **percentiles(latencies),
        "errors": errors[0],
    }


def percentiles(seconds: list[float]) -> dict[str, float]:
    if len(seconds) < 2:
        only = round(seconds[0] * 1000, 2) if seconds else float("nan")
        return {"p50_ms": only, "p95_ms": only, "p99_ms": only}
    cuts = quantiles(seconds, n=100, method="inclusive")
    return {
        "p50_ms": round(cuts[49] * 1000, 2),
        "p95_ms": round(cuts[94] * 1000, 2),
        "p99_ms": round(cuts[98] * 1000, 2),
    }
