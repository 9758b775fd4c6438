"""Screening: unusable input is refused with a clear message; red flags are caught, negations are not."""

from __future__ import annotations

import logging

import pytest

from bot.errors import InvalidQuestion
from bot.screen import CRISIS, EMERGENCY, SOON, clean_question, find_urgency


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("", "type a question"),
        ("   \n\t ", "type a question"),
        ("x" * 1001, "1,001 characters"),
        ("cancer\x00?", "control characters"),
        ("bad\u202eorder", "control characters"),
        ("<script>alert(1)</script>", "HTML tags"),
        ("?!?! 123", "any words"),
        (None, "as text"),
        (42, "as text"),
    ],
)
def test_unusable_questions_are_refused_with_a_reason(raw: object, words: str) -> None:
    with pytest.raises(InvalidQuestion) as err:
        clean_question(raw, 1000)
    assert words in str(err.value)


@pytest.mark.parametrize(
    "raw",
    [
        "  Can stem cells cause cancer?  ",
        "x" * 999 + "?",
        "Is **swelling** normal?",
        "¿Is a stem cell clinic in Cancún safe?",  # accents and inverted marks (a question in Spanish: test_language)
        "pain < 3 days?",
    ],
)
def test_ordinary_questions_pass_trimmed(raw: str) -> None:
    assert clean_question(raw, 1000) == raw.strip()


@pytest.mark.parametrize(
    ("question", "tier"),
    [
        ("I got stem cells yesterday and now I have chest pain and can't breathe", EMERGENCY),
        ("chest pian and shortnes of breath", EMERGENCY),
        ("my calf is swollen and hot and I'm suddenly short of breath", EMERGENCY),
        ("high fever and the injection site is oozing pus", EMERGENCY),
        ("sudden weakness on one side of my body and slurred speech", EMERGENCY),
        ("her face is drooping since the infusion", EMERGENCY),
        ("my throat is swelling up after the shot", EMERGENCY),
        ("I passed out after the procedure", EMERGENCY),
        ("worst headache of my life after the spinal injection", EMERGENCY),
        ("I don't want to live anymore", CRISIS),
        ("thinking about killing myself", CRISIS),
        ("I have been hurting myself", CRISIS),
        ("I have a mild fever after the injection", SOON),
        ("my leg is swollen and painful since the treatment", SOON),
        # a parent's words for a newborn's fever, and a baby's dry nappies (triage27's tuning half)
        ("my 9 day old baby, he was very hot but his hands were freezing", EMERGENCY),
        ("my 7 week old's diapers were bone dry and he is not eating", EMERGENCY),
    ],
)
def test_red_flags_are_caught_with_their_tier(question: str, tier: str) -> None:
    found = find_urgency(question)
    assert found is not None and found.tier == tier, (question, found)
    assert found.message


@pytest.mark.parametrize(
    "question",
    [
        "no chest pain, just a bit sore",
        "I don't have a fever or any trouble breathing",
        "I'm not suicidal, just worried about tumors",
        "Can stem cell therapy cause blood clots?",
        "Is there a risk of pulmonary embolism?",
        "Will the injection hurt?",
        "my knee is swollen after the injection",
        "brain fog after treatment",
        "my newborn is in a very hot room, how do I keep her cool",
        "my baby drools a lot",  # a habit, not an airway closing (left undone in the fifteenth session)
    ],
)
def test_look_alikes_and_negations_are_not_emergencies(question: str) -> None:
    found = find_urgency(question)
    assert found is None or found.tier == SOON, (question, found)


@pytest.mark.parametrize(
    "question",
    [
        "no fever, but now I have chest pain",
        # "and" with a new subject and its verb starts a new statement, with or without "my" (triage27's tuning half)
        "she didn't eat and lips were blue",
        "Breast milk wasn't staying down and diapers were bone dry.",
        "it's not bad and chest pain is crushing",
    ],
)
def test_negation_does_not_cross_a_clause(question: str) -> None:
    found = find_urgency(question)
    assert found is not None and found.tier == EMERGENCY, (question, found)


@pytest.mark.parametrize(
    "question", ["no chest pain and breathing is fine", "I didn't have chest pain, trouble breathing or a fever"]
)
def test_negation_still_reaches_its_own_list(question: str) -> None:
    found = find_urgency(question)
    assert found is None or found.tier == SOON, (question, found)


