"""Casualty figures: value, qualifier, victims, kind, and evidence offsets."""
from __future__ import annotations

import pytest

from eventwire.extract.casualties import find_casualties, parse_number


def figures(text: str, kind: str | None = None):
    found = find_casualties(text, 0, len(text))
    for f in found:  # evidence: every figure's text is its slice of the input
        assert text[f.count.start:f.count.end] == f.count.text
    return [f for f in found if kind is None or f.kind == kind]


def killed(text):
    return [(f.count.value, f.count.qualifier) for f in figures(text, "killed")]


def injured(text):
    return [(f.count.value, f.count.qualifier) for f in figures(text, "injured")]


@pytest.mark.parametrize("text,value,qualifier", [
    ("Air strikes killed at least 22 people in the town.", 22, "at_least"),
    ("The blast killed no fewer than 9 people.", 9, "at_least"),
    ("The bombing killed more than 30 civilians.", 30, "more_than"),
    ("The raid killed over 40 fighters.", 40, "more_than"),
    ("Shelling killed about 15 people.", 15, "about"),
    ("Shelling killed nearly 40 people.", 40, "about"),
    ("Shelling killed an estimated 300 people.", 300, "about"),
    ("Clashes killed up to 40 fighters.", 40, "up_to"),
    ("Clashes killed as many as 60 fighters.", 60, "up_to"),
    ("The blast killed 17 people.", 17, "exact"),
    ("The car bomb exploded, killing all 15 passengers of a bus.", 15, "exact"),
])
def test_qualifiers(text, value, qualifier):
    assert killed(text) == [(value, qualifier)]


@pytest.mark.parametrize("text,value", [
    ("Five children were killed in the attack.", 5),
    ("The raid killed twenty-five people.", 25),
    ("Gunmen killed a dozen villagers on Sunday.", 12),
    ("The ambush killed eleven soldiers.", 11),
    ("A bomb killed 1,200 people.", 1200),
    ("Ninety people died in the fighting.", 90),
])
def test_number_words_and_formats(text, value):
    assert [v for v, _ in killed(text)] == [value]


@pytest.mark.parametrize("s,n", [("twenty-five", 25), ("Twelve", 12), ("a dozen", 12), ("1,200", 1200),
                                 ("1, 900", 1900), ("forty two", 42), ("many", None)])
def test_parse_number(s, n):
    assert parse_number(s) == n


def test_left_people_dead():
    text = "The Paris attacks left 129 people dead."
    (f,) = figures(text, "killed")
    assert (f.count.value, f.count.qualifier) == (129, "exact")
    assert "129" in f.count.text


def test_death_toll_rose_to():
    text = "The death toll rose to 126 on Sunday, officials said."
    (f,) = figures(text, "killed")
    assert f.count.value == 126 and f.count.qualifier == "exact"
    assert text[f.count.start:f.count.end].startswith("126")


def test_death_toll_with_qualifier():
    assert killed("The death toll from the strike reached at least 70.") == [(70, "at_least")]


@pytest.mark.parametrize("text,victims", [
    ("The strike killed six civilians.", "civilians"),
    ("Five children were killed.", "children"),
    ("The ambush killed eleven soldiers.", "soldiers"),
    ("Clashes killed 14 militants.", "militants"),
    ("The blast killed 20 people, mostly civilians.", "civilians"),
])
def test_victim_categories(text, victims):
    (f,) = figures(text, "killed")
    assert f.count.victims == victims


def test_injured():
    assert injured("The explosion wounded 32 people.") == [(32, "exact")]
    assert injured("At least 14 people were injured.") == [(14, "at_least")]
    assert injured("The blast killed two people, wounding 32.") == [(32, "exact")]
    assert killed("The blast killed two people, wounding 32.") == [(2, "exact")]


def test_killed_and_wounded_are_not_confused():
    # the death toll must not be read as the injured count too
    text = "The strike killed 5 people and wounded 32 others."
    assert killed(text) == [(5, "exact")]
    assert injured(text) == [(32, "exact")]


def test_killed_and_wounded_passive():
    text = "Twelve soldiers were killed and 20 wounded."
    assert killed(text) == [(12, "exact")]
    assert injured(text) == [(20, "exact")]


@pytest.mark.parametrize("text", [
    "A 2015 attack killed four people.",
    "In 2014 people died in the fighting.",
    "The 2011 uprising killed thousands.",
])
def test_years_are_not_tolls(text):
    assert all(not (1900 <= v <= 2100) for v, _ in killed(text) + injured(text))


