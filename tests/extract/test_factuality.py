"""Factuality of a trigger: asserted, planned, denied, negated, claimed, hypothetical."""
from __future__ import annotations

import pytest

from eventwire.extract.factuality import factuality_of
from eventwire.extract.triggers import find_triggers


@pytest.fixture(scope="module")
def fact(nlp):
    def run(text: str, lemma: str) -> str:
        """Factuality of the (first) trigger whose head lemma is `lemma`."""
        doc = nlp(text)
        for sent in doc.sents:
            for h in find_triggers(doc, sent):
                if doc[h.head].lemma_.lower() == lemma:
                    return factuality_of(doc[h.head])
        raise AssertionError(f"no trigger with lemma {lemma!r} in {text!r}: "
                             f"{[(t.text, t.lemma_, t.pos_, t.dep_) for t in doc]}")
    return run


@pytest.mark.parametrize("text,lemma", [
    ("The army will attack the city next week.", "attack"),
    ("Russia will double its attacks on the group.", "attack"),
    ("The country plans to strike the camps.", "strike"),
    ("The government plans to deploy troops on the border.", "deploy"),
    ("The president promised to send troops.", "send"),
    ("The minister vowed to arrest the organisers.", "arrest"),
    ("He said Denmark would join the strikes.", "join"),
    ("The government committed to holding talks next month.", "hold"),
    # an infinitive relative clause is no fact told
    ("Finland will give Tanzania a grant over the next three years to finance several projects.", "finance"),
    # a time clause or a present relative clause under a future shares its mood
    ("The rebels will release the hostages after the government frees 50 prisoners.", "free"),
    ("Police will arrest anyone who attacks a checkpoint.", "attack"),
    ("Workers plan a walkout during the president's visit on Friday.", "visit"),
])
def test_planned(fact, text, lemma):
    assert fact(text, lemma) == "planned"


@pytest.mark.parametrize("text,lemma", [
    ("The ministry denied that its forces bombed the hospital.", "bomb"),
    ("The army denied shelling the village.", "shell"),
])
def test_denied(fact, text, lemma):
    assert fact(text, lemma) == "denied"


@pytest.mark.parametrize("text,lemma", [
    ("The army did not attack the village.", "attack"),
    ("Police have not arrested anyone.", "arrest"),
    ("There was no attack on the convoy.", "attack"),
    # not allowed or not able to do it, whatever the "would" before
    ("National Guard personnel would not be allowed to arrest people crossing the border.", "arrest"),
    ("Families with minor children cannot be held in detention for more than 20 days.", "detention"),
])
def test_negated(fact, text, lemma):
    assert fact(text, lemma) == "negated"


@pytest.mark.parametrize("text,lemma", [
    ("Troops did not hesitate to open fire on the crowd.", "open"),
    ("Police did not say why they arrested the man.", "arrest"),
    ("The rebels have not stopped attacking army positions despite the truce.", "attack"),
    ("The gunmen did not bother to hide their faces as they robbed the bank.", "rob"),
    ("Officials cannot confirm that 12 people were killed in the attack.", "attack"),
])
def test_a_negation_above_that_leaves_the_act_done(fact, text, lemma):
    assert fact(text, lemma) == "asserted"


@pytest.mark.parametrize("text,lemma", [
    ("Some of the foiled attacks against the country were planned abroad.", "attack"),
    ("Police foiled attacks on two churches.", "attack"),
    ("Security forces thwarted a bombing at the airport.", "bombing"),
])
def test_foiled_attacks_are_negated(fact, text, lemma):
    assert fact(text, lemma) == "negated"


@pytest.mark.parametrize("text,lemma", [
    ("Nigerian troops repelled an attack by Boko Haram fighters on a base in Borno.", "attack"),
    ("The army said it had repulsed an assault on the town.", "assault"),
])
def test_a_repelled_attack_was_made(fact, text, lemma):
    assert fact(text, lemma) == "asserted"


@pytest.mark.parametrize("text,lemma", [
    ("The army said it had repulsed an attempt by militants to seize the town of Djibo.", "seize"),
    ("Troops repelled an attempt by rebels to capture Goma.", "capture"),
])
def test_a_repelled_attempt_failed(fact, text, lemma):
    assert fact(text, lemma) == "negated"


@pytest.mark.parametrize("text,lemma,mode", [
    ("Protesters set fire to part of the parliament building after storming it.", "storm", "asserted"),
    ("A vehicle touched off a bomb, setting off an explosion that killed four.", "explosion", "asserted"),
    ("The army is set to launch an offensive on the city.", "offensive", "planned"),
    ("Israel set for ground offensive in Gaza, officials say", "offensive", "planned"),
    ("Rebels ready for assault on capital, commander says", "assault", "planned"),
])
def test_set_intends_only_through_an_infinitive(fact, text, lemma, mode):
    assert fact(text, lemma) == mode


@pytest.mark.parametrize("text,lemma", [
    ("If the rebels attack the city, the army will respond.", "attack"),
    ("The rebels could attack the city.", "attack"),
])
def test_hypothetical(fact, text, lemma):
    assert fact(text, lemma) == "hypothetical"


def test_claimed(fact):
    assert fact("Rebels allegedly attacked the checkpoint.", "attack") == "claimed"


@pytest.mark.parametrize("text,lemma,mode", [
    # claiming the act itself, like claiming responsibility for it, says that it happened
    ("The Islamic State group claimed the bombing of the bus station.", "bombing", "asserted"),
    ("Al-Shabaab claimed the attack on the hotel.", "attack", "asserted"),
    # and what the claimed attack did
    ("ISIS claims Brussels attacks that killed 32.", "kill", "asserted"),
    ("The Islamic State group claimed the attack on a police station, killing at least 17 people.", "kill",
     "asserted"),
    ("The Islamic State group claims the double suicide bomb attack that hit a police station in Damascus "
     "on Monday killing at least 17 people.", "kill", "asserted"),
    # an attack the claim says another did is an allegation ("police raids")
    ("Villagers claimed police raids killing three people.", "kill", "claimed"),
    # a participle under a claim of no attack stays the claimant's word
    ("The rebels claimed to have shot down a helicopter, killing its crew.", "kill", "claimed"),
    # a claim that someone did it does not, nor a capture claimed
    ("Officials claimed that the army shelled the town.", "shell", "claimed"),
    ("Russia claimed the capture of Bakhmut.", "capture", "claimed"),
])
def test_claiming_an_act_asserts_it(fact, text, lemma, mode):
    assert fact(text, lemma) == mode


@pytest.mark.parametrize("text,lemma", [
    ("Rebels attacked the checkpoint on Monday.", "attack"),
    ("Government forces shelled the village.", "shell"),
    ("Police arrested 12 protesters.", "arrest"),
    ("The minister said the army had attacked the town.", "attack"),
    ("Warplanes carried out air strikes on the city.", "strike"),
    # "commit" is an intent only with "to": a massacre committed is done
    ("The regime committed a horrific massacre in the town on Tuesday.", "massacre"),
    # a concessive or temporal clause, or a relative clause, is told as fact under a main clause's mood
    ("Although both are charged with murder, the conspiracy allegations might be withdrawn.", "charge"),
    ("Police may charge the man who attacked the guard.", "attack"),
    # talks under way as a circumstance of what someone wants are not what is wanted
    ("The city, in talks with the county, wants a new prison.", "talk"),
])
def test_plain_past_is_asserted(fact, text, lemma):
    assert fact(text, lemma) == "asserted"
