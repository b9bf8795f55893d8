"""Syndicated copies and near-duplicate articles: MinHash over word shingles, LSH banding.

A copy of an article (agency wire reprinted, a story re-posted with a new
headline) is a source, but not an independent one. `DuplicateIndex.add` finds
the earlier article a new one copies in roughly constant time: its MinHash
signature is cut into bands, and only articles sharing a whole band are compared.
Signatures are kept, so the index can be written out and read back by the store.
"""
from __future__ import annotations

import hashlib
import json
import re
import struct
import zlib
from collections.abc import Iterable, Iterator

import numpy as np

SHINGLE_WORDS = 4
BANDS, ROWS = 16, 4  # 64 hash functions; a pair with Jaccard 0.6 shares a band with p=0.88, 0.7: 0.99
NUM_HASHES = BANDS * ROWS
DUPLICATE_JACCARD = 0.6  # estimated shingle overlap above which one article copies another
_WORD = re.compile(r"\w+")
_MAGIC = b"EWDUP1"


def _hash_params() -> tuple[np.ndarray, np.ndarray]:
    """Odd 64-bit multipliers and offsets for multiply-shift hashing; fixed, so signatures persist."""
    raw = [hashlib.sha256(f"eventwire-minhash-{i}".encode()).digest() for i in range(NUM_HASHES)]
    a = np.array([int.from_bytes(r[:8], "little") | 1 for r in raw], dtype=np.uint64)
    b = np.array([int.from_bytes(r[8:16], "little") for r in raw], dtype=np.uint64)
    return a, b


_A, _B = _hash_params()


def shingles(text: str) -> set[int]:
    """crc32 of each run of SHINGLE_WORDS words (casefolded); a short text is one shingle."""
    words = _WORD.findall(text.casefold())
    if not words:
        return set()
    if len(words) <= SHINGLE_WORDS:
        return {zlib.crc32(" ".join(words).encode("utf-8"))}
    return {zlib.crc32(" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8"))
            for i in range(len(words) - SHINGLE_WORDS + 1)}


def signature(text: str) -> np.ndarray | None:
    """MinHash signature (NUM_HASHES uint32), or None for a text with no words."""
    hashes = shingles(text)
    if not hashes:
        return None
    x = np.fromiter(hashes, dtype=np.uint64, count=len(hashes))
    # (a*x + b) mod 2^64, top 32 bits: a universal hash family, one column per function.
    mixed = (x[:, None] * _A[None, :] + _B[None, :]) >> np.uint64(32)
    sig: np.ndarray = mixed.min(axis=0).astype(np.uint32)
    return sig


class DuplicateIndex:
    """Articles seen so far, findable by near-identical text."""

    def __init__(self, threshold: float = DUPLICATE_JACCARD) -> None:
        self.threshold = threshold
        self._ids: list[str] = []
        self._position: dict[str, int] = {}
        self._copies: list[str | None] = []  # per article: the original it copies
        self._signed: list[bool] = []  # per article: whether its text had words to sign
        self._signatures = np.zeros((0, NUM_HASHES), dtype=np.uint32)
        self._buckets: dict[int, int | list[int]] = {}  # band hash -> article position(s)

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, article_id: str, text: str) -> str | None:
        """Index an article; return the id of the earlier original it copies, else None.

        Adding an id again changes nothing and returns the first answer."""
        if article_id in self._position:
            return self._copies[self._position[article_id]]
        sig = signature(text)
        original = self._find(sig) if sig is not None else None
        self._append(article_id, original, sig)
        return original

    def duplicate_of(self, article_id: str) -> str | None:
        pos = self._position.get(article_id)
        return None if pos is None else self._copies[pos]

    def _find(self, sig: np.ndarray) -> str | None:
        best, best_sim = -1, self.threshold
        for pos in self._band_matches(sig):
            sim = float(np.count_nonzero(self._signatures[pos] == sig)) / NUM_HASHES
            if sim > best_sim or sim == best_sim and best >= 0 and pos < best:
                best, best_sim = pos, sim
        if best < 0:
            return None
        # Point at the root: a copy of a copy copies the original.
        return self._copies[best] or self._ids[best]

    def _band_matches(self, sig: np.ndarray) -> set[int]:
        found: set[int] = set()
        for key in _band_keys(sig):
            hit = self._buckets.get(key)
            if isinstance(hit, int):
                found.add(hit)
            elif hit is not None:
                found.update(hit)
        return found

    def _append(self, article_id: str, original: str | None, sig: np.ndarray | None) -> None:
        pos = len(self._ids)
        self._ids.append(article_id)
        self._position[article_id] = pos
        self._copies.append(original)
        self._signed.append(sig is not None)
        if len(self._signatures) <= pos:  # grow by doubling: amortised O(1) per article
            grown = np.zeros((max(16, 2 * len(self._signatures)), NUM_HASHES), dtype=np.uint32)
            grown[: len(self._signatures)] = self._signatures
            self._signatures = grown
        if sig is None:
            return  # an empty text matches nothing, and nothing matches it
        self._signatures[pos] = sig
        for key in _band_keys(sig):
            hit = self._buckets.get(key)
            if hit is None:
                self._buckets[key] = pos
            elif isinstance(hit, int):
                self._buckets[key] = [hit, pos]
            else:
                hit.append(pos)

    # --- persistence -------------------------------------------------------------

    def to_rows(self) -> Iterator[tuple[str, str | None, bytes]]:
        """(article_id, duplicate_of, signature bytes; empty for an empty text), in insertion order."""
        for pos, article_id in enumerate(self._ids):
            yield article_id, self._copies[pos], self._signatures[pos].tobytes() if self._signed[pos] else b""

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, str | None, bytes]],
                  threshold: float = DUPLICATE_JACCARD) -> DuplicateIndex:
        index = cls(threshold)
        for article_id, original, raw in rows:
            sig = np.frombuffer(raw, dtype=np.uint32).copy() if raw else None
            if sig is not None and sig.shape != (NUM_HASHES,):
                raise ValueError(f"signature of {article_id!r} has {sig.size} values, expected {NUM_HASHES}")
            index._append(article_id, original, sig)
        return index

    def to_bytes(self) -> bytes:
        header = json.dumps({"threshold": self.threshold, "hashes": NUM_HASHES, "ids": self._ids,
                             "copies": self._copies, "signed": self._signed}).encode("utf-8")
        return _MAGIC + struct.pack("<Q", len(header)) + header + self._signatures[: len(self._ids)].tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> DuplicateIndex:
        if not data.startswith(_MAGIC):
            raise ValueError("not a DuplicateIndex serialisation")
        (size,) = struct.unpack_from("<Q", data, len(_MAGIC))
        start = len(_MAGIC) + 8
        header = json.loads(data[start:start + size])
        if header["hashes"] != NUM_HASHES:
            raise ValueError(f"index built with {header['hashes']} hashes, this version uses {NUM_HASHES}")
        sigs = np.frombuffer(data[start + size:], dtype=np.uint32).reshape(-1, NUM_HASHES)
        rows = ((i, c, s.tobytes() if signed else b"")
                for i, c, signed, s in zip(header["ids"], header["copies"], header["signed"], sigs, strict=True))
        return cls.from_rows(rows, header["threshold"])


def _band_keys(sig: np.ndarray) -> list[int]:
    """One key per band; Python's hash is fine here because the buckets are rebuilt on load, never stored."""
    return [hash((band, sig[band * ROWS:(band + 1) * ROWS].tobytes())) for band in range(BANDS)]
