"""Errors a user can act on. Library code raises them; the CLI, chat and API translate them."""

from __future__ import annotations


class FaqbotError(Exception):
    """Base class: the message says what went wrong and what to do about it."""


class KnowledgeError(FaqbotError):
    """One or more knowledge files are invalid; each problem names its file and line."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        super().__init__("Knowledge is invalid:\n" + "\n".join(f"  - {p}" for p in self.problems))


class RedFlagsError(KnowledgeError):
    """The red-flag list (bot/data/red_flags.yaml) is invalid: a clinician's file, not the article's."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(problems)
        self.args = ("The red-flag list is invalid:\n" + "\n".join(f"  - {p}" for p in self.problems),)


class IndexProblem(FaqbotError):
    """The index is missing, unreadable, out of date, or built with another model."""


class InvalidQuestion(FaqbotError):
    """The question cannot be answered as given (empty, too long, unusable characters)."""


class NotEnglish(InvalidQuestion):
    """The question is written in another language than English, which is all the bot reads."""


class QuestionFileError(FaqbotError):
    """A labelled question file (for `faqbot eval`) has problems; each names its line."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        super().__init__("The question file has problems:\n" + "\n".join(f"  - {p}" for p in self.problems))


class StorageUnavailable(FaqbotError):
    """The database for feedback and records cannot be reached or used; answering goes on without it."""


class UnknownAnswer(FaqbotError):
    """Feedback names an answer id this bot never gave (or whose record has passed the retention limit)."""
