"""A page the EU's journal or another council's own masthead issues: its masthead names the
issuer ('Official Journal of ...' is an issuing word), and a bare 'the Council' in it, or a
listing with no actor, is that council's even right after a UN committee's action is reported;
the measures it concerns do not name a state as their author
(claims.extract.sanctions.carry.carry_sanctions)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.extract.sanctions.carry import page_issuer
from tests.extract.stories import page_rows


@pytest.mark.parametrize(
    ("masthead", "expected"),
    [
        ("Official Journal of the European Union\nL series", ["European Union"]),
        ("OFFICIAL JOURNAL OF THE EUROPEAN UNION\nC series", ["European Union"]),
        ("Official Journal of the Republic of Croatia\nNo. 14", ["Croatia"]),
    ],
)
def test_an_official_journal_names_its_issuer(masthead: str, expected: list[str]) -> None:
    assert page_issuer(masthead + "\n\nA sentence of the page's body.\n", []) == expected


REGULATION = """Official Journal of the European Union
L series
COUNCIL REGULATION (EU) 2026/411
on restrictive measures relating to Sudan
Whereas:
(1) On 4 March 2025, the Security Council Committee struck three persons off its sanctions list.
(2) {sentence}
HAS ADOPTED THIS REGULATION:
"""


@pytest.mark.parametrize(
    "sentence",
    [
        "The Council has also prolonged until 5 May 2027 the measures on 16 persons in Annex I.",
        "The Council added two militia leaders to the list in Annex I on 2 April 2026.",
        "On 2 April 2026 the Council delisted one deceased person named in Annex I.",
        "The Council will list four more commanders in Annex I next month.",
    ],
)
def test_the_bare_council_of_a_council_page_is_its_issuer(tmp_path: Path, sentence: str) -> None:
    rows = page_rows(tmp_path, REGULATION.format(sentence=sentence), "sanction")
    own = [r for r in rows if sentence[:30] in r["sentence"]]
    assert own, [(r["span_text"], r["sanction_authorities"]) for r in rows]
    assert [list(r["sanction_authorities"]) for r in own] == [["European Union"]] * len(own)
    un = [r for r in rows if "struck" in r["sentence"]]
    assert all(list(r["sanction_authorities"]) == ["UN Security Council"] for r in un)
