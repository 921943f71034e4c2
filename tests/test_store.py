from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from claims import store
from claims.errors import InputError
from schemas import SCHEMA_VERSION


def article(i: int) -> dict[str, Any]:
    text = f"Story number {i}."
    return {
        "article_id": f"{i:016x}",
        "source": f"{i}.txt",
        "url": None,
        "title": None,
        "outlet": None,
        "authors": [],
        "published": None,
        "text": text,
        "segments": [{"kind": "body", "start": 0, "end": len(text)}],
        "content_sha256": "0" * 64,
    }


def test_metadata_names_table_and_schema_version(tmp_path: Path) -> None:
    path = store.write_table("articles", [article(1)], tmp_path)
    assert path == tmp_path / "articles.parquet"
    assert store.table_name(path) == "articles"
    assert store.schema_version(path) == SCHEMA_VERSION


def test_failed_write_leaves_old_file_and_no_temp(tmp_path: Path) -> None:
    store.write_table("articles", [article(1)], tmp_path)
    before = (tmp_path / "articles.parquet").read_bytes()
    bad = article(2)
    bad["published"] = "yesterday"  # not a date: the write fails mid-way
    with pytest.raises((TypeError, ValueError)):
        store.write_table("articles", [bad], tmp_path)
    assert (tmp_path / "articles.parquet").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["articles.parquet"]


def test_stream_writer_commits_only_on_success(tmp_path: Path) -> None:
    target = tmp_path / "articles.parquet"
    with pytest.raises(RuntimeError), store.TableWriter("articles", target) as writer:
        writer.write([article(1)])
        raise RuntimeError("interrupted")
    assert not target.exists() and list(tmp_path.iterdir()) == []
    with store.TableWriter("articles", target) as writer:
        writer.write([article(1), article(2)])
        writer.write([article(3)])
    assert [r["source"] for r in store.iter_rows(target, ["source"], batch_size=2)] == [
        "1.txt",
        "2.txt",
        "3.txt",
    ]


def test_not_parquet_is_a_clear_input_error(tmp_path: Path) -> None:
    fake = tmp_path / "claims.parquet"
    fake.write_text("id,claim\n1,two ships\n", "utf-8")
    with pytest.raises(InputError, match=r"claims.parquet: not a readable Parquet file"):
        store.read_table(fake)