def test_year_beside_a_real_toll():
    assert killed("In 2015, troops killed three militants.") == [(3, "exact")]


def test_zero_and_absent_figures():
    assert figures("No one was killed in the incident.") == []
    assert figures("The talks ended without agreement on Monday.") == []


def test_offsets_into_larger_text():
    prefix = "Officials met in the capital. "
    sent = "The raid killed at least 7 people."
    text = prefix + sent + " Talks resume tomorrow."
    found = find_casualties(text, len(prefix), len(prefix) + len(sent))
    assert len(found) == 1
    c = found[0].count
    assert text[c.start:c.end] == c.text == "at least 7 people"
    assert c.start >= len(prefix)


# --- whole-token figures: never part of a word, an age, a share, a day or a name ----------

@pytest.mark.parametrize("text,values", [
    ("Militants often killed villagers there.", []),  # "ten" inside "often"
    ("Moreover 5 people were killed.", [(5, "exact")]),  # "over" inside "Moreover" is no qualifier
    ("M23 rebels killed five civilians.", [(5, "exact")]),  # the digits of a name
    ("Police killed an 18-year-old in the raid.", []),  # an age
    ("The shooter, 19 years old, killed two people.", [(2, "exact")]),
    ("The strike killed 40 percent of the fighters.", []),  # a share
    ("Some 40% of those killed were children.", []),
    ("The attack on Feb. 23 killed three soldiers.", [(3, "exact")]),  # a day of the month
    ("Shelling killed $5 worth of nothing.", []),  # a sum
])
def test_figures_are_whole_words_counting_people(text, values):
    assert killed(text) == values


@pytest.mark.parametrize("text,value", [
    ("At least 10 people were beheaded by militants.", 10),
    ("Militants executed 21 civilians in the village.", 21),
    ("Five prisoners were shot dead.", 5),
    ("Gunmen massacred 30 villagers.", 30),
    ("Gunmen shot dead two soldiers.", 2),
    ("The militia gunned down 14 villagers.", 14),
    ("Rioters stabbed to death 3 men.", 3),
    ("Five men were beaten to death by a mob in Lagos.", 5),
    ("A mob beat to death 3 men.", 3),
    ("Investigators closed the case of the murders of five family members.", 5),
    ("The executions of 12 prisoners were condemned.", 12),
    ("A motorcycle bomb exploded near a mosque in Latakia, leaving 5 martyrs.", 5),
])
def test_every_death_verb_gives_a_toll(text, value):
    assert [v for v, _ in killed(text)] == [value]


def test_another_is_a_count_of_its_own():
    text = "They killed 23 soldiers and injured another 15."
    assert killed(text) == [(23, "exact")]
    assert injured(text) == [(15, "exact")]


# --- running totals are not the incident's toll -----------------------------------------

@pytest.mark.parametrize("text", [
    "The insurgency has killed 20,000 people since 2009.",
    "Boko Haram has killed 20,000 people since the start of its insurgency.",
    "So far this year 300 people have been killed in the region.",
    "The war has killed 400,000 people.",
    "A conflict that has killed 5,000 people drags on.",
    "In total 120 people died in attacks over the past two years.",
])
def test_running_totals_are_no_toll(text):
    assert killed(text) == []


def test_a_toll_beside_a_running_total_is_kept():
    text = "A suicide bomber killed 12 people on Monday; the insurgency has killed 20,000 since 2009."
    assert killed(text) == [(12, "exact")]


# --- with the parse: tokens and entities, and victims counted from their noun phrases -------

def parsed(nlp, text: str, kind: str = "killed"):
    doc = nlp(text)
    found = find_casualties(text, 0, len(text), doc)
    for f in found:
        assert text[f.count.start:f.count.end] == f.count.text
    return [(f.count.value, f.count.text, f.counted) for f in found if f.kind == kind]


