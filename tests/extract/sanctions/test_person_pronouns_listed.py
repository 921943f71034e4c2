"""An authority's verb of imposing on a personal pronoun ('Canada listed him the same year') in a
sentence that speaks of sanctions, or right after one, acts on the person the story is about; a
removal 'from office' or a verb of another kind in a story of no sanctions states none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (
            "Britain froze his assets in February 2023, and Canada listed him the same year.",
            "Canada",
        ),
        ("Japan sanctioned the shipowner in May. Australia blacklisted him in June.", "Australia"),
        ("The EU froze her funds in 2022. The United States designated her a year later.", None),
        ("Washington sanctioned the general in March. The UK banned him the following week.", None),
    ],
)
def test_pronoun_listed_by_an_authority(claims_of: Rows, text: str, authority: str | None) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    last = rows[-1]
    assert last["sanction_status"] == "imposed"
    assert [t["kind"] for t in last["sanction_targets"]] == ["person"]
    if authority is not None:
        assert last["sanction_authorities"] == [authority]


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister named him ambassador to Rome.",
        "The club banned him for two matches after the fight.",
        "Canada removed him from office after it sanctioned two banks.",
    ],
)
def test_other_pronoun_objects(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert all(t["kind"] != "person" for r in rows for t in r["sanction_targets"]), rows
