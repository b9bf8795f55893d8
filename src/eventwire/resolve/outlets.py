"""News outlets, agencies and monitors that articles cite, with spelling variants.

"Le Mond" → Le Monde: exact alias lookup first, then fuzzy matching on names of
five or more letters (rapidfuzz ratio ≥ 80, length within two letters), so misspellings normalise without
turning every word into an outlet.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process

OUTLETS: dict[str, tuple[str, ...]] = {
    "Reuters": ("reuters", "thomson reuters"),
    "Agence France-Presse": ("afp", "agence france-presse", "agence france presse", "france presse"),
    "Associated Press": ("ap", "associated press", "the associated press"),
    "Le Monde": ("le monde",),
    "Le Figaro": ("le figaro",),
    "BBC": ("bbc", "bbc news", "the bbc"),
    "CNN": ("cnn",),
    "Al Jazeera": ("al jazeera", "al-jazeera", "aljazeera"),
    "Al Arabiya": ("al arabiya", "al-arabiya", "alarabiya"),
    "Al Mayadeen": ("al mayadeen", "al-mayadeen"),
    "Al-Manar": ("al-manar", "al manar", "almanar"),
    "SANA": ("sana", "syrian arab news agency", "syrian state news agency"),
    "Syrian state television": ("syrian state tv", "syrian state television", "state television", "state tv", "state media"),
    "TASS": ("tass", "itar-tass"),
    "RIA Novosti": ("ria novosti", "ria"),
    "Sputnik": ("sputnik",),
    "RT": ("rt", "russia today"),
    "Interfax": ("interfax",),
    "Anadolu Agency": ("anadolu", "anadolu agency", "aa"),
    "IRNA": ("irna",),
    "Fars": ("fars", "fars news agency"),
    "Tasnim": ("tasnim",),
    "Xinhua": ("xinhua",),
    "The New York Times": ("new york times", "the new york times", "nyt"),
    "The Washington Post": ("washington post", "the washington post"),
    "The Guardian": ("the guardian", "guardian"),
    "The Wall Street Journal": ("wall street journal", "the wall street journal", "wsj"),
    "Der Spiegel": ("der spiegel", "spiegel"),
    "Asharq Al-Awsat": ("asharq al-awsat", "asharq al awsat"),
    "Syrian Observatory for Human Rights": ("syrian observatory for human rights", "sohr", "the observatory",
                                            "syrian observatory", "the syrian observatory"),
    "Local Coordination Committees": ("local coordination committees", "lcc"),
    "Syrian Network for Human Rights": ("syrian network for human rights", "snhr"),
    "Violations Documentation Center": ("violations documentation center", "vdc"),
    "White Helmets": ("white helmets", "syrian civil defence", "syrian civil defense", "civil defence", "civil defense"),
    "Human Rights Watch": ("human rights watch", "hrw"),
    "Amnesty International": ("amnesty international", "amnesty"),
    "Doctors Without Borders": ("doctors without borders", "msf", "medecins sans frontieres"),
    "Hawar News Agency": ("hawar", "hawar news agency", "anha"),
    "Smart News Agency": ("smart news agency",),
    "Aamaq": ("amaq", "aamaq", "amaq news agency"),
    "Press TV": ("press tv", "presstv"),
    "Al-Ikhbariya": ("al-ikhbariya", "ikhbariya"),
    "Orient News": ("orient news", "orient tv"),
    "Enab Baladi": ("enab baladi",),
}
# Unnamed sources are cited too, under a generic name.
GENERIC_SOURCES = {
    "a monitor": "unnamed monitor", "a monitoring group": "unnamed monitor", "the monitor": "unnamed monitor",
    "a war monitor": "unnamed monitor", "monitors": "unnamed monitor", "activists": "activists",
    "local sources": "local sources", "medical sources": "medical sources", "a medical source": "medical sources",
    "witnesses": "witnesses", "residents": "residents", "a military source": "military source",
    "a security source": "security source", "security sources": "security source", "sources": "unnamed sources",
}

_ALIAS: dict[str, str] = {}
for canon, aliases in OUTLETS.items():
    _ALIAS[canon.lower()] = canon
    for a in aliases:
        _ALIAS[a] = canon
FUZZY_MIN_KEY = 7  # aliases shorter than this ("afp", "sana", "the bbc") only match exactly
FUZZY_MIN_PHRASE = 5  # a phrase shorter than this is never read as a misspelt outlet
FUZZY_MIN_SCORE = 80  # rapidfuzz ratio: "Le Mond" is Le Monde, "Reporters" is not Reuters
FUZZY_MAX_LENGTH_GAP = 2  # a misspelling keeps about the same length: "Washington" is not "Washington Post"
_FUZZY_KEYS = [k for k in _ALIAS if len(k) >= FUZZY_MIN_KEY]


def _norm(s: str) -> str:
    s = s.strip().strip(".,;:\"'“”‘’()[]").lower()
    s = re.sub(r"^(?:the)\s+", "", s) if s not in _ALIAS else s
    s = re.sub(r"['’]s$", "", s)
    return re.sub(r"\s+", " ", s)


@lru_cache(maxsize=4096)
def outlet_name(text: str) -> str | None:
    """Canonical outlet/monitor name for a phrase, or None if it is not a known source."""
    s = _norm(text)
    if not s:
        return None
    if s in _ALIAS:
        return _ALIAS[s]
    for prefix in ("the ", ""):
        if prefix + s in _ALIAS:
            return _ALIAS[prefix + s]
    if s in GENERIC_SOURCES:
        return GENERIC_SOURCES[s]
    if len(s) >= FUZZY_MIN_PHRASE:
        hit = process.extractOne(s, _FUZZY_KEYS, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE)
        if hit is not None and abs(len(hit[0]) - len(s)) <= FUZZY_MAX_LENGTH_GAP:
            return _ALIAS[hit[0]]
    return None
