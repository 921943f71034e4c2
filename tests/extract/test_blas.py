"""The model's products through numpy's BLAS (claims.extract.blas) change no tag or parse on the
dev articles, and run on one BLAS thread whatever the library's default."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import spacy
from spacy.language import Language
from thinc.api import Model, NumpyOps
from threadpoolctl import ThreadpoolController

from claims.extract import DEFAULT_MODEL, blas

DEV_SETS = ("dev", "dev_b", "dev_c", "dev_d", "dev_e", "dev_f")


def _analyses(nlp: Language, texts: list[str]) -> list[list[tuple[str, str, str, int]]]:
    return [
        [(t.tag_, t.pos_, t.dep_, t.head.i) for t in doc] for doc in nlp.pipe(texts, batch_size=16)
    ]


def _tok2vec(nlp: Language) -> Model:  # type: ignore[type-arg]
    return nlp.get_pipe("tok2vec").model  # type: ignore[attr-defined, no-any-return]


def test_same_tags_and_parses_on_every_dev_article(root: Path) -> None:
    texts = [
        p.read_text("utf-8")
        for name in DEV_SETS
        for p in sorted((root / "tests" / "data" / name / "articles").iterdir())
    ]
    assert len(texts) > 90
    blis = spacy.load(DEFAULT_MODEL, exclude=["ner"])
    fast = spacy.load(DEFAULT_MODEL, exclude=["ner"])
    blas.speed_up(fast)
    assert isinstance(_tok2vec(fast).ops, blas.OneThreadBlasOps)
    assert type(_tok2vec(blis).ops) is NumpyOps
    assert _analyses(fast, texts) == _analyses(blis, texts)


def test_loaded_pipeline_multiplies_with_numpy_blas(nlp: Language) -> None:
    found = [getattr(c, "model", None) for _, c in nlp.pipeline]
    models = [m for m in found if isinstance(m, Model)]
    nodes = [n for m in models for n in m.walk()]
    assert nodes
    assert all(type(n.ops) is not NumpyOps for n in nodes)  # none left on BLIS


def test_products_run_on_one_thread_and_leave_the_default() -> None:
    controller = ThreadpoolController()
    before = [lib.num_threads for lib in controller.select(user_api="blas").lib_controllers]
    seen: list[list[int]] = []
    real_dot = np.dot

    def watched(*args: object, **kwargs: object) -> object:
        now = ThreadpoolController().select(user_api="blas").lib_controllers
        seen.append([lib.num_threads for lib in now])
        return real_dot(*args, **kwargs)  # type: ignore[call-overload]

    ops = blas.OneThreadBlasOps()
    x = np.arange(12, dtype="float32").reshape(3, 4)
    y = np.ones((4, 2), dtype="float32")
    ops.xp = type("xp", (), {"dot": staticmethod(watched)})  # a spy: the real product, counted
    out = ops.gemm(x, y)
    assert np.array_equal(out, x @ y)
    assert seen and all(n == 1 for n in seen[0])
    after = [lib.num_threads for lib in controller.select(user_api="blas").lib_controllers]
    assert after == before
