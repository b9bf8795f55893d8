"""Input readers: every format yields Articles or RecordErrors naming file and record."""
from __future__ import annotations

import csv
import io
import json
import sys

import pytest

from eventwire.ingest import readers
from eventwire.ingest.readers import ReadOptions, read_path
from eventwire.model import Article, RecordError

NEWS_PARAGRAPH = (
    "Government forces shelled the eastern districts of the town on Monday, killing at least "
    "four civilians and wounding a dozen others, a local monitoring group said. Residents said "
    "the bombardment continued into the night and that several houses were destroyed. "
    "“We could not reach the wounded,” said a rescue worker who asked not to be named.\n"
)


def read_all(path, opts=None):
    return list(read_path(str(path), opts or ReadOptions()))


def only_article(records) -> Article:
    assert len(records) == 1, records
    assert isinstance(records[0], Article), records[0]
    return records[0]


def only_error(records) -> RecordError:
    assert len(records) == 1, records
    assert isinstance(records[0], RecordError), records[0]
    return records[0]


# ----------------------------------------------------------------------------- txt

def test_txt_first_short_line_is_title(tmp_path):
    p = tmp_path / "story.txt"
    p.write_text("Clashes erupt near border crossing\nFighting broke out on Monday near the crossing.\n",
                 encoding="utf-8")
    a = only_article(read_all(p))
    assert a.title == "Clashes erupt near border crossing"
    assert a.id == "story"
    assert "Fighting broke out on Monday" in a.text
    assert a.origin_file == str(p)


def test_txt_first_line_ending_in_full_stop_is_not_a_title(tmp_path):
    p = tmp_path / "nohead.txt"
    p.write_text("Fighting broke out on Monday near the crossing.\nTwo people were hurt.\n", encoding="utf-8")
    a = only_article(read_all(p))
    assert a.title is None
    assert a.text.startswith("Fighting broke out")


def test_txt_single_line_has_no_title(tmp_path):
    p = tmp_path / "one.txt"
    p.write_text("Clashes erupt near border crossing", encoding="utf-8")
    assert only_article(read_all(p)).title is None


def test_canonical_sample_title(samples_dir):
    a = only_article(read_all(samples_dir / "canonical_fictional.txt"))
    assert a.title == samples_dir.joinpath("canonical_fictional.txt").read_text(encoding="utf-8").split("\n")[0]
    assert a.published is None  # the text carries no absolute date; --published supplies it


def test_read_options_fill_but_do_not_override(tmp_path):
    p = tmp_path / "s.txt"
    p.write_text("Headline here\nTroops entered the town on Monday.", encoding="utf-8")
    a = only_article(read_all(p, ReadOptions(published="2020-05-04", source="Test Wire")))
    assert a.published == "2020-05-04"
    assert a.source == "Test Wire"
    j = tmp_path / "s.jsonl"
    j.write_text(json.dumps({"id": "x", "text": "Troops entered the town.", "published": "2019-01-02",
                             "source": "Own Source"}) + "\n", encoding="utf-8")
    b = only_article(read_all(j, ReadOptions(published="2020-05-04", source="Test Wire")))
    assert b.published == "2019-01-02"
    assert b.source == "Own Source"


# ----------------------------------------------------------------------------- html

@pytest.fixture(scope="module")
def html_article(bad_dir) -> Article:
    return only_article(read_all(bad_dir / "scripts.html"))


def test_html_text_extracted(html_article):
    assert "artillery shells hit a residential street" in html_article.text
    assert "Saraqib" in html_article.text


@pytest.mark.parametrize("decoy", ["kills 99", "Air strike kills 99 in Hama", "Car bomb kills 50",
                                   "dataLayer", "onerror", "fallback.gif", "Advertisement",
                                   "Markets close higher", "All rights reserved", "Privacy"])
def test_html_no_script_or_boilerplate(html_article, decoy):
    assert decoy not in html_article.text


def test_html_metadata(html_article):
    assert html_article.title == "Shelling kills four in Saraqib, rescuers say"
    assert html_article.published == "2024-03-14"
    assert html_article.source == "Levant Wire"
    assert html_article.id == "scripts"


# ----------------------------------------------------------------------------- jsonl

