"""Peak memory and time of analysing one long article, for several sizes (the max_chars setting).

Baseline measured in the same run: the RSS of the process with the model loaded, before any analysis.
Each size runs in a fresh process so that peaks do not carry over.

    python benchmarks/article_size.py [ARTICLE.txt] [SIZES...]
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_SIZES = (50_000, 100_000, 200_000)


def measure(path: str, size: int) -> str:
    from dossier.api import analyze_text
    from dossier.nlp.pipeline import load_pipeline

    nlp = load_pipeline()
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    text = Path(path).read_text(encoding="utf-8")
    big = ((text + "\n\n") * (size // len(text) + 1))[:size]
    start = time.perf_counter()
    analysis = analyze_text(big, nlp=nlp, max_chars=size + 1)
    secs = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return (
        f"{size:>9,} chars  {secs:6.1f} s  {size / secs:9,.0f} chars/s  baseline {base:5.0f} MB  "
        f"peak {peak:6.0f} MB  ratio {peak / base:4.1f}x  entities {len(analysis.entities)}"
    )


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--one":
        print(measure(sys.argv[2], int(sys.argv[3])))
        return
    from dossier.api import EXAMPLE_ARTICLE

    path = sys.argv[1] if len(sys.argv) > 1 else str(EXAMPLE_ARTICLE)
    sizes = [int(s) for s in sys.argv[2:]] or list(DEFAULT_SIZES)
    for size in sizes:
        out = subprocess.run([sys.executable, __file__, "--one", path, str(size)], capture_output=True, text=True)
        print(out.stdout.strip() or out.stderr.strip().splitlines()[-1])


if __name__ == "__main__":
    main()
