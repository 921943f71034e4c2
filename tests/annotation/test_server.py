"""Locating Label Studio and building its environment (the real start is in test_labelstudio)."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotation import server
from claims.errors import ServiceError, UsageError

CREDS = {
    "LABEL_STUDIO_USERNAME": "a@example.org",
    "LABEL_STUDIO_PASSWORD": "pw-123456",
    "LABEL_STUDIO_USER_TOKEN": "t" * 40,
}


def test_missing_label_studio_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(server, "ROOT", tmp_path)
    monkeypatch.setenv("CLAIMS_LABEL_STUDIO_BIN", str(tmp_path / "nope"))
    with pytest.raises(ServiceError, match=r"scripts/dev\.sh setup"):
        server.label_studio_bin()


def test_env_var_fallback(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    exe = tmp_path / "label-studio"
    exe.write_text("#!/bin/sh\n")
    exe.chmod(0o755)
    monkeypatch.setattr(server, "ROOT", tmp_path / "repo")
    monkeypatch.setenv("CLAIMS_LABEL_STUDIO_BIN", str(exe))
    assert server.label_studio_bin() == exe


def test_credentials_come_from_the_environment() -> None:
    with pytest.raises(UsageError, match="LABEL_STUDIO_PASSWORD"):
        server.child_env({"LABEL_STUDIO_USERNAME": "a@example.org"})
    env = server.child_env(dict(CREDS))
    assert env["LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN"] == "true"
    assert env["LATEST_VERSION_CHECK"] == "false"


def test_secrets_stay_off_the_command_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(server, "label_studio_bin", lambda: Path("/opt/ls/bin/label-studio"))
    srv = server.Server(tmp_path, port=8123, environ={**CREDS, "DATABASE_NAME": "/elsewhere.db"})
    argv = " ".join(srv.command())
    assert "--internal-host 127.0.0.1 --port 8123" in argv
    assert (
        CREDS["LABEL_STUDIO_USER_TOKEN"] not in argv and CREDS["LABEL_STUDIO_PASSWORD"] not in argv
    )
    assert srv.env["LABEL_STUDIO_USER_TOKEN"] == CREDS["LABEL_STUDIO_USER_TOKEN"]
    assert "DATABASE_NAME" not in srv.env
    assert srv.env["LABEL_STUDIO_BASE_DATA_DIR"] == str(tmp_path.resolve())
