"""An agency's notice page closes on its other recent notices under a label ("Other recent
recalls", "More alerts"), one dated line each: other notices, never the page's own text."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import kind_of

LABELS = ["Other recent recalls", "More recalls", "Other recent alerts", "Other warnings"]
PAGE = (
    "Food Standards Office | Consumers | Recalls\n"
    "Publication date: 02/05/2026\n"
    "Recall of smoked salmon slices due to the presence of Listeria monocytogenes\n"
    "Nordfisk AS is recalling the product below from consumers after tests found Listeria in one"
    " lot; about 6,200 packs were sold in 140 shops.\n"
    "Consumers are asked not to eat the product and to return it to the shop for a refund.\n"
    "{label}\n"
    "28/04/2026 - Recall of 3 batches of frozen spinach due to foreign bodies\n"
    "21/04/2026 - Recall of 500 g bags of almonds due to aflatoxins\n"
)


@pytest.mark.parametrize("label", LABELS)
def test_other_recent_notices_are_related(label: str) -> None:
    page = PAGE.format(label=label)
    assert kind_of(page, "Nordfisk AS is recalling") == "body"
    assert kind_of(page, "28/04/2026 - Recall of 3 batches") == "related"
    assert kind_of(page, "21/04/2026 - Recall of 500 g") == "related"
