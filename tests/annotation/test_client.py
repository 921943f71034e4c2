"""The server address is checked before any request: a typo is a usage error, not a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from annotation.client import check_url
from claims.cli.root import cli
from claims.errors import UsageError


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("127.0.0.1:8080", "write http://127.0.0.1:8080"),
        ("localhost", "write http://localhost"),
        ("ftp://127.0.0.1:8080", "is not an http:// or https:// address"),
        ("http://127.0.0.1:80800", "has an invalid port"),
        ("http://127.0.0.1:port", "has an invalid port"),
        ("http://", "is not an http:// or https:// address"),
    ],
)
def test_bad_addresses_say_what_is_wrong(url: str, reason: str) -> None:
    with pytest.raises(UsageError, match=reason):
        check_url(url)


def test_good_addresses_lose_their_trailing_slash() -> None:
    assert check_url("http://127.0.0.1:8080/") == "http://127.0.0.1:8080"
    assert check_url(" https://ls.example.org ") == "https://ls.example.org"


def test_cli_address_errors_and_adjudicating_before_a_pull(tmp_path: Path) -> None:
    env = {"LABEL_STUDIO_URL": "127.0.0.1:8080", "LABEL_STUDIO_API_KEY": "t" * 40}
    result = CliRunner().invoke(cli, ["annotate", "pull", str(tmp_path), "--project", "p"], env=env)
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        "Error: LABEL_STUDIO_URL '127.0.0.1:8080' is not an http:// or https:// address"
        " (write http://127.0.0.1:8080)"
    ]
    env["LABEL_STUDIO_URL"] = "http://127.0.0.1:9"
    result = CliRunner().invoke(
        cli, ["annotate", "adjudicate", str(tmp_path), "--project", "p"], env=env
    )
    assert result.exit_code == 2 and "run `claims annotate pull` first" in result.output
