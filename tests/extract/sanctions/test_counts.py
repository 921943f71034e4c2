"""How many targets of each kind a claim counts: shared, partitive, elided and broken-down
counts, ship names folded into their count, totals."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # one count over target words of several kinds is one group of kind other
        (
            "Britain announced sanctions on 25 individuals and companies and one tanker.",
            {"other": 25, "vessel": 1},
        ),
        ("Japan Sanctions 30 Individuals And Companies Over Drone Parts", {"other": 30}),
        ("Canada Sanctions 14 People, Firms And Two Tankers", {"other": 14, "vessel": 2}),
        ("Tokyo has listed 60 persons and entities and three vessels.", {"other": 60, "vessel": 3}),
    ],
)
def test_a_count_shared_by_kinds_is_one_group_of_other(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = carried(claims_of, text)
    assert rows, text
    assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # ship names in capitals, whatever the tagger made of their first word
        ("Japan designated two tankers, the OCEAN PEARL and the SILVER DAWN.", {"vessel": 2}),
        ("Britain listed two ships, the GOLDEN WAVE and the BLUE HORIZON.", {"vessel": 2}),
        (
            "The EU sanctioned three vessels: the RED STAR, the QUIET BAY and the NEW DAWN.",
            {"vessel": 3},
        ),
        ("Canada designated two tankers, the GRAND OCEAN and the SWIFT RIVER.", {"vessel": 2}),
    ],
)
def test_named_ships_join_their_counted_group(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = carried(claims_of, text)
    assert rows, text
    assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Australia on Friday sanctioned four of the Iranian generals.", {"person": 4}),
        ("Japan has blacklisted two of Moscow's biggest oil traders.", {"organization": 2}),
        ("The EU will list five of the tankers next month.", {"vessel": 5}),
        ("Washington added three of those companies to its entity list.", {"organization": 3}),
        ("New Zealand banned eleven of the Russian officials from entering.", {"person": 11}),
    ],
)
def test_a_partitive_object_counts_its_kind(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan sanctioned four banks in Russia, two in Belarus and one in Iran.",
            {"organization": 7},
        ),
        (
            "The list includes five tankers under Panama's flag and three under Gabon's.",
            {"vessel": 8},
        ),
        ("Britain designated six officials in Minsk and two in Grodno.", {"person": 8}),
        (
            "Canada listed 11 firms based in Dubai, four in Hong Kong and two in Istanbul.",
            {"organization": 17},
        ),
    ],
)
def test_numbers_that_leave_out_the_counted_noun_count_its_kind(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of("The United States sanctioned 30 firms. " + text, "sanction")
    assert counts(rows[-1]) == expected


def test_a_break_down_of_the_count_adds_no_targets(claims_of: Rows) -> None:
    row = only(claims_of, "Japan listed 12 banks, eight of them in Moscow and four in Kazan.")
    assert counts(row) == {"organization": 12}


def test_names_after_a_counted_ship_word_fold_into_its_count(claims_of: Rows) -> None:
    row = only(claims_of, "The EU listed three tankers, ALPHA SEA, BETA SEA and GAMMA SEA.")
    assert counts(row) == {"vessel": 3}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Japan listed two tankers, the KUM SAN 5 and the MYONG RYU, on Friday.", 2),
        ("Among the ships listed are the tankers EAST WIND, RED CAPE and NORD LIGHT 8.", 3),
    ],
)
def test_a_ship_s_number_keeps_one_name_per_ship(claims_of: Rows, text: str, count: int) -> None:
    rows = claims_of("Britain sanctioned 12 firms. " + text, "sanction")
    assert counts(rows[-1]) == {"vessel": count}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada said it would add both gang leaders to its own list.", {"person": 2}),
        ("The EU listed both banks on Monday.", {"organization": 2}),
        ("Washington has now sanctioned both tankers.", {"vessel": 2}),
        ("Britain froze the assets of both businessmen.", {"person": 2}),
    ],
)
def test_both_counts_two(claims_of: Rows, text: str, expected: dict[str, int]) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU listed 25 gang members, suppliers and facilitators on Monday.", {"other": 25}),
        ("Britain sanctioned 14 smugglers, boat dealers and drivers.", {"other": 14}),
        ("Forty officials, banks and judges were designated by Canada on Friday.", {"other": 40}),
        ("Canada listed 11 individuals, entities and two ships.", {"other": 11, "vessel": 2}),
    ],
)
def test_one_count_over_a_list_of_mixed_kinds_covers_every_word_of_it(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert counts(row) == expected
    assert len(row["sanction_targets"]) == len(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Switzerland froze 43 bank accounts linked to the cartel.", {"other": 43}),
        ("Canada said it had frozen 12 accounts held by the men.", {"other": 12}),
        ("Japan will freeze 300 crypto accounts tied to the network.", {"other": 300}),
        ("Twenty-six bank accounts were frozen by Australia on Monday.", {"other": 26}),
    ],
)
def test_counted_accounts_frozen_are_a_group_of_their_own(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada imposed sanctions on 12 officials and the heads of five prisons.", {"person": 17}),
        ("The EU listed the chiefs of three arms factories.", {"person": 3}),
        ("Britain sanctioned the governors of four occupied regions on Friday.", {"person": 4}),
        ("Japan froze the assets of the heads of two state banks.", {"person": 2}),
    ],
)
def test_holders_of_a_role_in_counted_places_are_as_many_persons(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert counts(row) == expected
    assert text[row["span_start"] : row["span_end"]].split()[-1] not in {"of", "five", "three"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It was Seoul's third round of sanctions this year, bringing the total to 90 "
            "individuals and 40 organizations.",
            {"person": 90, "organization": 40},
        ),
        (
            "The new listings bring the total to 300 people and 120 entities.",
            {"person": 300, "organization": 120},
        ),
        (
            "Monday's designations bring to 45 the number of officials Japan has sanctioned since "
            "2022, as well as 12 companies.",
            {"person": 45, "organization": 12},
        ),
        (
            "With Friday's sanctions the tally rose to 61 tankers and 14 shipping firms.",
            {"vessel": 61, "organization": 14},
        ),
    ],
)
def test_a_total_counted_before_each_group_counts_each_group(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Treasury froze the funds of 12 firms.", {"organization": 12}),
        ("Britain froze the assets of two banks.", {"organization": 2}),
        ("Two Iranian banks froze the accounts of the opposition leader.", {"person": 1}),
        ("Japan will freeze the holdings of three Russian oligarchs.", {"person": 3}),
    ],
)
def test_a_state_s_freeze_of_funds_counts_their_owners(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seoul said it had now sanctioned a total of 233 individuals and 122 entities.",
            {"person": 233, "organization": 122},
        ),
        ("Oslo's own list now covers more than 2,000 individuals and entities.", {"other": 2000}),
        ("With today's listings the number of sanctioned vessels rises to 79.", {"vessel": 79}),
        (
            "The decision takes the total number of individuals and entities under Japanese "
            "asset freezes to more than 1,000.",
            {"other": 1000},
        ),
        ("Canberra has designated a total of 40 tankers since March.", {"vessel": 40}),
    ],
)
def test_cumulative_totals_count_the_targets(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eleven individuals were placed on the list on Friday.", {"person": 11}),
        ("Canberra imposed travel bans on a further 14 Belarusian officials.", {"person": 14}),
        ("Tokyo last listed North Koreans in 2017.", {"person": None}),
        ("The president signed a decree imposing sanctions on 74 captains.", {"person": 74}),
        ("Another 32 entities were added to the blacklist.", {"organization": 32}),
    ],
)
def test_counts_and_kinds_of_listed_targets(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert counts(only(claims_of, text)) == expected


def test_a_counted_target_the_parser_hung_under_another_noun(claims_of: Rows) -> None:
    row = only(
        claims_of,
        "Three companies that supply equipment to Arctic gas projects were also subject to "
        "restrictions.",
    )
    assert counts(row) == {"organization": 3}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The assets of two banks and 4 businessmen were frozen by Canada.",
            {"organization": 2, "person": 4},
        ),
        (
            "Australia has frozen the funds of nine companies and three of their directors.",
            {"organization": 9, "person": 3},
        ),
        (
            "The funds of six shipping companies and two officials will be frozen by Japan.",
            {"organization": 6, "person": 2},
        ),
        (
            "The assets of 15 businessmen and five banks had been frozen by Switzerland.",
            {"person": 15, "organization": 5},
        ),
    ],
)
def test_owners_of_frozen_assets_joined_to_the_assets_are_targets(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    """The parser may hang the second owner on the frozen assets rather than on the first owner:
    every owner counts, the assets do not."""
    assert counts(only(claims_of, text)) == expected
