"""claims publish end to end: real Parquet, real git, real `datasets.load_dataset`, offline."""
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

# Before `datasets` is imported, which reads them once: offline, caches in a temp folder.
_SCRATCH = tempfile.mkdtemp(prefix="claims-test-publish-")
atexit.register(shutil.rmtree, _SCRATCH, ignore_errors=True)
os.environ["HF_DATASETS_OFFLINE"] = "1"
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["HF_HOME"] = os.path.join(_SCRATCH, "hf-home")

import datasets
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from claims import ids, store
from claims.cli.root import cli
from claims.publish.publisher import publish
from claims.validate.tables import validate
from schemas.enums import CATEGORIES, CLAIM_TYPES, VERDICTS

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


def make_data(
    folder: Path, n_articles: int = 24, *, judged: bool = True, changed: bool = False
) -> Path:
    """Schema-valid tables; `changed` drops article 1, adds article n, relabels one claim."""
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
    return folder


# ---------------------------------------------------------------- fixtures and helpers


@pytest.fixture(autouse=True)
def offline(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test reaches the network; datasets caches go to a temp folder."""
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(datasets.config, "HF_DATASETS_OFFLINE", True, raising=False)
    monkeypatch.setattr(datasets.config, "HF_HUB_OFFLINE", True, raising=False)
    monkeypatch.delenv("HF_TOKEN", raising=False)


@pytest.fixture(scope="module")
def data_v1(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = make_data(tmp_path_factory.mktemp("data_v1"))
    assert validate([folder]).ok
    return folder


@pytest.fixture(scope="module")
def data_v2(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = make_data(tmp_path_factory.mktemp("data_v2"), changed=True)
    assert validate([folder]).ok
    return folder


@pytest.fixture(scope="module")
def published(data_v1: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = tmp_path_factory.mktemp("published") / "repo"
    publish(data_v1, repo, version="1.0.0", splits=SPLITS, today=TODAY)
    return repo


def load(repo: Path, config: str | None = None, cache: Path | None = None) -> datasets.DatasetDict:
    cache_dir = str(cache or Path(tempfile.mkdtemp(prefix="cache-", dir=_SCRATCH)))
    return datasets.load_dataset(str(repo), config, cache_dir=cache_dir)


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


def run_cli(*args: str) -> Any:
    return CliRunner().invoke(cli, ["publish", *args], catch_exceptions=False)


# ---------------------------------------------------------------- loading


def test_default_config_loads_with_declared_features_and_splits(
    published: Path, data_v1: Path
) -> None:
    ds = load(published)
    assert set(ds) == {"train", "validation", "test"}
    assert sum(ds[s].num_rows for s in ds) == store.read_arrow(data_v1 / "claims.parquet").num_rows
    features = ds["train"].features
    for column, names in {**CATEGORIES["claims"], "verdict": VERDICTS}.items():
        assert isinstance(features[column], datasets.ClassLabel), column
        assert features[column].names == list(names)
    assert features["claim_type"].names == list(CLAIM_TYPES)
    assert features["published"] == datasets.Value("date32")
    assert features["date_start"] == datasets.Value("date32")
    targets = features["sanction_targets"]
    assert isinstance(targets, datasets.List) and set(targets.feature) == {
        "kind",
        "count",
        "names",
        "nationality",
    }
    row = next(r for r in ds["train"] if r["claim_type"] == CLAIM_TYPES.index("sanction"))
    assert row["sanction_targets"][0]["kind"] == "organization"
    assert row["outlet"] and row["url"].startswith("https://") and row["published"].year == 2024


def test_articles_and_annotations_configs(published: Path) -> None:
    articles = load(published, "articles")
    assert set(articles) == {"train", "validation", "test"}
    seg = articles["train"].features["segments"]
    assert isinstance(seg, datasets.List) and seg.feature["start"] == datasets.Value("int64")
    sources = [s for split in articles.values() for s in split["source"]]
    assert "000.txt" in sources and not any(s.startswith("/") for s in sources)
    annotations = load(published, "annotations")
    annotators = {a for split in annotations.values() for a in split["annotator"]}
    assert annotators == {"annotator-01", "annotator-02"}
    assert annotations["train"].features["verdict"].names == list(VERDICTS)


def test_verdicts_joined_and_unverified_claims_kept(published: Path, data_v1: Path) -> None:
    verdicts = store.read_table(data_v1 / "verdicts.parquet")
    expected = dict(zip(verdicts["claim_id"], verdicts["verdict"], strict=True))
    ds = load(published)
    names = ds["train"].features["verdict"].names
    seen = {r["claim_id"]: r["verdict"] for s in ds.values() for r in s}
    assert {cid: names[v] for cid, v in seen.items() if v is not None} == expected
    assert sum(v is None for v in seen.values()) == len(seen) - len(expected)


def test_no_article_crosses_splits(published: Path) -> None:
    owner: dict[str, str] = {}
    for config in ("claims", "articles", "annotations"):
        ds = load(published, config)
        for split, part in ds.items():
            column = part["article_id"] if "article_id" in part.column_names else None
            if column is None:  # annotations: through their claim
                claims = {
                    r["claim_id"]: r["article_id"] for s in load(published).values() for r in s
                }
                column = [claims[c] for c in part["claim_id"]]
            for article in column:
                assert owner.setdefault(article, split) == split, (config, article)
    assert len(set(owner.values())) == 3


def test_works_without_annotations_or_verdicts(tmp_path: Path) -> None:
    data = make_data(tmp_path / "data", judged=False)
    publish(data, tmp_path / "repo", version="0.1.0", splits=SPLITS, today=TODAY)
    ds = load(tmp_path / "repo")
    assert all(v is None for s in ds.values() for v in s["verdict"])
    card = (tmp_path / "repo" / "README.md").read_text()
    assert "config_name: annotations" not in card and "(unverified)" in card
    with pytest.raises(ValueError):
        load(tmp_path / "repo", "annotations")


# ---------------------------------------------------------------- card, croissant, privacy


def test_card_has_metadata_statistics_and_no_local_paths(published: Path, data_v1: Path) -> None:
    card = (published / "README.md").read_text()
    for needle in (
        "pretty_name:",
        "license:",
        "task_categories:",
        "size_categories:",
        "default: true",
        "class_label:",
        'revision="v1.0.0"',
        "## Statistics",
        "## Provenance",
        "claims 0.1.0; en_core_web_sm 3.8.0",
        "Harbour Times",
        "## Citation",
        "## Limitations",
        "| `claim_type` | ClassLabel(quantity, date, sanction) |",
    ):
        assert needle in card, needle
    published_text = "".join(
        (published / f).read_text() for f in ("README.md", "CHANGELOG.md", "croissant.json")
    )
    for secret in (str(data_v1), str(published), "/home/someone", *NAMES):
        assert secret not in published_text


def test_agreement_json_appears_in_card(tmp_path: Path, data_v1: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(data_v1, data)
    (data / "agreement.json").write_text('{"krippendorff_alpha": 0.8123, "n_items": 10}')
    publish(data, tmp_path / "repo", version="1.0.0", splits=SPLITS, today=TODAY)
    card = (tmp_path / "repo" / "README.md").read_text()
    assert "| krippendorff_alpha | 0.812 |" in card


def test_croissant_validates_with_real_checksums_and_label_names(published: Path) -> None:
    import json

    import mlcroissant as mlc

    path = published / "croissant.json"
    dataset = mlc.Dataset(jsonld=path)
    assert not dataset.metadata.ctx.issues.errors
    doc = json.loads(path.read_text())
    assert doc["conformsTo"] == "http://mlcommons.org/croissant/1.1"
    for item in doc["distribution"]:
        actual = hashlib.sha256((published / item["contentUrl"]).read_bytes()).hexdigest()
        assert item["sha256"] == actual
    labels = list(dataset.records("claims.verdict.labels"))
    assert [r["claims.verdict.labels/name"] for r in labels] == [v.encode() for v in VERDICTS] or [
        r["claims.verdict.labels/name"] for r in labels
    ] == list(VERDICTS)


# ---------------------------------------------------------------- versions


def test_second_publish_tags_new_version_with_changelog(
    tmp_path: Path, data_v1: Path, data_v2: Path
) -> None:
    repo = tmp_path / "repo"
    publish(data_v1, repo, version="1.0.0", splits=SPLITS, today=TODAY)
    old = {c for s in load(repo).values() for c in s["claim_id"]}
    report = publish(data_v2, repo, bump="minor", splits=SPLITS, today=TODAY)
    assert report.version == "1.1.0" and report.previous == "1.0.0"
    assert git(repo, "tag", "--list").split() == ["v1.0.0", "v1.1.0"]
    new = {c for s in load(repo).values() for c in s["claim_id"]}
    added, removed = sorted(new - old), sorted(old - new)
    assert added and removed
    changelog = (repo / "CHANGELOG.md").read_text()
    assert "## v1.1.0" in changelog and "## v1.0.0" in changelog
    for cid in added + removed:
        assert cid in changelog
    assert f"Added ({len(added)})" in changelog and f"Removed ({len(removed)})" in changelog
    assert "Relabeled (1)" in changelog and "→ conflicting" in changelog
    assert "## Changes in this version" in (repo / "README.md").read_text()


def test_older_version_loads_from_its_tag(tmp_path: Path, data_v1: Path, data_v2: Path) -> None:
    repo = tmp_path / "repo"
    publish(data_v1, repo, version="1.0.0", splits=SPLITS, today=TODAY)
    v1_rows = {s: d.num_rows for s, d in load(repo).items()}
    publish(data_v2, repo, version="2.0.0", splits=SPLITS, today=TODAY)
    old = tmp_path / "old"
    git(repo, "worktree", "add", "--detach", str(old), "v1.0.0")
    assert {s: d.num_rows for s, d in load(old).items()} == v1_rows
    assert {s: d.num_rows for s, d in load(repo).items()} != v1_rows


def test_claim_keeps_its_split_across_versions(
    tmp_path: Path, data_v1: Path, data_v2: Path
) -> None:
    repo = tmp_path / "repo"
    publish(data_v1, repo, version="1.0.0", splits=SPLITS, today=TODAY)
    before = {c: s for s, d in load(repo).items() for c in d["claim_id"]}
    publish(data_v2, repo, version="1.0.1", today=TODAY)  # proportions default to v1.0.0's
    after = {c: s for s, d in load(repo).items() for c in d["claim_id"]}
    assert all(after[c] == before[c] for c in before.keys() & after.keys())
    assert "moved to another split" not in (repo / "CHANGELOG.md").read_text()
    publish(data_v2, repo, version="1.0.2", splits=(0.2, 0.4, 0.4), today=TODAY)
    assert "moved to another split" in (repo / "CHANGELOG.md").read_text().split("## v1.0.1")[0]


@pytest.mark.parametrize("version", ["1.0.0", "0.9.9", "one"])
def test_refused_version_leaves_repo_untouched(
    published: Path, data_v2: Path, version: str
) -> None:
    before = tree_hash(published)
    result = run_cli(
        str(data_v2), "--repo", str(published), "--version", version, "--splits", "0.6,0.2,0.2"
    )
    assert result.exit_code == 2
    assert result.output.startswith("Error: ") and "Traceback" not in result.output
    assert tree_hash(published) == before


def test_bad_data_refused_before_touching_repo(
    published: Path, tmp_path: Path, data_v1: Path
) -> None:
    data = tmp_path / "bad"
    claims = store.read_table(data_v1 / "claims.parquet")
    claims.loc[0, "article_id"] = "0" * 16
    store.write_table("claims", claims, data)
    store.write_table("articles", store.read_table(data_v1 / "articles.parquet"), data)
    before = tree_hash(published)
    result = run_cli(str(data), "--repo", str(published), "--bump", "patch")
    assert result.exit_code == 1 and "not in articles" in result.output
    assert tree_hash(published) == before
    missing = run_cli(
        str(tmp_path / "nowhere"), "--repo", str(tmp_path / "r2"), "--version", "1.0.0"
    )
    assert missing.exit_code == 2 and not (tmp_path / "r2").exists()


def test_republishing_same_data_gives_identical_parquet(tmp_path: Path, data_v1: Path) -> None:
    publish(data_v1, tmp_path / "a", version="1.0.0", splits=SPLITS, today=TODAY)
    publish(data_v1, tmp_path / "b", version="3.1.4", splits=SPLITS, today=TODAY)
    files = sorted(
        p.relative_to(tmp_path / "a") for p in (tmp_path / "a" / "data").rglob("*.parquet")
    )
    assert len(files) == 9
    for rel in files:
        assert (tmp_path / "a" / rel).read_bytes() == (tmp_path / "b" / rel).read_bytes(), rel
    assert pq.ParquetFile(tmp_path / "a" / files[0]).metadata.num_rows >= 0


# ---------------------------------------------------------------- git on a bare machine, push, hub


def test_publish_on_machine_without_git_identity(
    tmp_path: Path, data_v1: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "no-gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for var in (
        "GIT_AUTHOR_NAME",
        "GIT_AUTHOR_EMAIL",
        "GIT_COMMITTER_NAME",
        "GIT_COMMITTER_EMAIL",
        "EMAIL",
    ):
        monkeypatch.delenv(var, raising=False)
    result = run_cli(str(data_v1), "--repo", str(tmp_path / "repo"), "--version", "1.0.0")
    assert result.exit_code == 0, result.output
    assert "v1.0.0" in git(tmp_path / "repo", "tag", "--list")


def test_push_to_bare_remote_then_clone_and_load(tmp_path: Path, data_v1: Path) -> None:
    remote = tmp_path / "remote.git"
    subprocess.run(
        ["git", "init", "--quiet", "--bare", "--initial-branch", "main", str(remote)], check=True
    )
    result = run_cli(
        str(data_v1),
        "--repo",
        str(tmp_path / "repo"),
        "--version",
        "1.0.0",
        "--splits",
        "0.6,0.2,0.2",
        "--push-remote",
        str(remote),
    )
    assert result.exit_code == 0, result.output
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "--quiet", str(remote), str(clone)], check=True)
    assert "v1.0.0" in git(clone, "tag", "--list")
    assert (
        sum(d.num_rows for d in load(clone).values())
        == store.read_arrow(data_v1 / "claims.parquet").num_rows
    )


def test_push_to_missing_remote_is_a_service_error(tmp_path: Path, data_v1: Path) -> None:
    result = run_cli(
        str(data_v1),
        "--repo",
        str(tmp_path / "repo"),
        "--version",
        "1.0.0",
        "--push-remote",
        str(tmp_path / "no-such-remote.git"),
    )
    assert result.exit_code == 3 and "committed and tagged, but git push failed" in result.output
    assert "does not appear to be a git repository" in result.output


def test_hub_without_token_is_refused_before_anything(tmp_path: Path, data_v1: Path) -> None:
    result = run_cli(
        str(data_v1), "--repo", str(tmp_path / "repo"), "--version", "1.0.0", "--hub", "org/claims"
    )
    assert result.exit_code == 2 and "HF_TOKEN" in result.output
    assert not (tmp_path / "repo").exists()


def test_hub_failure_is_one_line_and_never_shows_the_token(
    tmp_path: Path, data_v1: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """HF_HUB_OFFLINE is set and the endpoint is a closed loopback port: nothing leaves the box."""
    token = "hf_testtoken_not_real_0123456789"
    monkeypatch.setenv("HF_TOKEN", token)
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")
    result = run_cli(
        str(data_v1), "--repo", str(tmp_path / "repo"), "--version", "1.0.0", "--hub", "org/claims"
    )
    assert result.exit_code == 3, result.output
    assert "committed and tagged, but Hugging Face Hub refused" in result.output
    assert token not in result.output
    for path in (tmp_path / "repo").rglob("*"):
        assert not path.is_file() or token.encode() not in path.read_bytes(), path


def test_token_in_the_data_is_refused(
    tmp_path: Path, data_v1: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = "hf_leaked_token_0123456789"
    monkeypatch.setenv("HF_TOKEN", token)
    data = tmp_path / "data"
    claims = store.read_table(data_v1 / "claims.parquet")
    claims["extractor"] = f"claims 0.1.0 token={token}"
    store.write_table("claims", claims, data)
    store.write_table("articles", store.read_table(data_v1 / "articles.parquet"), data)
    result = run_cli(str(data), "--repo", str(tmp_path / "repo"), "--version", "1.0.0")
    assert result.exit_code == 1 and "would publish a token" in result.output
    assert token not in result.output and not (tmp_path / "repo").exists()


def test_empty_splits_are_left_out_so_the_rest_still_loads(tmp_path: Path, data_v1: Path) -> None:
    report = publish(
        data_v1, tmp_path / "repo", version="1.0.0", splits=(1.0, 0.0, 0.0), today=TODAY
    )
    assert report.rows["claims"] == {"train": 60, "validation": 0, "test": 0}
    assert set(load(tmp_path / "repo")) == {"train"}
    assert set(load(tmp_path / "repo", "annotations")) == {"train"}
    assert not list((tmp_path / "repo" / "data").rglob("test-*"))
    import mlcroissant as mlc

    assert not mlc.Dataset(jsonld=tmp_path / "repo" / "croissant.json").metadata.ctx.issues.errors


def test_no_claims_is_refused(tmp_path: Path, data_v1: Path) -> None:
    data = tmp_path / "data"
    store.write_table("articles", store.read_table(data_v1 / "articles.parquet"), data)
    store.write_table("claims", [], data)
    result = run_cli(str(data), "--repo", str(tmp_path / "repo"), "--version", "1.0.0")
    assert result.exit_code == 1 and "no claims to publish" in result.output
    assert not (tmp_path / "repo").exists()


def test_git_refusing_the_commit_puts_the_previous_version_back(
    tmp_path: Path, data_v1: Path, data_v2: Path
) -> None:
    repo = tmp_path / "repo"
    publish(data_v1, repo, version="1.0.0", splits=SPLITS, today=TODAY)
    hook = repo / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\necho 'policy: no commits today' >&2\nexit 1\n")
    hook.chmod(0o755)
    files_before = {
        p: p.read_bytes() for p in repo.rglob("*") if p.is_file() and ".git" not in p.parts
    }
    result = run_cli(str(data_v2), "--repo", str(repo), "--version", "1.1.0")
    assert result.exit_code == 3 and "git commit failed" in result.output
    files_after = {
        p: p.read_bytes() for p in repo.rglob("*") if p.is_file() and ".git" not in p.parts
    }
    assert files_after == files_before
    assert git(repo, "status", "--porcelain") == "" and git(repo, "tag", "--list").split() == [
        "v1.0.0"
    ]


def test_local_path_in_the_provenance_is_refused(tmp_path: Path, data_v1: Path) -> None:
    data = tmp_path / "data"
    claims = store.read_table(data_v1 / "claims.parquet")
    claims["extractor"] = "claims 0.1.0; model /opt/models/en_core_web_sm"
    store.write_table("claims", claims, data)
    store.write_table("articles", store.read_table(data_v1 / "articles.parquet"), data)
    result = run_cli(str(data), "--repo", str(tmp_path / "repo"), "--version", "1.0.0")
    assert result.exit_code == 1 and "would publish a local path (/opt/" in result.output
    assert not (tmp_path / "repo").exists()


def test_croissant_records_resolve_label_names_like_datasets(published: Path) -> None:
    import itertools

    import mlcroissant as mlc

    dataset = mlc.Dataset(jsonld=published / "croissant.json")
    names = {
        r["claims.claim_type.labels/code"]: r["claims.claim_type.labels/name"]
        for r in dataset.records("claims.claim_type.labels")
    }
    rows = list(itertools.islice(dataset.records("claims/train"), 5))
    loaded = {r["claim_id"]: r for r in load(published)["train"]}
    features = load(published)["train"].features
    for row in rows:
        claim_id = row["claims/train/claim_id"]
        claim_id = claim_id.decode() if isinstance(claim_id, bytes) else claim_id
        code = row["claims/train/claim_type"]
        name = names[code].decode() if isinstance(names[code], bytes) else names[code]
        assert name == features["claim_type"].int2str(loaded[claim_id]["claim_type"])
