"""A term added to a measure counts its time unit as written (annotation/guidelines.md, round 18:
'extended it by six months': months; 'renewed the ban for a year': year): the time after 'by' on a
verb of extending, or 'for another / a further' time on a verb that extends or keeps something
going, is no part of the quantity's own phrase; nor is the event a verb delays by it."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The council extended by six months its travel ban on four ministers.",
            "six months",
            "extension",
        ),
        ("Brussels has prolonged the embargo by a year.", "a year", "year"),
        ("The lease on the port will be extended by two years.", "two years", "extension"),
        (
            "Tokyo is extending by three years the export curbs on chip tools.",
            "three years",
            "extension",
        ),
        (
            "Officials agreed to keep the observer mission in place for a further 12 months.",
            "12 months",
            "observer mission",
        ),
        (
            "The ministers will vote on whether to extend reduced night fares for a further two years.",
            "two years",
            "extension",
        ),
        (
            "The allies agreed to keep a joint patrol running for another three years.",
            "three years",
            "years",
        ),
        ("The launch of the satellite was delayed by three weeks.", "three weeks", "delay"),
    ],
)
def test_a_term_added_counts_the_extension_or_delay(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Officials said the walkout would last for another two days.", "two days", "walkout"),
        ("The hearing will last for three days.", "three days", "hearing"),
        ("The storm had lasted for about six hours when the levee gave way.", "six hours", "storm"),
        ("Each inspection lasts for up to four weeks.", "four weeks", "inspection"),
        ("Exports fell by two million tonnes.", "two million tonnes", "exports"),
    ],
)
def test_other_terms_and_changes_keep_their_item(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
