"""Sanction recall families: a coming round of sanctions as the subject of an arrival verb
('further designations will follow'), and a counted part of a group named before told what it is
('Four of the companies are shipping agents')."""

from __future__ import annotations

import pytest
from spacy.language import Language

from claims.extract.sanctions.carry import carry_sanctions
from tests.extract.sanctions.helpers import Rows, carried, counts


@pytest.mark.parametrize(
    "text",
    [
        "Canada sanctioned 12 officials on Monday. Asset freezes on a further four people will "
        "follow next month, the minister said.",
        "The EU listed nine firms. A further batch of designations is expected in May, diplomats "
        "said.",
        "Britain designated two banks. Another round of sanctions is planned for the autumn.",
        "Japan froze the assets of three traders. More listings are due to come before June.",
    ],
)
def test_a_coming_round_is_a_planned_claim(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert rows[1]["sanction_status"] == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "The sanctions followed a report by UN investigators in March.",
        "Protests will follow the decision, union leaders said.",
        "A further batch of shells is expected in April.",
    ],
)
def test_no_coming_round_without_a_sanction_noun_or_future(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EU sanctioned eight individuals and three entities. Five of the individuals are "
            "commanders of the rebel movement.",
            {"person": 5},
        ),
        (
            "Canada listed 11 people and four firms on Friday. Two of the firms are freight "
            "brokers in Dubai.",
            {"organization": 2},
        ),
        (
            "Japan designated six people. Three of the individuals are senior officers of the "
            "army's drone unit.",
            {"person": 3},
        ),
        (
            "Britain imposed sanctions on 20 targets on Tuesday. Four of the companies are banks "
            "based in Moscow.",
            {"organization": 4},
        ),
    ],
)
def test_a_counted_part_of_a_group_is_a_restatement(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    _restates_the_action_before(claims_of, text, expected)


def _restates_the_action_before(claims_of: Rows, text: str, expected: dict[str, int]) -> None:
    """The second sentence is a claim of its own with these target counts, carrying the
    authority of the action stated in the first."""
    rows = carried(claims_of, text)
    assert len(rows) == 2, rows
    assert counts(rows[1]) == expected
    assert rows[1]["sanction_authorities"] == rows[0]["sanction_authorities"]


@pytest.mark.parametrize(
    "text",
    [
        "Five of the soldiers are commanders of the rebel movement.",
        "Two of the firms are based in Dubai, the report said.",
    ],
)
def test_a_counted_part_without_a_sanction_before_is_no_claim(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    ("line", "before", "authority"),
    [
        (
            "- Action taken with Japan; Norway is expected to follow later this week",
            "Canada today sanctioned 12 officials and 3 firms.\n\n- 12 officials sanctioned\n",
            "Norway",
        ),
        (
            "- Switzerland will align in the coming days",
            "The EU listed nine companies on Monday.\n\n",
            "Switzerland",
        ),
        (
            "* Iceland and Liechtenstein are set to join",
            "Britain designated four banks on Friday.\n\nKey points\n",
            "Iceland",
        ),
        (
            "- Australia followed on Friday",
            "New Zealand imposed travel bans on 16 officials.\n\n",
            "Australia",
        ),
    ],
)
def test_a_bullet_parsed_alone_follows_the_action_before_it(
    nlp: Language, line: str, before: str, authority: str
) -> None:
    """The corpus parses each bullet alone; the lines before it say that the text speaks of
    sanctions, so a state following or aligning is a claim."""
    doc = nlp.make_doc(line)
    doc._.published = "2025-06-19"
    doc._.lines_before = before
    rows = [r for r in nlp(doc)._.claims if r["claim_type"] == "sanction"]
    assert len(rows) == 1, rows
    assert authority in rows[0]["sanction_authorities"]


def test_a_bullet_parsed_alone_with_no_sanction_before_is_no_claim(nlp: Language) -> None:
    doc = nlp.make_doc("- Norway is expected to follow later this week")
    doc._.published = "2025-06-19"
    doc._.lines_before = "Oil prices rose on Monday.\n\n"
    assert [r for r in nlp(doc)._.claims if r["claim_type"] == "sanction"] == []


@pytest.mark.parametrize(
    ("text", "before", "expected"),
    [
        (
            "Five of the individuals are commanders of the rebel movement.",
            "The EU sanctioned eight individuals and three entities on Monday.\n\n",
            {"person": 5},
        ),
        (
            "Two of the companies are freight brokers in Dubai, officials said.",
            "Canada listed 11 people and four companies on Friday.\n\n",
            {"organization": 2},
        ),
        (
            "The remaining three are judges of the supreme court.",
            "Washington designated seven officials. Four are police chiefs.\n\n",
            {"person": 3},
        ),
        (
            "Three of the firms are based in Hong Kong.",  # round 24: a described part
            "Japan froze the assets of nine firms and two people.\n\n",
            {"organization": 3},
        ),
        (
            "Three of the firms are freight forwarders, officials said.",
            "Japan froze the assets of nine firms and two people at the weekend.\n\n",
            {"organization": 3},
        ),
    ],
)
def test_a_paragraph_opening_on_a_part_refers_to_the_paragraph_before(
    nlp: Language, text: str, before: str, expected: dict[str, int]
) -> None:
    doc = nlp.make_doc(text)
    doc._.published = "2025-06-19"
    doc._.lines_before = before
    rows = [r for r in nlp(doc)._.claims if r["claim_type"] == "sanction"]
    assert len(rows) == 1, rows
    assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Britain sanctioned 14 people today. The EU is expected to follow. Among those "
        "sanctioned are two judges.",
        "Canada listed six firms. Norway will align next week. The firms include two banks.",
        "Japan designated four men. Seoul is set to follow suit. Those designated include a "
        "broker in Dalian.",
        "The US sanctioned nine officials on Monday. Britain is expected to follow. Three of the "
        "officials are army generals.",
    ],
)
def test_a_state_set_to_follow_lends_no_authority_to_what_was_done(
    claims_of: Rows, text: str
) -> None:
    rows = carried(claims_of, text)
    assert len(rows) == 3, rows
    assert rows[1]["sanction_status"] == "planned"
    assert rows[2]["sanction_authorities"] == rows[0]["sanction_authorities"]


