"""A government portal's press release: its breadcrumb split by spaced slashes from the site's
root and its 'Press release from <office>' label are the portal's, and the release's own
headline under its Published line is the title, its lead the text."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

PAGE = (
    "Government of the Republic\n"
    "Language | Contact | Search\n"
    "{crumb}\n"
    "{label}\n"
    "Published 2 February 2026\n"
    "Ferry subsidy raised to keep winter crossings running\n"
    "The Government will add 140 million to the ferry subsidy next year so that island routes"
    " keep two crossings a day through the winter.\n"
    "\n"
    "The minister said the money would also cover three new ramps.\n"
)

CASES = [
    (
        "Home / Government / Ministry of Transport / Press releases",
        "Press release from Ministry of Transport",
    ),
    (
        "Home / Ministries / Ministry of Finance and Economy / News",
        "Press release from the Ministry of Finance and Economy",
    ),
    (
        "Start / Government / Prime Minister's Office / Current affairs",
        "News release by Prime Minister's Office",
    ),
    (
        "Home / Departments / Maritime Department / Media",
        "Media release from Maritime Department",
    ),
]


@pytest.mark.parametrize(("crumb", "label"), CASES)
def test_the_release_headline_is_the_title_under_its_crumbs_and_label(
    crumb: str, label: str
) -> None:
    page = PAGE.format(crumb=crumb, label=label)
    structure = segment_text(page)
    assert structure.title == "Ferry subsidy raised to keep winter crossings running"
    assert structure.byline.published == dt.date(2026, 2, 2)
    assert kind_of(page, crumb) == "boilerplate"
    assert kind_of(page, label) == "boilerplate"
    assert kind_of(page, "The Government will add 140 million") == "body"


def test_a_headline_with_one_slash_is_no_breadcrumb() -> None:
    page = PAGE.format(crumb="Home", label="Oil / gas levy raised for two years").replace(
        "Ferry subsidy raised to keep winter crossings running\n", ""
    )
    assert segment_text(page).title == "Oil / gas levy raised for two years"
