"""Event triggers: lexicon lookup guarded by syntax (sentences are made up)."""
from __future__ import annotations

import pytest

from eventwire.extract.lexicon import LEXICON, REPORTING_VERBS
from eventwire.extract.ontology import EVENT_TYPES
from eventwire.extract.triggers import find_triggers


@pytest.fixture(scope="module")
def triggers(nlp):
    def run(text: str):
        doc = nlp(text)
        out = []
        for sent in doc.sents:
            for h in find_triggers(doc, sent):
                span = doc[h.start:h.end]
                out.append({"text": span.text, "type": h.entry.type, "mode": h.entry.mode,
                            "cameo": h.entry.cameo, "head": doc[h.head], "lemma": doc[h.head].lemma_.lower()})
        return out
    return run


def types(hits):
    return [h["type"] for h in hits]


@pytest.mark.parametrize("text, mode", [
    ("Russia launched 40 drones at Kyiv overnight.", "aerial"),
    ("Iran launched missiles at Israel on Saturday.", "heavy-weapons"),
    ("Hamas launched a barrage of rockets at Tel Aviv.", "heavy-weapons"),
    ("Hezbollah launched a volley of rockets at northern Israel on Sunday.", "heavy-weapons"),
    ("Hezbollah launched rockets into northern Israel.", "heavy-weapons"),
    ("Russia launched 120 drones across Ukraine overnight.", "aerial"),
])
def test_launching_a_munition_is_an_attack(triggers, text, mode):
    launch = [h for h in triggers(text) if h["lemma"] == "launch"]
    assert [(h["type"], h["mode"]) for h in launch] == [("ASSAULT", mode)]


@pytest.mark.parametrize("text", [
    "The government launched an investigation into the killings.",
    "The party launched its election campaign in Lagos.",
    "Turkey launched an offensive against Kurdish fighters.",  # the offensive is the trigger
    "North Korea launched a ballistic missile into the sea off its east coast on Thursday.",  # at no one
    "North Korea launched a ballistic missile toward the East Sea.",
    "North Korea launched a missile on a lofted trajectory.",
    "SpaceX launched a rocket carrying 60 satellites from Cape Canaveral on Monday.",
    "Police launched a drone to search for the missing hiker near Boulder.",
])
def test_launching_anything_else_is_no_attack_of_its_own(triggers, text):
    assert not [h for h in triggers(text) if h["lemma"] == "launch"]


@pytest.mark.parametrize("text, support", [
    ("Russia backed the plan on Monday.", True),
    ("The rebels, backed up by Turkish artillery, advanced on the town.", True),
    ("An 80-year-old was killed in Arlington by a neighbor backing up.", False),  # a car reversing
    ("Twenty Turkish-backed militiamen were killed in the clashes.", False),  # an adjective: no act
])
def test_backing_is_support_only_of_someone_or_something(triggers, text, support):
    assert any(h["lemma"] == "back" and h["type"] == "SUPPORT" for h in triggers(text)) == support


@pytest.mark.parametrize("text, aid", [
    ("An aid convoy reached Madaya on Monday.", True),
    ("Al-Shabaab militants ambushed a military convoy near Baidoa.", False),
    ("Gunmen ambushed a convoy near Baidoa.", False),
    ("The UN condemned the attack on the convoy.", False),
])
def test_a_convoy_is_aid_unless_armed_or_attacked(triggers, text, aid):
    assert any(h["lemma"] == "convoy" and h["type"] == "AID" for h in triggers(text)) == aid


@pytest.mark.parametrize("text", [
    "Russian warplanes carried out an air strike on the town on Monday.",
    "The jets launched air strikes on the city.",
    "An airstrike hit the market in the afternoon.",
])
def test_air_strike_is_aerial_assault(triggers, text):
    hits = [h for h in triggers(text) if "strike" in h["text"].lower()]
    assert hits, triggers(text)
    h = hits[0]
    assert (h["type"], h["mode"], h["cameo"]) == ("ASSAULT", "aerial", "195")


@pytest.mark.parametrize("text", [
    "Hundreds of prisoners went on hunger strike last week.",
    "The detainees began a hunger strike on Monday.",
])
def test_hunger_strike_is_protest(triggers, text):
    hits = triggers(text)
    strike = [h for h in hits if "strike" in h["text"].lower()]
    assert strike and all(h["type"] == "PROTEST" for h in strike), hits
    assert "ASSAULT" not in types(hits)


def test_workers_strike_is_protest_not_assault(triggers):
    hits = triggers("Workers went on strike over unpaid wages.")
    assert types(hits) == ["PROTEST"]


@pytest.mark.parametrize("text", [
    "A fire broke out at a textile factory on Sunday.",
    "Fire broke out at a chemical plant overnight.",
])
def test_factory_fire_is_incident(triggers, text):
    hits = triggers(text)
    fire = [h for h in hits if h["lemma"] == "fire"]
    assert fire and fire[0]["type"] == "INCIDENT", hits
    assert "ASSAULT" not in types(hits)


def test_boiler_explosion_at_factory_is_incident(triggers):
    hits = triggers("A boiler explosion at a textile factory killed three workers.")
    exp = [h for h in hits if h["lemma"] == "explosion"]
    assert exp and exp[0]["type"] == "INCIDENT"


def test_fire_verb_is_assault(triggers):
    hits = triggers("Troops fired rockets at the village.")
    fire = [h for h in hits if h["lemma"] == "fire"]
    assert fire and fire[0]["type"] == "ASSAULT" and fire[0]["mode"] == "heavy-weapons"


