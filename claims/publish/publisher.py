"""`claims publish`: a versioned Hugging Face dataset repository (a git repo) from the data tables.

Order matters: the data are validated exactly as `claims validate` does while, in a thread beside
it, every file of the release is built in a staging folder next to the repository (validation is
mostly single-threaded Python; Parquet, Arrow and hashlib free the GIL, so the release is ready
about when the checks end). Only once the checks and the Hub pass is the repository touched: a
failed check cancels the staging, deletes it and reports the check, as if nothing had been built.
A failure while committing puts every managed file back from a backup (not from git, which may
be what failed) and reports the first cause.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
from datasets import ClassLabel

from claims import store
from claims.errors import ClaimsError, InputError, InvalidData, ServiceError, UsageError
from claims.progress import Progress
from claims.publish import card, changes, croissant, git, hub, licenses, privacy, tables, writer
from claims.validate.tables import render as render_validation
from claims.validate.tables import validate
from schemas import SCHEMA_VERSION
from schemas.tables import TABLES

log = logging.getLogger(__name__)

RELEASE_FILE = "release.json"
GITATTRIBUTES = ".gitattributes"
TEXT_FILES = ("README.md", "CHANGELOG.md", "croissant.json", RELEASE_FILE)
#: Everything publish writes and stages; nothing else in the repository is touched.
MANAGED = (*TEXT_FILES, GITATTRIBUTES, "data")
#: Large files go to Git LFS on a Hub git remote (the Hub refuses big plain blobs).
#: Published configs holding annotator pseudonyms (their key must be kept across versions).
ANNOTATOR_CONFIGS = ("data/annotations", "data/missed_claims")
LFS_RULES = """\
# Written by `claims publish`: large data files are stored with Git LFS on the Hub.
*.parquet filter=lfs diff=lfs merge=lfs -text
*.arrow filter=lfs diff=lfs merge=lfs -text
"""


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
    uploaded_only: bool = False
    #: Seconds spent validating and in total, wall clock and CPU (publish logs them;
    #: bench/publish.py reads them).
    timings: dict[str, float] = field(default_factory=dict)


@dataclass
class Meta:
    """What the maintainer says about the dataset; remembered in release.json between versions."""

    pretty_name: str
    license: licenses.License
    repo_id: str | None
    curators: str | None
    contact: str | None


def _read(data: Path, name: str, required: bool) -> pa.Table | None:
    """One (validated) input table cast to its contract schema (extra columns dropped)."""
    path = data / TABLES[name].filename
    if not store.exists(path):
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


def _read_columns(data: Path, name: str, columns: tuple[str, ...]) -> pa.Table:
    """Some columns of a required table, cast to the contract; a table that lacks any of them
    is read whole by `_read`, which says what is missing."""
    path = data / TABLES[name].filename
    if store.exists(path) and all(
        set(columns) <= set(store.open_parquet(f).schema_arrow.names)
        for f in store.table_files(path)
    ):
        contract = TABLES[name].arrow
        schema = pa.schema([contract.field(c) for c in columns])
        try:
            return store.read_arrow(path, columns=columns).select(list(columns)).cast(schema)
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            pass  # `_read` reports it
    table = _read(data, name, True)
    assert table is not None
    return table.select(list(columns))


class _Cancelled(Exception):
    """The staging was told to stop (validation failed); never reported, the check is."""


def _checker(cancel: threading.Event) -> Callable[[], None]:
    """A check the staging calls between batches and steps: it stops once `cancel` is set."""

    def check() -> None:
        if cancel.is_set():
            raise _Cancelled

    return check


def _articles_config(
    stage: Path, data: Path, proportions: tuple[float, float, float], limits: writer.Limits
) -> writer.Written:
    """The articles config, texts and all (read here, beside the claims stream)."""
    articles = _read(data, "articles", True)
    assert articles is not None
    articles = tables.sanitize_sources(articles)  # filtered into splits: no copy of all texts first
    codes = tables.split_codes(articles["article_id"], proportions)
    return writer.write_config(stage, "articles", articles, codes, limits)


def _json(data: Path, name: str) -> dict[str, Any] | None:
    path = data / name
    if not path.exists():
        return None
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputError(f"not valid JSON ({exc})", path) from None
    if not isinstance(value, dict):
        raise InputError("expected a JSON object", path)
    return value


def check_data(data: Path, progress: bool = False) -> None:
    """The same checks as `claims validate DATA`; any failure refuses the publish (exit 1)."""
    for name in ("articles", "claims"):
        if not store.exists(data / TABLES[name].filename):
            raise InputError(
                f"no {TABLES[name].filename} here (publish needs articles and claims)", data
            )
    report = validate([data], progress=progress)
    if not report.ok:
        failing = [t for t in report.tables if not t.ok]
        first = failing[0]
        f = first.failures[0]
        detail = render_validation(report, "text").splitlines()
        log.info("validation failed:\n%s", "\n".join(detail))
        raise InvalidData(
            f"does not validate ({sum(len(t.failures) for t in failing)} failing check(s), "
            f"first: {f.column}: {f.check}, {len(f.rows)} row(s)); run `claims validate` for all",
            first.path,
        )


def _release_file(folder: Path) -> dict[str, Any]:
    try:
        value = json.loads((folder / RELEASE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def _previous_splits(previous: dict[str, Any]) -> tuple[float, float, float]:
    """The proportions of the latest version, so claims keep their splits by default."""
    try:
        a, b, c = previous["splits"]
        return (float(a), float(b), float(c))
    except (KeyError, TypeError, ValueError):
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


def _write_all(
    stage: Path,
    data: Path,
    proportions: tuple[float, float, float],
    key: bytes,
    limits: writer.Limits,
    while_closing: Callable[[pa.Table], None] | None = None,
    progress: bool = False,
    check: Callable[[], None] = lambda: None,
) -> tuple[dict[str, writer.Written], pa.Table, pa.Table, int]:
    """Every config on disk; returns them, the claims summary, the articles, the annotators.

    `check` runs before each batch of claims is counted: it raises to stop the staging."""
    written: dict[str, writer.Written] = {}
    with ThreadPoolExecutor(max_workers=1) as side:  # articles are written while claims stream
        articles_done = side.submit(_articles_config, stage, data, proportions, limits)
        # the claims need only a few article columns: the texts are read beside the claims
        articles = _read_columns(data, "articles", tables.JOIN_ARTICLE_COLUMNS)
        claims_path = data / TABLES["claims"].filename
        joiner = tables.Joiner.prepare(articles, _read(data, "verdicts", False), proportions)
        with Progress(store.num_rows(claims_path), "publish", "claim", progress) as bar:

            def on_rows(n: int) -> None:
                check()
                bar.update(n)

            written["claims"], summary = writer.write_claims(
                stage, claims_path, joiner, limits, while_closing, on_rows
            )
        written["articles"] = articles_done.result()
    if summary.num_rows == 0:
        raise InvalidData("no claims to publish", claims_path)
    annotations = _read(data, "annotations", False)
    annotators = 0
    if annotations is not None and annotations.num_rows:
        codes = tables.annotation_splits(
            annotations, summary["claim_id"].combine_chunks(), summary["split"].to_numpy()
        )
        annotators = pc.count_distinct(annotations["annotator"]).as_py()
        written["annotations"] = writer.write_config(
            stage, "annotations", tables.pseudonymize(annotations, key), codes, limits
        )
    missed = _read(data, "missed_claims", False)
    if missed is not None and missed.num_rows:
        # a missed claim goes to its article's split, where the article's claims are
        codes = tables.split_codes(missed["article_id"], proportions)
        written["missed_claims"] = writer.write_config(
            stage, "missed_claims", tables.pseudonymize(missed, key), codes, limits
        )
    order = ("claims", "articles", "annotations", "missed_claims")
    return {c: written[c] for c in order if c in written}, summary, joiner.articles, annotators


def _example(stage: Path, written: writer.Written) -> dict[str, Any]:
    """The first claim of the first split, labels as names, as a reader of the card sees it."""
    first = next(iter(written.splits.values())).files[0]
    row = next(store.iter_rows(stage / first, batch_size=1))
    feats = written.features
    for name, feature in feats.items():
        if isinstance(feature, ClassLabel) and row[name] is not None and row[name] >= 0:
            row[name] = feature.int2str(row[name])
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in row.items()}


def _agreement(data: Path, key: bytes) -> tuple[dict[str, Any] | None, list[str]]:
    """agreement.json with annotator names replaced by their pseudonyms; and the names."""
    value = _json(data, "agreement.json")
    if value is None:
        return None, []
    names: list[str] = []

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            out = {}
            for k, v in node.items():
                if k == "by_annotator" and isinstance(v, dict):
                    names.extend(v)
                    out[k] = {tables.pseudonym(key, a): walk(x) for a, x in sorted(v.items())}
                else:
                    out[k] = walk(v)
            return out
        return node

    return walk(value), names


@dataclass
class Staged:
    rows: dict[str, dict[str, int]]
    diff: changes.Changes
    names: list[str]  # annotator names: never in published text
    key: bytes = b""
    new_key: bool = False  # the key is new: `_install` stores it with the release


@dataclass(frozen=True)
class Release:
    """What one release is: chosen before any file is built, read by every staging step."""

    version: str
    previous: str | None
    proportions: tuple[float, float, float]
    previous_release: dict[str, Any]
    meta: Meta
    today: dt.date
    limits: writer.Limits


def _diff(
    stage: Path, repo: Path, release: Release, labels: pa.Table, written: list[str]
) -> changes.Changes:
    """What changed since the previous version; refuses splits that move claims in a minor."""
    previous = release.previous
    old = None
    if previous is not None:
        before = stage.parent / (stage.name + "-previous")
        if git.archive(repo, f"v{previous}", before, ("data/claims",)):
            old = changes.previous_claims(before)
        shutil.rmtree(before, ignore_errors=True)
    diff = changes.diff(old, previous, labels)
    if previous is None:
        return diff
    old_configs = list(release.previous_release.get("configs") or [])
    diff.new_configs = [c for c in written if old_configs and c not in old_configs]
    diff.dropped_configs = [c for c in old_configs if c not in written]
    diff.old_splits = tuple(_previous_splits(release.previous_release))
    diff.new_splits = release.proportions
    if diff.moved and git.parse_version(release.version)[0] == git.parse_version(previous)[0]:
        raise UsageError(
            f"the new split proportions move {len(diff.moved)} claim(s) to another split, "
            "which breaks comparison with earlier versions; publish it as a new major "
            "version (--bump major) or keep the proportions"
        )
    return diff


def _release_json(release: Release, configs: list[str], card_hash: str) -> dict[str, Any]:
    """release.json: what the next version reads back (splits, configs, license, card hash)."""
    meta = release.meta
    return {
        "version": release.version,
        "schema_version": SCHEMA_VERSION,
        "splits": list(release.proportions),
        "configs": configs,
        "license": meta.license.as_dict(),
        "pretty_name": meta.pretty_name,
        "curators": meta.curators,
        "contact": meta.contact,
        "card_block_sha256": card_hash,
    }


def _stage(
    stage: Path,
    data: Path,
    repo: Path,
    release: Release,
    key: bytes,
    progress: bool = False,
    check: Callable[[], None] = lambda: None,
) -> Staged:
    """Write every file of the release into `stage`."""
    t0 = time.perf_counter()
    stats: dict[str, Any] = {}
    version, previous, today, meta = release.version, release.previous, release.today, release.meta

    def statistics(summary: pa.Table) -> None:
        """The card's counts, computed once from the summary while the last rows are written."""
        stats["label_counts"] = card.label_counts(summary)
        stats["verification"] = card.verification(summary)
        stats["extractors"] = card.value_counts(summary["extractor"])

    written, summary, articles, annotators = _write_all(
        stage, data, release.proportions, key, release.limits, statistics, progress, check
    )
    check()
    log.debug("publish: data files written in %.2f s", time.perf_counter() - t0)
    labels = summary.select(["claim_id", *changes.LABELS, "split"])  # labels already codes
    diff = _diff(stage, repo, release, labels, list(written))
    section = changes.render(diff)
    old_log = repo / "CHANGELOG.md"
    old_text = old_log.read_text(encoding="utf-8") if old_log.exists() else None
    (stage / "CHANGELOG.md").write_text(
        changes.changelog(old_text, version, today.isoformat(), section), encoding="utf-8"
    )
    agreement, names = _agreement(data, key)
    info = card.CardInfo(
        version=version,
        pretty_name=meta.pretty_name,
        license=meta.license,
        repo_id=meta.repo_id,
        features={c: w.features for c, w in written.items()},
        splits={
            c: {
                s: card.SplitSizes(f.rows, f.num_bytes, f.download_size, f.files)
                for s, f in w.splits.items()
            }
            for c, w in written.items()
        },
        label_counts=stats["label_counts"],
        verification=stats["verification"],
        extractors=stats["extractors"],
        sources=_sources(articles, today),
        changes=section,
        example=_example(stage, written["claims"]),
        annotators=annotators,
        agreement=agreement,
        evaluation=_json(data, "evaluation.json"),
        proportions=release.proportions,
        curators=meta.curators,
        contact=meta.contact,
    )
    old_readme = repo / "README.md"
    previous_text = old_readme.read_text(encoding="utf-8") if old_readme.exists() else None
    log.debug("publish: diff and statistics in %.2f s", time.perf_counter() - t0)
    readme, generated_hash = card.render(
        info,
        previous_text,
        release.previous_release.get("card_block_sha256"),
        legacy=previous is not None and "card_block_sha256" not in release.previous_release,
    )
    (stage / "README.md").write_text(readme, encoding="utf-8")
    check()
    _write_croissant(stage, info, today)
    (stage / GITATTRIBUTES).write_text(LFS_RULES, encoding="utf-8")
    release_file = _release_json(release, list(written), generated_hash)
    (stage / RELEASE_FILE).write_text(json.dumps(release_file, indent=2) + "\n", encoding="utf-8")
    rows = {c: w.rows for c, w in written.items()}
    raw: list[str] = []
    for name in ("annotations", "missed_claims"):
        table = _read(data, name, False)
        raw += pc.unique(table["annotator"]).to_pylist() if table is not None else []
    # account names and e-mails must never reach published text (short ones would match words)
    annotation_names = [n for n in {*names, *raw} if "@" in n or len(n) >= 6]
    return Staged(rows, diff, sorted(annotation_names))


