"""The same input gives the same output whatever the process's hash seed.

Python salts the hash of strings per process, so iterating a set of names (as the focus-country
vote once did, `resolve/entities._place_support`) gives another order, and with it other sums and
ties, in another process. Extraction runs in worker processes, so that would make one article's
record depend on which worker read it. The sample corpus and a report whose two place names tie
(Feltham for Britain, Kingston for Jamaica) are extracted under two seeds and the outputs compared
byte for byte."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
# Each place name speaks for one country as much as the other: before the names were weighed in
# one order, the story was Jamaican under seed 0 and British under seed 3
TIED_PLACES = ("Two men admit harassment\nTwo men who took money from a vulnerable neighbour admitted harassment "
               "when they appeared at Feltham Magistrates' Court on Monday. They will be sentenced at Kingston "
               "Crown Court next month.\n")


def _extract(seed: str, *inputs: Path) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    out = subprocess.run([sys.executable, "-m", "eventwire.cli", "extract", *map(str, inputs),
                          "--published", "2024-04-22"], env=env, capture_output=True, text=True, check=True)
    return out.stdout


def test_extraction_does_not_depend_on_the_hash_seed(tmp_path):
    tied = tmp_path / "tied_places.txt"
    tied.write_text(TIED_PLACES, encoding="utf-8")
    inputs = (tied, SAMPLES / "corpus.jsonl", SAMPLES / "local", SAMPLES / "canonical_fictional.txt")
    first, second = _extract("0", *inputs), _extract("3", *inputs)
    assert first.count("\n") >= 30  # every report came out
    assert first == second
