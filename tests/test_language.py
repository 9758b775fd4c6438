"""A question in another language is told, in English and in its own language, that only English is read."""

from __future__ import annotations

import json

import pytest

from bot.errors import NotEnglish
from bot.language import OTHERS, foreign_language, not_english_reply
from bot.screen import clean_question, urgency_in_other_language, urgency_of_refused
from tests.conftest import ROOT

OTHER_LANGUAGES = [
    ("¿cuáles son los efectos secundarios de la terapia con células madre?", "es"),
    ("quels sont les effets secondaires des cellules souches ?", "fr"),
    ("Was sind die Nebenwirkungen der Stammzelltherapie?", "de"),
    ("Quais são os efeitos colaterais das células-tronco?", "pt"),
    ("Quali sono gli effetti collaterali delle cellule staminali?", "it"),
    # ninth outside trial: emergencies in these were read as English ("The article doesn't mention “moj”")
    ("mój tata nie może oddychać po komórkach macierzystych", "pl"),
    ("mijn vader kan niet ademen na stamcellen", "nl"),
    ("babam kök hücreden sonra nefes alamıyor", "tr"),
    ("bố tôi không thở được sau khi tiêm tế bào gốc", "vi"),
    ("tatay ko hindi makahinga pagkatapos ng stem cell", "fil"),
    ("ayah saya tidak bisa bernapas setelah sel punca", "id"),
    ("tatăl meu nu poate respira după celulele stem", "ro"),
    ("min pappa kan inte andas efter stamcellerna", "sv"),
]


@pytest.mark.parametrize(("question", "lang"), OTHER_LANGUAGES)
def test_a_question_in_another_language_is_named_and_refused(question: str, lang: str) -> None:
    assert foreign_language(question) == lang
    with pytest.raises(NotEnglish) as refused:
        clean_question(question, 2000)
    assert OTHERS[lang][0] in str(refused.value) and OTHERS[lang][1] in str(refused.value)
    # "cellules" is no misspelt red-flag word: only the flags written in other languages read it, and of these lines
    # only the ones saying "my father can't breathe" (from the sixth on) raise one
    found = urgency_of_refused(question)
    assert (
        (found is None) if question in dict(OTHER_LANGUAGES[:5]) else (found is not None and found.tier == "emergency")
    )


@pytest.mark.parametrize(
    "question",
    [
        "hi",
        "Is Regenamex in Cancún safe?",
        "my abuela has dolor de cabeza after the injection",
        "Can stem cells cause cancer?",
    ],
)
def test_english_with_a_foreign_word_or_phrase_is_english(question: str) -> None:
    assert foreign_language(question) is None