def _prepare(
    stage: Path,
    data: Path,
    repo: Path,
    release: Release,
    progress: bool,
    check: Callable[[], None],
) -> Staged:
    """The whole release in `stage`, checked for leaks; reads the repository, never writes it.

    Runs beside validation, so its errors (a missing pseudonym key, moved splits, a leak) are
    reported only once the data have passed the checks, as when it ran after them."""
    key, new_key = privacy.pseudonym_key(repo, _had_annotations(repo, release.previous))
    staged = _stage(stage, data, repo, release, key, progress, check)
    check()
    privacy.no_leaks(stage, TEXT_FILES, [*privacy.forbidden(data, repo, stage), *staged.names])
    staged.key, staged.new_key = key, new_key
    return staged


def _write_croissant(stage: Path, info: card.CardInfo, today: dt.date) -> None:
    files = {c: {s: sz.files for s, sz in info.splits[c].items()} for c in info.features}
    schemas = {c: f.arrow_schema for c, f in info.features.items()}
    doc = croissant.build(
        stage,
        files,
        schemas,
        name=info.pretty_name,
        version=info.version,
        license=info.license.id,
        license_url=info.license.url,
        description=f"Checkable claims extracted from news articles (version {info.version}).",
        url=f"https://huggingface.co/datasets/{info.repo_id}" if info.repo_id else None,
        cite_as=f"{info.pretty_name}, version {info.version}",
        date_published=today.isoformat(),
    )
    (stage / "croissant.json").write_text(croissant.dumps(doc), encoding="utf-8")


