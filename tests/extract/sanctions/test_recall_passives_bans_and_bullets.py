"""Sanction recall families: a programme renewed in the passive, a named group facing a freeze,
targets placed under a ban, an authority's listing named as a noun, actions across a semicolon,
coordinated actions dated apart, membership among announced targets, a slug before a headline,
and key-point bullets whose verb the parser read as a noun."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried, counts


@pytest.mark.parametrize(
    "text",
    [
        "The EU imposed sanctions on six people on Monday. The framework itself, first adopted "
        "in 2021, was extended on Monday until 13 December 2026.",
        "Canada sanctioned four officials. Its Iran regime has been renewed for another year.",
        "The Council listed two banks. The Syria framework was prolonged until June 2027.",
        "Britain designated three firms. The programme is renewed every twelve months, and it "
        "was renewed again in March.",
    ],
)
def test_a_programme_renewed_in_the_passive_is_an_extension(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert rows[1]["sanction_status"] == "extended"
    assert rows[1]["sanction_targets"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Britain designated two insurers. Ship managers Gulf Horizon Shipmanagement and "
            "Coromandel Vessel Services face an asset freeze.",
            {"organization": 2},
        ),
        (
            "Canada sanctioned 14 people on Monday. Broker Anton Velkov and his firm Velkov "
            "Trading now face a travel ban and an asset freeze.",
            None,
        ),
        (
            "The EU listed 20 firms. Arvo Logistics FZE faces asset freezes in all member states.",
            {"organization": 1},
        ),
        (
            "Japan sanctioned six banks. Korat Marine Ltd and Sendai Bulk Ltd face an export ban.",
            {"organization": 2},
        ),
    ],
)
def test_a_named_group_facing_a_freeze_is_a_claim(
    claims_of: Rows, text: str, expected: dict[str, int] | None
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    if expected is not None:
        assert counts(rows[1]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Japan imposed sanctions on six banks. Meta faces a penalty of EUR 1 billion in Ireland.",
        "Iran faces new sanctions after the vote.",
        "Japan imposed sanctions on six banks. Arvo Logistics could face an asset freeze.",
    ],
)
def test_a_penalty_a_state_or_a_threat_faced_is_no_new_claim(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == (1 if "six banks" in text else 0), rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Britain designated two insurers. Eighteen tankers, among them the Arctic Pelican "
            "and the Mira Star, were placed under a ban on entering UK ports.",
            {"vessel": 18},
        ),
        (
            "The EU listed 20 firms. It also put three cargo ships under a ban on calling at "
            "its harbours.",
            {"vessel": 3},
        ),
        (
            "Canada sanctioned four officials. Two Belarusian airlines have been placed under a "
            "ban on landing in Canada.",
            {"organization": 2},
        ),
        (
            "Japan froze the assets of six banks. Nine fishing vessels will be put under a ban "
            "from next month.",
            {"vessel": 9},
        ),
    ],
)
def test_targets_placed_under_a_ban(claims_of: Rows, text: str, expected: dict[str, int]) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert counts(rows[1]) == expected


def test_a_place_under_a_ban_is_none(claims_of: Rows) -> None:
    assert claims_of("The city was placed under a ban on fireworks.", "sanction") == []


@pytest.mark.parametrize(
    ("text", "authority", "expected"),
    [
        (
            "The measures come a day after the European Union adopted its 17th package, and "
            "follow the UK's designation of 100 tankers on 9 May.",
            "United Kingdom",
            {"vessel": 100},
        ),
        (
            "The US designation of the Houthis as a terrorist group came into force in March.",
            "United States",
            {"organization": 1},
        ),
        (
            "Analysts said Canada's listing of 12 Iranian firms last week had little effect.",
            "Canada",
            {"organization": 12},
        ),
        (
            "The move mirrors Japan's blacklisting of four shipping companies in January.",
            "Japan",
            {"organization": 4},
        ),
    ],
)
def test_an_authoritys_listing_named_as_a_noun(
    claims_of: Rows, text: str, authority: str, expected: dict[str, int]
) -> None:
    rows = [r for r in claims_of(text, "sanction") if authority in r["sanction_authorities"]]
    assert len(rows) == 1, rows
    assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Commission's designation of gatekeepers under the Digital Markets Act was upheld.",
        "The EU's listing of the cheese as a protected origin helped exports.",
    ],
)
def test_a_listing_of_no_target_is_none(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    ("text", "authorities"),
    [
        (
            "Ottawa freezes assets of 11 people; Washington bars 250 officials from entry",
            [["Canada"], ["United States"]],
        ),
        (
            "Canada sanctioned four officials. The United States sanctioned Kovacevic and Vidik "
            "Media Group in July 2024; Britain followed the next month.",
            [["Canada"], ["United States"], ["United Kingdom"]],
        ),
        (
            "Japan froze the assets of two banks in May; Australia followed in June.",
            [["Japan"], ["Australia"]],
        ),
        (
            "Canberra sanctions 12 tankers; Wellington bans three shipping firms from its ports",
            [["Australia"], ["New Zealand"]],
        ),
    ],
)
def test_actions_across_a_semicolon_are_their_own(
    claims_of: Rows, text: str, authorities: list[list[str]]
) -> None:
    rows = claims_of(text, "sanction")
    assert [r["sanction_authorities"] for r in rows] == authorities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Britain sanctioned Velimirovic in October and froze the assets of Orion Gulf "
            "Logistics a month later.",
            2,
        ),
        ("Canada listed two brokers in March and designated three tankers in July.", 2),
        (
            "The EU froze the assets of four banks on Monday and banned six officials from "
            "entry on Friday.",
            2,
        ),
        ("The US designated 10 people and froze the assets of two firms on Tuesday.", 1),
        (
            "Beijing imposed sanctions on two defence firms in July and banned their sales "
            "outright in December.",
            1,
        ),
    ],
)
def test_coordinated_actions_dated_apart_are_two(claims_of: Rows, text: str, expected: int) -> None:
    assert len(claims_of(text, "sanction")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Britain sanctioned 46 targets today. Insurers and managers that keep over 100 "
            "tankers at sea are among 46 new targets announced by the Foreign Secretary today.",
            {"other": 46},
        ),
        (
            "Australia imposed sanctions on Monday. Two Dubai brokers are among the 30 new "
            "designations announced by Canberra on Monday.",
            {"organization": 2},
        ),
        (
            "The US imposed sanctions on Friday. A Hong Kong shipping firm was one of the 12 "
            "targets unveiled by the Treasury on Friday.",
            {"organization": 1},
        ),
        (
            "The EU will impose new sanctions. Three generals will be among the listings "
            "approved by EU ministers next week.",
            {"person": 3},
        ),
    ],
)
def test_members_of_announced_targets(claims_of: Rows, text: str, expected: dict[str, int]) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert counts(rows[1]) == expected


def test_a_place_among_announced_targets_is_none(claims_of: Rows) -> None:
    text = "Paris is among the 20 targets announced by the tourism board for 2026."
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        ("UPDATE 2-US targets Venezuelan oil smuggling network, 12 tankers", "United States"),
        ("CORRECTED-UK targets Iranian drone makers, 4 vessels", "United Kingdom"),
        ("RPT-Japan targets North Korean shipping firms, 6 tankers", "Japan"),
        ("UPDATE 4-Australia bans Russian oil traders from its ports", "Australia"),
    ],
)
def test_a_slug_before_a_headline_leaves_its_authority(
    claims_of: Rows, text: str, authority: str
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_authorities"] == [authority]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "UPDATE 2-US targets Venezuelan oil smuggling network, 12 tankers\n\n"
            "* Treasury names 7 people, 9 companies, 12 vessels\n"
            "* Network moved some 45 mln barrels since 2023 - Treasury\n",
            {"person": 7, "organization": 9, "vessel": 12},
        ),
        (
            "Canada imposes sanctions on Iranian drone makers\n\n- Ottawa lists 4 individuals, "
            "6 entities\n- Measures take effect on Friday\n",
            {"person": 4, "organization": 6},
        ),
        (
            "Japan imposes sanctions on tankers\n\n* Tokyo adds 11 tankers, 3 shipping firms\n"
            "* Oil exports fell last month\n",
            {"vessel": 11, "organization": 3},
        ),
        (
            "South Korea sanctions North Korean bankers\n\n* Seoul names 3 bankers, 2 trading "
            "firms\n* Measures take effect on Friday\n",
            {"person": 3, "organization": 2},
        ),
    ],
)
def test_a_key_point_under_a_headline_states_its_own_targets(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = carried(claims_of, text)
    assert len(rows) == 2, rows
    assert counts(rows[1]) == expected
    assert rows[1]["sanction_authorities"] == rows[0]["sanction_authorities"]


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        (
            "Britain designated two insurers. Ship managers Gulf Horizon Shipmanagement and "
            "Coromandel Vessel Services, which the government says managed a fifth of the "
            "fleet's voyages, face an asset freeze.",
            "a fifth of the fleet's voyages",
        ),
        (
            "Insurers and managers that keep over 100 shadow fleet tankers at sea are among 46 "
            "new targets announced by the Foreign Secretary today.",
            "over 100 shadow fleet tankers",
        ),
        (
            "Canada on Monday sanctioned Arvo Shipping, a firm that operates 35 tankers in the "
            "Baltic.",
            "35 tankers",
        ),
        (
            "Japan froze the assets of Sado Marine, which chartered nine tankers to the network "
            "last year.",
            "nine tankers",
        ),
    ],
)
def test_a_count_in_a_clause_describing_a_target_is_a_quantity(
    claims_of: Rows, text: str, quantity: str
) -> None:
    spans = [text[r["span_start"] : r["span_end"]] for r in claims_of(text, "quantity")]
    assert quantity in spans, spans
    assert len(claims_of(text, "sanction")) >= 1


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "The measures follow visa bans announced by Estonia and Latvia, which between them "
            "have banned close to 100 Georgian officials since December.",
            "100",
        ),
        (
            "Britain sanctioned 46 targets today. Insurers and managers are among 46 new targets "
            "announced by the Foreign Secretary today.",
            "46 new",
        ),
    ],
)
def test_a_sanctions_own_count_in_a_clause_is_no_quantity(
    claims_of: Rows, text: str, number: str
) -> None:
    spans = [text[r["span_start"] : r["span_end"]] for r in claims_of(text, "quantity")]
    assert not any(number in s for s in spans), spans


@pytest.mark.parametrize(
    ("text", "status", "expected"),
    [
        (
            "The State Department said on Wednesday it was restricting visas for some 250 "
            "Nicaraguan officials and their families.",
            "imposed",
            {"person": 250},
        ),
        (
            "The State Department will restrict visas for 40 Georgian officials involved in the "
            "crackdown.",
            "planned",
            {"person": 40},
        ),
        (
            "Washington restricted visas for 12 Ugandan lawmakers on Friday.",
            "imposed",
            {"person": 12},
        ),
        (
            "Britain is restricting entry for three Belarusian judges and their spouses.",
            "imposed",
            {"person": 3},
        ),
    ],
)
def test_restricting_visas_for_a_target_group(
    claims_of: Rows, text: str, status: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] == status
    assert counts(rows[0]) == expected


def test_restricting_visas_for_no_target_group_is_none(claims_of: Rows) -> None:
    assert (
        claims_of("The embassy restricted visas for tourists during the strike.", "sanction") == []
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan listed 11 tankers on Friday. This brings the total number of vessels subject "
            "to such measures to 163.",
            {"vessel": 163},
        ),
        (
            "Canada banned 40 officials from entry. The move brings the number of Iranians "
            "barred from the country to 310.",
            {"person": 310},
        ),
        (
            "The EU froze the assets of two banks. That brings the number of Syrian entities "
            "subject to an asset freeze to 88.",
            {"organization": 88},
        ),
        (
            "Britain imposed travel bans on Monday. It brings the total number of officials "
            "restricted under the law to 64.",
            {"person": 64},
        ),
    ],
)
def test_a_cumulative_total_of_those_barred_or_subject_to_measures(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert counts(rows[1]) == expected


def test_a_total_of_no_sanction_is_a_quantity(claims_of: Rows) -> None:
    text = "The company hired 40 engineers, bringing the number of staff to 310."
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EU listed four people. A Cyprus-based charter operator, Azur Cargo Lines, and "
            "one of its Il-76 freighters were also designated.",
            {"organization": 1, "aircraft": 1},
        ),
        ("Britain sanctioned two of its Ilyushin freighters on Monday.", {"aircraft": 2}),
        (
            "Japan sanctioned a Kazakh cargo airline and one of its Antonov freighters.",
            {"organization": 1, "aircraft": 1},
        ),
        (
            "Britain designated 18 tankers and 4 insurance providers on Tuesday.",
            {"vessel": 18, "organization": 4},
        ),
        (
            "The EU listed six Turkish and Emirati intermediaries and two trading firms.",
            {"person": 6, "organization": 2},
        ),
    ],
)
def test_target_kinds_of_freighters_providers_and_intermediaries(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert counts(rows[-1]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The measures come a day after the European Union adopted its 17th package, which "
            "listed 189 vessels.",
            {"vessel": 189},
        ),
        (
            "Canada renewed its Belarus measures, which now list 42 people and 9 firms.",
            {"person": 42, "organization": 9},
        ),
        ("Japan adopted a new package that designates 14 tankers.", {"vessel": 14}),
        (
            "Britain unveiled a fresh round of sanctions, which designated 25 individuals.",
            {"person": 25},
        ),
    ],
)
def test_a_package_that_lists_targets_names_them(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert counts(rows[0]) == expected


def test_police_commissioners_and_magistrates_are_people(claims_of: Rows) -> None:
    text = (
        "The EU imposed sanctions on two officials. Among those listed are police commissioner "
        "Rodrigo Zelaya Barrios and magistrate Ines Marenco Vado."
    )
    rows = claims_of(text, "sanction")
    assert counts(rows[-1]) == {"person": 2}


@pytest.mark.parametrize(
    "text",
    [
        "The EU imposed sanctions on two people. The list also includes Irina Volkova, deputy to "
        "the children's rights commissioner, and the charity Dobroye Serdtse.",
        "Britain listed two people. The list also includes Pavel Orlov, adviser to the regional "
        "governor, and the trading firm Arvo Oil.",
        "Canada sanctioned two people. The list also includes Lena Sokol, aide to the deputy "
        "minister, and the shipping firm Kelm Marine.",
        "Japan designated two people. The list also includes Oleg Varga, adviser "
        "to the police commissioner, and the trading firm Dusk Trading.",
    ],
)
def test_the_person_a_target_works_to_is_no_target(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert counts(rows[-1]) == {"person": 1, "organization": 1}
