"""What a sum of money measures: its noun or the verb's object, a money verb's lemma, what the sum
goes to or is for, a noun before bound words; never the recipient, the place or the sum itself."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found, one


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("The ministry spent $3 billion on drones last year.", "drones spending"),
        ("The state utility earned about $12 billion from gas sales.", "gas sales"),
        ("Each conscript is paid roughly $900 a month.", "pay"),
        ("Timber exports, which earned Latvia $1.4 billion a year, collapsed.", "timber exports"),
        ("Regulators imposed a fine of $4.2 million on the lender.", "fine"),
        ("Grain revenue rose 18% last year.", "grain revenue"),
        ("The fund bought a 30% stake in the port.", "stake"),
        ("Fertilizer sales slid 9% year on year.", "fertilizer sales"),
    ],
)
def test_money_and_percent_items(claims_of: Rows, text: str, item: str) -> None:
    assert one(claims_of, text)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("The regulator imposed a $3 million administrative penalty.", "administrative penalty"),
        ("About $50 billion of the Bank of Japan's reserves are held abroad.", "reserves"),
        ("The utility raised $40 million in bonds during the quarter.", "bonds"),
        ("The agency collected $9 million in fines last year.", "fines"),
    ],
)
def test_what_a_sum_of_money_measures(claims_of: Rows, text: str, item: str) -> None:
    assert one(claims_of, text)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Denmark decided to give DKK 2.2 billion.", "contribution"),
        ("The Netherlands added EUR 250 million.", "contribution"),
        ("Donors have committed DKK 45mn to the project.", "funding"),
        ("Around 18 countries have pledged about EUR 1.6 bn to the scheme.", "pledge"),
        ("Japan pledged $5m on Tuesday.", "pledge"),
        ("The Gulf states will pledge roughly USD 300 million.", "pledge"),
        ("Oslo is pledging NOK 150 million this year.", "pledge"),
        ("Sweden will contribute roughly SEK 300 million.", "contribution"),
    ],
)
def test_money_verbs_by_lemma(claims_of: Rows, text: str, item: str) -> None:
    rows = [r for r in claims_of(text, "quantity") if r["quantity_unit"] is not None]
    assert [r["quantity_item"] for r in rows] == [item]


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Anyone who breaks the ban faces a fine of up to KRW 30 million.", "30", "fine"),
        ("Offenders face a penalty of more than $50,000.", "50,000", "penalty"),
        ("The agency set a budget of at least EUR 2 billion for the programme.", "2", "budget"),
        ("The captains carried cargoes worth a combined USD 3.1 billion.", "3.1", "cargoes"),
    ],
)
def test_money_after_a_noun_and_a_bound_measures_that_noun(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Mills bought wheat at prices up to $250/t.", "$250/t", "wheat"),  # a price: its good
        ("Drivers now face fines up to $500.", "$500", "fines"),
        ("The airline sold seats at fares around EUR 90.", "EUR 90", "fares"),
        ("Lenders charged rates near 9% last month.", "9%", "rates"),
    ],
)
def test_a_noun_then_bound_words_then_a_sum_owns_the_sum(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The package brings Denmark's civilian support since 2022 to more than DKK 9 billion.",
            "9 billion",
            "civilian support",
        ),
        ("The decision raised the budget to at least EUR 5 billion.", "5 billion", "budget"),
        ("The delay pushed the bill to nearly $2 million.", "2 million", "bill"),
        ("The new pledge took the fund to about $800 million.", "800", "fund"),
    ],
)
def test_money_a_verb_brings_something_to_through_a_bound_measures_that_thing(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Norway has given more than NOK 90 million in military, humanitarian and legal aid "
            "to Moldova since 2022.",
            "NOK 90 million",
            "aid",
        ),
        (
            "Canada pledged CAD 25 million in military and humanitarian support.",
            "CAD 25 million",
            "support",
        ),
        (
            "The bank lent EUR 300 million in new, cheaper and longer loans.",
            "EUR 300 million",
            "loans",
        ),
        (
            "Donors gave $70 million in medical, legal and financial grants, including $9 million "
            "announced on Friday.",
            "$9 million",
            "grants",
        ),
    ],
)
def test_a_sum_in_a_noun_with_listed_adjectives_measures_that_noun(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Of the new package, SEK 3 billion will go to air defence, and SEK 1 billion "
            "to winter repairs in the east.",
            "SEK 3 billion",
            "defence",
        ),
        (
            "Of the new package, SEK 3 billion will go to air defence, and SEK 1 billion "
            "to winter repairs in the east.",
            "SEK 1 billion",
            "repairs",
        ),
        (
            "About $40 million was transferred into flood defences last week.",
            "$40 million",
            "defences",
        ),
        (
            "Some EUR 12 million went towards mine clearance, the agency said.",
            "EUR 12 million",
            "clearance",
        ),
    ],
)
def test_a_sum_measures_what_it_goes_to(claims_of: Rows, text: str, anchor: str, item: str) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_item"].split()[-1] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Warsaw will release 2 billion zlotys ($500 million) in flood relief.",
            "2 billion zlotys",
            "relief",
        ),
        (
            "Budapest approved 40 billion forints (EUR 100 million) in farm subsidies.",
            "40 billion forints",
            "subsidies",
        ),
        (
            "Prague set aside 5 billion korunas (about $215 million) for dam repairs.",
            "5 billion korunas",
            "repairs",
        ),
        (
            "Oslo has paid out NOK 700 million (USD 65 million) in aid so far.",
            "NOK 700 million",
            "aid",
        ),
    ],
)
def test_a_sum_with_a_bracketed_conversion_names_its_purpose_after_the_brackets(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_item"].split()[-1] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The fund moved oil worth $90 million to traders in Dubai.", "$90 million", "traders"),
        ("Kyiv sent EUR 5 million to Moldova last year.", "EUR 5 million", "moldova"),
    ],
)
def test_a_recipient_or_place_after_to_is_not_what_a_sum_measures(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_item"].split()[-1] != item


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Another EUR 2.3bn was paid out in May from frozen-asset profits.", "EUR 2.3bn"),
        ("A further GBP 40mn was set aside last week.", "GBP 40mn"),
        ("Some USD 2bn more was wired on Monday.", "USD 2bn"),
        ("An extra CHF 5 million is expected next year.", "CHF 5 million"),
    ],
)
def test_a_sum_that_is_its_own_subject_is_not_its_item(
    claims_of: Rows, text: str, anchor: str
) -> None:
    row = found(claims_of, text, anchor)
    assert not any(ch.isdigit() for ch in row["quantity_item"])


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("- $3.2 million will hire 40 new teachers across the district;", "$3.2 million"),
        (" - $12 million to upgrade rural clinics and train nurses", "$12 million"),
        ("$900,000 To Train Rural Nurses In Three Districts", "$900,000"),
        ("The remaining EUR 4 million will cover school meals for 2,000 pupils.", "EUR 4 million"),
    ],
)
def test_a_sum_that_pays_for_a_purpose_is_funding(claims_of: Rows, text: str, anchor: str) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == "funding"
