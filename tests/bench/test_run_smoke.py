"""bench/run.py still runs end to end (a smoke check, not a timed test: no figure is asserted)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_bench_run_small_load_produces_every_figure(tmp_path: Path) -> None:
    cmd = [sys.executable, str(ROOT / "bench" / "run.py"), "--size", "1000", "--repeat", "5",
           "--http-seconds", "1", "--data-dir", str(tmp_path / "store"), "--json"]  # fmt: skip
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    write, query, http = result["write"], result["query"], result["http"]
    assert write["articles"] == 1000 and write["edges"] > 500 and write["evidence"] >= write["edges"]
    assert set(query["latency"]) >= {"who met (top leader)", "path (two leaders)", "name search"}
    assert http["health_seconds"] > 0 and result["disk_mib"] > 0
    for name in ("who met (top)", "who met (typical)", "bare FastAPI route"):
        assert all(level["rps"] > 0 and level["errors"] == 0 for level in http[name].values()), http[name]
    # --data-dir keeps the store: `diplograph serve` can be pointed at it.
    assert (tmp_path / "store" / "graph.sqlite3").exists()
