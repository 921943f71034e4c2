"""Lists of people named in a list-membership sentence ('Those listed include ...', 'Among those
designated are ...'): honorific titles mark people's names, role words of a network's staff are
people, a hyphened role ('director-general') is one person, and target words in what is said of
a listed person ('..., accused of moving money for the group') are no targets of their own."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, last_counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # honorific and religious titles open a person's name
        (
            "The EU sanctioned six officials. "
            "Those targeted include Mawlawi Abdul Rahim Zaheeb and Qari Nasrullah Hamdard.",
            {"person": 2},
        ),
        (
            "Japan froze the assets of two clerics on Friday. "
            "Among those named were Mullah Abdul Ghani Rahimi and Mufti Ahmad Noori.",
            {"person": 2},
        ),
        (
            "Britain designated three men. "
            "Those listed include Imam Yusuf Barre and Haji Omar Dalmar, both based in Mogadishu.",
            {"person": 2},
        ),
        (
            "The EU sanctioned four officers. "
            "Those named include Colonel Ivan Petrenko, Lieutenant Oleg Sidorov and Captain Pavel Orlov.",
            {"person": 3},
        ),
    ],
)
def test_titled_names_are_people(claims_of: Rows, text: str, expected: dict[str, int]) -> None:
    assert last_counts(claims_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The UK listed four people. "
            "Among those designated are the gang's ringleader and three cashiers who handled its cash.",
            {"person": 4},
        ),
        (
            "Canada sanctioned nine people on Friday. "
            "They include two bookkeepers, a money-changer and six enforcers.",
            {"person": 9},
        ),
        (
            "The Treasury sanctioned seven people and four companies on Tuesday. "
            "Among those designated are the alleged ringleader, businessman Omar Haddad, his two sons and "
            "four cashiers, all of them foreign nationals.",
            {"person": 7},
        ),
        (
            "Australia named five people. "
            "Among them were the syndicate's chief enforcer and four of its cashiers.",
            {"person": 5},
        ),
    ],
)
def test_network_staff_are_people(claims_of: Rows, text: str, expected: dict[str, int]) -> None:
    assert last_counts(claims_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EU listed three officials. Those listed include the attorney-general, "
            "the deputy director-general of customs and a judge.",
            {"person": 3},
        ),
        (
            "Britain sanctioned two officers. "
            "They include the secretary-general of the interior ministry and a colonel.",
            {"person": 2},
        ),
        (
            "Canada sanctioned two officials. Those named are the governor-general's chief aide "
            "and the director-general of prisons.",
            {"person": 2},
        ),
        (
            "The EU listed five officers. Those listed include the deputy director-general of the "
            "national police, two army commanders and two gendarmerie colonels.",
            {"person": 5},
        ),
    ],
)
def test_hyphened_roles_are_one_person(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert last_counts(claims_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The US sanctioned four men. Those added include Farid Aziz, accused of moving cash "
            "for the group, and his cousin Omar Aziz.",
            {"person": 2},
        ),
        (
            "Canada listed three people. They include the smuggler Luis Mora, suspected of running "
            "boats for two cartels, and his brother.",
            {"person": 2},
        ),
        (
            "The EU added two people. Those listed include the accountant Ana Petrova, believed "
            "to manage funds for three shell companies.",
            {"person": 1},
        ),
        (
            "The UN committee added five men. Those added include Uzbek national Rustam Karimov, "
            "charged with raising funds for the group through hawala networks in Turkey, "
            "and his brother-in-law Aziz Tursunov.",
            {"person": 2},
        ),
    ],
)
def test_descriptions_name_no_targets(claims_of: Rows, text: str, expected: dict[str, int]) -> None:
    assert last_counts(claims_of, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Britain sanctioned two men. "
        "Among them is Karim Saleh, described as the network's main financier in Dubai.",
        "The EU added two people. "
        "Those listed include Ana Petrova, described as the cartel's chief accountant.",
        "Japan listed three men on Friday. "
        "Among those designated is Tran Van Minh, identified as a courier for the syndicate.",
        "Canada sanctioned two people. "
        "Among them is Oscar Beltran, known as the gang's main enforcer in the port.",
    ],
)
def test_described_role_gives_the_kind(claims_of: Rows, text: str) -> None:
    assert last_counts(claims_of, text) == {"person": 1}
