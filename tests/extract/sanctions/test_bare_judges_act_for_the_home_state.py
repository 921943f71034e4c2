"""A judge named bare ('A judge in <town>', 'The judge') acts for the story's home state, not for
another state whose body the story names before or after the judge's action (invented pages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import page_sanctions

PAGES = [
    (
        "Judge freezes ferry firm's accounts; Chile blocks transfers\n\n"
        "LIMA — A judge in Tacna on Monday froze the accounts of four directors of a ferry "
        "company accused of skipping safety checks, at the request of Peruvian prosecutors.\n\n"
        "Chile's Financial Analysis Unit froze two accounts of the firm in Santiago.\n\n"
        "The judge also extended the seizure of a warehouse for another year.\n",
        ["froze the accounts of four", "extended the seizure"],
        "Peru",
    ),
    (
        "Kenyan judge orders seizure of smugglers' lorries\n\n"
        "NAIROBI — Kenyan investigators traced the cash through Mombasa. Tanzania's police froze "
        "three accounts of the ring in Arusha last week.\n\n"
        "A judge later ordered the seizure of nine lorries and two warehouses owned by the "
        "smugglers.\n",
        ["ordered the seizure"],
        "Kenya",
    ),
    (
        "Cocoa fraud case widens\n\n"
        "ACCRA — Ghanaian auditors found gaps in the books of five cocoa buyers last year, and "
        "the anti-graft office says the money went into houses and cars in the capital.\n\n"
        "Togo's financial unit has frozen one account held in Lomé.\n\n"
        "The judge lifted the freeze on a house owned by one of the buyers' sisters.\n",
        ["lifted the freeze"],
        "Ghana",
    ),
    (
        "Judges tighten grip on fuel ring\n\n"
        "MANILA — Philippine prosecutors have widened a case against a fuel smuggling ring in "
        "the southern islands.\n\n"
        "Malaysia's central bank froze two accounts of the ring's lead broker in Sabah.\n\n"
        "A judge in Tacloban has frozen the bank accounts of six more people tied to the ring.\n",
        ["frozen the bank accounts of six"],
        "Philippines",
    ),
]


@pytest.mark.parametrize(("text", "spans", "home"), PAGES)
def test_a_bare_judge_acts_for_the_home_state(
    tmp_path: Path, text: str, spans: list[str], home: str
) -> None:
    rows = page_sanctions(tmp_path, text)
    for span in spans:
        found = [r for r in rows if span in r["sentence"]]
        assert found, (span, rows)
        assert list(found[0]["sanction_authorities"]) == [home], found[0]
