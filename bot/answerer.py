"""The bot: screen a question, retrieve passages, compose the answer. One instance serves every request."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Generator
from concurrent.futures import Future
from dataclasses import dataclass

import numpy as np

from bot.answer import OUT_OF_SCOPE, SMALL_TALK, Answer
from bot.answer_cache import AnswerCache
from bot.answer_kinds import HIGHLIGHT, RANK, REFUSE, answer_kinds
from bot.answer_kinds import refusal as kind_refusal
from bot.batcher import EncodeBatcher
from bot.calibration import CALIBRATION_FILE, read_questions
from bot.composer import (
    compose,
    invalid,
    not_english,
    numbered,
    section_asked_for,
    section_of_alert,
    urgent_refusal,
)
from bot.composer import topic as section_topic
from bot.embedder import Embedder, question_embedder
from bot.errors import FaqbotError, IndexProblem, InvalidQuestion, KnowledgeError, NotEnglish
from bot.general import OTHER_TREATMENT, general_health
from bot.general import reply as general_reply
from bot.indexer import build_index
from bot.knowledge import vocabulary
from bot.lexicon import Lexicon
from bot.precedents import Precedents
from bot.retriever import NO_SHARED_WORDS, Retrieval, Retriever
from bot.scope import Scope, read_examples, uncovered_headings
from bot.scope_rules import Match
from bot.screen import (
    SOON,
    clean_question,
    find_urgency,
    has_words,
    readable_part,
    urgency_in_other_language,
    urgency_of_precedents,
    urgency_of_refused,
)
from bot.settings import Settings
from bot.small_talk import small_talk
from bot.store import IndexData, load_index, load_question_vectors, read_manifest, staleness, unit_hash

log = logging.getLogger("faqbot")


@dataclass(frozen=True)
class IndexStatus:
    """Which build is served, which is newest on disk, and why the newest is not served (None when it is)."""

    served: str | None
    newest: str | None
    problem: str | None


def _describe(exc: Exception) -> str:
    """An exception as one line: our errors say what to do; others are named by their type."""
    text = " ".join(str(exc).split())
    return text if isinstance(exc, FaqbotError) else f"{type(exc).__name__}: {text}"


class Answerer:
    """Answers questions from a loaded index; swaps to a rebuilt index between requests."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self.embedder = embedder or question_embedder(settings.model, settings.engine)
        self.encoder = EncodeBatcher(self.embedder)  # one thread owns the model (bot/batcher.py)
        self.answers = AnswerCache()  # a repeated question, per index build (bot/answer_cache.py)
        self._lock = threading.Lock()
        self._data: IndexData | None = None
        self._retriever: Retriever | None = None
        self._scope_of = Scope()
        self.precedents = Precedents.load(self.embedder)  # the second urgency reader's, kept for the process
        self.threshold = 0.0
        self._newest: str | None = None  # the build manifest.json named when last read
        self._problem: str | None = None  # why that build is not served
        self._logged: tuple[str | None, str] | None = None  # the problem last logged

    # -- index lifecycle -------------------------------------------------------------------------
    def prepare(self) -> Answerer:
        """Make sure the index matches the knowledge (rebuilding it when allowed), then load it."""
        s = self.settings
        reason = staleness(s.index_dir, s.knowledge_dir, self.embedder.name)
        if reason:
            if not s.auto_index:
                raise IndexProblem(reason)
            log.warning("%s Rebuilding it now.", reason)
            try:
                build_index(s.knowledge_dir, s.index_dir, self.embedder)
            except FaqbotError as exc:
                if not (s.index_dir / "manifest.json").exists():
                    raise
                log.error("Rebuild failed, serving the last good index, which is out of date:\n%s", exc)
        self.load()
        return self

    def load(self) -> None:
        data = load_index(self.settings.index_dir)
        if data.model != self.embedder.name:
            raise IndexProblem(
                f"{self.settings.index_dir}/ was built with model {data.model!r} but this server uses "
                f"{self.embedder.name!r}; rebuild it with `faqbot index`."
            )
        retriever = Retriever(
            data, Lexicon.from_dict(data.manifest.get("lexicon"), vocabulary(data.passages))
        ).prepare()
        scope = self._scope(data, retriever)
        with self._lock:
            self._data, self._retriever, self._scope_of = data, retriever, scope
            self.threshold = float(data.manifest.get("calibration", {}).get("threshold", 0.0))
            self._newest, self._problem = data.build_id, None

    def _scope(self, data: IndexData, retriever: Retriever) -> Scope:
        """The editor's out-of-scope examples and the answerable calibration questions, as the index embedded them."""
        knowledge = self.settings.knowledge_dir
        examples = read_examples(knowledge)
        path = knowledge / CALIBRATION_FILE
        questions = [
            q for q in (read_questions(path, error=KnowledgeError) if path.is_file() else []) if q.label == "ANSWERABLE"
        ]
        new_sections = uncovered_headings(data.passages, questions)
        answerable = [q.question for q in questions] + new_sections
        cache = load_question_vectors(self.settings.index_dir, data.manifest)
        texts = [retriever.query_text(t) for t in [e.question for e in examples] + answerable]
        keys = [unit_hash(self.embedder.name, t) for t in texts]
        missing = [t for t, k in zip(texts, keys) if k not in cache]
        if missing:  # an index built before the examples were added: embed them now
            cache.update(zip((unit_hash(self.embedder.name, t) for t in missing), self.embedder.encode(missing)))
        vectors = np.stack([cache[k] for k in keys]).astype(np.float32) if keys else np.zeros((0, 1), np.float32)
        return Scope.build(examples, vectors[: len(examples)], vectors[len(examples) :], new_sections)

    def watch(self, interval: float = 1.0) -> threading.Event:
        """Poll the index folder in a daemon thread and swap in new builds; set the returned event to stop.

        The thread outlives any problem on disk: it keeps serving the loaded build and tries again.
        """
        stop = threading.Event()

        def loop() -> None:
            while not stop.wait(interval):
                self.reload_if_changed()

        threading.Thread(target=loop, name="faqbot-index-watch", daemon=True).start()
        return stop

    def reload_if_changed(self) -> bool:
        """Load a newer build if one was written since; keep serving the current one on any problem.

        Requests in flight keep the retriever they started with; the next ones get the new build. A build
        that cannot be loaded (damaged, another model, anything at all) is tried again at the next call;
        ``index_status`` says why it is not served, and each distinct problem is logged once.
        """
        if self._data is None:
            return False
        newest: str | None = None
        try:
            newest = str(read_manifest(self.settings.index_dir)["build"]["id"])
            if newest == self._data.build_id:
                self._record(newest, None)
                return False
            self.load()
        except Exception as exc:  # whatever the disk holds, the watcher must keep serving and watching
            self._record(newest, _describe(exc))
            return False
        log.info("Loaded rebuilt index %s.", newest)
        return True

    def _record(self, newest: str | None, problem: str | None) -> None:
        """Remember the newest build on disk and why it is not served; log each distinct problem once."""
        with self._lock:
            self._newest, self._problem = newest, problem
            served = self._data.build_id if self._data else None
            first_time = problem is not None and (newest, problem) != self._logged
            self._logged = (newest, problem) if problem is not None else None
        if first_time:
            log.error(
                "Could not load index build %s, still serving build %s; trying again: %s",
                newest or "(unknown)",
                served,
                problem,
            )

    def index_status(self) -> IndexStatus:
        """The build served, the newest on disk as last seen, and why that one is not served."""
        with self._lock:
            served = self._data.build_id if self._data else None
            return IndexStatus(served=served, newest=self._newest, problem=self._problem)

    @property
    def data(self) -> IndexData:
        if self._data is None:
            raise IndexProblem("The index is not loaded yet.")
        return self._data

    @property
    def retriever(self) -> Retriever:
        if self._retriever is None:
            raise IndexProblem("The index is not loaded yet.")
        return self._retriever

    @property
    def sections(self) -> tuple[str, ...]:
        return self.retriever.sections

    def section_names(self) -> dict[str, tuple[str, ...]]:
        """Every name a question file may use, with the sections it stands for: each section as itself
        ("(introduction)" for text before the first heading), and a group heading for the sections under it."""
        from bot.calibration import section_label

        names: dict[str, tuple[str, ...]] = {}
        for p in self.data.passages:
            label = section_label(p)
            names.setdefault(label, (label,))
            if p.group and p.group != label:
                members = names.get(p.group, ())
                names[p.group] = members if label in members else (*members, label)
        return names

    def warm_up(self) -> None:
        """Load the model and run one question so the first user does not wait for it."""
        self.ask("What are the side effects?")

    # -- answering -------------------------------------------------------------------------------
    def ask(self, raw_question: object) -> Answer:
        """Answer one question. Never raises for bad input: that becomes an ``invalid`` answer."""
        steps = self.asking(raw_question)
        try:
            pending = next(steps)
            while True:
                pending = steps.send(pending.result())
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]

    async def ask_async(self, raw_question: object) -> Answer:
        """``ask`` for an event loop: the same steps, but the wait for the encoder thread is an ``await``, so
        no thread is held while the model works (the screen and word lists still run in the calling thread,
        overlapping the encode)."""
        steps = self.asking(raw_question)
        try:
            pending = next(steps)
            while True:
                pending = steps.send(await asyncio.wrap_future(pending))
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]

    def asking(self, raw_question: object) -> Generator[Future[np.ndarray], np.ndarray, Answer]:
        """The steps of answering: yields the encoder's future for the question's vector when it needs the
        vector, is sent the vector, and returns the Answer (``ask`` and ``ask_async`` drive it)."""
        try:
            question = clean_question(raw_question, self.settings.max_question_chars)
        except NotEnglish as exc:
            # only the flags written in other languages can read it ("no puedo respirar"); the English ones misread it
            urgency = urgency_in_other_language(raw_question)
            if urgency is not None:
                return urgent_refusal(raw_question, urgency, str(exc))
            return not_english(raw_question, str(exc))
        except InvalidQuestion as exc:
            urgency = urgency_of_refused(raw_question)
            readable = readable_part(raw_question) if urgency is None else ""
            if has_words(readable):  # a long crisis post told without a red flag's words: read it whole too
                urgency = urgency_of_precedents(self.precedents, (yield self.encoder.submit(readable)))
            if urgency is not None:
                return urgent_refusal(raw_question, urgency, str(exc))
            return invalid(raw_question, str(exc))
        with self._lock:
            retriever, threshold, scope, data = self._retriever, self.threshold, self._scope_of, self._data
        if retriever is None or data is None:
            raise IndexProblem("The index is not loaded yet.")
        key = (data.build_id, question)
        cached = self.answers.get(key)
        if cached is not None:
            return cached
        # The model starts on the question at once; the screen and the word lists run meanwhile, in this thread.
        expanded = retriever.query_text(question)
        pending = self.encoder.submit(expanded)
        # One of the bot's own suggestions ("Tell me about final thoughts"), or a topic typed as its list shows it
        # ("Blood Clots and Pulmonary Embolism"): the section it names is what is asked for, so no word list refuses
        # it, no red flag reads its heading's words as a symptom, and no reading of the message as a story applies.
        asked_for = section_asked_for(question, retriever.sections)
        urgency = None if asked_for else find_urgency(question)
        greeted = refusal = None
        entry: Match | None = None  # the out-of-scope entry the question is a kind of
        refused_as = ""
        follow_up = False
        offer: str | None = None  # a section to suggest with a refusal
        if not asked_for:
            greeted = small_talk().reply(question) if urgency is None else None
            entry = None if greeted else retriever.scope_match(question)  # read once: refused now or once retrieved
            refusal = greeted or retriever.refused_by(entry, scope.new_sections)
            refused_as = SMALL_TALK if greeted else OUT_OF_SCOPE if refusal else ""
            refusal = refusal or retriever.vocabulary_refusal(question)
            # "what about the serious ones?": read on its own it finds nothing, and the reply should say why. One
            # that names a symptom ("chest pain that comes and goes") is read as it is.
            follow_up = not greeted and small_talk().follows_up(question, retriever.lexicon.names_a_concept(question))
            if follow_up and refusal == NO_SHARED_WORDS:
                refusal = None
        vector = yield pending
        if not asked_for and (urgency is None or (urgency.tier == SOON and not urgency.lowered)):
            # The red flags found no emergency: the whole message, read against its nearest precedents. An emergency
            # sign that the list itself lowered (already in a hospital's care, gone on for weeks) stays lowered:
            # "Dad is in the hospital today ... he suddenly couldn't move his right arm" is for the doctors there.
            urgency = urgency_of_precedents(self.precedents, vector) or urgency
        if refusal or (urgency is not None and urgency.tier != SOON):
            retrieval = Retrieval(hits=())  # nothing to quote (an emergency or a crisis quotes nothing: composer)
        else:
            kind = answer_kinds().asked(question)
            retrieval = retriever.search(
                question,
                vector,
                k=max(self.settings.max_quotes, 4),
                expanded=expanded,
                broad=bool(kind and kind.overview),
                gives=kind.gives if kind and kind.when_none == HIGHLIGHT else None,
                section=asked_for,
                include=section_of_alert(urgency, retriever.sections),
            )
            # (here nothing was refused and no emergency or crisis was found)
            nearest = next((h.passage.section for h in retrieval.hits if h.passage.level > 0), None)
            asks_for_risks = retrieval.overview or bool(kind and kind.overview)
            if asked_for:
                pass  # the section asked for is quoted first (``search``), whatever the lists below would say
            elif publisher := retriever.publisher_refusal(question, retrieval):
                # "Should I contact Regenamex?": about the publisher itself, and what it found is its advert
                refusal, retrieval, refused_as = publisher, Retrieval(hits=()), OUT_OF_SCOPE
            elif covered := retriever.covered_refusal(entry, retrieval, scope.new_sections):
                # an out-of-scope kind whose words a heading now has, but whose best passage is elsewhere
                refusal, retrieval, refused_as = covered, Retrieval(hits=()), OUT_OF_SCOPE
            elif asks_for_risks and general_health().names_another_cause(question):
                # "Are there any side effects of PRP therapy?", "what are the side effects of PRP injections": the
                # article's side effects would answer a question about another treatment. Say so, and offer the
                # nearest section.
                refusal, offer, retrieval = OTHER_TREATMENT, nearest, Retrieval(hits=())
                refused_as = OUT_OF_SCOPE
            elif not retrieval.overview:
                topic = scope.topic(vector, retrieval.best)
                general = nearest is not None and general_health().is_general(question)
                if kind and kind.when_none == REFUSE and not any(map(kind.given_by, retriever.passages)):
                    # It asks for a kind of answer (a figure) that no passage of the articles gives.
                    refusal, retrieval, refused_as = kind_refusal(kind), Retrieval(hits=()), OUT_OF_SCOPE
                elif general and not numbered(nearest or ""):
                    # A general question nearest to no side effect ("What is a teratoma?" nearest "Understanding Stem
                    # Cell Therapy"): there is no side effect to name, so the plain refusal.
                    retrieval, refused_as = Retrieval(hits=()), OUT_OF_SCOPE
                elif (
                    nearest
                    and not follow_up
                    and (general or (numbered(nearest) and general_health().names_no_treatment(question)))
                ):
                    # A condition asked about in general, or a symptom told without the treatment, nearest to a
                    # numbered side effect: offer the section that names it as a side effect. A question naming
                    # nothing of health ("who won the game last nite") has no side effect to offer: the plain refusal
                    # (fifteenth outside trial: it was told the article covers pain and swelling only as a side effect).
                    if general or retriever.lexicon.names_a_concept(question):
                        refusal, offer = general_reply(section_topic(nearest)), nearest
                    retrieval, refused_as = Retrieval(hits=()), OUT_OF_SCOPE
                elif topic:
                    refusal, retrieval = retriever.lexicon.reply_for(topic), Retrieval(hits=())
                    refused_as = OUT_OF_SCOPE
                elif kind and kind.when_none == RANK:
                    # Passages that give the kind of answer asked for come first.
                    hits = sorted(retrieval.hits, key=lambda h: not kind.given_by(h.passage))
                    retrieval = Retrieval(
                        hits=tuple(hits), overview=retrieval.overview, top=retrieval.top, also=retrieval.also
                    )
        answer = compose(
            question,
            retrieval=retrieval,
            threshold=threshold,
            urgency=urgency,
            refusal=refusal,
            refused_as=refused_as,
            offer=offer,
            sections=retriever.sections,
            passages=retriever.passages,
            max_quotes=self.settings.max_quotes,
            no_answer=small_talk().follow_up_reply if follow_up else None,
        )
        self.answers.put(key, answer)
        return answer
