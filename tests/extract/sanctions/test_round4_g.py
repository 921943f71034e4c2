"""Round 4 second pass: construction families of sanction claims read from dev_g's errors
(phrasings of our own, never a dev sentence)."""

from __future__ import annotations

import pytest

from claims.extract.sanctions.carry import carry_sanctions
from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada unveiled a new package of sanctions on Thursday, naming 12 officials and "
            "three banks.",
            {"person": 12, "organization": 3},
        ),
        (
            "Australia has imposed further sanctions, naming five Iranian generals and a drone "
            "maker.",
            {"person": 5, "organization": 1},
        ),
        (
            "Japan will announce new measures next week, naming 30 companies.",
            {"organization": 30},
        ),
        (
            "London announced its biggest sanctions round in a year, identifying 14 people, "
            "six firms and 25 tankers.",
            {"person": 14, "organization": 6, "vessel": 25},
        ),
    ],
)
def test_a_naming_participle_adds_its_objects_to_the_action(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert counts(row) == expected
    first_count = next(w for w in text.split() if w.isdigit() or w in ("five", "a"))
    span = text[row["span_start"] : row["span_end"]]
    assert first_count in span.split()  # the span reaches the named targets


@pytest.mark.parametrize(
    "text",
    [
        "Norway and Iceland are expected to align themselves with the package, officials said.",
        "Switzerland on Tuesday aligned itself with the European Union's October measures.",
        "Liechtenstein has aligned itself with the bloc's latest sanctions.",
        "Montenegro will align itself with the new package.",
    ],
)
def test_a_reflexive_object_is_no_target(claims_of: Rows, text: str) -> None:
    assert only(claims_of, text)["sanction_targets"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ottawa lifted sanctions on three Iranian students named in error last year.", 3),
        ("The EU sanctioned four journalists working for state television.", 4),
        ("Washington has designated 12 North Korean researchers and two front companies.", 12),
        ("Britain froze the assets of five lawyers who served the oligarch.", 5),
    ],
)
def test_people_by_trade_or_study_are_persons(claims_of: Rows, text: str, expected: int) -> None:
    assert counts(only(claims_of, text))["person"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iceland has adopted the EU's latest package, which bans Russian LNG transshipment "
            "and designates 60 more vessels.",
            {"vessel": 60},
        ),
        (
            "Norway adopted the EU package that lowered the price cap and sanctioned 22 banks.",
            {"organization": 22},
        ),
        (
            "Switzerland will follow the EU's new measures, which cut the price cap and "
            "blacklisted 70 ships.",
            {"vessel": 70},
        ),
        (
            "Montenegro has aligned with the EU's package, which cut the price cap and "
            "listed 31 firms.",
            {"organization": 31},
        ),
    ],
)
def test_a_verb_coordinated_with_a_relative_clause_is_the_antecedents_action(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert counts(rows[1]) == expected
    assert rows[1]["sanction_authorities"] == ["European Union"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan imposed new sanctions in May. Its previous round, in March, targeted 16 "
            "tankers of the shadow fleet.",
            {"vessel": 16},
        ),
        (
            "Seoul froze the assets of two North Korean banks on Monday. The new round also "
            "targets 12 shipping firms.",
            {"organization": 12},
        ),
        (
            "Canada imposed sanctions on six Iranian officials. Its next round will target 40 "
            "more tankers, officials said.",
            {"vessel": 40},
        ),
        (
            "Britain sanctioned three Russian banks on Friday. Its measures also targeted five "
            "Iranian generals.",
            {"person": 5},
        ),
    ],
)
def test_a_package_that_targets_a_group_is_an_action(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    carry_sanctions(rows)  # type: ignore[arg-type]
    assert counts(rows[1]) == expected
    assert rows[1]["sanction_authorities"] == rows[0]["sanction_authorities"]


def test_a_round_of_talks_that_targets_issues_is_no_action(claims_of: Rows) -> None:
    assert claims_of("The second round of talks targeted three issues.", "sanction") == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Tokyo will extend its ban on Russian timber and coal imports for another year.",
            "planned",
        ),
        ("The EU renewed its prohibition on Belarusian potash imports on Monday.", "extended"),
        ("Canada has imposed import prohibitions on Russian aluminium and steel.", "imposed"),
        ("Wellington imposed export prohibitions on 40 kinds of machine tools.", "imposed"),
    ],
)
def test_a_trade_ban_is_placed_by_its_own_phrase(claims_of: Rows, text: str, status: str) -> None:
    assert only(claims_of, text)["sanction_status"] == status


def test_a_states_ban_on_its_own_exports_is_no_sanction(claims_of: Rows) -> None:
    text = "Russia will extend a ban on gasoline exports by producers until the end of September."
    assert claims_of(text, "sanction") == []
