"""claims publish end to end: real Parquet, real git, real `datasets.load_dataset`, offline."""

from __future__ import annotations

import io
import shlex
import shutil
import sys
import threading
from pathlib import Path
from typing import Any

import datasets
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from claims import store
from claims.progress import Progress
from claims.publish import publisher
from claims.publish.publisher import publish
from claims.publish.writer import Limits
from schemas.enums import CATEGORIES, CLAIM_TYPES, SEGMENT_KINDS, TARGET_KINDS, VERDICTS

# ---------------------------------------------------------------- loading and labels


def test_default_config_loads_with_classlabels_nested_ones_and_minus_one(
    published: Path, data_v1: Path, helpers: Any
) -> None:
    ds = helpers.load(published)
    assert set(ds) == {"train", "validation", "test"}
    assert sum(ds[s].num_rows for s in ds) == store.read_arrow(data_v1 / "claims.parquet").num_rows
    features = ds["train"].features
    for column, names in {**CATEGORIES["claims"], "verdict": VERDICTS}.items():
        assert isinstance(features[column], datasets.ClassLabel), column
        assert features[column].names == list(names)
    assert features["published"] == datasets.Value("date32")
    kind = features["sanction_targets"].feature["kind"]
    assert isinstance(kind, datasets.ClassLabel) and kind.names == list(TARGET_KINDS)
    rows = [r for s in ds.values() for r in s]
    sanction = next(r for r in rows if r["claim_type"] == CLAIM_TYPES.index("sanction"))
    assert kind.int2str(sanction["sanction_targets"][0]["kind"]) == "organization"
    unverified = [r for r in rows if r["verdict"] == -1]
    assert unverified and all(r["verdict_method"] == -1 for r in unverified)
    assert all(r["verdict"] is not None for r in rows)


def test_articles_and_annotations_configs(published: Path, helpers: Any) -> None:
    articles = helpers.load(published, "articles")
    seg = articles["train"].features["segments"].feature
    assert isinstance(seg["kind"], datasets.ClassLabel) and seg["kind"].names == list(SEGMENT_KINDS)
    sources = [s for split in articles.values() for s in split["source"]]
    assert "000.txt" in sources and not any(s.startswith("/") for s in sources)
    annotations = helpers.load(published, "annotations")
    annotators = {a for split in annotations.values() for a in split["annotator"]}
    assert len(annotators) == 2 and all(a.startswith("annotator-") for a in annotators)
    assert not annotators & set(helpers.NAMES)
    assert annotations["train"].features["verdict"].names == list(VERDICTS)


def test_every_parquet_reader_sees_the_labels(published: Path) -> None:
    """The files themselves carry the features: not only `load_dataset(repo)` sees ClassLabels."""
    files = sorted(str(p) for p in (published / "data" / "claims").glob("train-*.parquet"))
    ds = datasets.load_dataset("parquet", data_files={"train": files}, split="train")
    assert ds.features["claim_type"].names == list(CLAIM_TYPES)
    assert ds.features["sanction_targets"].feature["kind"].names == list(TARGET_KINDS)
    schema = pq.read_schema(files[0])
    from_file = datasets.Features.from_arrow_schema(schema)
    assert from_file["verdict"] == datasets.ClassLabel(names=list(VERDICTS))
    frame = pq.read_table(files[0]).to_pandas()
    assert str(frame["verdict"].dtype) == "int64" and (frame["verdict"] == -1).any()


def test_sizes_in_the_card_are_what_datasets_computes(published: Path, helpers: Any) -> None:
    _sizes_match(published, helpers)


def _sizes_match(published: Path, helpers: Any) -> None:
    from huggingface_hub import DatasetCard

    card = DatasetCard.load(published / "README.md")
    infos = {i["config_name"]: i for i in card.data.to_dict()["dataset_info"]}
    for config in ("claims", "articles", "annotations"):
        ds = helpers.load(published, config)
        declared = {s["name"]: s for s in infos[config]["splits"]}
        for split, part in ds.items():
            computed = part.info.splits[split]
            assert declared[split]["num_bytes"] == computed.num_bytes, (config, split)
            assert declared[split]["num_examples"] == computed.num_examples
        assert infos[config]["dataset_size"] == sum(s["num_bytes"] for s in declared.values())
        on_disk = sum(p.stat().st_size for p in (published / "data" / config).glob("*.parquet"))
        assert infos[config]["download_size"] == on_disk


