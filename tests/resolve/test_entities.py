"""Tests for eventwire.resolve.entities.DocEntities: a document's actors and antecedents.

Made-up sentences parsed by the project's model; the actor resolver is the real one,
passed in; no gazetteer (the place-dependent parts are covered by the place tests).
"""
from __future__ import annotations

import pytest

from eventwire.resolve.actors import ActorResolver
from eventwire.resolve.entities import DocEntities

TEXT = ("Danish Prime Minister Henrik Aalund met French officials in Paris. "
        "He said Denmark would join the strikes, and it would send jets.")


class CountingResolver(ActorResolver):
    """The real resolver, noting what it was asked."""

    def __init__(self):
        super().__init__()
        self.asked: list[str] = []

    def resolve(self, phrase, focus_country=None):
        self.asked.append(phrase)
        return super().resolve(phrase, focus_country)


@pytest.fixture(scope="module")
def story(nlp):
    resolver = CountingResolver()
    return DocEntities(nlp(TEXT), resolver=resolver), resolver


def at(word: str, context: str) -> tuple[int, int]:
    """Offsets of `word` where it opens `context` in TEXT."""
    start = TEXT.index(context)
    return start, start + len(word)


def test_the_given_resolver_reads_the_names(story):
    entities, resolver = story
    assert entities.resolver is resolver
    assert {"Denmark", "Paris", "French"} <= set(resolver.asked)


def test_a_titled_person_takes_country_and_sector_from_the_title(story):
    entities, _ = story
    people = [info for _, info, _ in entities.memory if info.kind == "person"]
    assert [(p.name, p.country, p.sector) for p in people] == [("Henrik Aalund", "DNK", "GOV")]


def test_pronouns_resolve_to_the_nearest_fitting_antecedent(story):
    entities, _ = story
    he = entities.actor(*at("He", "He said"))
    assert (he.name, he.country) == ("Henrik Aalund", "DNK")
    it = entities.actor(*at("it", "it would"))
    assert (it.name, it.country) == ("Denmark", "DNK")  # the sentence's subject, not France


def test_a_pronoun_in_a_quote_is_not_its_speaker(nlp):
    text = ("A suicide bomber attacked a police compound in Peshawar, police chief Ahmed Khan said. "
            "“The bomber was in the front row when he detonated his vest,” Khan told reporters. "
            "He said the dead were officers.")
    entities = DocEntities(nlp(text), resolver=ActorResolver())
    quoted = text.index("he detonated")
    assert entities.actor(quoted, quoted + 2).name != "Ahmed Khan"
    # outside the quote the speaker is who "he" is
    told = text.index("He said")
    assert entities.actor(told, told + 2).name in ("Ahmed Khan", "Khan")
    # a relative who shares the surname is another person: "he" may still be the victim named before
    text = ("Police chief Ahmed Khan was shot dead on Monday. “He was shot in front of his children,” "
            "his brother Tariq Khan told reporters.")
    entities = DocEntities(nlp(text), resolver=ActorResolver())
    quoted = text.index("He was")
    assert entities.actor(quoted, quoted + 2).name == "Ahmed Khan"


def test_the_countries_the_story_names(story):
    entities, _ = story
    assert entities.country_names == {"DNK": {"Danish", "Denmark"}, "FRA": {"French", "Paris"}}
    # a capital does not vouch for itself, but "French" vouches for France
    assert entities.countries_named_besides("Paris") == {"DNK", "FRA"}
    assert entities.focus_country in ("DNK", "FRA")


def test_without_a_gazetteer_no_place_context(story):
    entities, _ = story
    assert entities.context_admin1 == frozenset() and entities.local_home is None
    assert entities.admin1_support == {}


def test_sentences_and_entities_are_found_by_offset(story):
    entities, _ = story
    second = entities.sent_of_char(TEXT.index("Denmark"))
    assert second.text.startswith("He said")
    assert [e.text for e in entities.ents_in(second)] == ["Denmark"]
    assert entities.sent_of_token(0).text.startswith("Danish")


def test_demonyms_vote_for_the_storys_country(nlp):
    """"Syrian troops … the Syrian regime … accused by Washington": the story is Syria's, and a
    bare "rebels" is Syrian, not American, although the only place named is Washington."""
    text = ("Syrian troops shelled the old city on Saturday as rebels fought to break the siege. "
            "The Syrian regime is accused by Washington of using starvation as a weapon.")
    ents = DocEntities(nlp(text), resolver=ActorResolver())
    assert ents.focus_country == "SYR"
    assert ents.resolver.resolve("rebels", focus_country=ents.focus_country).country == "SYR"


def test_the_entities_just_before_a_token_come_from_the_cached_list(story):
    entities, _ = story
    denmark = next(e for e in entities.ents if e.text == "Denmark")
    before = entities.ents_before(denmark.start, 2)
    assert len(before) == 2 and before[-1].end <= denmark.start
    assert before == [e for e in entities.ents if e.start < denmark.start][-2:]
    assert entities.ents_before(0, 2) == []