# Each red flag in several phrasings of our own (typos included), with the tier it must get.
PHRASINGS: dict[str, tuple[str, list[str]]] = {
    "chest pain": (
        EMERGENCY,
        [
            "my chest hurts since this morning",
            "tight chest after the infusion",
            "pressure in my chest, worried",
            "chest pian after the shot",
        ],
    ),
    # fifteenth outside trial: written as spoken or texted (a dropped g, "n", "rn", a homophone)
    "as spoken or texted": (
        EMERGENCY,
        [
            "pls hlp my leg is huge n purple n my breathin is bad",
            "my wife is week on one side and her mouth is dropping she cant right her name",
            "she is bleedin a lot and it wont stop",
            "i have trouble breathin",
            "my chest hurts rn",
        ],
    ),
    "breathing": (
        EMERGENCY,
        [
            "I can't catch my breath",
            "struggling to breathe after the injection",
            "im really short of breth",
            "wheezing badly since the IV",
        ],
    ),
    "pain on breathing": (EMERGENCY, ["it hurts to breathe", "stabbing pain when I inhale"]),
    "coughing blood": (EMERGENCY, ["coughing up blood", "there was blood when I cough"]),
    "airway swelling": (
        EMERGENCY,
        ["my tongue is swelling up", "lips swollen and throat feels tight", "I think it's anaphylaxis"],
    ),
    "stroke signs": (
        EMERGENCY,
        [
            "his face is drooping on one side",
            "my speech is slurred",
            "numb on the left side of my body",
            "I suddenly can't speak properly",
        ],
    ),
    "spinal cord": (
        EMERGENCY,
        [
            "I can't feel my legs after the spinal injection",
            "lost control of my bladder since the intrathecal shot",
            "I can't walk since yesterday",
        ],
    ),
    "collapse": (EMERGENCY, ["she fainted twice today", "I had a seizure", "he passed out after the infusion"]),
    "headache": (EMERGENCY, ["worst headache of my life", "sudden severe headache after the spinal shot"]),
    "sepsis": (
        EMERGENCY,
        [
            "I have a high fever of 39.5",
            "fever over 103 and shaking chills",
            "I'm confused and feverish",
            "pus coming out of the injection site",
            "red streaks spreading up my arm",
        ],
    ),
    "bleeding": (EMERGENCY, ["the injection site won't stop bleeding"]),
    "suicide": (
        CRISIS,
        [
            "I want to kill myself",
            "thinking about suicide",
            "I don't want to be alive anymore",
            "everyone would be better off without me",
            "I want to end my life",
        ],
    ),
    "self-harm": (CRISIS, ["I've been cutting myself again", "I keep wanting to hurt myself"]),
    "today": (
        SOON,
        [
            "slight temperature since the injection",
            "my calf feels tender and warm",
            "some tingling in my fingers since the treatment",
        ],
    ),
}


@pytest.mark.parametrize(
    ("flag", "tier", "question"),
    [(flag, tier, q) for flag, (tier, qs) in PHRASINGS.items() for q in qs],
)
def test_each_red_flag_in_several_phrasings(flag: str, tier: str, question: str) -> None:
    found = find_urgency(question)
    assert found is not None and found.tier == tier, (flag, question, found)


@pytest.mark.parametrize(
    "question",
    [
        "I'm confused about the difference between donor and own cells",
        "Can stem cell therapy cause seizures in the long run or is that a myth?",
        "what does breathing have to do with stem cells",
        "no fever, no chills, just a little sore",
        "I'm not short of breath and have no chest pain",
        "my chest x-ray was fine",
        "is there a risk of nerve damage?",
        "How common are blood clots?",
        "does it hurt?",
    ],
)
def test_non_urgent_look_alikes(question: str) -> None:
    found = find_urgency(question)
    assert found is None or found.tier != CRISIS, (question, found)
    if "seizures" not in question and "breathing" not in question:
        assert found is None or found.tier == SOON, (question, found)


