"""The claim components as spaCy factories, usable in anyone's pipeline."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import claims.extract.pipeline  # noqa: F401  (registers the factories)
from claims.errors import UsageError
from claims.extract import DEFAULT_MODEL
from claims.extract.patterns import Match, PatternSet
from claims.extract.pipeline import CLAIM_PIPES, load, version


def test_components_in_a_pipeline_of_ones_own() -> None:
    own = spacy.load(DEFAULT_MODEL)  # the full model, NER included: the components add to it
    for name in CLAIM_PIPES:
        own.add_pipe(name)
    doc = own.make_doc("Tokyo sanctioned 11 individuals on May 3. The blast killed 40 people.")
    doc._.published = "2024-06-01"
    doc = own(doc)
    kinds = sorted({span.label_ for span in doc.spans["claims"]})
    assert kinds == ["date", "quantity", "sanction"]
    assert all(row["span_end"] > row["span_start"] for row in doc._.claims)


def test_the_components_leave_the_text_and_tokens_alone(nlp: Language) -> None:
    text = "Seoul imposed sanctions on two ships on April 2."
    doc = nlp(text)
    assert doc.text == text
    assert [t.text for t in doc] == [t.text for t in nlp.make_doc(text)]


def test_ner_is_left_out_and_the_lemmatizer_runs(nlp: Language) -> None:
    assert "ner" not in nlp.pipe_names and "lemmatizer" in nlp.pipe_names
    assert [t.lemma_ for t in nlp("Brussels adopted sanctions.")][1:3] == ["adopt", "sanction"]
    assert nlp.pipe_names[-3:] == list(CLAIM_PIPES)
    assert version(nlp).startswith("claims ") and "spacy" in version(nlp)


GLUED = {
    "id": "glued_calibre",
    "kind": "token",
    "example": "The crews fired 155mm shells.",
    "pattern": [{"LIKE_NUM": True}, {"LOWER": "mm"}],
}


def test_each_component_has_a_spanruler_style_default_config(nlp: Language) -> None:
    for name, file in zip(CLAIM_PIPES, ("dates", "sanctions", "quantities"), strict=True):
        config = nlp.get_pipe_config(name)
        assert config["pattern_files"] == [file]
        assert config["overwrite"] is False
        assert isinstance(nlp.get_pipe(name).patterns, PatternSet)


def test_a_pipeline_saved_with_an_extra_pattern_loads_with_it(tmp_path: Path) -> None:
    """The round trip through disk, in a fresh process: spaCy finds the factories by their entry
    points, rebuilds the components from config.cfg and restores the patterns from disk."""
    nlp = load()
    nlp.get_pipe("claims_quantities").add_patterns([GLUED])
    assert nlp("The crews fired 155mm shells.")._.claim_matches["claims_quantities"] == {
        "glued_calibre": [[3, 4]]
    }
    nlp.to_disk(tmp_path / "pipeline")
    script = (
        "import json, spacy, sys\n"
        "nlp = spacy.load(sys.argv[1])\n"
        "doc = nlp('Gunners fired 152mm rounds at dawn.')\n"
        "print(json.dumps({'pipes': nlp.pipe_names, 'matches': doc._.claim_matches,"
        " 'ids': [p.id for p in nlp.get_pipe('claims_quantities').patterns.patterns]}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "pipeline")],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    loaded = json.loads(done.stdout.splitlines()[-1])
    assert loaded["pipes"][-3:] == list(CLAIM_PIPES)
    assert GLUED["id"] in loaded["ids"]
    assert loaded["matches"]["claims_quantities"] == {"glued_calibre": [[2, 3]]}
    assert loaded["matches"]["claims_dates"] == {}


def test_the_pattern_files_come_from_the_config(tmp_path: Path) -> None:
    own = tmp_path / "own.json"
    own.write_text(json.dumps({"patterns": [GLUED]}), "utf-8")
    nlp = spacy.blank("en")
    pipe = nlp.add_pipe("claims_dates", config={"pattern_files": ["dates", str(own)]})
    assert [p.id for p in pipe.patterns.patterns][-1] == "glued_calibre"
    assert nlp("It fired 155mm shells.")._.claim_matches["claims_dates"]["glued_calibre"]


def test_a_broken_pattern_file_is_a_usage_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", "utf-8")
    with pytest.raises(UsageError, match=r"bad\.json"):
        spacy.blank("en").add_pipe("claims_dates", config={"pattern_files": [str(bad)]})


def test_overwrite_replaces_the_components_own_earlier_claims() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("claims_dates", name="first")
    nlp.add_pipe("claims_dates", name="again", config={"overwrite": True})
    doc = nlp.make_doc("The talks ended on 3 March 2024.")
    doc = nlp(doc)
    assert len(doc._.claims) == 1 and len(doc.spans["claims"]) == 1
    appending = spacy.blank("en")
    appending.add_pipe("claims_dates", name="first")
    appending.add_pipe("claims_dates", name="again")
    assert len(appending("The talks ended on 3 March 2024.")._.claims) == 2


def test_rejected_candidates_keep_their_words_and_reason(parse: Callable[..., Doc]) -> None:
    doc = parse("The 110th brigade held the line.")
    assert doc._.claim_rejections == {"quantity:ordinal": 1}
    assert doc._.claim_rejected == [
        {"reason": "quantity:ordinal", "start": 4, "end": 9, "text": "110th"}
    ]


def test_every_counted_rejection_keeps_its_candidate(parse: Callable[..., Doc]) -> None:
    doc = parse(
        "Call 555-0142 for details. The 3rd battalion, which Japan sanctioned along with 11 "
        "tankers on 4 May, lost 2 of them in 2023. It is a 5 min read."
    )
    rejected = doc._.claim_rejected
    assert len(rejected) >= 4
    assert Counter(r["reason"] for r in rejected) == Counter(doc._.claim_rejections)
    for r in rejected:
        assert r["start"] >= 0 and doc.text[r["start"] : r["end"]] == r["text"] != ""


def test_the_sanction_finder_reuses_the_components_matches_only_when_they_are_its_own() -> None:
    """The component matches the sanction patterns for doc._.claim_matches; the finder takes those
    instead of matching again, unless the component's patterns differ from the packaged ones."""
    from claims.extract.sanctions import finder

    text = (
        "Canberra sanctions 14 more drone suppliers. Ottawa also froze the assets of two banks "
        "on Monday, and Britain listed a shipping firm."
    )
    nlp = load()
    pipe = nlp.get_pipe("claims_sanctions")
    doc = nlp(text)
    reused = pipe._packaged_matches(doc)
    assert reused is not None and reused == finder.packaged_patterns(nlp.vocab)(doc)
    assert reused.get("verb_count_targets")
    with nlp.select_pipes(disable=list(CLAIM_PIPES)):
        plain = nlp(text)
    alone = [c.fields() for c in finder.extract(plain)]  # the finder matching on its own
    assert [r for r in doc._.claims if r["claim_type"] == "sanction"]
    assert [c.fields() for c in finder.extract(doc, None, reused)] == alone
    pipe.add_patterns([dict(GLUED, id="own_sanction_pattern")])
    assert pipe._packaged_matches(nlp(text)) is None


