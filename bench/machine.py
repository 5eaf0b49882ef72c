"""What the benchmark ran on: every number in bench/ is reported with it."""

from __future__ import annotations

import os
import platform
import resource
import subprocess
import sys
from pathlib import Path


def _cpuinfo_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return None


def describe() -> dict[str, object]:
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "cpu": _cpuinfo_model(),
        "cores": os.cpu_count(),
        "usable_cores": usable,
        "ram_gib": _ram_gib(),
        "python": platform.python_version(),
        "implementation": sys.implementation.name,
        "os": f"{platform.system()} {platform.release()}",
    }


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / 1024 / (1024 if sys.platform == "darwin" else 1), 1)


def code_version(repo: Path) -> str:
    """HEAD commit, with "+dirty" when tracked files differ from it (numbers then describe the tree)."""
    try:
        head = subprocess.run(
            ["git", "-C", str(repo), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(repo), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + ("+dirty" if dirty else "")


def load_average() -> float:
    """The 1-minute load average (other jobs on the machine slow every figure down)."""
    return round(os.getloadavg()[0], 2)


def cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) used so far by process `pid`, or None if it cannot be read."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def neo4j_local_pid(root: Path) -> int | None:
    """The pid of the server `scripts/neo4j-local` started (NEO4J_LOCAL_DIR or ./.neo4j), if any."""
    state = Path(os.environ.get("NEO4J_LOCAL_DIR") or root / ".neo4j")
    try:
        return int((state / "home" / "run" / "neo4j.pid").read_text().strip())
    except (OSError, ValueError):
        return None


def thread_cpu_seconds(pid: int) -> dict[str, float]:
    """CPU seconds so far of a JVM's threads by kind: Neo4j's query workers (`bolt`), the
    garbage collector (`gc`), the JIT compilers (`jit`) and everything else (`other`).
    Threads that ended are not counted: compare two readings around a short phase."""
    kinds = {"bolt": 0.0, "gc": 0.0, "jit": 0.0, "other": 0.0}
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return kinds
    for task in tasks:
        try:
            stat = Path(f"/proc/{pid}/task/{task}/stat").read_text()
        except OSError:
            continue  # the thread ended meanwhile
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat.rsplit(")", 1)[1].split()
        seconds = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        if name.startswith("neo4j.Bolt"):
            kind = "bolt"
        elif name.startswith(("GC Thread", "G1 ")):
            kind = "gc"
        elif name.startswith(("C1 Compiler", "C2 Compiler")):
            kind = "jit"
        else:
            kind = "other"
        kinds[kind] += seconds
    return kinds
