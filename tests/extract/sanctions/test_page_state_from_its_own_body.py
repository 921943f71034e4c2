"""The page's own state and bodies, not a state another sentence names: a court page's Crown
dependency, a state's council that issues the page, 'we' on an issuer's page, a bare home subject
after a sentence that opens on a state, a court whose verb the parser read as a modifier, a
pronoun after its own sentence's first clause, and a body's acronym in its own language."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import page_sanctions

#: A paragraph long enough to close the story's opening, naming no state.
FILL = (
    " The case has drawn wide attention among traders, and lawyers for the accused say"
    " they will contest every part of the order at the next hearing."
)


def _authorities(tmp_path: Path, text: str, words: str) -> list[str]:
    rows = [r for r in page_sanctions(tmp_path, text) if words in r["sentence"]]
    assert rows, text
    return list(rows[0]["sanction_authorities"])


COURT_PAGES = [
    (
        "THE ROYAL COURT OF GUERNSEY\nJudgment summary\n\n"
        "1. A court in Lisbon froze the respondent's assets in Portugal in May." + FILL + "\n\n"
        "2. The Court extended the freeze on the respondent's assets until the final hearing.\n",
        "Court extended",
        "Guernsey",
    ),
    (
        "THE ROYAL COURT OF JERSEY\nJudgment summary\n\n"
        "1. A court in Madrid froze the first respondent's assets in Spain." + FILL + "\n\n"
        "2. The Court froze the accounts of the two respondents held on the island.\n",
        "Court froze",
        "Jersey",
    ),
    (
        "SUPREME COURT OF GIBRALTAR\nCase summaries\n\n"
        "1. A court in Athens froze the trader's accounts in Greece last year." + FILL + "\n\n"
        "2. The Court extended the freeze on the trader's yacht until the trial.\n",
        "Court extended",
        "Gibraltar",
    ),
    (
        "HIGH COURT OF THE ISLE OF MAN\nJudgments\n\n"
        "1. A court in Warsaw froze the applicant's assets in Poland in 2024." + FILL + "\n\n"
        "2. The Court froze three accounts of the applicant held with local banks.\n",
        "Court froze",
        "Isle of Man",
    ),
]


@pytest.mark.parametrize(("text", "words", "state"), COURT_PAGES)
def test_a_crown_dependency_court_page_is_its_own_authority(
    tmp_path: Path, text: str, words: str, state: str
) -> None:
    assert _authorities(tmp_path, text, words) == [state]


COUNCIL_PAGES = [
    (
        "National Security and Defense Council of Ukraine | Press Centre\n\n"
        "Briefing on sanctions\n\n"
        "SECRETARY: Since 2021, the Council has applied sanctions against 112 individuals.\n",
        "the Council has",
        "Ukraine",
    ),
    (
        "National Security Council of Georgia | News\n\nStatement\n\n"
        "The Council on Monday imposed sanctions on 12 individuals over the smuggling case.\n",
        "The Council on Monday",
        "Georgia",
    ),
    (
        "National Security Council of Armenia | Press releases\n\nDecision\n\n"
        "The Council today froze the assets of four companies tied to the scheme.\n",
        "The Council today",
        "Armenia",
    ),
    (
        "National Security and Defense Council of Ukraine | Press Centre\n\n"
        "Briefing\n\n"
        "SECRETARY: We have extended for five years the sanctions on nine people.\n",
        "We have extended",
        "Ukraine",
    ),
]


@pytest.mark.parametrize(("text", "words", "state"), COUNCIL_PAGES)
def test_the_issuing_states_council_and_we_are_the_issuer(
    tmp_path: Path, text: str, words: str, state: str
) -> None:
    assert _authorities(tmp_path, text, words) == [state]


OPENING_BEFORE = [
    (
        "The Nordic Investment Bank debars an Estonian builder\n\n"
        "The bank found the prices had been agreed in advance." + FILL + "\n\n"
        "Estonia moved quickly. The Ministry of Finance added the builder to its register "
        "of excluded tenderers on Monday.\n",
        "Ministry of Finance",
        "Estonia",
    ),
    (
        "The World Bank debars a Latvian paving firm\n\n"
        "The bank said the bids had been rigged." + FILL + "\n\n"
        "Latvia followed within days. The Government froze the firm's accounts on Friday.\n",
        "The Government froze",
        "Latvia",
    ),
    (
        "A development lender bars a Nigerian contractor\n\n"
        "The audit found inflated invoices." + FILL + "\n\n"
        "The African Development Bank set up its sanctions office in 2014. With this "
        "decision it has debarred 40 companies.\n",
        "it has debarred",
        "African Development Bank",
    ),
    (
        "The Asian Development Bank bars a Philippine builder\n\n"
        "Investigators found collusion in the bids." + FILL + "\n\n"
        "The Philippines acted next. The Cabinet added the builder to the list of barred "
        "contractors on Tuesday.\n",
        "The Cabinet added",
        "Philippines",
    ),
]


@pytest.mark.parametrize(("text", "words", "actor"), OPENING_BEFORE)
def test_a_home_subject_or_pronoun_takes_the_opening_of_the_sentence_before(
    tmp_path: Path, text: str, words: str, actor: str
) -> None:
    assert _authorities(tmp_path, text, words) == [actor]


COURT_CLAUSES = [
    (
        "Court freezes assets of port smuggling ring\n\n"
        "PODGORICA, June 11 - The High Court in Podgorica has frozen the assets of 12 people, "
        "Montenegrin prosecutors said." + FILL + "\n\n"
        "Croatia's Anti-Money Laundering Office blocked three accounts last week.\n\n"
        "In a separate decision on Monday, the court extended by six months the freeze on "
        "seven members of another ring.\n",
        "separate decision",
        "Montenegro",
    ),
    (
        "Court freezes assets of betting network\n\n"
        "VALLETTA - A Maltese court has frozen the assets of ten people, Malta's prosecutors "
        "said." + FILL + "\n\n"
        "Cyprus's money laundering unit froze two accounts on Friday.\n\n"
        "In a related case on Monday, the court extended by six months the freeze on five "
        "people.\n",
        "related case",
        "Malta",
    ),
    (
        "Fiji freezes assets of drug network\n\n"
        "SUVA - Fiji's High Court has frozen the assets of eight people, Fijian police said."
        + FILL
        + "\n\nAustralia has not been asked to act.\n\n"
        "In March, the court extended the freeze on four people by six months, and it lifted "
        "a freeze on a taxi company last Thursday.\n",
        "it lifted",
        "Fiji",
    ),
    (
        "Lithuania freezes assets of farm subsidy ring\n\n"
        "VILNIUS - Lithuania's Financial Crime Investigation Service (FNTT) has frozen the "
        "assets of seven people, Lithuanian prosecutors said." + FILL + "\n\n"
        "Latvia's Financial Intelligence Unit blocked two accounts on Monday.\n\n"
        "With Tuesday's orders, the FNTT has frozen assets of 26 people since 2024.\n",
        "With Tuesday's orders",
        "Lithuania",
    ),
]


@pytest.mark.parametrize(("text", "words", "state"), COURT_CLAUSES)
def test_the_pages_own_body_acts_not_the_state_named_before(
    tmp_path: Path, text: str, words: str, state: str
) -> None:
    rows = [r for r in page_sanctions(tmp_path, text) if words in r["sentence"]]
    assert rows
    assert {a for r in rows for a in r["sanction_authorities"]} == {state}