@pytest.mark.parametrize("text", [
    "The minister said on Monday that talks would continue.",
    "State media reported that the army had advanced.",
    "The spokesman told reporters that he was confident.",
    "The agency announced that it had confirmed the figures.",
])
def test_reporting_verbs_are_not_triggers(triggers, text):
    for h in triggers(text):
        assert h["lemma"] not in REPORTING_VERBS or h["head"].pos_ != "VERB", h


def test_plain_report_has_no_event(triggers):
    assert triggers("State media reported the news on Monday.") == []


@pytest.mark.parametrize("text", [
    "The government sent aid to the flood victims.",
    "The United Nations sent food and medicine to the camp.",
])
def test_sent_aid_is_aid(triggers, text):
    hits = triggers(text)
    send = [h for h in hits if h["lemma"] == "send"]
    assert send and send[0]["type"] == "AID", hits
    assert "MOBILIZE" not in types(hits)


@pytest.mark.parametrize("text", [
    "Turkey sent troops to the border.",
    "The government sent reinforcements to the province.",
    "Russia sent soldiers to the region on Friday.",
])
def test_sent_troops_is_mobilize(triggers, text):
    hits = triggers(text)
    send = [h for h in hits if h["lemma"] == "send"]
    assert send and send[0]["type"] == "MOBILIZE", hits
    assert "AID" not in types(hits)


def test_send_without_object_kind_is_no_event(triggers):
    assert [h for h in triggers("She sent a letter to her brother.") if h["lemma"] == "send"] == []


@pytest.mark.parametrize("text,expected", [
    ("Government forces shelled the village.", ("ASSAULT", "heavy-weapons")),
    ("Police arrested 12 protesters.", ("COERCE", "arrest")),
    ("Troops opened fire on protesters.", ("ASSAULT", "firearms")),
    ("Armenian and Azerbaijani forces exchanged fire along the border.", ("ASSAULT", "firearms")),
    ("Indian and Pakistani troops traded fire across the frontier.", ("ASSAULT", "firearms")),
    ("Thousands of people protested in the capital.", ("PROTEST", "demo")),
    ("The two sides agreed to a ceasefire.", ("AGREE", None)),
    ("France appealed to its allies for military assistance.", ("REQUEST", "assist")),
    ("A car bomb exploded near the checkpoint.", ("ASSAULT", "explosives")),
    # wounding someone is an assault told by its outcome, as killing is
    ("Police wounded two protesters in Nairobi.", ("ASSAULT", None)),
])
def test_typical_triggers(triggers, text, expected):
    hits = triggers(text)
    assert expected in [(h["type"], h["mode"]) for h in hits], hits


@pytest.mark.parametrize("text,shots", [
    # over a matter of debate: words
    ("The two candidates traded fire over tax policy in a heated televised debate.", False),
    ("Ministers exchanged fire in parliament over the budget on Tuesday.", False),
    ("Senators traded fire over the war in Gaza during a heated hearing in Washington on Tuesday.", False),
    ("The two parties traded fire over corruption allegations in parliament on Tuesday.", False),
    # over a stake held by force or a stretch of time: shots
    ("Rival gangs traded fire over control of a drug route in Sinaloa, leaving four dead.", True),
    ("Israeli and Hezbollah forces exchanged fire over several hours along the border on Sunday.", True),
    ("Rival clans exchanged fire over a land dispute in the region.", True),
    ("Indian and Pakistani troops exchanged fire over the weekend in Kashmir, killing a soldier.", True),
])
def test_fire_exchanged_over_a_topic_is_words_over_a_stake_or_a_time_shots(triggers, text, shots):
    assert bool([h for h in triggers(text) if h["lemma"] in ("exchange", "trade")]) is shots


def test_earthquake_is_incident_and_its_hit_is_no_attack(triggers):
    hits = triggers("The earthquake hit the town before dawn.")
    assert "INCIDENT" in types(hits)
    assert "ASSAULT" not in types(hits)


@pytest.mark.parametrize("text, lemma, violent", [
    # an ill of society fought, a rival beaten at the polls, a heart beating: no violence
    ("Tunisia pledged to fight terrorism and corruption.", "fight", False),
    ("Democratic incumbent Linda Pierce won, beating Republican challenger Reba Rae.", "beat", False),
    ("The man's heart was beating on its own.", "beat", False),
    # parties fought and people beaten are
    ("Rebels fought government forces near Aleppo.", "fight", True),
    ("Police beat protesters in Cairo on Friday.", "beat", True),
])
def test_everyday_fights_and_beatings(triggers, text, lemma, violent):
    assert bool([h for h in triggers(text) if h["lemma"] == lemma]) is violent


@pytest.mark.parametrize("text", [
    "Tragedy struck the theater in 1950.",
    "The financial crisis hit the region hard last year.",
    # what is struck is a figure of speech, or the verb's particle makes it another verb
    "The speech struck a sensitive nerve among residents.",
    "He struck a conciliatory tone at the meeting.",
    "Alan Wood strikes out in the marathon.",
])
def test_a_misfortune_or_a_figure_of_speech_struck_is_no_act(triggers, text):
    assert not [h for h in triggers(text) if h["lemma"] in ("strike", "hit")]


