"""Construction families of sanction claims, each with several phrasings of our own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

Rows = Callable[..., list[dict[str, Any]]]


def counts(row: dict[str, Any]) -> dict[str, int | None]:
    out: dict[str, int | None] = {}
    for t in row["sanction_targets"]:
        out[t["kind"]] = (
            (out.get(t["kind"]) or 0) + t["count"] if t["count"] else out.get(t["kind"])
        )
    return out


def one(claims_of: Rows, text: str) -> dict[str, Any]:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    return rows[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twelve tankers were also placed under sanctions.", {"vessel": 12}),
        ("Three Iranian airlines have been put under an asset freeze.", {"organization": 3}),
        ("Two more banks will be placed on the sanctions list next week.", {"organization": 2}),
        ("Nine Belarusian judges were added to the blacklist on Monday.", {"person": 9}),
        ("Thirteen Russian banks were also subject to restrictions.", {"organization": 13}),
        ("Four freighters are now subject to the entry ban.", {"vessel": 4}),
    ],
)
def test_passive_list_membership_targets_its_subject(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    row = one(claims_of, text)
    assert row["sanction_status"] in ("imposed", "planned")
    assert counts(row) == expected
    assert row["sanction_authorities"] == []  # the article's own authority is carried in later


@pytest.mark.parametrize(
    "text",
    [
        "They are placed under an asset freeze.",
        "Those were also put under sanctions.",
        "The Council is preparing new listings.",
    ],
)
def test_unnamed_targets_are_one_group_of_unknown_kind(claims_of: Rows, text: str) -> None:
    assert counts(one(claims_of, text)) == {"other": None}


@pytest.mark.parametrize(
    "text",
    [
        "The EU adopted its 18th package against Russia on Friday.",
        "Norway has aligned with the European Union's 14th sanctions package.",
        "Tokyo widened its sanctions against Moscow.",
        "The US reimposed sanctions in 2019.",
        "The bloc agreed to extend its economic sanctions by six months.",
    ],
)
def test_a_package_without_target_groups_has_no_targets(claims_of: Rows, text: str) -> None:
    assert one(claims_of, text)["sanction_targets"] == []


@pytest.mark.parametrize(
    ("text", "nationality"),
    [
        ("The EU also prohibits imports of primary aluminium from Russia.", "Russia"),
        ("The Commission will propose a ban on imports of Russian liquefied gas.", "Russia"),
        ("Canada banned exports of Iranian drones components.", "Iran"),
    ],
)
def test_a_trade_ban_targets_goods(claims_of: Rows, text: str, nationality: str) -> None:
    targets = one(claims_of, text)["sanction_targets"]
    assert [(t["kind"], t["count"], t["nationality"]) for t in targets] == [
        ("other", None, nationality)
    ]


def test_military_targeting_is_no_sanction(claims_of: Rows) -> None:
    text = "Russia struck Kharkiv with 40 drones overnight, targeting power plants in two regions."
    assert claims_of(text, "sanction") == []
