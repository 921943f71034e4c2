"""A one-entry cache keyed by identity: what was worked out for the object seen last.

The three claim components read the same Doc (and the date stages the same paragraph) in turn, so
several rules keep what they computed for it until another comes. The entry holds the object, so
its id is never reused while it is cached. One tuple is read and replaced whole: a thread that
sees another object meanwhile starts its own entry and never changes the other's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class LastSeen(Generic[K, V]):
    """`get(key)` gives the value made for `key` when it is the key seen last, else a new one."""

    def __init__(self, make: Callable[[K], V]) -> None:
        self._make = make
        #: (key, value) of the key seen last: a hot caller may test it without calling get
        self.last: tuple[K, V] | None = None

    def get(self, key: K) -> V:
        last = self.last
        if last is None or last[0] is not key:
            last = self.last = (key, self._make(key))
        return last[1]
