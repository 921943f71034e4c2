"""Sharded tables: every reader sees `<table>.parquet` and `<table>/part-*.parquet` as one table,
and replacing a table is safe at every step a crash could interrupt."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claims import store
from claims.errors import InputError
from schemas.tables import blank_row


def _articles(n: int, start: int = 0) -> list[dict[str, object]]:
    rows = []
    for i in range(start, start + n):
        text = f"Article number {i} says 3 ships left port."
        rows.append(
            blank_row(
                "articles",
                article_id=f"{i:016x}",
                source=f"{i}.txt",
                text=text,
                segments=[{"kind": "body", "start": 0, "end": len(text)}],
                content_sha256="0" * 64,
            )
        )
    return rows


def _shard(folder: Path, index: int, rows: list[dict[str, object]]) -> None:
    store.write_shard(store.to_arrow("articles", rows), folder, index, {"rows": len(rows)})


def test_file_and_shards_read_as_one_table_in_order(tmp_path: Path) -> None:
    store.write_table("articles", _articles(3), tmp_path)
    _shard(tmp_path / "articles", 1, _articles(2, start=10))
    _shard(tmp_path / "articles", 0, _articles(2, start=5))
    path = tmp_path / "articles.parquet"
    ids = [r["article_id"] for r in store.iter_rows(path, ["article_id"])]
    assert ids == [f"{i:016x}" for i in (0, 1, 2, 5, 6, 10, 11)]
    assert store.num_rows(path) == 7
    assert len(store.read_table(path)) == 7
    assert [r["article_id"] for r in store.read_slice(path, 2, 5, ["article_id"])] == [
        f"{i:016x}" for i in (2, 5, 6)
    ]


def test_shards_alone_are_a_table(tmp_path: Path) -> None:
    _shard(tmp_path / "articles", 0, _articles(4))
    path = tmp_path / "articles.parquet"
    assert store.exists(path)
    assert store.num_rows(path) == 4
    found = store.find_tables([tmp_path])
    assert [(t.name, t.path) for t in found] == [("articles", tmp_path / "articles")]


def test_no_table_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        store.table_files(tmp_path / "claims.parquet")


def test_slice_reads_only_the_row_groups_it_needs(tmp_path: Path) -> None:
    store.write_table("articles", _articles(2_500), tmp_path)  # row groups of 1,000 articles
    pf = store.open_parquet(tmp_path / "articles.parquet")
    assert pf.metadata.num_row_groups == 3
    rows = store.read_slice(tmp_path / "articles.parquet", 999, 1_001, ["article_id"])
    assert [r["article_id"] for r in rows] == [f"{999:016x}", f"{1000:016x}"]


def test_commit_shards_replaces_file_and_old_shards(tmp_path: Path) -> None:
    path = tmp_path / "articles.parquet"
    store.write_table("articles", _articles(3), tmp_path)
    staging = store.staging_dir(path)
    _shard(staging, 0, _articles(1, start=50))
    store.commit_shards(staging, path)
    assert not path.exists()
    assert [r["article_id"] for r in store.iter_rows(path)] == [f"{50:016x}"]
    # and a single file written later replaces the shards
    store.write_table("articles", _articles(2, start=70), tmp_path)
    assert not (tmp_path / "articles").exists()
    assert store.num_rows(path) == 2
    assert not list(tmp_path.glob(".articles.*"))


@pytest.mark.parametrize("step", ["set_aside", "old_complete"])
def test_recover_after_a_crash_mid_replacement(tmp_path: Path, step: str) -> None:
    """A kill between setting the old table aside and putting the new one in place: the reader
    gets the old table back; after the new one is in place, the old one is dropped."""
    path = tmp_path / "articles.parquet"
    store.write_table("articles", _articles(3), tmp_path)
    old = tmp_path / ".articles.old"
    old.mkdir()
    os.replace(path, old / path.name)
    if step == "old_complete":
        (old / store.COMPLETE).touch()
    assert store.num_rows(path) == 3  # recovered: the previous table, whole
    assert not old.exists()


def test_recover_drops_the_old_table_once_the_new_is_in_place(tmp_path: Path) -> None:
    path = tmp_path / "articles.parquet"
    store.write_table("articles", _articles(3), tmp_path)
    old = tmp_path / ".articles.old"
    old.mkdir()
    _shard(old / "articles", 0, _articles(9))
    (old / store.COMPLETE).touch()
    assert store.num_rows(path) == 3
    assert not old.exists()


def test_finished_shards_need_their_part_file(tmp_path: Path) -> None:
    _shard(tmp_path, 0, _articles(1))
    _shard(tmp_path, 1, _articles(1))
    (tmp_path / store.part_name(1)).unlink()  # stats written, part not: unfinished
    assert set(store.finished_shards(tmp_path)) == {0}