@pytest.mark.parametrize(
    "text",
    [
        "The EU listed 20 tankers. In a video address, Zelensky urged partners to follow.",
        "Canada sanctioned six firms. Kyiv asked allies to follow quickly.",
        "Britain designated two banks. The president has pressed Washington to follow.",
    ],
)
def test_who_is_urged_to_follow_is_the_object(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows


def test_a_state_urged_to_follow_states_no_plan(claims_of: Rows) -> None:
    rows = claims_of("The EU listed 20 tankers. Kyiv urged Norway to follow.", "sanction")
    assert len(rows) == 1, rows


@pytest.mark.parametrize(
    "text",
    [
        "U.S. sanctions Lebanese money changers, gold dealer in Tyre network",
        "UK Sanctions Money Changers Behind Militia Payroll",
        "Treasury blacklists 6 money changers in Basra",
        "The EU on Monday listed four money changers who moved cash for the group.",
    ],
)
def test_money_changers_are_people(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert "person" in counts(rows[0])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada sanctioned 12 people on Monday. Targets include two judges and a prison "
            "governor.",
            {"person": 3},
        ),
        (
            "The EU listed nine entities. Targets included three shipping companies.",
            {"organization": 3},
        ),
        (
            "Australia imposed sanctions on 14 officials. Targets were four police commanders.",
            {"person": 4},
        ),
    ],
)
def test_bare_targets_restate_the_action_before(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    _restates_the_action_before(claims_of, text, expected)


def test_a_bare_targets_bullet_reads_the_lead_before_it(nlp: Language) -> None:
    doc = nlp.make_doc("- Targets include a regional governor and two youth groups")
    doc._.published = "2025-06-19"
    doc._.lines_before = "Britain today sanctioned 10 people and 4 groups.\n\n"
    rows = [r for r in nlp(doc)._.claims if r["claim_type"] == "sanction"]
    assert len(rows) == 1, rows
    assert counts(rows[0]) == {"person": 1, "organization": 2}


@pytest.mark.parametrize(
    "text",
    [
        "Targets include lower emissions and faster growth.",
        "The plan was approved on Monday. Targets include two new schools.",
    ],
)
def test_bare_targets_without_a_sanction_are_no_claim(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


def _bullet(row: dict[str, object], restated: bool, authorities: list[str]) -> dict[str, object]:
    return {**row, "restated": restated, "sanction_authorities": authorities}


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["- 14 people sanctioned", "- Targets include two judges"], ["United Kingdom"]),
        (["- Canada lists 9 firms today", "- The firms include a broker"], ["United Kingdom"]),
        (["Britain sanctioned 14 people.", "- Targets include two judges"], []),
    ],
)
def test_a_key_point_after_one_stating_the_action_restates_it(
    lines: list[str], expected: list[str]
) -> None:
    base = {
        "segment": "body",
        "sanction_date": None,
        "confidence": 0.8,
        "sanction_status": "imposed",
        "sanction_targets": [],
    }
    rows = [
        _bullet({**base, "sentence": lines[0]}, False, ["United Kingdom"]),
        _bullet({**base, "sentence": lines[1]}, True, []),
    ]
    carry_sanctions(rows)  # type: ignore[arg-type]
    assert rows[1]["sanction_authorities"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Britain sanctioned a regional children's ombudsman on Friday.",
        "The EU listed two ombudsmen appointed by the occupation authorities.",
        "Canada imposed sanctions on the region's human-rights ombudsman.",
    ],
)
def test_an_ombudsman_is_a_person(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert list(counts(rows[0])) == ["person"]


@pytest.mark.parametrize(
    "text",
    [
        "Canberra listed nine firms on Monday, and a further round targeting the banking "
        "sector is planned before Christmas.",
        "The UK froze two oligarchs' assets. A new wave targeting shadow-fleet insurers is "
        "expected in March.",
        "Japan sanctioned six traders. Officials expect a further round of designations before "
        "the end of the year.",
        "The EU listed 20 people. Diplomats anticipate another batch of listings in the spring.",
    ],
)
def test_a_round_named_by_what_it_targets_or_expected_is_planned(
    claims_of: Rows, text: str
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert rows[1]["sanction_status"] == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "Canada sanctioned five firms. A new round of talks is expected in Geneva.",
        "Britain listed two banks. Analysts expect a further round of rate cuts.",
        "The EU froze the assets of 12 people. The second round of voting is planned for May.",
    ],
)
def test_a_round_of_something_else_is_no_claim(claims_of: Rows, text: str) -> None:
    assert len(claims_of(text, "sanction")) == 1
