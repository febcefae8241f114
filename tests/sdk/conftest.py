"""Fixtures for the SDK end-to-end tests.

One gantry-mock (started with ``--api-key``) fakes every upstream; one gantry
serves a config with a model per provider kind, all pointed at that mock.
Both run for the whole test session and are killed at the end.

The binaries come from ``$GANTRY_BIN_DIR`` (default: ``target/debug``).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import hashlib

import anthropic
import openai
import pytest

REPO = Path(__file__).resolve().parents[2]
UPSTREAM_KEY = "sdk-upstream-secret"
CLIENT_KEY = "gk-sdk-client-key-for-tests"
CLIENT_KEY_SHA256 = hashlib.sha256(CLIENT_KEY.encode()).hexdigest()
START_TIMEOUT_S = 15.0

CONFIG = """\
auth:
  keys:
    - {{id: sdk, team: sdk, sha256: {key_hash}}}
server:
  log:
    format: text
timeouts:
  connect_ms: 1000
  first_byte_ms: 5000
  total_ms: 15000
providers:
  openai:
    kind: openai
    base_url: {mock}/v1
    api_key: ${{file:{key_file}}}
  azure:
    kind: azure
    base_url: {mock}
    api_key: ${{file:{key_file}}}
    api_version: 2024-10-21
  compat:
    kind: openai_compatible
    base_url: {mock}/v1
    api_key: ${{file:{key_file}}}
  anthropic:
    kind: anthropic
    base_url: {mock}
    api_key: ${{file:{key_file}}}
  gemini:
    kind: gemini
    base_url: {mock}
    api_key: ${{file:{key_file}}}
models:
  gpt:
    targets: [{{provider: openai, model: gpt-4o-mini}}]
  azure-gpt:
    targets: [{{provider: azure, model: my-deployment}}]
  local:
    targets: [{{provider: compat, model: llama3}}]
  claude:
    targets: [{{provider: anthropic, model: claude-sonnet-4-5, default_max_tokens: 1024}}]
  gemini:
    targets: [{{provider: gemini, model: gemini-2.5-flash}}]
  embed:
    targets: [{{provider: openai, model: text-embedding-3-small}}]
  gemini-embed:
    targets: [{{provider: gemini, model: text-embedding-004}}]
"""

# Every public model name in CONFIG.
MODEL_NAMES = ["gpt", "azure-gpt", "local", "claude", "gemini", "embed", "gemini-embed"]


@dataclass
class Gateway:
    url: str
    mock_url: str
    dir: Path

    def mock_requests(self) -> list[dict]:
        """Every request the mock has recorded so far."""
        with urllib.request.urlopen(f"{self.mock_url}/_mock/requests", timeout=5) as resp:
            return json.load(resp)


def _bin_dir() -> Path:
    configured = os.environ.get("GANTRY_BIN_DIR")
    path = Path(configured) if configured else REPO / "target" / "debug"
    return path if path.is_absolute() else (REPO / path)


def _binary(name: str) -> Path:
    path = _bin_dir() / name
    if not path.is_file():
        pytest.exit(
            f"{path} not found: run `cargo build --bin gantry --bin gantry-mock` or set GANTRY_BIN_DIR",
            returncode=2,
        )
    return path


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get_ok(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=1) as resp:
            return resp.status == 200
    except (urllib.error.URLError, OSError):
        return False


def _log_tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


class _Process:
    """A child process whose output goes to a log file."""

    def __init__(self, name: str, args: list[str], log: Path, env: dict[str, str] | None = None):
        self.name = name
        self.log = log
        self._log_file = open(log, "wb")
        self.proc = subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
        )

    def wait_ready(self, url: str) -> bool:
        """Polls `url` until it answers 200; False if the process died or time ran out."""
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                return False
            if _get_ok(url):
                return True
            time.sleep(0.05)
        return False

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        self._log_file.close()


def _start(name: str, make_args, ready_path: str, log: Path, env=None, attempts: int = 3):
    """Starts a server on a fresh free port, retrying if the port got taken."""
    for _ in range(attempts):
        port = _free_port()
        url = f"http://127.0.0.1:{port}"
        process = _Process(name, make_args(f"127.0.0.1:{port}"), log, env)
        if process.wait_ready(url + ready_path):
            return process, url
        process.stop()
    pytest.exit(f"{name} did not become ready; last log lines:\n{_log_tail(log)}", returncode=3)


@pytest.fixture(scope="session")
def gateway():
    work = Path(tempfile.mkdtemp(prefix="gantry-sdk-"))
    started: list[_Process] = []
    try:
        mock, mock_url = _start(
            "gantry-mock",
            lambda listen: [str(_binary("gantry-mock")), "--listen", listen, "--api-key", UPSTREAM_KEY],
            "/healthz",
            work / "mock.log",
        )
        started.append(mock)

        key_file = work / "upstream.key"
        key_file.write_text(UPSTREAM_KEY + "\n")
        config = work / "gantry.yaml"
        config.write_text(CONFIG.format(mock=mock_url, key_file=key_file, key_hash=CLIENT_KEY_SHA256))

        env = dict(os.environ)
        env.setdefault("RUST_LOG", "warn")
        gantry, url = _start(
            "gantry",
            lambda listen: [str(_binary("gantry")), "serve", "--config", str(config), "--listen", listen],
            "/readyz",
            work / "gantry.log",
            env,
        )
        started.append(gantry)
        yield Gateway(url=url, mock_url=mock_url, dir=work)
    finally:
        for process in reversed(started):
            process.stop()
        if os.environ.get("GANTRY_SDK_KEEP_LOGS"):
            print(f"\ngantry sdk test logs kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


@pytest.fixture(scope="session")
def openai_client(gateway: Gateway) -> openai.OpenAI:
    client = openai.OpenAI(base_url=gateway.url + "/v1", api_key=CLIENT_KEY, max_retries=0, timeout=20)
    yield client
    client.close()


@pytest.fixture(scope="session")
def anthropic_client(gateway: Gateway) -> anthropic.Anthropic:
    client = anthropic.Anthropic(base_url=gateway.url, api_key=CLIENT_KEY, max_retries=0, timeout=20)
    yield client
    client.close()
