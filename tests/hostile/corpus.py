"""A generator of hostile input mixed with good records, in every input format (JSON Lines, CSV,
text, HTML, stdin-like oddities), with what eventwire must make of each.

`make_corpus(folder)` writes the files and returns a `Corpus`: the ids every good record must be
stored under (messy-but-usable records are good: the gate mends them, with warnings), and for
every bad record its (file, record) and the codes it may be rejected with. The kinds come from
issue 14's findings (wrong-typed fields, lone surrogates, markup in ids, deep nesting, legacy
encodings, binary files renamed, FIFOs, long tokens) and what else a user's data holds.
Used by tests/hostile/test_fuzz_corpus.py and benchmarks/reliability.py.
"""
from __future__ import annotations

import json
import os
import random
from dataclasses import dataclass, field
from pathlib import Path

# Short good texts (the pipeline's time is what a test pays): distinct incidents, so each is stored.
PLACES = ["Ariha", "Saraqib", "Maarat al-Numan", "Jisr al-Shughur", "Kafr Nabl", "Binnish", "Taftanaz", "Sarmin"]
GOOD = "Government forces shelled the town of {place} on {day}, killing {n} civilians, a monitoring group said."
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MAX_CHARS = 20_000  # the size budget the corpus is read under (--max-chars): the oversized record passes it


@dataclass
class Corpus:
    folder: Path
    good: dict[str, str] = field(default_factory=dict)  # id as stored -> where it came from
    bad: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # (file name, record) -> allowed codes
    warned: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # (file, record) -> expected W codes
    records: int = 0

    def add_good(self, stored_id: str, file: str, record: str, warns: set[str] = frozenset()) -> None:
        self.good[stored_id] = f"{file}:{record}"
        if warns:
            self.warned[(file, record)] = set(warns)
        self.records += 1

    def add_bad(self, file: str, record: str, *codes: str) -> None:
        self.bad[(file, record)] = set(codes)
        self.records += 1


def _text(rng: random.Random, i: int) -> str:
    return GOOD.format(place=rng.choice(PLACES), day=DAYS[i % 7], n=i + 2) + f" Report {i}."


