"""The red-flag list as reviewed data and the engine that applies it.

Every example in bot/data/red_flags.yaml is a test (semgrep's `ruleid`/`ok` idea): each `flag` example must raise
its flag's tier, each `ok` example must not be as urgent, and every `not_urgent_examples` entry must raise nothing.
The engine's behaviours (stems, typos, negation, not-now context, readings of numbers) are pinned here too, and a
broken list is reported as file:line problems.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.errors import KnowledgeError
from bot.flag_list import load_rules, rules, strict_loader
from bot.flags import RULES, TIERS
from bot.screen import find_urgency

RULESET = rules()


@pytest.mark.parametrize("flag", RULESET.flags, ids=lambda f: f.id)
def test_each_flag_does_what_its_examples_say(flag) -> None:  # type: ignore[no-untyped-def]
    """Each failing example as 'red_flags.yaml:line: id: example should be …, got …' (fourteenth outside trial: a
    clinician got a dump of the engine's objects)."""
    problems = RULESET.check_flag(flag)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("text", RULESET.calm_examples)
def test_everyday_complaints_raise_nothing(text: str) -> None:
    assert RULESET.find(text) is None


def test_every_flag_names_its_source_and_the_list_is_ordered_by_tier() -> None:
    assert len(RULESET.flags) >= 60
    assert all(f.source.strip() for f in RULESET.flags)
    tiers = [TIERS.index(f.tier) for f in RULESET.flags]
    assert tiers == sorted(tiers)
    assert RULESET.check() == []


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("my chest hurts", "emergency"),  # word forms: hurt / hurts / hurting
        ("my chest is hurting badly", "emergency"),
        ("chest pian and shortnes of breath", "emergency"),  # typos of list words
        ("my brother says his chest feels heavy and tight", "emergency"),  # third person
        (
            "Hi, I had my knee injection two weeks ago and it went fine, thanks for the info. Today though my dad, "
            "who is staying with us, suddenly has slurred speech and his face is drooping on one side. Is the knee "
            "swelling normal?",
            "emergency",
        ),  # the red flag in the middle of a long message
        ("I have dyspnoea and haemoptysis", "emergency"),  # clinical words
        ("temperature of 39.8 after the injection", "emergency"),  # a reading, read as 'high fever'
        ("I think I took 250mg instead of 25mg of my tablets", "emergency"),  # ten times the dose
        ("oxygen saturation 86% and breathing fast", "emergency"),  # NEWS2 red band
        ("HR 120 beats/minute, RR 22 breaths/minute, and BP 92/50 mm Hg", "emergency"),  # NEWS2 aggregate 6
        ("I just want to die", "crisis"),
        # a story tells the signs in the past and the third person: "couldn't" is "can't", "wouldn't" is "won't"
        ("he couldn't move his legs", "emergency"),
        ("he couldn't catch his breath", "emergency"),
        ("he was shaking and jerking and wouldn't respond", "emergency"),
        ("she was bleeding and it wouldn't stop", "emergency"),
        ("I've taken far too many of my sleeping tablets", "emergency"),  # "far too many" is "too many"
        ("she wasn't breathing when we found her", "emergency"),  # "wasn't" said of the sign itself is no denial
    ],
)
def test_the_engine_generalises_beyond_exact_wording(text: str, tier: str) -> None:
    found = RULESET.find(text)
    assert found is not None and found.flag.tier == tier, (text, found and found.flag.id)


@pytest.mark.parametrize(
    "text",
    [
        "no chest pain, just a bit sore",  # negation
        "I don't have chest pain or shortness of breath",  # negation over a list
        "My grandfather had a stroke years ago; can I still have stem cells?",  # history, not now
        "What are the signs of a pulmonary embolism?",  # a general question
        "how can you tell if a cut has gone septic",  # a general question in the second person
        "what is a thunderclap headache",  # asks what the thing is
        "Is my knee brace fitting properly?",  # an everyday sense of a flag word
        "temperature of 37.2, is that fine?",  # a normal reading
        "my blood pressure was 120/80",
        "I couldn't get an appointment until Monday",  # "couldn't" read as "can't" is no sign by itself
        "I couldn't walk far without getting tired",
        "she wouldn't eat her dinner",
    ],
)
def test_negations_history_and_general_questions_raise_no_emergency(text: str) -> None:
    found = RULESET.find(text)
    assert found is None or found.flag.tier == "soon", (text, found.flag.id)


def test_a_denial_that_only_means_not_so_far_is_no_denial_of_a_crisis() -> None:
    found = RULESET.find("the only reason I haven't killed myself yet is my dog")
    assert found is not None and found.flag.tier == "crisis"
    assert RULESET.find("I have not killed myself and I'm not suicidal") is None
    assert RULESET.find("I haven't had any chest pain yet") is None  # only the crisis tier reads 'yet' this way


def test_the_news2_aggregate_counts_the_temperature() -> None:
    found = RULESET.find("temperature 38.5 C, heart rate 112, respiratory rate 22")  # 1 + 2 + 2 points
    assert found is not None and found.flag.id == "vital-signs-red"


def test_vital_signs_below_the_news2_urgent_aggregate_raise_nothing() -> None:
    assert RULESET.find("pulse 95, respiratory rate 18, blood pressure 118/76, oxygen 97%") is None  # aggregate 1


def test_the_bots_own_suggestions_raise_no_alarm() -> None:
    """Suggestions and "did you mean" choices ask "Tell me about <section>": asking one must not alarm anybody."""
    from bot.composer import suggestion_for
    from bot.knowledge import load_knowledge

    sections = {p.section for d in load_knowledge(RULES.parents[2] / "knowledge") for p in d.passages}
    for section in sections:
        found = RULESET.find(suggestion_for(section))
        assert found is None or found.flag.tier == "soon", (section, found and found.flag.id)
    found = RULESET.find("Tell me about chest pain. I have crushing chest pain right now.")
    assert found is not None and found.flag.tier == "emergency"


def test_a_general_question_gets_no_see_a_doctor_advice_either() -> None:
    """An FAQ question about a risk is not a symptom: no amber 'contact your doctor today' box."""
    assert RULESET.find("Is there a risk of infection after the injection?") is None
    assert RULESET.find("Can I get an infection from stem cell injections?") is None
    found = RULESET.find("I have a mild fever since the injection")
    assert found is not None and found.flag.tier == "soon"


def test_negation_does_not_reach_a_later_clause() -> None:
    found = RULESET.find("no fever, but now I have crushing chest pain")
    assert found is not None and found.flag.tier == "emergency"


def _tiny(tmp_path: Path) -> object:
    path = tmp_path / "red_flags.yaml"
    path.write_text(
        "negation: {cues: [no, not], window: 4}\nnot_now: {cues: [years ago]}\nflags:\n"
        "  - id: dizzy-weak\n    tier: emergency\n    class: test\n    source: a published list\n"
        "    together:\n      within: 12\n      words:\n        - [dizzy]\n        - [weak arm, weak arms]\n"
        "    examples: {flag: [dizzy with weak arms]}\n",
        encoding="utf-8",
    )
    return load_rules(path)


def test_symptoms_told_across_sentences_still_count_together(tmp_path: Path) -> None:
    tiny = _tiny(tmp_path)
    assert tiny.find("My mother is very dizzy. She says she has weak arms.") is not None  # type: ignore[attr-defined]
    assert tiny.find("She is dizzy. Her arms are not weak arms at all.") is None  # type: ignore[attr-defined]
    assert tiny.find("I was dizzy years ago. Today I have weak arms.") is None  # type: ignore[attr-defined]
    far = "I felt dizzy. " + "Then we went to the shops and bought bread and milk for the week. " * 2 + "Weak arms."
    assert tiny.find(far) is None  # type: ignore[attr-defined]


def test_a_title_glued_onto_its_post_is_read_apart() -> None:
    found = RULESET.find("Nothing left I want to blow my brains outIt's a disservice to keep trying")
    assert found is not None and found.flag.tier == "crisis"


def test_typo_correction_leaves_ordinary_english_alone() -> None:
    assert RULESET.correct("fitting") == "fitting"  # an ordinary word, not a misspelt 'fainting'
    assert RULESET.correct("brething") == "breathing"


