"""Which clause an action and its targets belong to (relative and reduced clauses, participles,
coordination, semicolons), and when one sentence makes two claims or one."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried, counts, only


@pytest.mark.parametrize(
    "text",
    [  # a clause after a semicolon is a statement of its own, not the frame of the first
        "A tanker that carried the parts is also listed; Japan set to follow.",
        "Two banks were also designated; Japan is expected to follow.",
        "Five more tankers are listed; Japan plans to do the same.",
        "Britain also froze the assets of three traders; Japan may follow.",
    ],
)
def test_a_semicolon_separates_two_statements(claims_of: Rows, text: str) -> None:
    rows = carried(claims_of, "Britain imposed sanctions on 12 firms. " + text)
    assert len(rows) >= 2, rows
    assert rows[1]["sanction_authorities"] == ["United Kingdom"]
    assert rows[1]["sanction_status"] == "imposed"


@pytest.mark.parametrize(
    ("text", "authorities"),
    [  # a relative clause on a sanction noun with its own authority states that one's action
        (
            "Japan said it would mirror the sanctions that Washington imposed on the two banks"
            " last year.",
            [["Japan"], ["United States"]],
        ),
        (
            "Canada has adopted the listings Britain announced on Friday.",
            [["Canada"], ["United Kingdom"]],
        ),
        (
            "Iceland joined the measures the EU adopted against Belarus.",
            [["Iceland"], ["European Union"]],
        ),
        (
            "Norway applied the sanctions that Brussels introduced in June.",
            [["Norway"], ["European Union"]],
        ),
    ],
)
def test_a_relative_clause_with_its_own_authority_is_its_own_claim(
    claims_of: Rows, text: str, authorities: list[list[str]]
) -> None:
    rows = carried(claims_of, text)
    assert [r["sanction_authorities"] for r in rows] == authorities


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a reduced relative ('N X believed to ...') read as the main clause: its subject is the
        # passive's target
        (
            "Two firms believed to supply drone engines were designated on Monday.",
            {"organization": 2},
        ),
        ("Three men thought to run the network were sanctioned by Britain.", {"person": 3}),
        (
            "Eight tankers said to belong to the shadow fleet are now barred from Canadian ports.",
            {"vessel": 8},
        ),
        ("Four captains known to sail without insurance were blacklisted.", {"person": 4}),
    ],
)
def test_the_subject_of_a_reduced_relative_is_the_target(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction", "2025-03-07")
    assert len(rows) == 1, rows
    assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan on Tuesday froze the assets of nine people linked to the arms trade with "
            "Pyongyang, as well as three cargo ships.",
            {"person": 9, "vessel": 3},
        ),
        (
            "Canada has listed 14 officials who organised the vote, together with sanctions on "
            "five state media companies.",
            {"person": 14, "organization": 5},
        ),
        (
            "The EU will impose travel bans on 20 judges and prosecutors, and on six prison "
            "directors, diplomats said.",
            {"person": 26},
        ),
        (
            "Britain sanctioned 31 entities that supply drone engines, along with two Iranian "
            "cargo aircraft.",
            {"organization": 31, "aircraft": 2},
        ),
        (
            "New Zealand is designating 11 individuals behind the militia's financing, plus "
            "four tankers that carried its oil.",
            {"person": 11, "vessel": 4},
        ),
    ],
)
def test_a_later_counted_group_of_the_same_action_is_a_target(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


def test_a_counted_group_in_a_relative_clause_is_no_target(claims_of: Rows) -> None:
    row = only(claims_of, "Australia sanctioned six firms that had chartered 40 tankers last year.")
    assert counts(row) == {"organization": 6}


@pytest.mark.parametrize(
    ("text", "authority", "expected"),
    [
        (
            "Japan froze the assets of nine firms the US sanctioned in May.",
            ["United States"],
            {"organization": 9},
        ),
        (
            "Canada listed two banks, which Britain had designated in March.",
            ["United Kingdom"],
            {"organization": 2},
        ),
        (
            "Norway closed its ports to 14 tankers that the EU blacklisted last week.",
            ["European Union"],
            {"vessel": 14},
        ),
        (
            "Seoul barred six ships that Washington has sanctioned since 2023.",
            ["United States"],
            {"vessel": 6},
        ),
    ],
)
def test_a_relative_clause_s_action_targets_its_antecedent(
    claims_of: Rows, text: str, authority: list[str], expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    clause = [r for r in rows if r["sanction_authorities"] == authority]
    assert len(clause) == 1, rows
    assert counts(clause[0]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada unveiled a new package of sanctions on Thursday, naming 12 officials and "
            "three banks.",
            {"person": 12, "organization": 3},
        ),
        (
            "Australia has imposed further sanctions, naming five Iranian generals and a drone "
            "maker.",
            {"person": 5, "organization": 1},
        ),
        (
            "Japan will announce new measures next week, naming 30 companies.",
            {"organization": 30},
        ),
        (
            "London announced its biggest sanctions round in a year, identifying 14 people, "
            "six firms and 25 tankers.",
            {"person": 14, "organization": 6, "vessel": 25},
        ),
    ],
)
def test_a_naming_participle_adds_its_objects_to_the_action(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert counts(row) == expected
    first_count = next(w for w in text.split() if w.isdigit() or w in ("five", "a"))
    span = text[row["span_start"] : row["span_end"]]
    assert first_count in span.split()  # the span reaches the named targets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iceland has adopted the EU's latest package, which bans Russian LNG transshipment "
            "and designates 60 more vessels.",
            {"vessel": 60},
        ),
        (
            "Norway adopted the EU package that lowered the price cap and sanctioned 22 banks.",
            {"organization": 22},
        ),
        (
            "Switzerland will follow the EU's new measures, which cut the price cap and "
            "blacklisted 70 ships.",
            {"vessel": 70},
        ),
        (
            "Montenegro has aligned with the EU's package, which cut the price cap and "
            "listed 31 firms.",
            {"organization": 31},
        ),
    ],
)
def test_a_verb_coordinated_with_a_relative_clause_is_the_antecedents_action(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert counts(rows[1]) == expected
    assert rows[1]["sanction_authorities"] == ["European Union"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The State Department said it was imposing visa bans on 12 officials, and the "
            "Treasury designated two banks on Thursday.",
            [{"person": 12}, {"organization": 2}],
        ),
        (
            "The State Department imposed visa bans on four officials, and the Treasury "
            "designated two banks.",
            [{"person": 4}, {"organization": 2}],
        ),
        (
            "The Commerce Department added nine firms to its list, and the Treasury sanctioned "
            "three people.",
            [{"organization": 9}, {"person": 3}],
        ),
        (
            "The Foreign Office froze the assets of five officials, while the Home Office "
            "barred three judges from entering the country.",
            [{"person": 5}, {"person": 3}],
        ),
    ],
)
def test_two_bodies_of_one_state_acting_in_one_sentence_make_two_claims(
    claims_of: Rows, text: str, expected: list[dict[str, int]]
) -> None:
    assert [counts(r) for r in claims_of(text, "sanction")] == expected


def test_one_body_acting_twice_in_one_sentence_makes_one_claim(claims_of: Rows) -> None:
    text = "The EU listed 20 people, and it also froze the assets of two banks."
    assert counts(only(claims_of, text)) == {"person": 20, "organization": 2}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine, 12 May: 26 persons sanctioned", {"person": 26}),
        (
            "Canada in September: 40 persons and 6 entities sanctioned",
            {"person": 40, "organization": 6},
        ),
        (
            "Australia on Monday: nine Iranian officials sanctioned, two banks blacklisted",
            {"person": 9},
        ),
        ("UPDATE - Britain: 11 more tankers designated", {"vessel": 11}),
    ],
)
def test_a_passive_without_its_auxiliary_takes_its_subject_as_target(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert counts(rows[0]) == expected, rows


@pytest.mark.parametrize(
    "text",
    [
        "Britain sanctioned three generals on Friday.",
        "Canada designated two shipping firms last week.",
    ],
)
def test_an_active_verb_s_subject_is_never_its_target(claims_of: Rows, text: str) -> None:
    row = only(claims_of, text)
    assert row["sanction_targets"] and all(t["count"] for t in row["sanction_targets"])


def test_a_counted_group_with_a_participle_in_a_clause_is_the_clause_s(claims_of: Rows) -> None:
    rows = claims_of(
        "Three banks in Armenia listed in March 2024 will be removed from the list.", "sanction"
    )
    assert [r["sanction_status"] for r in rows] == ["lifted"], rows


@pytest.mark.parametrize(
    ("text", "authorities"),
    [
        (
            "This action was taken in coordination with Britain and the United States, which "
            "on Monday announced sanctions against the same group.",
            ["United Kingdom", "United States"],
        ),
        (
            "The measures mirror those of Australia and New Zealand, which have frozen the "
            "assets of six generals.",
            ["Australia", "New Zealand"],
        ),
        (
            "Kyiv welcomed the step by Canada and Japan, which blacklisted 40 Russian tankers "
            "on Tuesday.",
            ["Canada", "Japan"],
        ),
        (
            "The list was drawn up with Switzerland and Norway, which will both freeze the "
            "assets of the two banks.",
            ["Switzerland", "Norway"],
        ),
    ],
)
def test_a_relative_clause_after_coordinated_names_is_about_all_of_them(
    claims_of: Rows, text: str, authorities: list[str]
) -> None:
    assert only(claims_of, text)["sanction_authorities"] == authorities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway froze the assets of two Syrian firms and barred 12 of their tankers from its "
            "ports.",
            {"organization": 2, "vessel": 12},
        ),
        (
            "Ottawa designated three banks and blacklisted two of their subsidiaries.",
            {"organization": 5},
        ),
        (
            "Japan sanctioned a Hong Kong trader and froze the assets of four of its managers.",
            {"organization": 1, "person": 4},
        ),
        (
            "The Treasury listed two shipping groups on Tuesday and blocked nine of their vessels.",
            {"organization": 2, "vessel": 9},
        ),
    ],
)
def test_a_coordinated_action_on_part_of_a_group_adds_its_targets(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two bankers were also designated, as was a shipping firm based in Dubai.",
            {"person": 2, "organization": 1},
        ),
        (
            "Four officials have been sanctioned, as has the Cyprus-based company Delta Marine.",
            {"person": 4, "organization": 1},
        ),
        (
            "Three tankers will be blacklisted by Britain, as will their operator in Dubai.",
            {"vessel": 3, "organization": 1},
        ),
        (
            "The judge was added to the list on Monday, as were two of her deputies.",
            {"person": 3},
        ),
    ],
)
def test_a_group_added_by_as_was_is_a_target_of_the_same_action(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a clause after a semicolon keeps its targets: the first action names none of them
        (
            "The listing is renewed for a year; two of the three associates are delisted.",
            [("extended", {}), ("lifted", {"person": 2})],
        ),
        (
            "The asset freeze was extended until 2027; four of the officials were removed.",
            [("extended", {}), ("lifted", {"person": 4})],
        ),
        (
            "Its measures were prolonged by six months; one of the banks was delisted.",
            [("extended", {}), ("lifted", {"organization": 1})],
        ),
        (
            "The sanctions were renewed on Monday; three of the five generals were delisted.",
            [("extended", {}), ("lifted", {"person": 3})],
        ),
    ],
)
def test_targets_after_a_semicolon_belong_to_that_clause(
    claims_of: Rows, text: str, expected: list[tuple[str, dict[str, int]]]
) -> None:
    rows = carried(claims_of, "Canada sanctioned five generals in 2023. " + text)
    assert [(r["sanction_status"], counts(r)) for r in rows[1:]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a clause after a semicolon that only restates the targets keeps them on the action
        (
            "The Council last renewed the listings in May; they now cover 410 people and"
            " organisations.",
            {"other": 410},
        ),
        (
            "Ministers extended the asset freezes until 2027; they apply to 55 individuals.",
            {"person": 55},
        ),
        (
            "The EU prolonged its measures on Friday; they now cover 31 companies.",
            {"organization": 31},
        ),
        (
            "Britain extended the asset freezes on Monday; they now cover 19 officials.",
            {"person": 19},
        ),
    ],
)
def test_a_restating_clause_after_a_semicolon_keeps_its_targets(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert rows and counts(rows[0]) == expected, rows
