"""The model's matrix products through numpy's BLAS, on one thread.

thinc's CPU ops multiply with BLIS by default; on this project's machines numpy's OpenBLAS does
the same products (the tok2vec layers' `gemm`, most of the model's arithmetic) in about half the
CPU time. `NumpyOps(use_blis=False)` is thinc's own switch for that. OpenBLAS would start a thread
per core, and its waiting threads cost more than they save beside a busy core or a second worker
process, so every product runs under a one-thread limit: extraction stays one core per process,
as the engines plan it. The two libraries add in a different order, so the float32 vectors differ
in their last bits (a few millionths); the tags and parses, and so the claims, are the same on
every dev article (`tests/extract/test_blas.py`). A model on a GPU is left as it is.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.language import Language
from thinc.api import Model, NumpyOps
from threadpoolctl import ThreadpoolController


@cache
def _controller() -> ThreadpoolController:
    return ThreadpoolController()  # after numpy is loaded: it finds numpy's BLAS


@cache
def _blas_libraries() -> tuple[Any, ...]:
    """The loaded BLAS libraries' controllers (found once: listing them reads every loaded
    library; asking one its thread count is a single C call)."""
    return tuple(_controller().select(user_api="blas").lib_controllers)


class OneThreadBlasOps(NumpyOps):
    """NumpyOps whose `gemm` is numpy's (OpenBLAS) product, limited to one thread."""

    name = "numpy"

    def __init__(self) -> None:
        super().__init__(use_blis=False)

    def gemm(
        self, x: Any, y: Any, *, out: Any = None, trans1: bool = False, trans2: bool = False
    ) -> Any:
        # threadpoolctl's `limit()` does this too, but lists the libraries on every call (about
        # 0.15 ms, a thousand times per 600 articles); the libraries' own calls cost microseconds.
        libraries = _blas_libraries()
        before = [lib.get_num_threads() for lib in libraries]
        for lib, n in zip(libraries, before, strict=True):
            if n != 1:
                lib.set_num_threads(1)
        try:
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)
        finally:
            for lib, n in zip(libraries, before, strict=True):
                if n != 1:
                    lib.set_num_threads(n)


def speed_up(nlp: Language) -> None:
    """Give every CPU layer of the pipeline's models the one-thread numpy BLAS ops."""
    ops = OneThreadBlasOps()
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if not isinstance(model, Model):
            continue
        for node in model.walk():
            if type(node.ops) is NumpyOps:
                node.ops = ops