def _broken(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "red_flags.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError) as err:
        load_rules(path)
    return err.value.problems


def test_a_broken_list_is_reported_with_file_and_line(tmp_path: Path) -> None:
    problems = _broken(
        tmp_path,
        "negation: {cues: [no], window: 4}\nflags:\n  - id: a\n    tier: urgentish\n    phrases: [x]\n"
        "  - id: b\n    tier: emergency\n    source: s\n    phrases: [pain]\n    unless: [pains]\n"
        "    examples: {flag: [pain]}\n",
    )
    text = "\n".join(problems)
    assert "red_flags.yaml:3: a: tier must be one of" in text
    assert "red_flags.yaml:3: a: every flag needs the 'source'" in text
    assert "red_flags.yaml:6: b: unless 'pains'" in text and "cancel every match" in text


def test_mistakes_a_clinician_makes_are_reported_not_ignored(tmp_path: Path) -> None:
    """Fourteenth outside trial: an empty source counted as the text "None", an `unless` indented under `together`
    and `okay:` for `ok:` were silently ignored, and "within: ten" stopped the server with a traceback."""
    problems = _broken(
        tmp_path,
        "negation: {cues: [no], window: five}\nflags:\n  - id: a\n    tier: emergency\n    source:\n"
        "    together:\n      within: ten\n      words:\n        - [dizzy]\n        - [weak arm]\n"
        "      unless: [at the gym]\n    examples: {flag: [dizzy with a weak arm], okay: [dizzy at the gym]}\n",
    )
    text = "\n".join(problems)
    assert "red_flags.yaml:3: a: every flag needs the 'source'" in text
    assert "'together' holds only 'words' and 'within', not ['unless']" in text
    assert "'examples' holds only 'flag' and 'ok', not ['okay']" in text
    assert "together within: expected a whole number of words from 0 to 100, got 'ten'" in text
    assert "negation window: expected a whole number" in text


def test_a_key_given_twice_is_an_error(tmp_path: Path) -> None:
    problems = _broken(tmp_path, "flags:\n  - id: a\n    tier: soon\n    tier: emergency\n")
    assert problems and "red_flags.yaml:4" in problems[0] and "twice" in problems[0]


def test_invalid_yaml_names_the_line(tmp_path: Path) -> None:
    problems = _broken(tmp_path, "flags:\n  - id: a\n    phrases: [unclosed\n")
    assert "red_flags.yaml:" in problems[0] and "not valid YAML" in problems[0]


def test_the_shipped_list_lives_beside_the_engine() -> None:
    assert RULES.name == "red_flags.yaml" and RULES.is_file()


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("I haven't had any headaches, dizziness, or episodes of confusion", False),  # a denied list
        ("I haven't had any fever, chills, confusion or rash", False),
        ("no fever, stiff neck, or rash", False),
        ("I don't have a fever, vomiting blood since noon", True),  # no closing "or": a finding after the comma
        ("no fever, my arm has gone numb and my face droops", True),  # the finding does not open its clause
        ("no headache, stiff neck, or confusion, but I am vomiting blood", True),  # "but" ends the denial
    ],
)
def test_a_denial_runs_on_through_a_list_only(text: str, flagged: bool) -> None:
    found = RULESET.find(text)
    assert (found is not None and found.flag.tier == "emergency") == flagged, (text, found and found.flag.id)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("I keep puking up blood", "vomiting-blood"),  # puking -> vomiting
        ("I felt woozy and then blacked out on the stairs", "dizziness-with-red-flags"),  # woozy -> dizzy
        ("my husband is out of it and has a fever of 39 after his transplant", "fever-confusion"),  # out of it
        ("my dad's speech sounds funny all of a sudden", "stroke-speech"),  # plain words for slurred speech
    ],
)
def test_plain_words_are_read_as_the_clinical_words_of_the_list(text: str, flag: str) -> None:
    found = RULESET.find(text)
    assert found is not None and found.flag.id == flag, (text, found and found.flag.id)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("sob after stem cell inj rn help", True),  # SOB, shortness of breath, in phone shorthand
        ("cp n sob since yesterday", True),
        ("I sob every night since the treatment failed", False),  # the verb, to cry: 'I' before it
        ("it made me sob for an hour", False),
    ],
)
def test_a_lay_word_is_not_read_so_right_after_a_word_of_its_not_after_list(text: str, flagged: bool) -> None:
    assert (RULESET.find(text) is not None) == flagged, text


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("my wife is week on one side", True),  # 'weak', typed by voice, right after "is"
        ("my dad is suddenly week on the right side of his body", True),
        ("hes week on his left n cant talk properly", True),
        ("this is my second week on one side of the trial, the placebo arm", False),  # a week, after "second"
        ("I've had a small bruise for a week on my left arm from the blood draw", False),
        ("recovery week on his right leg was brutal but hes walking now", False),
    ],
)
def test_a_lay_phrase_with_only_after_is_read_so_only_after_one_of_its_words(text: str, flagged: bool) -> None:
    found = RULESET.find(text)
    assert (found is not None and found.flag.tier == "emergency") == flagged, (text, found and found.flag.id)


@pytest.mark.parametrize("key", ["not_after", "only_after"])
def test_a_lay_terms_word_lists_take_single_words(tmp_path: Path, key: str) -> None:
    broken = tmp_path / "red_flags.yaml"
    text = RULES.read_text(encoding="utf-8")
    entry = f'lay_terms:\n  - means: vomiting\n    said: ["chunder"]\n    {key}: ["a phrase"]\n    source: "x"\n'
    broken.write_text(text.replace("lay_terms:\n", entry, 1))
    with pytest.raises(KnowledgeError, match=f"{key}: expected a list of single words"):
        load_rules(broken)


def test_a_lay_term_needs_its_source_and_words(tmp_path: Path) -> None:
    broken = tmp_path / "red_flags.yaml"
    text = RULES.read_text(encoding="utf-8")
    broken.write_text(text.replace("lay_terms:\n", 'lay_terms:\n  - means: vomiting\n    said: ["chunder"]\n', 1))
    with pytest.raises(KnowledgeError, match="needs the 'source'"):
        load_rules(broken)


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        ("gave him 50 units when he should have had 5", True),  # the dose meant said after the dose taken
        ("I injected 20 units, I was supposed to inject 2", True),
        ("I was meant to take 5mg but took 50mg", True),  # the dose meant said first
        ("the doctor prescribed 10mg but I took 100mg", True),
        ("my mum took 10x her usual amount of warfarin", True),  # a multiple of the dose meant
        ("took twenty times what the doctor prescribed", True),
        ("I took 20 tablets of paracetamol instead of 2", True),  # "of <drug>" between the dose and "instead of"
        ("I took 2 tablets instead of 1", False),  # under five times: not this reading
        ("she took 3 times the dose", False),
        ("he is 10 times more tired than usual", False),  # a multiple of something that is no dose
        ("I take insulin 3 times a day", False),
    ],
)
def test_dose_errors_of_five_times_or_more_in_plain_words(text: str, urgent: bool) -> None:
    found = RULESET.find(text)
    assert (found is not None and found.flag.tier == "emergency") == urgent, (text, found and found.flag.id)


@pytest.mark.parametrize(
    "text",
    [
        # each a kind of emergency the list used to miss in plain words, written here from the published wording
        "Long story, I had my knee done last spring and it's fine. Tonight my neighbour slipped in her kitchen and "
        "the cut on her arm is bleeding so much it has soaked two towels.",  # the flag in the middle of a long post
        "my son threw up twice and the second time it was mostly blood",
        "my wife's right arm has gone weak and her words are jumbled",
        "my flatmate swallowed a lot of pills and is lying stiff on the bed and won't answer",
        "five days after my stem cell transplant I have a temperature of 38.6 and I'm muddled",
        "my left thigh is swollen, warm to the touch and painful",
        "terrible back pain since yesterday and my crotch feels numb",
        "A 70-year-old man with COPD has had worsening breathlessness and wheeze for two days.",
        "He came back from Nigeria two weeks ago and now has a fever, headache and chills.",
        "the bleeding has not stopped after 10 minutes of pressure",  # NHS cuts: A&E after 10 minutes
        "my back is killing me and I can't feel anything down there when I wipe",
    ],
)
def test_plain_and_clinical_emergencies_from_published_lists(text: str) -> None:
    found = RULESET.find(text)
    assert found is not None and found.flag.tier == "emergency", (text, found and found.flag.id)


@pytest.mark.parametrize(
    "text",
    [
        "Can stem cells cause blood clots in the legs?",  # a general question about risks
        "I had a stroke five years ago, can stem cells help my weak left arm?",  # history
        "Tell me about fever after stem cell therapy",  # the bot's own suggestion
        "my legs are a bit swollen and sore after a long shift",
        "I bleed a lot when I floss my gums",
        "which malaria tablets should I take before my trip to Kenya?",
        "can stem cells help my COPD?",
        "I have COPD and want to know whether stem cells could make my breathing worse",  # a risk question
        "my left arm has been weak since my stroke, would stem cells help?",  # history: "since my stroke"
        "after my stem cell injection I had a slight temperature and felt sleepy",
        "I cut my finger, bled a lot but it stopped after pressing",  # bleeding that has stopped
        "my baby threw up some milk with a tiny streak of blood from a cracked nipple",  # streaks are not haematemesis
    ],
)
def test_risk_questions_history_and_mild_complaints_stay_calm(text: str) -> None:
    found = RULESET.find(text)
    assert found is None or found.flag.tier == "soon", (text, found and found.flag.id)


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        ("I had a stroke in 2019, can stem cells help?", False),  # a past year reads as history
        ("I had a seizure back in March", False),
        ("I was diagnosed with a pulmonary embolism last spring", False),
        ("I overdosed when I was 19, am I eligible?", False),
        ("I was born in 1960 and now I have crushing chest pain", True),  # a birth year is no history of the symptom
        ("my dad had a heart attack in 2015 and today he has crushing chest pain", True),  # the present overrides
        ("I had a stroke years ago and this morning my face is drooping again", True),
        ("when I was walking my face suddenly drooped", True),  # "when I was" + an activity is no history
    ],
)
def test_history_lowers_urgency_unless_the_symptom_is_happening_now(text: str, urgent: bool) -> None:
    found = RULESET.find(text)
    assert (found is not None and found.flag.tier == "emergency") == urgent, (text, found and found.flag.id)


