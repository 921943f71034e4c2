"""Round 16, sanction recall: construction families the dev sets missed (invented examples)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Canada imposed sanctions on Iran. Ottawa listed the IRGC as a terrorist entity.",
            "imposed",
        ),
        (
            "Australia froze the network's funds. The minister will move to list Black Lantern "
            "as a terrorist organisation next month.",
            "planned",
        ),
        (
            "Britain sanctioned two men on Monday. It has also listed the PKVD as a terrorist "
            "group under the new act.",
            "imposed",
        ),
        (
            "Japan sanctioned six people in May. Tokyo is expected to list the Vostok militia as "
            "a terrorist entity.",
            "planned",
        ),
    ],
)
def test_listing_as_a_terrorist_body_is_an_action_on_one_organization(
    claims_of: Rows, text: str, status: str
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert rows[1]["sanction_status"] == status
    assert counts(rows[1]) == {"organization": 1}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EU sanctioned ten people. Two people listed in 2023 were taken off the list.",
            {"person": 2},
        ),
        (
            "Canada sanctioned six firms. Three shipping agents from Oman were taken "
            "off the list on Monday.",
            {"organization": 3},
        ),
        (
            "Japan froze the assets of nine men. Four banks will be taken off the list.",
            {"organization": 4},
        ),
        (
            "Britain sanctioned two generals. A retired colonel who died in May has been taken off "
            "the list.",
            {"person": 1},
        ),
    ],
)
def test_taken_off_the_list_lifts(claims_of: Rows, text: str, expected: dict[str, int]) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert rows[1]["sanction_status"] == "lifted"
    assert counts(rows[1]) == expected


@pytest.mark.parametrize(
    ("text", "status", "expected"),
    [
        (
            "The UN committee on Monday added four people to its sanctions list. The committee "
            "also removed a former customs official who died last year.",
            "lifted",
            {"person": 1},
        ),
        (
            "The EU on Monday sanctioned five people. The council removed two shipping firms, "
            "officials said.",
            "lifted",
            {"organization": 2},
        ),
        (
            "Britain froze the assets of six men. The department will remove three brokers in May.",
            "lifted",
            {"organization": 3},
        ),
        (
            "The UN Security Council sanctioned two militia leaders. The committee also listed "
            "a logistics company based in Goma.",
            "imposed",
            {"organization": 1},
        ),
    ],
)
def test_bare_body_named_before_acts_on_targets(
    claims_of: Rows, text: str, status: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert rows[1]["sanction_status"] == status
    assert counts(rows[1]) == expected


def test_body_removing_someone_from_office_is_no_listing(claims_of: Rows) -> None:
    text = "Britain sanctioned four men. The ministry removed the official from his post."
    assert len(claims_of(text, "sanction")) == 1
