"""Fixtures of the annotation tests: the seed's claims table and one real Label Studio per session.

`build_seed_claims` stands in for the extractor (written in parallel); swap its body for a real
`claims extract` run once that exists. The server is started once per session on a free loopback
port with throwaway credentials, and stopped at the end.
"""

from __future__ import annotations

import datetime as dt
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
from claims.ids import claim_id
from claims.ingest import ingest
from claims.validate import validate
from schemas import blank_row

EXTRACTOR = "claims-test-fixture 0.1"

#: An article of our own whose sentence carries markup that must stay inert.
MARKUP_ARTICLE = (
    "Port authority reports record grain exports\n\n"
    "The port authority said 12 ships left the harbour on Monday. "
    "A reader comment quoted <script>alert('x')</script> and <img src=x onerror=alert(1)> "
    "next to the claim that 40,000 tonnes of grain were loaded.\n"
)

EMPTY_CLAIM: dict[str, Any] = blank_row(
    "claims", hedge="asserted", confidence=0.9, extractor=EXTRACTOR, segment="body"
)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a span: from the last '. ' or line start to the next '. ' or line end."""
    left = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1)
    stop = text.find(".", end)
    line_end = text.find("\n", end)
    right = min(
        x for x in (stop + 1 if stop >= 0 else len(text), line_end if line_end >= 0 else len(text))
    )
    return left, right


def claim_row(
    article: dict[str, Any], claim_type: str, anchor: str, **fields: Any
) -> dict[str, Any]:
    text = article["text"]
    start = text.find(anchor)
    assert start >= 0, anchor
    end = start + len(anchor)
    s0, s1 = sentence_bounds(text, start, end)
    return {
        **EMPTY_CLAIM,
        "claim_id": claim_id(article["article_id"], claim_type, start, end),
        "article_id": article["article_id"],
        "claim_type": claim_type,
        "span_start": start,
        "span_end": end,
        "span_text": anchor,
        "sentence_start": s0,
        "sentence_end": s1,
        "sentence": text[s0:s1],
        **fields,
    }


def build_seed_claims(seeds_dir: Path, out: Path) -> list[dict[str, Any]]:
    """Ingest seeds/ (plus one markup article) and write a small schema-valid claims table."""
    extra = out / "inputs"
    extra.mkdir(parents=True, exist_ok=True)
    (extra / "markup.txt").write_text(MARKUP_ARTICLE, encoding="utf-8")
    ingest([seeds_dir, extra], out)
    articles = {a["source"]: a for a in store.iter_rows(out / "articles.parquet")}
    seed = articles["000_d61fa797c0f56db3.txt"]
    markup = articles["markup.txt"]
    rows = [
        claim_row(
            seed,
            "quantity",
            "over 3 million artillery shells",
            hedge="reported",
            subject="North Korea",
            predicate="provided Moscow with",
            quantity_value=3_000_000.0,
            quantity_bound="gt",
            quantity_item="artillery shells",
            attribution="the South Korean Foreign Ministry",
        ),
        claim_row(
            seed,
            "date",
            "on April 2",
            hedge="reported",
            date_text="on April 2",
            date_start=dt.date(2024, 4, 2),
            date_end=dt.date(2024, 4, 2),
            date_granularity="day",
            subject="the South Korean Foreign Ministry",
            predicate="reported new sanctions",
        ),
        claim_row(
            seed,
            "sanction",
            "imposed new sanctions against two Russian organizations",
            sanction_authorities=["South Korea"],
            sanction_status="imposed",
            sanction_targets=[
                {"kind": "organization", "count": 2, "names": [], "nationality": "Russia"}
            ],
            sanction_date=dt.date(2024, 4, 2),
        ),
        claim_row(
            seed,
            "quantity",
            "more than 1,000 containers",
            hedge="reported",
            quantity_value=1000.0,
            quantity_bound="gt",
            quantity_item="containers",
            attribution="The White House",
        ),
        claim_row(
            markup,
            "quantity",
            "40,000 tonnes of grain",
            quantity_value=40000.0,
            quantity_bound="eq",
            quantity_unit="tonnes",
            quantity_item="grain",
        ),
    ]
    store.write_table("claims", rows, out)
    report = validate([out])
    assert report.ok, report.as_dict()
    return rows


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
