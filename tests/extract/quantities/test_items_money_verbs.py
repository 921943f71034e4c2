"""A sum a money verb governs counts what the verb names as a noun: earnings for what is earned,
a payment or repayment for what is paid or repaid (the dev golds and the guidelines' 'the item
names the thing, never the unit')."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The gang earned about $3 million from the scheme.", "$3 million", "earnings"),
        ("Smugglers earn an estimated $12 million a year.", "$12 million", "earnings"),
        ("Insurers paid $40 million to the families last year.", "$40 million", "payment"),
        ("The city will pay 50,000 pesos to each household.", "50,000 pesos", "payment"),
        ("The lender repaid EUR 2 million to its customers.", "EUR 2 million", "repayment"),
        ("The agency repays $900,000 to the investors.", "$900,000", "repayment"),
        ("The bank says it refunded $2.1m to 900 savers.", "$2.1m", "refunds"),
        ("The insurer will refund about EUR 40 million to its clients.", "EUR 40", "refunds"),
        ("Hackers stole more than $30 million from pensioners last year.", "$30", "stolen money"),
        ("The crew is accused of stealing some GBP 2 million from Britons.", "GBP", "stolen money"),
        ("Thieves stole some $9 million worth of gems from the vault.", "$9", "gems"),
    ],
)
def test_a_money_verb_names_what_its_sum_counts(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("In 2023 oil majors paid a record EUR 12.6 bn for the sites.", "EUR 12.6 bn", "payment"),
        ("The club spent a record GBP 140 million on players.", "GBP 140 million", "spending"),
        ("Exporters earned a record EUR 3 billion last year.", "EUR 3 billion", "earnings"),
        ("Donors pledged a record USD 9 billion on Monday.", "USD 9 billion", "pledge"),
    ],
)
def test_a_record_before_the_sum_is_the_sum_not_another_object(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"].split()[-1] == item


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Norway is also announcing $40 million for Moldova's power grid.", "$40 million"),
        ("The cabinet said it would release PLN 2 billion on Friday.", "PLN 2 billion"),
        ("Japan announced JPY 900 million for Kenya's grid last week.", "JPY 900 million"),
        ("Brussels has released a further EUR 150 million to the reconstruction fund.", "EUR 150"),
    ],
)
def test_a_sum_announced_or_released_is_funding(claims_of: Rows, text: str, anchor: str) -> None:
    """A government's 'announced / released $X for Y' is money set aside: funding, like the
    pledged, allocated or earmarked sums of money_verbs."""
    assert found(claims_of, text, anchor)["quantity_item"] == "funding"


def test_an_announced_sum_in_a_named_form_keeps_it(claims_of: Rows) -> None:
    row = found(claims_of, "The ministry released $300 million in aid on Friday.", "$300 million")
    assert row["quantity_item"] == "aid"


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The ministry announced £50 million for hospital roof repairs.",
            "£50",
            "hospital roof repairs",
        ),
        ("Ottawa earmarked a further C$40m for a UN-led peace mission.", "C$40m", "peace mission"),
        ("The state has given $60 million for drones since May.", "$60", "drones"),
        (
            "Officials will release PLN 2 billion for flood defences next year.",
            "PLN",
            "flood defences",
        ),
        ("The fund provides £8m for kitchen, door and window upgrades.", "£8m", "upgrades"),
        ("Ministers committed €9m for bridge repairs and new footpaths.", "€9m", "bridge repairs"),
    ],
)
def test_a_funded_sum_counts_what_its_for_phrase_names(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    """'announced $3m for X': X, not the general 'funding' the verb names; a list of singular
    nouns before a plural ('roof, door and window repairs') modifies that plural."""
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The army pays $2,000 a month for each soldier.", "$2,000", "pay"),
        ("The agency allocated $5m for two years.", "$5m", "funding"),
        ("The UK announced £30 million for Sudan.", "£30", "funding"),
        ("Norway pledged NOK 90 million for the ministry.", "NOK", "pledge"),
    ],
)
def test_a_for_phrase_of_a_rate_time_place_or_body_names_no_purpose(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The ring moved at least $5.6 million through prepaid cards.", "$5.6 million", "money"),
        ("Police say the cell moved around 300 million liras abroad.", "300 million", "money"),
        ("The brokers are accused of moving €8 million to shell firms.", "€8 million", "money"),
        ("About $5 million was moved through the accounts, police said.", "$5 million", "money"),
    ],
)
def test_a_sum_moved_is_money(claims_of: Rows, text: str, anchor: str, item: str) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("About 900 families were moved inland, at a cost of $40 million.", "$40 million", "cost"),
        ("The villagers were moved last year at a cost of EUR 12 million.", "EUR 12", "cost"),
        ("The firm paid a fine of $5 million last year.", "$5 million", "fine"),
        ("Crews moved the wreck at a total cost of £2.3m.", "£2.3m", "total cost"),
    ],
)
def test_a_sum_a_noun_owns_is_that_noun_not_the_verbs(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The victims lost an average of $52,000 each.", "$52,000", "losses"),
        ("Tourists spent an average of ¥180,000 during their stay.", "¥180,000", "spending"),
        ("The brokers moved timber worth about $40 million to Vietnam.", "$40 million", "timber"),
        ("The ring moved gold worth some €90m through Dubai.", "€90m", "gold"),
    ],
)
def test_an_average_stays_the_verbs_sum_and_a_worth_is_the_goods(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
