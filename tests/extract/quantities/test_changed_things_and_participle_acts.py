"""Items that named the wrong word: a change noun whose 'of' phrase holds the size of the change
names what changed in its 'in' phrase ('a drop of 4% in bookings': bookings, never 'drop'); a
sanction verb the tagger reads as an adjective after a copula, or as a modifier of the name it
governs, still names the act a stretch is the 'for' phrase of ('were debarred for two years':
debarment, never 'years'); a multi-word unit is a unit, never the item ('cubic kilometres of
ice': ice; 'a 0.4 percentage point rise in X': X)."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Officials reported a decline of 6.5% in new flats sold.", "6.5%", "new flats"),
        ("Tenants face an increase of 3% in rents next year.", "3%", "rents"),
        ("Landlords saw a drop of 4% in bookings over the winter.", "4%", "bookings"),
        (
            "The board approved a rise of 7 per cent in water charges.",
            "7 per cent",
            "water charges",
        ),
    ],
)
def test_a_change_nouns_size_leaves_what_changed_as_the_item(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    """The 'of' phrase that holds the figure is the change's size; the 'in' phrase after it,
    on the change noun or (as the parse may hang it) on the size, names what changed."""
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Traders noted a fall of 9% in March.", "9%", "fall"),
        ("The index posted a gain of 2% in the second quarter.", "2%", "gain"),
    ],
)
def test_a_change_dated_by_its_in_phrase_keeps_no_date_as_item(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    """'a fall of 9% in March' says when it changed: the month is no item."""
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Two road firms were each debarred for 18 months, while a third was cleared.",
            "18 months",
            "debarment",
        ),
        (
            "The bank debarred Andes Norte Consultores for 30 months on 4 May over fake invoices.",
            "30 months",
            "debarment",
        ),
        ("Three riders are banned for two years after failed tests.", "two years", "ban"),
        (
            "The lender debarred a Lima builder, a road contractor, for five years after a probe.",
            "five years",
            "debarment",
        ),
    ],
)
def test_a_participle_read_as_an_adjective_still_names_the_act(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    """'were debarred for', 'debarred <Name> for': the act of the verb, by its participle."""
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The glacier lost roughly 300 cubic kilometres of ice since 1990.", "300", "ice"),
        ("The basin holds about 1.7 trillion cubic feet of gas.", "1.7 trillion", "gas"),
        (
            "The bank expects a 0.5 percentage point rise in the staffing ratio.",
            "0.5",
            "staffing ratio",
        ),
        (
            "Analysts see a 1.2 percentage point increase in the savings ratio.",
            "1.2",
            "savings ratio",
        ),
    ],
)
def test_a_multi_word_unit_is_never_the_item(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    """'cubic kilometres', 'cubic feet', 'percentage point' are units: the item is the 'of'
    phrase after them, or what the change noun after them says changed."""
    assert found(claims_of, text, anchor)["quantity_item"] == item
