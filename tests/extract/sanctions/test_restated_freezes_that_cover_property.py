"""A sentence that restates a freeze told before by what it covers is a claim of that freeze:
the order whose first object is uncounted but whose list counts ('The order also covers a yacht,
two speedboats and 41 accounts'), the pronoun for it ('It covers 58 accounts and a jet'), the
frozen holdings as subject ('The frozen assets include 24 accounts and two dhows'), a bare freeze
covering property in a paragraph of its own ('The freeze also covers nine trucks'), and a list of
names after a copula and a colon ('The firms on the order are: X; Y; and Z'). Counted property
frozen whole (trucks, flats, cars) is a target group of kind other."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import Rows, carried, counts, page_sanctions

LEAD = "A court in Podgorica on Tuesday froze the assets of 12 people and six companies. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The order, issued late on Monday, also covers a 30-metre yacht, two speedboats "
            "and 41 bank accounts.",
            {"vessel": 3, "other": 41},
        ),
        (
            "It covers 58 bank accounts, a villa in Budva and a light aircraft.",
            {"other": 59, "aircraft": 1},  # the villa is one item of the list
        ),
        (
            "The frozen assets include 24 bank accounts and two dhows moored in Bar.",
            {"other": 24, "vessel": 2},
        ),
        (
            "The assets frozen include two villas and 12 accounts at local banks.",
            {"other": 14},
        ),
    ],
)
def test_a_restatement_of_what_the_freeze_covers_is_a_claim(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    rows = carried(claims_of, LEAD + text)
    assert len(rows) == 2, rows
    assert rows[1]["span_start"] >= len(LEAD)
    assert rows[1]["sanction_authorities"] == rows[0]["sanction_authorities"]
    assert rows[1]["sanction_status"] == "imposed"
    got = counts(rows[1])
    assert all(got.get(k) == v for k, v in expected.items()), got


@pytest.mark.parametrize(
    "text",
    [
        "It covers the period since 2019.",
        "The frozen assets are worth about EUR 4 million.",
        "It includes a right of appeal within 15 days.",
    ],
)
def test_what_a_freeze_says_of_itself_is_no_claim(claims_of: Rows, text: str) -> None:
    rows = carried(claims_of, LEAD + text)
    assert all(r["span_start"] < len(LEAD) for r in rows), rows


@pytest.mark.parametrize(
    ("second", "count"),
    [
        ("The freeze also covers nine log trucks. It runs for 120 days.", 9),
        ("The freeze also covers four lorries, the judge said.", 4),
        ("The freeze also covers two of its trucks and runs for 90 days.", 2),
        ("The freeze also covers three cars and runs until June.", 3),
    ],
)
def test_a_bare_freeze_in_a_later_paragraph_covers_property(
    tmp_path: Path, second: str, count: int
) -> None:
    text = (
        "Court freezes assets of timber ring\n\n"
        "A judge in Temuco on Monday ordered the freezing of bank accounts of six people "
        "accused of stealing pine logs.\n\n" + second + "\n"
    )
    rows = page_sanctions(tmp_path, text)
    own = [r for r in rows if r["span_text"].startswith("freeze also covers")]
    assert len(own) == 1, rows
    assert own[0]["sanction_authorities"] == ["Chile"]
    assert counts(own[0]) == {"other": count}


def test_a_numbered_heading_keeps_what_its_order_also_covers(tmp_path: Path) -> None:
    text = (
        "PUBLIC NOTICE\n\n"
        "The Financial Intelligence Unit of Zimbabwe notifies the public of the following "
        "measures.\n\n"
        "4. Freezing directive — Kariba Haulage (Private) Limited. The directive also covers "
        "three of its trucks and was issued on 12/11/2025.\n"
    )
    rows = page_sanctions(tmp_path, text)
    also = [r for r in rows if r["span_text"].startswith("directive also covers")]
    assert len(also) == 1, rows
    assert counts(also[0]) == {"other": 3}


@pytest.mark.parametrize(
    "text",
    [
        "The companies on the order are: Vardan Road LLC; Lake Sevan Hotel CJSC; and Aragats "
        "Air Services LLC.",
        "The firms named in the order are: Vardan Road LLC, Lake Sevan Hotel CJSC and Aragats "
        "Air Services LLC.",
        "The companies are: Vardan Road LLC, which built roads; Lake Sevan Hotel CJSC; and "
        "Aragats Air Services LLC.",
        "The three firms are: Vardan Road LLC; Lake Sevan Hotel CJSC; and Aragats Air "
        "Services LLC.",
    ],
)
def test_names_after_a_copula_and_a_colon_are_the_targets(claims_of: Rows, text: str) -> None:
    rows = carried(claims_of, LEAD + text)
    assert len(rows) == 2, rows
    assert counts(rows[1]) == {"organization": 3}