@pytest.mark.parametrize("text,expected", [
    ("A guardsman and a motorcyclist were killed when a bomb exploded.",
     [(2, "A guardsman and a motorcyclist", True)]),
    ("A young woman was killed when a bullet hit her.", [(1, "A young woman", True)]),
    ("Williston man, 87, killed in traffic accident.", [(1, "Williston man", True)]),  # 87 is his age
    ("19-year-old killed in fiery crash.", [(1, "19-year-old", True)]),
    ("The blast killed a policeman and two civilians.", [(3, "a policeman and two civilians", True)]),
    # the coordination counts more than the figure inside it
    ("Two field commanders and a soldier died.", [(3, "Two field commanders and a soldier", True)]),
    # a manner of attack that says the death: "shot dead", "stabbed to death", "gunned down"
    ("Gunmen shot dead a police officer in Kano.", [(1, "a police officer", True)]),
    ("A man was stabbed to death on Sunday.", [(1, "A man", True)]),
    ("Militants gunned down a teacher.", [(1, "a teacher", True)]),
    # ... where the parse hangs "dead" on the object, or the object on "dead"
    ("Police shot dead the gunman in Orlando on Sunday.", [(1, "the gunman", True)]),
    ("Indian troops shot dead a militant and a soldier in Kashmir on Sunday.", [(2, "a militant and a soldier", True)]),
    # "lost their lives" tells deaths of its subject, as "died" does
    ("Three policemen and a civilian lost their lives in the attack.",
     [(4, "Three policemen and a civilian", True)]),
    # a figure that takes its people from an "of" phrase counts them
    ("A drone strike killed a senior commander and three of his guards.",
     [(4, "a senior commander and three of his guards", True)]),
    ("Gunmen killed the mayor of Tlalpan and his bodyguard.", [(2, "the mayor of Tlalpan and his bodyguard", True)]),
    # a headline's participle the parse reads as a past tense, its subject the victim
    ("Woman killed in crash on Interstate 95", [(1, "Woman", True)]),
    # one of a people: "a Palestinian", "an American"
    ("Israeli troops killed a 17-year-old Palestinian in Nablus.", [(1, "a 17-year-old Palestinian", True)]),
    ("A Palestinian was shot dead near Hebron.", [(1, "A Palestinian", True)]),
    # a relative pronoun stands for the noun its clause describes
    ("Police have identified a man who was killed in a shooting early Saturday.", [(1, "a man", True)]),
    ("Police identified the woman who died in the crash on Monday.", [(1, "the woman", True)]),
    # "pronounced dead", "found dead": a death told of the subject
    ("The man was pronounced dead at the scene.", [(1, "The man", True)]),
    ("A woman was found dead in her home.", [(1, "A woman", True)]),
])
def test_victims_are_counted_from_their_noun_phrases(nlp, text, expected):
    assert parsed(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "No soldier was killed in the attack.",  # nobody
    "Soldiers were killed in the attack.",  # uncountable
    "A civilian could be killed by the shelling.",  # not said to have happened
    "The army killed the plan.",  # no person
    "A man was shot in the leg.",  # shot, not said to have died
    "A man was stabbed on Sunday.",
    "The soldier lost his rifle in the attack.",  # no life lost
    "Gunmen killed a commander and three of the vehicles.",  # vehicles are no people
    "A soldier nearly lost his life in the attack.",  # a near miss is no death
    "A soldier almost died in the attack.",
    "Palestinians were killed in the raid.",  # a people, uncounted
])
def test_no_count_without_countable_victims(nlp, text):
    assert parsed(nlp, text) == []


def test_a_counted_toll_keeps_its_figure_from_the_next_verb(nlp):
    """A figure pattern reads "three ... and wounded" as wounded; the parse ties the three to
    "killed": the counted toll stands, and the wounded are the next verb's own."""
    text = "Gunmen killed a commander and three of his guards and wounded a policeman."
    assert parsed(nlp, text) == [(4, "a commander and three of his guards", True)]
    assert parsed(nlp, text, "injured") == [(1, "a policeman", True)]


def test_a_lone_figure_is_read_by_the_patterns_not_counted(nlp):
    assert parsed(nlp, "Two field commanders were killed in an air strike.") == [(2, "Two", False)]


def test_injured_victims_counted(nlp):
    text = "Two servicemen and one local resident were injured in an explosion."
    assert parsed(nlp, text, "injured") == [(3, "Two servicemen and one local resident", True)]


def test_victims_the_parse_gives_the_verb_twice_are_counted_together(nlp):
    """"at least" breaks the coordination in the parse: both phrases become subjects of the verb."""
    text = "Mahmoud Brouq and at least 10 members of the group were killed near Rastan."
    assert parsed(nlp, text) == [(11, "Mahmoud Brouq and at least 10 members", True)]
    found = find_casualties(text, 0, len(text), nlp(text))
    # it holds a stated figure, and is as vague as it
    assert [(c.count.qualifier, c.holds_figure) for c in found] == [("at_least", True)]
    # "or" names one of them
    assert parsed(nlp, "Either the commander or at least one of his aides was killed.") != [
        (2, "the commander or at least one of his aides", True)]


