"""`claims validate` on damaged Parquet, fuzzed: truncated files, flipped bytes, a wrong magic,
wrong column types, another schema version. Always one `Error:` line and exit 1 or 2."""

from __future__ import annotations

import shutil
import tempfile
import warnings
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claims import store
from tests.fuzz.helpers import assert_clean_failure, invoke, write_valid_folder

SETTINGS = settings(max_examples=40, deadline=None)


@pytest.fixture(scope="module")
def valid(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("valid")
    write_valid_folder(folder)
    assert invoke("validate", str(folder)).code == 0
    return folder


def _copy(valid: Path, tmp: Path) -> Path:
    data = tmp / "data"
    shutil.copytree(valid, data)
    return data


@SETTINGS
@given(table=st.sampled_from(["articles", "claims"]), keep=st.floats(0.0, 0.999))
def test_truncated(valid: Path, table: str, keep: float) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data = _copy(valid, Path(tmp))
        path = data / f"{table}.parquet"
        raw = path.read_bytes()
        path.write_bytes(raw[: int(len(raw) * keep)])
        out = invoke("validate", str(data))
        assert_clean_failure(out, allowed=(1, 2))
        assert f"{table}.parquet" in out.stderr


@SETTINGS
@given(
    table=st.sampled_from(["articles", "claims"]),
    where=st.floats(0.0, 1.0),
    junk=st.binary(min_size=1, max_size=64),
)
def test_overwritten_bytes(valid: Path, table: str, where: float, junk: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data = _copy(valid, Path(tmp))
        path = data / f"{table}.parquet"
        raw = bytearray(path.read_bytes())
        at = min(int(len(raw) * where), len(raw) - 1)
        raw[at : at + len(junk)] = junk
        path.write_bytes(bytes(raw))
        assert_clean_failure(invoke("validate", str(data)), allowed=(0, 1, 2))


def test_wrong_magic(valid: Path, tmp_path: Path) -> None:
    data = _copy(valid, tmp_path)
    path = data / "claims.parquet"
    path.write_bytes(b"NOPE" + path.read_bytes()[4:])
    out = invoke("validate", str(data))
    assert_clean_failure(out, allowed=(2,))
    assert out.stderr.startswith(f"Error: {path}: not a readable Parquet file (it does not start")


def test_wrong_types_are_invalid_data_not_a_crash(valid: Path, tmp_path: Path) -> None:
    data = _copy(valid, tmp_path)
    path = data / "claims.parquet"
    table = store.read_arrow(path)
    i = table.schema.get_field_index("span_start")
    table = table.set_column(
        i, "span_start", pa.array([str(v) for v in table["span_start"].to_pylist()])
    )
    pq.write_table(table, path)
    out = invoke("validate", str(data))
    assert_clean_failure(out, allowed=(1,))
    assert "span_start" in out.stdout


@pytest.mark.parametrize(("table", "column"), [("articles", "text"), ("claims", "claim_id")])
def test_text_that_is_not_utf8(valid: Path, tmp_path: Path, table: str, column: str) -> None:
    """Parquet stores string bytes unchecked; bytes that are not UTF-8 are the file's error."""
    data = _copy(valid, tmp_path)
    path = data / f"{table}.parquet"
    arrow = store.read_arrow(path)
    raw = [v.encode() for v in arrow[column].to_pylist()]
    raw[0] = raw[0][:2] + b"\x80" + raw[0][2:]
    i = arrow.schema.get_field_index(column)
    arrow = arrow.set_column(i, column, pa.array(raw, pa.binary()).view(pa.string()))
    pq.write_table(arrow, path)
    out = invoke("validate", str(data))
    assert_clean_failure(out, allowed=(2,))
    assert (
        out.stderr.startswith(f"Error: {path}: cannot read Parquet data") and "UTF8" in out.stderr
    )


def test_missing_column(valid: Path, tmp_path: Path) -> None:
    data = _copy(valid, tmp_path)
    path = data / "claims.parquet"
    pq.write_table(store.read_arrow(path).drop_columns(["span_text"]), path)
    out = invoke("validate", str(data))
    assert_clean_failure(out, allowed=(1,))
    assert "span_text" in out.stdout


def test_other_schema_version(valid: Path, tmp_path: Path) -> None:
    data = _copy(valid, tmp_path)
    path = data / "articles.parquet"
    table = store.read_arrow(path)
    meta = dict(table.schema.metadata)
    meta[store.VERSION_KEY] = b"9.0.0"
    pq.write_table(table.replace_schema_metadata(meta), path)
    out = invoke("validate", str(data))
    assert_clean_failure(out, allowed=(1,))
    assert "schema_version 9.0.0" in out.stdout


@SETTINGS
@example(table="claims", column=3, values=[None, None, None])  # span_start all null: NaN compares
@given(
    table=st.sampled_from(["articles", "claims"]),
    column=st.integers(0, 40),
    values=st.lists(st.none() | st.text(max_size=4), min_size=3, max_size=3),
)
def test_any_column_retyped(valid: Path, table: str, column: int, values: list[str | None]) -> None:
    """Any column turned into strings (or nulls): invalid data, reported, and nothing on stderr
    but the one Error line (no numpy warnings from checks that meet NaN)."""
    with tempfile.TemporaryDirectory() as tmp:
        data = _copy(valid, Path(tmp))
        path = data / f"{table}.parquet"
        arrow = store.read_arrow(path)
        i = column % arrow.num_columns
        arrow = arrow.set_column(i, arrow.field(i).name, pa.array(values, pa.string()))
        pq.write_table(arrow, path)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            out = invoke("validate", str(data))
        assert_clean_failure(out, allowed=(0, 1))
        assert [str(w.message) for w in caught if w.category is RuntimeWarning] == []
