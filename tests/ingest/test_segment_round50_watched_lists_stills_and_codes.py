"""Round 50: a broadcaster's 'Most watched' list of other reports, a video still's label under
the story, and a register's line inviting the reader to verify an extract with its code are no
text of the page."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ingest.helpers import kind_of

TODAY = dt.date(2026, 12, 1)
STORY = (
    "Magistrate freezes accounts of a diesel importer\n\n"
    "A magistrate froze the bank accounts of a diesel importer and his two partners on"
    " Tuesday, accusing them of selling subsidised diesel abroad, court officials said.\n\n"
    "The three deny the charges and appear in court on 4 September.\n\n"
)


@pytest.mark.parametrize(
    "label", ["MOST WATCHED", "Most watched", "Most listened", "Most watched this week"]
)
def test_a_most_watched_list_is_other_reports(label: str) -> None:
    teaser = "Ferry fares to rise 8% from May, operator says (1:45)"
    page = STORY + "Share: WhatsApp | Facebook | X\n" + label + "\n" + teaser + "\n"
    page += "Heavy rain closes two mountain roads (0:58)\n"
    assert kind_of(page, teaser, TODAY) == "related"


@pytest.mark.parametrize(
    "still",
    [
        "▶ Video still: police carry boxes of files out of the importer's office (archive)",
        "Video still: a tanker at the fuel quay in 2023 (Channel 6)",
        "Still from the video: customs officers weigh a seized drum",
        "▶ Screen grab: the judge reads the order in court",
    ],
)
def test_a_video_still_s_label_is_a_caption(still: str) -> None:
    page = STORY + still + "\nTags: #Courts #Fuel\n"
    assert kind_of(page, still, TODAY) == "caption"


@pytest.mark.parametrize(
    "line",
    [
        "Verify this extract: enter code 4TR-88K-2QX at the e-services portal (valid for 30 days)",
        "Verify this certificate online with code AB12-CD34 (valid 90 days)",
        "Verify the document: code 77Q-KP1 at records.example › Check",
        "Verify this copy at registry.example/verify using code 19F-0AZ",
    ],
)
def test_a_line_inviting_to_verify_an_extract_by_its_code_is_boilerplate(line: str) -> None:
    page = STORY + line + "\nPrint · Export to PDF · Search again\n"
    assert kind_of(page, line, TODAY) == "boilerplate"