def test_shards_are_capped_and_still_load(tmp_path: Path, data_v1: Path, helpers: Any) -> None:
    repo = tmp_path / "repo"
    publish(
        data_v1,
        repo,
        version="1.0.0",
        splits=helpers.SPLITS,
        today=helpers.TODAY,
        license=helpers.LICENSE,
        limits=Limits(shard_bytes=6_000, row_group_bytes=2_000),
    )
    shards = sorted(p.name for p in (repo / "data" / "claims").glob("train-*.parquet"))
    assert len(shards) > 1 and shards[0] == f"train-00000-of-{len(shards):05d}.parquet"
    for name in shards:
        meta = pq.ParquetFile(repo / "data" / "claims" / name).metadata
        assert meta.num_row_groups >= 1
    groups = pq.ParquetFile(repo / "data" / "claims" / shards[0]).metadata.num_row_groups
    assert groups > 1  # several row groups per shard: sizes still counted as datasets counts
    ds = helpers.load(repo)
    assert sum(d.num_rows for d in ds.values()) == 60
    _sizes_match(repo, helpers)
    import mlcroissant as mlc

    doc = mlc.Dataset(jsonld=repo / "croissant.json")
    assert not doc.metadata.ctx.issues.errors
    attributes = (repo / ".gitattributes").read_text()
    assert "*.parquet filter=lfs diff=lfs merge=lfs -text" in attributes
    assert ".gitattributes" in helpers.git(repo, "ls-files").split()


def test_works_without_annotations_or_verdicts(tmp_path: Path, helpers: Any) -> None:
    data = helpers.make_data(tmp_path / "data", judged=False)
    publish(
        data,
        tmp_path / "repo",
        version="0.1.0",
        splits=helpers.SPLITS,
        today=helpers.TODAY,
        license=helpers.LICENSE,
    )
    ds = helpers.load(tmp_path / "repo")
    assert all(v == -1 for s in ds.values() for v in s["verdict"])
    card = (tmp_path / "repo" / "README.md").read_text()
    assert "config_name: annotations" not in card
    assert "0 of 60 claims (0.0%) have a verdict" in card
    with pytest.raises(ValueError):
        helpers.load(tmp_path / "repo", "annotations")


def test_no_article_crosses_splits(published: Path, helpers: Any) -> None:
    owner: dict[str, str] = {}
    claims = {r["claim_id"]: r["article_id"] for s in helpers.load(published).values() for r in s}
    for config in ("claims", "articles", "annotations"):
        for split, part in helpers.load(published, config).items():
            if "article_id" in part.column_names:
                column = part["article_id"]
            else:
                column = [claims[c] for c in part["claim_id"]]
            for article in column:
                assert owner.setdefault(article, split) == split, (config, article)
    assert len(set(owner.values())) == 3


# ---------------------------------------------------------------- validation first


def _broken(data_v1: Path, folder: Path, how: str) -> Path:
    claims = store.read_table(data_v1 / "claims.parquet")
    if how == "duplicate":
        claims.loc[1, "claim_id"] = claims.loc[0, "claim_id"]
    elif how == "confidence":
        claims.loc[0, "confidence"] = 7.5
    elif how == "span":
        claims.loc[0, "span_text"] = claims.loc[0, "span_text"].upper()
    store.write_table("claims", claims, folder)
    store.write_table("articles", store.read_table(data_v1 / "articles.parquet"), folder)
    return folder