def _meta(
    previous: dict[str, Any],
    pretty_name: str | None,
    license: licenses.License | None,
    hub_repo: str | None,
    curators: str | None,
    contact: str | None,
) -> Meta:
    """Options given now, else what the previous version said; a license is never assumed."""
    if license is None and isinstance(previous.get("license"), dict):
        old = previous["license"]
        license = licenses.parse(old.get("id"), old.get("name"), old.get("link"))
    if license is None:
        raise UsageError(
            "--license is required: the articles are third-party text, so no license is "
            "assumed (a Hub id like cc-by-nc-4.0, or other with --license-name and --license-link)"
        )
    return Meta(
        pretty_name=pretty_name or previous.get("pretty_name") or "Claims",
        license=license,
        repo_id=hub_repo,
        curators=curators or previous.get("curators"),
        contact=contact or previous.get("contact"),
    )


@contextlib.contextmanager
def _arrow_pool() -> Iterator[None]:
    """Arrow allocations of the release go to jemalloc (the system allocator if pyarrow has none).

    Publishing a million claims allocates and frees gigabytes of short-lived batch buffers;
    mimalloc, pyarrow's default, takes fresh pages from the kernel for them when it runs after
    validation, and the page faults cost about as much system time as all the Parquet encoding
    (bench/publish.py). The default pool is restored afterwards; buffers keep the pool they
    were allocated from.
    """
    previous = pa.default_memory_pool()
    try:
        pool = pa.jemalloc_memory_pool()
    except NotImplementedError:
        pool = pa.system_memory_pool()
    pa.set_memory_pool(pool)
    try:
        yield
    finally:
        pa.set_memory_pool(previous)


