"""The bot: screen a question, retrieve passages, compose the answer. One instance serves every request."""

from __future__ import annotations

import logging
import threading

from bot.answer import Answer
from bot.composer import compose, invalid
from bot.embedder import Embedder, SentenceTransformerEmbedder
from bot.errors import FaqbotError, IndexProblem, InvalidQuestion
from bot.indexer import build_index
from bot.knowledge import vocabulary
from bot.lexicon import Lexicon
from bot.retriever import Retrieval, Retriever
from bot.screen import SOON, clean_question, find_urgency
from bot.settings import Settings
from bot.store import IndexData, load_index, read_manifest, staleness

log = logging.getLogger("faqbot")


class Answerer:
    """Answers questions from a loaded index; swaps to a rebuilt index between requests."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self.embedder = embedder or SentenceTransformerEmbedder(settings.model)
        self._lock = threading.Lock()
        self._data: IndexData | None = None
        self._retriever: Retriever | None = None
        self.threshold = 0.0

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
        retriever = Retriever(data, Lexicon.from_dict(data.manifest.get("lexicon"), vocabulary(data.passages)))
        with self._lock:
            self._data, self._retriever = data, retriever
            self.threshold = float(data.manifest.get("calibration", {}).get("threshold", 0.0))

    def watch(self, interval: float = 1.0) -> threading.Event:
        """Poll the index folder in a daemon thread and swap in new builds; set the returned event to stop."""
        stop = threading.Event()

        def loop() -> None:
            while not stop.wait(interval):
                self.reload_if_changed()

        threading.Thread(target=loop, name="faqbot-index-watch", daemon=True).start()
        return stop

    def reload_if_changed(self) -> bool:
        """Load a newer build if one was written since; keep serving the current one on any problem.

        Requests in flight keep the retriever they started with; the next ones get the new build.
        """
        if self._data is None:
            return False
        try:
            build = read_manifest(self.settings.index_dir)["build"]["id"]
            if build == self._data.build_id:
                return False
            self.load()
            log.info("Loaded rebuilt index %s.", build)
            return True
        except (FaqbotError, KeyError, OSError) as exc:
            log.error("Could not load the rebuilt index, still serving the previous one: %s", exc)
            return False

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

    def warm_up(self) -> None:
        """Load the model and run one question so the first user does not wait for it."""
        self.ask("What are the side effects?")

    # -- answering -------------------------------------------------------------------------------
    def ask(self, raw_question: object) -> Answer:
        """Answer one question. Never raises for bad input: that becomes an ``invalid`` answer."""
        try:
            question = clean_question(raw_question, self.settings.max_question_chars)
        except InvalidQuestion as exc:
            return invalid(raw_question, str(exc))
        urgency = find_urgency(question)
        with self._lock:
            retriever, threshold = self._retriever, self.threshold
        if retriever is None:
            raise IndexProblem("The index is not loaded yet.")
        refusal = retriever.refusal(question)
        if refusal and (urgency is None or urgency.tier == SOON):
            retrieval = Retrieval(hits=())  # nothing to quote: skip the model
        else:
            expanded = retriever.query_text(question)
            vector = self.embedder.encode([expanded])[0]
            retrieval = retriever.search(question, vector, k=max(self.settings.max_quotes, 4), expanded=expanded)
        return compose(
            question,
            retrieval=retrieval,
            threshold=threshold,
            urgency=urgency,
            refusal=refusal,
            sections=retriever.sections,
            passages=retriever.passages,
            max_quotes=self.settings.max_quotes,
        )