@pytest.mark.parametrize("how", ["duplicate", "confidence", "span"])
def test_data_validate_rejects_is_refused_and_repo_untouched(
    published: Path, tmp_path: Path, data_v1: Path, helpers: Any, how: str
) -> None:
    data = _broken(data_v1, tmp_path / "bad", how)
    validate = helpers.run_cli("validate", str(data))
    assert validate.exit_code == 1
    before = helpers.tree_hash(published)
    result = helpers.publish_cli(data, published, "--bump", "patch")
    assert result.exit_code == 1, result.output
    assert "does not validate" in result.output and "Traceback" not in result.output
    assert helpers.tree_hash(published) == before
    fresh = helpers.publish_cli(data, tmp_path / "new", "--version", "1.0.0", "--license", "mit")
    assert fresh.exit_code == 1 and not (tmp_path / "new").exists()


@pytest.mark.parametrize("when", ["while staging", "after staging"])
def test_failed_checks_beside_a_staged_release_leave_no_trace(
    tmp_path: Path, data_v1: Path, helpers: Any, monkeypatch: pytest.MonkeyPatch, when: str
) -> None:
    """The release is built beside the checks: data files already staged when the checks fail
    are dropped with their folder, the repository and its working tree stay byte for byte, and
    the error is the check's, as when nothing is built beside it."""
    repo = tmp_path / "site" / "repo"
    helpers.publish_first(data_v1, repo)
    data = _broken(data_v1, tmp_path / "bad", "span")
    before, status = helpers.tree_hash(repo), helpers.git(repo, "status", "--porcelain")
    plain = helpers.publish_cli(data, repo, "--bump", "patch")
    assert plain.exit_code == 1 and "does not validate" in plain.output
    assert helpers.tree_hash(repo) == before

    staged: list[list[str]] = []
    reached, checked = threading.Event(), threading.Event()
    real_check, real_croissant, real_prepare = (
        publisher.check_data,
        publisher._write_croissant,
        publisher._prepare,
    )

    def listing(stage: Path) -> list[str]:
        return sorted(str(p.relative_to(stage)) for p in stage.rglob("*.parquet"))

    def croissant(stage: Path, *args: Any) -> None:  # data files are written by now
        staged.append(listing(stage))
        if when == "while staging":
            reached.set()
            assert checked.wait(60)  # the checks fail while the staging is held here
        real_croissant(stage, *args)

    def prepare(stage: Path, *args: Any) -> Any:
        result = real_prepare(stage, *args)
        staged.append(listing(stage))
        reached.set()  # "after staging": every file of the release is in place
        return result

    def check_data(*args: Any) -> None:
        assert reached.wait(60)
        try:
            real_check(*args)
        finally:
            checked.set()

    monkeypatch.setattr(publisher, "_write_croissant", croissant)
    monkeypatch.setattr(publisher, "_prepare", prepare)
    monkeypatch.setattr(publisher, "check_data", check_data)
    result = helpers.publish_cli(data, repo, "--bump", "patch")
    assert result.exit_code == 1 and result.output == plain.output
    assert staged and any(f.startswith("data/claims/") for f in staged[0])
    assert len(staged) == (1 if when == "while staging" else 2)  # cancelled before the end
    assert helpers.tree_hash(repo) == before
    assert helpers.git(repo, "status", "--porcelain") == status == ""
    assert sorted(p.name for p in repo.parent.iterdir()) == ["repo"]  # no staging folder left


def test_missing_data_is_a_usage_error(tmp_path: Path, helpers: Any) -> None:
    missing = helpers.publish_cli(tmp_path / "nowhere", tmp_path / "r2", "--version", "1.0.0")
    assert missing.exit_code == 2 and not (tmp_path / "r2").exists()


@pytest.mark.parametrize("version", ["1.0.0", "0.9.9", "one"])
def test_refused_version_leaves_repo_untouched(
    published: Path, data_v2: Path, helpers: Any, version: str
) -> None:
    before = helpers.tree_hash(published)
    result = helpers.publish_cli(data_v2, published, "--version", version)
    assert result.exit_code == 2
    assert result.output.startswith("Error: ") and "Traceback" not in result.output
    assert helpers.tree_hash(published) == before


# ---------------------------------------------------------------- versions that load


def _publish_two(tmp_path: Path, data_v1: Path, data_v2: Path, helpers: Any) -> Path:
    repo = tmp_path / "repo"
    helpers.publish_first(data_v1, repo)
    publish(data_v2, repo, version="1.1.0", today=helpers.TODAY)
    return repo


