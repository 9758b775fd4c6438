"""Compose an Answer from what screening and retrieval found."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answer import ANSWERED, INVALID, NO_MATCH, NOTICE, URGENT, Answer, Quote
from bot.knowledge import Passage
from bot.lexicon import word_stems
from bot.render import answer_markdown, bullet_list, escape
from bot.retriever import Hit, Retrieval
from bot.screen import CRISIS, EMERGENCY, HELP_LINKS, SOON, Urgency

# A quote is shown only when it scores within this much of the best one: weaker ones are noise.
QUOTE_MARGIN = 0.2
# Just below the threshold the bot does not quote, but offers the nearest sections as "did you mean".
NEAR_MISS_BAND = 0.05


def topic(section: str) -> str:
    """A section heading without its list number: '2. Risk of Infection' -> 'Risk of Infection'."""
    return re.sub(r"^\s*\d+[.)]\s*", "", section)


# A message of several questions is searched as one: the reply says so, so that none is dropped without a word.
SEVERAL_QUESTIONS = (
    "Your message asks more than one question; I searched it as one, so ask each on its own for a fuller answer."
)
_QUESTION = re.compile(r"[^?]*\w[^?]*\?")


def asks_several(question: str) -> bool:
    """Whether the message holds two or more questions of three words or more, each ending with "?"."""
    return sum(len(re.findall(r"\w+", q)) >= 3 for q in _QUESTION.findall(question)) >= 2


# The longest list of topics a reply shows: past it, a reader on a phone would scroll past a table of contents.
MAX_TOPICS = 20


def numbered(section: str) -> bool:
    """Whether a section heading carries a list number ('2. Risk of Infection'): one of the article's listed items."""
    return topic(section) != section


def suggestion_for(section: str) -> str:
    """A question that retrieves the section: its heading in lower case (acronyms kept)."""
    words = " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in topic(section).split())
    return f"Tell me about {words}"


def section_asked_for(question: str, sections: Sequence[str]) -> str | None:
    """The section that one of the bot's own suggestions asks for ("Tell me about final thoughts"), or that a topic
    of its list names as it is listed ("Blood Clots and Pulmonary Embolism", typed or pasted from a refusal), in any
    case and with or without a closing full stop or question mark; None for any other question."""
    said = " ".join(re.sub(r"[\s.?!]+$", "", question).split()).casefold()
    asked = said if said.startswith("tell me about ") else f"tell me about {said}"
    return next((s for s in sections if suggestion_for(s).casefold() == asked), None)


def to_quote(hit: Hit) -> Quote:
    p: Passage = hit.passage
    return Quote(
        document=p.document,
        title=p.title,
        section=p.section,
        text=p.text,
        score=hit.score,
        start=p.start,
        end=p.end,
        source_url=p.source_url,
        highlights=hit.highlights,
    )


def printable(text: str) -> str:
    """``text`` with lone surrogates (which no UTF-8 response can carry) replaced by U+FFFD."""
    return re.sub(r"[\ud800-\udfff]", "\ufffd", text)


def invalid(question: object, message: str, links: str = "") -> Answer:
    """A question the bot cannot read; ``links``: trusted Markdown after the message."""
    text = printable(question.strip()) if isinstance(question, str) else ""
    lead = f"⚠️ {escape(message)}" + (f"\n\n{links}" if links else "")
    return Answer(
        status=INVALID,
        question=text,
        notice=NOTICE,
        markdown=answer_markdown(lead=lead, notice=NOTICE),
        message=message,
    )


def not_english(question: object, message: str) -> Answer:
    """A question in another language: ``invalid``, with the emergency numbers and crisis lines as links, since the
    red flags cannot read it either."""
    return invalid(question, message, links=HELP_LINKS)


def urgent_refusal(question: object, urgency: Urgency, message: str) -> Answer:
    """A message refused as too long or malformed that raises an emergency or crisis flag: the alert first, then
    what to change to get an answer from the article (status ``urgent``, so every client shows the alert)."""
    text = printable(question.strip()) if isinstance(question, str) else ""
    return Answer(
        status=URGENT,
        question=text,
        notice=NOTICE,
        urgent=urgency.as_dict(),
        markdown=answer_markdown(
            lead=f"ℹ️ {escape(message)}", urgent=(urgency.tier, urgency.title, urgency.body), notice=NOTICE
        ),
        message=message,
    )


def section_of_alert(urgency: Urgency | None, sections: Sequence[str]) -> str | None:
    """Under "contact your doctor today", the numbered section whose heading the red flag's class of signs names
    ("infection and fever": "2. Risk of Infection"; "blood clots": "5. Blood Clots and Pulmonary Embolism"), or None.
    A worsening injection site was answered with "This reaction is typically mild and temporary" alone, and the
    passage on infection not at all; it is retrieved (``Retriever.search``'s ``include``) and quoted first."""
    if urgency is None or urgency.tier != SOON or not urgency.about:
        return None
    named = word_stems(urgency.about)
    return next((s for s in sections if numbered(s) and named & word_stems(topic(s))), None)


