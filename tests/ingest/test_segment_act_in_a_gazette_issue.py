"""An act carried in a law gazette's issue: the gazette's header, the issue's contents list, the
act's serial number and its legal basis stand over the act's own name in capitals, which is the
page's title; the contents lines name other acts and are no text of this one."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

PAGE = (
    "{gazette}\n"
    "Year XII - No. 31 | Valdora, 9 March 2026\n"
    "{contents}\n"
    "41. {other} ........ 3\n"
    "42. Order on the register of fishing vessels ........ 7\n"
    "41.\n"
    "Pursuant to Article 12 of the Law on Fisheries, the Government adopted at its session:\n"
    "{act}\n"
    "\n"
    "Article 1\n"
    "The closed season for sardine shall run from 1 April to 31 May of each year.\n"
    "\n"
    "Article 2\n"
    "This Decree shall enter into force on the day following its publication.\n"
)

CASES = [
    (
        "OFFICIAL GAZETTE OF THE REPUBLIC OF VALDORA",
        "CONTENTS OF THIS ISSUE",
        "Decree on the closed season for sardine",
        "DECREE ON THE CLOSED SEASON FOR SARDINE",
    ),
    (
        "State Gazette of Valdora",
        "Contents of the issue",
        "Regulation amending the port dues tariff",
        "REGULATION AMENDING THE PORT DUES TARIFF AND THE PILOTAGE FEES",
    ),
    (
        "GOVERNMENT GAZETTE",
        "In this issue of the Gazette:",
        "Decision concerning the export quota for timber",
        "DECISION CONCERNING THE EXPORT QUOTA FOR SAWN TIMBER IN 2026",
    ),
    (
        "Official Journal of the Republic of Valdora",
        "CONTENTS",
        "Law on amendments to the Law on Customs",
        "LAW ON AMENDMENTS TO THE LAW ON CUSTOMS TARIFFS",
    ),
]


@pytest.mark.parametrize(("gazette", "contents", "other", "act"), CASES)
def test_the_act_name_under_the_gazette_header_is_the_title(
    gazette: str, contents: str, other: str, act: str
) -> None:
    page = PAGE.format(gazette=gazette, contents=contents, other=other, act=act)
    structure = segment_text(page)
    assert structure.title == act
    assert structure.byline.published == dt.date(2026, 3, 9)
    assert kind_of(page, "42. Order on the register") != "body"
    assert kind_of(page, "The closed season for sardine") == "body"