def test_mixed_jsonl(bad_dir):
    recs = read_all(bad_dir / "mixed.jsonl")
    arts = [r for r in recs if isinstance(r, Article)]
    errs = [r for r in recs if isinstance(r, RecordError)]
    assert [a.id for a in arts] == ["mix-001", "mix-002", "mix-003"]
    assert len(errs) == 2
    by_code = {e.code: e for e in errs}
    assert set(by_code) == {"E104", "E105"}
    assert by_code["E104"].record == "line 3"
    assert by_code["E105"].record == "line 5"
    for e in errs:
        assert e.file == str(bad_dir / "mixed.jsonl")
        assert "mixed.jsonl" in str(e) and e.record in str(e) and e.code in str(e)
    # metadata carried through
    a1 = arts[0]
    assert a1.published == "2024-03-18" and a1.source == "Levant Wire" and a1.title
    assert a1.origin_record == "line 1"
    assert arts[2].origin_record == "line 4"


def read_warned(path, opts=None):
    """(records, warnings) of a file read with a collecting warning callback."""
    warned = []
    opts = opts or ReadOptions()
    opts.on_warning = warned.append
    return read_all(path, opts), warned


def test_jsonl_impossible_date_is_a_warning_and_the_article_goes_on(tmp_path):
    # Issue 14/16: an unusable `published` is messy metadata: W106 names the record, the article is kept.
    p = tmp_path / "dates.jsonl"
    p.write_text("\n".join([
        json.dumps({"id": "ok", "text": "Troops entered the town.", "published": "2015-02-28"}),
        json.dumps({"id": "bad", "text": "Troops entered the town.", "published": "2015-02-30"}),
        json.dumps({"id": "bad2", "text": "Troops entered the town.", "published": "yesterday"}),
        json.dumps({"id": "bad3", "text": "Troops entered the town.", "published": "9999-12-31"}),
        json.dumps({"id": "bad4", "text": "Troops entered the town.", "published": "12:01 PM,"}),
    ]) + "\n", encoding="utf-8")
    recs, warned = read_warned(p, ReadOptions(published="2020-01-01"))
    assert all(isinstance(r, Article) for r in recs)
    assert recs[0].published == "2015-02-28"
    # the --published fallback fills what the record could not give
    assert [r.published for r in recs[1:]] == ["2020-01-01"] * 4
    assert [(w.code, w.record) for w in warned] == [("W106", f"line {n}") for n in (2, 3, 4, 5)]
    assert "9999" in warned[2].message and "out of range" in warned[2].message


def test_jsonl_common_date_layouts_are_read(tmp_path):
    p = tmp_path / "layouts.jsonl"
    given = ["2015-11-17T10:00:00Z", "17 November 2015", "November 17, 2015", "Tue, 17 Nov 2015 10:00:00 +0000",
             "2015/11/17"]
    p.write_text("".join(json.dumps({"id": str(i), "text": "Troops entered the town.", "published": d}) + "\n"
                         for i, d in enumerate(given)), encoding="utf-8")
    recs, warned = read_warned(p)
    assert [r.published for r in recs] == ["2015-11-17"] * len(given) and warned == []


def test_jsonl_home_is_read_and_a_bad_one_is_dropped_with_a_warning(tmp_path):
    p = tmp_path / "homes.jsonl"
    p.write_text("\n".join([
        json.dumps({"id": "tx", "text": "Police arrested two men.", "home": "US-TX"}),
        json.dumps({"id": "gb", "text": "Police arrested two men.", "home": "GBR"}),
        json.dumps({"id": "bad", "text": "Police arrested two men.", "home": "Texas"}),
    ]) + "\n", encoding="utf-8")
    recs, warned = read_warned(p)
    assert [r.home for r in recs] == ["US-TX", "GBR", None]
    assert [(w.code, w.record) for w in warned] == [("W107", "line 3")] and "Texas" in warned[0].message


def test_jsonl_non_object_and_blank_lines(tmp_path):
    p = tmp_path / "odd.jsonl"
    p.write_text('\n[1, 2]\n\n{"text": "Rebels attacked a checkpoint."}\n', encoding="utf-8")
    recs = read_all(p)
    assert len(recs) == 2
    assert isinstance(recs[0], RecordError) and recs[0].code == "E104" and recs[0].record == "line 2"
    assert isinstance(recs[1], Article) and recs[1].origin_record == "line 4"
    assert recs[1].id  # an id is made up when the record has none


