"""scripts/audit.py: pip-audit over the pins, through the offline OSV service where OSV is out of reach."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def audit_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("audit", ROOT / "scripts" / "audit.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_osv_ranges_are_read_as_osv_means_them() -> None:
    audit = audit_module()
    vuln = {
        "affected": [
            {
                "package": {"name": "Example-Pkg", "ecosystem": "PyPI"},
                "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "1.4"},
                                                            {"introduced": "2.0"}, {"fixed": "2.1.3"}]}],
                "versions": ["0.9"],
            }
        ]
    }  # fmt: skip
    hit = {
        v: audit.affects(vuln, "example-pkg", v)
        for v in ("0.9", "1.3.9", "1.4", "1.9", "2.0", "2.1.2", "2.1.3")
    }
    assert hit == {
        "0.9": True,
        "1.3.9": True,
        "1.4": False,
        "1.9": False,
        "2.0": True,
        "2.1.2": True,
        "2.1.3": False,
    }
    assert not audit.affects(vuln, "other", "0.9")


def test_a_fixable_vulnerability_fails_the_audit(tmp_path: Path) -> None:
    pins = tmp_path / "pins.txt"
    pins.write_text("jinja2==2.10\nrequests==2.31.0\n")
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "audit.py"), "--offline", "-r", str(pins)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "VULNERABLE, fix available: jinja2==2.10: PYSEC-2019-217 (fix: 2.10.1)" in done.stdout
    assert "requests==2.31.0:" not in done.stdout  # a clean pin is not reported
