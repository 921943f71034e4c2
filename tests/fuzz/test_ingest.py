"""Hostile input for `claims ingest`, fuzzed with Hypothesis: whatever the bytes, the command ends
with an exit code and `Error:` lines, never a traceback, and the good articles are kept."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims import store
from tests.fuzz.helpers import assert_clean_failure, invoke

SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
GOOD = (
    "Harbour workers in Valparaiso ended a nine-day strike on Tuesday after the port authority "
    "agreed to raise wages by 6 percent and to hire 120 more crane operators, the union said."
)
BOMS = [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"]
NASTY_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", categories=None), min_size=0, max_size=400
) | st.sampled_from(["\x00", "\u202e", "\ufeff", "\r\r\n", "\u2028", "\x1b[31m", "\ud7ff"])


def _encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="replace")


@st.composite
def hostile_bytes(draw: st.DrawFn) -> bytes:
    """Random bytes, or random Unicode in a random encoding behind a random BOM, with control
    characters and NULs sprinkled in; sometimes two encodings in one file."""
    kind = draw(st.sampled_from(["bytes", "text", "mixed"]))
    if kind == "bytes":
        return draw(st.binary(max_size=2_000))
    text = draw(NASTY_TEXT) + draw(st.sampled_from(["", GOOD, "\x00" * 3, "\x07\x08\x0b"]))
    enc = draw(st.sampled_from(["utf-8", "utf-16", "latin-1", "cp1252", "utf-32"]))
    data = draw(st.sampled_from(BOMS)) + _encode(text, enc)
    if kind == "mixed":
        data += _encode(draw(NASTY_TEXT), "latin-1") + _encode(GOOD, "utf-8")
    return data


@st.composite
def deep_html(draw: st.DrawFn) -> bytes:
    depth = draw(st.integers(min_value=1, max_value=5_000))
    tag = draw(st.sampled_from(["div", "p", "span", "table", "b", "x-y"]))
    body = draw(st.sampled_from(["", GOOD, "<script>alert(1)</script>", "&#0;&#xD800;&bogus;"]))
    close = draw(st.booleans())
    return (
        f"<html><body>{'<' + tag + '>' * 1}" * depth + body + (f"</{tag}>" * depth if close else "")
    ).encode()


@st.composite
def broken_jsonl(draw: st.DrawFn) -> bytes:
    """Lines that are JSON of the wrong shape, not JSON, or half a line, around one good line."""
    json_values = st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | NASTY_TEXT,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(NASTY_TEXT, inner, max_size=4),
        max_leaves=10,
    )
    lines = []
    for _ in range(draw(st.integers(0, 6))):
        choice = draw(st.sampled_from(["value", "object", "cut", "bytes"]))
        if choice == "value":
            lines.append(json.dumps(draw(json_values)).encode())
        elif choice == "object":
            obj = {
                "text": draw(NASTY_TEXT | st.integers() | st.none()),
                "published": draw(NASTY_TEXT | st.integers() | st.none()),
                "authors": draw(json_values),
                "title": draw(json_values),
            }
            lines.append(json.dumps(obj).encode())
        elif choice == "cut":
            whole = json.dumps({"text": GOOD})
            lines.append(whole[: draw(st.integers(0, len(whole) - 1))].encode())
        else:
            lines.append(draw(st.binary(max_size=200)).replace(b"\n", b" "))
    at = draw(st.integers(0, len(lines)))
    lines.insert(at, json.dumps({"text": GOOD, "source": "good"}).encode())
    return b"\n".join(lines)


def _ingest(tmp: Path, name: str, data: bytes) -> tuple[object, Path]:
    src = tmp / "in"
    src.mkdir(exist_ok=True)
    (src / name).write_bytes(data)
    out = tmp / "out"
    return invoke("ingest", str(src), "--out", str(out)), out


@SETTINGS
@given(data=hostile_bytes(), suffix=st.sampled_from([".txt", ".html", ".jsonl"]))
def test_ingest_never_crashes_on_hostile_bytes(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        outcome, _ = _ingest(Path(tmp), f"a{suffix}", data)
        assert_clean_failure(outcome)  # type: ignore[arg-type]


@SETTINGS
@given(data=deep_html())
def test_ingest_survives_deep_html(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        outcome, _ = _ingest(Path(tmp), "deep.html", data)
        assert_clean_failure(outcome)  # type: ignore[arg-type]


@SETTINGS
@given(data=broken_jsonl())
def test_broken_jsonl_keeps_the_good_line(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        outcome, out = _ingest(Path(tmp), "feed.jsonl", data)
        assert_clean_failure(outcome)  # type: ignore[arg-type]
        texts = {r["text"] for r in store.iter_rows(out / "articles.parquet", ["text"])}
        assert GOOD in texts


def test_one_50mb_line_is_rejected_by_line_and_the_rest_kept(tmp_path: Path) -> None:
    feed = tmp_path / "in" / "big.jsonl"
    feed.parent.mkdir()
    with feed.open("wb") as handle:
        handle.write(json.dumps({"text": GOOD}).encode() + b"\n")
        handle.write(b'{"text": "' + b"x" * 50_000_000 + b'"}\n')
        handle.write(json.dumps({"text": GOOD + " Again."}).encode() + b"\n")
    outcome = invoke("ingest", str(feed.parent), "--out", str(tmp_path / "out"))
    assert_clean_failure(outcome, allowed=(1,))
    assert "big.jsonl:2: line is over the" in outcome.stderr
    rows = list(store.iter_rows(tmp_path / "out" / "articles.parquet", ["text"]))
    assert len(rows) == 2


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("bom.txt", b"\xef\xbb\xbf" + GOOD.encode(), None),
        ("utf16.txt", GOOD.encode("utf-16"), "UTF-16 text"),
        ("nul.txt", GOOD.encode() + b"\x00\x00", "binary file"),
        ("mixed.txt", GOOD.encode() + " café".encode("latin-1"), "not valid UTF-8"),
    ],
)
def test_encodings_get_a_reason(tmp_path: Path, name: str, data: bytes, reason: str | None) -> None:
    outcome, _ = _ingest(tmp_path, name, data)
    assert_clean_failure(outcome)  # type: ignore[arg-type]
    if reason is None:
        assert outcome.code == 0  # type: ignore[attr-defined]
    else:
        assert reason in outcome.stderr  # type: ignore[attr-defined]