def test_parse_keeps_figures_the_small_model_mislabels(nlp):
    """A headline's "At Least 17 Slain" is a PERCENT to the small model; "One dead, one injured"
    has an apposition that is no age; "15.Twenty" is one token where a space is missing."""
    assert parsed(nlp, "At Least 17 Slain in Dagestani Battle.") == [(17, "At Least 17", False)]
    assert parsed(nlp, "One dead, one seriously injured in shooting.", "injured") == [(1, "one", False)]
    assert parsed(nlp, "They killed 4 soldiers and injured another 15.Twenty insurgents were killed.",
                  "injured") == [(15, "another 15", False)]


def test_days_before_a_month_are_no_toll():
    assert killed("On Friday 21 March gunmen killed 5 people.") == [(5, "exact")]


def test_parse_rejects_times_and_dates(nlp):
    """"12 hours" is a span of time (a TIME entity naming hours), not twelve people."""
    assert parsed(nlp, "Gunmen struck again and killed 12 hours after the truce began.") == []
    assert [v for v, _, _ in parsed(nlp, "Gunmen killed 12 villagers after the truce began.")] == [12]


def test_leaving_people_dead_or_homeless():
    assert killed("Family feud leaves two people dead in camp.") == [(2, "exact")]
    assert killed("The blast left 5 people dead.") == [(5, "exact")]
    assert killed("The flood left 5,000 people homeless.") == []


def test_hospitalized_is_hurt():
    assert injured("2 men hospitalized after being shot.") == [(2, "exact")]


@pytest.mark.parametrize("text", [
    "Saheed Vassell was killed around 5 p.m. Wednesday.",
    "The man was killed at 11:30 near the station.",
    "The guard was killed about 9 o'clock.",
])
def test_clock_times_are_no_toll(text):
    assert killed(text) == []


def test_a_clock_time_entity_is_no_toll_with_the_parse(nlp):
    """With the parse the victim is counted instead: the time is no stated figure to outrank the count."""
    text = "Saheed Vassell was killed around 5 p.m. Wednesday in Brooklyn."
    assert parsed(nlp, text) == [(1, "Saheed Vassell", True)]


@pytest.mark.parametrize("text,value", [
    ("The attack claimed 12 lives.", 12),
    ("The bombing cost at least 30 lives, officials said.", 30),
    ("The fighting claims three more lives.", 3),
    ("The bodies of 21 villagers were found near the road.", 21),
])
def test_lives_claimed_and_the_bodies_of_victims_count_the_dead(text, value):
    assert [v for v, _ in killed(text)] == [value]


@pytest.mark.parametrize("text", [
    "The war has claimed 500,000 lives since 2011.",  # a running total, no incident's toll
    "The rescue saved 12 lives.",  # no death
    "Two bodies of water border the town.",  # bodies that count no dead
    "The two bodies called for calm.",  # organisations
    "The three bodies will meet in Geneva.",
    "The two bodies found no evidence of wrongdoing.",
    "At least 30 bodies were recovered from the village.",  # a bare count of bodies is not read
])
def test_no_toll_from_a_running_total_saved_lives_or_water(text):
    assert killed(text) == []


def tolls(nlp, text: str) -> tuple[list[int], list[int]]:
    """The killed and injured figures found with the parse, in text order."""
    found = find_casualties(text, 0, len(text), nlp(text))
    return ([c.count.value for c in found if c.kind == "killed"], [c.count.value for c in found if c.kind == "injured"])


@pytest.mark.parametrize("text,dead,hurt", [
    ("Two gunmen killed three police officers in Quetta on Monday.", [3], []),
    ("Bandits abducted 15 farmers and killed four others in Katsina state.", [4], []),
    ("Four militants wounded two soldiers at a checkpoint.", [], [2]),
    ("Five soldiers were killed when militants attacked a post.", [5], []),
    # the perfect tense, and a past the tagger reads as a participle, are active with a subject
    ("Two suicide bombers have killed 30 people in the market.", [30], []),
    ("Two suicide bombers killed at least 30 militiamen in Hasakah.", [30], []),
    ("Two soldiers have been killed by militants in the market.", [2], []),
])
def test_a_figure_before_an_active_verb_counts_its_doers_not_its_victims(nlp, text, dead, hurt):
    """With the parse, "Two gunmen killed three" is read as two killers: the verb has its own
    object, so the figure before it is no toll. A passive verb keeps the figure before it."""
    found = find_casualties(text, 0, len(text), nlp(text))
    assert [c.count.value for c in found if c.kind == "killed" and not c.counted] == dead
    assert [c.count.value for c in found if c.kind == "injured" and not c.counted] == hurt