@pytest.mark.parametrize(
    "text",
    [
        # questions this bot's readers ask about the treatment: risks, history, mild or past symptoms, plans
        "Is it normal to feel tired and have a low fever after a stem cell infusion?",
        "Can stem cells cause a stroke?",
        "How common are blood clots after stem cell therapy?",
        "What should I do if my knee is swollen and warm after the injection?",
        "I have a mild headache and feel a bit sick after the injection",
        "My leg is a bit swollen and sore at the injection site",
        "I threw up once after the anaesthetic but feel fine now",
        "Does the treatment hurt? I faint easily at needles",
        "I get lightheaded when I stand up quickly",
        "I had a fall last year and broke my hip, could stem cells help it heal?",
        "My dad had COPD and died of it, does it run in families?",
        "I went to Kenya last year, can I still donate stem cells?",
        "I'm going on holiday to India after my treatment, is that ok?",
        "My husband has been a bit confused since his dementia diagnosis, would stem cells help?",
        "My gums bleed a lot, is that a reason not to have the treatment?",
        "I'm on blood thinners, will I bleed a lot after the injection?",
        "My periods are heavy, will stem cell treatment affect them?",
        "I have pins and needles in my hands at night",
        "I have numbness in my toes from diabetes for years",
        "Will I feel weak after the stem cell transplant?",
        "What happens if I accidentally take my medication twice?",
        "I took two paracetamol instead of one, is that ok?",
        "My arm feels heavy after the flu jab",
        "I had a stroke 3 years ago and my right arm is still weak, can stem cells help?",
        "My mum has jaundice from her gallstones, is she a candidate?",
        "I'm tired of waiting for my appointment",
        "Nobody in my family has had this treatment before",
        "My son vomited after eating too much cake",
        "I cut my finger while cooking, there was a bit of blood but a plaster stopped it",
        "The injection site bled a little and stopped",
        "My back hurts after the spinal injection",
        "I feel faint when I see blood",
        "After the infusion I had chills for an hour, then felt fine",
        "Tell me about blood clots",
        "Tell me about infection after the injection",
        "Can I drink alcohol after stem cell therapy?",
        "My COPD is stable, can I fly after the treatment?",
        "I stepped on a nail last week, do I need a tetanus jab?",
        "My skin looks a bit yellow, is that from the treatment?",
    ],
)
def test_treatment_questions_raise_no_emergency(text: str) -> None:
    found = RULESET.find(text)
    assert found is None or found.flag.tier == "soon", (text, found and found.flag.id)


def test_a_lay_term_may_not_shrink_a_flag_phrase_to_a_bare_word(tmp_path: Path) -> None:
    broken = tmp_path / "red_flags.yaml"
    text = RULES.read_text(encoding="utf-8")
    broken.write_text(
        text.replace('"isn\'t making sense",', '"isn\'t making sense", "doesn\'t know what day it is",', 1)
    )
    with pytest.raises(KnowledgeError, match="reads as the bare word"):
        load_rules(broken)


