"""Composing answers from retrieval results: status, quotes kept, near misses, overview, urgency."""

from __future__ import annotations

from bot.composer import compose
from bot.knowledge import parse_text
from bot.retriever import Hit, Retrieval
from bot.screen import find_urgency

DOC = parse_text(
    "---\ntitle: Guide\n---\nIntro text.\n\n## Group\n\n### 1. Alpha\n\nAlpha text. More alpha.\n\n"
    "### 2. Beta\n\nBeta text.\n\n## Other\n\nOther text.\n",
    "guide",
)
P = {p.section: p for p in DOC.passages}
SECTIONS = DOC.sections


def ask(
    hits: list[tuple[str, float]],
    threshold: float = 0.3,
    question: str = "q?",
    refusal: str | None = None,
    overview: str | None = None,
):  # type: ignore[no-untyped-def]
    retrieval = Retrieval(hits=tuple(Hit(P[s], score) for s, score in hits), overview=overview)
    return compose(
        question,
        retrieval=retrieval,
        threshold=threshold,
        urgency=find_urgency(question),
        refusal=refusal,
        sections=SECTIONS,
        passages=DOC.passages,
    )


def test_confident_hits_are_quoted_weak_ones_dropped() -> None:
    answer = ask([("1. Alpha", 0.6), ("2. Beta", 0.5), ("Other", 0.3)])
    assert answer.status == "answered"
    assert [q.section for q in answer.quotes] == ["1. Alpha", "2. Beta"]  # Other is more than the margin below
    assert answer.quotes[0].text == "Alpha text. More alpha."


def test_below_threshold_is_no_match_listing_topics() -> None:
    answer = ask([("1. Alpha", 0.1)])
    assert answer.status == "no_match" and answer.quotes == ()
    assert "couldn't find" in answer.markdown and "- Alpha" in answer.markdown and "- Other" in answer.markdown


def test_just_below_threshold_offers_did_you_mean() -> None:
    answer = ask([("2. Beta", 0.27), ("1. Alpha", 0.26)])
    assert answer.status == "no_match" and answer.quotes == ()
    assert "Did you mean" in answer.markdown
    assert answer.suggestions == ("Tell me about beta", "Tell me about alpha")


def test_refusal_names_the_reason_and_never_quotes() -> None:
    answer = ask([("1. Alpha", 0.9)], refusal="The article doesn't cover costs and prices.")
    assert answer.status == "no_match" and answer.quotes == ()
    assert answer.markdown.startswith("The article doesn't cover costs and prices.")


def test_overview_lists_the_group_headings_verbatim_then_its_quotes() -> None:
    answer = ask([("1. Alpha", 0.2), ("2. Beta", 0.1), ("Other", 0.05)], overview="Group")
    assert answer.status == "answered"
    assert "- 1\\. Alpha\n- 2\\. Beta" in answer.markdown
    assert [q.section for q in answer.quotes] == ["1. Alpha", "2. Beta"]


def test_emergency_and_crisis_get_their_alert_and_no_quotes() -> None:
    emergency = ask([("1. Alpha", 0.6)], question="sudden chest pain now")
    assert emergency.status == "urgent" and emergency.urgent == {
        "tier": "emergency",
        "message": emergency.urgent["message"],
    }
    # opens with the alert heading (red, level 4), with tappable emergency numbers, and quotes nothing: a passage
    # beside "call now" ("typically mild and temporary") would say the opposite
    assert emergency.markdown.startswith("#### ⚠️ This may be a medical emergency") and emergency.quotes == ()
    assert "[911](tel:911)" in emergency.markdown and "[999](tel:999)" in emergency.markdown
    crisis = ask([("1. Alpha", 0.6)], question="I want to end my life")
    assert crisis.status == "urgent" and crisis.urgent["tier"] == "crisis" and crisis.quotes == ()
    assert crisis.suggestions == () or "Tell me" not in crisis.markdown
    assert crisis.markdown.startswith("#### ") and "[988](tel:988)" in crisis.markdown
    assert "(https://findahelpline.com)" in crisis.markdown


def test_soon_tier_keeps_answered_status_with_the_flag_on_top() -> None:
    answer = ask([("1. Alpha", 0.6)], question="mild fever since yesterday, is alpha normal?")
    assert answer.status == "answered" and answer.urgent["tier"] == "soon"
    assert answer.markdown.startswith("##### ⚠️") and "contact your doctor" in answer.markdown