# Fresh phrasings written after the red-flag list, to check it generalises beyond the phrasings it was built on.
FRESH_EMERGENCIES = [
    "I feel like I'm going to pass out",
    "my whole arm went numb and my face feels weird",
    "I can't stop shaking and I'm burning up",
    "my lips are turning blue",
    "I'm having trouble swallowing since the infusion",
    "my face is swelling after the infusion",
    "I think I'm having an allergic reaction, my throat feels tight",
    "severe pain and swelling in my calf",
    "I feel like I'm dying",
    "my heart is pounding and I feel faint",
    "sudden vision loss in one eye",
    "he's not making sense and very drowsy",
    "coughing and spitting blood",
    "the wound is leaking yellow fluid and I have a fever",
    "my temperature is 40",
    "fever of 104",
    "my back hurts so much I can't move my legs",
    "I can't wake my husband up after his treatment",
    "can't breath",
    "cant breathe properly",
    "chest feels heavy and tight",
]
FRESH_CRISES = ["I just want to disappear forever", "I took all my pills", "I'm going to end it tonight", "i wanna die"]


@pytest.mark.parametrize("question", FRESH_EMERGENCIES)
def test_fresh_emergency_phrasings(question: str) -> None:
    found = find_urgency(question)
    assert found is not None and found.tier == EMERGENCY, (question, found)


@pytest.mark.parametrize("question", FRESH_CRISES)
def test_fresh_crisis_phrasings(question: str) -> None:
    found = find_urgency(question)
    assert found is not None and found.tier == CRISIS, (question, found)


@pytest.mark.parametrize(
    "question",
    [
        "I was a bit tired the next day",
        "Can I go to work the day after?",
        "I'm scared of needles",
        "what happens if I faint at the sight of blood?",
        "my friend died of cancer, can stem cells cause it?",
        "I'm dying to know if it works",
        "this article is killing me",
        "I'm short on time, quick answer: is it safe?",
        "does the injection site get warm?",
        "my heart condition, is it risky?",
        "the swelling in my knee",
        "I cough a bit, is that normal?",
        # texting shorthand and homophones read as words (fifteenth session): nothing here is a sign
        "see u next week on the left side of the clinic",
        "my face dropped when i saw the bill",
        "i had chest pain 2 years ago but rn im fine",
        "rock n roll helps me relax before the injection",
    ],
)
def test_everyday_words_are_not_red_flags(question: str) -> None:
    assert find_urgency(question) is None, question


@pytest.mark.parametrize(
    "raw", ["can it cause can\u200bcer?", "can it cause can\u00adcer?", "\ufeffcan it cause can\u2060cer?"]
)
def test_invisible_characters_inside_a_word_are_dropped(raw: str) -> None:
    # tenth outside trial: "can\u200bcer" was read as "can" and "cer" ("The article doesn't mention “cer”")
    assert clean_question(raw, 1000) == "can it cause cancer?"


def test_a_question_of_invisible_characters_only_is_asked_for_in_words() -> None:
    with pytest.raises(InvalidQuestion, match="Please type a question"):
        clean_question("\u200b\u200b\u00ad", 1000)


def test_a_red_flag_is_logged_by_its_id_never_with_the_readers_words(caplog: pytest.LogCaptureFixture) -> None:
    """`faqbot -v ask` says which red flag raised an alert (thirteenth outside trial: it said so only for the
    precedents); the log keeps the flag's id, not what the reader wrote."""
    caplog.set_level(logging.INFO, logger="faqbot")
    assert find_urgency("my chest hurts after the injection") is not None
    lines = [r.getMessage() for r in caplog.records]
    assert any("red flag chest-pain" in line for line in lines), lines
    assert not any("hurts" in line for line in lines)


@pytest.mark.parametrize(
    "question",
    [
        "writing from my hospital bed, just got sudden crushing chest pain",
        "My dad is in the ICU and his face suddenly drooped on one side",
    ],
)
def test_an_emergency_sign_in_a_hospitals_care_asks_for_the_staff_there_now(question: str) -> None:
    """Not "contact your doctor today": the nurses on the ward, now (third independent review, fifteenth session)."""
    urgency = find_urgency(question)
    assert urgency is not None and urgency.tier == SOON and urgency.in_care, question
    assert urgency.title.startswith("Tell the nurses or doctors on the ward")
    assert "now" in urgency.message and "tel:911" in urgency.message and "today" not in urgency.message


