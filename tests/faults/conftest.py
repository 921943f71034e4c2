"""A real local Ray instance for the tests that need one: 2 CPUs, loopback only, no dashboard;
started once per session (by the engines' own `ray_session`) and shut down at its end."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(scope="session")
def ray_local() -> Iterator[Any]:
    pytest.importorskip("ray")
    from claims.engines import ray_session

    with ray_session(None, 2) as ray:
        yield ray
