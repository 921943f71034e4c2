"""A bare 'the commission' (or another bare noun) acts for the authority other than a state whose
name ends in that noun and that the story named before in a sentence with no claim of its own,
not for a state whose claim comes just before (invented stories)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import page_sanctions

PAGES = [
    (
        "Tuna boats blacklisted\n\n"
        "Delegates of the Indian Ocean Tuna Commission met in Mombasa last month to review "
        "catch reports from the region's longline fleets and their agents.\n\n"
        "Mauritius froze the account of a ship agent in Port Louis on Monday.\n\n"
        "On 3 June the commission added four vessels to its list of illegal fishing vessels.\n",
        "added four vessels",
        "Indian Ocean Tuna Commission",
    ),
    (
        "Pacific fleet loses two boats\n\n"
        "The Western and Central Pacific Fisheries Commission held its annual meeting in "
        "Manila, where members argued over limits on bigeye catches for a full week.\n\n"
        "Fiji has suspended the licences of two boats.\n\n"
        "The commission has since removed two vessels from its list of illegal boats.\n",
        "removed two vessels",
        "Western and Central Pacific Fisheries Commission",
    ),
    (
        "Lender debars road builders\n\n"
        "Auditors at the Asian Development Bank spent a year checking invoices from a highway "
        "project in the north of the country before they reported to the board.\n\n"
        "Nepal's police froze one account of a contractor.\n\n"
        "The bank debarred three construction firms for four years.\n",
        "debarred three",
        "Asian Development Bank",
    ),
    (
        "Fishing vessels named\n\n"
        "Scientists advising the Indian Ocean Tuna Commission warned this spring that yellowfin "
        "stocks are still being fished too hard by the purse-seine fleets.\n\n"
        "Seychelles blocked the account of a supplier in Victoria.\n\n"
        "The commission listed three more vessels at its June session.\n",
        "listed three more",
        "Indian Ocean Tuna Commission",
    ),
]


@pytest.mark.parametrize(("text", "span", "body"), PAGES)
def test_a_bare_noun_names_the_body_said_before(
    tmp_path: Path, text: str, span: str, body: str
) -> None:
    rows = [r for r in page_sanctions(tmp_path, text) if span in r["sentence"]]
    assert rows
    assert list(rows[0]["sanction_authorities"]) == [body]
