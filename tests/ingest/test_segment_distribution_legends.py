"""A securities notice's distribution legend in capitals over its headline ('NOT FOR RELEASE
... IN OR INTO THE UNITED STATES ...'): a standing legal notice, furniture, never the
headline nor the body."""

from __future__ import annotations

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import TODAY, kind_of

HEADLINE = "Republic of Norland prices EUR 500 million 10-year bonds"
PAGE = (
    "TREASURY OF NORLAND · Debt Office\n"
    "Home › Debt › Notices\n"
    "\n"
    "{legend}\n"
    "\n" + HEADLINE + "\n"
    "\n"
    "The Treasury priced EUR 500 million of bonds due 2036 at a yield of 4.1% on Tuesday, with"
    " orders of about EUR 2 billion.\n"
)


@pytest.mark.parametrize(
    "legend",
    [
        "NOT FOR RELEASE, PUBLICATION OR DISTRIBUTION, DIRECTLY OR INDIRECTLY, IN OR INTO THE"
        " UNITED STATES, CANADA OR JAPAN.",
        "Not for distribution in or into any jurisdiction where it would be unlawful to do so.",
        "IMPORTANT: THIS ANNOUNCEMENT IS NOT FOR PUBLICATION IN ANY COUNTRY WHERE SUCH"
        " PUBLICATION IS RESTRICTED BY LAW",
    ],
)
def test_a_distribution_legend_is_furniture(legend: str) -> None:
    page = PAGE.format(legend=legend)
    assert segment_text(page, TODAY).title == HEADLINE
    assert kind_of(page, legend, TODAY) == "boilerplate"
    assert kind_of(page, "EUR 500 million of bonds", TODAY) == "body"
