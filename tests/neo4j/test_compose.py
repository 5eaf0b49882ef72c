"""What can be checked of the docker-compose stack without a Docker engine.

The compose file parses, its services, ports and environment agree with the
app's Settings, the Dockerfile installs the project the way the Makefile does,
and the Browser style covers every label and relationship type.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
import yaml
from pydantic import AliasChoices

from diplograph.settings import Settings
from graph.model import EDGE_TYPES, NODE_LABELS

ROOT = Path(__file__).resolve().parents[2]
COMPOSE: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES: dict[str, Any] = COMPOSE["services"]
DOCKERFILE = (ROOT / "Dockerfile").read_text()
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
_VARIABLE = re.compile(r"\$\{(\w+)(?:(:-|:\?)([^}]*))?\}")


def env_example() -> dict[str, str]:
    values = {}
    for line in (ROOT / ".env.example").read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            key, _, value = line.partition("=")
            values[key.strip()] = value.strip()
    return values


def interpolate(value: str, env: dict[str, str]) -> str:
    """Compose's `${VAR}`, `${VAR:-default}` and `${VAR:?error}` (enough for our file)."""

    def replace(match: re.Match[str]) -> str:
        name, operator, rest = match.groups()
        if env.get(name):
            return env[name]
        if operator == ":-":
            return rest
        raise AssertionError(f"${{{name}}} is required by docker-compose.yml but unset: {rest}")

    return _VARIABLE.sub(replace, value).replace("$$", "$")


def service_env(name: str, env: dict[str, str]) -> dict[str, str]:
    raw = SERVICES[name].get("environment", {})
    return {key: interpolate(str(value), env) for key, value in raw.items()}


def setting_env_names() -> set[str]:
    names = set()
    for field_name, field in Settings.model_fields.items():
        alias = field.validation_alias
        if isinstance(alias, AliasChoices):
            names |= {str(choice) for choice in alias.choices}
        else:
            names.add(f"DIPLOGRAPH_{field_name.upper()}")
    return names


def published(service: str) -> list[tuple[str, int, int]]:
    """(host ip, host port, container port) of every published port."""
    found = []
    for spec in SERVICES[service].get("ports", []):
        host_ip, host_port, container = (
            str(spec).rsplit(":", 2) if str(spec).count(":") == 2 else ("", *str(spec).split(":"))
        )  # noqa: E501
        found.append((host_ip, int(host_port), int(container.split("/")[0])))
    return found


def test_the_stack_has_neo4j_api_and_a_one_shot_loader() -> None:
    assert set(SERVICES) == {"neo4j", "api", "loader"}
    assert SERVICES["neo4j"]["image"] == "neo4j:5.26-community"
    assert SERVICES["api"]["build"] == "." and SERVICES["loader"]["build"] == "."
    assert SERVICES["loader"]["profiles"] == ["load"]  # not started by a plain `up`
    assert SERVICES["loader"]["command"] == ["diplograph", "ingest", "examples/"]
    assert SERVICES["loader"]["restart"] == "no"
    assert (ROOT / "examples").is_dir() and "COPY examples" in DOCKERFILE


def test_neo4j_keeps_data_on_a_named_volume_and_has_a_healthcheck() -> None:
    neo4j = SERVICES["neo4j"]
    volume, _, mount = neo4j["volumes"][0].partition(":")
    assert mount == "/data" and volume in COMPOSE["volumes"]
    assert "RETURN 1" in " ".join(neo4j["healthcheck"]["test"])
    for user in ("api", "loader"):
        assert SERVICES[user]["depends_on"]["neo4j"]["condition"] == "service_healthy"


def test_every_port_is_published_on_localhost_only() -> None:
    for name in SERVICES:
        for host_ip, _, _ in published(name):
            assert host_ip == "127.0.0.1", name
    assert {c for _, _, c in published("neo4j")} == {7474, 7687}


