"""A mobile page's picture: its label ('Image: ...', what a screen reader reads out) and the
caption under it that closes on its credit after a dash are captions, not the story; the byline
and the date stamp under the headline are found past the picture and the share buttons."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

HEADLINE = "Customs seize 40 tonnes of smuggled diesel at northern port"
DEK = "Two tankers held; the fuel was bound for inland traders, officials say"
LEAD = (
    "PENANG: Customs officers seized about 40 tonnes of diesel from two small tankers at the"
    " northern port, the department said, and detained eight crew members.\n"
)
MORE = (
    "The department said the fuel had been bought at subsidised prices and would have been sold"
    " on to traders across the border at twice the price.\n"
)
SHARE = "Share on X\nShare on Facebook\nShare on WhatsApp\nCopy link"


@pytest.mark.parametrize(
    ("label", "caption"),
    [
        (
            "Image: Customs officers on board a tanker in Penang.",
            "Customs officers inspect the seized tanker on Tuesday. - Bernama",
        ),
        (
            "Photo: A fuel pump at a roadside station.",
            "A fuel pump at a station near the border. - Filepic",
        ),
        (
            "Image: The director-general at a news conference.",
            "The department's director-general speaking to reporters in Putrajaya on Monday. — AFP",
        ),
        (
            "Picture: Seized drums stacked on the quay.",
            "Drums of diesel stacked on the quay after the raid. - The Star/Ahmad Zaki",
        ),
    ],
)
def test_a_caption_under_its_picture_label_is_a_caption(label: str, caption: str) -> None:
    page = f"{HEADLINE}\nBy ANA RUIZ\n4 December 2025\n\n{LEAD}\n{label}\n{caption}\n\n{MORE}"
    assert kind_of(page, caption) == "caption"
    assert kind_of(page, MORE.strip()) == "body"


def test_a_paragraph_closing_on_an_agency_name_stays_text_without_a_label() -> None:
    line = "Officials said more seizures were likely in the coming weeks. - Bernama"
    page = f"{HEADLINE}\nBy ANA RUIZ\n4 December 2025\n\n{LEAD}\n{line}\n\n{MORE}"
    assert kind_of(page, line) == "body"


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("Thursday, 04 Dec 2025 6:12 PM MYT", dt.date(2025, 12, 4)),
        ("Monday, 17 Nov 2025 09:40 WIB", dt.date(2025, 11, 17)),
        ("Tuesday, 2 Sep 2025 11:05 AM SGT", dt.date(2025, 9, 2)),
        ("Friday, 5 Dec 2025 7:30 PM PHT", dt.date(2025, 12, 5)),
    ],
)
def test_the_byline_under_a_picture_and_share_buttons_dates_the_page(
    stamp: str, day: dt.date
) -> None:
    top = f"Image: Tankers moored at the port.\nTankers moored at the port. - Filepic\n{SHARE}"
    page = f"{HEADLINE}\n{DEK}\n{top}\nBy ANA RUIZ\n{stamp}\nUpdated 8:02 PM\n\n{LEAD}\n{MORE}"
    structure = segment_text(page)
    assert structure.title == HEADLINE
    assert structure.byline.published == day
    assert kind_of(page, stamp) == "byline"
    assert kind_of(page, LEAD.strip()) == "body"