@pytest.mark.parametrize("text,dead,hurt", [
    ("Three civilians killed two injured in explosive device blast", [3], [2]),
    ("Two soldiers killed three wounded in ambush", [2], [3]),
    ("Three killed two injured in blast in Hama countryside", [3], [2]),
])
def test_a_headline_list_of_tolls_is_no_active_killing(nlp, text, dead, hurt):
    """The parser reads the list as "soldiers killed three": a bare figure after the verb is the
    next toll, not an object."""
    assert tolls(nlp, text) == (dead, hurt)


@pytest.mark.parametrize("text,dead,hurt", [
    # a verb-first headline list keeps both its figures, whatever follows its injured figure
    ("Suicide bomber killed 5 wounded 12 in Mogadishu cafe", [5], [12]),
    ("Mortar fire killed 2 injured 4 civilians in Donetsk", [2], [4]),
    ("Three killed two injured by stray bullets in Lagos clash.", [3], [2]),
    ("Five killed ten injured overnight in Russian strikes on Kharkiv.", [5], [10]),
    # the injury word with a figure, a quantity or victims of its own after it is a verb of its own
    ("Landmine killed 3 injured more than 10 in Shan state, rebels say", [3], [10]),
    ("Gunmen killed 4 injured several in attack on bar in Celaya", [4], []),
    ("Army says rebels killed 3 injured villagers who were fleeing.", [3], []),
    # wounded people killed are killed, and "wounded" before its noun describes the victims killed
    ("The blast killed 4 injured patients at the clinic.", [4], []),
    ("Two gunmen killed three wounded soldiers at a hospital in Kunduz.", [3], []),
    ("Two gunmen killed three wounded soldiers at a hospital in Kunduz on Friday.", [3], []),
    # what is undergone is no doing: the figure stays the toll
    ("Five soldiers lost their lives when militants ambushed their convoy.", [5], []),
    ("Three people killed themselves in the prison.", [3], []),
    # a pronoun object is the victim: the figure before the verb counts the killers
    ("Two gunmen killed him outside his home in Karachi on Tuesday.", [1], []),
])
def test_doers_victims_and_listed_tolls_read_from_the_words_around_the_figures(nlp, text, dead, hurt):
    dead_found, hurt_found = tolls(nlp, text)
    assert (sorted(dead_found), hurt_found) == (dead, hurt)


@pytest.mark.parametrize("text, n", [
    ("Five members of one family, among them three children, were killed in an air strike.", 5),
    ("Seven members of the same family were killed when a shell hit their home.", 7),
    ("Eight members of a family of ten were killed in the strike.", 8),
])
def test_one_family_names_the_victims_not_a_toll(text, n):
    assert killed(text) == [(n, "exact")]


@pytest.mark.parametrize("text, found", [
    ("An Israeli airstrike killed a family of six in Rafah on Sunday.", [(6, "exact")]),
    ("A family of six was killed in an air strike on Sunday.", [(6, "exact")]),
    ("The strike killed an entire family of at least nine, medics said.", [(9, "at_least")]),
    # a family named by its size and not said to be killed is no toll, nor one member, nor animals
    ("The strike hit the home of a family of ten on Sunday.", []),
    ("Gunmen killed a family of six's only breadwinner on Sunday.", []),
    ("Poachers killed a family of five elephants on Sunday.", []),
])
def test_a_family_killed_counts_its_members(text, found):
    assert killed(text) == found


def test_a_lynching_counts_its_dead():
    assert killed("A mob lynched two men accused of cattle theft.") == [(2, "exact")]


def test_people_left_in_a_hurt_condition_are_injured():
    # a figure: "left two soldiers in serious condition", "three people were in critical condition"
    (f,) = figures("The blast left two soldiers in serious condition.", "injured")
    assert f.count.value == 2
    (f,) = figures("Three people were in critical condition on Monday.", "injured")
    assert f.count.value == 3
    # a good condition is no injury
    assert figures("Two people were in good condition.", "injured") == []


def test_one_person_left_in_critical_condition_is_one_injured(run_text):
    ev = run_text("A four-car crash in Las Vegas on Monday left an 82-year-old woman in critical condition, "
                  "police said.", "2009-03-23").events[0]
    assert ev.injured is not None and ev.injured.value == 1
