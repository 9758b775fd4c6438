"""Knowledge that grows: generated knowledge bases, and the figures `make bench` reports for them.

- ``generated_article(n)``: a valid article of ``n`` short paragraphs (the tests use 1,000).
- ``bench_large()``: a 100,000-passage base served by a real server, against the one-article server.
- ``bench_rebuild()`` (``python -m tools.corpus [sizes]``): a one-paragraph rebuild at 1,000, 10,000 and 100,000
  passages, in articles of ``PER_FILE`` passages, and the ratio of the largest to the smallest.

Embedding 100,000 passages with the real model takes most of an hour on 2 cores, longer on a shared machine.
So the large base is embedded like this, and the figures say so: the real model embeds ``REAL_PASSAGES`` of
its passages (the embedding rate is measured on them), and every other passage gets a synthetic vector, a
mix of two real ones plus noise, unit length (so the vectors lie where real ones lie, in clusters). The
vectors are cached under ``.bench-cache/`` (gitignored) between runs. The server and its questions use the
real model throughout.
"""

from __future__ import annotations

import hashlib
import json
import random
import statistics
import time
from pathlib import Path

import httpx
import numpy as np

from tools.serving import ROOT, RunningServer, running_server

CACHE = ROOT / ".bench-cache"
REAL_PASSAGES = 3_000
DOMAIN = (
    "cell therapy injection swelling infection immune tumor clot nerve clinic donor dose site fever "
    "pain risk patient doctor safety sterile tissue growth reaction blood spinal regulation source"
).split()


