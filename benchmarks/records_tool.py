"""Annotator's aid for the record-level gold (docs/annotation.md): print an article of the
split with character offsets, or find the offsets of a phrase. Reads ../shared; copies nothing.

    python benchmarks/records_tool.py show SET ID
    python benchmarks/records_tool.py find SET ID "the blast" [N]
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from records_select import _candidates  # noqa: E402

LINE = 100  # characters per printed line, each prefixed with its start offset


def article_text(shared: Path, set_name: str, art_id: str) -> str:
    for aid, text in _candidates(shared)[set_name]:
        if aid == art_id:
            return text
    raise SystemExit(f"no article {art_id!r} in {set_name}")


def article_meta(shared: Path, set_name: str, art_id: str) -> dict[str, str]:
    """What the reader of the article also sees: title, outlet, download date (never gold labels)."""
    import csv
    import xml.etree.ElementTree as ET

    if set_name == "fakes":
        with open(shared / "datasets/fakes/fakes_dev.csv", newline="", encoding="utf-8") as fh:
            row = next(r for r in csv.DictReader(fh) if r["unit_id"] == art_id)
        return {"title": row["article_title"], "source": row["source"]}
    if set_name in ("lgl", "gwn"):
        path, key = (("lgl.xml", "docid") if set_name == "lgl" else ("GWN.xml", "file"))
        art = next(a for a in ET.parse(shared / "datasets/geo" / path).getroot().iter("article") if a.get(key) == art_id)
        return {k: art.findtext(k) or "" for k in ("title", "domain", "dltime") if art.find(k) is not None}
    return {}


def main(argv: list[str]) -> int:
    shared = Path(__file__).resolve().parents[2] / "shared"
    if len(argv) < 3 or argv[0] not in ("show", "find"):
        print(__doc__)
        return 2
    text = article_text(shared, argv[1], argv[2])
    if argv[0] == "show":
        print(article_meta(shared, argv[1], argv[2]))
        for i in range(0, len(text), LINE):
            print(f"{i:>6} | {text[i:i + LINE]!r}"[:LINE + 12])
        return 0
    phrase, nth = argv[3], int(argv[4]) if len(argv) > 4 else 1
    at = -1
    for _ in range(nth):
        at = text.find(phrase, at + 1)
        if at < 0:
            print(f"{phrase!r}: fewer than {nth} occurrences")
            return 1
    print(f"[{at}, {at + len(phrase)}]  {text[max(0, at - 40):at + len(phrase) + 40]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
