"""Round 50: a court filing's own name in capitals under the court's name and the parties
('FOUNDING AFFIDAVIT IN SUPPORT OF ...', 'HEADS OF ARGUMENT ON BEHALF OF ...') is the page's
title, as a judgment's 'JUDGMENT' is; the court's name above it is the filing's header."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text

TODAY = dt.date(2026, 12, 1)
PAGE = (
    "IN THE HIGH COURT OF THE EASTERN REGION\n"
    "HELD AT PORT VELA\n"
    "Case No: 2026-00417\n\n"
    "In the matter between:\n"
    "THE ASSET RECOVERY OFFICE — Applicant\n"
    "and\n"
    "HARBOUR GOLD TRADERS LTD — Respondent\n\n"
    "{name}\n\n"
    "I, the undersigned, make oath and state that:\n"
    "1. I am an investigator in the Asset Recovery Office and the facts below are within my"
    " own knowledge.\n"
)


@pytest.mark.parametrize(
    "name",
    [
        "FOUNDING AFFIDAVIT IN SUPPORT OF AN APPLICATION TO FREEZE PROPERTY",
        "REPLYING AFFIDAVIT",
        "HEADS OF ARGUMENT ON BEHALF OF THE APPLICANT",
        "CONFIRMATORY AFFIDAVIT OF THE INVESTIGATING OFFICER",
    ],
)
def test_a_filing_s_name_under_the_court_and_parties_is_the_title(name: str) -> None:
    assert segment_text(PAGE.format(name=name), TODAY).title == name
