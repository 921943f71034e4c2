"""The gold reader of `claims evaluate` on damaged gold files, fuzzed: one `Error:` line naming
the file (and line), exit 2, never a traceback."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.fuzz.helpers import assert_clean_failure, invoke, write_valid_folder

SETTINGS = settings(max_examples=60, deadline=None)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("eval") / "data"
    write_valid_folder(folder)
    return folder


@st.composite
def gold_line(draw: st.DrawFn) -> str:
    obj = {
        "file": draw(st.sampled_from(["0.txt", "other.txt"]) | st.text(max_size=5)),
        "type": draw(st.sampled_from(["quantity", "date", "sanction"]) | st.text(max_size=5)),
        "anchor": draw(st.sampled_from(["85 crane drivers", ""]) | st.text(max_size=10)),
        "in_body": draw(st.booleans() | JSON),
    }
    for key in draw(
        st.lists(
            st.sampled_from(
                [
                    "value",
                    "bound",
                    "item",
                    "unit",
                    "low",
                    "high",
                    "start",
                    "end",
                    "surface",
                    "authority",
                    "status",
                    "targets",
                    "occurrence",
                    "unsure",
                ]
            ),
            max_size=4,
        )
    ):
        obj[key] = draw(JSON)
    text = json.dumps(obj)
    if draw(st.booleans()):
        text = text[: draw(st.integers(0, len(text)))]
    return text


@SETTINGS
@given(
    lines=st.lists(gold_line(), max_size=4),
    meta=st.sampled_from(['{"file": "0.txt", "published": "2025-01-02"}', "{}", "[]", "not json"])
    | st.text(max_size=40),
    raw=st.none() | st.binary(max_size=100),
)
def test_damaged_gold_is_one_error_line(
    data: Path, lines: list[str], meta: str, raw: bytes | None
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(tmp)
        (gold / "g.meta.json").write_text(meta, "utf-8")
        body = raw if raw is not None else "\n".join(lines).encode()
        (gold / "g.jsonl").write_bytes(body)
        out = invoke("evaluate", str(data), "--gold", str(gold))
        assert_clean_failure(out)
        if out.code != 0:
            assert len(out.stderr.strip().splitlines()) == 1
