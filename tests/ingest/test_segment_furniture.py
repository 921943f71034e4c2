"""Page furniture that is not the story: promos, newsletter boxes, share buttons, image
credits, live-page day headings, correction notes, disclaimers, copyright, menus, reading
times, 'click here' lines; and captions, which are their own kind."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import (
    ABOVE,
    BELOW,
    HEAD,
    TANKERS_BODY,
    TANKERS_HEAD,
    TODAY,
    kind_of,
    kinds,
)


def test_related_content_and_newsletter_promos_are_furniture() -> None:
    text = (
        "A headline for the page\n\nBy Al Roe | Outlet | May 20, 2025\n\nBody text.\n\n"
        "Newsletter\nGet the Asia Briefing in your inbox every weekday morning.\n\n"
        "Related content\nAnother story about other sanctions here\nIts excerpt line.\n"
    )
    assert kinds(text)[-1][0] == "boilerplate"
    assert "Get the Asia Briefing" in kinds(text)[-1][1]


def test_a_newsletter_box_and_a_related_item_are_not_body() -> None:
    text = (
        "A headline about ports and storms\n\nBy Ed Poe | 4 May 2024\n\nFirst paragraph.\n\n"
        "Shipping Weekly\nOur free newsletter, every Friday: 40 ports compared.\nSign up\n\n"
        "Related: Insurers quit the Black Sea\nRates rose 12% this week.\n\nLast paragraph.\n"
    )
    got = kinds(text)
    assert (
        "boilerplate",
        "Shipping Weekly\nOur free newsletter, every Friday: 40 ports compared.\nSign up",
    ) in got
    assert ("related", "Related: Insurers quit the Black Sea\nRates rose 12% this week.") in got
    assert got[-1] == ("body", "Last paragraph.")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Share on Facebook", "boilerplate"),
        ("WhatsApp", "boilerplate"),
        ("Comments (12)", "boilerplate"),
        ("Story continues below advertisement", "boilerplate"),
        ("Image source, Getty Images", "caption"),
        ("Image caption, Rescuers search the rubble in Dnipro", "caption"),
        ("Photo credit: Defence ministry", "caption"),
    ],
)
def test_share_buttons_and_image_credits_are_furniture(line: str, kind: str) -> None:
    text = f"A headline about ports and storms\n\nBy Ed Poe | 4 May 2024\n\nFirst paragraph.\n\n{line}\n\nLast.\n"
    assert (kind, line) in kinds(text)
    assert kinds(text)[-1] == ("body", "Last.")


@pytest.mark.parametrize(
    "caption",
    [
        "Photo: NTB",
        "The trawler SEA OWL in Tromso harbour on 12 March. Photo: NTB",
        "A cargo ship leaves the port of Rajin in 2023. (Daily Herald Photo)",
        "Tankers at anchor off Fujairah in April. (Agency photo)",
        "Photo caption: The KAPRIS at anchor off Porvoo. Photo: Coast Guard",
    ],
)
def test_captions_are_captions(caption: str) -> None:
    text = f"A headline about ports and storms\n\nBy Ed Poe | 4 May 2024\n\nFirst paragraph.\n\n{caption}\n\nLast.\n"
    assert ("caption", caption) in kinds(text)


@pytest.mark.parametrize(
    "line",
    [
        "Caption: Workers repair a substation near Odesa on Tuesday. (Harbour Post)",
        "Caption: A tanker waits off Fujairah in March.",
        "CAPTION: Firefighters at the depot on Sunday night",
        "caption: Soldiers unload shells at a rail yard, 2024",
    ],
)
def test_a_caption_line_is_a_caption(line: str) -> None:
    page = f"Ministry adds 12 tankers to its list\n\n{TANKERS_BODY}{line}\n\n{TANKERS_BODY}"
    assert kind_of(page, line) == "caption"


@pytest.mark.parametrize(
    "line",
    [
        "Yesterday's update",
        "Today's key events",
        "Yesterday’s live updates",
        "Earlier today's summary",
    ],
)
def test_a_live_page_section_heading_is_furniture(line: str) -> None:
    page = f"Live: port strikes\n\n{TANKERS_BODY}{line}\n{TANKERS_BODY}"
    assert kind_of(page, line) == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "Chart 2: Monthly exports, Jan 2022 - June 2024 (source: customs office)",
        "Figure 1. Rainfall against the ten-year average, 2015 vs 2025",
        "Map: Areas hit by the floods since 12 May",
        "Graphic: How the price cap works",
    ],
)
def test_a_chart_caption_is_a_caption(line: str) -> None:
    page = f"{HEAD}{ABOVE}{line}\n\n{BELOW}"
    assert kind_of(page, line) == "caption"


def test_a_next_edition_line_is_boilerplate() -> None:
    line = "Next edition: 16 October."
    page = f"{HEAD}{ABOVE}{line}\n"
    assert kind_of(page, line) == "boilerplate"


@pytest.mark.parametrize(
    ("label", "note"),
    [
        (
            "Correction, 4 June:",
            "An earlier version of this story gave the tonnage as 9,000 tonnes.",
        ),
        ("Clarification:", "This article has been changed to name the second lender."),
        ("Editor's note:", "The minister's title was corrected after publication."),
        ("Correction, March 3:", "We said 41 ships had been seized; the figure was 14."),
    ],
)
def test_a_correction_label_is_furniture_and_its_note_is_body(label: str, note: str) -> None:
    line = f"{label} {note}"
    page = f"{HEAD}{ABOVE}{line}\n"
    assert kind_of(page, label) == "boilerplate"
    assert kind_of(page, note) == "body"


@pytest.mark.parametrize(
    "line",
    [
        "Next release: June payrolls data on 4 July.",
        "Next release: Q3 GDP estimate due 30 October.",
        "Next release: the trade balance at 09:00 on Friday.",
        "Next release: August retail sales on 16 September",
    ],
)
def test_a_next_release_line_naming_the_data_and_its_day_is_body(line: str) -> None:
    page = f"{HEAD}{ABOVE}{line}\n"
    assert kind_of(page, line) == "body"


@pytest.mark.parametrize("line", ["Next release: 12 June.", "Next release: 2026-03-04"])
def test_a_bare_next_release_date_is_boilerplate(line: str) -> None:
    page = f"{HEAD}{ABOVE}{line}\n"
    assert kind_of(page, line) == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "The publisher does not accept liability for losses arising from this note. Next: 4 May.",
        "We do not accept any responsibility for decisions based on this report.",
        "Harbour Research cannot accept liability for errors in third-party data.",
    ],
)
def test_a_liability_disclaimer_is_boilerplate(line: str) -> None:
    page = f"{HEAD}{ABOVE}{line}\n"
    assert kind_of(page, line) == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "(c) 2025 Harbour Research Ltd. All figures provisional.",
        "(c) 2024 Baltic Freight Review",
        "(C) 2025 Nordic Energy Desk. Not investment advice.",
        "(c) Ministry of Trade 2025",
    ],
)
def test_a_copyright_line_is_boilerplate(line: str) -> None:
    page = f"{HEAD}{ABOVE}{line}\n"
    assert kind_of(page, line, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "Reading time: 4 min",
        "Read time 7 minutes",
        "Estimated reading time: 3 mins",
        "Menu: Markets | Energy | Data | Subscribe",
    ],
)
def test_reading_times_and_menus_are_boilerplate(line: str) -> None:
    page = f"Wheat exports slow as Black Sea freight rates climb\n{line}\n\n{ABOVE}"
    assert kind_of(page, line, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "For the full list of the vessels designated today, click here.",
        "To read the regulation in full, click here",
        "Click here to download the annex with all 41 names.",
        "For identifiers of the persons listed today, tap here.",
    ],
)
def test_a_click_here_line_is_boilerplate(line: str) -> None:
    page = f"{HEAD}{ABOVE}{line}\n"
    assert kind_of(page, line, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "strip",
    [
        "Subscribe for $2 a month | Log in",
        "Newsletters | Sign in | Subscribe",
        "Get 3 months for £1 | Sign in",
        "Donate | Log in | Search",
    ],
)
def test_a_bar_of_furniture_pieces_is_no_headline(strip: str) -> None:
    from claims.ingest.segment import segment_text

    headline = "Customs seize 2 tonnes of cocaine hidden in banana crates at the port"
    page = f"CITY LEDGER | News | Business\n{strip}\n\n{headline}\n\nBy Ana Reyes\n\n" + (
        "Customs officers seized two tonnes of cocaine on Monday, the largest haul at the port"
        " this year, officials said on Tuesday.\n"
    )
    assert segment_text(page).title == headline


@pytest.mark.parametrize(
    "masthead",
    [
        "Relief Post - humanitarian news",
        "Harbour Gazette — English edition",
        "Coastal Ledger | local news you can trust",
        "The Valley Courier - your town, your news",
    ],
)
def test_a_site_name_with_its_tagline_is_no_headline(masthead: str) -> None:
    from claims.ingest.segment import segment_text

    headline = "Explainer: how many families have left the flooded delta since March?"
    page = f"{masthead}\nAbout | Data | Donate\n\n{headline}\n\nBy Ana Reyes\n\n" + (
        "Aid agencies said on Tuesday that about 40,000 families had left the delta since the"
        " river burst its banks, and that more were expected to follow.\n"
    )
    assert segment_text(page).title == headline


def test_a_short_headline_with_a_dash_stays_the_headline() -> None:
    from claims.ingest.segment import segment_text

    page = (
        "Grain deal - what happens next\n\nBy Ana Reyes\n\nThe grain corridor closed on"
        " Monday after talks failed, and traders said prices would rise within days.\n"
    )
    assert segment_text(page).title == "Grain deal - what happens next"


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for the Freight Brief: every Monday, 3 charts in 3 minutes.",
        "Subscribe to Grain Week - 10 prices you need, every Thursday",
        "Sign up to our Markets Morning email for the 5 numbers that matter.",
        "Never miss a story. Sign up for our daily newsletter",
        "Want alerts on 12 ports? Subscribe to Harbour Watch.",
    ],
)
def test_a_one_line_sign_up_box_is_boilerplate(line: str) -> None:
    page = f"{HEAD}{ABOVE}{line}\n"
    assert kind_of(page, line, TODAY) == "boilerplate"
    assert kind_of(page, ABOVE.strip(), TODAY) == "body"


@pytest.mark.parametrize(
    "sentence",
    [
        "Farmers can sign up for the relief scheme until May 5, the ministry said.",
        "About 4,000 households signed up for the new tariff in its first week.",
        "Few analysts subscribe to the view that rates will fall twice this year.",
    ],
)
def test_a_body_sentence_about_signing_up_stays_body(sentence: str) -> None:
    page = f"{HEAD}{ABOVE}{sentence}{BELOW}"
    assert kind_of(page, sentence, TODAY) == "body"


@pytest.mark.parametrize(
    "line",
    [
        "The Harbour Post | Imprint | Data protection | Advertise",
        "About | Careers | Contact | Terms",
        "Disclaimer: This note is for information only and is not investment advice.",
    ],
)
def test_a_footer_strip_after_the_story_is_boilerplate(line: str) -> None:
    page = f"{HEAD}{ABOVE}{line}\n"
    assert kind_of(page, line, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "Join our Telegram channel for 24/7 updates",
        "Download the Harbour News app for 5 free stories a month",
        "Get our free morning briefing",
        "Our newsletter: 3 charts every Friday",
        "Editor's picks",
        "Sponsored content",
        "Listen to this story",
        "Report an error",
        "Have a news tip? Email us at tips@harbour.example",
        "Write to Ana Ruiz at ana.ruiz@harbour.example",
        "Contact the reporter: +44 20 7946 0142",
        "Reporting by Ana Ruiz; Editing by Tom Hale",
        "(Additional reporting by Kim Lee in Seoul)",
        "Our Standards: How we report on markets.",
        "An earlier version of this story gave the wrong number of ships, 40; it is 14.",
    ],
)
def test_promos_credits_and_notes_after_the_story_are_boilerplate(line: str) -> None:
    page = f"{HEAD}{ABOVE}{line}{BELOW}"
    assert kind_of(page, line, TODAY) == "boilerplate"
    assert kind_of(page, BELOW.strip(), TODAY) == "body"


@pytest.mark.parametrize(
    "line",
    ["Getty Images", "Ana Ruiz/Reuters", "AFP via Getty Images", "EPA-EFE/Kim Lee", "AP Photo"],
)
def test_an_image_credit_on_its_own_line_is_a_caption(line: str) -> None:
    page = f"{HEAD}{ABOVE}{line}{BELOW}"
    assert kind_of(page, line, TODAY) == "caption"


@pytest.mark.parametrize(
    "sentence",
    [
        "Reuters reported on Monday that 14 tankers had been listed.",
        "Our reporters counted 40 ships waiting off the port on Tuesday.",
        "The newsletter's editor was fined $3,000 for the breach, the court said.",
        "Getty Images, the photo agency, said it had cut 120 jobs.",
    ],
)
def test_body_sentences_naming_agencies_or_reporters_stay_body(sentence: str) -> None:
    page = f"{HEAD}{ABOVE}{sentence}{BELOW}"
    assert kind_of(page, sentence, TODAY) == "body"


@pytest.mark.parametrize(
    "caption",
    [
        "A minister speaks to reporters in Lisbon on Monday. (Tagus Courier)",
        "Rescue boats search the harbour after the collision on 3 March. (The Coastal Ledger)",
        "Traders watch the screens at the exchange in Mumbai! (AP)",
        "Workers clear debris from a bridge near Porto Alegre, May 4, 2024. (Sul News Agency)",
    ],
)
def test_a_sentence_closed_by_an_outlet_credit_in_brackets_is_a_caption(caption: str) -> None:
    page = f"{TANKERS_HEAD}By Ed Poe | 4 May 2024\n\n{caption}\n\n{TANKERS_BODY}"
    assert kind_of(page, caption) == "caption"
    assert kind_of(page, TANKERS_BODY.strip()) == "body"


@pytest.mark.parametrize(
    "caption",
    [
        "Firefighters walk past the burned-out depot last August. (Harbour Times file)",
        "About 30 crates of seized parrots at the border post in May. (Port Agency handout)",
        "The mill's old chimney before it came down in 1994. (Valley Post archive)",
        "Two ferries wait out the storm off the pier on Sunday. (Island Courier files)",
    ],
)
def test_an_outlet_credit_naming_the_picture_source_closes_a_caption(caption: str) -> None:
    page = f"{TANKERS_HEAD}By Ed Poe | 4 May 2024\n{caption}\n\n{TANKERS_BODY}"
    assert kind_of(page, caption) == "caption"
    assert kind_of(page, TANKERS_BODY.strip()) == "body"


@pytest.mark.parametrize(
    "line",
    [
        "Output fell 4% in March from February. (All figures are seasonally adjusted.)",
        "The ministry said exports fell by a fifth in the first quarter. (see chart)",
    ],
)
def test_a_sentence_closed_by_a_note_in_brackets_stays_body(line: str) -> None:
    page = f"{TANKERS_HEAD}{TANKERS_BODY}{line}\n\n{TANKERS_BODY}"
    assert kind_of(page, line) == "body"


@pytest.mark.parametrize(
    "caption",
    [
        "Crews lay new pipe on Elm Avenue on Sept. 3. About 900 homes are still waiting."
        " (Staff photo by Jo Marsh)",
        "The old pumping station, which closed in 2019. (File photo from the water district)",
        "Volunteers fill sandbags outside the library on Friday. (Courtesy of the county)",
        "A barge unloads 40 tonnes of gravel at the quay. (Contributed photo from Port Hale)",
    ],
)
def test_a_caption_closed_by_its_photographers_credit_is_a_caption(caption: str) -> None:
    page = f"{TANKERS_HEAD}By Ed Poe | 4 May 2024\n\n{caption}\n\n{TANKERS_BODY}"
    assert kind_of(page, caption) == "caption"
    assert kind_of(page, TANKERS_BODY.strip()) == "body"


def test_a_sentence_closed_by_a_bracketed_aside_on_photos_stays_body() -> None:
    line = "The council spent $40,000 on new cameras last year. (It bought 12 of them.)"
    page = f"{TANKERS_HEAD}{TANKERS_BODY}{line}\n\n{TANKERS_BODY}"
    assert kind_of(page, line) == "body"
