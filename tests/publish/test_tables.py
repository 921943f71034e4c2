"""Release tables: splits from article ids, ClassLabel codes, pseudonyms, sanitized sources."""

from __future__ import annotations

import datetime as dt
import hashlib

import numpy as np
import pyarrow as pa
import pytest

from claims import ids
from claims.errors import InvalidData, UsageError
from claims.publish import tables
from schemas.tables import TABLES


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


def test_encode_labels_gives_codes_minus_one_for_missing_and_refuses_unknown_values() -> None:
    table = pa.table({"claim_type": ["date", None, "sanction"]})
    codes = tables.encode_labels(table, "claims")
    assert codes["claim_type"].to_pylist() == [1, -1, 2]
    assert codes.schema.field("claim_type").type == pa.int64()
    with pytest.raises(InvalidData, match="outside"):
        tables.encode_labels(pa.table({"claim_type": ["rumour"]}), "claims")


def test_nested_enums_become_codes_inside_their_structs() -> None:
    target = TABLES["claims"].arrow.field("sanction_targets").type
    column = pa.array(
        [
            [{"kind": "vessel", "count": 3, "names": ["Sea Wind"], "nationality": None}],
            [],
            None,
            [
                {"kind": None, "count": None, "names": [], "nationality": "Iranian"},
                {"kind": "person", "count": 1, "names": ["A. B."], "nationality": None},
            ],
        ],
        target,
    )
    table = pa.table({"sanction_targets": column})
    encoded = tables.encode_labels(table.slice(1), "claims")  # a slice: offsets not at zero
    rows = encoded["sanction_targets"].to_pylist()
    assert rows[0] == [] and rows[1] is None
    assert [t["kind"] for t in rows[2]] == [-1, 0] and rows[2][0]["nationality"] == "Iranian"
    whole = tables.encode_labels(table, "claims")["sanction_targets"].to_pylist()
    assert whole[0] == [{"kind": 2, "count": 3, "names": ["Sea Wind"], "nationality": None}]
    bad = pa.array([[{"kind": "ship", "count": 1, "names": [], "nationality": None}]], target)
    with pytest.raises(InvalidData, match=r"sanction_targets\.kind"):
        tables.encode_labels(pa.table({"sanction_targets": bad}), "claims")


def test_pseudonyms_are_keyed_hashes_stable_for_a_key() -> None:
    t0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    table = pa.table(
        {
            "annotator": ["zoe@example.org", "adam@example.org", "zoe@example.org"],
            "created_at": pa.array([t0] * 3, pa.timestamp("us", tz="UTC")),
        }
    )
    key = b"k" * 32
    names = tables.pseudonymize(table, key)["annotator"].to_pylist()
    assert names[0] == names[2] != names[1] and all(n.startswith("annotator-") for n in names)
    # not the unsalted digest anyone could recompute from a guessed e-mail
    assert hashlib.sha256(b"zoe@example.org").hexdigest()[:12] not in names[0]
    again = tables.pseudonymize(table.slice(2), key)["annotator"].to_pylist()
    assert again == [names[0]]  # the same person keeps the pseudonym, whoever else is there
    other = tables.pseudonymize(table, b"x" * 32)["annotator"].to_pylist()
    assert other[0] != names[0]


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


def test_dictionary_columns_encode_and_join_as_their_strings_do() -> None:
    """Publish reads enum, article and extractor columns as dictionaries: same codes, same rows."""
    values = ["date", None, "sanction", "date", "quantity"]
    plain = pa.table({"claim_type": values})
    chunks = [
        pa.array(values[:2]).dictionary_encode(),
        pa.array(values[2:]).dictionary_encode(),  # another dictionary, as in another row group
    ]
    dictionary = pa.table({"claim_type": pa.chunked_array(chunks)})
    assert (
        tables.encode_labels(dictionary, "claims")["claim_type"].to_pylist()
        == tables.encode_labels(plain, "claims")["claim_type"].to_pylist()
        == [1, -1, 2, 1, 0]
    )
    unknown = pa.table({"claim_type": pa.array(["date", "rumour"]).dictionary_encode()})
    with pytest.raises(InvalidData, match="1 value"):
        tables.encode_labels(unknown, "claims")
    ids_ = _ids(4)
    looked_up = tables.index_in(pa.chunked_array([ids_.take([3, 3, 0]).dictionary_encode()]), ids_)
    assert looked_up.to_pylist() == [3, 3, 0]
