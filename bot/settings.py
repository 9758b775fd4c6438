"""One typed settings object: defaults in the signature, then FAQBOT_ environment variables, then flags."""

from __future__ import annotations

import ipaddress
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from bot.errors import FaqbotError

BUNDLED_MODEL = "bundled:all-MiniLM-L6-v2"


def _env_bool(value: str) -> bool:
    """A yes/no setting; any other word is a mistake, not a quiet "no" (fourteenth outside trial:
    FAQBOT_RECORD_QUESTIONS=ture recorded nothing and said nothing)."""
    word = value.strip().lower()
    if word in {"1", "true", "yes", "on"}:
        return True
    if word in {"0", "false", "no", "off"}:
        return False
    raise ValueError(word)


# What a setting of each kind must be, said after "is not valid" (fourteenth outside trial: "FAQBOT_RETENTION_DAYS='abc'
# is not valid." did not say what is)
_EXPECTED: dict[Any, str] = {_env_bool: ": use true or false", int: ": use a whole number"}


@dataclass(frozen=True)
class Settings:
    """Where the knowledge and index live, which model embeds them, and how the server listens."""

    knowledge_dir: Path = Path("knowledge")
    index_dir: Path = Path("index")
    model: str = BUNDLED_MODEL
    host: str = "127.0.0.1"
    port: int = 7860
    max_question_chars: int = 1000
    max_quotes: int = 3
    concurrency: int = 8
    embed_origins: tuple[str, ...] = field(default_factory=tuple)
    auto_index: bool = True
    # Per client, for /api/ask and for chat questions: "N/second|minute|hour|day", or "0" for no limit.
    rate_limit: str = "60/minute"
    # How questions are embedded: "onnx" (the bundled model under ONNX Runtime, bot/onnx_embedder.py; falls back
    # to torch when it cannot be used) or "torch" (sentence-transformers). Index builds always use torch.
    engine: str = "onnx"
    # Feedback and (when opted in) unanswered questions: SQLite file by default, or postgresql+psycopg://...
    database_url: str = "sqlite:///data/faqbot.sqlite3"
    record_questions: bool = False  # store redacted no_match / did-you-mean questions for `faqbot gaps`
    retention_days: int = 30  # records older than this are deleted
    # Addresses of reverse proxies whose X-Forwarded-For is believed (nginx in `make cluster`); none by default.
    trusted_proxies: tuple[str, ...] = field(default_factory=tuple)
    # Host names the bot answers to (e.g. faq.example.org, *.example.org); any other Host header gets 400. Unset:
    # any host, as on a laptop.
    allowed_hosts: tuple[str, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        if not 1 <= self.port <= 65535:
            raise FaqbotError(f"FAQBOT_PORT must be between 1 and 65535, got {self.port}.")
        if self.max_question_chars < 1:
            raise FaqbotError(f"max_question_chars must be positive, got {self.max_question_chars}.")
        if not 1 <= self.max_quotes <= 10:
            raise FaqbotError(f"max_quotes must be between 1 and 10, got {self.max_quotes}.")
        if self.rate_limit.strip() != "0":
            from limits import parse

            try:
                parse(self.rate_limit)
            except ValueError:
                raise FaqbotError(
                    f"FAQBOT_RATE_LIMIT={self.rate_limit!r} is not a rate; write e.g. 60/minute, or 0 for no limit."
                ) from None
        if self.engine not in ("onnx", "torch"):
            raise FaqbotError(f"FAQBOT_ENGINE must be onnx or torch, got {self.engine!r}.")
        if self.concurrency < 1:
            raise FaqbotError(f"FAQBOT_CONCURRENCY must be at least 1, got {self.concurrency}.")
        if not 1 <= self.retention_days <= 3650:
            raise FaqbotError(f"FAQBOT_RETENTION_DAYS must be between 1 and 3650, got {self.retention_days}.")
        if not self.database_url.startswith(("sqlite:///", "postgresql+psycopg://")):
            raise FaqbotError(
                "FAQBOT_DATABASE_URL must start with sqlite:/// (a file) or postgresql+psycopg:// (a server), "
                f"got {self.database_url.split(':', 1)[0]!r}."
            )
        for host in self.allowed_hosts:
            if not re.fullmatch(r"(\*\.)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?|\*", host):
                raise FaqbotError(
                    f"FAQBOT_ALLOWED_HOSTS: {host!r} is not a host name; write names like faq.example.org or "
                    "*.example.org, without a scheme or port, separated by commas."
                )
        for proxy in self.trusted_proxies:
            try:
                ipaddress.ip_network(proxy, strict=False)
            except ValueError:
                raise FaqbotError(
                    f"FAQBOT_TRUSTED_PROXIES: {proxy!r} is not an IP address or network (e.g. 127.0.0.1 or 10.0.0.0/8)."
                ) from None

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Build settings from FAQBOT_* variables; keyword overrides (CLI flags) win."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        readers: dict[str, tuple[str, Any]] = {
            "knowledge_dir": ("FAQBOT_KNOWLEDGE_DIR", Path),
            "index_dir": ("FAQBOT_INDEX_DIR", Path),
            "model": ("FAQBOT_MODEL", str),
            "host": ("FAQBOT_HOST", str),
            "port": ("FAQBOT_PORT", int),
            "max_question_chars": ("FAQBOT_MAX_QUESTION_CHARS", int),
            "concurrency": ("FAQBOT_CONCURRENCY", int),
            "embed_origins": (
                "FAQBOT_EMBED_ORIGINS",
                lambda v: tuple(o.strip().rstrip("/") for o in v.split(",") if o.strip()),
            ),
            "auto_index": ("FAQBOT_AUTO_INDEX", _env_bool),
            "rate_limit": ("FAQBOT_RATE_LIMIT", str),
            "engine": ("FAQBOT_ENGINE", lambda v: v.strip().lower()),
            "database_url": ("FAQBOT_DATABASE_URL", str),
            "record_questions": ("FAQBOT_RECORD_QUESTIONS", _env_bool),
            "retention_days": ("FAQBOT_RETENTION_DAYS", int),
            "trusted_proxies": (
                "FAQBOT_TRUSTED_PROXIES",
                lambda v: tuple(p.strip() for p in v.split(",") if p.strip()),
            ),
            "allowed_hosts": (
                "FAQBOT_ALLOWED_HOSTS",
                lambda v: tuple(h.strip().lower() for h in v.split(",") if h.strip()),
            ),
        }
        for name, (var, convert) in readers.items():
            raw = env.get(var)
            if raw is None or raw == "":
                continue
            try:
                values[name] = convert(raw)
            except ValueError:
                raise FaqbotError(f"{var}={raw!r} is not valid{_EXPECTED.get(convert, '')}.") from None
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    @property
    def rate(self) -> Any:
        """The rate limit as a ``limits`` item, or None when turned off."""
        if self.rate_limit.strip() == "0":
            return None
        from limits import parse

        return parse(self.rate_limit)

    def with_(self, **changes: Any) -> Settings:
        """A copy with some fields changed."""
        return replace(self, **changes)


if __name__ == "__main__":  # `python -m bot.settings`: check the FAQBOT_* settings (make run does, first)
    import sys

    try:
        Settings.from_env()
    except FaqbotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(1)
