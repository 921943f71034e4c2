"""`claims annotate serve`: run Label Studio from its own virtualenv on loopback, with SQLite.

Label Studio's pins clash with ours, so it lives in `<repo>/.venv-ls` (`scripts/dev.sh setup`)
or wherever CLAIMS_LABEL_STUDIO_BIN points. The admin user and API token come from the environment
and reach the child process only through its environment, never its command line or a file of ours.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from claims.errors import ServiceError, UsageError

ROOT = Path(__file__).resolve().parent.parent
CREDENTIALS = ("LABEL_STUDIO_USERNAME", "LABEL_STUDIO_PASSWORD", "LABEL_STUDIO_USER_TOKEN")
START_TIMEOUT = 300.0


def label_studio_bin() -> Path:
    """The `label-studio` executable: <repo>/.venv-ls first, then CLAIMS_LABEL_STUDIO_BIN."""
    candidates = [ROOT / ".venv-ls" / "bin" / "label-studio"]
    if os.environ.get("CLAIMS_LABEL_STUDIO_BIN"):
        candidates.append(Path(os.environ["CLAIMS_LABEL_STUDIO_BIN"]))
    for path in candidates:
        if path.is_file() and os.access(path, os.X_OK):
            return path
    raise ServiceError(
        f"Label Studio is not installed: no {candidates[0]} (run `scripts/dev.sh setup`)"
        " and CLAIMS_LABEL_STUDIO_BIN does not name a label-studio executable"
    )


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def child_env(environ: dict[str, str] | None = None) -> dict[str, str]:
    """The server's environment: credentials from ours, legacy tokens on, no update check."""
    env = dict(os.environ if environ is None else environ)
    missing = [name for name in CREDENTIALS if not env.get(name)]
    if missing:
        raise UsageError(
            f"set {', '.join(missing)} to start Label Studio (admin user and API token)"
        )
    if len(env["LABEL_STUDIO_USER_TOKEN"]) <= 5:
        raise UsageError("LABEL_STUDIO_USER_TOKEN must be longer than 5 characters")
    env.update(
        {
            "LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN": "true",
            "LATEST_VERSION_CHECK": "false",
            "LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK": "true",
            "COLLECT_ANALYTICS": "false",
            "SENTRY_DSN": "",
            "FRONTEND_SENTRY_DSN": "",
        }
    )
    return env


class Server:
    """One Label Studio process; use as a context manager or call start/wait/stop."""

    def __init__(
        self,
        data_dir: str | Path,
        host: str = "127.0.0.1",
        port: int = 8080,
        environ: dict[str, str] | None = None,
    ):
        self.data_dir = Path(data_dir).resolve()
        self.host, self.port = host, port
        self.env = child_env(environ)
        # Label Studio lets these override --data-dir; the data folder given here must win.
        for prefix in ("", "LABEL_STUDIO_", "HEARTEX_"):
            for name in ("DATABASE_NAME", "DJANGO_DB", "BASE_DATA_DIR"):
                self.env.pop(prefix + name, None)
        self.env["LABEL_STUDIO_BASE_DATA_DIR"] = str(self.data_dir)
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def log_path(self) -> Path:
        return self.data_dir / "label-studio.log"

    def command(self) -> list[str]:
        """The argv of the server: no secret on it, since any local user can read a command line."""
        return [
            str(label_studio_bin()),
            "start",
            "--no-browser",
            "--data-dir",
            str(self.data_dir),
            "--internal-host",
            self.host,
            "--port",
            str(self.port),
            "--log-level",
            "WARNING",
        ]

    def start(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(
                self.command(),
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )

    def _log_tail(self) -> str:
        try:
            lines = self.log_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
        except OSError:
            return ""
        return lines[-1][:200] if lines else ""

    def wait(self, timeout: float = START_TIMEOUT) -> None:
        """Block until the server answers /health (a first start migrates its database)."""
        from annotation.client import LabelStudio

        probe = LabelStudio(self.url, self.env["LABEL_STUDIO_USER_TOKEN"], timeout=2)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise ServiceError(
                    f"Label Studio exited with code {self.process.returncode}:"
                    f" {self._log_tail()} (log: {self.log_path})"
                )
            if probe.healthy():
                return
            time.sleep(0.5)
        self.stop()
        raise ServiceError(
            f"Label Studio did not answer at {self.url} within {timeout:.0f}s"
            f" (log: {self.log_path})"
        )

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        # The server runs in its own session: signal its group so no worker outlives it.
        self._signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self._signal(signal.SIGKILL)
            self.process.wait()

    def _signal(self, sig: int) -> None:
        assert self.process is not None
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, sig)

    def __enter__(self) -> Server:
        self.start()
        self.wait()
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()


def check_credentials(url: str, env: dict[str, str], data_dir: Path) -> None:
    """Refuse a server whose admin or token is not the one in our environment, saying why.

    Label Studio creates the admin user and its token on the first start of a data folder and
    keeps them afterwards: new values in the environment are silently ignored by it.
    """
    from annotation.client import LabelStudio

    try:
        who = LabelStudio(url, env["LABEL_STUDIO_USER_TOKEN"], timeout=30).whoami()
    except ServiceError as exc:
        if "refused the API token" not in exc.reason:
            raise
        raise ServiceError(
            f"Label Studio in {data_dir} keeps the admin and token of its first start and"
            " LABEL_STUDIO_USER_TOKEN is not that token; start with the first token, or with a"
            " new --data-dir for new credentials"
        ) from None
    user = env.get("LABEL_STUDIO_USERNAME", "").strip().lower()
    if (
        str(who.get("email") or "").lower() != user
        and str(who.get("username") or "").lower() != user
    ):
        raise ServiceError(
            f"Label Studio in {data_dir} keeps the admin of its first start, which is not"
            " LABEL_STUDIO_USERNAME; use that admin, or a new --data-dir for new credentials"
        )


def port_in_use(host: str, port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex((host, port)) == 0


def serve(
    data_dir: str | Path,
    host: str = "127.0.0.1",
    port: int = 8080,
    ready: Callable[[str], None] | None = None,
) -> int:
    """Run Label Studio in the foreground until it stops or is interrupted; return its exit code."""
    if not 0 < port < 65536:
        raise UsageError(f"--port {port} is not a port (1 to 65535)")
    if port_in_use(host, port):
        raise UsageError(f"{host}:{port} is already in use (another Label Studio?); choose --port")
    server = Server(data_dir, host, port)
    # A `kill` (SIGTERM) stops the server as Ctrl-C does, instead of orphaning it.
    previous = signal.signal(signal.SIGTERM, _interrupt)
    server.start()
    try:
        server.wait()
        check_credentials(server.url, server.env, server.data_dir)
        if ready is not None:
            ready(server.url)
        assert server.process is not None
        return server.process.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        server.stop()
        signal.signal(signal.SIGTERM, previous)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt
