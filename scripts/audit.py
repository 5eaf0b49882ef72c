#!/usr/bin/env python3
"""pip-audit over the pinned constraints; fails on a known vulnerability that has a fix.

    .venv/bin/python scripts/audit.py                  # audit constraints.txt (CI runs this)
    .venv/bin/python scripts/audit.py -r other.txt     # audit another pinned file
    .venv/bin/python scripts/audit.py --offline        # use the vendored advisories even if online
    .venv/bin/python scripts/audit.py --refresh DIR    # rebuild them from a pypa/advisory-database clone

pip-audit asks a vulnerability service about every pin.  Where the OSV
service (api.osv.dev) answers, it is used.  Where it does not (this project's
machines reach only package registries, and the registry here serves no
per-version vulnerability data), pip-audit is pointed at a small OSV-compatible
server on 127.0.0.1 that answers from `security/pypi-advisories.json`: the
advisories of the PyPA advisory database for the packages we pin, as of the
date printed.  That file is a snapshot: refresh it where GitHub is reachable.

Exit status: 0 clean (or only vulnerabilities without a fix, listed as
warnings), 1 a fixable vulnerability, 2 the audit could not run.
"""

from __future__ import annotations

import argparse
import json
import re
import socket
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from packaging.version import InvalidVersion, Version

ROOT = Path(__file__).resolve().parents[1]
ADVISORIES = ROOT / "security" / "pypi-advisories.json"
OSV_HOST = "api.osv.dev"


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


# ----- the offline OSV service --------------------------------------------------------------
def _version(text: str) -> Version | None:
    try:
        return Version(text)
    except InvalidVersion:
        return None


def affects(vuln: dict[str, Any], name: str, version: str) -> bool:
    """OSV semantics for one package version: listed, or inside an ECOSYSTEM range."""
    wanted = _version(version)
    for affected in vuln.get("affected", []):
        package = affected.get("package", {})
        if normalise(package.get("name", "")) != name or package.get("ecosystem") != "PyPI":
            continue
        if version in affected.get("versions", []):
            return True
        if wanted is None:
            continue
        for span in affected.get("ranges", []):
            if span.get("type") != "ECOSYSTEM":
                continue
            inside = False
            for event in span.get("events", []):
                if "introduced" in event:
                    start = _version(event["introduced"]) if event["introduced"] != "0" else Version("0")
                    inside = inside or (start is not None and wanted >= start)
                elif "fixed" in event and (end := _version(event["fixed"])) is not None and wanted >= end:
                    inside = False
                elif "last_affected" in event and (last := _version(event["last_affected"])) is not None:
                    inside = inside and wanted <= last
            if inside:
                return True
    return False