@pytest.mark.parametrize(
    "text",
    [
        # the ACEP/MedlinePlus warning signs, said as a worried relative would say them
        "my dad's lips have gone grey and he's gasping",
        "she went floppy and her eyes rolled back",
        "my husband is sweating buckets and says his chest is heavy",
        "I can't stop shaking, I'm freezing cold and my skin looks blotchy, I had my stem cell infusion 2 days ago",
        "my son swallowed one of those little round batteries",
        "my grandma fell down the stairs and isn't making sense",
        "I was in a car crash and my neck really hurts and my hands are tingling",
        "my friend drank way too much and is now passed out and throwing up",
        "the baby isn't feeding and is really hard to wake",
        "my leg is cold, white and really painful all of a sudden",
        "I got splashed with drain cleaner on my face",
        "my 4 year old has a temperature and is breathing really fast and seems confused",
        "she's 8 weeks pregnant and has really bad pain on one side and feels faint",
        "I have sudden pain in my testicle and I'm being sick",
        "my toddler has a fever and now he's having a fit",
        "I've got a crushing headache and my neck is stiff and light hurts my eyes",
        "I'm having the worst stomach pain ever and my belly is hard as a rock",
        "my partner suddenly can't understand what I'm saying and is talking gibberish",
        "my hand was crushed in a machine and it's bleeding badly",
        "I was stung and now I'm covered in hives and my voice is hoarse",
    ],
)
def test_warning_signs_in_a_relatives_words(text: str) -> None:
    found = RULESET.find(text)
    assert found is not None and found.flag.tier == "emergency", (text, found and found.flag.id)


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        ("blood pressure (BP) 70/palp, heart rate (HR) 128", True),  # a label in brackets, a palpated pressure
        ("his blood pressure is 80 over 50", True),  # "over" for "/"
        ("T 98°F, RR 14, HR 62, BP 108/70", False),  # "BP 108" beside "98°F" is no temperature
        ("a 3-month-old with RR 40 and HR 132, feeding well", False),  # NEWS2 is not for children
        ("my watch says my blood oxygen is 89", False),  # a smartwatch is no medical oximeter
        ("oxygen saturation 86% on the pulse oximeter", True),
        ("my 3-week-old has a temperature of 101", True),  # fever under 3 months (NICE NG143 red)
        ("my 5 month old has a temperature of 38.1", False),  # a fever, but not under 3 months: see a doctor today
        ("A 45-year-old in an MVC, ejected from the vehicle", True),  # clinical abbreviations read as plain words
        ("we are doing CPR on my neighbour", True),
    ],
)
def test_clinical_readings_of_vital_signs_ages_and_abbreviations(text: str, urgent: bool) -> None:
    found = RULESET.find(text)
    assert (found is not None and found.flag.tier == "emergency") == urgent, (text, found and found.flag.id)


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # gone on for weeks: a doctor today, not an ambulance (NHS: 999 for *sudden* chest pain)
        ("I have had a tight chest and a wet cough for more than a week", "soon"),
        ("i've been sick for the last two weeks with sinus pain, hot flashes and a very tight chest", "soon"),
        ("a heavy chest for over a year, any advice?", "soon"),
        # ... unless the message says it is happening now, or the duration belongs to something else
        ("crushing chest pain for the past two weeks and it is much worse today", "emergency"),
        ("I am 33 weeks pregnant and my chest feels crushed", "emergency"),
        ("I had a cough for a week, now my chest is crushing", "emergency"),
        ("My chest has felt tight for two weeks. Suddenly there is a crushing pain in my chest.", "emergency"),
        ("my chest hurts", "emergency"),
        # "right now" puts it now (the sentences drop "now", which splits clauses, so it was never read before)
        ("I've had chest pain for two weeks and right now it's crushing", "emergency"),
        # a pain that comes and goes, or keeps coming back, is for a GP (NHS 111, Chest pain) ...
        ("my chest pain comes and goes", "soon"),
        ("I get a tight chest every now and then when I climb stairs", "soon"),
        ("I often feel pressure in my chest from time to time when breathing", "soon"),
        ("chest pain that comes and goes, and right now it's crushing and spreading to my arm", "emergency"),
        # fainting more than once over days is for a GP (NHS, Fainting: 'see a GP if you keep fainting') ...
        ("I've fainted twice this week out of nowhere", "soon"),
        ("my mum fainted a few times this month", "soon"),
        # ... unless one does not come round, or another sign is new
        ("he collapsed twice this week and now won't wake up", "emergency"),
        ("I've passed out several times this week, and now I have chest pain", "emergency"),
        # ... and so is chest pain on exertion that stops with rest, stable angina's pattern (NHS, Angina) ...
        ("chest pain that comes on when I walk uphill and goes away within a few minutes of resting", "soon"),
        ("I get chest tightness when I climb stairs, it stops when I rest", "soon"),
        # ... unless it does not stop (NHS, Angina: call 999 if the pain does not stop after resting)
        ("crushing chest pain that doesn't go away when I rest", "emergency"),
        ("I had chest pain walking, it stops with rest but now it's back and won't stop", "emergency"),
        # ... but never a stroke sign: NHS, TIA: 'call 999 even if the symptoms go away'
        ("one side of my face goes numb from time to time", "emergency"),
        ("his speech was slurred for ten minutes and then it came and went", "emergency"),
        ("his face drooped for a few minutes and then it went away", "emergency"),
        ("Complaint: my oxygen drops to the low 80s when I walk, duration: a year", "soon"),
        # AskDocs' "Current medications:" is not "currently": it says nothing of when the symptom is
        ("Current medications: albuterol. I have had this chest ache for the past 6 years.", "soon"),
        ("I have had this chest ache for the past 6 years and I am currently having crushing pain", "emergency"),
        # A lasting mention is said of its own sentence only: an acute one elsewhere stays an emergency (a rule that
        # carried the lowering to every mention was tried and dropped: the independent review of the seventh stop
        # found these lowered)
        ("I've had chest pain for two weeks. An hour ago the chest pain became crushing.", "emergency"),
        (
            "Crushing chest pain an hour ago, the worst I've ever had. I've had chest pain on and off for months.",
            "emergency",
        ),
        ("He has had seizures for years. He has had a seizure lasting 10 minutes.", "emergency"),
        # ... and phrases saying a pain is going, tried and dropped with it, say the opposite when denied
        ("crushing chest pain that hasn't settled down", "emergency"),
        ("Crushing chest pain with barely any relief from rest.", "emergency"),
        ("My crushing chest pain went away for a minute and came straight back", "emergency"),
    ],
)
def test_an_emergency_that_has_lasted_weeks_asks_for_a_doctor_today(text: str, tier: str) -> None:
    found = RULESET.find(text)
    assert found is not None and found.flag.tier == tier, (text, found and found.flag.id)
    assert found.lasting == (tier == "soon")


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # "in the past" is history, but "in the past hour" is a span that runs up to now
        ("in the past hour I've had crushing chest pain and sweating", "emergency"),
        ("in the past 24 hours my dad has become confused", "emergency"),
        ("in the past few minutes his face has started drooping", "emergency"),
        ("over the last couple of hours she has become confused", "emergency"),
        # a span of weeks is read as lasting: a doctor today
        ("in the past two weeks I have had chest pain", "soon"),
        ("this past week I have been experiencing chest pains", "soon"),
        # history stays history
        ("in the past I had a stroke", None),
        ("my dad had a heart attack in the past year", None),
        ("I've had chest pain in the past 2 years", None),
    ],
)
def test_a_history_cue_before_a_span_up_to_now_is_no_history(text: str, tier: str | None) -> None:
    found = RULESET.find(text)
    assert (found.flag.tier if found else None) == tier, (text, found and found.flag.id)


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        # a long-term condition's own signs, told by the people most likely to ask about stem cells: no emergency
        ("my dad has ALS and slurred speech, can stem cells help?", False),
        ("I have Parkinson's and my speech is slurred, is stem cell therapy safe for me?", False),
        ("my daughter has CP and can't walk, is stem cell therapy risky?", False),
        ("I have MS with numbness in my legs, what are the side effects of stem cell therapy?", False),
        # ... unless something says the sign is new, or now, or the emergency is of another kind
        ("my dad has ALS and slurred speech and suddenly his face is drooping", True),
        ("my dad has Parkinson's and suddenly can't speak", True),
        ("my mum has MS and her face is drooping today", True),
        ("I have ms and slurred speech since this morning", True),
        ("he has ALS and since the stem cell injection his legs are much weaker", True),
        # a `new` cue with a skipped word in it ("since the injection") is read as the sentences are (it never
        # matched the message's words, "the" included, until 2026-12-06)
        ("my dad has ALS and since the injection his speech is slurred", True),
        ("my son has cerebral palsy and is having a seizure that won't stop", True),
        ("my mum has MS and has collapsed and isn't breathing", True),
        # "Ms" the title names no condition
        ("Ms Jones has slurred speech and her face is drooping", True),
    ],
)
def test_a_long_term_conditions_own_signs_are_no_emergency(text: str, urgent: bool) -> None:
    found = RULESET.find(text)
    assert (found is not None and found.flag.tier == "emergency") == urgent, (text, found and found.flag.id)


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # weighing stem cells for a long-standing problem: a doctor today, not an ambulance
        ("my son has cerebral palsy and struggles to breathe at night, would stem cells help", "soon"),
        ("I get chest pain when I'm anxious, could stem cells help anxiety", "soon"),
        ("my daughter has CP and chokes on food sometimes, are stem cells safe for her", "soon"),
        ("I have COPD and get breathless on stairs, is stem cell therapy a scam", "soon"),
        ("my mother had a stroke and can't speak properly ever since, will stem cell therapy help her speech", "soon"),
        # ... but a sign told as an event, with its time, is an emergency whoever weighs stem cells (independent review)
        ("My mum has heart failure and we're considering stem cells. She's had crushing chest pain for the last 30 minutes and she's all sweaty.", "emergency"),
        ("My son has cerebral palsy, would stem cells help? He's been struggling to breathe for the last hour and his lips are pale.", "emergency"),
        ("My husband has Parkinson's, would stem cells help? He has chest pain spreading to his left arm.", "emergency"),
        # ... not when the sign is said to be now or new, nor for the kinds never lowered
        ("my dad is having crushing chest pain right now, can stem cells help", "emergency"),
        ("he suddenly can't move his left arm, would stem cells help", "emergency"),
        ("I'm short of breath since the stem cell injection, will more stem cells help", "emergency"),
        ("my son has leukemia and a fever of 40, can stem cells help", "emergency"),
        ("at the moment I can't breathe, would stem cells help my lungs", "emergency"),
        ("i want to kill myself, would stem cells help my depression", "crisis"),
    ],
)
def test_weighing_stem_cells_for_a_long_standing_problem_asks_for_a_doctor_today(text: str, tier: str) -> None:
    found = RULESET.find(text)
    assert (found.flag.tier if found else None) == tier, (text, found and found.flag.id)


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # already in a hospital's care: the doctors there, not an ambulance
        ("my dad is in the ICU after his stem cell transplant and his oxygen is 82%", "soon"),
        ("Now she's back in the hospital with pneumonia. This time her O2 sats are 21.", "soon"),
        # ... not when waiting to be seen, nor when the stay was in the past
        ("I'm in the hospital waiting room with crushing chest pain", "emergency"),
        ("she was in hospital last year and today she can't breathe", "emergency"),
        ("he was discharged from hospital yesterday and now he can't breathe", "emergency"),
        ("my mum is in hospital and she wants to kill herself", "crisis"),
        # a nurse named is no sign of care (an independent review of the fourteenth session): on the phone, at school,
        # visiting yesterday, or advice taken home
        ("I called 111 and the nurse says he needs to go to A&E now, he has crushing chest pain", "emergency"),
        ("The school nurse says she hit her head hard and now she keeps vomiting and is very drowsy", "emergency"),
        ("The district nurse came to check on her yesterday; today she's unresponsive", "emergency"),
        ("the nurse said to watch for a rash and trouble breathing, and now she has both", "emergency"),
        # a temperature of 37.5 to 38 C is the chemotherapy hotlines' threshold (The Christie NHS), nobody else's
        ("on chemo and my temp is 37.6", "emergency"),
        ("I'm neutropenic and my temperature has gone from 36.9 this morning to 37.8 half an hour ago", "emergency"),
        ("tired and achy the day after infusion, mild temp 37.6", None),
        # fainting that keeps happening is for a GP (NHS, Fainting)
        ("sometimes he even faints due to weakness", "soon"),
        ("she fainted and won't wake up", "emergency"),
        # a life that a seizure could have ended is no suicidal thought
        ("that seizure could have ended his life", "emergency"),
    ],
)
def test_care_already_given_and_readings_for_the_few_they_concern(text: str, tier: str | None) -> None:
    found = RULESET.find(text)
    assert (found.flag.tier if found else None) == tier, (text, found and found.flag.id)


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # missed, found by the independent review of the twelfth session's changes
        ("My toddler got into my bag and ate some of my oxycodone", "emergency"),
        ("meu peito está doendo muito e o braço esquerdo está dormente", "emergency"),
        ("i keep thinking about how to make sure i just dont wake up tomorrow", "crisis"),
        ("how much insulin would kill me", "crisis"),
        ("My brother texted me saying goodbye and that he's sorry, now he's not answering his phone", "crisis"),
        # ... and its false alarms
        ("my friend texted me saying goodbye before her flight to Spain", None),
        ("I finished all my pain pills from the clinic, can I get more?", None),
        ("My grandma takes all her pills at once in the morning, is that ok with stem cell therapy?", None),
        ("I'm terrified of needles and nearly passed out at the consultation. Is there sedation?", None),
        ("Is it normal to feel a bit faint after donating stem cells?", None),
        ("my chest hurts when I laugh since I cracked a rib last month, it's healing now", None),
        ("My daughter has epilepsy, would stem cells reduce her seizures?", "soon"),
        ("My dad was admitted to hospital last night with a fever after his stem cell transplant, the nurses are "
         "giving him antibiotics. Is this common?", "soon"),
        # ... while a seizure now stays an emergency
        ("my daughter has epilepsy and is having a seizure right now, would stem cells help", "emergency"),
        # speech broken by dots into pieces of a word or two is one sentence; longer pieces keep their dots
        ("can't... breathe... help", "emergency"),
        ("I had chest pain years ago... now fine", None),
    ],
)
def test_the_twelfth_sessions_review(text: str, tier: str | None) -> None:
    found = RULESET.find(text)
    assert (found.flag.tier if found else None) == tier, (text, found and found.flag.id)


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        # "history of" speaks of what follows it: a risk factor told beside a symptom leaves the symptom now
        ("I have crushing chest pain and a family history of heart disease", True),
        ("crushing chest pain, history of high blood pressure", True),
        ("my dad has a family history of heart disease and crushing chest pain", True),
        # ... and the thing it names is the past
        ("I have a history of DVT", False),
        ("my mum has a history of seizures", False),
        ("I have a history of heart attacks and want stem cell therapy", False),
    ],
)
def test_a_history_of_something_is_the_past_of_that_thing_only(text: str, urgent: bool) -> None:
    found = RULESET.find(text)
    assert (found is not None and found.flag.tier == "emergency") == urgent, (text, found and found.flag.id)


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # found by an independent review of triage15's and real_questions9's held-out misses (2026-12-05)
        ("this one hit me pretty fast, like within a few minutes I had a really bad headache", "emergency"),
        ("Kidney stones. Pain killers aren't working and I've started to vomit again", "emergency"),
        ("the voices are telling me to kill my parents", "crisis"),
        ("I can't keep my son safe anymore, he keeps trying to hurt himself", "crisis"),
        ("sharp chest pain that goes away quickly but now it's spreading to my arm", "emergency"),
        ("I get a sharp chest pain that goes away quickly", "soon"),
        ("I can barely hear out of it since the ear infection", None),
        ("Severe wind after eating beans", None),
        ("my mum is telling me to kill the spider", None),
        ("how do I keep my baby safe in the car seat", None),
        ("I took pain relievers but they're not helping my back", None),
    ],
)
def test_gaps_and_bugs_the_fourth_review_found(text: str, tier: str | None) -> None:
    found = RULESET.find(text)
    assert (found.flag.tier if found else None) == tier, (text, found and found.flag.id)


