"""Where the work runs: `local` (this process, or a pool of processes) or `ray` (Ray Data on a
new local instance or on a cluster). A stage hands an engine a worker class and the items to
work on (shards of articles, input files); every engine builds the same class once per worker
(so the spaCy pipeline loads once per actor) and calls it on the same items, so the rows are the
same whichever runs them: only the scheduling differs.

Ray is an optional extra (`pip install 'claims[ray]'`), imported only here and only when asked.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing as mp
import os
import pickle
import warnings
from collections.abc import Iterator, Sequence
from typing import Any, Protocol

from claims.errors import ServiceError, UsageError

log = logging.getLogger(__name__)
ENGINES = ("local", "ray")
#: A Ray actor that dies (a killed worker, a lost node) is restarted, and its batch retried,
#: this many times before the run fails.
MAX_RESTARTS = 4


class Worker(Protocol):
    """Built once per worker from one picklable argument; called once per item."""

    def __init__(self, arg: Any) -> None: ...

    def __call__(self, item: dict[str, Any]) -> Any: ...


# --- local ----------------------------------------------------------------------------------------

_pool_worker: Worker | None = None


def _pool_init(cls: type[Worker], arg: Any) -> None:
    global _pool_worker
    _pool_worker = cls(arg)


def _pool_call(item: dict[str, Any]) -> Any:
    assert _pool_worker is not None
    return _pool_worker(item)


def map_local(
    cls: type[Worker], arg: Any, items: Sequence[dict[str, Any]], processes: int | None
) -> Iterator[Any]:
    """Results in item order: in this process, or from a pool of `processes` workers."""
    workers = min(processes or 1, len(items))
    if workers <= 1:
        worker = cls(arg)
        for item in items:
            yield worker(item)
        return
    ctx = mp.get_context("spawn")  # spaCy and threads do not survive fork reliably
    with ctx.Pool(workers, initializer=_pool_init, initargs=(cls, arg)) as pool:
        yield from pool.imap(_pool_call, items)


# --- Ray ------------------------------------------------------------------------------------------


#: Ray's single-machine mode: every process binds and connects on 127.0.0.1 (by default a
#: local instance advertises the machine's network address and talks to itself through it).
LOOPBACK_ENV = "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"


def import_ray(loopback: bool = False) -> Any:
    if loopback:
        os.environ[LOOPBACK_ENV] = "0"  # read by Ray at import, and by the processes it starts
    try:
        import ray
        import ray._private.ray_constants as constants
    except ImportError:
        raise UsageError(
            "the ray engine needs Ray Data: pip install 'claims[ray]' (or use --engine local)"
        ) from None
    if loopback:
        constants.ENABLE_RAY_CLUSTER = False  # when Ray was imported before the variable was set
    return ray


@contextlib.contextmanager
def ray_session(address: str | None, workers: int | None) -> Iterator[Any]:
    """A connection to Ray: a new local instance (loopback only, no dashboard) when no address is
    given, else the cluster at `address` ('auto' or 'ray://host:port'). Reuses a live one."""
    ray = import_ray(loopback=not address)
    for name in ("ray", "ray.data"):
        logging.getLogger(name).setLevel(logging.WARNING)
    started_here = not ray.is_initialized()
    if started_here:
        try:
            if address:
                ray.init(address=address, log_to_driver=False, logging_level=logging.WARNING)
            else:
                ray.init(
                    num_cpus=workers or os.cpu_count() or 1,
                    include_dashboard=False,
                    log_to_driver=False,
                    logging_level=logging.WARNING,
                )
        except (ConnectionError, RuntimeError, ValueError, TimeoutError) as exc:
            where = address or "a new local instance"
            raise ServiceError(f"cannot start or reach Ray at {where} ({exc})") from None
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    context.execution_options.preserve_order = True
    try:
        yield ray
    finally:
        if started_here:
            ray.shutdown()


class _RayAdapter:
    """The Ray Data callable class around a Worker: built once per actor, one row per item."""

    def __init__(self, cls: type[Worker], arg: Any):
        self.worker = cls(arg)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[bytes]]:
        items = [pickle.loads(raw) for raw in batch["item"]]
        return {"result": [pickle.dumps(self.worker(item)) for item in items]}


def _retries() -> dict[str, Any]:
    """Actor options: bounded restarts, so a worker that always dies fails the run, not loops."""
    return {"max_restarts": MAX_RESTARTS, "max_task_retries": MAX_RESTARTS}


def map_ray(
    cls: type[Worker],
    arg: Any,
    items: Sequence[dict[str, Any]],
    processes: int | None,
    address: str | None,
) -> Iterator[Any]:
    """Results in item order from a pool of Ray actors (as many as the cluster has CPUs, or
    `processes`). Items travel as blocks of one item each, so a retried block redoes one item."""
    if not items:
        return
    with ray_session(address, processes) as ray:
        cpus = int(ray.cluster_resources().get("CPU", 1))
        size = max(1, min(processes or cpus, cpus, len(items)))
        rows = [{"item": pickle.dumps(item)} for item in items]
        with warnings.catch_warnings():
            # Ray 2.60 marks the remote-args hooks deprecated without a replacement for
            # max_restarts yet; its own default (restart forever) would loop on a crashing input.
            warnings.simplefilter("ignore", DeprecationWarning)
            ds = ray.data.from_items(rows, override_num_blocks=len(rows)).map_batches(
                _RayAdapter,
                fn_constructor_args=(cls, arg),
                batch_size=1,
                batch_format="numpy",
                compute=ray.data.ActorPoolStrategy(size=size),
                num_cpus=1,
                ray_remote_args_fn=_retries,
            )
        try:
            for row in ds.iter_rows():
                yield pickle.loads(row["result"])
        except ray.exceptions.RayError as exc:
            first = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else type(exc)
            raise ServiceError(f"the Ray run failed ({first})") from None


def check(engine: str, address: str | None) -> None:
    """Refuse a wrong engine/address pair before any work (or any cleanup) starts."""
    if engine not in ENGINES:
        raise UsageError(f"unknown engine {engine!r} (expected one of {', '.join(ENGINES)})")
    if address and engine != "ray":
        raise UsageError("--address needs --engine ray")


def run(
    engine: str,
    cls: type[Worker],
    arg: Any,
    items: Sequence[dict[str, Any]],
    processes: int | None = None,
    address: str | None = None,
) -> Iterator[Any]:
    """`cls(arg)(item)` for every item, in item order, on the engine asked for."""
    check(engine, address)
    if engine == "ray":
        return map_ray(cls, arg, items, processes, address)
    return map_local(cls, arg, items, processes)