@pytest.mark.parametrize("text", [
    "A pickup truck struck a utility pole on Jefferson Road.",
    "A grass fire burned about 200 acres near the town.",
    "A fuel tank fire killed three workers at the depot.",
    "A gun store fire killed two employees on Monday.",
    # a car by its make, a wreck; a vehicle hit where no one is named hitting it
    "A 1993 brown Cadillac struck the pickup truck on Kelley Lane.",
    "A motorcycle wreck killed a passenger on Rivers Avenue.",
    "The Oldsmobile was unable to stop before striking the Toyota.",
])
def test_a_vehicle_or_a_fire_that_strikes_or_burns_is_an_accident(triggers, text):
    hits = [h for h in triggers(text) if h["lemma"] in ("strike", "burn", "kill")]
    assert [h["type"] for h in hits] == ["INCIDENT"], triggers(text)


def test_fuel_burnt_is_no_arson(triggers):
    assert not [h for h in triggers("The plant will burn coal to make power.") if h["lemma"] == "burn"]
    assert [h["lemma"] for h in triggers("Rioters burned cars in Paris on Friday.")] == ["burn"]
    # a market struck is a place hit
    assert [h["lemma"] for h in triggers("Jets struck a market in Idlib on Monday.")] == ["strike"]


def test_a_vehicle_hit_by_an_attack_is_no_crash(triggers):
    # of a passive, its "by" phrase did the hitting, not its subject
    hits = [h for h in triggers("A car was hit by a drone strike in Yemen on Monday.") if h["lemma"] == "hit"]
    assert [h["type"] for h in hits] != ["INCIDENT"]


@pytest.mark.parametrize("text", ["Mortar fire kills 3 in Damascus", "Artillery fire killed two soldiers on Monday."])
def test_fire_from_a_weapon_that_kills_is_an_attack(triggers, text):
    assert [h["type"] for h in triggers(text) if h["lemma"] == "kill"] == ["ASSAULT"], triggers(text)


@pytest.mark.parametrize("text", [
    "A car bomb struck a crowded market on Monday.",
    "Militants burned the village after the attack.",
])
def test_bombs_and_militants_still_attack(triggers, text):
    assert "ASSAULT" in types(triggers(text)), triggers(text)


def test_trigger_offsets_lie_in_their_sentence(nlp):
    doc = nlp("Rebels attacked a checkpoint. Police arrested two men. The minister said it was calm.")
    for sent in doc.sents:
        for h in find_triggers(doc, sent):
            assert sent.start <= h.start <= h.head < h.end <= sent.end


def test_lexicon_types_are_known():
    assert {t.type for t in LEXICON.values()} <= set(EVENT_TYPES)
    for key, t in LEXICON.items():
        assert set(t.pos) <= {"V", "N"} and t.pos, key


def test_an_accident_in_an_arrest_story_is_not_coded_as_an_arrest(run_text):
    res = run_text("Police arrested two men on Saturday after a chase that ended when their pickup truck "
                   "struck a utility pole, police said.")
    kinds = {e.trigger.text: (e.type, e.acled_sub_event_type) for e in res.events}
    assert kinds.get("arrested") == ("COERCE", "Arrests"), kinds
    assert kinds.get("struck") == ("INCIDENT", None), kinds


@pytest.mark.parametrize("text, word, kind", [
    ("Seven militants were killed in two accidental explosions in the province on Friday.", "explosions", "INCIDENT"),
    ("At least 29 rebels died in a premature car bomb blast in the city on Sunday.", "bomb blast", "INCIDENT"),
    ("The bomb exploded prematurely, killing the two men who were planting it.", "exploded", "INCIDENT"),
    ("A car bomb blast killed 12 people in the market.", "bomb blast", "ASSAULT"),
    # gas or a boiler going off by itself, with no word of an attack
    ("A gas explosion killed six people in an apartment building in Tehran on Sunday.", "explosion", "INCIDENT"),
    ("A boiler blast killed two workers at a school in Kano on Monday.", "blast", "INCIDENT"),
    ("A gas explosion at a checkpoint was a suicide attack, the police said.", "explosion", "ASSAULT"),
])
def test_an_explosion_the_text_calls_unintended_is_an_accident_whoever_carried_the_bomb(run_text, text, word, kind):
    kinds = {e.trigger.text: e.type for e in run_text(text, "2020-01-10").events}
    assert kinds.get(word) == kind, kinds


@pytest.mark.parametrize("text, word, mode", [
    ("The European Union imposed new sanctions on the ministers.", "sanctions", "discontinue"),  # "imposed … sanctions"
    ("Washington sanctioned two banks on Friday.", "sanctioned", "discontinue"),
    ("A court sentenced the journalist to six years in prison.", "sentenced", "convict"),
    ("A jury convicted three men of the robbery.", "convicted", "convict"),
])
def test_sanctions_and_court_sentences_reduce_relations_as_the_plover_manual_says(triggers, text, word, mode):
    hit = next(h for h in triggers(text) if h["text"].endswith(word))
    assert (hit["type"], hit["mode"]) == ("SANCTION", mode)


@pytest.mark.parametrize("text, recalled", [
    ("Slovenia recalled its ambassador to Moscow on Monday.", True),
    ("The ambassador was recalled for consultations.", True),
    ("She can still recall the last memory of her mother.", False),  # remembering
    ("Recalling the two occasions, the owner said he was sure.", False),
])
def test_recall_is_a_sanction_only_of_envoys_or_troops(triggers, text, recalled):
    assert ("SANCTION" in types(triggers(text))) is recalled