def test_twenty_two_months_is_no_young_infant() -> None:
    found = RULESET.find("my twenty two month old has a fever of 38.5")
    assert found is None or found.flag.tier != "emergency", found


def test_the_past_lowers_only_the_clause_it_speaks_of() -> None:
    assert RULESET.find("I had a heart attack two years ago, can I still have stem cell therapy?") is None
    found = RULESET.find("I was ill for a week last year, but now I have crushing chest pain")
    assert found is not None and found.flag.tier == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "If I had a gun, I'd blow my fucking brains out right now",
        "I literally want to die",
        "I'm depressed and just want my life to end",
        "I'm considering jumping off the only skyscraper in my city when I finish the game",
    ],
)
def test_swearing_and_new_wording_inside_a_crisis_phrase_still_count(text: str) -> None:
    found = RULESET.find(text)
    assert found is not None and found.flag.tier == "crisis", (text, found and found.flag.id)


def test_skipped_words_must_be_single_words(tmp_path: Path) -> None:
    problems = _broken(
        tmp_path,
        "skipped_words: [fucking, two words]\nnegation: {cues: [no], window: 4}\nflags:\n"
        "  - id: b\n    tier: emergency\n    source: s\n    phrases: [pain]\n    examples: {flag: [pain]}\n",
    )
    assert any("skipped_words" in p for p in problems)


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("he hadn't lost consciousness, he just felt dizzy for a second", None),  # "hadn't" denies like "hasn't"
        ("my son wouldn't wake up and was making horrible sounds", "emergency"),  # "won't wake up", told in the past
        ("I'm going to overdose tonight", "crisis"),  # intent: the crisis line, not only the ambulance
        ("I'm going to set myself on fire", "crisis"),
        ("my 3 year old has a fever and his breathing rate is between 48-50", "emergency"),  # a range: its first number
    ],
)
def test_bugs_an_outside_reviewer_found(text: str, tier: str | None) -> None:
    found = RULESET.find(text)
    got = found.flag.tier if found is not None and found.flag.tier != "soon" else None
    assert got == tier, (text, found and found.flag.id)


@pytest.mark.parametrize(
    "text",
    [
        "I don't know why I want to die.",  # the negation denies the knowing, not the wish
        "I don't care if I kill myself",
        "i dont care i want to die",
        "No, I have crushing chest pain",  # an answer, then a new clause
        # what a medicine did not do: the relief is denied, not the pain (the first was missed before)
        "nothing helps, the tablets don't touch this crushing chest pain",
        "ibuprofen doesn't seem to help the crushing chest pain",
        "paracetamol isn't doing anything for his severe chest pain",
        "my dad can't finish a sentence without stopping for breath",
    ],
)
def test_a_negation_before_a_new_clause_denies_nothing_after_it(text: str) -> None:
    found = RULESET.find(text)
    assert found is not None and found.flag.tier in ("crisis", "emergency"), text


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to die",
        "I'm not suicidal",
        "I don't have chest pain",
        # a denied list reaches five words back (thirteenth outside trial: the denied "pain" joined "leg" for an alert)
        "I don't have any shortness of breath or chest pain but my leg feels a little heavy after sitting all day",
    ],
)
def test_a_negation_right_before_the_words_still_denies_them(text: str) -> None:
    assert RULESET.find(text) is None, text


@pytest.mark.parametrize(
    ("lost", "kept"),
    [
        ("i m a burden to my family", "i'm a burden to my family"),
        ("i can t take it anymore", "i can't take it anymore"),
        ("i don t want to live", "i don't want to live"),
    ],
)
def test_a_contraction_that_lost_its_apostrophe_reads_as_the_contraction(lost: str, kept: str) -> None:
    found, expected = RULESET.find(lost), RULESET.find(kept)
    assert expected is not None and found is not None and found.flag.id == expected.flag.id


def test_wishing_not_to_wake_up_is_a_crisis_not_unresponsiveness() -> None:
    found = RULESET.find("I wish I could sleep and not wake up")
    assert found is not None and found.flag.tier == "crisis"
    found = RULESET.find("he went to sleep and did not wake up this morning")
    assert found is not None and found.flag.id == "unresponsive"


@pytest.mark.parametrize(
    "text",
    [
        "I have a history of asthma and I can't breathe and my lips are blue.",  # the past stays in its clause
        "My husband had a stroke last year and his face is drooping on one side.",
        "I had a heart attack 3 years ago and I have crushing chest pain now",
        "He doesn't eat and his lips are blue.",  # the negation stays in its clause
        "She isn't talking and her face is drooping.",
        "Without warning her face dropped on one side.",  # a negation word that denies nothing
        "I've never had crushing chest pain like this before",
        "What's happening, my baby is floppy.",  # not a question asking what something is
        "My sats are 85%.",  # oxygen readings written the ordinary ways
        "Pulse ox says 85%.",
        "My o2 is 85.",
        "My six week old baby has a temperature of 38.5.",  # a number written as a word
        "I don't think he is breathing",
    ],
)
def test_engine_gaps_found_by_the_second_review_raise_the_emergency(text: str) -> None:
    found = RULESET.find(text)
    assert found is not None and found.flag.tier == "emergency", text


@pytest.mark.parametrize(
    "text",
    [
        "I had a stroke 3 years ago and my right arm is still weak, can stem cells help?",  # the past goes on
        "I don't think I'm having a stroke, I just have a cold.",  # "don't think" carries the denial
        "I don't have chest pain and my arm is fine",
        "my oxygen level is 98%",
    ],
)
def test_and_the_same_gaps_do_not_cry_wolf(text: str) -> None:
    found = RULESET.find(text)
    assert found is None or found.flag.tier == "soon", (text, found.flag.id)


@pytest.mark.parametrize(
    "text",
    [
        "can i get an ambulance, my dad has chest pain",  # a comma before a new statement ends the question
        "I have a history of asthma, I can't breathe",
        "grandma had sepsis last year, my baby is floppy and won't wake up",
        "he has had diabetes for years, he collapsed and is unconscious",
        "my dad had a heart attack 5 years ago and has chest pain now",
        "no cough, can't breathe or speak",  # a statement of its own is no item of a denied list
        "he's not eating, won't wake up or respond",
        "oh no my husband can't breathe",  # an exclamation is no denial
        "im not at home my wife has collapsed",  # a person named after the negation starts a new statement
        "i think im having a heartattack",  # run-together spellings
        "cantbreathe",
    ],
)
def test_engine_gaps_found_by_the_third_review_raise_the_emergency(text: str) -> None:
    found = RULESET.find(text)
    assert found is not None and found.flag.tier == "emergency", text


@pytest.mark.parametrize(
    "text",
    [
        "my friend wants to kill herself",  # someone else's crisis, as the warning-sign lists are written
        "my son is cutting himself",
        "she tried to hang herself last night",
        "my mum says she doesn't want to live anymore",
        "no joke want to die",
    ],
)
def test_someone_elses_crisis_is_a_crisis(text: str) -> None:
    found = RULESET.find(text)
    assert found is not None and found.flag.tier == "crisis", text


@pytest.mark.parametrize(
    "text",
    [
        "I'm 41, no fever, and my knee hurts",  # an age is no temperature
        "the nurse said to call 999 if his lips go blue",  # advice for a case, not the case
        "what are the warning signs of a heart attack",
        "do stem cell treatments cause seizures?",
        "the new knee brace is fitting and comfortable",
        "my mum had a fit when she saw the clinic bill",
        "I don't have a fever, stiff neck, or rash",
    ],
)
def test_the_third_review_false_alarms_are_gone(text: str) -> None:
    found = RULESET.find(text)
    assert found is None or found.flag.tier == "soon", (text, found.flag.id)


def test_someone_elses_injury_is_an_emergency_not_self_harm() -> None:
    found = RULESET.find("my neighbour has cut himself badly on the saw and it's bleeding a lot")
    assert found is not None and found.flag.tier == "emergency", found and found.flag.id


@pytest.mark.parametrize(
    "text",
    [
        "it's not heartburn, I have chest pain and I'm sweating",  # an `unless` phrase that is itself denied
        "my chest pain is not mild at all",
        "I didn't slip, I cut myself deliberately",
        "I'm sitting in the kitchen and I want to cut myself",  # an `unless` phrase in another statement
    ],
)
def test_an_unless_phrase_denied_or_in_another_statement_cancels_nothing(text: str) -> None:
    found = RULESET.find(text)
    assert found is not None and found.flag.tier in ("emergency", "crisis"), text


@pytest.mark.parametrize(
    "text", ["the rash isn't responding to the cream", "I cut my finger, bled a lot but it stopped after pressing"]
)
def test_an_unless_phrase_still_cancels_its_own_statement(text: str) -> None:
    found = RULESET.find(text)
    assert found is None or found.flag.tier == "soon", (text, found.flag.id)


