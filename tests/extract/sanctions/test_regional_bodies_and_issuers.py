"""Authorities beyond the usual sanctioning states: regional blocs and other states' bodies named
by their own names (the African Union's council, SADC, ECOWAS, the French finance ministry as
'Bercy', OFSI in full), the owner of a decision ('the decision of the bloc to impose'), the
state that owns a body an acronym stands for, a state's own council named again bare, and the
body a page's masthead says issues it (a gazette, a court, a parliament's answers)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import Rows, carried, page_sanctions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The African Union's Peace and Security Council imposed travel bans on five coup "
            "leaders on Monday.",
            ["African Union"],
        ),
        ("ECOWAS froze the assets of three junta ministers on Tuesday.", ["ECOWAS"]),
        (
            "The Southern African Development Community has barred entry to six officials of "
            "the military government.",
            ["SADC"],
        ),
        ("Bercy froze the assets of 12 suspected smugglers last week.", ["France"]),
        (
            "The Office of Financial Sanctions Implementation imposed a penalty on a broker and "
            "designated two of its clients.",
            ["United Kingdom"],
        ),
    ],
)
def test_regional_blocs_and_other_states_bodies_act_by_their_names(
    claims_of: Rows, text: str, expected: list[str]
) -> None:
    rows = carried(claims_of, text)
    assert rows and rows[0]["sanction_authorities"] == expected, rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ministers welcomed the decision of the Arab League to impose a travel ban on four "
            "officials.",
            ["Arab League"],
        ),
        (
            "He praised the decision of Canada to ban entry to three police commanders.",
            ["Canada"],
        ),
        (
            "The statement hails the decision of the summit of ECOWAS, held in Abuja on "
            "Saturday, to impose asset freezes on the junta's leaders.",
            ["ECOWAS"],
        ),
        (
            "The resolution of the Southern African Development Community to freeze the "
            "assets of nine generals was adopted unanimously.",
            ["SADC"],
        ),
    ],
)
def test_the_owner_of_a_decision_acts(claims_of: Rows, text: str, expected: list[str]) -> None:
    rows = carried(claims_of, text)
    assert rows and rows[0]["sanction_authorities"] == expected, rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Monday Peru's Financial Intelligence Unit (FIU) froze 30 accounts. "
            "Later, the FIU removed two accounts from the list.",
            "Peru",
        ),
        (
            "Kenya's Counter-Terrorism Board (CTB) listed four groups in May. "
            "In June the CTB delisted one of them.",
            "Kenya",
        ),
        (
            "Last year the Philippines' Anti-Terrorism Council (ATC) designated 19 people. "
            "Then the ATC delisted two former rebels.",
            "Philippines",
        ),
        (
            "Colombia's Financial Analysis Unit (FAU) froze the funds of six firms. "
            "In March the FAU unfroze three of them.",
            "Colombia",
        ),
    ],
)
def test_an_acronym_of_a_body_a_state_owns_acts_for_that_state(
    tmp_path: Path, text: str, expected: str
) -> None:
    rows = page_sanctions(tmp_path, "Security briefing\n\n" + text + "\n")
    assert len(rows) == 2, rows
    assert [list(r["sanction_authorities"]) for r in rows] == [[expected], [expected]], rows


@pytest.mark.parametrize(
    "text",
    [
        "The Philippines' Anti-Terrorism Council designated seven rebels on Friday. The EU "
        "keeps the group on its list. Since 2020 the council has designated 140 people.",
        "Kenya's National Security Council listed three militias on Monday. The United States "
        "has sanctioned the militias since 2019. In May the council also listed two financiers.",
        "Ghana's Financial Stability Council froze 14 accounts in March. The EU has never "
        "listed the network. Last week the council froze six more accounts.",
        "Peru's Anti-Terrorism Council designated two groups in April. Both groups are also on "
        "the EU list. On Friday the council designated a third group.",
    ],
)
def test_a_bare_council_is_the_states_council_named_before(tmp_path: Path, text: str) -> None:
    rows = page_sanctions(tmp_path, "Briefing notes\n\n" + text + "\n")
    first, last = rows[0], rows[-1]
    assert last["sanction_authorities"] == first["sanction_authorities"], rows
    assert list(last["sanction_authorities"]) != ["European Union"], rows


@pytest.mark.parametrize(
    ("masthead", "body", "expected"),
    [
        (
            "New Zealand Gazette | Notices",
            "Australia listed the group in 2024. The designation of the Harbour Front is "
            "revoked with effect from today.",
            "New Zealand",
        ),
        (
            "UK Parliament | Written answers",
            "The United States designated the importer in 2023. In May one entity was removed "
            "from the list after a review.",
            "United Kingdom",
        ),
        (
            "CURIA | Court of Justice of the European Union",
            "Canada listed the firm in 2022. The listing of the shipping firm is annulled "
            "by today's judgment.",
            "European Union",
        ),
        (
            "Canada Gazette | Part II",
            "The United Kingdom sanctioned both men in 2021. Three individuals are removed "
            "from the schedule of designated persons.",
            "Canada",
        ),
    ],
)
def test_an_unnamed_action_on_an_issuers_page_is_the_issuers(
    tmp_path: Path, masthead: str, body: str, expected: str
) -> None:
    rows = page_sanctions(tmp_path, masthead + "\nNotice\n\n" + body + "\n")
    assert rows, rows
    assert list(rows[-1]["sanction_authorities"]) == [expected], rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The militia was designated as a terrorist organisation by Canada in 2023.", "Canada"),
        ("Two charities were listed as terrorist entities by Kenya on Monday.", "Kenya"),
        ("Two banks were also listed as sponsors of terrorism by Japan.", "Japan"),
        ("The militia is listed as a terrorist group by Kenya.", "Kenya"),
    ],
)
def test_a_by_phrase_after_listed_as_names_the_agent(
    claims_of: Rows, text: str, expected: str
) -> None:
    rows = carried(claims_of, text)
    assert rows and list(rows[0]["sanction_authorities"]) == [expected], rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council welcomes the announcement by the Government of Mauritius that it has "
            "barred entry to the twelve officers.",
            "Mauritius",
        ),
        (
            "Ministers welcomed Chile's announcement that it had frozen the assets of four "
            "smugglers.",
            "Chile",
        ),
        (
            "The report notes the statement by Canada that it would sanction three more firms.",
            "Canada",
        ),
        (
            "Observers cited the confirmation by the Government of Ghana that it has banned "
            "entry to two generals.",
            "Ghana",
        ),
    ],
)
def test_it_in_a_statement_is_whoever_makes_the_statement(
    claims_of: Rows, text: str, expected: str
) -> None:
    rows = carried(claims_of, text)
    assert rows and list(rows[0]["sanction_authorities"]) == [expected], rows
