"""Numbers that reach someone or name a day, not counts: a short service number after a word for
ringing ('dial 1517.'), a day written with a dash onto a month ('14-Jun-2025'), a calendar's day
after a weekday ('Tue 28 ]'), and the second of two coordinated references ('clauses 4 and 9 of
the Act')."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _values(claims_of: Rows, text: str) -> list[float]:
    return [r["quantity_value"] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Anyone who sees a swarm should report it by dialling 1517.", 1517),
        ("Drivers stranded on the pass can call 1199 for a tow.", 1199),
        ("Parents may text 80810 to get school closure alerts.", 80810),
        ("The ministry has opened a helpline 1377 for flood victims.", 1377),
    ],
)
def test_a_short_service_number_is_no_quantity(claims_of: Rows, text: str, code: int) -> None:
    assert code not in _values(claims_of, text)


def test_a_count_after_a_ringing_word_stays(claims_of: Rows) -> None:
    assert 240 in _values(claims_of, "Investigators called 240 witnesses over the summer.")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("| Second Reading | Senate | 14-Jun-2025 | Agreed |", 14),
        ("Tender closes: 9-Oct-2026, 12:00 local time.", 9),
        ("The notice was gazetted on 21-Feb and took effect at once.", 21),
        ("Hearing listed for 3-Sept-2025 before the full bench.", 3),
    ],
)
def test_a_day_dashed_onto_a_month_is_no_quantity(claims_of: Rows, text: str, day: int) -> None:
    assert day not in _values(claims_of, text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Fixtures\n\n◄ Fri 17   [ Sat 18 ]   Sun 19 ►\n", 17),
        ("Archive\n\n< Mon 6 | Tue 7 >\n", 6),
        ("Schedule\n\nThu 23 Oct: committee hearing\n", 23),
        ("Calendar\n\nWed. 11\n", 11),
    ],
)
def test_a_calendar_day_after_a_weekday_is_no_quantity(
    claims_of: Rows, text: str, day: int
) -> None:
    assert day not in _values(claims_of, text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Under articles 12 and 41 of the Customs Code, the lorry was impounded.", 41),
        ("The charges fall under sections 7 and 19 of the Penal Code.", 19),
        ("Clauses 3 and 8 of the contract were struck down by the court.", 8),
        ("The regulator relied on paragraphs 14 and 22 of its own rulebook.", 22),
    ],
)
def test_the_second_of_two_coordinated_references_is_no_quantity(
    claims_of: Rows, text: str, number: int
) -> None:
    assert number not in _values(claims_of, text)
