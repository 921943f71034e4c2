"""The one-entry identity cache the claim components share per Doc."""

from __future__ import annotations

from claims.extract.lastseen import LastSeen


def test_the_value_is_made_once_for_the_key_seen_last_and_anew_for_another() -> None:
    made: list[object] = []
    cache: LastSeen[object, list[int]] = LastSeen(lambda key: made.append(key) or [])
    first, second = object(), object()
    cache.get(first).append(1)
    assert cache.get(first) == [1] and made == [first]
    assert cache.get(second) == [] and made == [first, second]
    assert cache.get(first) == [] and made == [first, second, first]  # one entry only


def test_keys_are_told_apart_by_identity_not_equality() -> None:
    cache: LastSeen[list[int], dict[str, int]] = LastSeen(lambda key: {"n": len(key)})
    a, b = [1, 2], [1, 2]
    cache.get(a)["n"] = 9
    assert cache.get(a) == {"n": 9}
    assert cache.get(b) == {"n": 2}
