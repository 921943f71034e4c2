"""A real local Ray instance for the engine tests: 2 CPUs, on 127.0.0.1, no dashboard; started
once per session and shut down at its end. The engines reuse a live instance."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(scope="session")
def ray_local() -> Iterator[Any]:
    ray = pytest.importorskip("ray")
    if ray.is_initialized():  # another folder's fixture started it
        yield ray
        return
    ray.init(
        num_cpus=2,
        include_dashboard=False,
        log_to_driver=False,
        _node_ip_address="127.0.0.1",
        logging_level="WARNING",
    )
    yield ray
    ray.shutdown()