@pytest.mark.parametrize("text, is_request", [
    ("The Netherlands asked NATO for more jets.", True),
    ("Police asked residents to stay indoors.", True),
    ("Anyone with information is asked to contact the police.", True),
    ("Ankara asked Turkey's permission to use the base.", True),
    ("Kyiv asked that the UN send observers.", True),
    ("When asked about her father's health, she said he was fine.", False),  # a question
    ("Somebody asked the prosecutor if he was happy with the outcome.", False),
    ('"Is there any doubt?" the prosecutor asked.', False),
])
def test_ask_is_a_request_only_for_something_or_to_act(triggers, text, is_request):
    assert ("REQUEST" in types(triggers(text))) is is_request


@pytest.mark.parametrize("text, kind, is_event", [
    ("The decision was met with shock in Kyiv.", "CONSULT", False),  # issue 13: "met with shock"
    ("The bishop's words were met by hope, tears and applause.", "CONSULT", False),
    ("The minister was met by the ambassador at the airport.", "CONSULT", True),
    ("Islamic State remains a threat to the region.", "THREATEN", False),  # issue 13: "remains a threat"
    ("She withdrew $1,273 from her bank account.", "RETREAT", False),
    ("Russia withdrew its troops from the border.", "RETREAT", True),
])
def test_non_event_senses_make_no_event(triggers, text, kind, is_event):
    assert (kind in types(triggers(text))) is is_event


@pytest.mark.parametrize("text", [
    "The Syrian Coalition called upon the UN Security Council to act.",
    "The Syrian Coalition called on the UN Security Council to act.",
])
def test_calling_upon_is_calling_on(triggers, text):
    assert [(h["lemma"], h["type"]) for h in triggers(text) if h["lemma"] == "call"] == [("call", "REQUEST")]


@pytest.mark.parametrize("text", [
    "Critics attacked the plan as unrealistic.",
    "The bill was killed in committee.",
    "The film is a powerful attack on corruption.",
    "The minister shot down the proposal in parliament.",
    "Prices exploded after the announcement.",
    # an ill fought is no party; weather that hits is no attacker
    "A high school student battles cancer.",
    "She fought the disease for ten years.",
    "Furious winds and hail hit the town on Monday.",
])
def test_violence_done_to_an_idea_or_by_a_quantity_is_no_event(triggers, text):
    assert [h for h in triggers(text) if h["type"] in ("ASSAULT", "CRIME", "INCIDENT")] == []


@pytest.mark.parametrize("text", [
    "Rebels attacked the convoy near Idlib.",
    "Three soldiers were killed in the attack on the base.",
    "A car bomb exploded in the market.",
    "Militants hit a checkpoint near Homs.",
    "Rebels battled government troops in Homs.",
    "A rain of rockets hit the city on Tuesday.",  # weather words for fire
    "A hail of bullets hit the car.",
])
def test_violence_done_to_people_places_and_things_stays_an_event(triggers, text):
    assert [h for h in triggers(text) if h["type"] in ("ASSAULT", "CRIME", "INCIDENT")]


@pytest.mark.parametrize("text, event", [
    # a prize won, a mood or an image recorded, a launch: nothing taken or blown up
    ("The poodle captured the championship on Sunday.", False),
    ("The film captures the excitement of the city.", False),
    ("Security cameras captured footage of the gunman.", False),
    ("The film captured the hearts of millions.", False),
    ("The team seized the lead in the second half.", False),
    ("Russian-American Crew Blasts Off to Space Station.", False),
    ("Rebels captured the town of Idlib.", True),
    ("Troops captured three militants.", True),
    ("Police seized weapons and drugs.", True),
    ("Rebels captured the heart of Mosul on Sunday.", True),
    ("Police seized child abuse images from his computer.", True),
    ("A blast off the coast of Yemen damaged an oil tanker.", True),
    ("A bomb blast killed five people in Kabul.", True),
])
def test_what_is_captured_or_blasted_says_whether_it_is_an_event(triggers, text, event):
    assert bool(triggers(text)) is event


@pytest.mark.parametrize("text, violent", [
    # what firefighters fight is no party
    ("No firefighters were injured fighting the fire.", []),
    ("Firefighters launched an initial attack on the flames.", []),
    ("Crews battled the blaze for six hours.", []),
    # opening fire is the shooting itself, and fighting people is fighting
    ("A rebel opened fire at troops.", ["opened fire"]),
    ("The army is fighting rebels near the border.", ["fighting"]),
])
def test_fighting_a_fire_is_no_violence(triggers, text, violent):
    assert [h["text"] for h in triggers(text) if h["type"] == "ASSAULT"] == violent


