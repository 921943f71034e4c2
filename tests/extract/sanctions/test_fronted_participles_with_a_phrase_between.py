"""'Also barred, for 18 months, is a supplier': a fronted participle of listing or freezing set
off from its copula by a phrase between commas, which the parser reads as a clausal subject or an
adverbial clause of the copula, states that the inverted subject is one more target of the action
told before (a list-membership claim with that action's authority)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import page_sanctions


@pytest.mark.parametrize(
    ("text", "participle", "authority"),
    [
        (
            "Bank bars water contractor\n\n"
            "The Islamic Development Bank on Monday debarred a water contractor and two of its "
            "directors for three years.\n\n"
            "Also barred, for 18 months, is a Dubai-registered pipe supplier, which the board "
            "found had inflated invoices.\n",
            "barred",
            "Islamic Development Bank",
        ),
        (
            "Court freezes assets of fraud ring\n\n"
            "A court in Valletta on Tuesday froze the assets of four people and two companies.\n\n"
            "Also frozen, under the same order, are two flats in Sliema owned by the ring's "
            "leader.\n",
            "frozen",
            "Malta",
        ),
        (
            "Ghana sanctions gold smugglers\n\n"
            "Ghana on Friday designated three men who ran gold out of the country.\n\n"
            "Also named, for his role as the ring's cashier, was Kofi Asante-Darko, a bank clerk "
            "in Kumasi.\n",
            "named",
            "Ghana",
        ),
        (
            "Kenya lists fuel importers\n\n"
            "Kenya listed two fuel importers under its anti-terror law on Monday.\n\n"
            "Also listed, after a review of its accounts, is a Mombasa clearing agent.\n",
            "listed",
            "Kenya",
        ),
    ],
)
def test_a_fronted_participle_adds_a_target(
    tmp_path: Path, text: str, participle: str, authority: str
) -> None:
    rows = page_sanctions(tmp_path, text)
    own = [r for r in rows if r["span_text"].startswith(participle)]
    assert own, rows
    assert all(list(r["sanction_authorities"]) == [authority] for r in own), own
    assert all(r["sanction_status"] == "imposed" and len(r["sanction_targets"]) for r in own), own


def test_a_fronted_adjective_of_no_action_adds_nothing(tmp_path: Path) -> None:
    text = (
        "Court freezes assets of fraud ring\n\n"
        "A court in Valletta on Tuesday froze the assets of four people and two companies.\n\n"
        "Also worrying, prosecutors said, is the ring's use of two flats in Sliema.\n"
    )
    rows = page_sanctions(tmp_path, text)
    assert not any(r["span_text"].startswith("worrying") for r in rows), rows