def _quotes(retrieval: Retrieval, threshold: float, max_quotes: int, lead: str | None = None) -> tuple[Quote, ...]:
    """The hits quoted; ``lead``: the section an amber alert names (``section_of_alert``), quoted first when
    retrieved, if below the margin: the alert says why it is read first."""
    hits = retrieval.hits
    if retrieval.asked:  # a section asked for by name (the bot's own suggestion) is quoted, whatever it scores
        return tuple(to_quote(h) for h in hits if h.passage.section == retrieval.asked)[:max_quotes]
    if retrieval.overview:  # a clear match with a group heading is confident on its own
        groups = retrieval.overview_groups
        chosen = [h for h in hits if h.passage.group in groups][:max_quotes]
        return tuple(to_quote(h) for h in chosen)
    if not hits or retrieval.best < threshold:
        return ()
    chosen = [h for h in hits if h.score >= threshold and h.score >= retrieval.best - QUOTE_MARGIN][:max_quotes]
    if first := next((h for h in hits if lead is not None and h.passage.section == lead), None):
        chosen = [first, *(h for h in chosen if h is not first)][:max_quotes]
    return tuple(to_quote(h) for h in chosen)


def compose(
    question: str,
    *,
    retrieval: Retrieval,
    threshold: float,
    urgency: Urgency | None,
    refusal: str | None,
    sections: tuple[str, ...],
    refused_as: str = "",
    offer: str | None = None,
    passages: Sequence[Passage] = (),
    max_quotes: int = 3,
    no_answer: str | None = None,
) -> Answer:
    """Decide the status and build the reply: quotes above the threshold, or what the bot can answer.

    ``offer``: with a refusal, the section to suggest first (a general health question: the section that names
    its condition as a side effect). ``no_answer``: said instead of "I couldn't find an answer" (and of "Did you
    mean") when nothing is quoted and nothing was refused: a follow-up read on its own."""
    # An emergency or a crisis gets its alert and nothing else to read: a quote beside "call now" ("This reaction is
    # typically mild and temporary") would say the opposite, and the reader should not stay to read it.
    quotes = (
        ()
        if refusal or (urgency and urgency.tier in (CRISIS, EMERGENCY))
        else _quotes(retrieval, threshold, max_quotes, section_of_alert(urgency, sections))
    )
    quoted = {q.section for q in quotes}
    suggestions = tuple(
        suggestion_for(s)
        for s in dict.fromkeys(h.passage.section for h in retrieval.hits if h.passage.level > 0)
        if s not in quoted
    )[:3]
    bullets: tuple[str, ...] = ()
    bullet_questions: tuple[str, ...] = ()  # for "did you mean": each bullet asks its section

    if urgency is not None and urgency.tier != SOON:
        status = URGENT
        lead = ""
    elif quotes:
        status = ANSWERED
        lead = "Here is what the article says:"
        if asks_several(question):  # ninth outside trial: the other questions were dropped without a word
            lead = f"{SEVERAL_QUESTIONS} {lead}"
        if retrieval.overview:
            lists = [
                f"these under “{escape(group)}”:\n\n"
                + bullet_list(tuple(dict.fromkeys(p.section for p in passages if p.group == group)))
                for group in retrieval.overview_groups
            ]
            lead = "The article lists " + "\n\nand ".join(lists) + "\n\nThe most relevant passages:"
    else:
        status = NO_MATCH
        near = [h for h in retrieval.hits if h.passage.level > 0 and h.score >= threshold - NEAR_MISS_BAND]
        if near and not refusal and not no_answer:
            # Close, but not close enough to quote: offer the nearest sections instead of guessing.
            nearest = tuple(dict.fromkeys(h.passage.section for h in near))[:3]
            lead = "I'm not sure the article answers that. Did you mean one of these?"
            bullets = tuple(topic(s) for s in nearest)
            suggestions = tuple(suggestion_for(s) for s in nearest)
            bullet_questions = suggestions
        else:
            reason = (
                f"{escape(refusal)} "
                if refusal
                else f"{escape(no_answer)} "
                if no_answer
                else "I couldn't find an answer to that in the article, so I won't guess. "
            )
            lead = f"{reason}I can answer questions about these topics:"
            bullets = tuple(topic(s) for s in sections[:MAX_TOPICS])
            if len(sections) > MAX_TOPICS:  # ninth outside trial: 3,000 headings made every refusal 86 KB long
                bullets += (f"… and {len(sections) - MAX_TOPICS:,} more: ask about what you are looking for",)
            offered = [offer] if refusal and offer in sections else []
            suggestions = tuple(suggestion_for(s) for s in [*offered, *(s for s in sections if s not in offered)][:3])
    markdown = answer_markdown(
        lead=lead,
        quotes=quotes,
        urgent=(urgency.tier, urgency.title, urgency.body) if urgency else None,
        bullets=bullets,
        bullet_questions=bullet_questions,
        suggestions=suggestions if status != URGENT else (),
        notice=NOTICE,
    )
    return Answer(
        status=status,
        question=question,
        quotes=quotes,
        notice=NOTICE,
        urgent=urgency.as_dict() if urgency else None,
        suggestions=suggestions,
        markdown=markdown,
        refused_as=refused_as if status == NO_MATCH else "",
    )