def test_no_english_question_of_the_dev_set_or_the_calibration_file_is_taken_for_another_language() -> None:
    # every question set (all written in English by people outside the project), and the calibration file
    for path in (*sorted((ROOT / "tests/data").glob("**/*.jsonl")), ROOT / "knowledge/calibration.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            question = json.loads(line).get("question") if line.strip() else None
            assert question is None or foreign_language(question) is None, (path.name, question)


def test_the_reply_says_so_in_english_first_and_names_an_emergency() -> None:
    reply = not_english_reply("es")
    assert reply.startswith("I can only read questions in English") and "emergency number" in reply


@pytest.mark.integration
def test_the_answerer_returns_invalid_with_the_reply_and_no_alert(answerer) -> None:  # type: ignore[no-untyped-def]
    answer = answerer.ask("quels sont les effets secondaires des cellules souches ?")
    assert answer.status == "invalid" and answer.urgent is None
    assert "looks like French" in answer.markdown and "Je ne peux lire" in answer.markdown


@pytest.mark.integration
def test_a_question_in_another_language_gets_the_emergency_numbers_and_crisis_lines_as_links(answerer) -> None:  # type: ignore[no-untyped-def]
    # "what are the risks of stem cells for my mother?", in Spanish: refused, with every number as a link
    answer = answerer.ask("cuales son los riesgos de las celulas madre para mi madre")
    assert answer.status == "invalid" and answer.urgent is None
    for link in ("(tel:911)", "(tel:112)", "(tel:999)", "(tel:988)", "(https://findahelpline.com)"):
        assert link in answer.markdown, link


@pytest.mark.parametrize(("question", "_lang"), OTHER_LANGUAGES[5:])
def test_the_flags_written_in_other_languages_read_an_emergency_in_them(question: str, _lang: str) -> None:
    # each of these says "my father can't breathe after the stem cells"
    found = urgency_in_other_language(question)
    assert found is not None and found.tier == "emergency", question


@pytest.mark.integration
@pytest.mark.parametrize(
    ("message", "tier"),
    [
        # tenth outside trial: these got the English-only reply, with the numbers in small print and no alert
        ("me duele mucho el pecho y no puedo respirar despues de las celulas madre", "emergency"),
        ("je n'arrive plus à respirer après l'injection", "emergency"),
        ("ich bekomme keine Luft mehr seit der Stammzellinjektion", "emergency"),
        ("eu quero me matar, o tratamento não funcionou", "crisis"),
        ("ich will mich umbringen, nichts hilft", "crisis"),
        # fifteenth outside trial: a sepsis sign and a stroke got only the English-only reply
        ("tengo fiebre muy alta y escalofríos y estoy muy confundido después del tratamiento", "emergency"),
        ("me siento muy mareado y se me durmió la mitad de la cara y el brazo", "emergency"),
        # a second review of the same session
        ("mi hijo se tomó unas pastillas de su abuela", "emergency"),
        ("ma fille a avalé des cachets de ma mère", "emergency"),
        ("mon bébé a bu de l'eau de javel", "emergency"),
        ("mi mamá no despierta y respira raro", "emergency"),
        ("minha mãe está desmaiada e não responde", "emergency"),
        ("mi papá tiene la mitad de la cara caída y no puede hablar bien", "emergency"),
        ("il saigne beaucoup et ça ne s'arrête pas", "emergency"),
    ],
)
def test_an_emergency_in_another_language_gets_the_alert_first(answerer, message: str, tier: str) -> None:  # type: ignore[no-untyped-def]
    answer = answerer.ask(message)
    assert answer.status == "urgent" and answer.urgent is not None and answer.urgent["tier"] == tier, message
    assert "I can only read questions in English" in answer.markdown
    assert answer.markdown.index("tel:") < answer.markdown.index("I can only read questions in English")


@pytest.mark.parametrize(
    "message",
    [
        "والدي وجهه متدلي ولا يستطيع رفع ذراعه",  # Arabic: "my father's face is drooping and he can't lift his arm"
        "我爸爸的脸下垂了，他抬不起胳膊",  # Chinese, the same (sixth outside trial)
        "Привет, у меня болит грудь",  # Russian: "my chest hurts"
        "אבא שלי לא מצליח להרים את היד",  # Hebrew: "my father can't lift his arm"
    ],
)
def test_a_message_in_another_script_is_refused_with_the_emergency_numbers(answerer, message: str) -> None:  # type: ignore[no-untyped-def]
    """Neither the word lists nor the red flags can read a word of it: it was answered 'I couldn't find any of your
    question's words', with no emergency number."""
    with pytest.raises(NotEnglish):
        clean_question(message, 1000)
    answer = answerer.ask(message)
    assert answer.status == "invalid" and "another script" in answer.markdown
    for link in ("(tel:911)", "(tel:112)", "(tel:999)", "(tel:988)"):
        assert link in answer.markdown, link


@pytest.mark.parametrize(
    "question",
    [
        "Is a café visit ok after stem cells?",
        "what is the risk of an infection (感染)?",
        "Ｃａｎ ｓｔｅｍ ｃｅｌｌｓ ｃａｕｓｅ ｃａｎｃｅｒ？",
    ],
)
def test_latin_letters_with_accents_a_foreign_word_or_fullwidth_forms_are_read(question: str) -> None:
    assert clean_question(question, 1000)


def test_fullwidth_letters_are_read_as_the_letters_they_are(answerer) -> None:  # type: ignore[no-untyped-def]
    answer = answerer.ask("Ｃａｎ ｓｔｅｍ ｃｅｌｌｓ ｃａｕｓｅ ｃａｎｃｅｒ？")
    assert answer.status == "answered" and answer.quotes[0].section.startswith("4. Tumor")


@pytest.mark.parametrize(
    "question",
    [
        # look-alikes an independent review of the tenth session wrote: a blocked nose, a pet, a question about risk
        "no puedo respirar por la nariz, estoy resfriado desde ayer",
        "ich bekomme keine Luft durch die Nase, ist das normal nach der Spritze?",
        "¿las células madre aumentan el riesgo de suicidio?",
        "quiero morir de risa con este video de mi gato",
        # and the fifteenth session's own look-alikes
        "estoy confundido sobre el precio del tratamiento",
        "la clínica no responde mis correos",
        "tengo un derrame en la rodilla después de la inyección",
        "mi padre tuvo un derrame cerebral hace años",
    ],
)
def test_the_flags_written_in_other_languages_leave_look_alikes_alone(question: str) -> None:
    assert urgency_in_other_language(question) is None, question


@pytest.mark.parametrize(
    "question",
    [
        # calm messages in other languages that a first, broader form of the fourteenth session's flags alarmed
        # (independent review): the past, a question, an eye, a pimple, a child's speech, a baby asleep, a doctor who
        # does not answer, confusion about what one reads, gums that bleed when brushed
        "Mi padre sufrió un derrame cerebral el año pasado, ¿las células madre le pueden ayudar?",
        "¿Las células madre pueden provocar un ictus?",
        "Tengo un grano en un lado de la cara desde ayer",
        "Mi hijo de 2 años todavía no puede hablar bien, ¿las células madre ayudan con el autismo?",
        "Meu pai teve um AVC há 5 anos, células-tronco podem ajudar?",
        "J'ai un bouton sur un côté du visage",
        "Mi bebé no se despierta por la noche, duerme 8 horas seguidas",
        "Llevo una semana esperando y el doctor no responde",
        "Estoy muy confundido por todo lo que leo en internet sobre las células madre",
        "Meu filho não acorda cedo para a escola, é preguiça",
        "Je suis très confus par les différents traitements proposés",
        "Me sangra mucho la encía cuando me cepillo los dientes",
        # a second review of the same session
        "mi hijo no responde al tratamiento con células madre, ¿qué otras opciones hay?",
        "mi padre no responde bien a la quimioterapia",
        "mon fils ne répond plus à mes textos depuis hier",
        "mi perro no reacciona cuando lo llamo por su nombre",
        "la piel no reacciona a la crema después de la inyección",
        "¿está inconsciente el paciente durante la extracción de médula ósea?",
        "se me durmió la cara por la anestesia del dentista, ¿es normal?",
        "mon père a eu un AVC en 2019 et il ne peut plus lever le bras depuis",
        "mi abuela ya no puede hablar desde hace dos años por el alzheimer",
        "meu filho faz boca torta quando não gosta da comida",
        "vi un documental sobre la sobredosis de opioides",
        "¿cuánta vitamina D es una sobredosis?",
        "Mon père a avalé des comprimés ce matin comme d'habitude, est-ce que ça interagit avec les cellules souches ?",
        "la encía no deja de sangrar cuando me cepillo los dientes",
        "j'ai le visage paralysé par le botox, c'est normal ?",
    ],
)
def test_calm_messages_in_other_languages_raise_no_alert(question: str) -> None:
    assert urgency_in_other_language(question) is None, question