def _jsonl(c: Corpus, rng: random.Random, name: str) -> None:
    """One JSON Lines file: good, messy-but-good and bad lines interleaved."""
    lines: list[bytes] = []

    def good(obj: dict, stored_id: str, warns: set[str] = frozenset()) -> None:
        lines.append(json.dumps(obj, ensure_ascii=True).encode())
        c.add_good(stored_id, name, f"line {len(lines)}", warns)

    def bad(raw: bytes | str, *codes: str, record_suffix: str = "") -> None:
        lines.append(raw if isinstance(raw, bytes) else raw.encode("utf-8", "surrogatepass"))
        c.add_bad(name, f"line {len(lines)}{record_suffix}", *codes)

    n = len(c.good)
    good({"id": f"{name}-g1", "text": _text(rng, n), "published": "2024-03-18", "source": "Levant Wire"}, f"{name}-g1")
    good({"id": f"{name}-num-title", "title": 1, "text": _text(rng, n + 1)}, f"{name}-num-title", {"W102"})
    good({"id": f"{name}-list-source", "source": ["a", "b"], "url": {"x": 1}, "text": _text(rng, n + 2)},
         f"{name}-list-source", {"W101"})
    good({"id": f"{name}-bad-dates", "published": "December 9", "text": _text(rng, n + 3)}, f"{name}-bad-dates",
         {"W106"})
    good({"id": f"{name}-\ud800", "title": "\ud800 t\x1b[31m", "text": _text(rng, n + 4)}, f"{name}-\ufffd",
         {"W103"})
    good({"id": "[/x]" + name, "published": "9999-12-31", "home": "Texas", "text": _text(rng, n + 5)},
         "[/x]" + name, {"W106", "W107"})
    bad('{"id": "trunc", "text": "Shelling in Saraqib killed', "E104")
    bad("[" * 50_000 + "]" * 50_000, "E104")
    bad('"just a string"', "E104")
    bad(json.dumps({"id": "no-text", "title": "Headline only"}), "E105")
    bad(json.dumps({"id": "num-text", "text": 12}), "E114")
    bad(json.dumps({"id": "list-text", "text": ["a", "b"]}), "E114")
    bad(json.dumps({"id": "ctl-text", "text": "\x00\x01\x02 \x03"}), "E105")
    bad(b'{"id": "latin1", "text": "caf\xe9 bombing"}', "E103")
    # an id that is rich markup ("[/x]" once crashed `extract`'s error line), on a record the pipeline refuses
    # (its own id per file: ingest skips a second identical record as unchanged, never extracting it)
    bad(json.dumps({"id": f"[/x]{name}", "language": "fr", "text": "Troops shelled Ariha."}), "E111",
        record_suffix=f" (id [/x]{name})")
    bad(json.dumps({"id": "ar", "text": "قصفت القوات الحكومية بلدة أريحا يوم الاثنين ما أسفر عن مقتل ثلاثة أشخاص " * 2}),
        "E111")
    bad(json.dumps({"id": "huge", "text": "Troops shelled the town. " * (MAX_CHARS // 20)}), "E106")
    good({"id": f"{name}-g2", "text": _text(rng, n + 6)}, f"{name}-g2")
    (c.folder / name).write_bytes(b"\n".join(lines) + b"\n")


def _csv(c: Corpus, rng: random.Random) -> None:
    name = "rows.csv"
    n = len(c.good)
    rows = ["id,title,text,published",
            f'c1,1234,"{_text(rng, n)}",December 9',
            'c2,,,',
            f'c3,"too","many","cells","{_text(rng, n + 1)}"',
            f'c4,Fine,"{_text(rng, n + 2)}",2024-03-20']
    (c.folder / name).write_text("\n".join(rows) + "\n", encoding="utf-8")
    c.add_good("c1", name, "row 2", {"W106"})
    c.add_bad(name, "row 3", "E105")
    c.add_bad(name, "row 4", "E107")
    c.add_good("c4", name, "row 5")
    legacy = "legacy.csv"
    (c.folder / legacy).write_bytes(f'id,text\nl1,"Café: {_text(rng, n + 3)} – “quoted”"\n'.encode("cp1252"))
    c.add_good("l1", legacy, "row 2")
    c.warned[(legacy, "1")] = {"W108"}


def _single_files(c: Corpus, rng: random.Random) -> None:
    n = len(c.good)
    files = {
        "cp1252.txt": (f"Café attack\n{_text(rng, n)} “Quoted”, the café’s owner said.".encode("cp1252"), "good", "W108"),
        "long_token.txt": (("T" * 12_000 + "\n" + _text(rng, n + 1)).encode(), "good", None),
        "empty.txt": (b"  \n\n", "E101", None),
        "binary.txt": (bytes(range(256)) * 40, "E102", None),
        "binary.jsonl": (bytes(range(256)) * 40, "E102", None),
        "page.html": (("<html><head><title>Café attack</title></head><body><article><p>"
                       + _text(rng, n + 2) + " " + _text(rng, n + 3)
                       + "</p></article></body></html>").encode("cp1252"), "good", "W108"),
        "scripts.html": (b"<html><body><script>var x = 1;</script></body></html>", "E105", None),
        "notes.docx": (b"PK\x03\x04 not really", "E108", None),
    }
    for fname, (data, kind, warn) in files.items():
        (c.folder / fname).write_bytes(data)
        if fname.endswith(".docx"):
            continue  # a folder read skips unsupported suffixes
        if kind == "good":
            c.add_good(Path(fname).stem, fname, "1")
            if warn:
                c.warned[(fname, "1")] = {warn}
        else:
            c.add_bad(fname, "1", kind)
    if hasattr(os, "mkfifo"):
        os.mkfifo(c.folder / "pipe.jsonl")
        c.add_bad("pipe.jsonl", "-", "E109")


def make_corpus(folder: Path, seed: int = 14, jsonl_files: int = 1) -> Corpus:
    """Write the hostile corpus into `folder` (created); `jsonl_files`: copies of the JSON Lines
    mix, each with its own ids (a bigger corpus for the benchmark)."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    c = Corpus(folder)
    for k in range(jsonl_files):
        _jsonl(c, rng, f"mixed{k}.jsonl")
    _csv(c, rng)
    _single_files(c, rng)
    return c
