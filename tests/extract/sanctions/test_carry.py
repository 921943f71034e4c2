"""Authority carried between sanction rows of one article: only within one story."""

from __future__ import annotations

from typing import Any

from claims.extract.sanctions.carry import carry_group, carry_sanctions


def _row(segment: str, authorities: list[str], restated: bool = False) -> dict[str, Any]:
    return {
        "segment": segment,
        "sanction_authorities": authorities,
        "sanction_date": None,
        "confidence": 0.8,
        "restated": restated,
    }


def test_body_sentence_takes_the_previous_body_authority() -> None:
    rows = [_row("body", ["Japan"]), _row("body", [])]
    carry_sanctions(rows)  # type: ignore[arg-type]
    assert rows[1]["sanction_authorities"] == ["Japan"]
    assert rows[1]["confidence"] < 0.8
    assert "restated" not in rows[1]


def test_feed_item_never_gives_its_authority_to_the_body() -> None:
    rows = [_row("body", ["Canada"]), _row("feed", ["European Union"]), _row("body", [])]
    carry_sanctions(rows)  # type: ignore[arg-type]
    assert rows[2]["sanction_authorities"] == ["Canada"]


def test_body_without_a_story_donor_stays_empty_beside_a_feed() -> None:
    rows = [_row("feed", ["United Kingdom"]), _row("body", []), _row("related", ["Japan"])]
    carry_sanctions(rows)  # type: ignore[arg-type]
    assert rows[1]["sanction_authorities"] == []


def test_teasers_take_nothing_from_the_body() -> None:
    rows = [_row("body", ["Australia"]), _row("related", []), _row("feed", [])]
    carry_sanctions(rows)  # type: ignore[arg-type]
    assert rows[1]["sanction_authorities"] == [] and rows[2]["sanction_authorities"] == []


def test_headline_takes_the_lead_that_follows_but_a_restatement_only_looks_back() -> None:
    rows = [_row("title", []), _row("body", ["New Zealand"])]
    carry_sanctions(rows)  # type: ignore[arg-type]
    assert rows[0]["sanction_authorities"] == ["New Zealand"]
    rows = [_row("body", [], restated=True), _row("body", ["Norway"])]
    carry_sanctions(rows)  # type: ignore[arg-type]
    assert rows[0]["sanction_authorities"] == []


def test_groups() -> None:
    assert carry_group("title") == carry_group("body") is not None
    assert carry_group("caption") not in (None, carry_group("body"))
    assert carry_group("feed") is None and carry_group("related") is None
