"""Shared by the publish tests: schema-valid data written in our own words, offline `datasets`.

Everything runs for real: Parquet, git, `datasets.load_dataset`, mlcroissant. The Hub cannot be
reached from here, so the Hub tests check what happens before any network call.
"""
# ruff: noqa: E402  (environment first: `datasets` reads it once, at import)

from __future__ import annotations

import atexit
import datetime as dt
import hashlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

_SCRATCH = tempfile.mkdtemp(prefix="claims-test-publish-")
atexit.register(shutil.rmtree, _SCRATCH, ignore_errors=True)
os.environ["HF_DATASETS_OFFLINE"] = "1"
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["HF_HOME"] = os.path.join(_SCRATCH, "hf-home")

import datasets
import pytest
from click.testing import CliRunner, Result

from claims import ids, store
from claims.cli.root import cli
from claims.publish.licenses import License
from claims.publish.publisher import publish
from claims.validate.tables import validate
from schemas.enums import VERDICTS

LICENSE = License("cc-by-nc-4.0")

OUTLETS = ("Harbour Times", "Northern Ledger", "Valley Courier")
SPLITS = (0.6, 0.2, 0.2)
TODAY = dt.date(2026, 11, 28)
NAMES = ("Jane Doe", "Kim Minsu")


def _article(i: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """One article in our own words, with a quantity, a date and (every other one) a sanction."""
    n = 100 + 7 * i
    title = f"Port authority reports shipment number {i}"
    body = (
        f"Officials said about {n} containers of artillery shells left the port "
        f"on March {1 + i % 27}, 2024. "
        f"The ministry reported that inspectors checked {n // 2} trucks at the border. "
    )
    if i % 2 == 0:
        body += "The European Union imposed sanctions on two shipping companies last week. "
    text = f"{title}\n{body}"
    aid = ids.article_id(text)
    article = {
        "article_id": aid,
        "source": f"seeds/{i:03d}.txt" if i else "/home/someone/private/000.txt",
        "url": f"https://news.example.org/{i}",
        "title": title,
        "outlet": OUTLETS[i % 3],
        "authors": ["A. Writer"],
        "published": dt.date(2024, 3, 1 + i % 27),
        "text": text,
        "segments": [
            {"kind": "title", "start": 0, "end": len(title)},
            {"kind": "body", "start": len(title) + 1, "end": len(text)},
        ],
        "content_sha256": hashlib.sha256(text.encode()).hexdigest(),
    }
    claims = [
        _claim(
            aid,
            text,
            f"about {n} containers",
            "quantity",
            quantity_value=float(n),
            quantity_bound="approx",
            quantity_item="containers",
        ),
        _claim(
            aid,
            text,
            f"March {1 + i % 27}, 2024",
            "date",
            date_text=f"March {1 + i % 27}, 2024",
            date_start=dt.date(2024, 3, 1 + i % 27),
            date_end=dt.date(2024, 3, 1 + i % 27),
            date_granularity="day",
        ),
    ]
    if i % 2 == 0:
        claims.append(
            _claim(
                aid,
                text,
                "imposed sanctions",
                "sanction",
                sanction_authorities=["European Union"],
                sanction_status="imposed",
                sanction_targets=[
                    {"kind": "organization", "count": 2, "names": [], "nationality": None}
                ],
            )
        )
    return article, claims


def _claim(aid: str, text: str, phrase: str, claim_type: str, **fields: Any) -> dict[str, Any]:
    start = text.index(phrase)
    s0 = max(text.rfind(". ", 0, start) + 2, text.find("\n") + 1)
    s1 = text.index(". ", start) + 1
    row: dict[str, Any] = dict.fromkeys(store.TABLES["claims"].arrow.names)
    row.update(
        claim_id=ids.claim_id(aid, claim_type, start, start + len(phrase)),
        article_id=aid,
        claim_type=claim_type,
        span_start=start,
        span_end=start + len(phrase),
        span_text=phrase,
        sentence_start=s0,
        sentence_end=s1,
        sentence=text[s0:s1],
        segment="body",
        hedge="reported",
        sanction_authorities=[],
        sanction_targets=[],
        confidence=0.9,
        extractor="claims 0.1.0; en_core_web_sm 3.8.0",
    )
    row.update(fields)
    return row


def _judgments(claims: list[dict[str, Any]], verdict_of: dict[str, str]) -> tuple[list, list]:
    annotations, verdicts = [], []
    t = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    for k, (cid, verdict) in enumerate(sorted(verdict_of.items())):
        for j, who in enumerate(NAMES):
            annotations.append(
                {
                    "annotation_id": f"{cid}-{j}",
                    "claim_id": cid,
                    "task_id": k,
                    "annotator": who,
                    "status": "submitted",
                    "extraction": "correct",
                    "verdict": verdict,
                    "corrected_fields": None,
                    "evidence_urls": ["https://evidence.example.org/a"],
                    "rationale": "Matches the report.",
                    "created_at": t + dt.timedelta(minutes=k * 2 + j),
                    "updated_at": t + dt.timedelta(minutes=k * 2 + j),
                    "lead_time": 30.0,
                }
            )
        verdicts.append(
            {
                "claim_id": cid,
                "verdict": verdict,
                "extraction": "correct",
                "n_annotations": 2,
                "agreement": 1.0,
                "method": "majority",
                "needs_adjudication": False,
            }
        )
    return annotations, verdicts


def _missed(
    articles: list[dict[str, Any]], claims: list[dict[str, Any]], annotations: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Claims the annotators marked as missed: the trucks inspectors checked at the border (no
    claim of these tables covers them), marked in the first judgment of the article's claims."""
    article_of = {c["claim_id"]: c["article_id"] for c in claims}
    first: dict[str, dict[str, Any]] = {}
    for judgment in annotations:
        first.setdefault(article_of[judgment["claim_id"]], judgment)
    rows = []
    for article in articles:
        judgment = first.get(article["article_id"])
        if judgment is None:
            continue
        text = article["text"]
        end = text.index(" trucks") + len(" trucks")
        start = text.rindex(" ", 0, end - len(" trucks")) + 1
        rows.append(
            {
                "missed_id": hashlib.sha256(article["article_id"].encode()).hexdigest()[:16],
                "article_id": article["article_id"],
                "claim_type": "quantity",
                "span_start": start,
                "span_end": end,
                "span_text": text[start:end],
                "fields": '{"quantity_item": "trucks"}',
                "annotator": judgment["annotator"],
                "created_at": judgment["created_at"],
                "annotation_id": judgment["annotation_id"],
                "claim_id": judgment["claim_id"],
            }
        )
    return rows


def make_data(
    folder: Path,
    n_articles: int = 24,
    *,
    judged: bool = True,
    changed: bool = False,
    missed: bool = False,
) -> Path:
    """Schema-valid tables; `changed` drops article 1, adds article n, relabels one claim;
    `missed` adds the claims annotators marked as missed (missed_claims.parquet)."""
    numbers = [i for i in range(n_articles + (1 if changed else 0)) if not (changed and i == 1)]
    articles, claims, quantities = [], [], []
    for i in numbers:
        article, rows = _article(i)
        articles.append(article)
        claims.extend(rows)
        if 2 <= i < 12:  # judged in every version
            quantities.append(rows[0]["claim_id"])
    store.write_table("articles", articles, folder)
    store.write_table("claims", claims, folder)
    if judged:
        verdict_of = {cid: VERDICTS[k % 3] for k, cid in enumerate(sorted(quantities))}
        if changed:
            first = sorted(verdict_of)[0]
            verdict_of[first] = "conflicting"
        annotations, verdicts = _judgments(claims, verdict_of)
        store.write_table("annotations", annotations, folder)
        store.write_table("verdicts", verdicts, folder)
        if missed:
            store.write_table("missed_claims", _missed(articles, claims, annotations), folder)
    return folder


@pytest.fixture(autouse=True)
def offline(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test reaches the network; no test sees a real token or the user's git settings."""
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(datasets.config, "HF_DATASETS_OFFLINE", True, raising=False)
    monkeypatch.setattr(datasets.config, "HF_HUB_OFFLINE", True, raising=False)
    monkeypatch.delenv("HF_TOKEN", raising=False)
    monkeypatch.delenv("CLAIMS_PSEUDONYM_KEY", raising=False)


@pytest.fixture(scope="session")
def data_v1(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = make_data(tmp_path_factory.mktemp("data_v1"))
    assert validate([folder]).ok
    return folder


@pytest.fixture(scope="session")
def data_v2(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = make_data(tmp_path_factory.mktemp("data_v2"), changed=True)
    assert validate([folder]).ok
    return folder


@pytest.fixture(scope="session")
def published(data_v1: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = tmp_path_factory.mktemp("published") / "repo"
    os.environ.pop("CLAIMS_PSEUDONYM_KEY", None)
    publish(data_v1, repo, version="1.0.0", splits=SPLITS, today=TODAY, license=LICENSE)
    return repo


@pytest.fixture(scope="session")
def published_missed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A release whose data hold the claims annotators marked as missed."""
    folder = make_data(tmp_path_factory.mktemp("data_missed"), missed=True)
    repo = tmp_path_factory.mktemp("published_missed") / "repo"
    os.environ.pop("CLAIMS_PSEUDONYM_KEY", None)
    publish(folder, repo, version="1.0.0", splits=SPLITS, today=TODAY, license=LICENSE)
    return repo


def load(repo: Path, config: str | None = None, **kwargs: Any) -> datasets.DatasetDict:
    cache_dir = tempfile.mkdtemp(prefix="cache-", dir=_SCRATCH)
    return datasets.load_dataset(str(repo), config, cache_dir=cache_dir, **kwargs)


def tree_hash(folder: Path) -> str:
    """Hash of every file (with .git) and its relative path: any change shows."""
    if not folder.exists():
        return "absent"
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=repo, check=True, capture_output=True, text=True
    ).stdout


def run_cli(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def publish_cli(data: Path, repo: Path, *args: str) -> Result:
    return run_cli("publish", str(data), "--repo", str(repo), *args)


def publish_first(data: Path, repo: Path) -> Any:
    """The first release of a repository, v1.0.0, with the tests' splits, date and license."""
    from claims.publish.publisher import publish

    return publish(data, repo, version="1.0.0", splits=SPLITS, today=TODAY, license=LICENSE)


@pytest.fixture
def helpers() -> Any:
    """The helpers above, for test modules (conftest is not importable by name)."""

    class H:
        pass

    h = H()
    for name, fn in {
        "load": load,
        "tree_hash": tree_hash,
        "git": git,
        "run_cli": run_cli,
        "publish_cli": publish_cli,
        "publish_first": publish_first,
        "make_data": make_data,
    }.items():
        setattr(h, name, staticmethod(fn))
    h.SPLITS, h.TODAY, h.NAMES, h.LICENSE, h.SCRATCH = SPLITS, TODAY, NAMES, LICENSE, _SCRATCH
    return h
