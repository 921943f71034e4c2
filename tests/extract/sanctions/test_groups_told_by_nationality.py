"""A group named before and then told by nationality, part after part ('Five of them are Laotian
and three are Thai'): the restatement counts the whole group, the sum of its parts; a count after
'the' ('of the 12') is the group's own, no part. People named by what they do or follow
(supporters, promoters, fishers) are persons."""

from __future__ import annotations

from tests.extract.sanctions.helpers import Rows, last_counts


def test_two_parts_joined_by_and(claims_of: Rows) -> None:
    text = (
        "Singapore barred eight foreign nationals from entering the country. "
        "Five of them are Laotian nationals and three are Thai."
    )
    assert last_counts(claims_of, text) == {"person": 8}


def test_three_parts_after_a_count_of_the_whole(claims_of: Rows) -> None:
    text = (
        "Oman has barred 12 men from re-entering the sultanate. "
        "Seven of the 12 are Egyptian citizens, four are Sudanese and one is a Yemeni national."
    )
    assert last_counts(claims_of, text) == {"person": 12}


def test_fronted_group_and_a_part_from_a_place(claims_of: Rows) -> None:
    text = (
        "Kenya blacklisted nine fishing crew members on Friday. "
        "Of the nine, four are Somali nationals, three are from Yemen and two hold Omani passports."
    )
    assert last_counts(claims_of, text) == {"person": 9}


def test_a_number_written_in_words_with_a_hyphen(claims_of: Rows) -> None:
    text = (
        "Austria has barred 52 football supporters from entering the country before the match. "
        "Forty-one of those barred are Slovak citizens and 11 are Czech."
    )
    assert last_counts(claims_of, text) == {"person": 52}


def test_one_part_alone_counts_itself(claims_of: Rows) -> None:
    text = (
        "Morocco barred 20 foreign nationals from entering the country on Sunday. "
        "Three of those barred are Belgian citizens."
    )
    assert last_counts(claims_of, text) == {"person": 3}


def test_people_named_by_what_they_do_or_follow(claims_of: Rows) -> None:
    assert last_counts(claims_of, "Poland barred 40 supporters of the visiting club.") == {
        "person": 40
    }
    assert last_counts(claims_of, "Fiji declared six scheme promoters prohibited immigrants.") == {
        "person": 6
    }
    assert last_counts(claims_of, "Palau has banned nine foreign fishermen from its waters.") == {
        "person": 9
    }
