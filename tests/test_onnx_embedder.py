"""The ONNX Runtime copy of the bundled model: the same vectors as sentence-transformers, or not used at all."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bot.embedder import SentenceTransformerEmbedder, question_embedder
from bot.onnx_embedder import OnnxEmbedder, export_path, onnx_embedder
from bot.settings import BUNDLED_MODEL

TEXTS = [
    "fever?",
    "Can stem cells cause cancer?",
    "Is it normal to have swelling and some bruising at the injection site for a week after the procedure?",
    "pain " * 400,  # longer than the model's 256 tokens: cut the same way
]


@pytest.fixture(scope="module")
def both() -> tuple[OnnxEmbedder, SentenceTransformerEmbedder]:
    onnx = onnx_embedder(BUNDLED_MODEL)
    assert onnx is not None
    return onnx, SentenceTransformerEmbedder().load()


def test_vectors_match_the_torch_model_alone_and_in_padded_batches(
    both: tuple[OnnxEmbedder, SentenceTransformerEmbedder],
) -> None:
    onnx, torch_model = both
    expected = torch_model.encode(TEXTS)
    assert np.allclose(onnx.encode(TEXTS), expected, atol=1e-5)
    for text, row in zip(TEXTS, expected):
        assert np.allclose(onnx.encode([text])[0], row, atol=1e-5)
    assert onnx.dimension == torch_model.dimension and onnx.max_tokens == torch_model.max_tokens
    assert [onnx.count_tokens(t) for t in TEXTS] == [torch_model.count_tokens(t) for t in TEXTS]
    assert onnx.name == torch_model.name == BUNDLED_MODEL  # so it serves indexes the torch model built


def test_the_engine_setting_and_other_models_choose_torch(tmp_path: Path) -> None:
    assert isinstance(question_embedder(BUNDLED_MODEL, "onnx"), OnnxEmbedder)
    assert isinstance(question_embedder(BUNDLED_MODEL, "torch"), SentenceTransformerEmbedder)
    assert isinstance(question_embedder(str(tmp_path), "onnx"), SentenceTransformerEmbedder)


def test_a_broken_export_is_not_used(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FAQBOT_CACHE_DIR", str(tmp_path / "faqbot"))
    from bot.disk_cache import private_dir
    from bot.embedder import resolve_model_path

    folder = private_dir()
    assert folder is not None
    target = export_path(Path(resolve_model_path(BUNDLED_MODEL)), folder)
    target.write_bytes(b"not an onnx file")
    assert onnx_embedder(BUNDLED_MODEL) is None
    assert isinstance(question_embedder(BUNDLED_MODEL, "onnx"), SentenceTransformerEmbedder)


def test_the_export_is_named_by_the_model_files_contents_not_their_times(tmp_path: Path) -> None:
    """Each install of the same model gets new file times: naming the export by them exported 90 MB again each
    time (23 copies in one cache folder). A changed model still gets a new export, wherever the change is."""
    import os

    model = tmp_path / "some_model" / "model"
    model.mkdir(parents=True)
    (model / "config.json").write_text('{"dim": 384}')
    weights = model / "model.safetensors"
    content = bytearray(os.urandom(3_000_000))
    weights.write_bytes(content)
    first = export_path(model, tmp_path)
    os.utime(weights, (1, 1))
    os.utime(model / "config.json", (1, 1))
    assert export_path(model, tmp_path) == first
    assert first.name.startswith("some_model-") and first.suffix == ".onnx"
    content[1_500_000] ^= 1  # one bit in the middle of the weights
    weights.write_bytes(content)
    second = export_path(model, tmp_path)
    assert second != first
    (model / "config.json").write_text('{"dim": 385}')
    assert export_path(model, tmp_path) != second


def test_the_installed_model_is_named_by_the_hashes_pip_recorded() -> None:
    """The bundled model's files are not read to name its export: pip's RECORD has their sha256."""
    from bot.embedder import resolve_model_path
    from bot.onnx_embedder import _recorded_hashes

    model = Path(resolve_model_path(BUNDLED_MODEL))
    recorded = _recorded_hashes(model)
    files = sorted(p.relative_to(model).as_posix() for p in model.rglob("*") if p.is_file())
    assert files and sorted(recorded) == files
    assert all(h.startswith("sha256=") for h in recorded.values())
