"""Whether a question is written in English, the only language the articles, the word lists and the red flags read.

A question in another language is read word by word against wordfreq's frequency lists: a word much commoner in
one of ``OTHERS`` than in English ("los", "efectos", "cellules") votes for that language, a word much commoner in
English votes for English, and a word common in both ("son", "de" as a name) does not vote. When the other
languages' votes are at least ``MIN_VOTES`` and more than twice English's, the question is not English: read as
English, "cellules" was taken for a typo of a red-flag word and "cuales" was "a word the article doesn't mention".
A phrase of another language inside an English question ("my abuela has dolor de cabeza after the injection")
stays English.

wordfreq's "small" lists of the other languages are read once (about 20 MB read, 0.6 s); the words of them at
``KEPT_ZIPF`` or above (178,000 words of thirteen languages) are kept in the disk cache (``bot/disk_cache.py``) as for English.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib.metadata import version

from bot.word_frequency import zipf

# The languages most often written to an English health site in the US and Europe: each one's name, and the reply
# in it ("I can only read questions in English. If this is an emergency, call your local emergency number now.").
OTHERS = {
    "es": (
        "Spanish",
        "Solo puedo leer preguntas en inglés. Si es una emergencia, llame ahora al número de emergencias local.",
    ),
    "fr": (
        "French",
        "Je ne peux lire que des questions en anglais. En cas d'urgence, appelez maintenant le numéro d'urgence local.",
    ),
    "de": (
        "German",
        "Ich kann nur Fragen auf Englisch lesen. Im Notfall rufen Sie jetzt die örtliche Notrufnummer an.",
    ),
    "pt": (
        "Portuguese",
        "Só consigo ler perguntas em inglês. Em caso de emergência, ligue agora para o número de emergência local.",
    ),
    "it": (
        "Italian",
        "Posso leggere solo domande in inglese. In caso di emergenza, chiami subito il numero di emergenza locale.",
    ),
    # Other languages written in Latin letters (ninth outside trial: an emergency in Polish, Dutch, Turkish,
    # Vietnamese or Tagalog was read as English and answered "The article doesn't mention “moj”").
    "nl": ("Dutch", "Ik kan alleen vragen in het Engels lezen. Bel bij een noodgeval nu het lokale alarmnummer."),
    "pl": (
        "Polish",
        "Mogę czytać tylko pytania po angielsku. W nagłym wypadku zadzwoń teraz na lokalny numer alarmowy.",
    ),
    "tr": (
        "Turkish",
        "Yalnızca İngilizce soruları okuyabilirim. Acil bir durumsa, hemen yerel acil durum numarasını arayın.",
    ),
    "vi": (
        "Vietnamese",
        "Tôi chỉ có thể đọc câu hỏi bằng tiếng Anh. Nếu là trường hợp khẩn cấp, hãy gọi ngay số cấp cứu địa phương.",
    ),
    "fil": (
        "Tagalog",
        "Mga tanong sa Ingles lamang ang kaya kong basahin. Kung ito ay emergency, tumawag agad sa lokal na emergency "
        "number.",
    ),
    "id": (
        "Indonesian",
        "Saya hanya dapat membaca pertanyaan dalam bahasa Inggris. Jika ini keadaan darurat, segera hubungi nomor "
        "darurat setempat.",
    ),
    "ro": (
        "Romanian",
        "Pot citi doar întrebări în limba engleză. Dacă este o urgență, sunați acum la numărul local de urgență.",
    ),
    "sv": ("Swedish", "Jag kan bara läsa frågor på engelska. Om det är en nödsituation, ring det lokala nödnumret nu."),
}
MARGIN = 1.0  # a word votes for a language when it is this much commoner there (Zipf) than in the other
MIN_VOTES = 3
KEPT_ZIPF = 3.5  # rarer words of the other languages are too few to change a vote (and thirteen lists are big)
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _others() -> dict[str, tuple[str, float]]:
    """For each word of the other languages' lists: the language where it is commonest, and its Zipf value there."""
    from bot.disk_cache import cached

    return cached("wordfreq-others", [version("wordfreq"), str(KEPT_ZIPF), *OTHERS], _from_wordfreq)


def _from_wordfreq() -> dict[str, tuple[str, float]]:
    from wordfreq import get_frequency_dict, zipf_frequency

    best: dict[str, tuple[str, float]] = {}
    for lang in OTHERS:
        for word in get_frequency_dict(lang, wordlist="small"):
            z = float(zipf_frequency(word, lang, wordlist="small"))
            if z >= KEPT_ZIPF and z > best.get(word, ("", 0.0))[1]:
                best[word] = (lang, z)
    return best


def foreign_word(word: str) -> bool:
    """Whether a word is much commoner in one of ``OTHERS`` than in English ("madre", "tiene", "fille"): in an English
    question it is a word of the reader's own language, not a term the articles lack."""
    lang, there = _others().get(word.lower(), ("", 0.0))
    return bool(lang) and there - zipf(word) >= MARGIN


def foreign_language(text: str) -> str | None:
    """The code of the language the text is written in ("es") when it is one of ``OTHERS`` and not English, else
    None."""
    others = _others()
    votes: dict[str, int] = {}
    english = 0
    for word in _WORD.findall(text.lower()):
        lang, there = others.get(word, ("", 0.0))
        here = zipf(word) if word.isascii() else 0.0  # an accented word is not English ("células", "cuáles")
        if lang and there - here >= MARGIN:
            votes[lang] = votes.get(lang, 0) + 1
        elif here - there >= MARGIN:
            english += 1
    foreign = sum(votes.values())
    if foreign < MIN_VOTES or foreign <= 2 * english:
        return None
    return max(votes, key=lambda lang: votes[lang])


# A message written mostly in letters of another script (Arabic, Chinese, Cyrillic, Devanagari, Hebrew...) cannot be
# read at all: neither the word lists nor the red flags know a word of it.
OTHER_SCRIPT_SHARE = 0.5
OTHER_SCRIPT_REPLY = (
    "I can only read questions in English, and this is written in another script. Please ask in English. If this "
    "may be an emergency, call your local emergency number now."
)


def other_script(text: str) -> bool:
    """Whether at least ``OTHER_SCRIPT_SHARE`` of the text's letters are not Latin letters."""
    letters = [ch for ch in text if unicodedata.category(ch).startswith("L")]
    if not letters:
        return False
    latin = sum(unicodedata.name(ch, "").startswith(("LATIN", "FULLWIDTH LATIN")) for ch in letters)
    return (len(letters) - latin) >= OTHER_SCRIPT_SHARE * len(letters)


def not_english_reply(lang: str) -> str:
    """What the bot says to a question in ``lang``: in English, then in that language."""
    name, in_theirs = OTHERS[lang]
    return (
        f"I can only read questions in English, and this looks like {name}. Please ask in English. If this may be "
        f"an emergency, call your local emergency number now. {in_theirs}"
    )