def _had_annotations(repo: Path, previous: str | None) -> bool:
    if previous is None:
        return False
    probe = git.git(repo, "ls-tree", "-r", "--name-only", f"v{previous}", "--", *ANNOTATOR_CONFIGS)
    return bool(probe.strip())


def publish(
    data: str | Path,
    repo: str | Path,
    *,
    version: str | None = None,
    bump: str | None = None,
    splits: tuple[float, float, float] | None = None,
    push_remote: str | None = None,
    hub_repo: str | None = None,
    pretty_name: str | None = None,
    license: licenses.License | None = None,
    curators: str | None = None,
    contact: str | None = None,
    today: dt.date | None = None,
    limits: writer.Limits | None = None,
    progress: bool = False,
) -> PublishReport:
    """Validate, build, check, then commit and tag `vX.Y.Z`; optionally push and upload.

    `progress`: bars for validation and for the claims written, on a terminal only."""
    started, started_cpu = time.perf_counter(), time.process_time()
    data, repo = Path(data), Path(repo)
    if not data.is_dir():
        raise InputError("DATA must be a folder holding articles.parquet and claims.parquet", data)
    _check_target(repo)
    git.check_publishable(repo)
    existing = git.versions(repo)
    if hub_repo:
        hub.check_repo_id(hub_repo)
    token = hub.token() if hub_repo else None
    if hub_repo and version is not None and bump is None and git.parse_version(version) in existing:
        assert token is not None
        return upload_existing(repo, hub_repo, version, token)
    chosen = git.show(git.resolve(version, bump, existing))
    previous = git.show(existing[-1]) if existing else None
    previous_release = _release_file(repo) if previous else {}
    meta = _meta(previous_release, pretty_name, license, hub_repo, curators, contact)
    splits = splits or _previous_splits(previous_release)
    today = today or dt.datetime.now(dt.UTC).date()
    parent = repo.parent if repo.parent.is_dir() else None
    cancel = threading.Event()
    with (
        _arrow_pool(),
        tempfile.TemporaryDirectory(prefix=".claims-publish-", dir=parent) as tmp,
        ThreadPoolExecutor(max_workers=1, thread_name_prefix="publish-stage") as side,
    ):
        stage = Path(tmp) / "stage"
        stage.mkdir()
        # the release is built beside the checks, in the staging folder only (see the docstring)
        release = Release(
            chosen, previous, splits, previous_release, meta, today, limits or writer.Limits()
        )
        preparing = side.submit(_prepare, stage, data, repo, release, progress, _checker(cancel))
        try:
            checking, checking_cpu = time.perf_counter(), time.thread_time()
            check_data(data, progress)
            validated = time.perf_counter() - checking
            validated_cpu = time.thread_time() - checking_cpu
            hub_tags = hub.check(hub_repo, token) if hub_repo and token else set()
            if hub_repo and f"v{chosen}" in hub_tags:
                raise UsageError(f"{hub_repo} already has a tag v{chosen} on the Hub")
        except BaseException:
            cancel.set()
            # the check's own error is the one to report; the staging goes with the folder
            with contextlib.suppress(BaseException):
                preparing.result()
            raise
        staged = preparing.result()
        log.debug("publish: staged in %.2f s", time.perf_counter() - started)
        commit = _install(
            stage, Path(tmp) / "backup", repo, git.parse_version(chosen), staged,
            staged.key if staged.new_key else None,
        )  # fmt: skip
    report = PublishReport(chosen, previous, repo, commit, staged.rows, staged.diff)
    report.timings = {
        "validate": validated,
        "total": time.perf_counter() - started,
        # CPU seconds: the validating thread's own (not Arrow's pools, not the staging beside
        # it), and every thread of the process; they hardly depend on the load
        "validate_cpu": validated_cpu,
        "total_cpu": time.process_time() - started_cpu,
    }
    log.info(
        "publish: v%s in %.2f s (%.2f s validating)",
        chosen,
        report.timings["total"],
        report.timings["validate"],
    )
    _share(report, push_remote, hub_repo, token)
    return report