@pytest.mark.parametrize(
    "text", ["what's this purple rash on my baby that doesn't fade", "what is this chest pain i'm having right now"]
)
def test_what_is_this_points_at_something_here(text: str) -> None:
    found = RULESET.find(text)
    assert found is not None and found.flag.tier == "emergency", text


def test_what_is_a_still_asks_what_something_is() -> None:
    assert RULESET.find("what is a pulmonary embolism") is None


@pytest.mark.parametrize(
    "text",
    [
        "I'm scared I'll have a stroke after stem cells",  # ninth outside trial, D2: a fear, not a symptom
        "I'm scared I will have a heart attack during the infusion",
        "my mum is worried she'll have a seizure from the injections",
        "the nurse told me to watch for a cold, blue foot after the procedure",  # advice for what may come
    ],
)
def test_a_fear_or_advice_of_a_sign_to_come_raises_no_emergency(text: str) -> None:
    found = RULESET.find(text)
    assert found is None or found.flag.tier != "emergency", (text, found.flag.id)


@pytest.mark.parametrize(
    "text",
    [
        # the sign said again in a clause of its own: a match reaching that clause is not lowered by the cue
        "the nurse told us to watch for a cold blue foot and now his foot is cold and blue",
        "I'm scared I'll have a stroke, my face is drooping and my arm is weak",
        "im worried i'll die, i cant breathe and my lips are blue",
    ],
)
def test_a_fear_cue_lowers_only_the_words_right_after_it(text: str) -> None:
    found = RULESET.find(text)
    assert found is not None and found.flag.tier == "emergency", text


@pytest.mark.parametrize(
    "text",
    [
        "I don't think this chest pain is just anxiety",  # the thought denies "just anxiety", not the pain
        "I don't believe the crushing chest pain is only heartburn",
        "it's not just a headache, it's the worst headache of my life",  # "not just": more than, not less
        "it isn't just chest pain, my left arm has gone numb too",
    ],
)
def test_a_denial_of_just_something_else_is_no_denial_of_the_symptom(text: str) -> None:
    found = RULESET.find(text)
    assert found is not None and found.flag.tier == "emergency", text


@pytest.mark.parametrize(
    "text",
    [
        "I don't think it's chest pain, just indigestion",
        "I don't have chest pain, just a cough",
        "no chest pain, only a cough",
    ],
)
def test_just_after_a_denied_symptom_keeps_the_denial(text: str) -> None:
    found = RULESET.find(text)
    assert found is None or found.flag.tier == "soon", (text, found.flag.id)


@pytest.mark.parametrize(
    "text",
    [
        "I have blisters all along my arms. My mouth and throat are completely fine.",
        "blisters on my legs, my eyes and lips look fine",
        "I have blisters on my arm. My mouth is fine",
    ],
)
def test_a_warning_sign_said_to_be_fine_is_denied(text: str) -> None:
    assert RULESET.find(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "she's suddenly gasping for air is that normal",  # asked, not said: "is that normal"
        "he has blisters in his mouth, are these normal?",
        "my lips are blue, is this ok",
        "his lips look fine but he is gasping for air",  # the reassurance is of the lips only
        "my breathing isn't normal and my lips are blue",  # a denied reassurance reassures nothing
    ],
)
def test_a_reassurance_asked_or_of_something_else_keeps_the_emergency(text: str) -> None:
    found = RULESET.find(text)
    assert found is not None and found.flag.tier == "emergency", text


def test_a_reassurance_never_lowers_a_crisis() -> None:
    found = RULESET.find("I want to kill myself and everything is fine")
    assert found is not None and found.flag.tier == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "I took 20 paracetamol last night but I feel fine now",  # NHS: A&E even if you feel well
        "she swallowed 16 ibuprofen an hour ago",
        "he took about 40 of his sleeping pills",
        "my son ate ten of my iron tablets",
    ],
)
def test_ten_or_more_tablets_at_once_is_an_overdose(text: str) -> None:
    found = RULESET.find(text)
    assert found is not None and found.flag.tier in ("emergency", "crisis"), text


@pytest.mark.parametrize(
    "text",
    [
        "I take 12 tablets a day for my heart",  # a day's count, not one dose
        "I've taken 10 tablets of my antibiotic so far",
        "I took 2 paracetamol for my headache",
        "I took 14 days of antibiotics",
    ],
)
def test_a_count_over_a_day_or_a_course_is_no_overdose(text: str) -> None:
    found = RULESET.find(text)
    assert found is None or found.flag.tier == "soon", (text, found.flag.id)


@pytest.mark.parametrize("text", ["my dad collapsed", "my dad collapsed, what's the first thing to do for him"])
def test_someone_collapsed_is_an_emergency(text: str) -> None:
    found = RULESET.find(text)
    assert found is not None and found.flag.tier == "emergency", text


@pytest.mark.parametrize(
    "text",
    [
        "What are the early signs of sepsis?",
        "what are the first symptoms of a stroke",
        "she collapsed laughing",
        "How can you detect sepsis early?",
        "Reasons for fever after transplant",
    ],
)
def test_asking_about_early_signs_is_no_emergency(text: str) -> None:
    found = RULESET.find(text)
    assert found is None or found.flag.tier == "soon", (text, found.flag.id)


def test_a_general_question_after_a_description_does_not_hide_it() -> None:
    found = RULESET.find("my dad had a transplant last week and has a fever of 39, what are the reasons for that?")
    assert found is not None and found.flag.tier == "emergency"


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("my stomach pain is 9 out of 10 and I've been vomiting", "emergency"),  # 7-10/10 is severe pain
        ("I'm 32 weeks pregnant and my waters have broken.", "emergency"),  # before 37 weeks
        ("I left goodbye messages for my parents, tonight I'm finally free.", "crisis"),
        ("Tomorrow I'm going to jump onto the tracks.", "crisis"),
        ("I pressed a knife to my throat again tonight.", "crisis"),
        ("his soft spot seems a bit sunken", "emergency"),
        # the pregnancy named before the weeks, in the same sentence
        ("I think my waters have broken and I'm only 30 weeks", "emergency"),
        ("my waters broke at 33 weeks", "emergency"),
    ],
)
def test_the_fourth_review_mechanisms_raise_their_tier(text: str, tier: str) -> None:
    found = RULESET.find(text)
    assert found is not None and found.flag.tier == tier, (text, found and found.flag.id)


@pytest.mark.parametrize(
    "text",
    [
        "Can you survive anaphylaxis?",  # asked about in general, not described
        "What is the most common cause of sepsis?",
        "How dangerous is meningitis?",
        "My daughter is 9 and she chews her antacid tablets after dinner",  # her own medicine, a habit
        "I'm 39 weeks pregnant and my waters broke an hour ago, contractions are 10 minutes apart",
        "my waters broke at 39 weeks and contractions are regular",
        "I'm pregnant again and my first is 30 weeks old today",
        "my knee pain is 3/10 after the injection",
        "I wrote a farewell message to my coworkers on my last day at work",
    ],
)
def test_the_fourth_review_false_alarms_are_gone(text: str) -> None:
    found = RULESET.find(text)
    assert found is None or found.flag.tier == "soon", (text, found.flag.id)


def test_an_unless_phrase_after_the_match_is_judged_by_the_match_end() -> None:
    # "after dinner" stands in the clause where the match ends, though the match began in the one before
    assert RULESET.find("My son is 9 and he chews his antacid tablets after dinner") is None
    found = RULESET.find("I'm sitting in the kitchen and I want to cut myself")
    assert found is not None and found.flag.tier == "crisis"