def _blocks(card: str, lang: str) -> list[str]:
    parts = card.split(f"```{lang}\n")[1:]
    return [p.split("```", 1)[0] for p in parts]


def test_the_commands_the_card_shows_load_each_version(
    tmp_path: Path, data_v1: Path, data_v2: Path, helpers: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = _publish_two(tmp_path, data_v1, data_v2, helpers)
    expected = {}
    for tag in ("v1.0.0", "v1.1.0"):
        folder = tmp_path / f"ref-{tag}"
        helpers.git(repo, "worktree", "add", "--detach", str(folder), tag)
        expected[tag] = {s: sorted(d["claim_id"]) for s, d in helpers.load(folder).items()}
        helpers.git(repo, "worktree", "remove", "--force", str(folder))
    assert expected["v1.0.0"] != expected["v1.1.0"]
    for tag in ("v1.0.0", "v1.1.0"):
        card = helpers.git(repo, "show", f"{tag}:README.md")
        (bash,) = [b for b in _blocks(card, "bash") if "claims checkout" in b]
        (python,) = [b for b in _blocks(card, "python") if "load_dataset(" in b]
        work = tmp_path / f"reader-{tag}"
        work.mkdir()
        monkeypatch.chdir(work)
        args = shlex.split(bash.strip().replace("path/to/this/repository", str(repo)))
        assert args[:2] == ["claims", "checkout"]
        result = helpers.run_cli(*args[1:])
        assert result.exit_code == 0, result.output
        scope: dict[str, Any] = {}
        exec(python, scope)  # the card's code, verbatim (caches go to the test's HF_HOME)
        got = {s: sorted(d["claim_id"]) for s, d in scope["claims"].items()}
        assert got == expected[tag], tag
        assert scope["name"] in CLAIM_TYPES
        assert set(scope["articles"]) <= {"train", "validation", "test"}
    # nowhere does the card promise `revision=` for a local folder (datasets ignores it there)
    assert "revision=" not in (repo / "README.md").read_text()


def test_checkout_refuses_unknown_versions_and_used_folders(
    published: Path, tmp_path: Path, helpers: Any
) -> None:
    unknown = helpers.run_cli("checkout", str(published), "v9.9.9", str(tmp_path / "x"))
    assert unknown.exit_code == 2 and "v1.0.0" in unknown.output and not (tmp_path / "x").exists()
    used = tmp_path / "used"
    used.mkdir()
    (used / "keep.txt").write_text("mine")
    taken = helpers.run_cli("checkout", str(published), "v1.0.0", str(used))
    assert taken.exit_code == 2 and (used / "keep.txt").read_text() == "mine"
    before = helpers.tree_hash(published)
    ok = helpers.run_cli("checkout", str(published), "1.0.0", str(tmp_path / "v1"))
    assert ok.exit_code == 0 and helpers.tree_hash(published) == before


def test_second_publish_tags_new_version_with_a_changelog_that_adds_up(
    tmp_path: Path, data_v1: Path, data_v2: Path, helpers: Any
) -> None:
    repo = tmp_path / "repo"
    helpers.publish_first(data_v1, repo)
    old = {c for s in helpers.load(repo).values() for c in s["claim_id"]}
    report = publish(data_v2, repo, bump="minor", today=helpers.TODAY)
    assert report.version == "1.1.0" and report.previous == "1.0.0"
    assert helpers.git(repo, "tag", "--list").split() == ["v1.0.0", "v1.1.0"]
    new = {c for s in helpers.load(repo).values() for c in s["claim_id"]}
    added, removed = sorted(new - old), sorted(old - new)
    changelog = (repo / "CHANGELOG.md").read_text()
    assert changelog.index("## v1.1.0") < changelog.index("## v1.0.0")
    for cid in added + removed:
        assert cid in changelog
    assert f"+{len(added)} added, -{len(removed)} removed, 1 relabeled" in changelog
    assert f"Added ({len(added)} claims)" in changelog
    assert f"Removed ({len(removed)} claims)" in changelog
    assert "Relabeled (1 claims, 1 label changes)" in changelog and "→ conflicting" in changelog
    assert "another split" not in changelog.split("## v1.0.0")[0]


def test_a_split_change_needs_a_major_version_and_is_named(
    tmp_path: Path, data_v1: Path, helpers: Any
) -> None:
    repo = tmp_path / "repo"
    helpers.publish_first(data_v1, repo)
    before = helpers.tree_hash(repo)
    minor = helpers.publish_cli(data_v1, repo, "--bump", "minor", "--splits", "0.2,0.4,0.4")
    assert minor.exit_code == 2 and "major" in minor.output
    assert helpers.tree_hash(repo) == before
    report = publish(data_v1, repo, bump="major", splits=(0.2, 0.4, 0.4), today=helpers.TODAY)
    assert report.changes.moved
    entry = (repo / "CHANGELOG.md").read_text().split("## v1.0.0")[0]
    assert f"Moved to another split ({len(report.changes.moved)} claims)" in entry
    assert "from 0.6,0.2,0.2 to 0.2,0.4,0.4" in entry


def test_a_new_config_is_named_in_the_changelog(
    tmp_path: Path, data_v1: Path, helpers: Any
) -> None:
    repo = tmp_path / "repo"
    plain = helpers.make_data(tmp_path / "plain", judged=False)
    helpers.publish_first(plain, repo)
    publish(data_v1, repo, version="1.1.0", today=helpers.TODAY)
    entry = (repo / "CHANGELOG.md").read_text().split("## v1.0.0")[0]
    assert "New config(s): annotations" in entry and "10 relabeled" in entry


def test_republishing_same_data_gives_identical_parquet(
    tmp_path: Path, data_v1: Path, helpers: Any
) -> None:
    for name, version in (("a", "1.0.0"), ("b", "3.1.4")):
        publish(
            data_v1,
            tmp_path / name,
            version=version,
            splits=helpers.SPLITS,
            today=helpers.TODAY,
            license=helpers.LICENSE,
        )
    files = sorted(
        p.relative_to(tmp_path / "a") for p in (tmp_path / "a" / "data").rglob("*.parquet")
    )
    assert len(files) == 9
    for rel in files:
        if "annotations" in rel.parts:  # pseudonyms differ: each repository has its own key
            continue
        assert (tmp_path / "a" / rel).read_bytes() == (tmp_path / "b" / rel).read_bytes(), rel


# ---------------------------------------------------------------- push


def test_push_to_bare_remote_then_clone_and_load(
    tmp_path: Path, data_v1: Path, helpers: Any
) -> None:
    remote = tmp_path / "remote.git"
    helpers.git(tmp_path, "init", "--quiet", "--bare", "--initial-branch", "main", str(remote))
    result = helpers.publish_cli(
        data_v1,
        tmp_path / "repo",
        "--version",
        "1.0.0",
        "--license",
        "cc-by-nc-4.0",
        "--push-remote",
        str(remote),
    )
    assert result.exit_code == 0, result.output
    checkout = helpers.run_cli("checkout", str(remote), "v1.0.0", str(tmp_path / "copy"))
    assert checkout.exit_code == 0, checkout.output
    assert sum(d.num_rows for d in helpers.load(tmp_path / "copy").values()) == 60


def test_push_to_missing_remote_is_a_service_error(
    tmp_path: Path, data_v1: Path, helpers: Any
) -> None:
    result = helpers.publish_cli(
        data_v1,
        tmp_path / "repo",
        "--version",
        "1.0.0",
        "--license",
        "mit",
        "--push-remote",
        str(tmp_path / "no-such-remote.git"),
    )
    assert result.exit_code == 3 and "committed and tagged, but git push failed" in result.output


def test_publish_on_machine_without_git_identity(
    tmp_path: Path, data_v1: Path, monkeypatch: pytest.MonkeyPatch, helpers: Any
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
    result = helpers.publish_cli(
        data_v1, tmp_path / "repo", "--version", "1.0.0", "--license", "mit"
    )
    assert result.exit_code == 0, result.output
    assert "v1.0.0" in helpers.git(tmp_path / "repo", "tag", "--list")


def test_no_claims_is_refused(tmp_path: Path, data_v1: Path, helpers: Any) -> None:
    data = tmp_path / "data"
    store.write_table("articles", store.read_table(data_v1 / "articles.parquet"), data)
    store.write_table("claims", [], data)
    result = helpers.publish_cli(data, tmp_path / "repo", "--version", "1.0.0", "--license", "mit")
    assert result.exit_code == 1 and "no claims to publish" in result.output
    assert not (tmp_path / "repo").exists()


def test_empty_splits_are_left_out_so_the_rest_still_loads(
    tmp_path: Path, data_v1: Path, helpers: Any
) -> None:
    report = publish(
        data_v1,
        tmp_path / "repo",
        version="1.0.0",
        splits=(1.0, 0.0, 0.0),
        today=helpers.TODAY,
        license=helpers.LICENSE,
    )
    assert report.rows["claims"] == {"train": 60, "validation": 0, "test": 0}
    assert set(helpers.load(tmp_path / "repo")) == {"train"}
    assert set(helpers.load(tmp_path / "repo", "annotations")) == {"train"}
    assert not list((tmp_path / "repo" / "data").rglob("test-*"))
    shutil.rmtree(tmp_path / "repo")


def test_a_sharded_claims_table_publishes_the_same_rows(
    tmp_path: Path, data_v1: Path, helpers: Any
) -> None:
    """claims/part-*.parquet (what `claims extract --shards` and the Ray engine write) is read
    like claims.parquet: the published claims are the same."""
    sharded = tmp_path / "sharded"
    shutil.copytree(data_v1, sharded)
    claims = store.read_arrow(sharded / "claims.parquet")
    (sharded / "claims.parquet").unlink()
    half = claims.num_rows // 2
    for index, part in enumerate((claims.slice(0, half), claims.slice(half))):
        store.write_shard(part, store.shard_dir(sharded / "claims.parquet"), index, {})
    store.drop_stats(store.shard_dir(sharded / "claims.parquet"))
    repos = {}
    for name, folder in (("file", data_v1), ("shards", sharded)):
        repos[name] = tmp_path / name
        helpers.publish_first(folder, repos[name])
    ids = {
        name: sorted(r for split in helpers.load(repo).values() for r in split["claim_id"])
        for name, repo in repos.items()
    }
    assert ids["shards"] == ids["file"] and len(ids["file"]) == claims.num_rows


def test_claims_read_in_many_batches_keep_their_own_columns_and_verdicts(
    tmp_path: Path, data_v1: Path, helpers: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Claim ids and verdict rows are looked up once for the whole table, then handed to each
    batch by row offset: across a file and shards, in batches of a few small row groups, every
    published row is the row published from one batch, and carries its own claim's verdict."""
    from claims.publish import writer

    repos = {"whole": tmp_path / "whole", "batches": tmp_path / "batches"}
    helpers.publish_first(data_v1, repos["whole"])
    split_up = tmp_path / "split-up"
    shutil.copytree(data_v1, split_up)
    claims = store.read_arrow(split_up / "claims.parquet")
    third = claims.num_rows // 3
    monkeypatch.setattr(store, "ROW_GROUP_SIZE", 5)
    pq.write_table(claims.slice(0, third), split_up / "claims.parquet", row_group_size=5)
    folder = store.shard_dir(split_up / "claims.parquet")
    for index, part in enumerate((claims.slice(third, third), claims.slice(2 * third))):
        store.write_shard(part, folder, index, {})
    store.drop_stats(folder)
    monkeypatch.setattr(writer, "BATCH_ROWS", 12)
    helpers.publish_first(split_up, repos["batches"])
    rows = {}
    for name, repo in repos.items():
        files = sorted((repo / "data" / "claims").glob("*.parquet"))
        table = pa.concat_tables(pq.read_table(f) for f in files)
        rows[name] = sorted(table.to_pylist(), key=lambda r: r["claim_id"])
    assert rows["batches"] == rows["whole"] and len(rows["whole"]) == claims.num_rows
    verdicts = store.read_arrow(data_v1 / "verdicts.parquet").to_pylist()
    verdict_of = {v["claim_id"]: VERDICTS.index(v["verdict"]) for v in verdicts}
    published = {r["claim_id"]: r["verdict"] for r in rows["batches"]}
    assert verdict_of and all(published[c] == code for c, code in verdict_of.items())
    assert sum(code != -1 for code in published.values()) == len(verdict_of)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_shows_on_a_terminal_and_stays_quiet_elsewhere(
    tmp_path: Path, data_v1: Path, helpers: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    claims = store.num_rows(data_v1 / "claims.parquet")
    assert claims >= 50  # bars are shown for 50 items or more
    bars: list[Progress] = []

    class Seen(Progress):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            bars.append(self)

    monkeypatch.setattr(publisher, "Progress", Seen)
    screen = _Terminal()
    monkeypatch.setattr(sys, "stderr", screen)
    publish(data_v1, tmp_path / "a", version="1.0.0", license=helpers.LICENSE, progress=True)
    shown = screen.getvalue()
    assert "validate" in shown  # the checks run first
    assert f"publish:   0%|          | 0/{claims}" in shown and "claim/s" in shown
    assert [(b.shown, b.count) for b in bars] == [(True, claims)]  # every claim counted once
    piped = io.StringIO()
    monkeypatch.setattr(sys, "stderr", piped)
    publish(data_v1, tmp_path / "b", version="1.0.0", license=helpers.LICENSE, progress=True)
    assert piped.getvalue() == ""
    monkeypatch.undo()
    result = helpers.publish_cli(data_v1, tmp_path / "c", "--version", "1.0.0", "--license", "mit")
    assert result.exit_code == 0, result.output
    assert "claim/s" not in result.output and "%|" not in result.output  # not a terminal


def test_missed_claims_are_a_config_the_card_names_and_loads(
    published_missed: Path, tmp_path: Path, helpers: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = published_missed
    card = (repo / "README.md").read_text()
    assert "`missed_claims` config" in card and "config_name: missed_claims" in card
    (bash,) = [b for b in _blocks(card, "bash") if "claims checkout" in b]
    (python,) = [b for b in _blocks(card, "python") if "load_dataset(" in b]
    assert '"missed_claims"' in python
    monkeypatch.chdir(tmp_path)
    args = shlex.split(bash.strip().replace("path/to/this/repository", str(repo)))
    assert helpers.run_cli(*args[1:]).exit_code == 0
    scope: dict[str, Any] = {}
    exec(python, scope)  # the card's code, verbatim
    missed, claims = scope["missed"], scope["claims"]
    assert sum(len(d) for d in missed.values()) == 10
    for split, rows in missed.items():
        assert set(rows["article_id"]) <= set(claims[split]["article_id"])  # its article's split
        assert all(a.startswith("annotator-") for a in rows["annotator"])  # pseudonyms only
        names = rows.features["claim_type"].names
        assert {names[c] for c in rows["claim_type"]} == {"quantity"}
        assert all(t.endswith(" trucks") for t in rows["span_text"])
    published = " ".join(p.read_text(errors="ignore") for p in repo.rglob("*.md"))
    assert "Jane Doe" not in published and "Kim Minsu" not in published


def test_invalid_missed_claims_are_refused(tmp_path: Path, helpers: Any) -> None:
    data = helpers.make_data(tmp_path / "data", missed=True)
    table = pq.read_table(data / "missed_claims.parquet")
    spans = table["span_text"].to_pylist()
    spans[0] = "57 lorries"  # not the words at its offsets
    column = table.schema.get_field_index("span_text")
    store.write_arrow(
        table.set_column(column, "span_text", pa.array(spans)), data / "missed_claims.parquet"
    )
    repo = tmp_path / "repo"
    result = helpers.publish_cli(data, repo, "--version", "1.0.0", "--license", "mit")
    assert result.exit_code == 1 and "does not validate" in result.output
    assert not repo.exists()
