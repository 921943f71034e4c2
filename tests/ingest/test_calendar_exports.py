"""A calendar saved as an iCalendar export: the calendar's name is the title, the events'
summaries and descriptions (folded lines included) are the body, the machine's properties
(times, ids, statuses, categories) are furniture, and the export's day comes from its stamp."""

from __future__ import annotations

import datetime as dt

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

CALENDAR = (
    "BEGIN:VCALENDAR\n"
    "VERSION:2.0\n"
    "PRODID:-//Harbour Town//Events 2.0//EN\n"
    "X-WR-CALNAME:Harbour Town council - hearings and open days\n"
    "X-WR-CALDESC:Saved from the town's site. Times are local.\n"
    "BEGIN:VEVENT\n"
    "UID:20270305-ferry@harbour.example\n"
    "DTSTAMP:20270211T081500Z\n"
    "DTSTART;TZID=Europe/Lisbon:20270305T183000\n"
    "DTEND;TZID=Europe/Lisbon:20270305T203000\n"
    "SUMMARY:Hearing on a second ferry berth for 3\\,500 passengers\n"
    "DESCRIPTION:The council will hear objections to a berth that would cost\n"
    "  €42 million. Last year the quay handled 910 sailings\\, up a fifth.\n"
    "STATUS:CONFIRMED\n"
    "CATEGORIES:Transport,Planning\n"
    "END:VEVENT\n"
    "BEGIN:VEVENT\n"
    "UID:20270412-parks@harbour.example\n"
    "DTSTAMP:20270211T081500Z\n"
    "DTSTART;VALUE=DATE:20270412\n"
    "SUMMARY:Open day in the restored park (cancelled)\n"
    "STATUS:CANCELLED\n"
    "END:VEVENT\n"
    "END:VCALENDAR\n"
)


def test_the_calendars_name_is_the_title_and_its_stamp_dates_it() -> None:
    structure = segment_text(CALENDAR)
    assert structure.title == "Harbour Town council - hearings and open days"
    assert structure.byline.published == dt.date(2027, 2, 11)


def test_summaries_and_descriptions_are_body_with_their_folded_lines() -> None:
    assert kind_of(CALENDAR, "Hearing on a second ferry berth") == "body"
    assert kind_of(CALENDAR, "€42 million") == "body"
    assert kind_of(CALENDAR, "910 sailings") == "body"
    assert kind_of(CALENDAR, "Open day in the restored park") == "body"


def test_the_machines_properties_are_furniture() -> None:
    for line in ("DTSTART;TZID", "DTEND;", "DTSTAMP:", "CATEGORIES:", "STATUS:CANCELLED", "UID:"):
        assert kind_of(CALENDAR, line) == "boilerplate", line
    assert kind_of(CALENDAR, "DESCRIPTION:") == "boilerplate"


def test_a_page_that_only_mentions_a_calendar_is_read_as_a_page() -> None:
    page = "Town adds open days to its calendar\n\nBEGIN:VCALENDAR is how the file starts.\n"
    assert segment_text(page).title == "Town adds open days to its calendar"