@pytest.mark.parametrize("text, word, event", [
    # "demonstrate" that shows something is no protest, unless protesters show it
    ("This was also demonstrated by our decision.", "demonstrated", False),
    ("The army demonstrated its resolve.", "demonstrated", False),
    ("Protesters demonstrated their anger outside parliament.", "demonstrated", True),
    ("Thousands of farmers demonstrated their anger at the new law.", "demonstrated", True),
    ("Students demonstrated their opposition to the war in central Paris.", "demonstrated", True),
    ("North Korea demonstrated its nuclear capability in a test on Friday.", "demonstrated", False),
    ("Students demonstrated their skills at the science fair.", "demonstrated", False),
    ("This was demonstrated in the election results.", "demonstrated", False),
    ("Thousands demonstrated in the capital on Friday.", "demonstrated", True),
    # being committed to something is no commitment made
    ("His office is committed to a fair investigation.", "committed", False),
    ("The two sides committed to a ceasefire.", "committed", True),
    # talk of sanctions is speculation; talks are talks
    ("They said talk of sanctions against Moscow was groundless.", "talk", False),
    ("Talks between the two sides resumed.", "Talks", True),
    # pressing on with something goes on with it; pressing someone asks
    ("Government forces pressed on with their offensive near Douma.", "pressed", False),
    ("Israel is pressing ahead with plans to build homes.", "pressing", False),
    ("The US pressed Pakistan to act against militants.", "pressed", True),
    ("The European Union pressed Turkey on human rights.", "pressed", True),  # "on" what, not "on" with it
    ("The officer pressed his own weapon into the suspect's back.", "pressed", False),  # a push
    # the police book a person into a jail, on a charge or for an offence; flights, hotels and shows are booked too
    ("Man booked for teen assault", "booked", True),
    ("He was booked into the Dane County Jail on Monday.", "booked", True),
    ("Police booked him on charges of theft.", "booked", True),
    ("She booked a flight for Monday.", "booked", False),
    ("The hotel was booked for the weekend.", "booked", False),
    ("Jane Doe was booked for a show in Las Vegas.", "booked", False),
    ("The suspect was arrested and booked into jail.", "booked", False),  # the arrest, told once
    ("Rashford was booked for a late hit on the goalkeeper.", "booked", False),  # a yellow card
    ("The opposition leader was booked for talks with the prime minister.", "booked", False),
    ("Egypt and Qatar pressed Hamas into accepting a ceasefire proposal.", "pressed", True),
    ("Officers pressed Floyd into the pavement for nine minutes.", "pressed", False),
    # seeking to do something tries it; seeking a term runs for it; seeking help or asylum asks
    ("Peres seeks to allay European suspicions about the new government.", "seeks", False),
    ("President Aliyev is seeking his fourth term in the election.", "seeking", False),
    ("The government sought international help after the floods.", "sought", True),
    # meeting a standard satisfies it
    ("The new prison meets its idea of urban revitalization.", "meets", False),
    ("Iran has met the deadline set by the agency.", "met", False),
    ("Putin met Erdogan in Sochi on Monday.", "met", True),
    ("The resolution calls for an immediate ceasefire.", "calls", True),
    # a deal's provisions are its content, not a request made
    ("The deal also calls for the city to pay $75,000 in damages.", "calls", False),
    ("The peace plan calls for the withdrawal of foreign troops.", "calls", False),
    # what is released as a publication, or captured on film, is no one set free or held
    ("The names of the victims were released on Monday.", "released", False),
    ("A statement released by the ministry denied the report.", "released", False),
    ("This photo captured from the town of Nusaybin shows smoke rising.", "captured", False),
    ("Images captured by residents showed burning cars.", "captured", False),
    ("More information has been released on the arrest of a Paris woman.", "released", False),
    # a patient sent home, a news release, or a release that names no one, sets no one free
    ("Two children were treated at Mercy Memorial Hospital in Urbana and released on Saturday.", "released", False),
    ("The boy was released from the hospital on Sunday.", "released", False),
    ("The dog was stolen from its kennel, police said in a news release.", "release", False),
    ("The PPD said in a release that some people in the community received the message.", "release", False),
    ("The identities of the two men were released on Monday.", "released", False),
    ("Iran released 12 Britons on Monday.", "released", True),
    # battling or fighting to do something is striving, unless armed men fight to take ground
    ("The opposition is battling to oust the president, whom it accuses of fraud.", "battling", False),
    ("The company is fighting to keep its license in Ohio.", "fighting", False),
    ("The SDF hold 40 per cent of the town and are fighting to take it.", "fighting", True),
    ("Rebels are fighting to oust government forces from the town.", "fighting", True),
    # violence words in everyday senses: an illness or an animal, a battle with cancer, a job lost, a match won
    ("A 72-year-old man died of an apparent heart attack Saturday in Hutchinson.", "attack", False),
    ("A man was hospitalised after a killer bee attack in Las Vegas.", "attack", False),
    ("Man recovers after 'killer bee' attack in Silverado Ranch area", "attack", False),
    ("The pastor died Sunday after a battle with cancer.", "battle", False),
    ("The mayor fired him on Tuesday after an audit.", "fired", False),
    ("The board fired the coach on Tuesday.", "fired", False),
    ("Petrojet beat Ismaili on Monday 1-0 in Cairo.", "beat", False),
    ("Gunmen fired on a bus in Karachi on Monday.", "fired", True),
    ("Government forces beat protesters in Harare on Monday.", "beat", True),
    ("Rebels launched an attack on an army post in Idlib.", "attack", True),
    # a promise that is a chance of success, or a speaker's assurance of what was just said, pledges nothing
    ("Stroke-blocking device shows promise, doctors say.", "promise", False),
    ("This is research that we think has an awful lot of promise.", "promise", False),
    ("'He will not be forgotten, Kate, that I promise you,' he said.", "promise", False),
    ("I promise you we will rebuild this city, the mayor said.", "promise", True),
    ("The board made a promise that the tax rate would not change.", "promise", True),
    ("Iran promised to release the sailors on Monday.", "promised", True),
    ("Officials announced the release of the detained journalist in Baku.", "release", True),
    # a quantity released is of what it counts; a bare release after a word of time is the story's person's
    ("Israel agreed to the release of hundreds of Hamas operatives.", "release", True),
    ("Thousands of inmates were released on Monday.", "released", True),
    ("Upon release, he fled to Mexico.", "release", True),
    # a patrol fired on is a party attacked; one sent out is a deployment
    ("Armed groups opened fire on an army patrol in the Bekaa Valley.", "patrol", False),
    ("Gunmen ambushed a police patrol near Kirkuk.", "patrol", False),
    ("Police increased their patrols in the area.", "patrols", True),
    ("Army patrol ambushed in Sinai", "patrol", False),
    ("Patrol attacked by mob", "Patrol", False),
    # a figure released is a person; what armed men capture is held, whatever the parse hangs it on
    ("A prominent opposition figure was released from prison in Baku.", "released", True),
    ("Images of the town captured by rebels last week show widespread destruction.", "captured", True),
    # an artery severed, the right of way not yielded, a worker calling in sick: no ties, concession or request
    ("One bullet hit Mohanna in the back, severing her pelvic artery.", "severing", False),
    ("Saudi Arabia severed ties with Qatar on Monday.", "severed", True),
    ("Diplomatic relations were severed in 2012.", "severed", True),
    ("Qatar severed its relationship with the Taliban office last year.", "severed", True),
    # an order to another state's envoys to leave is an expulsion; other orders are told by their own words
    ("Russia ordered 20 British diplomats to leave within a week.", "ordered", True),
    ("Russia ordered its troops to withdraw from Kherson.", "ordered", False),
    ("Britain ordered embassy staff to leave Kabul.", "ordered", False),
    ("The court ordered his release on Monday.", "ordered", False),
    ("The Toyota failed to yield the right of way to the Oldsmobile.", "yield", False),
    ("The rebels refused to yield to the army's demands.", "yield", True),
    ("He had called in sick for the previous three days.", "called", False),
    # the police catch the wanted, not a cold, a bus or civilians in crossfire
    ("Troops caught two gunmen near the border on Monday.", "caught", True),
    ("Police catch murder suspect after hours-long hunt", "catch", True),
    ("The robber was nabbed by deputies in Ocala.", "nabbed", True),
    ("Civilians were caught in the crossfire.", "caught", False),
    ("He caught the bus to Leeds on Monday.", "caught", False),
    # a participle hyphened to a noun before it is a quality; the verb itself threatens
    ("Another victim has life-threatening injuries from the shooting.", "threatening", False),
    ("Gunmen were threatening residents with rifles.", "threatening", True),
    # a past participle hyphened to the word before it is a state told as a quality; the verb occupies
    ("Some 20000 settlers live in the Israeli-occupied Golan.", "occupied", False),
    ("Buses left the opposition-besieged towns of al-Foua and Kefraya on Monday.", "besieged", False),
    ("Rebels occupied the town hall of Idlib on Monday.", "occupied", True),
    # a bare verb opening its sentence tells the reader what to do; with a subject it is told
    ("For tickets and information, call Gordy at (908) 782-6983.", "call", False),
    ("Call 463-3950 or visit the library to register; space is limited.", "visit", False),
    ("The president will visit the library in Dayton on Monday.", "visit", True),
    # a question asked is no request: a wh-clause or a question mark; asking someone to act is one
    ("Asked who they would vote for in an election, 2.1 percent declared support for the party.", "Asked", False),
    ('"Can you show me even one fighter here?" asked Jihad, who survived the bombing.', "asked", False),
    ("The government asked the UN to send monitors to Aleppo on Monday.", "asked", True),
    # a relative clause the parse hangs on "ask", or a wh-word before it, puts no question
    ("The district will ask the state to forgive one of its missed school days, which will allow students to "
     "finish early.", "ask", True),
    ("What we're being asked to do has never been done before, the mayor said.", "asked", True),
    # a source declining to speak rejects nothing, and its withheld words are no talks; refusing an act is a refusal
    ("The police chief declined to comment on the shooting in Dayton on Monday.", "declined", False),
    ("So far police have refused to discuss what prompted the fatal beating.", "refused", False),
    ("So far police have refused to discuss what prompted the fatal beating.", "discuss", False),
    ("A spokesman for the army declined comment.", "declined", False),
    ("The rebels refused to withdraw from Aleppo on Monday.", "refused", True),
    ("Barnett declined the officer's request to step out of his vehicle.", "declined", True),
    # "execute" carries out a plan or a warrant; done to people it kills
    ("The projects have been executed by Pakistan Army engineers.", "executed", False),
    ("Islamic State militants executed 20 men in Palmyra on Monday.", "executed", True),
    # an initiative is often a body's name
    ("The Global Initiative urged the government to arrest traffickers.", "urged", True),
    ("The rebels released two hostages on Monday.", "released", True),
    ("The prisoners were released on bail.", "released", True),
    ("Families are awaiting the release of the detainees.", "release", True),
    ("Officials announced a prisoner release in the capital.", "release", True),
    # "for ... to" after "call" is a request only where "call" has no object of its own
    ("Opposition supporters gathered, calling for the president to resign.", "calling", True),
    ("Five men called a general strike for workers to demand higher pay.", "called", False),
    # a phrasal verb that is another verb is no event ...
    ("You can sign up to receive the newsletter here.", "sign", False),
    ("They were supposed to meet up again this morning to fish.", "meet", False),
    ("A court struck down the emergency decree.", "struck", False),
    # ... but a preposition the parse took for a particle leaves the verb its event
    ("Thousands of protesters marched down Whitehall.", "marched", True),
    ("Snipers fired down on protesters from rooftops.", "fired", True),
    ("Gunmen beat up a journalist in Lagos.", "beat up", True),
    ("Rebels fired off rockets at the base.", "fired off", True),
    ("The rebels, backed up by Turkish artillery, advanced on the town.", "backed up", True),
    # throwing is violence only with a projectile thrown
    ("Protesters hurled Molotov cocktails at police in Santiago.", "hurled", True),
    ("A man threw a grenade into a crowd in Kabul.", "threw", True),
    ("The mayor threw a party for the volunteers.", "threw", False),
    ("Biden threw his support behind the bill.", "threw", False),
    ("Volunteers threw bottles of water to migrants in the boat.", "threw", False),  # at no one
    ("Children threw stones into the river near the village.", "threw", False),
])
def test_words_in_a_sense_that_is_no_event(triggers, text, word, event):
    assert (word in [h["text"] for h in triggers(text)]) == event


