"""'Those restrained include ...': a participle of freezing or listing that the parser makes the
subject, with the pronoun as its determiner, restates the targets of the action just told as
'those targeted include' does (claims.extract.sanctions.finder._listed_pronoun; freeze verbs
from sanctions.json `freeze_verbs`), in any tense of the restating verb."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import page_sanctions

PAGES = [
    (
        "Officials' homes restrained\n\nThe High Court in Nairobi restrained the property of "
        "six county officials on Tuesday. Those restrained include a former county treasurer "
        "and his two sons.\n",
        "Kenya",
    ),
    (
        "Traders' accounts restrained\n\nA court in Lusaka has restrained the accounts of "
        "three grain traders. Those restrained are Mwila Banda, Chanda Phiri and Grace Tembo.\n",
        "Zambia",
    ),
    (
        "Port officials\n\nA judge in Lima restrained the assets of four port officials last "
        "week. Those restrained included a harbour master and a customs clerk.\n",
        "Peru",
    ),
]


@pytest.mark.parametrize(("text", "authority"), PAGES)
def test_those_restrained_restate_the_targets(tmp_path: Path, text: str, authority: str) -> None:
    rows = page_sanctions(tmp_path, text)
    own = [r for r in rows if r["span_text"].startswith("Those restrained")]
    assert len(own) == 1, rows
    assert list(own[0]["sanction_authorities"]) == [authority]


def test_those_mentioned_restate_nothing(tmp_path: Path) -> None:
    text = (
        "Port officials\n\nA judge in Lima restrained the assets of four port officials last "
        "week. Those interviewed include a harbour master and a customs clerk.\n"
    )
    rows = page_sanctions(tmp_path, text)
    assert not any(r["span_text"].startswith("Those") for r in rows), rows