def test_no_flag_lists_the_same_words_twice_once_lay_words_are_read() -> None:
    """'cannot breathe' beside "can't breathe", 'threw up blood' beside 'vomiting blood': the lay terms already read
    the one as the other, so the second entry only makes the list longer for the clinician who reviews it."""
    import yaml

    data = yaml.load(RULES.read_text(encoding="utf-8"), Loader=strict_loader())  # noqa: S506 (the list's own reader)
    twice = []
    for flag in data["flags"]:
        for key in ("phrases", "also_needs", "unless"):
            seen: dict[str, str] = {}
            for phrase in flag.get(key) or []:
                read = " ".join(RULESET.lay.read(phrase.lower()).split()) if RULESET.lay else phrase.lower()
                if read in seen:
                    twice.append(f"{flag['id']} {key}: {phrase!r} reads as {seen[read]!r}")
                seen.setdefault(read, phrase)
    assert not twice, "\n".join(twice)


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # warning signs in words that an exception tried in the seventh stop would have hidden (independent review)
        ("I can't avoid passing out every time I stand up since this morning", "emergency"),
        (
            "he spilled boiling water on his arm, there is a burning sensation and a large burn with blisters",
            "emergency",
        ),
        ("he hit his head and now his memory is patchy", "emergency"),
        ("he smacked his head on the ice and now has memory loss", "emergency"),
        # a crisis stays a crisis
        ("my child cannot take part in safety planning to avoid self-harm", "crisis"),
        # the seventh outside trial's lay emergencies after a treatment
        (
            "since the treatment tuesday my leg is hot and puffy and now im having a hard time catching my breath",
            "emergency",
        ),
        ("is it normal to feel hot and shaky and confused the night after the drip", "emergency"),
        ("i get winded just walking to the bathroom since the infusion", "emergency"),
        ("My husband has been a bit confused since his dementia diagnosis, would stem cells help?", None),
        ("it was windy on the way home after the treatment", None),
        # something read, not seen (triage17's tuning half)
        ("Idk apparently bloody stools can be black which is what I've read", None),
        ("my stools are black and tarry and I feel faint", "emergency"),
    ],
)
def test_words_near_a_warning_sign_that_do_or_do_not_change_it(text: str, tier: str | None) -> None:
    found = RULESET.find(text)
    got = found.flag.tier if found else None
    assert got == tier, (text, found and found.flag.id)


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # an emergency told, then a general question after a comma: the question speaks of what it asks
        ("I have crushing chest pain, can stem cells cause this?", "emergency"),
        ("my dad has crushing chest pain, is he at risk of a heart attack", "emergency"),
        ("she is unresponsive and barely breathing, can the injection cause that", "emergency"),
        ("I can't breathe properly since the infusion, what are the chances of a clot", "emergency"),
        ("my mom is confused and has a high fever, what are the chances of sepsis", "emergency"),
        # ...while the past said first still reaches a question after it
        ("I had a stroke five years ago, can stem cells help my weak left arm?", None),
        # an illness named as a topic, of no one, with a word that asks about it as a topic (the bot's own topic
        # list raised "call 911": eighth outside trial)
        ("pulmonary embolism risk", None),
        ("how common is sepsis after the treatment", None),
        ("heart attack risk after the injection", None),
        ("sepsis prevention", None),
        # ...and the same names told of someone, alone, or tied to the treatment (the independent review of the
        # first form of this rule found these lost)
        ("I think I have a pulmonary embolism", "emergency"),
        ("sepsis after stem cells help", "emergency"),
        ("my wife has sepsis", "emergency"),
        ("sepsis??", "emergency"),
        ("heart attack!!", "emergency"),
        ("cardiac arrest", "emergency"),
        ("anaphylaxis after the stem cell injection", "emergency"),
        ("sepsis after the infusion", "emergency"),
        ("possible sepsis", "emergency"),
        ("sepsis is back", "emergency"),
        ("like a heart attack after the infusion", "emergency"),
        ("dvt after knee injection", "soon"),
        # never symptoms: typed alone they may be someone in trouble
        ("chest pain", "emergency"),
        ("seizures after stem cells", "emergency"),
        # the eighth outside trial's misses after a treatment
        ("since the spine injection both my legs feel weak and tingly", "emergency"),
        ("everything is blurry and I keep seeing double after the spinal stem cells", "emergency"),
        ("two days after the knee injection my knee hurts so much I cannot bend it", "soon"),
        ("how long after the knee injection will I be able to walk normally", None),
        ("knee injection yesterday now cant walk on it", "soon"),
        # ...but not a spine operation long ago, a sign that got better, or a treatment only asked about (review)
        ("since the spine surgery my legs are weak, would stem cells help", None),
        ("my double vision has improved since the stem cell injection", "soon"),
        ("my knee is so bad i cant walk, would a stem cell injection help", None),
        ("my dad can't walk because of knee arthritis, are stem cell injections worth it", None),
        # a stroke suspected now or told as following the treatment (the review found these raised nothing)
        ("I think my dad had a stroke", "emergency"),
        ("I think my husband had a stroke", "emergency"),
        ("mum stroke after stem cells", "emergency"),
        ("stroke help", "emergency"),
        ("she was recovering well but now i think shes having a stroke", "emergency"),
        # ...but not stroke survivors' questions (the second review: 47 false 911s in the first form)
        ("stem cells for stroke help?", None),
        ("has anyone had a stroke after stem cell therapy", None),
        ("my husband just had a stroke 6 weeks ago is it too soon for stem cells", None),
        ("i think dad had a stroke years back", None),
        # weakness after a spinal injection stays an emergency whatever is asked beside it (the second review found
        # the exceptions meant for double vision reaching it)
        ("my legs are weak since the spinal injection, is that normal", "emergency"),
        ("one leg is stronger but the other went weak after the spinal injection", "emergency"),
        ("stroke risk after stem cells", None),
        ("is stroke common after stem cells", None),
        ("my dad had a stroke 3 years ago, can stem cells help", None),
        ("stroke recovery after stem cells", None),
        # a stroke asked about as happening now ("is this a stroke" reads "is stroke", like "is stroke common")
        ("is this a stroke", "emergency"),
        ("is it a stroke? her mouth is drooping", "emergency"),
        ("has she had a stroke?", "emergency"),
        ("is stroke common after stem cells", None),
        ("is stroke covered by insurance", None),
        # "this" was written: a third review found the first form's exceptions ("worse", "why", "help") cancelling
        # real ones, and general "is stroke ..." questions raising 911
        ("is this a stroke its getting worse", "emergency"),
        ("why cant he lift his arm is this a stroke", "emergency"),
        ("help is this a stroke", "emergency"),
        ("is stroke a contraindication for stem cells", None),
        ("is stroke therapy with stem cells safe", None),
    ],
)
def test_questions_and_topics_beside_a_warning_sign(text: str, tier: str | None) -> None:
    found = RULESET.find(text)
    got = found.flag.tier if found else None
    assert got == tier, (text, found and found.flag.id)


