"""Fixtures of the annotation tests: the seed's claims table and one real Label Studio per session.

`build_seed_claims` runs the real ingest and extractor over seeds/ plus one article of our own whose
sentence carries markup. The server is started once per session on a free loopback port with
throwaway credentials, and stopped at the end.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from annotation.client import LabelStudio
from annotation.server import Server, free_port, label_studio_bin
from claims import store
from claims.errors import ServiceError
from claims.extract.corpus import extract
from claims.ingest.corpus import ingest
from claims.validate.tables import validate

#: An article of our own whose sentence carries markup that must stay inert, and a long
#: unbroken string that must wrap on screen.
MARKUP_ARTICLE = (
    "Port authority reports record grain exports\n\n"
    "The port authority said 12 ships left the harbour on Monday. "
    "A reader comment quoted <script>alert('x')</script> and <img src=x onerror=alert(1)> "
    "next to the claim that 40,000 tonnes of grain were loaded. The comment ended with "
    "https://example.org/" + "x" * 400 + " as its only source.\n"
)


def build_seed_claims(seeds_dir: Path, out: Path) -> list[dict[str, Any]]:
    """Ingest seeds/ (plus the markup article), extract claims for real, check the tables."""
    extra = out / "inputs"
    extra.mkdir(parents=True, exist_ok=True)
    (extra / "markup.txt").write_text(MARKUP_ARTICLE, encoding="utf-8")
    ingest([seeds_dir, extra], out)
    extract(out, progress=False)
    report = validate([out])
    assert report.ok, report.as_dict()
    return list(store.iter_rows(out / "claims.parquet"))


@pytest.fixture(scope="session")
def seed_data(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seed-data")
    build_seed_claims(seeds_dir, out)
    return out


@pytest.fixture(scope="session")
def ls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One real Label Studio for the whole session; fails loudly when it is not installed."""
    try:
        label_studio_bin()
    except ServiceError as exc:
        pytest.fail(f"{exc} -- the annotation tests need the real server", pytrace=False)
    token = secrets.token_hex(20)
    env = {
        **os.environ,
        "LABEL_STUDIO_USERNAME": "admin@example.org",
        "LABEL_STUDIO_PASSWORD": secrets.token_urlsafe(16),
        "LABEL_STUDIO_USER_TOKEN": token,
    }
    server = Server(tmp_path_factory.mktemp("label-studio"), port=free_port(), environ=env)
    with server:
        yield server


@pytest.fixture(scope="session")
def ls_client(ls_server: Server) -> LabelStudio:
    return LabelStudio(ls_server.url, ls_server.env["LABEL_STUDIO_USER_TOKEN"])
