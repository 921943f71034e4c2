"""`claims publish`: a versioned Hugging Face dataset repository (a git repo) from the data tables.

Everything is built in a staging folder first; the repository is touched only after every check
passed, so a refused version (or bad data) leaves it exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from claims import store
from claims.errors import InputError, InvalidData, ServiceError, UsageError
from claims.publish import card, changes, croissant, git, hub, privacy, tables, writer
from schemas import SCHEMA_VERSION
from schemas.tables import TABLES

log = logging.getLogger(__name__)

RELEASE_FILE = "release.json"
TEXT_FILES = ("README.md", "CHANGELOG.md", "croissant.json", RELEASE_FILE)
MANAGED = (*TEXT_FILES, "data")
OPTIONAL = ("verdicts", "annotations")


@dataclass
class PublishReport:
    version: str
    previous: str | None
    repo: Path
    commit: str
    rows: dict[str, dict[str, int]]
    changes: changes.Changes
    pushed_to: str | None = None
    hub_commit: str | None = None


def _read(data: Path, name: str, required: bool) -> pa.Table | None:
    """One input table cast to its contract schema (extra columns dropped)."""
    path = data / TABLES[name].filename
    if not path.exists():
        if required:
            raise InputError(f"no {path.name} here (publish needs articles and claims)", data)
        return None
    table = store.read_arrow(path)
    contract = TABLES[name].arrow
    missing = [c for c in contract.names if c not in table.column_names]
    if missing:
        raise InvalidData(f"missing column(s) {', '.join(missing)}", path)
    try:
        return table.select(contract.names).cast(contract)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as exc:
        raise InvalidData(f"columns do not have the contract's types ({exc})", path) from None


def _agreement(data: Path) -> dict[str, Any] | None:
    path = data / "agreement.json"
    if not path.exists():
        return None
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputError(f"not valid JSON ({exc})", path) from None
    if not isinstance(value, dict):
        raise InputError("expected a JSON object of agreement measures", path)
    return value


def _previous_splits(repo: Path) -> tuple[float, float, float]:
    """The proportions of the version in `repo`, so claims keep their splits by default."""
    path = repo / RELEASE_FILE
    try:
        a, b, c = json.loads(path.read_text(encoding="utf-8"))["splits"]
        return (float(a), float(b), float(c))
    except (OSError, ValueError, KeyError, TypeError):
        return tables.DEFAULT_SPLITS


def _check_target(repo: Path) -> None:
    if repo.exists() and not repo.is_dir():
        raise UsageError("--repo must be a folder", repo)
    if repo.is_dir() and not git.is_repo(repo) and any(repo.iterdir()):
        raise UsageError("--repo exists, is not empty and is not a git repository", repo)


def _sources(articles: pa.Table, today: dt.date) -> dict[str, Any]:
    published = articles["published"]
    first, last = pc.min(published).as_py(), pc.max(published).as_py()
    return {
        "articles": articles.num_rows,
        "outlets": pc.count_distinct(articles["outlet"], mode="only_valid").as_py(),
        "first_published": first.isoformat() if first else None,
        "last_published": last.isoformat() if last else None,
        "year": today.year,
        "by_outlet": card.value_counts(articles["outlet"], "(unknown)"),
    }


def _move_into_place(stage: Path, repo: Path) -> None:
    git.ensure_repo(repo)
    for name in MANAGED:
        target = repo / name
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
        if (stage / name).exists():
            shutil.move(str(stage / name), str(target))


def _write_all(
    stage: Path, data: Path, proportions: tuple[float, float, float]
) -> tuple[dict[str, writer.Written], pa.Table, pa.Table]:
    """Every config on disk; returns them, the claims summary and the (sanitized) articles."""
    articles = _read(data, "articles", True)
    claims_path = data / TABLES["claims"].filename
    if not claims_path.exists():
        raise InputError(f"no {claims_path.name} here (publish needs articles and claims)", data)
    assert articles is not None
    joiner = tables.Joiner.prepare(articles, _read(data, "verdicts", False), proportions)
    written = {}
    with ThreadPoolExecutor(max_workers=1) as side:  # articles are written while claims stream
        articles_done = side.submit(
            writer.write_config, stage, "articles", joiner.articles, joiner.article_splits
        )
        written["claims"], summary = writer.write_claims(stage, claims_path, joiner)
        written["articles"] = articles_done.result()
    annotations = _read(data, "annotations", False)
    if annotations is not None:
        codes = tables.annotation_splits(
            annotations, summary["claim_id"].combine_chunks(), summary["split"].to_numpy()
        )
        written["annotations"] = writer.write_config(
            stage, "annotations", tables.pseudonymize(annotations), codes
        )
    if summary.num_rows == 0:
        raise InvalidData("no claims to publish", claims_path)
    return writer.drop_empty(stage, written), summary, joiner.articles


def _stage(
    stage: Path,
    data: Path,
    repo: Path,
    version: str,
    previous: str | None,
    proportions: tuple[float, float, float],
    meta: dict[str, str | None],
    today: dt.date,
) -> tuple[dict[str, dict[str, int]], changes.Changes]:
    """Write every file of the release into `stage`; returns rows per config and the diff."""
    written, summary, articles = _write_all(stage, data, proportions)
    labels = tables.encode_labels(
        summary.select(["claim_id", *changes.LABELS, "split"]), tables.CONFIG_CATEGORIES["claims"]
    )
    diff = changes.diff(changes.previous_claims(repo), previous, labels)
    section = changes.render(diff)
    old_log = repo / "CHANGELOG.md"
    old_text = old_log.read_text(encoding="utf-8") if old_log.exists() else None
    (stage / "CHANGELOG.md").write_text(
        changes.changelog(old_text, version, today.isoformat(), section), encoding="utf-8"
    )
    info = card.CardInfo(
        version=version,
        pretty_name=meta["pretty_name"] or "Claims",
        license=meta["license"] or "cc-by-4.0",
        repo_id=meta["repo_id"],
        schemas={c: w.schema for c, w in written.items()},
        rows={c: w.rows for c, w in written.items()},
        sizes={c: w.sizes for c, w in written.items()},
        stats=card.stats(summary),
        extractors=card.value_counts(summary["extractor"]),
        sources=_sources(articles, today),
        changes=section,
        agreement=_agreement(data),
        proportions=proportions,
    )
    (stage / "README.md").write_text(card.render(info), encoding="utf-8")
    _write_croissant(stage, info, today)
    release_file = {
        "version": version,
        "schema_version": SCHEMA_VERSION,
        "splits": list(proportions),
    }
    (stage / RELEASE_FILE).write_text(json.dumps(release_file, indent=2) + "\n", encoding="utf-8")
    return info.rows, diff


def _write_croissant(stage: Path, info: card.CardInfo, today: dt.date) -> None:
    files = {
        c: {s: card.data_path(c, s) for s in tables.SPLITS if info.rows[c][s]} for c in info.schemas
    }
    doc = croissant.build(
        stage,
        files,
        info.schemas,
        name=info.pretty_name,
        version=info.version,
        license=info.license,
        description=f"Checkable claims extracted from news articles (version {info.version}).",
        url=f"https://huggingface.co/datasets/{info.repo_id}" if info.repo_id else None,
        cite_as=f"{info.pretty_name}, version {info.version}",
        date_published=today.isoformat(),
    )
    (stage / "croissant.json").write_text(croissant.dumps(doc), encoding="utf-8")


def publish(
    data: str | Path,
    repo: str | Path,
    *,
    version: str | None = None,
    bump: str | None = None,
    splits: tuple[float, float, float] | None = None,
    push_remote: str | None = None,
    hub_repo: str | None = None,
    pretty_name: str = "Claims",
    license: str = "cc-by-4.0",
    today: dt.date | None = None,
) -> PublishReport:
    """Build, check, then commit and tag `vX.Y.Z` in `repo`; optionally push to git and the Hub."""
    data, repo = Path(data), Path(repo)
    if not data.is_dir():
        raise InputError("DATA must be a folder holding articles.parquet and claims.parquet", data)
    _check_target(repo)
    existing = git.versions(repo)
    chosen = git.show(git.resolve(version, bump, existing))
    previous = git.show(existing[-1]) if existing else None
    token = hub.token() if hub_repo else None
    splits = splits or _previous_splits(repo)
    today = today or dt.datetime.now(dt.UTC).date()
    meta = {"pretty_name": pretty_name, "license": license, "repo_id": hub_repo}
    parent = repo.parent if repo.parent.is_dir() else None
    with tempfile.TemporaryDirectory(prefix=".claims-publish-", dir=parent) as tmp:
        stage = Path(tmp)
        rows, diff = _stage(stage, data, repo, chosen, previous, splits, meta, today)
        privacy.no_leaks(stage, TEXT_FILES, privacy.forbidden(data, repo, stage))
        _move_into_place(stage, repo)
    report = PublishReport(chosen, previous, repo, _commit(repo, chosen, diff), rows, diff)
    _share(report, push_remote, hub_repo, token)
    log.info("publish: %s written to %s", report.version, report.repo)
    return report


def _commit(repo: Path, version: str, diff: changes.Changes) -> str:
    """Commit and tag; if git refuses, put the previous version's files back."""
    try:
        return git.commit_and_tag(
            repo, git.parse_version(version), f"Release v{version}\n\n{diff.summary}"
        )
    except ServiceError:
        git.restore(repo, MANAGED)
        raise


def _share(
    report: PublishReport, push_remote: str | None, hub_repo: str | None, token: str | None
) -> None:
    """Push to a git remote and/or upload to the Hub; the local version is done either way."""
    version = report.version
    try:
        if push_remote:
            git.push(report.repo, push_remote, git.parse_version(version))
            report.pushed_to = push_remote
        if hub_repo and token:
            report.hub_commit = hub.upload(report.repo, hub_repo, version, token)
    except ServiceError as exc:
        raise ServiceError(
            f"v{version} is committed and tagged, but {exc.reason}", report.repo
        ) from None
