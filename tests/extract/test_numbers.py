"""Number parsing: digits, scales, words; malformed strings give None, never a guess."""

from __future__ import annotations

import pytest

from claims.extract.numbers import parse_digits, parse_tokens, vague_value


@pytest.mark.parametrize(
    ("words", "value"),
    [
        (["3", "million"], 3_000_000),
        (["1.5bn"], 1_500_000_000),
        (["85,000"], 85_000),
        (["two"], 2),
        (["a", "dozen"], 12),
        (["two", "dozen"], 24),
        (["twenty", "-", "five"], 25),
        (["two", "hundred", "and", "fifty"], 250),
        (["half", "a", "million"], 500_000),
        (["3.2", "billion"], 3_200_000_000),
    ],
)
def test_parse_tokens(words: list[str], value: float) -> None:
    assert parse_tokens(words) == pytest.approx(value)


@pytest.mark.parametrize("token", ["1,2,3,4", "2.4.2024", "110th", "6:58", "12,34", "3x"])
def test_malformed_digits_are_not_numbers(token: str) -> None:
    assert parse_digits(token) is None


def test_not_a_number() -> None:
    assert parse_tokens(["shells"]) is None
    assert parse_tokens([]) is None


def test_vague_amounts_give_the_smallest_value() -> None:
    assert vague_value("hundreds") == 200
    assert vague_value("dozens") == 24
    assert vague_value("several") is None


@pytest.mark.parametrize(
    ("tokens", "value"),
    [
        (["4.1", "million"], 4_100_000),
        (["1.15", "billion"], 1_150_000_000),
        (["0.7", "million"], 700_000),
        (["2.3", "thousand"], 2_300),
    ],
)
def test_a_scaled_decimal_parses_to_the_number_written(tokens: list[str], value: int) -> None:
    parsed = parse_tokens(tokens)
    assert parsed == value and parsed is not None and int(parsed) == value
