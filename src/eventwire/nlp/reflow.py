"""Hard-wrapped text (a line break every 60–80 characters) re-flowed before the parse.

Wire copy, e-mail and some archives break lines at a fixed width. The parser's
`eventwire_line_breaks` component ends a sentence at every line break (titles,
datelines and one-paragraph-per-line prose must not run on), so in wrapped copy
the lead sentence becomes three fragments. `reflow` finds the breaks that a
wrapping program made and turns them into spaces, character for character: the
result has the SAME LENGTH as the input, so every offset into it is an offset into
the original text (the pipeline anchors each span's evidence on the article's own
text at those offsets).

A break is a wrap, not a real break, when the text as a whole is wrapped (its
inner lines fill a narrow width band, and many continue in lower case) and the
line before it was full: the next line's first word would not have fitted on it,
so a wrapping program, not the author, broke the line. Blank lines, indented
paragraph starts, list items, table rows, headlines and datelines keep their
breaks; so does every line of a text that is not wrapped.

Hyphenated wraps ("mili-\\ntary") become "mili- tary": removing the hyphen and the
break would move every later offset, so the word stays split (the tokenizer splits
"pro-government" at its hyphen anyway).
"""
from __future__ import annotations

import re

# Widths a wrapping program uses: terminals and e-mail 72–80, wire copy 60–70, a
# few archives up to 100. Narrower "lines" are verse, lists or columns, not prose;
# wider ones are paragraphs written on one line.
MIN_WRAP_WIDTH = 40
MAX_WRAP_WIDTH = 100
# The wrap width is read as this quantile of the inner lines' lengths: a few long
# lines (a URL, an unwrapped quote) do not widen it.
WIDTH_QUANTILE = 0.9
# A line is full when its next word would not have fitted within the width less
# this slack (wrappers differ by a character or two on where the limit falls).
FIT_SLACK = 2
# The text is wrapped when at least this share of its inner lines (lines followed by
# another non-blank line) are full and do not end a sentence …
MIN_FULL_SHARE = 0.6
# … and at least this share continue in lower case on the next line (wrapped prose
# does so on most lines; titles, lists and tables almost never) …
MIN_LOWER_SHARE = 0.25
# … with at least this many inner lines to judge from.
MIN_INNER_LINES = 2
# A headline: most of its longer words capitalised ("Army Retakes Town Near Aleppo").
HEADLINE_CAPS_SHARE = 0.8
HEADLINE_MIN_WORDS = 3
HEADLINE_WORD_LEN = 4  # shorter words ("of", "in", "the") are lower case in titles too

_SENTENCE_END = re.compile(r"[.!?:][\"'’”)\]]*$")
_LIST_ITEM = re.compile(r"\s*(?:[-*•–—]\s|\(?\d{1,3}[.)]\s|\(?[a-z][.)]\s)")
# a column gap: two spaces or more not after a sentence's end (typists put two there), a
# tab, or a rule "|"; a row has two of them at least (one double space is a typo, one "|"
# separates a title from its site's name)
_COLUMN_GAP = re.compile(r"(?<=[^\s.!?:;,\"'’”)\]]) {2,}(?=\S)|\t|\|")
MIN_TABLE_GAPS = 2
_INNER_SENTENCE_END = re.compile(r"[.!?][\"'’”)]*\s+[\"'‘“(]*[A-Z]")
# a wire dateline: a place in capitals, then perhaps ", Syria", ", March 3", then a source
# in brackets or a dash ("AZAZ, Syria, March 3 (Levant Wire) -", "RAQQA —")
_DATELINE = re.compile(r"[A-Z][A-Z'.-]{2,}(?: [A-Z][A-Z'.-]+)*(?:,\s+[A-Z][A-Za-z.]+)*(?:\s+\d{1,2})?"
                       r"\s*(?:\(|[–—]|--|-\s|$)")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def reflow(text: str) -> str:
    """The text with the wrap breaks of hard-wrapped paragraphs turned into spaces;
    the same length as `text`; `text` itself when it is not hard-wrapped."""
    joins = wrap_breaks(text)
    if not joins:
        return text
    out, done = [], 0
    for start, end in joins:
        out += [text[done:start], " " * (end - start)]
        done = end
    out.append(text[done:])
    return "".join(out)