def test_jsonl_invalid_utf8_line_does_not_lose_file(tmp_path):
    p = tmp_path / "enc.jsonl"
    good = json.dumps({"id": "g", "text": "Police arrested three men."}).encode()
    p.write_bytes(good + b"\n" + b'{"id": "b", "text": "caf\xe9"}' + b"\n" + good.replace(b'"g"', b'"h"') + b"\n")
    recs = read_all(p)
    assert sorted(r.id for r in recs if isinstance(r, Article)) == ["g", "h"]
    errs = [r for r in recs if isinstance(r, RecordError)]
    assert [(e.code, e.record) for e in errs] == [("E103", "line 2")]


def test_jsonl_records_come_in_input_order_with_encoding_errors(tmp_path):
    # Records (and their errors) are reported in the order of the input lines.
    p = tmp_path / "enc.jsonl"
    good = json.dumps({"id": "g", "text": "Police arrested three men."}).encode()
    p.write_bytes(good + b"\n" + b'{"id": "b", "text": "caf\xe9"}' + b"\n" + good.replace(b'"g"', b'"h"') + b"\n")
    recs = read_all(p)
    assert [r.origin_record if isinstance(r, Article) else r.record for r in recs] == ["line 1", "line 2", "line 3"]


def test_stdin_jsonl(monkeypatch):
    data = (json.dumps({"id": "s1", "text": "Police arrested three men."}) + "\nnot json\n").encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    recs = list(read_path("-"))
    assert isinstance(recs[0], Article) and recs[0].id == "s1"
    assert isinstance(recs[1], RecordError) and recs[1].code == "E104"
    assert recs[1].file == "<stdin>" and recs[1].record == "line 2"


# ----------------------------------------------------------------------------- csv

def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)


def test_fakes_style_csv_ignores_gold_columns(tmp_path):
    p = tmp_path / "fakes.csv"
    write_csv(p, ["unit_id", "article_title", "article_content", "source", "date", "location", "labels"], [
        ["1001", "Shelling in the north", "Rebels shelled a village, killing two people.", "Wire A",
         "3/14/2015", "idlib", "1"],
        ["1002", "Protest in the capital", "Hundreds protested in the capital on Friday.", "Wire B",
         "2/30/2015", "damascus", "0"],
    ])
    recs = read_all(p)
    assert all(isinstance(r, Article) for r in recs), recs
    a, b = recs
    assert (a.id, a.title, a.source) == ("1001", "Shelling in the north", "Wire A")
    assert a.text == "Rebels shelled a village, killing two people."
    assert a.origin_record == "row 2" and b.origin_record == "row 3"
    # gold labels are never input: no publication date from `date`, no place or label anywhere
    assert a.published is None and b.published is None
    for art in recs:
        for value in vars(art).values():
            assert value not in ("idlib", "damascus", "3/14/2015", "2015-03-14")
    assert "idlib" not in a.text.lower()


def test_fakes_style_csv_uses_published_option_not_gold_date(tmp_path):
    p = tmp_path / "fakes.csv"
    write_csv(p, ["unit_id", "article_title", "article_content", "source", "date", "location", "labels"],
              [["7", "t", "Rebels shelled a village.", "s", "3/14/2015", "idlib", "1"]])
    a = only_article(read_all(p, ReadOptions(published="2015-03-20")))
    assert a.published == "2015-03-20"


def test_generic_csv_default_columns(tmp_path):
    p = tmp_path / "gen.csv"
    write_csv(p, ["id", "title", "text", "source", "published", "url", "language"],
              [["g1", "T", "Troops withdrew from the town.", "Wire", "2021-06-01", "http://example.org/x", "en"]])
    a = only_article(read_all(p))
    assert (a.id, a.title, a.source, a.published, a.url) == ("g1", "T", "Wire", "2021-06-01", "http://example.org/x")


def test_generic_csv_column_mapping(tmp_path):
    p = tmp_path / "mapped.csv"
    write_csv(p, ["uid", "headline", "body", "outlet", "pubdate"],
              [["m1", "Border talks", "The two governments agreed to reopen the border.", "Wire C", "2022-01-31"]])
    opts = ReadOptions(columns={"id": "uid", "title": "headline", "text": "body", "source": "outlet",
                                "published": "pubdate"})
    a = only_article(read_all(p, opts))
    assert (a.id, a.title, a.text, a.source, a.published) == (
        "m1", "Border talks", "The two governments agreed to reopen the border.", "Wire C", "2022-01-31")


