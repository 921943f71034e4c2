"""An annex head ('The following firms are added:', 'The following individual is removed:'): a
passive verb of a list whose subject is a target word marked by a list pointer, on a line ending
in a colon with the entries below, adds them to (or takes them off) the measure the story told
before (sanctions.json `annex_heads`). The same head on a page that told no measure, or over
things that are no targets, is none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import page_sanctions

LEAD = (
    "Agency lists smuggling rings\n\n"
    "Estonia's foreign ministry on Friday designated three people and two shipping firms over"
    " fuel smuggling.\n\n"
)


@pytest.mark.parametrize(
    ("head", "entry", "status"),
    [
        ("The following individuals are added:", "1. TAMM Juri, born 1968, Latvia", "imposed"),
        ("The following companies were added:", "- Borealis Freight OU (Tallinn)", "imposed"),
        ("The following entity is deleted:", "1. Kurrin Shipping Ltd. (Malta)", "lifted"),
        ("The following persons have been removed:", "1. SAAR Liis, born 1975", "lifted"),
    ],
)
def test_an_annex_head_states_the_move(tmp_path: Path, head: str, entry: str, status: str) -> None:
    rows = page_sanctions(tmp_path, f"{LEAD}Annex\n\n{head}\n{entry}\n")
    found = [r for r in rows if r["span_text"].split()[0] in head]
    assert len(found) == 1, rows
    assert found[0]["sanction_status"] == status, found
    assert found[0]["sanction_authorities"] == ["Estonia"], found


def test_an_annex_head_on_a_page_of_no_measure_is_none(tmp_path: Path) -> None:
    text = (
        "Club committee changes\n\n"
        "Estonia's chess federation met in Tartu on Friday.\n\n"
        "The following persons are added:\n1. TAMM Juri, treasurer\n"
    )
    assert page_sanctions(tmp_path, text) == []


def test_a_head_over_things_is_none(tmp_path: Path) -> None:
    rows = page_sanctions(tmp_path, f"{LEAD}The following dates are added:\n1. 4 May\n")
    assert not any("dates" in r["span_text"] for r in rows), rows