def _install(
    stage: Path,
    backup: Path,
    repo: Path,
    version: git.Version,
    staged: Staged,
    new_key: bytes | None,
) -> str:
    """Swap the managed files in, commit and tag; on any failure put the old files back.

    A repository this run created is removed again; a new pseudonym key is stored before the
    commit, so no published pseudonym is ever without its key.
    """
    created, created_git = not repo.exists(), not git.is_repo(repo)
    git.ensure_repo(repo)
    if new_key is not None:
        privacy.save_key(repo, new_key)
    before = git.head(repo)
    backup.mkdir()
    moved: list[str] = []
    try:
        for name in MANAGED:
            if (repo / name).exists():
                shutil.move(str(repo / name), str(backup / name))
                moved.append(name)
            if (stage / name).exists():
                shutil.move(str(stage / name), str(repo / name))
        return git.commit_and_tag(
            repo, version, f"Release v{git.show(version)}\n\n{staged.diff.summary}", MANAGED
        )
    except (ClaimsError, OSError) as exc:
        first = exc
        try:
            git.undo(repo, before, version)
        finally:
            for name in MANAGED:
                target = repo / name
                if target.is_dir():
                    shutil.rmtree(target)
                elif target.exists():
                    target.unlink()
                if name in moved:
                    shutil.move(str(backup / name), str(target))
        if created:
            shutil.rmtree(repo, ignore_errors=True)
        elif created_git:
            shutil.rmtree(repo / ".git", ignore_errors=True)
        if isinstance(first, ClaimsError):
            raise first from None
        raise ServiceError(f"could not put the release in place: {first}", repo) from None


def upload_existing(repo: Path, hub_repo: str, version: str, token: str) -> PublishReport:
    """--hub for a version already tagged here but not on the Hub: upload exactly that tag."""
    tags = hub.check(hub_repo, token)
    tag = f"v{git.show(git.parse_version(version))}"
    if tag in tags:
        raise UsageError(f"{tag} is already on the Hub ({hub_repo}); nothing to upload")
    with tempfile.TemporaryDirectory(prefix=".claims-upload-") as tmp:
        folder = Path(tmp) / "version"
        if not git.archive(repo, tag, folder):
            raise UsageError(f"no version {tag} in this repository", repo)
        oid = hub.upload(folder, hub_repo, tag[1:], token)
    commit = git.git(repo, "rev-list", "-n", "1", tag).strip()
    report = PublishReport(tag[1:], None, repo, commit, {}, changes.Changes(None, 0))
    report.hub_commit, report.uploaded_only = oid, True
    return report


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
        retry = (
            f"; run the same command with --version {version} to upload it again"
            if hub_repo
            else ""
        )
        raise ServiceError(
            f"v{version} is committed and tagged, but {exc.reason}{retry}", report.repo
        ) from None
