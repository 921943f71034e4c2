"""The local and the Ray engine run the same extraction function on the same shards: the claim
rows are the same, row for row, whether one process, a process pool or Ray actors did the work."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from claims import store
from claims.cli.extract import SHARD_ROWS as CLI_SHARD_ROWS
from claims.cli.root import cli
from claims.extract.corpus import SHARD_ROWS, extract
from claims.ingest.corpus import ingest
from claims.validate.tables import validate


@pytest.fixture(scope="module")
def articles(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The dev articles and the seed, ingested once."""
    data = tmp_path_factory.mktemp("engines") / "data"
    ingest([root / "tests" / "data" / "dev" / "articles", root / "seeds"], data)
    return data


def _copy(articles: Path, tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(articles / "articles.parquet", data / "articles.parquet")
    return data


def _sorted(path: Path) -> list[dict[str, Any]]:
    """The claim rows as Python values (not pandas, whose int/float choice depends on the batch),
    in claim id order."""
    return sorted(store.read_arrow(path).to_pylist(), key=lambda r: r["claim_id"])


@pytest.fixture(scope="module")
def local_rows(articles: Path, tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    data = _copy(articles, tmp_path_factory.mktemp("local"))
    report = extract(data, engine="local", shard_rows=5)
    assert report.validation is not None and report.validation.ok
    assert report.total > 50
    return _sorted(data / "claims.parquet")


def test_shard_size_default_agrees_with_the_cli() -> None:
    assert CLI_SHARD_ROWS == SHARD_ROWS


def test_shards_do_not_change_the_rows(
    articles: Path, tmp_path: Path, local_rows: list[dict[str, Any]]
) -> None:
    data = _copy(articles, tmp_path)
    extract(data, engine="local", shard_rows=1_000, check=False)  # one shard
    assert _sorted(data / "claims.parquet") == local_rows


def test_ray_engine_writes_the_same_rows(
    ray_local: Any, articles: Path, tmp_path: Path, local_rows: list[dict[str, Any]]
) -> None:
    data = _copy(articles, tmp_path)
    report = extract(data, engine="ray", shard_rows=5)
    assert report.validation is not None and report.validation.ok
    assert not (data / "claims.parquet").exists()
    parts = sorted((data / "claims").glob("part-*.parquet"))
    assert len(parts) == -(-store.num_rows(data / "articles.parquet") // 5)
    assert _sorted(data / "claims.parquet") == local_rows
    assert report.total == len(local_rows)


def test_process_pool_writes_the_same_rows(
    articles: Path, tmp_path: Path, local_rows: list[dict[str, Any]]
) -> None:
    data = _copy(articles, tmp_path)
    extract(data, engine="local", processes=2, shard_rows=8, check=False)
    assert _sorted(data / "claims.parquet") == local_rows


@pytest.mark.parametrize("engine", ["local", "ray"])
def test_run_end_to_end_through_the_cli(
    engine: str, ray_local: Any, root: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    dev = str(root / "tests" / "data" / "dev" / "articles")
    result = CliRunner().invoke(cli, ["run", dev, "--out", str(out), "--engine", engine])
    assert result.exit_code == 0, result.output + result.stderr
    assert "claims" in result.output and "ok" in result.output
    assert validate([out], progress=False).ok
    again = CliRunner().invoke(cli, ["validate", str(out)])
    assert again.exit_code == 0, again.output


def test_ray_ingest_writes_the_same_table(ray_local: Any, root: Path, tmp_path: Path) -> None:
    sources = [root / "tests" / "data" / "dev" / "articles", root / "seeds"]
    ingest(sources, tmp_path / "local")
    report = ingest(sources, tmp_path / "ray", engine="ray")
    assert report.articles == store.num_rows(tmp_path / "local" / "articles.parquet")
    assert (tmp_path / "ray" / "articles.parquet").read_bytes() == (
        tmp_path / "local" / "articles.parquet"
    ).read_bytes()


def test_resume_keeps_finished_shards(
    articles: Path,
    tmp_path: Path,
    local_rows: list[dict[str, Any]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An interrupted run leaves its finished shards; --resume extracts only the others."""
    from claims.extract import corpus

    data = _copy(articles, tmp_path)
    real = corpus.run_shard
    calls: list[int] = []

    def failing(*args: Any) -> dict[str, Any]:
        shard = args[3]
        if shard.index == 3:
            raise KeyboardInterrupt  # the user pressed Ctrl-C during shard 3
        calls.append(shard.index)
        return real(*args)

    monkeypatch.setattr(corpus, "run_shard", failing)
    with pytest.raises(KeyboardInterrupt):
        extract(data, engine="local", shard_rows=5, check=False)
    assert calls == [0, 1, 2]
    assert not (data / "claims.parquet").exists()
    monkeypatch.setattr(corpus, "run_shard", lambda *a: (calls.append(a[3].index), real(*a))[1])
    calls.clear()
    extract(data, engine="local", shard_rows=5, check=False, resume=True)
    assert calls[0] == 3 and 0 not in calls
    assert _sorted(data / "claims.parquet") == local_rows


def test_resume_refuses_other_articles(articles: Path, tmp_path: Path) -> None:
    from claims.errors import UsageError

    data = _copy(articles, tmp_path)
    staging = store.staging_dir(data / "claims.parquet")
    staging.mkdir()
    (staging / "manifest.json").write_text('{"articles": "other"}', "utf-8")
    with pytest.raises(UsageError, match="cannot resume"):
        extract(data, engine="local", resume=True)
