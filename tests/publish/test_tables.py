"""Release tables: splits from article ids, ClassLabel codes, pseudonyms, sanitized sources."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyarrow as pa
import pytest

from claims import ids
from claims.errors import InvalidData, UsageError
from claims.publish import tables


def _ids(n: int) -> pa.Array:
    return pa.array([ids.article_id(f"article {i}") for i in range(n)])


def test_parse_splits_accepts_proportions_and_refuses_nonsense() -> None:
    assert tables.parse_splits("0.8,0.1,0.1") == (0.8, 0.1, 0.1)
    for bad in ("0.8,0.2", "a,b,c", "0.5,0.5,0.5", "-0.1,0.6,0.5"):
        with pytest.raises(UsageError):
            tables.parse_splits(bad)


def test_split_codes_follow_proportions_and_ignore_row_order() -> None:
    article_ids = _ids(5000)
    codes = tables.split_codes(article_ids, (0.8, 0.1, 0.1))
    shares = np.bincount(codes, minlength=3) / len(codes)
    assert np.allclose(shares, (0.8, 0.1, 0.1), atol=0.03)
    reversed_codes = tables.split_codes(article_ids[::-1], (0.8, 0.1, 0.1))
    assert (reversed_codes[::-1] == codes).all()
    chunked = pa.chunked_array([article_ids.slice(0, 7), article_ids.slice(7)])
    assert (tables.split_codes(chunked, (0.8, 0.1, 0.1)) == codes).all()
    assert set(tables.split_codes(article_ids, (1.0, 0.0, 0.0))) == {0}


def test_split_codes_refuse_ids_that_are_not_hex16() -> None:
    with pytest.raises(InvalidData):
        tables.split_codes(pa.array(["not-an-id-at-all"]), (0.8, 0.1, 0.1))


def test_encode_labels_gives_codes_and_refuses_unknown_values() -> None:
    table = pa.table({"claim_type": ["date", None, "sanction"]})
    codes = tables.encode_labels(table, {"claim_type": ("quantity", "date", "sanction")})
    assert codes["claim_type"].to_pylist() == [1, None, 2]
    assert codes.schema.field("claim_type").type == pa.int64()
    with pytest.raises(InvalidData, match="outside"):
        tables.encode_labels(pa.table({"claim_type": ["rumour"]}), {"claim_type": ("quantity",)})


def test_pseudonyms_follow_first_judgment_not_names() -> None:
    t0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    table = pa.table(
        {
            "annotator": ["zoe@example.org", "adam@example.org", "zoe@example.org"],
            "created_at": pa.array(
                [t0, t0 + dt.timedelta(hours=1), t0 + dt.timedelta(hours=2)],
                pa.timestamp("us", tz="UTC"),
            ),
        }
    )
    assert tables.pseudonymize(table)["annotator"].to_pylist() == [
        "annotator-01",
        "annotator-02",
        "annotator-01",
    ]


def test_absolute_sources_keep_only_the_file_name() -> None:
    table = pa.table(
        {
            "source": [
                "/home/me/news/a.txt",
                "C:\\Users\\me\\b.html",
                "seeds/c.txt",
                "https://news.example.org/x",
                "file:///tmp/d.jsonl",
            ]
        }
    )
    assert tables.sanitize_sources(table)["source"].to_pylist() == [
        "a.txt",
        "b.html",
        "seeds/c.txt",
        "https://news.example.org/x",
        "d.jsonl",
    ]


def test_split_table_keeps_input_order_within_each_split() -> None:
    table = pa.table({"x": list(range(10))})
    codes = np.array([2, 0, 1, 0, 2, 0, 1, 0, 0, 2], dtype=np.int8)
    parts = tables.split_table(table, codes)
    assert parts["train"]["x"].to_pylist() == [1, 3, 5, 7, 8]
    assert parts["validation"]["x"].to_pylist() == [2, 6]
    assert parts["test"]["x"].to_pylist() == [0, 4, 9]
