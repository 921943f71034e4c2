"""Sanction recall families: a headline whose action two authorities take together ('Japan and
Canada blacklist ...'), a later clause of a headline with its own authority ('...; UK Freezes
...'), a coordinated clause whose subject is another state ('..., and Kenya froze ...'), and the
verbs of proscribing and transposing listings."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "authorities", "expected"),
    [
        (
            "Brussels and London list 17 officers and four military units",
            ["European Union", "United Kingdom"],
            {"person": 17, "organization": 4},
        ),
        (
            "Japan and Canada blacklist three North Korean shipping firms",
            ["Japan", "Canada"],
            {"organization": 3},
        ),
        (
            "Britain, Canada target Iranian drone makers in joint move",
            ["United Kingdom", "Canada"],
            {"organization": None},
        ),
        (
            "UPDATE 2-Canada, Australia hit Russian nuclear suppliers on war anniversary",
            ["Canada", "Australia"],
            {"organization": None},
        ),
    ],
)
def test_a_headline_action_of_two_authorities(
    claims_of: Rows, text: str, authorities: list[str], expected: dict[str, int | None]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_authorities"] == authorities
    assert counts(row) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine hit civilian targets overnight, officials say",
        "Israel and the US hit Houthi sites in Yemen",
    ],
)
def test_a_strike_of_two_states_is_no_headline_action(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "UN COMMITTEE BLACKLISTS TWO MILITIA COMMANDERS; US SANCTIONS CATTLE TRADER",
            ["UN Security Council"],
            ["United States"],
        ),
        (
            "EU Lists Four Militia Leaders; UK Freezes Assets Of Two Banks",
            ["European Union"],
            ["United Kingdom"],
        ),
        (
            "Japan Sanctions Three Shipping Firms; Canada Adds Two Tankers To Its List",
            ["Japan"],
            ["Canada"],
        ),
        (
            "Canada Blacklists Five Gang Leaders; Britain Bans Two Haitian Senators",
            ["Canada"],
            ["United Kingdom"],
        ),
    ],
)
def test_a_headline_clause_with_its_own_authority_is_its_own_claim(
    claims_of: Rows, text: str, first: list[str], second: list[str]
) -> None:
    rows = claims_of(text, "sanction")
    assert [r["sanction_authorities"] for r in rows] == [first, second]
    assert ";" not in text[rows[0]["span_start"] : rows[0]["span_end"]]


def test_a_clause_break_ends_the_headline_targets(claims_of: Rows) -> None:
    text = "Brussels and London list 17 officers and four units; Switzerland and Norway to follow"
    row = claims_of(text, "sanction")[0]
    assert text[row["span_start"] : row["span_end"]].endswith("four units")


@pytest.mark.parametrize(
    ("text", "authorities"),
    [
        (
            "In March, the European Union froze the assets of Golden Lotus Timber and barred its "
            "two directors from entering the bloc, and on April 7 Mozambique froze the bank "
            "accounts of 12 timber exporters.",
            [["European Union"], ["Mozambique"]],
        ),
        (
            "The EU listed three brokers in May, and Kenya froze the accounts of two traders.",
            [["European Union"], ["Kenya"]],
        ),
        (
            "Canada sanctioned four officials and Ghana barred two of their aides from entering "
            "the country.",
            [["Canada"], ["Ghana"]],
        ),
        (
            "The United States designated six firms on Monday, while Nigeria has frozen the "
            "accounts of a shipping agent.",
            [["United States"], ["Nigeria"]],
        ),
    ],
)
def test_a_coordinated_clause_of_another_state_is_its_own_claim(
    claims_of: Rows, text: str, authorities: list[list[str]]
) -> None:
    rows = claims_of(text, "sanction")
    assert [r["sanction_authorities"] for r in rows] == authorities


def test_one_state_coordinating_two_actions_is_one_claim(claims_of: Rows) -> None:
    row = only(claims_of, "The EU listed three brokers and froze the accounts of two traders.")
    assert counts(row) == {"organization": 5}


@pytest.mark.parametrize(
    ("text", "authorities"),
    [
        ("The United Kingdom proscribed the group in January.", ["United Kingdom"]),
        ("Australia proscribed two militias on Friday.", ["Australia"]),
        (
            "The UN committee listed two men on Monday. The United Kingdom transposed the two UN "
            "listings on Thursday.",
            ["United Kingdom"],
        ),
        ("Britain will transpose the new UN designations into its own law.", ["United Kingdom"]),
    ],
)
def test_proscribing_and_transposing_are_actions(
    claims_of: Rows, text: str, authorities: list[str]
) -> None:
    rows = claims_of(text, "sanction")
    assert rows[-1]["sanction_authorities"] == authorities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The committee blacklisted two men. Its list now has 19 individuals and 2 entities.",
            {"person": 19, "organization": 2},
        ),
        (
            "The committee added two names. With the additions, the committee's ISIL (Da'esh) and "
            "Al-Qaida Sanctions List now contains 255 individuals and 89 entities.",
            {"person": 255, "organization": 89},
        ),
        (
            "Canada listed four firms. The Canadian register now has 61 aircraft and 12 airlines.",
            {"aircraft": 61, "organization": 12},
        ),
        ("The UN sanctions list has 255 individuals on it.", {"person": 255}),
    ],
)
def test_a_list_that_has_counted_targets_restates_them(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert counts(rows[-1]) == expected


@pytest.mark.parametrize(
    "text",
    ["The fleet has 120 ships.", "The company has 19 employees and two subsidiaries."],
)
def test_having_is_no_restatement_without_a_list(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EU listed three entities. The entities include the tanker Vega Meridian and its "
            "manager Nordvolna Marine. The third is a Kaliningrad electronic-warfare unit.",
            {"organization": 1},
        ),
        (
            "The EU sanctioned eight people. The two Rwandan officers were named for commanding "
            "units. The eighth is a Congolese businessman.",
            {"person": 1},
        ),
        (
            "Canada listed five firms on Monday. Four are shipping agents in Dubai. The fifth was "
            "a refinery in Shandong.",
            {"organization": 1},
        ),
        (
            "Britain designated six people. The sixth is a former judge who sentenced protesters.",
            {"person": 1},
        ),
    ],
)
def test_an_ordinal_member_of_the_group_restates_one_target(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert counts(rows[-1]) == expected


def test_an_ordinal_outside_sanctions_is_no_claim(claims_of: Rows) -> None:
    assert claims_of("The race had ten runners. The third is a Kenyan athlete.", "sanction") == []


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (
            "Switzerland said it would adopt the EU listings within days. Norway, which aligned "
            "with the bloc's previous listing in June, is expected to do the same.",
            "Norway",
        ),
        (
            "Canada sanctioned 12 officials on Monday. Australia will do the same next week, a "
            "spokesman said.",
            "Australia",
        ),
        ("The EU listed four banks. Britain is set to do the same.", "United Kingdom"),
        ("Japan froze the assets of two firms. Seoul plans to do the same.", "South Korea"),
    ],
)
def test_doing_the_same_is_a_planned_alignment(claims_of: Rows, text: str, authority: str) -> None:
    row = claims_of(text, "sanction")[-1]
    assert row["sanction_authorities"] == [authority]
    assert row["sanction_status"] == "planned"


def test_doing_the_same_outside_sanctions_is_no_claim(claims_of: Rows) -> None:
    text = "Japan froze the assets of four banks. The company did the same in 2019."
    assert len(claims_of(text, "sanction")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "All 20 designations involve an asset freeze, and the individuals are also banned from "
        "travelling to the UK.",
        "Canada froze the assets of 12 firms. The companies are also barred from Canadian ports.",
        "Japan sanctioned five traders. Those named face a freeze, and the traders are also "
        "blocked from using Japanese banks.",
        "The EU listed nine people on Monday. The individuals are also banned from entering "
        "the bloc.",
    ],
)
def test_what_a_listing_also_bans_its_uncounted_targets_is_no_new_action(
    claims_of: Rows, text: str
) -> None:
    rows = claims_of(text, "sanction")
    assert not any("also" in text[r["span_start"] : r["span_end"]] for r in rows), rows


def test_a_counted_group_also_banned_is_still_a_claim(claims_of: Rows) -> None:
    rows = claims_of(
        "The EU listed two banks. Three tankers were also banned from EU ports.", "sanction"
    )
    assert counts(rows[-1]) == {"vessel": 3}


@pytest.mark.parametrize(
    ("text", "state", "owner", "expected"),
    [
        (
            "Switzerland on Friday aligned with the EU's designation of three Iranian drone makers.",
            "Switzerland",
            "European Union",
            {"organization": 3},
        ),
        (
            "Japan said it would freeze the assets of the same 12 entities next week, while Norway "
            "aligned in October with the EU's listing of four of the yards.",
            "Norway",
            "European Union",
            {"organization": 4},
        ),
        (
            "Liechtenstein has aligned with Switzerland's designation of five trading firms.",
            "Liechtenstein",
            "Switzerland",
            {"organization": 5},
        ),
        (
            "Canada aligned on Friday with the US designation of four Chinese refiners.",
            "Canada",
            "United States",
            {"organization": 4},
        ),
    ],
)
def test_a_listing_a_state_aligns_with_is_its_owner_s_claim_too(
    claims_of: Rows, text: str, state: str, owner: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert [r["sanction_authorities"] for r in rows[-2:]] == [[state], [owner]]
    assert counts(rows[-1]) == expected
    own, theirs = rows[-2], rows[-1]
    assert own["span_end"] <= theirs["span_start"]  # the state's claim ends before the listing


def test_aligning_with_a_package_is_one_claim(claims_of: Rows) -> None:
    row = only(claims_of, "Norway aligned with the EU package on Monday.")
    assert row["sanction_authorities"] == ["Norway"]


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        ("2) SWITZERLAND ALIGNS WITH EU ON FOREIGN-FIGHTER RECRUITERS", "Switzerland"),
        ("Norway Aligns With EU On Iranian Drone Makers", "Norway"),
        ("Iceland Aligns With UK Over Belarus Potash Traders", "Iceland"),
        ("Swiss Align With EU On Russian Shipping Firms", "Switzerland"),
    ],
)
def test_a_headline_aligning_with_an_authority_is_an_action(
    claims_of: Rows, text: str, authority: str
) -> None:
    row = only(claims_of, text)
    assert row["sanction_authorities"] == [authority]
    assert row["sanction_status"] == "imposed"


def test_aligning_with_no_authority_is_no_headline_action(claims_of: Rows) -> None:
    assert claims_of("Markets Align With Fed On Rate Path Outlook", "sanction") == []