def generated_article(passages: int, sections: int = 50, seed: int = 0) -> str:
    """A valid Markdown article with ``passages`` distinct paragraphs over ``sections`` headings.

    Paragraph n ends with the marker "p{n}x.", so a one-paragraph edit is easy to make.
    """
    rng = random.Random(seed)
    per = max(1, passages // sections)
    out = ["---", f"title: Generated article {seed}", "---", ""]
    n = 0
    for s in range(sections):
        out += [f"## Section {s + 1} of the generated guide", ""]
        for _ in range(per if s < sections - 1 else passages - n):
            sentence = " ".join(rng.choice(DOMAIN) for _ in range(18))
            out += [f"Paragraph {n} says that {sentence}. It ends here with marker p{n}x.", ""]
            n += 1
    return "\n".join(out)


def large_article(passages: int, sections: int = 200, seed: int = 1) -> str:
    """A large article of one-sentence paragraphs in everyday English (3,000 common words, Zipf-weighted)
    with the domain's words mixed in, so that BM25 sees realistic posting lists."""
    import wordfreq

    rng = random.Random(seed)
    common = [w for w in wordfreq.top_n_list("en", 3000) if w.isalpha()]
    weights = [1 / (rank + 10) for rank in range(len(common))]
    per = max(1, passages // sections)
    out = ["---", "title: Generated handbook", "---", ""]
    n = 0
    for s in range(sections):
        out += [f"## Chapter {s + 1}: {' '.join(rng.sample(DOMAIN, 2))}", ""]
        for _ in range(per if s < sections - 1 else passages - n):
            words = rng.choices(common, weights, k=20) + rng.sample(DOMAIN, 3)
            rng.shuffle(words)
            out += [f"Note {n}: {' '.join(words)} (ref p{n}x).", ""]
            n += 1
    return "\n".join(out)


class CachedEmbedder:
    """The real model for the first texts it sees (up to ``real``), synthetic vectors after that, all cached.

    Same name as the real model, so the server serves the index as its own.
    """

    def __init__(self, cache_file: Path, real: int = REAL_PASSAGES) -> None:
        from bot.embedder import SentenceTransformerEmbedder

        self.model = SentenceTransformerEmbedder().load()
        self.name = self.model.name
        self.real = real
        self.cache_file = cache_file
        self.vectors: dict[str, np.ndarray] = {}
        self.real_keys: list[str] = []
        self.embedded_seconds = 0.0
        self.embedded_count = 0
        if cache_file.exists():
            with np.load(cache_file) as saved:
                self.vectors = dict(zip((str(k) for k in saved["keys"]), saved["vectors"]))
                self.real_keys = [str(k) for k in saved["real"]]

    @property
    def dimension(self) -> int:
        return self.model.dimension

    @property
    def max_tokens(self) -> int:
        return self.model.max_tokens

    def count_tokens(self, text: str) -> int:
        return self.model.count_tokens(text)

    def encode(self, texts: list[str]) -> np.ndarray:
        keys = [hashlib.sha256(t.encode()).hexdigest() for t in texts]
        todo = [(k, t) for k, t in zip(keys, texts) if k not in self.vectors]
        real = todo[: max(0, self.real - len(self.real_keys))]
        self.real_keys += [k for k, _t in real]
        if real:
            started = time.perf_counter()
            for (k, _t), v in zip(real, self.model.encode([t for _k, t in real])):
                self.vectors[k] = v
            self.embedded_seconds += time.perf_counter() - started
            self.embedded_count += len(real)
        pool = np.stack([self.vectors[k] for k in self.real_keys]) if self.real_keys else None
        for k, _t in todo:
            if k in self.vectors:
                continue
            if pool is None:
                raise RuntimeError("no real vectors to mix synthetic ones from")
            rng = np.random.default_rng(int(k[:15], 16))
            a, b = rng.integers(len(pool), size=2)
            mixed = 0.7 * pool[a] + 0.3 * pool[b] + rng.normal(0, 0.02, pool.shape[1])
            self.vectors[k] = (mixed / np.linalg.norm(mixed)).astype(np.float32)
        return np.stack([self.vectors[k] for k in keys]).astype(np.float32)

    def save(self) -> None:
        keys = sorted(self.vectors)
        self.cache_file.parent.mkdir(parents=True, exist_ok=True)
        np.savez(
            self.cache_file,
            keys=np.array(keys),
            vectors=np.stack([self.vectors[k] for k in keys]),
            real=np.array(self.real_keys),
        )


def _folder_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.iterdir() if p.is_file()) / 1e6


def _build(passages: int, embedder: CachedEmbedder) -> tuple[Path, Path, float]:
    """Knowledge and index folders for a base of ``passages`` (the index built, or rebuilt if stale)."""
    from bot.indexer import build_index
    from bot.store import staleness

    base = CACHE / f"large-{passages}"
    knowledge, index = base / "knowledge", base / "index"
    knowledge.mkdir(parents=True, exist_ok=True)
    article = knowledge / "handbook.md"
    text = large_article(passages)
    if not article.exists() or article.read_text(encoding="utf-8") != text:
        article.write_text(text, encoding="utf-8")
    seconds = 0.0
    if staleness(index, knowledge, embedder.name):
        seconds = build_index(knowledge, index, embedder).seconds
        embedder.save()
    return knowledge, index, seconds


def _recall(index: Path, questions: list[str], embedder: CachedEmbedder, k: int = 4) -> float:
    """Share of the exact search's top-k passages that the large-index search also returns (same questions)."""
    from bot import retriever as retriever_module
    from bot.lexicon import Lexicon
    from bot.store import load_index

    data = load_index(index)
    approx = retriever_module.Retriever(data, Lexicon())
    limit = retriever_module.EXACT_LIMIT
    retriever_module.EXACT_LIMIT = 10**9
    try:
        exact = retriever_module.Retriever(data, Lexicon())
    finally:
        retriever_module.EXACT_LIMIT = limit
    found = total = 0
    for q in questions:
        vector = embedder.model.encode([q])[0]
        want = {h.passage.id for h in exact.search(q, vector, k).hits}
        got = {h.passage.id for h in approx.search(q, vector, k).hits}
        found, total = found + len(want & got), total + len(want)
    return found / max(total, 1)


def _latency(server: RunningServer, small: RunningServer, pairs: int = 150) -> tuple[float, float, float]:
    from tools.bench import question

    large_times: list[float] = []
    small_times: list[float] = []
    with httpx.Client(base_url=server.base, timeout=60) as big, httpx.Client(base_url=small.base, timeout=60) as one:
        for i in range(10):
            big.post("/api/ask", json={"question": question(70_000 + i)})
            one.post("/api/ask", json={"question": question(70_000 + i)})
        for i in range(pairs):
            q = question(80_000 + i)
            for client, times in ((big, large_times), (one, small_times))[:: 1 if i % 2 == 0 else -1]:
                t = time.perf_counter()
                client.post("/api/ask", json={"question": q}).raise_for_status()
                times.append(time.perf_counter() - t)
    a, b = statistics.median(large_times), statistics.median(small_times)
    return a / b, a, b


def bench_large(passages: int = 100_000) -> None:
    from tools.bench import QUESTIONS, line

    embedder = CachedEmbedder(CACHE / "vectors.npz")
    small_kb = 1_000
    started = time.perf_counter()
    _build(small_kb, embedder)
    knowledge, index, build_seconds = _build(passages, embedder)
    embedder.save()
    built = time.perf_counter() - started
    if embedder.embedded_count:
        rate = embedder.embedded_count / embedder.embedded_seconds
        rate_note = f"{rate:.0f} passages/s, so {passages / rate / 60:.0f} min for all {passages:,}"
        (CACHE / "rate.json").write_text(json.dumps({"per_second": rate}))
    elif (CACHE / "rate.json").exists():
        rate = json.loads((CACHE / "rate.json").read_text())["per_second"]
        rate_note = f"{rate:.0f} passages/s (measured when the cache was made), so {passages / rate / 60:.0f} min"
    else:
        rate_note = "not measured"
    print(
        f"{passages:,}-passage base: {REAL_PASSAGES:,} passages embedded by the model, the rest synthetic "
        f"(tools/corpus.py); real embedding rate {rate_note}; index prepared in {built:.0f} s",
        flush=True,
    )
    env = {"FAQBOT_AUTO_INDEX": "false", "FAQBOT_KNOWLEDGE_DIR": str(knowledge), "FAQBOT_INDEX_DIR": str(index)}
    with running_server(env) as server, running_server() as small:
        ratio, a, b = _latency(server, small)
        line(
            f"{passages:,} passages: /api/ask p50 / one article",
            ratio,
            "[<= 1.5]",
            f"({a * 1e3:.1f} ms vs {b * 1e3:.1f} ms)",
        )
        print(
            f"{'':<44} index {_folder_mb(index):.0f} MB on disk; server resident {server.rss_mb():.0f} MB "
            f"(one article: {small.rss_mb():.0f} MB); start to first answer {server.ready:.1f} s "
            f"(one article: {small.ready:.1f} s)",
            flush=True,
        )
    recall = _recall(index, [f"{q} ({i})" for i, q in enumerate(QUESTIONS * 4)], embedder)
    print(f"{'large-index recall@4 against exact search':<44} {recall:6.3f}", flush=True)
    embedder.save()
    bench_rebuild((small_kb, 10_000, passages))


# -- one-paragraph rebuilds at three sizes ------------------------------------------------------------------

PER_FILE = 500  # passages per knowledge file of the rebuild bench: a large base is many articles, not one


def write_split_knowledge(
    folder: Path, passages: int, per_file: int = PER_FILE, seed: int = 2, calibration_questions: bool = True
) -> list[Path]:
    """A knowledge folder of ``passages`` one-sentence paragraphs (as ``large_article``) in files of ``per_file``,
    with the shipped ``knowledge/calibration.jsonl`` (an editor's base has one: each build scores its questions);
    files that already hold the right text are left alone. Paragraph n ends with "(ref p{n}x)."."""
    import wordfreq

    rng = random.Random(seed)
    common = [w for w in wordfreq.top_n_list("en", 3000) if w.isalpha()]
    weights = [1 / (rank + 10) for rank in range(len(common))]
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    n = 0
    for f in range(0, passages, per_file):
        out = ["---", f"title: Generated handbook, part {f // per_file + 1}", "---", ""]
        for s in range(0, min(per_file, passages - f), 100):
            out += [f"## Part {f // per_file + 1}, chapter {s // 100 + 1}: {' '.join(rng.sample(DOMAIN, 2))}", ""]
            for _ in range(min(100, passages - f - s)):
                words = rng.choices(common, weights, k=20) + rng.sample(DOMAIN, 3)
                rng.shuffle(words)
                out += [f"Note {n}: {' '.join(words)} (ref p{n}x).", ""]
                n += 1
        path = folder / f"part-{f // per_file + 1:04d}.md"
        text = "\n".join(out)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        paths.append(path)
    calibration = folder / "calibration.jsonl"  # the shipped questions: every build scores them (bot/indexer.py)
    shipped = (ROOT / "knowledge" / "calibration.jsonl").read_bytes() if calibration_questions else b""
    if calibration_questions and (not calibration.exists() or calibration.read_bytes() != shipped):
        calibration.write_bytes(shipped)
    elif not calibration_questions and calibration.exists():
        calibration.unlink()
    return paths


def _timed_edit(
    knowledge: Path, index: Path, embedder: CachedEmbedder, path: Path, old: str, new: str
) -> tuple[float, str]:
    """Seconds of a one-paragraph rebuild, and how it had its calibration ("carried" over, or "scored: why")."""
    from bot.indexer import build_index
    from bot.store import read_manifest

    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    report = build_index(knowledge, index, embedder)
    if report.embedded != 1:
        raise RuntimeError(f"a one-paragraph edit embedded {report.embedded} passages")
    source = read_manifest(index)["calibration"].get("source") or {}
    how = "carried" if "carried_over_from" in source else f"scored: {source.get('why', 'no questions')}"
    return report.seconds, how


def bench_rebuild(sizes: tuple[int, ...] = (1_000, 10_000, 100_000), rounds: int = 3) -> dict[int, float]:
    """Median seconds of a one-paragraph rebuild at each size (edit, rebuild; undo, rebuild), sizes alternated
    round by round so that the other programs on the machine slow all alike; prints the 100k / 1k ratio."""
    from bot.indexer import build_index
    from bot.store import staleness

    embedder = CachedEmbedder(CACHE / "vectors.npz")
    bases: dict[int, tuple[Path, Path, Path]] = {}
    for size in sizes:
        knowledge, index = CACHE / f"split-{size}" / "knowledge", CACHE / f"split-{size}" / "index"
        paths = write_split_knowledge(knowledge, size)
        if staleness(index, knowledge, embedder.name):
            started = time.perf_counter()
            build_index(knowledge, index, embedder)
            embedder.save()
            print(
                f"{size:,}-passage base ({len(paths)} files) built in {time.perf_counter() - started:.0f} s", flush=True
            )
        build_index(knowledge, index, embedder)  # nothing changed: as an editor's machine would be before the edit
        bases[size] = (knowledge, index, paths[len(paths) // 2])
    times: dict[int, list[float]] = {size: [] for size in sizes}
    hows: dict[int, list[str]] = {size: [] for size in sizes}
    for r in range(rounds):
        for size in sizes if r % 2 == 0 else sizes[::-1]:
            knowledge, index, path = bases[size]
            n = int(path.read_text(encoding="utf-8").split("(ref p", 2)[1].split("x)", 1)[0]) + 7 + 50 * r
            old, new = f"(ref p{n}x).", f"(ref p{n}x, edited)."
            for a, b in ((old, new), (new, old)):
                seconds, how = _timed_edit(knowledge, index, embedder, path, a, b)
                times[size].append(seconds)
                hows[size].append(how)
    medians = {size: statistics.median(t) for size, t in times.items()}
    for size in sizes:
        spread = ", ".join(f"{t:.2f}" for t in times[size])
        carried = sum(h == "carried" for h in hows[size])
        print(
            f"{f'{size:,} passages: one-paragraph rebuild':<44} {medians[size]:6.2f} s  (median of {spread}; "
            f"calibration carried over {carried} of {len(hows[size])})",
            flush=True,
        )
        for why in sorted({h for h in hows[size] if h != "carried"}):
            print(f"{'':<44} {why}", flush=True)
    ratio = medians[sizes[-1]] / medians[sizes[0]]
    print(f"{f'rebuild {sizes[-1]:,} / {sizes[0]:,} passages':<44} {ratio:6.2f}x  [close to 1]", flush=True)
    embedder.save()
    return medians


if __name__ == "__main__":
    import sys

    bench_rebuild(tuple(int(s) for s in sys.argv[1:]) or (1_000, 10_000, 100_000))