@pytest.mark.parametrize("text, plea_type", [
    ("Chelsie Hornsburger pleaded guilty to two counts of money laundering.", "CONCEDE"),
    ("He pleaded no contest to the charges.", "CONCEDE"),
    ("Mother in Cass County incest case pleads not guilty.", "REJECT"),
    ("The three men pleaded innocent on Monday.", "REJECT"),
    ("The family pleaded for help from the United Nations.", "REQUEST"),
    ("He did not plead guilty to the charges.", "CONCEDE"),  # a plea that was not made: factuality says so
])
def test_a_plea_in_court_concedes_or_rejects_the_charge(triggers, text, plea_type):
    hits = [h for h in triggers(text) if h["lemma"] == "plead"]
    assert [str(h["type"]) for h in hits] == [plea_type]


@pytest.mark.parametrize("text", [
    "The wounded were taken to hospital in Kabul.",
    "The number of wounded rose to 50 in Gaza.",
])
def test_a_participle_standing_for_people_is_no_act(triggers, text):
    assert [h for h in triggers(text) if h["lemma"] == "wound"] == []


@pytest.mark.parametrize("text, wounded", [
    ("A roadside bomb wounded three people in Helmand.", True),
    ("Two soldiers were wounded in Kabul.", True),
    # the past of "wind", and figures of speech: no one was wounded
    ("Talks between the government and rebels wound up in Geneva on Friday.", False),
    ("The economy was wounded by sanctions, the Iranian minister said.", False),
    ("The remarks wounded the pride of the Iraqi government.", False),
])
def test_wounding_is_said_of_people(triggers, text, wounded):
    assert any(h["lemma"] == "wound" for h in triggers(text)) == wounded


