"""What gets parsed: claim-bearing paragraphs, the language check, missed datelines."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extract.chunking import (
    MAX_CHUNK,
    _cue_re,
    _cue_words,
    chunks,
    dateline,
    is_english,
    may_hold_claim,
)


def test_prefilter_keeps_paragraphs_that_can_hold_a_claim() -> None:
    assert may_hold_claim("Three ships left.")
    assert may_hold_claim("It happened on Tuesday.")
    assert may_hold_claim("The bloc sanctioned the firm.")
    assert may_hold_claim("Output rose 4%.")
    assert not may_hold_claim("Please share this article with your friends.")


def test_cue_test_answers_as_the_cue_regex_on_every_dev_line(root: Path) -> None:
    folders = [root / "seeds", *sorted((root / "tests" / "data").glob("dev*/articles"))]
    lines = [
        line
        for folder in folders
        for p in sorted(folder.glob("*.txt"))
        for line in p.read_text("utf-8").splitlines()
    ]
    assert len(lines) > 1000
    answers = [may_hold_claim(line) for line in lines]
    assert answers == [_cue_re().search(line) is not None for line in lines]
    assert 0 < sum(answers) < len(lines)


CUES = [*sorted(_cue_words())[::8], "MAY", "ſanctions", "tueſday", "7", "\u0663", "_march", "x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(CUES), st.text(max_size=3)), max_size=8))
def test_cue_test_answers_as_the_cue_regex_on_generated_text(parts: list[str]) -> None:
    for sep in (" ", "", "-"):
        text = sep.join(parts)
        assert may_hold_claim(text) == (_cue_re().search(text) is not None), text


def test_chunks_skip_byline_and_boilerplate_segments() -> None:
    text = "Title with 2 ships\nby A. Writer April 2, 2024\nBody has 3 tanks.\nSubscribe now 4 free"
    segments = [
        {"kind": "title", "start": 0, "end": 18},
        {"kind": "byline", "start": 19, "end": 45},
        {"kind": "body", "start": 46, "end": 64},
        {"kind": "boilerplate", "start": 65, "end": len(text)},
    ]
    got = [(c.segment, text[c.start : c.end]) for c in chunks(text, segments)]
    assert got == [("title", "Title with 2 ships"), ("body", "Body has 3 tanks.")]


def test_long_paragraphs_are_cut_at_sentence_ends() -> None:
    text = "Troops moved 3 guns forward today. " * 1000
    pieces = list(chunks(text, None))
    assert len(pieces) > 1
    assert all(c.end - c.start <= MAX_CHUNK for c in pieces)
    assert all(text[c.start : c.end].endswith(".") for c in pieces[:-1])


def test_language_check() -> None:
    english = (
        "The ministry said on Monday that it had imposed new sanctions on the firms and owners. "
        * 3
    )
    german = (
        "Das Ministerium teilte am Montag mit, dass es neue Sanktionen gegen Firmen verhängt habe. "
        * 3
    )
    assert is_english(english)
    assert not is_english(german)
    assert is_english("Kyiv, 2 ships")  # too short to judge: kept


#: English pages short of function words: a sports tribunal's decision of names and article
#: numbers, a rate table, a caption list of places and credits, a metadata block over the story.
SPARSE_ENGLISH = (
    "DISCIPLINARY PANEL - DECISION No. 17/2026\nClub: Atlético Serrano S.A.D.P.\n"
    "Match: Round 4, Copa Regional 2026, Estadio Municipal de Talca, 08.02.2026\n"
    "Referee: P. Muñoz Vidal. Assistants: L. Rojas Pinto, S. Quiroga Vera.\n"
    "Players: T. Salas (No. 9), B. Fuentes (No. 21), K. Araya (No. 3).\n"
    "Articles: 58 N°1 letra a), 62, 64 letra d) Código de Procedimiento y Penalidades.\n"
    "Suspensions: T. Salas 4 fechas; B. Fuentes 2 fechas. Fine: 90 UF (Atlético Serrano).",
    "Policy rate (%) 7.25 6.75 6.50 6.25\nCPI inflation y/y (%) 8.1 5.4 4.6 4.1\n"
    "Real GDP growth (%) 3.2 3.8 4.1 4.3\nReserves (USD bn) 11.4 12.9 13.3 13.8\n"
    "Import cover (months) 4.6 5.1 5.2 5.3\nExchange rate avg (LCU/USD) 1.70 1.70 1.70\n"
    "Key indicators, Monetary Policy Committee, Press Release No. 9/2026, Page 2 of 3",
    "BELÉM, Brazil - Delegates, Hangar Convention Centre, Nov. 18, 2025. REUTERS/Ana Prado\n"
    "BELÉM, Brazil - Indigenous leaders, Tapajós delegation, Nov. 18, 2025. AP Photo/Luís Costa\n"
    "BELÉM, Brazil - Ministers, plenary hall, COP30, Nov. 19, 2025. EPA/Rita Moura\n"
    "BELÉM, Brazil - Police boats, Guamá River, Nov. 19, 2025. AFP/Caio Nunes",
    '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour board extends '
    'dredging contract","datePublished":"2026-02-11T08:40:00+01:00","author":{"@type":"Person",'
    '"name":"Marta Quintela"},"publisher":{"@type":"Organization","name":"Costa Atlantica Digital"}}'
    "\nog:title = Harbour board extends dredging contract\nog:type = article\n"
    "twitter:card = summary_large_image\nThe board gave the contractor eight more months.",
)
#: The same kinds of news in other languages, written for this test.
OTHER_LANGUAGES = (
    "Die Hafenbehörde hat am Dienstag den Vertrag mit dem Bauunternehmen um acht Monate "
    "verlängert, weil die Arbeiten nach den Stürmen im Verzug sind und die Fahrrinne noch nicht "
    "tief genug ist, wie die Behörde mitteilte.",
    "La autoridad portuaria prorrogó el martes por ocho meses el contrato con la empresa de "
    "dragado, porque los temporales de invierno retrasaron las obras, según la junta, y el canal "
    "todavía no tiene la profundidad prevista para los buques más grandes.",
    "Le conseil du port a prolongé mardi de huit mois le contrat de dragage, car les tempêtes de "
    "l'hiver ont retardé les travaux, selon la direction, et le chenal n'est pas encore assez "
    "profond pour les plus grands navires qui arrivent dans la baie.",
    "Otoritas pelabuhan pada hari Selasa memperpanjang kontrak pengerukan selama delapan bulan "
    "karena badai musim hujan telah menunda pekerjaan, kata direksi, dan alur pelayaran itu "
    "belum cukup dalam untuk kapal yang lebih besar dari biasanya.",
)


@pytest.mark.parametrize("text", SPARSE_ENGLISH)
def test_an_english_page_short_of_function_words_is_kept(text: str) -> None:
    assert is_english(text)


@pytest.mark.parametrize("text", OTHER_LANGUAGES)
def test_a_page_in_another_language_is_skipped(text: str) -> None:
    assert not is_english(text)


def test_dateline_the_segmenter_missed() -> None:
    text = "Home\nA title\nBy A. Writer | The Outlet | May 20, 2025\nThe UK sanctioned 18 tankers."
    found = dateline(text)
    assert found is not None
    date, start, end = found
    assert date == dt.date(2025, 5, 20)
    assert text[start:end] == "By A. Writer | The Outlet | May 20, 2025"


def test_the_items_of_a_list_under_a_kept_introduction_are_parsed() -> None:
    text = (
        "The ministry designated the following:\n"
        "- Ivan Sorokin, a shipping executive\n"
        "• Tarragon Freight Co., a broker in Fujairah\n"
        "* Lena Moss\n"
        "Please share this article.\n"
        "- Share on social media\n"
    )
    kept = [text[c.start : c.end] for c in chunks(text, None)]
    assert kept == [
        "The ministry designated the following:",
        "- Ivan Sorokin, a shipping executive",
        "• Tarragon Freight Co., a broker in Fujairah",
        "* Lena Moss",
    ]


def test_bullets_under_a_line_that_holds_no_claim_stay_out() -> None:
    text = "Follow us:\n- Facebook page\n- Newsletter\n"
    assert list(chunks(text, None)) == []