@pytest.mark.parametrize("text, phrase, name, country, sector", [
    ("The Anderson County district clerk's office released the records on Monday.",
     "The Anderson County district clerk's office", "Anderson County district clerk's office", "USA", "JUD"),
])
def test_a_public_body_named_by_its_place_takes_the_places_country(nlp, text, phrase, name, country, sector):
    from eventwire.resolve.places import Gazetteer

    s = text.index(phrase)
    ents = DocEntities(nlp(text), resolver=ActorResolver(), gazetteer=Gazetteer.load())
    doc = ents.doc
    head = doc.char_span(s, s + len(phrase), alignment_mode="expand").root
    actor = ents.actor(s, s + len(phrase), head)
    assert (actor.name, actor.country, actor.sector) == (name, country, sector)
    # no gazetteer, no place: the phrase stays unresolved
    bare = DocEntities(nlp(text), resolver=ActorResolver())
    assert bare.actor(s, s + len(phrase), head).country is None


def test_its_body_is_the_body_of_the_place_named_before(nlp):
    from eventwire.resolve.places import Gazetteer

    text = "St. Louis Police in Missouri announced its burglary squad arrested two people."
    ents = DocEntities(nlp(text), resolver=ActorResolver(), gazetteer=Gazetteer.load())
    owner = next(info for _, info, _ in ents.memory if info.name == "St. Louis Police")
    assert (owner.country, owner.sector) == ("USA", "COP")


@pytest.mark.parametrize("later, name", [
    ("The Coalition urged all relief organizations to stay on alert.", "Syrian National Coalition"),
    # lower case: the word's own, generic reading
    ("The coalition carried out strikes in Raqqa.", "US-led coalition"),
])
def test_a_capitalised_short_name_is_the_group_named_before(nlp, later, name):
    text = "Members of the Syrian National Coalition met in Istanbul on Thursday. " + later
    story = DocEntities(nlp(text), resolver=ActorResolver())
    start = text.index(later)
    phrase = later.split(" urged")[0].split(" carried")[0]
    assert story.actor(start, start + len(phrase)).name == name
    # before any group is named, the short name has its generic reading
    alone = DocEntities(nlp(later), resolver=ActorResolver())
    assert alone.actor(0, len(phrase)).name == "US-led coalition"


def test_they_is_a_groups_people_before_a_state(nlp):
    text = ("Taliban gunmen attacked Camp Shorabak in Helmand Province, Afghanistan. "
            "They killed 23 Afghan soldiers.")
    story = DocEntities(nlp(text), resolver=ActorResolver())
    start = text.index("They")
    assert story.actor(start, start + 4).name == "Taliban"
    text = "Officials in Afghanistan met on Monday. It said the talks went well."
    story = DocEntities(nlp(text), resolver=ActorResolver())
    start = text.index("It said")
    assert story.actor(start, start + 2).name == "Afghanistan"  # "it" may be a state


