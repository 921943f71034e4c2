"""Lines of a heading or key points that put the targets first and
close on a participle with no auxiliary: a coordinated list the parser split (an apposition after
the first group, or a clause break that made the list the next clause's subject); a two-word
sanction noun split by the parser after 'hit with'; a key-point line whose participle the tagger
read as a past tense."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.extract.sanctions.helpers import page_sanctions


def _kinds(row: dict[str, Any]) -> dict[str, int | None]:
    out: dict[str, int | None] = {}
    for t in row["sanction_targets"]:
        count = t["count"]
        count = None if count is None or count != count else int(count)  # NaN from parquet
        out[t["kind"]] = (out.get(t["kind"]) or 0) + count if count else out.get(t["kind"])
    return out


def _row_of(rows: list[dict[str, Any]], line: str) -> dict[str, Any]:
    """The claim whose sentence is the given line, or its first clause when the line is a deck
    of participle clauses read one clause a sentence (fails when there is none)."""
    first = line.split(";")[0] + ";" if ";" in line else line
    found = [r for r in rows if r["sentence"].strip() in (line.strip(), first.strip())]
    assert found, [(r["span_text"], r["sentence"]) for r in rows]
    return found[0]


HEADLINE = "Canada Hits Gold Smugglers With New Sanctions\n\n"
BODY = "\n\nCanada on Monday imposed sanctions on a smuggling network.\n"


@pytest.mark.parametrize(
    ("line", "expected"),
    [  # the list closes on a participle of naming or listing
        (
            "Four judges, two banks and a cargo plane named; one general taken off the list",
            {"person": 4, "organization": 2, "aircraft": 1},
        ),
        (
            "Three Bolivians, a Chilean fixer and two mining firms named under the new regime",
            {"person": 4, "organization": 2},
        ),
        ("Two colonels and a shipping company listed in the latest round", None),
        ("Seven senior officers and one tanker blacklisted", {"person": 7, "vessel": 1}),
    ],
)
def test_heading_list_closed_by_a_participle(
    tmp_path: Path, line: str, expected: dict[str, int] | None
) -> None:
    row = _row_of(page_sanctions(tmp_path, HEADLINE + line + BODY), line)
    assert row["sanction_authorities"] == ["Canada"]
    assert row["sanction_status"] == "imposed"
    assert _kinds(row) == (expected or {"person": 2, "organization": 1})


@pytest.mark.parametrize(
    ("line", "expected"),
    [  # a two-word sanction noun the parser split after 'hit with'
        (
            "Two generals and a logistics firm hit with asset freezes; Madrid weighs a response",
            {"person": 2, "organization": 1},
        ),
        (
            "Three bankers and a trading firm hit with asset freezes",
            {"person": 3, "organization": 1},
        ),
        ("Nine officials hit with asset freezes over the crackdown", {"person": 9}),
        ("An airline and four pilots hit with asset freezes", {"organization": 1, "person": 4}),
    ],
)
def test_heading_list_hit_with_a_split_noun(
    tmp_path: Path, line: str, expected: dict[str, int]
) -> None:
    row = _row_of(page_sanctions(tmp_path, HEADLINE + line + BODY), line)
    assert row["sanction_status"] == "imposed"
    assert _kinds(row) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [  # a key point that closes on the participle, read as a past tense
        ("- boat and engine suppliers in Libya targeted", {"organization": None}),
        ("- money couriers in Dubai and Erbil named", {"person": None}),
        ("- drone part makers in Iran sanctioned", {"organization": None}),
        ("- fuel traders in Malta and Cyprus blacklisted", {"organization": None}),
    ],
)
def test_key_point_closed_by_a_participle(
    tmp_path: Path, line: str, expected: dict[str, int | None]
) -> None:
    text = HEADLINE + "- 12 people and firms sanctioned\n" + line + "\n" + BODY
    row = _row_of(page_sanctions(tmp_path, text), line)
    assert row["sanction_status"] == "imposed"
    assert _kinds(row) == expected


def test_a_line_with_a_verb_of_its_own_is_no_heading(tmp_path: Path) -> None:
    """A full sentence whose subject is a list and whose verb has an object states no passive:
    'Two brokers targeted the port' names what they did, not a sanction."""
    rows = page_sanctions(
        tmp_path, HEADLINE + "Two brokers and a shipper targeted the port last year." + BODY
    )
    assert not [r for r in rows if "port last year" in r["sentence"]]
