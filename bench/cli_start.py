"""How long `claims --help` and `claims validate --help` take to start, against a bare interpreter.

Baseline: `python -c pass` with the same interpreter (the cost no command can avoid). Run:
    .venv/bin/python bench/cli_start.py --repeat 10
Prints the best of N wall-clock seconds per command; the last line reads
`ratio=<claims --help seconds / bare interpreter seconds>`. The goal is under 0.5 s per command.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time


def best(argv: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    claims = [sys.executable, "-m", "claims"]
    bare = best([sys.executable, "-c", "pass"], args.repeat)
    top = best([*claims, "--help"], args.repeat)
    validate = best([*claims, "validate", "--help"], args.repeat)
    print(f"python -c pass         {bare:.3f} s")
    print(f"claims --help          {top:.3f} s")
    print(f"claims validate --help {validate:.3f} s")
    print(f"ratio={top / bare:.2f}")


if __name__ == "__main__":
    main()
