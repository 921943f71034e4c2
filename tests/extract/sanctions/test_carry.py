"""Authority carried between sanction rows of one article: only within one story."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from claims import store
from claims.extract.corpus import extract
from claims.extract.sanctions.carry import carry_group, carry_sanctions
from claims.ingest.corpus import ingest


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


def _listed(sentence: str, authorities: list[str], targets: bool = True) -> dict[str, Any]:
    row = _row("body", authorities, restated=not authorities)
    row["sentence"] = sentence
    row["sanction_targets"] = [{"kind": "vessel", "count": 4}] if targets else []
    return row


def test_items_of_a_list_take_the_introductions_authority() -> None:
    rows = [
        _listed("Canada designated 40 tankers today.", ["Canada"]),
        _listed("The list includes:", [], targets=False),
        _listed("- 40 tankers, among them the ORION BAY;", []),
        _listed("- 11 entities, including ship managers;", []),
        _listed("Japan froze the assets of two banks.", ["Japan"]),
    ]
    carry_sanctions(rows)  # type: ignore[arg-type]
    assert [r["sanction_authorities"] for r in rows] == [
        ["Canada"],
        [],  # the introduction is no claim of its own
        ["Canada"],
        ["Canada"],
        ["Japan"],
    ]


def test_a_bulleted_sentence_with_its_own_authority_stays() -> None:
    rows = [
        _listed("Quick facts:", [], False),
        _listed("- Canada first imposed sanctions.", ["Canada"]),
    ]
    carry_sanctions(rows)  # type: ignore[arg-type]
    assert rows[1]["sanction_authorities"] == ["Canada"]


def test_an_item_without_an_introduction_is_no_claim() -> None:
    rows = [
        _listed("Britain sanctioned two banks.", ["United Kingdom"]),
        _listed("- 12 people", []),
    ]
    carry_sanctions(rows)  # type: ignore[arg-type]
    assert rows[1]["sanction_authorities"] == []


def test_an_introduction_with_nothing_below_is_no_claim() -> None:
    rows = [
        _listed("Seoul listed 11 officials.", ["South Korea"]),
        _listed("They include:", [], False),
    ]
    carry_sanctions(rows)  # type: ignore[arg-type]
    assert rows[1]["sanction_authorities"] == []


def test_a_bulleted_list_through_extract(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(
        "Ottawa lists more shadow fleet tankers\n\n"
        "Canada imposed sanctions on 30 vessels and four individuals on Monday.\n\n"
        "Those designated today include:\n"
        "- 30 tankers, among them the NORTH STAR and the SEA WIND.\n"
        "- two Hong Kong trading companies that sold marine engines.\n"
        "- four individuals, two of them ship managers in Dubai.\n\n"
        "Local officials said 12 people were hurt in a storm.\n",
        "utf-8",
    )
    data = tmp_path / "data"
    ingest([src], data)
    extract(data)
    rows = store.read_table(data / "claims.parquet").to_dict("records")
    items = [r for r in rows if r["claim_type"] == "sanction" and r["sentence"].startswith("-")]
    assert len(items) == 3
    assert all(list(r["sanction_authorities"]) == ["Canada"] for r in items)
    assert not any(r["sentence"].endswith(":") for r in rows if r["claim_type"] == "sanction")


def _carried(named: list[list[str]]) -> list[str]:
    """The authority 'the Treasury' takes in a story whose other claims name `named`."""
    rows: list[dict[str, Any]] = [
        {
            "segment": "body",
            "subject": "it",
            "sanction_authorities": a,
            "sanction_date": None,
            "confidence": 0.8,
            "restated": False,
        }
        for a in named
    ]
    rows.append(
        {
            "segment": "body",
            "subject": "The Treasury",
            "sanction_authorities": [],
            "sanction_date": None,
            "confidence": 0.8,
            "restated": False,
        }
    )
    carry_sanctions(rows)  # type: ignore[arg-type]
    return list(rows[-1]["sanction_authorities"])


def test_an_unnamed_treasury_is_an_alias_state_s_of_equals() -> None:
    assert _carried([["Mexico"], ["United States"]]) == ["United States"]
    assert _carried([["Kenya"], ["United Kingdom"]]) == ["United Kingdom"]


def test_an_unnamed_treasury_is_the_state_named_most() -> None:
    assert _carried([["Mexico"], ["Mexico"], ["United States"]]) == ["Mexico"]
    assert _carried([["Japan"], ["United States"]]) == ["Japan"]