def test_a_crowd_throwing_stones_riots_and_the_stones_are_no_target(run_text):
    (ev,) = run_text("Protesters hurled Molotov cocktails at police in Santiago on Friday.", "2020-06-03").events
    assert (ev.type, ev.mode, ev.cameo) == ("PROTEST", "riot", "145")
    assert [t.text for t in ev.targets] == ["police"]
    ev = next(e for e in run_text("A man threw a grenade at a police patrol in Kabul.", "2020-06-03").events
              if e.trigger.text == "threw")
    assert (ev.type, ev.mode) == ("ASSAULT", "explosives") and "grenade" not in [t.text for t in ev.targets]


@pytest.mark.parametrize("text, kind, target", [
    # arson: the verb with its object "fire", and what was set on fire is the target
    ("Two men set fire to a mosque in Austin on Friday.", ("CRIME", "seize"), "a mosque"),  # private persons
    # a crowd's burning is a riot, as its thrown stones are
    ("Protesters set fire to the parliament building in Kathmandu on Tuesday.", ("PROTEST", "riot"),
     "the parliament building"),
    ("A mob burned down a church in Minya on Friday.", ("PROTEST", "riot"), "a church"),
    # one youth or student is no crowd
    ("A 15-year-old student set fire to his school in Leeds.", ("CRIME", "seize"), "his school"),
    # the parse takes the particle of "burned down" for a preposition: its object is still the target
    ("Militants burned down a school in the village of Kano on Monday.", ("ASSAULT", "seize"), "a school"),
])
def test_arson_is_violence_against_what_was_burned(run_text, text, kind, target):
    (ev,) = run_text(text, "2020-06-03").events
    assert ((ev.type, ev.mode), [t.text for t in ev.targets]) == (kind, [target])


@pytest.mark.parametrize("text", [
    "The regulator set fire safety standards for the industry.",
    "He walked down the street on Friday.",
])
def test_fire_and_particles_in_other_senses_are_no_arson(run_text, text):
    assert run_text(text, "2020-06-03").events == []


@pytest.mark.parametrize("text, protest", [
    # PLOVER manual, ACCUSE: summoning an ambassador to present a grievance is a diplomatic protest
    ("Iran's foreign ministry summoned the British ambassador over the seizure of a tanker.", True),
    ("The British ambassador was summoned to the foreign ministry in Tehran.", True),  # the passive
    ("Tokyo summoned the Chinese charge d'affaires over the incident.", True),
    ("The judge summoned three witnesses.", False),
    ("She summoned the courage to speak.", False),
    ("The judge summoned the former ambassador to testify in the corruption trial.", False),  # a witness
    ("The president summoned his ambassadors to Paris for an annual conference.", False),  # his own
])
def test_summoning_an_envoy_is_a_diplomatic_protest(triggers, text, protest):
    hits = [h for h in triggers(text) if h["lemma"] == "summon"]
    assert [(str(h["type"]), h["mode"]) for h in hits] == ([("ACCUSE", "disapprove")] if protest else [])


