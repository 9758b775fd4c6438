"""The faqbot command: index, ask, eval, gaps, serve. Thin wrappers over the library."""

from __future__ import annotations

import argparse
import atexit
import gc
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from bot.errors import FaqbotError, KnowledgeError, RedFlagsError
from bot.settings import Settings


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.from_env(
        knowledge_dir=getattr(args, "knowledge", None),
        index_dir=getattr(args, "index", None),
        model=getattr(args, "model", None),
        host=getattr(args, "host", None),
        port=getattr(args, "port", None),
    )


def _progress_bar(done: int, total: int) -> None:
    if total <= 64:  # one batch: over in a moment, no bar needed
        return
    width = 30
    filled = int(width * done / total) if total else width
    sys.stderr.write(f"\rEmbedding [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    if done >= total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def _progress_lines() -> Callable[[int, int], None]:
    """Progress for a log (stderr not a terminal): a line at every tenth of each large article's embedding, so a
    build of a big article is not ten silent minutes. The build reports article by article, each counting from
    the start: a new count starts the tenths again."""
    reported = -1
    last = (0, 0)  # (done, total) of the previous report

    def report(done: int, total: int) -> None:
        nonlocal reported, last
        if total != last[1] or done < last[0]:
            reported = -1  # the next article
        last = (done, total)
        if total < 1000:
            return
        tenth = 10 * done // total
        if tenth > reported:
            reported = tenth
            print(f"Embedding: {done:,} of {total:,} units ({10 * tenth}%)", file=sys.stderr, flush=True)

    return report


def cmd_index(args: argparse.Namespace) -> int:
    settings = _settings(args)
    from bot.store import staleness

    if args.check:
        from bot.knowledge import load_knowledge

        load_knowledge(settings.knowledge_dir)  # invalid knowledge is a failed check too
        reason = staleness(settings.index_dir, settings.knowledge_dir, settings.model)
        if reason:
            print(reason, file=sys.stderr)
            return 1
        print(f"{settings.index_dir}/ matches {settings.knowledge_dir}/.")
        return 0

    from bot.embedder import SentenceTransformerEmbedder
    from bot.indexer import build_index

    progress = None if args.json else _progress_bar if sys.stderr.isatty() else _progress_lines()
    report = build_index(
        settings.knowledge_dir,
        settings.index_dir,
        SentenceTransformerEmbedder(settings.model),
        full=args.full,
        progress=progress,
    )
    if args.json:
        print(json.dumps(report.as_dict()))
    else:
        wrote = (
            f"Wrote {settings.index_dir}/."
            if report.written
            else f"{settings.index_dir}/ was up to date: nothing written."
        )
        print(
            f"Indexed {report.passages} passages ({report.embedded} embedded, {report.reused} reused) "
            f"in {report.seconds:.1f}s; abstention threshold {report.threshold:.3f}. {wrote}"
        )
    return 0


def _answerer(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from bot.answerer import Answerer

    return Answerer(_settings(args)).prepare()


def cmd_ask(args: argparse.Namespace) -> int:
    # One question, then the process ends: the ~10^6 objects loaded on the way (red flags, word lists, the
    # model) are never garbage, so the collector does not run over them while loading (about 0.1 s), and at exit
    # they are frozen out of the collections Python makes while shutting down (about 0.12 s). Measured with
    # `make bench`. Called in a process that goes on (a test), the collector is back on when this returns.
    gc.disable()
    try:
        answer = _answerer(args).ask(" ".join(args.question))
    finally:
        gc.enable()
        atexit.register(gc.freeze)
    if args.json:
        print(json.dumps(answer.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(answer.markdown)
    return 2 if answer.status == "invalid" else 0


def cmd_eval(args: argparse.Namespace) -> int:
    from bot.calibration import read_questions
    from bot.errors import QuestionFileError
    from bot.evaluation import evaluate, table

    if not read_questions(Path(args.file)):  # the file's own mistakes first, before the model loads
        raise QuestionFileError([f"{args.file}: no questions in the file; see the question file format in README."])
    answerer = _answerer(args)
    questions = read_questions(Path(args.file), sections=answerer.section_names())
    answerer.warm_up()
    reports = [evaluate("faqbot", answerer.ask, questions)]
    if args.baselines:
        from bot.baselines import baseline_reports

        reports += baseline_reports(answerer, questions)
    if args.json:
        print(json.dumps([r.as_dict() for r in reports], indent=2))
    else:
        print(f"{args.file}: {len(questions)} questions " + json.dumps(reports[0].counts))
        print(table(reports))
        if args.curve:
            from bot.baselines import calibration_curve

            print()
            print(calibration_curve(answerer, questions))
    if args.misses:
        for r in reports:
            print(f"\nMisses of {r.name} ({len(r.misses)}):")
            for m in r.misses:
                print(f"  - {m}")
    return 0


def cmd_gaps(args: argparse.Namespace) -> int:
    from bot.database import Database
    from bot.gaps import find_gaps, parse_since
    from bot.records import Records

    try:
        since = parse_since(args.since) if args.since else None
    except ValueError as exc:
        raise FaqbotError(str(exc)) from None
    settings = _settings(args)
    records = Records(Database(settings.database_url), settings.retention_days)
    records.unanswered(since)  # an unreachable database is reported before the model loads
    report = find_gaps(records, _answerer(args), since)
    print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2) if args.json else report.text())
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from bot.server import serve

    serve(_settings(args))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="faqbot", description="FAQ bot about stem cell therapy side effects.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    sub = parser.add_subparsers(dest="command", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--knowledge", type=Path, help="knowledge folder (FAQBOT_KNOWLEDGE_DIR, default knowledge/)")
        p.add_argument("--index", type=Path, help="index folder (FAQBOT_INDEX_DIR, default index/)")
        p.add_argument("--model", help="sentence-transformers model name or path (FAQBOT_MODEL, default bundled)")

    p = sub.add_parser("index", help="rebuild index/ from knowledge/")
    common(p)
    p.add_argument("--full", action="store_true", help="re-embed everything instead of reusing unchanged passages")
    p.add_argument("--json", action="store_true", help="print the counts as JSON")
    p.add_argument("--check", action="store_true", help="exit 1 when index/ does not match knowledge/")
    p.set_defaults(func=cmd_index)

    p = sub.add_parser("ask", help="answer one question")
    common(p)
    p.add_argument("--json", action="store_true", help="print the answer object as JSON")
    p.add_argument("question", nargs="+")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("eval", help="measure answer quality on a labelled JSONL file")
    common(p)
    p.add_argument("file")
    p.add_argument("--misses", action="store_true", help="list what went wrong")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--no-baselines", dest="baselines", action="store_false", help="skip the comparison systems")
    p.add_argument("--no-curve", dest="curve", action="store_false", help="skip the calibration curve")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("gaps", help="what readers asked that the article could not answer, grouped by meaning")
    common(p)
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--since", help="only records this recent: 7d, 12h, 30m, or a date (UTC) like 2026-11-01")
    p.set_defaults(func=cmd_gaps)

    p = sub.add_parser("serve", help="serve the chat, the JSON API and the widget")
    common(p)
    p.add_argument("--host", help="FAQBOT_HOST, default 127.0.0.1")
    p.add_argument("--port", type=int, help="FAQBOT_PORT, default 7860")
    p.set_defaults(func=cmd_serve)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s: %(message)s")
    # faiss logs each CPU build it could not load (AVX512, AVX2) as an INFO line with a ModuleNotFoundError: under -v
    # they read as failures (thirteenth outside trial)
    logging.getLogger("faiss.loader").setLevel(logging.WARNING)
    try:
        return int(args.func(args))
    except RedFlagsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        print("Fix the red-flag list and run `make check-flags`; nothing else was changed.", file=sys.stderr)
        return 1
    except KnowledgeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        print("Fix the files above and run the command again; the previous index is unchanged.", file=sys.stderr)
        return 1
    except FaqbotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
