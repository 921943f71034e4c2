"""A story's home state from its opening: the nationality of the people measures fall on ('five
Nepali nationals were blacklisted') is theirs, not the home's; a capital, a currency or a state
named with no nationality word of its own says where the story is from."""

from __future__ import annotations

from claims.extract.sanctions.carry import home_state

LEAD = (
    "The order, signed late on Friday by the duty judge, also bars the men from leaving the "
    "country until their trial, and prosecutors say more names may follow within weeks."
)


def test_nationals_in_the_headline_are_no_home() -> None:
    text = (
        "Five Nepali nationals blacklisted over casino fraud\n"
        "Reported from Thimphu\n"
        "Five Nepali nationals have been blacklisted by the immigration office after a casino "
        "fraud inquiry, and their accounts were frozen on Monday. " + LEAD
    )
    assert home_state(text) == ["Bhutan"]


def test_citizens_named_twice_leave_the_capital_as_home() -> None:
    text = (
        "Court freezes accounts of two Thai citizens\n"
        "VIENTIANE - A court in Vientiane has frozen the accounts of two Thai citizens accused "
        "of running an online lottery, and police said two Thai citizens were also barred. " + LEAD
    )
    assert home_state(text) == ["Laos"]


def test_a_single_national_is_the_target_not_the_home() -> None:
    text = (
        "Minister declares an Indian national a prohibited immigrant\n"
        "The minister in Windhoek has declared an Indian national a prohibited immigrant and "
        "ordered him out within a week, officials confirmed on Thursday afternoon. " + LEAD
    )
    assert home_state(text) == ["Namibia"]


def test_a_capital_newly_listed_seats_the_home() -> None:
    text = (
        "Judge in Moroni freezes villas of passport sellers\n"
        "A judge in Moroni has frozen three villas and eleven bank accounts belonging to "
        "passport sellers, the prosecution said, in a case that has gone on for years. " + LEAD
    )
    assert home_state(text) == ["Comoros"]


def test_currency_of_a_state_named_nowhere_in_the_opening() -> None:
    text = (
        "Fisheries ministry suspends trawlers, court freezes exporter's accounts\n"
        "The fisheries ministry suspended the licences of nine trawlers on Monday and a court "
        "froze the accounts of an exporter accused of under-declaring its catch. " + LEAD + "\n"
        "The exporter owes MRU 40 million in levies. Fines reached MRU 12 million in June. "
        "A licence costs MRU 300,000 a year."
    )
    assert home_state(text) == ["Mauritania"]


def test_a_state_with_a_demonym_newly_listed_is_a_home() -> None:
    text = (
        "NEW ZEALAND CUSTOMS | News\n"
        "Customs officers have seized two containers of cigarettes at the port and a court has "
        "restrained the importer's bank accounts while the inquiry continues, officers said. "
        + LEAD
    )
    assert home_state(text) == ["New Zealand"]