def serve_offline(advisories: dict[str, Any]) -> tuple[ThreadingHTTPServer, str]:
    """An OSV `/v1/query` endpoint on a free loopback port, answering from `advisories`."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - the http.server API
            query = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))))
            name = normalise(query.get("package", {}).get("name", ""))
            version = str(query.get("version", ""))
            found = [v for v in advisories["vulns"].get(name, []) if affects(v, name, version)]
            body = json.dumps({"vulns": found} if found else {}).encode()
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/v1/query"


def refresh(database: Path, pins: Path, out: Path) -> int:
    """Rebuild the vendored file from a pypa/advisory-database checkout (vulns/<package>/*.yaml)."""
    import yaml

    names = {normalise(n) for n, _ in _pins(pins)}
    vulns: dict[str, list[dict[str, Any]]] = {}
    for folder in sorted((database / "vulns").iterdir()):
        if normalise(folder.name) not in names:
            continue
        for path in sorted(folder.glob("*.yaml")):
            entry = yaml.safe_load(path.read_text(encoding="utf-8"))
            kept = {k: entry[k] for k in ("id", "aliases", "summary", "details", "affected", "withdrawn")
                    if k in entry}  # fmt: skip
            if "details" in kept:
                kept["details"] = str(kept["details"])[:400]
            vulns.setdefault(normalise(folder.name), []).append(json.loads(json.dumps(kept, default=str)))
    head = subprocess.run(["git", "-C", str(database), "log", "-1", "--format=%H %cs"],
                          capture_output=True, text=True, check=False).stdout.split()  # fmt: skip
    data = {
        "source": "github.com/pypa/advisory-database (CC-BY-4.0)",
        "commit": head[0] if head else "unknown",
        "date": head[1] if len(head) > 1 else "unknown",
        "note": "subset for the packages in constraints.txt; rebuild with scripts/audit.py --refresh DIR",
        "vulns": vulns,
    }
    out.write_text(json.dumps(data, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {out}: {sum(len(v) for v in vulns.values())} advisories for {len(vulns)} packages")
    return 0


# ----- running pip-audit --------------------------------------------------------------------
def _pins(path: Path) -> list[tuple[str, str]]:
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if "==" in line:
            name, version = line.split("==", 1)
            found.append((name.strip(), version.strip()))
    return found


def osv_reachable(timeout: float = 5.0) -> bool:
    try:
        with socket.create_connection((OSV_HOST, 443), timeout=timeout):
            return True
    except OSError:
        return False


def run_pip_audit(requirements: Path, osv_url: str | None) -> tuple[int, dict[str, Any]]:
    command = [sys.executable, "-m", "pip_audit", "-r", str(requirements), "--no-deps", "--disable-pip",
               "-s", "osv", "-f", "json", "--progress-spinner", "off", "--timeout", "30"]  # fmt: skip
    if osv_url:
        command += ["--osv-url", osv_url]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    try:
        return done.returncode, json.loads(done.stdout)
    except json.JSONDecodeError:
        sys.stderr.write(done.stderr)
        return 2, {}


def report(result: dict[str, Any]) -> int:
    fixable, unfixed = [], []
    for dep in result.get("dependencies", []):
        if "skip_reason" in dep:
            print(f"audit: not audited: {dep['name']}: {dep['skip_reason']}")
        for vuln in dep.get("vulns", []):
            fixes = ", ".join(vuln["fix_versions"]) or "none"
            line = f"{dep['name']}=={dep['version']}: {vuln['id']} (fix: {fixes})"
            (fixable if vuln["fix_versions"] else unfixed).append(line)
    for line in unfixed:
        print(f"audit: warning, no fix yet: {line}")
    for line in fixable:
        print(f"audit: VULNERABLE, fix available: {line}")
    audited = len(result.get("dependencies", []))
    print(f"audit: {audited} pins audited, {len(fixable)} fixable and {len(unfixed)} unfixed vulnerabilities")
    return 1 if fixable else 0


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-r", "--requirements", type=Path, default=ROOT / "constraints.txt")
    parser.add_argument("--offline", action="store_true", help="use the vendored advisories")
    parser.add_argument(
        "--refresh", type=Path, metavar="DIR", help="rebuild them from an advisory-database clone"
    )
    args = parser.parse_args()
    if args.refresh:
        return refresh(args.refresh, args.requirements, ADVISORIES)
    if not args.offline and osv_reachable():
        print(f"audit: asking {OSV_HOST}")
        code, result = run_pip_audit(args.requirements, None)
        return report(result) if code in (0, 1) else 2
    advisories = json.loads(ADVISORIES.read_text(encoding="utf-8"))
    print(
        f"audit: {OSV_HOST} is not reachable from here; using the vendored PyPA advisories of "
        f"{advisories['date']} (security/pypi-advisories.json; refresh with --refresh)"
    )
    server, url = serve_offline(advisories)
    try:
        code, result = run_pip_audit(args.requirements, url)
    finally:
        server.shutdown()
    return report(result) if code in (0, 1) else 2


if __name__ == "__main__":
    sys.exit(main())