def test_a_coroners_inquest_is_an_investigation(triggers):
    hits = triggers("A coroner's inquest ruled on Friday that the fatal police shooting of a local man was justified.")
    assert any(h["text"] == "inquest" and h["type"] == "INVESTIGATE" for h in hits)


@pytest.mark.parametrize("text, word, mode", [
    ("At least seven people died when a bomb went off in a market in Mogadishu.", "went off", "explosives"),
    ("An explosive device went off outside the embassy, wounding two guards.", "went off", "explosives"),
    ("A roadside bomb went off as the convoy passed.", "went off", "explosives"),
    # what else "goes off" is no attack
    ("The fire alarm went off twice during the session.", "went off", None),
    ("The party congress went off without a hitch.", "went off", None),
    ("A device went off in the lab, the university said.", "went off", None),
    # a review's made-up copy: a pronoun, a path, munitions that hurt no one
    ("Mine went off at 6 a.m., the witness told the court.", "went off", None),
    ("The rocket went off course shortly after launch.", "went off", None),
    ("Celebratory rockets went off across the city after the ceasefire.", "went off", None),
    ("Stun grenades went off as police dispersed the crowd.", "went off", None),
    ("Two rockets landed near the US embassy late on Sunday.", "landed", "heavy-weapons"),
    ("Shells fell on residential neighbourhoods of Donetsk on Tuesday.", "fell", "heavy-weapons"),
    # what else lands or falls is no attack
    ("The plane landed safely in Kabul.", "landed", None),
    ("Oil prices fell sharply on Monday.", "fell", None),
    ("The town fell to rebels after days of fighting.", "fell", None),
    ("A drone landed on the lawn of the presidential palace.", "landed", None),
    # a review's made-up copy: a test at sea, a safe landing, figurative and other senses
    ("A test missile launched by Pakistan landed in the Arabian Sea.", "landed", None),
    ("The rocket landed safely on a drone ship in the Atlantic.", "landed", None),
    ("The missile fell short of expectations, analysts said.", "fell", None),
    ("The shell of the building fell into the street.", "fell", None),
])
def test_only_a_munition_that_goes_off_lands_or_falls_is_an_attack(triggers, text, word, mode):
    # mode: the attack's mode; None where the words tell no attack
    hits = [h for h in triggers(text) if h["text"] == word]
    assert [(h["type"], h["mode"]) for h in hits] == ([("ASSAULT", mode)] if mode else [])


@pytest.mark.parametrize("text, word, stoppage", [
    ("Teachers strike over pay in Oakland", "strike", True),
    ("Nurses went on strike at three hospitals on Monday.", "strike", True),
    ("Dock workers launched a 24-hour strike on Tuesday.", "strike", True),
    # a blow or a raid stays one
    ("Russian missiles strike Kyiv overnight", "strike", False),
    ("An air strike hit the hospital on Monday.", "strike", False),
    # workers struck, striking back, or named near a blow (a review's made-up copy)
    ("Two nurses were struck by gunfire during clashes.", "struck", False),
    ("Workers struck back at police with stones.", "struck", False),
    ("An Israeli strike on a house killed a doctor and two nurses.", "strike", False),
])
def test_a_strike_by_workers_is_a_protest_not_a_blow(triggers, text, word, stoppage):
    (hit,) = [h for h in triggers(text) if h["text"].split()[-1] == word]
    assert (hit["type"] == "PROTEST") == stoppage, hit


@pytest.mark.parametrize("text, kind", [
    # a headline's verb tagged as a noun keeps its verb sense: protesters storm, no weather
    ("Lebanese protesters storm ministry building", "ASSAULT"),
    ("Protesters storm parliament in Baghdad", "ASSAULT"),
    ("Storm kills 12 in Bangladesh", "INCIDENT"),
])
def test_a_headline_verb_tagged_as_a_noun_keeps_its_verb_sense(triggers, text, kind):
    assert [h["type"] for h in triggers(text) if h["lemma"] == "storm"] == [kind]


def test_a_warrant_executed_is_police_coercion_not_a_killing(triggers):
    (hit,) = [h for h in triggers("On Thursday morning, the Concord Police executed two search warrants.")
              if h["text"] == "executed"]
    assert str(hit["type"]) == "COERCE"


@pytest.mark.parametrize("text", [
    "More than 20 militants of the Daesh terrorist group (banned in Russia) were killed near Raqqa on Tuesday.",
    "Jabhat al-Nusra, a group outlawed in Russia, shelled Aleppo on Monday.",
])
def test_a_bodys_legal_standing_is_no_act_and_no_place(run_text, text):
    res = run_text(text, "2016-05-03")
    assert not any(e.trigger.text in ("banned", "outlawed") for e in res.events)
    assert not any(e.location is not None and e.location.country == "RUS" for e in res.events)


def test_a_ban_told_as_an_act_is_one(run_text):
    res = run_text("Police dispersed a rally banned by the authorities in Minsk on Sunday. Russia banned the "
                   "group in 2003.", "2016-05-03")
    assert sum(e.trigger.text == "banned" for e in res.events) == 2