def test_csv_without_text_column_is_E107(tmp_path):
    p = tmp_path / "notext.csv"
    write_csv(p, ["uid", "body"], [["1", "Something happened."]])
    e = only_error(read_all(p))
    assert e.code == "E107" and "'text'" in e.message
    assert e.record == "header"


def test_csv_bad_rows(tmp_path):
    p = tmp_path / "rows.csv"
    p.write_text("id,text,published\n"
                 "r1,Police arrested three men.,2020-01-01\n"
                 "r2,Too,many,cells,here\n"
                 "r3,,2020-01-01\n"
                 "r4,Police arrested two men.,2020-13-01\n"
                 "r5,Police arrested one man.,\n", encoding="utf-8")
    recs = read_all(p)
    kinds = [(r.code, r.record) if isinstance(r, RecordError) else r.id for r in recs]
    assert kinds == ["r1", ("E107", "row 3"), ("E105", "row 4"), "r4", "r5"]


# ----------------------------------------------------------------------------- bad files

def test_empty_file_is_E101(bad_dir):
    e = only_error(read_all(bad_dir / "empty.txt"))
    assert e.code == "E101"
    assert e.file == str(bad_dir / "empty.txt")


@pytest.mark.parametrize("suffix", [".txt", ".jsonl", ".csv", ".html"])
def test_empty_file_any_format_is_E101(tmp_path, suffix):
    p = tmp_path / f"empty{suffix}"
    p.write_bytes(b"  \n\n")
    assert only_error(read_all(p)).code == "E101"


@pytest.mark.parametrize("suffix", [".txt", ".csv", ".html"])
def test_binary_content_is_E102(tmp_path, bad_dir, suffix):
    p = tmp_path / f"blob{suffix}"
    p.write_bytes((bad_dir / "binary.bin").read_bytes())
    assert only_error(read_all(p)).code == "E102"


def test_binary_bin_extension_is_unsupported(bad_dir):
    e = only_error(read_all(bad_dir / "binary.bin"))
    assert e.code == "E108"


def test_legacy_encoded_file_is_decoded_with_a_warning(bad_dir, tmp_path):
    # Bytes that are not UTF-8 and hold no UTF-8 sequence: a legacy encoding, decoded and named (W108).
    recs, warned = read_warned(bad_dir / "invalid_utf8.txt")
    a = only_article(recs)
    assert a.text.startswith("Café bombing in Aleppo")
    assert [(w.code, w.record) for w in warned] == [("W108", "1")] and "cp1252" in warned[0].message
    for suffix, body in ((".txt", "Café bombing in Aleppo – “three killed”, officials said."),
                         (".html", "<html><head><title>Café</title></head><body><article><p>"
                                   + "Troops shelled the café in Aleppo on Monday, killing three people. " * 5
                                   + "</p></article></body></html>")):
        p = tmp_path / f"legacy{suffix}"
        p.write_bytes(body.encode("cp1252"))
        recs, warned = read_warned(p)
        assert "café" in only_article(recs).text.lower() and [w.code for w in warned] == ["W108"]
    cyrillic = tmp_path / "ru.txt"
    cyrillic.write_bytes(("Взрыв в Алеппо убил троих человек. " * 5).encode("cp1251"))
    e = only_error(read_all(cyrillic))  # decoded as what it is, then refused: English only
    assert e.code == "E111" and "Cyrillic" in e.message


def test_damaged_utf8_is_E103(tmp_path):
    # Valid UTF-8 sequences beside a bad byte: a UTF-8 file with damage, not a legacy encoding.
    p = tmp_path / "damaged.txt"
    p.write_bytes("Café bombing in Aleppo".encode() + b" \xff killed three")
    e = only_error(read_all(p))
    assert e.code == "E103" and "damaged.txt" in str(e)


def test_unsupported_extension_is_E108(tmp_path):
    p = tmp_path / "notes.docx"
    p.write_text("Rebels attacked a checkpoint.", encoding="utf-8")
    e = only_error(read_all(p))
    assert e.code == "E108"
    assert e.file == str(p)


