"""'Also on the list are X and Y', 'Also frozen are a jet and two flats': a sentence that names
more targets after a fronted list phrase or a fronted participle of freezing read as the copula's
complement, with no action verb of its own, is a list-membership claim of the action told before
(its authority carried from that action); a fronted phrase of no list, or a fronted adjective of
no action, adds nothing."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Podgorica court froze the assets of nine people on Monday. Also on the list are "
            "Sava Coastal Freight and Lovcen Trade.",
            {"organization": 2},
        ),
        (
            "Latvia added four fuel traders to its sanctions list on Friday. Also on the "
            "blacklist are Orion Fuel Trading and Baltic Reef Shipping.",
            {"organization": 2},
        ),
        (
            "Canada sanctioned six shipping firms on Tuesday. On the register are two more "
            "ships, the Aurora and the Kestrel.",
            {"vessel": 2},
        ),
        (
            "Japan designated three arms brokers on Monday. Also on the list is a Dubai "
            "trading house that financed their deals.",
            {"organization": 1},
        ),
    ],
)
def test_members_after_a_fronted_list_join_the_action(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    rows = carried(claims_of, text)
    assert len(rows) == 2, rows
    assert rows[1]["span_start"] > text.index(". ")
    assert rows[1]["sanction_authorities"] == rows[0]["sanction_authorities"]
    assert rows[1]["sanction_status"] == "imposed"
    assert counts(rows[1]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A Yerevan court froze the property of a former minister on Tuesday. Also frozen are "
        "a Robinson helicopter, 14 dump trucks and five flats in the capital.",
        "The High Court in Suva froze the assets of eight people. Also frozen are two "
        "longliners and a villa in Nadi.",
        "A Valletta judge froze the accounts of four gaming firms. Also frozen are a yacht and "
        "a light aircraft kept at Luqa.",
        "Kenya's Assets Recovery Agency froze the accounts of a fuel importer on Monday. Also "
        "frozen are 12 tanker trucks the firm leased.",
    ],
)
def test_a_fronted_freeze_complement_adds_frozen_property(claims_of: Rows, text: str) -> None:
    rows = carried(claims_of, text)
    assert len(rows) == 2, rows
    start, end = rows[1]["span_start"], rows[1]["span_end"]
    assert text[start:end].startswith("frozen are"), text[start:end]
    assert rows[1]["sanction_authorities"] == rows[0]["sanction_authorities"]
    assert rows[1]["sanction_targets"], rows[1]


@pytest.mark.parametrize(
    "text",
    [
        "A Podgorica court froze the assets of nine people on Monday. Also on the agenda are "
        "two appeals by the defence.",
        "A Valletta judge froze the accounts of four gaming firms. Also worrying are the "
        "ring's links to two casinos.",
    ],
)
def test_a_fronted_phrase_of_no_list_adds_nothing(claims_of: Rows, text: str) -> None:
    rows = carried(claims_of, text)
    assert len(rows) == 1, rows