def test_the_places_public_bodies_are_named_by_vote_for_where_the_story_is(nlp):
    """A local story may name its places only inside its bodies' names ("the Athens Police
    Department", "the Henderson County Sheriff's Office"): Athens alone could be Greece's, Athens
    and Henderson County together are American."""
    from eventwire.resolve.places import Gazetteer

    text = ("Officers of the Athens Police Department arrested a man on Sunday. "
            "The Henderson County Sheriff's Office said he had fled.")
    doc = nlp(text)
    assert not [e for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC")]  # no place named on its own
    assert DocEntities(doc, resolver=ActorResolver(), gazetteer=Gazetteer.load()).focus_country == "USA"


@pytest.mark.parametrize("text, sector", [
    ("A man was shot twice early Tuesday, police said, according to Capt. Eugene Dexheimer.", "COP"),
    ("Rebels attacked the base on Tuesday, according to Capt. Eugene Dexheimer of the army.", "MIL"),
    ("A man was shot twice early Tuesday, police said, according to Gen. Eugene Dexheimer.", "MIL"),  # no police rank
    # an army's rank in full, an armed party in the story, a rank word only in the name
    ("Maj. Gen. Eugene Dexheimer said the suspect was shot, police said.", "MIL"),
    ("Capt. Eugene Dexheimer said his fighters shot the man. A police officer was wounded.", "MIL"),
    # a gunman, force, a strike: words police stories use too
    ("A gunman shot a man twice on Tuesday, police said, according to Capt. Eugene Dexheimer.", "COP"),
])
def test_a_rank_armies_and_police_share_is_a_police_rank_in_a_story_of_police_only(nlp, text, sector):
    ents = DocEntities(nlp(text), resolver=ActorResolver())
    person = next(info for _, info, _ in ents.memory if info.kind == "person")
    assert person.sector == sector


@pytest.mark.parametrize("text, not_focus", [
    ("The Home Office said on Monday that police had arrested three men.", "AUS"),  # Hume, Victoria
    ("The Federal Police arrested three men on Monday.", "ARG"),  # Federal, Entre Ríos
    ("Officials at the UN Security Council said on Monday that talks would resume.", "IND"),  # an acronym
    ("The Town Council said on Monday that police had arrested three men.", "LCA"),  # Saint Lucia's Town
])
def test_a_bodys_name_of_common_words_votes_for_no_place(nlp, text, not_focus):
    from eventwire.resolve.places import Gazetteer

    assert DocEntities(nlp(text), resolver=ActorResolver(), gazetteer=Gazetteer.load()).focus_country != not_focus


def placed_story(nlp, text: str) -> DocEntities:
    """The story's entities read with the gazetteer, as the pipeline reads them."""
    from eventwire.resolve.places import Gazetteer

    return DocEntities(nlp(text), resolver=ActorResolver(), gazetteer=Gazetteer.load())


@pytest.mark.parametrize("seat", ["The monitoring group, based in Britain,", "The Britain-based monitoring group"])
def test_a_bodys_seat_is_not_where_the_story_is(nlp, seat):
    """"The Britain-based monitor said … clashes in Daraa province": the story is Syria's, and
    so are its rebels, though Britain is named as often as Daraa, and first."""
    ents = placed_story(nlp, f"{seat} said 88 rebel and regime forces were killed in two days of clashes in Daraa "
                             "province.")
    assert ents.focus_country == "SYR"
    assert ents.resolve_phrase("rebel and regime forces").country == "SYR"


def test_a_seat_is_where_the_story_is_when_it_is_the_only_place(nlp):
    assert placed_story(nlp, "A newspaper based in Beirut has violated a ban by the army chief.").focus_country == "LBN"


@pytest.mark.parametrize("text", [
    "Daesh killed 24 people near a refugee camp on the Syrian side of the border with Iraq.",
    "Syrian troops killed 70 fighters in two days near the Iraqi border.",
])
def test_the_country_over_a_border_is_not_where_the_story_is(nlp, text):
    ents = placed_story(nlp, text)
    assert ents.focus_country == "SYR"
    assert ents.resolve_phrase("24 people").country == "SYR"


def test_a_seat_does_not_vote_when_the_story_names_a_region(nlp):
    text = "The Interior Ministry said its forces killed 12 militants in the Golan Heights, a London-based monitor said."
    assert placed_story(nlp, text).focus_country != "GBR"


@pytest.mark.parametrize("text, pronoun, name", [
    # the subject of what a group says it did is the group, tagged or not ("Houthis": a pronoun to the model)
    ("Houthis say they hit ship in Red Sea", "they", "Houthis"),
    ("Hamas says it fired rockets at Tel Aviv.", "it", "Hamas"),
    # a person's saying names no group: the pronoun keeps its antecedent reading
    ("Israel struck Gaza. A spokesman said it hit ten targets.", "it", "Israel"),
    # nor does a state's "they": it is the group the story has just named
    ("Hamas fighters attacked an Israeli army post. Israel said they killed two soldiers.", "they", "Hamas"),
])
def test_a_pronoun_subject_of_what_a_party_says_is_that_party(nlp, text, pronoun, name):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == pronoun)
    ents = DocEntities(doc, resolver=ActorResolver())
    assert ents.actor(tok.idx, tok.idx + len(tok), tok).name == name


def test_a_group_whose_name_the_model_cut_short_is_read_by_its_whole_name(nlp):
    # the model tags "Tahrir al-Sham" a person, leaving "Hayat" out: "its" is still the group's
    text = "Hayat Tahrir al-Sham (HTS) on Saturday denied that its forces had arrested dozens of demonstrators."
    doc = nlp(text)
    tok = next(t for t in doc if t.text == "its")
    ents = DocEntities(doc, resolver=ActorResolver())
    assert ents.actor(tok.idx, tok.idx + len(tok), tok).name == "Hayat Tahrir al-Sham"


def test_a_groups_forces_are_the_group(run_text):
    text = "Hayat Tahrir al-Sham (HTS) on Saturday denied that its forces had arrested dozens of demonstrators in Idlib."
    (arrest,) = [e for e in run_text(text, "2024-03-30").events if e.trigger.text == "arrested"]
    assert [(a.name, a.sector) for a in arrest.actors] == [("Hayat Tahrir al-Sham", "REB")]


def test_a_state_that_leads_a_coalition_is_no_vote_for_where_the_story_is(nlp):
    """"US-led coalition air strikes on the town of Manbij": the US is whose coalition it is; a
    focus on the US made Manbij a stray namesake of a foreign story and left it unplaced."""
    text = "At least 43 civilians were killed in US-led coalition air strikes on the town of Manbij on Monday."
    ents = DocEntities(nlp(text), resolver=ActorResolver())
    assert ents.focus_country is None
    assert "USA" in ents.country_names  # still a country the story names