def test_missing_file_is_E109(tmp_path):
    e = only_error(read_all(tmp_path / "does_not_exist.txt"))
    assert e.code == "E109"
    assert "does_not_exist.txt" in e.file


def test_directory_input_reads_supported_files_in_order(bad_dir):
    recs = read_all(bad_dir)
    files = []
    for r in recs:
        f = r.file if isinstance(r, RecordError) else r.origin_file
        if f not in files:
            files.append(f)
    supported = sorted(p for p in bad_dir.iterdir() if p.suffix.lower() in readers.READERS)
    assert files == [str(p) for p in supported]
    ids = [r.id for r in recs if isinstance(r, Article)]
    assert {"mix-001", "mix-002", "mix-003", "scripts", "non_english"} <= set(ids)
    codes = sorted(r.code for r in recs if isinstance(r, RecordError))
    assert codes == ["E101", "E104", "E105"]  # invalid_utf8.txt is cp1252: decoded (W108)


def test_directory_with_nothing_supported_yields_nothing(tmp_path):
    (tmp_path / "a.bin").write_bytes(b"\x00\x01")
    assert read_all(tmp_path) == []


# ----------------------------------------------------------------------------- size

def _big_news_text(n_chars: int) -> str:
    reps = n_chars // len(NEWS_PARAGRAPH) + 1
    return (NEWS_PARAGRAPH * reps)[:n_chars]


def test_five_megabyte_article_per_limit(tmp_path):
    size = 5 * 1024 * 1024
    text = _big_news_text(size)
    p = tmp_path / "huge.txt"
    p.write_text(text, encoding="utf-8")
    recs = read_all(p)
    assert len(recs) == 1
    if size > readers.MAX_ARTICLE_CHARS:
        assert isinstance(recs[0], RecordError)
        assert recs[0].code == "E106"
        assert f"{readers.MAX_ARTICLE_CHARS:,}" in recs[0].message
    else:  # the limit allows it: it must read whole
        assert isinstance(recs[0], Article) and len(recs[0].text) == size


def test_large_jsonl_record_per_limit(tmp_path):
    size = 5 * 1024 * 1024
    p = tmp_path / "huge.jsonl"
    p.write_text(json.dumps({"id": "big", "text": _big_news_text(size)}) + "\n"
                 + json.dumps({"id": "small", "text": "Police arrested three men."}) + "\n", encoding="utf-8")
    recs = read_all(p)
    assert len(recs) == 2
    assert isinstance(recs[1], Article) and recs[1].id == "small"
    if size > readers.MAX_ARTICLE_CHARS:
        assert isinstance(recs[0], RecordError) and recs[0].code == "E106" and recs[0].record == "line 1"
    else:
        assert isinstance(recs[0], Article)


def test_article_at_limit_is_accepted(tmp_path):
    p = tmp_path / "edge.jsonl"
    text = _big_news_text(readers.MAX_ARTICLE_CHARS)
    p.write_text(json.dumps({"id": "edge", "text": text}) + "\n"
                 + json.dumps({"id": "over", "text": text + "x"}) + "\n", encoding="utf-8")
    ok, over = read_all(p)
    assert isinstance(ok, Article) and len(ok.text) == readers.MAX_ARTICLE_CHARS
    assert isinstance(over, RecordError) and over.code == "E106"


def test_spacy_can_take_the_largest_accepted_article(nlp):
    assert nlp.max_length >= readers.MAX_ARTICLE_CHARS


# ----------------------------------------------------------------------------- language

def test_non_english_text_is_E111(bad_dir):
    from eventwire.pipeline import process

    a = only_article(read_all(bad_dir / "non_english.txt"))
    out = process(a)
    assert isinstance(out, RecordError)
    assert out.code == "E111"
    assert out.file == str(bad_dir / "non_english.txt")
    assert "non_english" in out.record


def test_declared_non_english_language_is_E111(tmp_path):
    from eventwire.pipeline import process

    p = tmp_path / "de.jsonl"
    p.write_text(json.dumps({"id": "de1", "language": "de", "text": "Police arrested three men in the city."}) + "\n",
                 encoding="utf-8")
    out = process(only_article(read_all(p)))
    assert isinstance(out, RecordError) and out.code == "E111" and "line 1" in out.record