def wrap_breaks(text: str) -> list[tuple[int, int]]:
    """Character ranges [start, end) of the line breaks ("\\n" or "\\r\\n") that a
    wrapping program made; empty when the text is not hard-wrapped."""
    if "\n" not in text:
        return []
    raw = text.split("\n")
    rows = [r.rstrip() for r in raw]  # each line without its break or trailing whitespace
    inner = [i for i in range(len(rows) - 1) if rows[i] and rows[i + 1]]
    if len(inner) < MIN_INNER_LINES:
        return []
    width = _wrap_width([len(rows[i]) for i in inner])
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return []
    full = [i for i in inner if _is_full(rows[i], rows[i + 1], width)]
    lower = sum(rows[i + 1].lstrip()[:1].islower() for i in inner)
    if len(full) < MIN_FULL_SHARE * len(inner) or lower < MIN_LOWER_SHARE * len(inner):
        return []
    ends, at = [], 0  # offset of each line's "\n"
    for r in raw:
        at += len(r)
        ends.append(at)
        at += 1
    return [(ends[i] - raw[i].endswith("\r"), ends[i] + 1) for i in full
            if _joins(rows[i], rows[i + 1], i == 0 or not rows[i - 1]) and not _starts_list_item(rows, i + 1)]


def _wrap_width(lengths: list[int]) -> int:
    """The width the text was wrapped at: a high quantile of its inner lines' lengths."""
    ranked = sorted(lengths)
    return ranked[min(len(ranked) - 1, int(WIDTH_QUANTILE * len(ranked)))]


def _is_full(here: str, there: str, width: int) -> bool:
    """The line ends mid-sentence and the next line's first word would not have fitted on it."""
    word = there.split(None, 1)[0]
    if _SENTENCE_END.search(here) and not word[:1].islower():
        return False  # "U.S.\nforces" runs on; "said.\nThe" is a sentence's end either way
    return len(here) + 1 + len(word) > width - FIT_SLACK


def _joins(here: str, there: str, first_of_block: bool) -> bool:
    """Whether a full line runs on into the next: not into or out of a table row, not
    into an indented paragraph or a dateline, nor after a headline."""
    if _is_table_row(here) or _is_table_row(there):
        return False
    if _indent(there) > _indent(here) or _DATELINE.match(there.lstrip()):
        return False
    # a headline above the body ("Army Retakes Town Near Aleppo\nThe army said ..."); a
    # next line in lower case continues it, and a line that opens with a dateline is body
    if first_of_block and not there.lstrip()[:1].islower() and not _DATELINE.match(here.lstrip()):
        return not _is_headline(here) or _title_words(_INNER_SENTENCE_END.split(there, 1)[0], 1)
    return True


def _starts_list_item(rows: list[str], j: int) -> bool:
    """Line j opens a list item: a marker ("- ", "2. ", "b) ") after a colon or beside
    another item. A lone marker inside a paragraph is a wrapped dash ("Reuters\n- The army")."""
    if not _LIST_ITEM.match(rows[j]):
        return False
    beside = rows[j - 1], rows[j + 1] if j + 1 < len(rows) else ""
    return rows[j - 1].endswith(":") or any(_LIST_ITEM.match(r) for r in beside)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _is_table_row(line: str) -> bool:
    return len(_COLUMN_GAP.findall(line.strip())) >= MIN_TABLE_GAPS


def _is_headline(line: str) -> bool:
    """A title on its own line: most of its longer words capitalised, and no sentence ends
    inside it ("Army Retakes Town. DAMASCUS --" is a title run into the body)."""
    return _title_words(line, HEADLINE_MIN_WORDS) and not _INNER_SENTENCE_END.search(line)


def _title_words(words_of: str, least: int) -> bool:
    """At least `least` longer words, most of them capitalised. A headline's next line that
    opens so ("Area amid Deadly Aerial Campaign. The …") carries the title on, not the body."""
    words = [w for w in _WORD.findall(words_of) if len(w) >= HEADLINE_WORD_LEN]
    return len(words) >= least and sum(w[0].isupper() for w in words) >= HEADLINE_CAPS_SHARE * len(words)
