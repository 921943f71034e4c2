"""Round 16, sanction recall: construction families the dev sets missed (invented examples)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried, counts


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


@pytest.mark.parametrize(
    ("text", "status", "authorities"),
    [
        (
            "The EU imposed sanctions on ten officials on Monday. Norway, Iceland and "
            "Liechtenstein are expected to align with the decision in the coming weeks.",
            "planned",
            ["Norway", "Iceland", "Liechtenstein"],
        ),
        (
            "The EU imposed sanctions on ten officials on Monday. Albania will align with the "
            "move next month.",
            "planned",
            ["Albania"],
        ),
        (
            "Britain sanctioned three shipping firms on Friday. Switzerland followed the "
            "decision on Tuesday.",
            "imposed",
            ["Switzerland"],
        ),
        (
            "Canada banned four generals from entering the country. Australia is set to follow "
            "the move.",
            "planned",
            ["Australia"],
        ),
    ],
)
def test_alignment_with_a_bare_decision_takes_over_the_measures(
    claims_of: Rows, text: str, status: str, authorities: list[str]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert rows[1]["sanction_status"] == status
    assert rows[1]["sanction_authorities"] == authorities


def test_a_habit_of_following_decisions_is_no_alignment(claims_of: Rows) -> None:
    text = (
        "The EU sanctioned nine people. Norway usually follows its foreign-policy decisions, "
        "officials said."
    )
    assert len(claims_of(text, "sanction")) == 1


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("TIMELINE\n12.02.2021: Japan sanctions five\n", 5),
        ("Britain Lists Seven More Over Election Violence\n", 7),
        ("KEY DATES\n3 Mar 2024: Australia sanctions two more\n", 2),
        ("The UK sanctioned 12 on Monday.", 12),
    ],
)
def test_a_bare_count_after_the_verb_is_a_group(claims_of: Rows, text: str, count: int) -> None:
    rows = claims_of(text, "sanction")
    assert rows, text
    assert counts(rows[0]) == {"other": count}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada on Tuesday sanctioned four generals over the crackdown.\n\n"
            "TIMELINE\n14.03.2022: Canada sanctions four\n",
            {"person": 4},
        ),
        (
            "Japan Lists Six More Over Smuggling\n\nJapan on Friday added six shipping companies "
            "to its sanctions list.",
            {"organization": 6},
        ),
        (
            "Britain Sanctions Two More Over Arms Flights\n\nBritain on Monday sanctioned two "
            "cargo planes used by the network.",
            {"aircraft": 2},
        ),
        (
            "Australia Designates Five Over Hacking\n\nAustralia on Monday imposed sanctions on "
            "three hackers and two firms that hosted their servers.",
            {"other": 5},
        ),
    ],
)
def test_a_bare_count_takes_the_kind_of_the_story_claims_counting_as_many(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = carried(claims_of, text)
    found = [counts(r) for r in rows]
    assert expected in found, found
    assert {"other": sum(expected.values())} not in found or "other" in expected