def test_under_see_a_doctor_today_the_section_the_flag_names_is_quoted_first() -> None:
    # the red flag's class of signs ("infection and fever") names "2. Risk of Infection": quoted first even when it
    # scores below the others, so "typically mild and temporary" is not the first thing read under the alert
    doc = parse_text(
        "# Guide\n\n### 1. Pain at the Site\n\nTypically mild and temporary.\n\n"
        "### 2. Risk of Infection\n\nFever and chills if an infection occurs.\n",
        "guide",
    )
    by = {p.section: p for p in doc.passages}
    question = "my injection site is getting redder and more swollen every day"
    urgency = find_urgency(question)
    assert urgency is not None and urgency.tier == "soon" and urgency.about == "infection and fever"
    hits = (Hit(by["1. Pain at the Site"], 0.5), Hit(by["2. Risk of Infection"], 0.1))

    def quoted(urgency):  # type: ignore[no-untyped-def]
        answer = compose(
            question,
            retrieval=Retrieval(hits=hits),
            threshold=0.3,
            urgency=urgency,
            refusal=None,
            sections=doc.sections,
            passages=doc.passages,
        )
        return [q.section for q in answer.quotes]

    assert quoted(urgency) == ["2. Risk of Infection", "1. Pain at the Site"]
    assert quoted(None) == ["1. Pain at the Site"]  # without the alert, the weak hit is not quoted at all
    # a class that names no section leaves the order as retrieved
    numb = find_urgency("I've had new numbness in my right hand for a few days")
    assert numb is not None and numb.tier == "soon" and quoted(numb) == ["1. Pain at the Site"]


def test_notice_is_in_every_reply() -> None:
    for answer in (ask([("1. Alpha", 0.6)]), ask([]), ask([("1. Alpha", 0.6)], question="chest pain")):
        assert answer.notice and answer.notice in answer.markdown


def test_a_numbered_heading_is_a_listed_item() -> None:
    from bot.composer import numbered

    assert numbered("2. Risk of Infection") and numbered("10) Other")
    assert not numbered("Final Thoughts") and not numbered("Understanding Stem Cell Therapy")


def test_an_overview_of_several_groups_lists_each_and_quotes_from_each() -> None:
    doc = parse_text(
        "---\ntitle: Guide\n---\nIntro.\n\n## Common Side Effects\n\n### 1. Alpha\n\nAlpha text.\n\n### 2. Beta\n\n"
        "Beta text.\n\n## Serious Side Effects\n\n### 3. Gamma\n\nGamma text.\n",
        "guide",
    )
    p = {x.section: x for x in doc.passages}
    retrieval = Retrieval(
        hits=(Hit(p["1. Alpha"], 0.3), Hit(p["3. Gamma"], 0.2), Hit(p["2. Beta"], 0.1)),
        overview="Common Side Effects",
        also=("Serious Side Effects",),
    )
    answer = compose(
        "Any side effects?",
        retrieval=retrieval,
        threshold=0.5,
        urgency=None,
        refusal=None,
        sections=doc.sections,
        passages=doc.passages,
    )
    assert answer.status == "answered"  # an overview is confident on its own, below the threshold too
    assert answer.markdown.startswith(
        "The article lists these under “Common Side Effects”:\n\n- 1\\. Alpha\n- 2\\. Beta\n\n"
        "and these under “Serious Side Effects”:\n\n- 3\\. Gamma\n\nThe most relevant passages:"
    )
    assert [q.section for q in answer.quotes] == ["1. Alpha", "3. Gamma", "2. Beta"]


def test_a_long_list_of_topics_is_cut_short() -> None:
    """Ninth outside trial, D9: with 3,000 headings, "hi" and every refusal listed all of them (86 KB)."""
    from bot.composer import MAX_TOPICS

    many = tuple(f"{n}. Topic {n}" for n in range(1, 3001))
    answer = compose(
        "q?", retrieval=Retrieval(hits=()), threshold=0.3, urgency=None, refusal=None, sections=many, passages=()
    )
    listed = [line for line in answer.markdown.splitlines() if line.startswith("- ")]
    assert len(listed) == MAX_TOPICS + 1 and listed[-1].startswith("- … and 2,980 more")
    assert len(answer.markdown) < 3_000


def test_a_message_of_several_questions_is_told_it_was_searched_as_one() -> None:
    """Ninth outside trial, D10: "can stem cell therapy cause blood clots? and how long does the pain last? also is it
    safe for diabetics?" quoted blood clots only, and nothing said the other questions were not answered."""
    from bot.composer import SEVERAL_QUESTIONS, asks_several

    assert asks_several("can it cause clots? and how long does the pain last? also is it safe for diabetics?")
    assert not asks_several("Can stem cells cause cancer?") and not asks_several("is it safe? really?")
    several = ask([("1. Alpha", 0.9)], question="What is alpha like? And how long does it last?")
    assert several.markdown.startswith(SEVERAL_QUESTIONS)
    assert not ask([("1. Alpha", 0.9)], question="What is alpha like?").markdown.startswith(SEVERAL_QUESTIONS)
