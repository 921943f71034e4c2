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
        "NOT FOR PUBLICATION OR DISTRIBUTION, WHOLLY OR PARTLY, TO PERSONS IN AUSTRALIA,"
        " CANADA, JAPAN OR THE UNITED STATES.",
        "Not for distribution in any territory where doing so breaks local law.",
        "IMPORTANT: THIS ANNOUNCEMENT IS NOT FOR PUBLICATION IN ANY COUNTRY WHERE SUCH"
        " PUBLICATION IS RESTRICTED BY LAW",
    ],
)
def test_a_distribution_legend_is_furniture(legend: str) -> None:
    page = PAGE.format(legend=legend)
    assert segment_text(page, TODAY).title == HEADLINE
    assert kind_of(page, legend, TODAY) == "boilerplate"
    assert kind_of(page, "EUR 500 million of bonds", TODAY) == "body"


@pytest.mark.parametrize(
    "note",
    [
        "FORWARD-LOOKING STATEMENTS: This notice may contain forecasts. Results may differ from"
        " them. The bonds are not registered under the Securities Act of 1933.",
        "Safe harbour statement: Some statements here concern future events and 2027 targets.",
        "Cautionary note regarding forward-looking information: Figures for 2026 are estimates.",
    ],
)
def test_a_forward_looking_statements_note_is_furniture(note: str) -> None:
    page = (
        PAGE.format(legend="NOT FOR DISTRIBUTION IN OR INTO THE UNITED STATES.")
        + "\n"
        + note
        + "\n"
    )
    assert kind_of(page, note, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "contact",
    [
        "Contact: Debt Office · +47 2200 1100 ext. 210 · debt@treasury.example",
        "Media: Press desk • +1 555 0100 • press@treasury.example",
        "Contact: Investor relations | +44 20 7000 0000 | ir@treasury.example",
    ],
)
def test_a_contact_strip_split_by_dots_is_furniture(contact: str) -> None:
    page = (
        PAGE.format(legend="NOT FOR DISTRIBUTION IN OR INTO THE UNITED STATES.")
        + "\n"
        + contact
        + "\n"
    )
    assert kind_of(page, contact, TODAY) == "boilerplate"
    assert kind_of(page, "EUR 500 million of bonds", TODAY) == "body"