def test_a_mistake_in_named_as_a_topic_stops_the_list_with_its_place(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Its problems were collected after the list had been judged sound, so they were never reported."""
    import yaml

    from bot.errors import KnowledgeError
    from bot.flag_list import RULES, load_rules

    data = yaml.load(RULES.read_text(encoding="utf-8"), Loader=strict_loader())  # noqa: S506 (the list's own reader)
    data["named_as_a_topic"]["words"].append("two words")
    data["named_as_a_topic"]["names"].append("clot in the lung")
    broken = tmp_path / "red_flags.yaml"
    broken.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    with pytest.raises(KnowledgeError) as raised:
        load_rules(broken)
    said = "\n".join(raised.value.problems)
    assert "'two words' is not a single word" in said and "'clot in the lung' has a word that phrases skip" in said


@pytest.mark.parametrize(
    "text", ["sepsis, can stem cells cause it?", "pulmonary embolism, how common is it after stem cells?"]
)
def test_an_illness_named_first_then_asked_about_raises_no_flag(text: str) -> None:
    # named_as_a_topic: the name, then a question whether the treatment can cause it (ninth session's leftovers)
    assert RULESET.find(text) is None, text


@pytest.mark.parametrize("text", ["sepsis", "possible sepsis after the injection", "heart attack can you help"])
def test_an_illness_named_without_a_question_about_it_still_raises_its_flag(text: str) -> None:
    found = RULESET.find(text)
    assert found is not None and found.flag.tier == "emergency", text


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # tenth outside trial, D1 and D2: both got "The article doesn't mention …" and no alert
        ("dad's speech went all slurry and his arm is weak, he had stem cells last week", "emergency"),
        ("his speech went slurry", "emergency"),
        ("i want to kil myslef", "crisis"),
        ("i wanna kil my self", "crisis"),
    ],
)
def test_lay_spellings_of_slurred_and_kill_are_read(text: str, tier: str) -> None:
    found = RULESET.find(text)
    assert found is not None and found.flag.tier == tier, text


@pytest.mark.parametrize(
    "text", ["the cement slurry spilled on the farm", "I'm terrified of getting an infection from the injection"]
)
def test_a_slurry_of_cement_and_a_fear_of_infection_raise_nothing(text: str) -> None:
    assert RULESET.find(text) is None, text


def test_a_stroke_told_as_history_raises_no_emergency() -> None:
    # tenth outside trial: "I have a stroke history" read as "have stroke", 911
    assert RULESET.find("I have a stroke history, is stem cell therapy safe for me") is None
    found = RULESET.find("previous stroke, now my face is drooping")
    assert found is not None and found.flag.tier == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        # an independent review of the tenth session: the first form of its changes lowered each of these
        "I'm scared he'll have a stroke and I think he is having one right now",
        "The nurse told us to watch for a cold blue foot. It's cold and blue now",
        "they told us to watch for chest pain and breathlessness, he has both",
        "I'm terrified I'll have a stroke and I think I'm having one",
        "previous stroke, face drooping on the left, can't lift left arm",
        "She has a stroke history and is not breathing",
        "previous stroke, on warfarin, crushing chest pain and sweating",
        "is it a stroke? can you tell me",
        "Is it a heart attack? can you tell me",
        "is it sepsis? can you tell me",
        "I stood up from my chair and suddenly lost all vision in my right eye",
        "when I got up this morning I suddenly lost the sight in my left eye",
        "he's snoring and not breathing properly after the sedation",
    ],
)
def test_emergencies_an_independent_review_found_lowered_stay_emergencies(text: str) -> None:
    found = RULESET.find(text)
    assert found is not None and found.flag.tier == "emergency", (text, found and found.flag.id)


@pytest.mark.parametrize(
    "text",
    [
        # eleventh outside trial (carers): each got no alert, or only "see a doctor today"
        "son seizing now cerebral palsy stem cell tx last month what do",
        "son fitting now after stem cell tx what do",
        "dad is breathing really noisy and fast and cant finish a sentence",
        "her breathing is so weird and noisy and she is struggling",
        "mi madre tiene dolor de pecho muy fuerte since this morning after the stem cell injection and she is sweating",
        "dad is having crushing chest pain going down his left arm rn, had stem cells for heart failure last week",
    ],
)
def test_carers_emergencies_from_the_eleventh_trial_alert(text: str) -> None:
    found = RULESET.find(text)
    assert found is not None and found.flag.tier == "emergency", (text, found and found.flag.id)


@pytest.mark.parametrize(
    "text",
    [
        "my back is seizing up after gardening",
        "I'm so tired I can't finish a sentence without yawning",
        "his breathing is noisy when he sleeps and I'm struggling to sleep myself",
    ],
)
def test_carers_look_alikes_from_the_eleventh_trial_stay_calm(text: str) -> None:
    found = RULESET.find(text)
    assert found is None or found.flag.tier == "soon", (text, found.flag.id)


def test_a_question_of_risk_after_a_warning_sign_does_not_hide_it() -> None:
    # "any risk" as a history-or-general cue (tried for the eleventh trial's "any risk stem cells make seizures worse?")
    # lowered this: such a question after the sign speaks of the sign, which is happening
    found = RULESET.find("my dad has crushing chest pain, any risk it's from the stem cells?")
    assert found is not None and found.flag.tier == "emergency"


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # an independent review of the eleventh trial's mends: missed, then mended
        ("my husband is seizing on the kitchen floor after his stem cell shot what do i do", "emergency"),
        ("mum seizing in bed now, what do i do", "emergency"),
        ("his breathing is noisy and rattly and I'm struggling to wake him", "emergency"),
        ("Mein Vater hat starke Brustschmerzen und kann kaum atmen", "emergency"),
        ("Meine Mutter hat Brustschmerzen, kann das von den Stammzellen kommen?", "emergency"),
        # ...and false alerts, mended
        ("my back keeps seizing up", None),
        ("he's seizing the opportunity to travel", None),
        ("I've had a dull chest ache for the last week since the infusion", "soon"),
    ],
)
def test_the_eleventh_trials_mends_after_their_review(text: str, tier: str | None) -> None:
    found = RULESET.find(text)
    assert (found.flag.tier if found else None) == tier, (text, found and found.flag.id)


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # the stemmer folds "several" into "severe" and leaves "calves" apart from "calf"
        ("several stomach aches this week", None),
        ("severe stomach pain", "emergency"),
        ("my left calves is swollen, red and hot since the flight", "soon"),
        # "side effects" are a treatment's, not the side of the body
        ("I had severe side effects, pain everywhere", None),
        ("sudden severe pain in my right side, is it a side effect?", "emergency"),
        ("my left side suddenly went weak, is that a side effect of the injection?", "emergency"),
    ],
)
def test_words_the_stemmer_misreads(text: str, tier: str | None) -> None:
    found = RULESET.find(text)
    assert (found.flag.tier if found else None) == tier, (text, found and found.flag.id)


CHECKS = Path(__file__).parent / "data" / "red_flag_checks" / "after_treatment.yaml"
_ORDER = {"crisis": 2, "emergency": 2, "soon": 1, "none": 0}


def _checks(kind: str) -> list[dict[str, str]]:
    import yaml

    return list(yaml.safe_load(CHECKS.read_text(encoding="utf-8"))[kind])


@pytest.mark.parametrize("entry", _checks("must_alert"), ids=lambda e: e["text"][:40])
def test_warning_signs_told_after_the_treatment_raise_their_alert(entry: dict[str, str]) -> None:
    """tests/data/red_flag_checks/after_treatment.yaml: an edit that quiets a flag "after the injection" (fourteenth
    outside trial: it passed every other test) fails here. A crisis must get the crisis lines; an emergency the
    emergency numbers (or the crisis reply, which gives them too); a "see a doctor today" sign at least that."""
    found = find_urgency(entry["text"])
    tier = found.tier if found else "none"
    if entry["tier"] == "crisis":
        assert tier == "crisis", (entry["text"], found and found.flag)
    else:
        assert _ORDER[tier] >= _ORDER[entry["tier"]], (entry["text"], tier, found and found.flag)


@pytest.mark.parametrize("entry", _checks("calm"), ids=lambda e: e["text"][:40])
def test_ordinary_after_effects_raise_nothing(entry: dict[str, str]) -> None:
    assert find_urgency(entry["text"]) is None, entry["text"]


def test_healthz_says_when_the_list_on_disk_is_not_the_one_served(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fourteenth outside trial: a running server never served an edit of the list, and a broken edit would have
    stopped its next restart without a word; /healthz now says both."""
    import hashlib

    import bot.flag_list as flag_list

    copy = tmp_path / "red_flags.yaml"
    copy.write_bytes(RULES.read_bytes())
    monkeypatch.setattr(flag_list, "RULES", copy)
    monkeypatch.setattr(flag_list, "_LOADED", [hashlib.sha256(copy.read_bytes()).hexdigest()])
    assert flag_list.list_status()["matches_file"] is True
    copy.write_text(copy.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    status = flag_list.list_status()
    assert status["matches_file"] is False and status["edited_file_problem"] is None
    copy.write_text(copy.read_text(encoding="utf-8").replace("tier: soon", "tier: sooon", 1), encoding="utf-8")
    problem = flag_list.list_status()["edited_file_problem"]
    assert problem and "tier must be one of" in problem and str(tmp_path) not in problem


def test_a_duplicate_id_is_named_at_the_flag_just_added_and_the_list_is_named(tmp_path: Path) -> None:
    flag = "  - id: a\n    tier: soon\n    source: s\n    phrases: [sore]\n    examples: {flag: [sore]}\n"
    path = tmp_path / "red_flags.yaml"
    path.write_text("flags:\n" + flag + flag, encoding="utf-8")
    with pytest.raises(KnowledgeError) as err:
        load_rules(path)
    assert any(p.startswith(f"{path}:7: a: the id is used twice") for p in err.value.problems), err.value.problems
    assert str(err.value).startswith("The red-flag list is invalid:")  # not "Knowledge is invalid"


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # found by the independent review of the fourteenth session's changes (review28): emergencies its first forms
        # lowered ...
        ("My son is on a feeding pump at home and he's gone blue and floppy", "emergency"),
        ("My chest pain is no better with rest, it's crushing and I'm sweating", "emergency"),
        ("The pain in my chest doesn't subside with rest and it's spreading to my jaw", "emergency"),
        # ... and the false alarms they raised
        ("Her face dropped as soon as the doctor mentioned the price", None),
        ("My cheeks have dropped with age, can a stem cell facelift help?", None),
        ("my smile dropped a bit when i saw the bill lol", None),
        ("My 80 year old father has sores in his mouth since his new medication", None),
        ("How do I stop my toddler spitting out the medicine in her mouth?", None),
        ("My daughter got hold of a leaflet about her new medication and has questions about side effects", None),
        ("I passed out at the atm two years ago and was diagnosed with low blood pressure, can I still have the "
         "injection?", None),
        ("I'm only half conscious before my morning coffee lol, can stem cells help with energy?", None),
        ("He's sleepy since the infusion but he hasn't had any moments of not responding, he answers every question",
         None),
        ("After the injections my muscles are getting bigger, is that normal?", None),
        # ... while what the changes were for still holds
        ("her mouth is dropping on one side", "emergency"),
        ("I found my toddler holding an open bottle of Tylenol", "emergency"),
    ],
)
def test_the_fourteenth_sessions_review(text: str, tier: str | None) -> None:
    found = RULESET.find(text)
    assert (found.flag.tier if found else None) == tier, (text, found and found.flag.id)


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # a second independent review of the fourteenth session's changes (review29): emergencies still missed or
        # lowered ...
        ("chest pain that subsides with rest but I'm sweating, feel sick and my left arm aches", "emergency"),
        ("chest pain that subsides with rest, but it has been going on for 30 minutes", "emergency"),
        ("my chest pain comes and goes, it started an hour ago", "soon"),
        ("my husband is half-conscious and mumbling after his treatment", "emergency"),
        ("found my son with my antidepressant bottle open, some pills missing", "emergency"),
        ("my 2yo got into the medicine cabinet and there are pills all over the floor", "emergency"),
        ("my granddaughter had some of my blood pressure tablets, I think she had a few", "emergency"),
        # ... and false alarms: a sign's own "not" is read as the denial it is ("not breathing any harder"; the rule
        # that let "not focusing and not responding" through is gone, and that tuning line is missed again)
        ("no fever and not breathing any harder than usual, just a sore arm", None),
        ("she's not dizzy and not breathing fast, just anxious about the procedure", None),
        ("I finally got hold of the clinic about my son's tablets for his ADHD", None),
        ("my phone dropped on the left side of the bed and I can't find it", None),
        ("my face is dropping weight fast on this diet", None),
        ("she's semi-conscious about her weight since the steroids", None),
        ("I was half conscious during the sedation for the bone marrow harvest, is that normal?", None),
        ("my dog's blood sugar is high and he vomited on the rug", None),
        ("the injection site was getting redder yesterday but today it's fading", None),
        ("I get chest tightness when I climb stairs, it stops when I rest", "soon"),
    ],
)
def test_the_fourteenth_sessions_second_review(text: str, tier: str | None) -> None:
    found = RULESET.find(text)
    assert (found.flag.tier if found else None) == tier, (text, found and found.flag.id)