@pytest.mark.parametrize("service", ["api", "loader"])
def test_app_environment_is_made_of_real_settings(service: str, monkeypatch: pytest.MonkeyPatch) -> None:
    env = service_env(service, env_example())
    unknown = set(env) - setting_env_names()
    assert not unknown, f"{service}: not read by diplograph.settings.Settings: {unknown}"
    # Read the way the container reads them: from the environment, and only these.
    for name in setting_env_names():
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    settings = Settings()  # type: ignore[call-arg]
    assert settings.store == "neo4j"
    bolt = urlparse(settings.neo4j_uri)
    assert bolt.scheme == "bolt" and bolt.hostname == "neo4j" and bolt.hostname in SERVICES
    assert bolt.port in {c for _, _, c in published("neo4j")}
    # The app logs in with the credentials the neo4j container was given.
    auth = service_env("neo4j", env_example())["NEO4J_AUTH"]
    assert auth == f"{settings.neo4j_user}/{settings.neo4j_password.get_secret_value()}"
    assert settings.neo4j_user == "neo4j" and len(settings.neo4j_password.get_secret_value()) >= 8


def test_the_api_port_agrees_everywhere() -> None:
    command = SERVICES["api"]["command"]
    port = int(command[command.index("--port") + 1])
    assert command[:2] == ["diplograph", "serve"] and command[command.index("--host") + 1] == "0.0.0.0"
    assert [(ip, c) for ip, _, c in published("api")] == [("127.0.0.1", port)]
    assert f"127.0.0.1:{port}/health" in " ".join(SERVICES["api"]["healthcheck"]["test"])
    assert re.search(rf"^EXPOSE {port}$", DOCKERFILE, flags=re.MULTILINE)


def test_compose_needs_only_what_env_example_provides() -> None:
    env = env_example()
    text = (ROOT / "docker-compose.yml").read_text()
    required = {m.group(1) for m in _VARIABLE.finditer(text) if m.group(2) == ":?"}
    assert required and required <= set(env)
    for name in SERVICES:
        service_env(name, env)  # raises if a required variable is missing


def test_dockerfile_installs_the_project_like_the_makefile() -> None:
    base = re.search(r"^FROM python:(\d+)\.(\d+)", DOCKERFILE, flags=re.MULTILINE)
    assert base, "the image must start from an official python image"
    minimum = re.match(r">=\s*(\d+)\.(\d+)", PYPROJECT["project"]["requires-python"])
    assert minimum and tuple(map(int, base.groups())) >= tuple(map(int, minimum.groups()))
    install = re.search(r"pip install (-c constraints\.txt \.)\s*$", DOCKERFILE, flags=re.MULTILINE)
    assert install, "install the project from pyproject.toml with the pinned constraints.txt"
    assert "-c constraints.txt" in (ROOT / "Makefile").read_text()
    copied = set(re.findall(r"^COPY (.+?) \S+$", DOCKERFILE, flags=re.MULTILINE))
    copied_names = {name for line in copied for name in line.split()}
    assert {"pyproject.toml", "constraints.txt", "README.md"} <= copied_names
    packages = {p.rstrip("*") for p in PYPROJECT["tool"]["setuptools"]["packages"]["find"]["include"]}
    assert packages <= copied_names, packages - copied_names
    entry = re.search(r'^CMD \["(\w+)"', DOCKERFILE, flags=re.MULTILINE)
    assert entry and entry.group(1) in PYPROJECT["project"]["scripts"]
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert {".venv", ".neo4j", ".git"} <= set(ignored)


def test_browser_style_covers_every_label_and_type() -> None:
    grass = (ROOT / "docs" / "diplograph.grass").read_text()
    rules = dict(
        re.findall(r"^(node\.\w+|relationship\.\w+) \{(.*?)^\}", grass, flags=re.MULTILINE | re.DOTALL)
    )
    for label in NODE_LABELS:
        assert f"node.{label}" in rules, label
        assert re.search(r"color: #[0-9A-Fa-f]{6};", rules[f"node.{label}"])
    for edge_type in EDGE_TYPES:
        assert f"relationship.{edge_type}" in rules, edge_type
    for readable in ("Person", "Country"):
        assert 'caption: "{name}";' in rules[f"node.{readable}"]