def test_the_date_component_skips_matching_only_text_its_patterns_cannot_match(
    nlp: Language, root: Path
) -> None:
    """Paragraphs without a trigger word or a year are not matched for doc._.claim_matches; on
    every dev paragraph that gives what matching them gives."""
    from claims.extract.chunking import paragraphs

    pipe = nlp.get_pipe("claims_dates")
    texts = []
    for dev in ("dev", "dev_b", "dev_c", "dev_d"):
        for path in sorted((root / "tests/data" / dev / "articles").glob("*")):
            text = path.read_text("utf-8", errors="replace")
            texts += [text[s:e] for s, e in paragraphs(text, 0, len(text))]
    skipped = 0
    with nlp.select_pipes(disable=list(CLAIM_PIPES)):
        for doc in nlp.pipe(texts):
            found = pipe._match(doc)
            assert found == pipe.patterns(doc), doc.text
            skipped += not found
    assert skipped > len(texts) // 3
    own_nlp = load()  # a pattern of one's own may need no trigger word: always matched
    own = own_nlp.get_pipe("claims_dates")
    own.add_patterns([dict(GLUED, id="own_date_pattern")])
    assert own._match(own_nlp.make_doc("Shells of 155mm were fired.")) == {
        "own_date_pattern": [Match("own_date_pattern", (2, 3))]
    }


def test_the_date_finder_reads_the_components_doc_unless_a_kept_abbreviation_may_split_it(
    nlp: Language,
) -> None:
    """The pipeline's tokenizer keeps some abbreviations whole (claims/data/tokens.json), which
    the date finder's does not: the component hands the finder its Doc and matches on a text
    where none of them can apply (the same tokens, so the same matches as the finder's own),
    and leaves the finder to tokenize one that may hold them."""
    from claims.extract.dates import finder as dates

    pipe = nlp.get_pipe("claims_dates")
    plain = "The convoy docked on Monday and sailed again a day later, early this morning."
    doc = nlp(plain)
    given = pipe._given(doc)
    assert given is not None and "anchor_day.day_then_step" in given
    own = dates._matched(dates.token_patterns()[0].make_doc(plain))
    assert given == own
    kept = "Col. Reyes docked on Monday and sailed again a day later."
    assert [t.text for t in nlp.make_doc(kept)][:1] == ["Col."]
    assert pipe._given(nlp(kept)) is None
    assert pipe._given(nlp("The Colombian convoy sailed a day later.")) is None  # 'Col'
    alone = list(dates.iter_dates(plain, None))
    with dates.given_doc(plain, doc, given):
        dates._find_dates.cache_clear()
        handed = list(dates.iter_dates(plain, None))
    dates._find_dates.cache_clear()
    assert handed == alone
