"""A court that 'makes' a freeze order imposes it, in either voice ('made a restraining order',
'freezing orders were made against ...'); making anything else, or a sanction making something
harder, is no action. A freeze verb whose holdings the parser read as the subject of the
participle describing them ('restrained 14 flats ... linked to a ring') still freezes them."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    "text",
    [
        "The High Court made a restraining order over two houses owned by the mayor.",
        "On Friday the district court made freezing orders against four shipping agents.",
        "A restraint order was made by the Supreme Court against the three brothers.",
        "Freezing orders were made against two travel firms in June.",
    ],
)
def test_a_court_making_a_freeze_order_imposes_it(claims_of: Rows, text: str) -> None:
    assert len(claims_of(text, "sanction")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The sanctions made the order harder to enforce.",
        "The judge made an order for costs against the bank.",
    ],
)
def test_making_no_freeze_order_is_no_action(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    "text",
    [
        "In May the agency restrained 14 flats and 31 accounts in Perth linked to a drug ring.",
        "The taskforce restrained 12 houses and 20 bank accounts linked to the syndicate.",
        "Last week the unit froze nine accounts in Lima tied to the cartel.",
        "The prosecutor restrained six lorries and two accounts in Durban linked to the scheme.",
    ],
)
def test_holdings_read_as_a_participles_subject_are_frozen(claims_of: Rows, text: str) -> None:
    assert len(claims_of(text, "sanction")) == 1