@pytest.mark.parametrize(
    ("question", "tier"),
    [
        # an independent review of the sixteenth session, missed before it
        ("The out of hours doctor doesn't think it's meningitis, but the rash on her legs isn't fading under the "
         "glass and she's getting more sleepy", EMERGENCY),
        ("he's making a high pitched noise when he breathes in and his skin is sucking in between his ribs", EMERGENCY),
        ("I thought nothing was wrong until my wife went floppy and stopped answering me", EMERGENCY),
        ("ive taken 24 paracetamol over the last few hours because my tooth hurts so much", EMERGENCY),
        ("my daughter hit her head in PE and was sick twice", EMERGENCY),
        ("111 told us to take her to A&E immediately, can i give her calpol before we go", EMERGENCY),
        ("i cant pass water since last night, my lower tummy is swollen and rock hard", EMERGENCY),
        # someone else, at home, while a relative is in hospital: not lowered to "tell the nurses"
        ("my son is now in hospital for his transplant. I just found my daughter collapsed and she won't wake up",
         EMERGENCY),
        ("grandad's now in hospital, and my nan who's at the house is slurring her words and her face has dropped",
         EMERGENCY),
        # ...and what the review's first run alarmed
        ("my consultant's secretary said to take the referral letter to the hospital reception straight away", None),
        ("the nurse said she'd speak to the hospital pharmacy urgently and get my meds sorted", None),
        ("can't pass water without it stinging like mad, think i've got cystitis again", None),
        ("I was unable to pass water for a few hours after the anaesthetic last week but it sorted itself out", None),
        ("nappies were bone dry this morning but she's had 3 wet ones since the feed and is back to normal", None),
        ("I have taken 10 paracetamol this week for my back", None),
        # ...and the same phrases in everyday senses
        ("the app stopped responding when I tried to book", None),
        ("her hair went limp after the treatment", None),
        ("I took 2 paracetamol and had 12 hours sleep", None),
        ("my rash isn't fading even with the steroid cream", None),
        ("the skin is sucking in around the scar", None),
        # a third review: the new phrases in a stem cell patient's or a parent's everyday words
        ("my teenager has stopped answering me since we argued, he sulks in his room", None),
        ("alexa stopped responding to us after the update", None),
        ("nurse told me to go straight to the hospital day unit after my bloods tomorrow for the apheresis", None),
        ("gp prescribed mum 30 paracetamol for her back and shes had 2 so far", None),
        ("my hair went limp and wont respond to any styling", None),
        ("babys nappies are bone dry in the morning cos he sleeps 8 hours now, then soaked after his first feed", None),
        ("the bath water felt very hot for my 8 week old so i added more cold", None),
        ("our dog cant pass water and keeps squatting", None),
        ("bumped his head on the table and was sick of me fussing lol, he's running around", None),
        ("the apheresis nurse rang back and said to take him to A&E straight away", EMERGENCY),
        ("ive had 12 co codamol since this morning", EMERGENCY),
        ("he just stopped answering me, eyes open but nothing there", EMERGENCY),
        # a fourth review
        ("my dads cpap machine makes a high pitched noise when he breathes", None),
        ("the shower head cant pass water through anymore because of limescale", None),
        ("bone dry nappies overnight now for my 3 year old, potty training is going great!", None),
        ("my teenage son suddenly stopped answering me when i asked about his homework, typical lol", None),
        ("ive had paracetamol 24/7 since the transplant, 2 every 6 hours", None),
        ("whistling noise when she breathes in and her ribs are sucking in", EMERGENCY),
        ("my dad is not responding since his stem cell therapy this morning", EMERGENCY),
        ("rang 111 and the doctor said go to a&e right away, do i take my meds list with me", EMERGENCY),
    ],
)
def test_signs_an_independent_review_found(question: str, tier: str | None) -> None:
    urgency = find_urgency(question)
    assert (urgency.tier if urgency else None) == tier, (question, urgency)


def test_a_sign_gone_on_for_weeks_keeps_the_doctor_today_message() -> None:
    urgency = find_urgency("I've had a tight chest for the past two weeks")
    assert urgency is not None and urgency.tier == SOON and not urgency.in_care
    assert "today" in urgency.title
