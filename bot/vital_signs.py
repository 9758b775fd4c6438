"""Vital signs in a message read as words: the reviewed limits of ``bot/data/vital_signs.yaml`` applied to numbers.

"RR 64 in a 2-year-old", "pulse 35", "GCS 9", "sats 86%" become "very fast breathing", "very slow heart rate",
"reduced level of consciousness", "very low oxygen", which the red-flag list matches like any other words. Adults are
read by NEWS2 (a reading in the red band, or an aggregate of points); children by NICE NG51's high-risk limits for
their age; consciousness by the Glasgow Coma Scale. The numbers are data a clinician reviews; how they are found in
text is here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot.errors import KnowledgeError

LIMITS = Path(__file__).parent / "data" / "vital_signs.yaml"

# label words before the number: "pulse of 130", "breathing rate is between 48-50" (a range is read by its first number)
_LABEL_TAIL = (
    r"(?:\s*\([a-z0-9 ]+\))?\s*"
    r"(?:(?:of|is|was|are|were|at|:|=|around|about|between|from|reads|reading|says|showed|shows|down to|only)\s*){0,2}"
)
_HEART_TOLD = re.compile(
    r"\bheart(?:'s| is| was| has been|'s been| been| keeps| kept)?\s+(?:beating|racing|pounding|going)\s+"
    r"(?:at\s+|like\s+|over\s+|about\s+|around\s+)?(\d{2,3})\b"
    r"(?!\s*(?:%|/|percent|years?|yrs?|days?|hours?|minutes?|mins?|seconds?|secs?|miles?|mph|km|kph))"
)
# A heart rate told while exercising is no resting reading (NEWS2 scores a patient at rest).
_EXERCISE = re.compile(
    r"\b(?:treadmill|went running|was running|on a run|on my run|jogging|workout|working out|gym|exercis\w*|cycling|"
    r"cardio|hiit|spin class|spin bike|zumba|boxing class|dancing|marathon|swimming|5k|10k|in my dreams?|sprint\w*|"
    r"hiking|climbing stairs)\b"
)
# ...unless it is said to go on at rest: "now i'm resting and my heart is still beating 190"
_AT_REST = re.compile(r"\b(?:resting|at rest|lying down|sitting down|in bed)\b")


def _while_exercising(near: str) -> bool:
    return bool(_EXERCISE.search(near)) and not _AT_REST.search(near)


# How each measure is written: a label before the number ("HR 130", "pulse of 130") or a unit after it ("130 bpm").
_PATTERNS: dict[str, tuple[re.Pattern[str], ...]] = {
    "heart rate": (
        re.compile(r"\b(?:heart rate|pulse(?: rate)?|hr)" + _LABEL_TAIL + r"(\d{2,3})\b"),
        # told as the heart doing it: "my heart is beating 180", "heart's been racing like 170" (ninth outside
        # trial); not a speed, a time or "24/7"
        _HEART_TOLD,
        re.compile(r"\b(\d{2,3})\s*(?:bpm|beats\s*(?:per|a|/)\s*min\w*)"),
    ),
    "breathing rate": (
        re.compile(
            r"\b(?:respiratory rate|resp(?:iratory)? rate|breathing rate|respiratory|rr)" + _LABEL_TAIL + r"(\d{1,2})\b"
        ),
        re.compile(r"\b(\d{1,2})\s*(?:breaths?\s*(?:per|a|/)\s*min\w*)"),
        re.compile(r"\bbreathing\s+(?:at\s+)?(\d{1,2})\s*times\s*(?:per|a|/)\s*min\w*"),
    ),
    "oxygen saturation": (
        re.compile(
            r"\b(?:oxygen saturation|o2 sat\w*|sats?|spo2|saturation|oxygen(?: levels?)?|o2(?: levels?)?|pulse ox\w*"
            r"|oximeter)" + _LABEL_TAIL + r"(\d{2,3})\s*%?"
        ),
    ),
    "systolic blood pressure": (
        re.compile(r"\b(?:blood pressure|bp)" + _LABEL_TAIL + r"(\d{2,3})\s*(?:/\s*(?:(\d{2,3})|palp)|over \d{2,3})\b"),
    ),
}
# Blood pressure written in centimetres of mercury, as in much of Latin America and Europe ("17/13" is 170/130 mmHg):
# both numbers under this are read as cmHg. No conscious writer reports a systolic of 17 mmHg.
_CMHG_BELOW = 30
_GCS = re.compile(r"\b(?:gcs|glasgow coma (?:scale|score))(?:\s*score)?" + _LABEL_TAIL + r"(\d{1,2})\b")

# FDA (2021), Pulse oximeter accuracy and limitations: over-the-counter and wearable oximeters 'are not intended for
# medical purposes'; a smartwatch's SpO2 is not read as a reading.
_WEARABLE = re.compile(r"\b(?:watch|smartwatch|fitbit|garmin|oura|ring|wearable|tracker)\b")
# NEWS2 "is not for use in children (under 16)" (RCP 2017): their normal pulse and breathing rates are higher.
_CHILD = re.compile(
    r"\b(?:baby|babies|infant|newborn|neonate|toddler|child|kid|\d{1,2}[- ](?:day|days|week|weeks|month|months)[- ]old"
    r"|(?:[1-9]|1[0-5])[- ](?:year|years|yr|yrs)[- ]old)\b"
)
_YEARS_OLD = re.compile(r"\b(\d{1,2})(?:[- ]?(?:year|years|yr|yrs)[- ]old|\s?(?:y/o|yo))\b")
_MONTHS_OLD = re.compile(r"\b(\d{1,2})[- ]?(?:month|months|mo|mos)[- ]old\b")
_UNDER_ONE = re.compile(r"\b(?:baby|babies|infant|newborn|neonate|\d{1,2}[- ](?:day|days|week|weeks)[- ]old)\b")
_TODDLER = re.compile(r"\btoddler\b")


@dataclass(frozen=True)
class Band:
    low: float
    high: float
    points: int
    reads: str | None

    def holds(self, value: float) -> bool:
        return self.low <= value <= self.high


@dataclass(frozen=True)
class AgeGroup:
    years_from: int
    years_to: int
    limits: dict[str, float]  # at least this much, by measure


@dataclass(frozen=True)
class Limits:
    adult_bands: dict[str, tuple[Band, ...]]
    urgent_total: int
    total_reads: str
    child_any_age: dict[str, tuple[float, str]]  # measure -> (below this, reads)
    child_groups: tuple[AgeGroup, ...]
    child_reads: dict[str, str]  # measure -> words for a reading at or above its age group's limit
    gcs_at_most: int
    gcs_reads: str

    def points(self, measure: str, value: float) -> int:
        return next((b.points for b in self.adult_bands.get(measure, ()) if b.holds(value)), 0)

    def adult_words(self, measure: str, value: float) -> str | None:
        return next((b.reads for b in self.adult_bands.get(measure, ()) if b.holds(value) and b.points >= 3), None)

    def child_words(self, measure: str, value: float, years: int | None) -> str | None:
        floor = self.child_any_age.get(measure)
        if floor is not None and value < floor[0]:
            return floor[1]
        group = next((g for g in self.child_groups if years is not None and g.years_from <= years <= g.years_to), None)
        limit = group.limits.get(measure) if group else None
        return self.child_reads.get(measure) if limit is not None and value >= limit else None


def child_age(text: str) -> tuple[bool, int | None]:
    """Whether the message is about a child under 16, and the child's age in whole years when it says."""
    years = [int(m.group(1)) for m in _YEARS_OLD.finditer(text)]
    if years and min(years) >= 16 and not _UNDER_ONE.search(text) and not _MONTHS_OLD.search(text):
        return False, None  # "my 17-year-old son": an adult's limits
    if not _CHILD.search(text) and not any(y < 16 for y in years):
        return False, None
    months = [int(m.group(1)) for m in _MONTHS_OLD.finditer(text)]
    if months:
        return True, min(months) // 12
    if _UNDER_ONE.search(text):
        return True, 0
    if years:
        return True, min(years)
    if _TODDLER.search(text):
        return True, 1
    return True, None


def read_vital_signs(text: str, points: dict[str, int]) -> str:
    """Readings beyond their limits read as words appended after them; for an adult, readings whose NEWS2 points
    (``points`` holds those already read, the temperature's) add up to the urgent total add a sentence of their own."""
    limits = vital_signs()
    is_child, years = child_age(text)
    for measure, patterns in _PATTERNS.items():
        for pattern in patterns:

            def reading(m: re.Match[str], measure: str = measure, source: str = text) -> str:
                if measure == "oxygen saturation" and _WEARABLE.search(source[max(0, m.start() - 40) : m.start()]):
                    return m.group(0)  # a smartwatch's oxygen reading is no medical measurement
                if m.re is _HEART_TOLD and _while_exercising(source[max(0, m.start() - 80) : m.end() + 80]):
                    return m.group(0)  # "my heart was racing 150 on the treadmill"
                value = float(m.group(1))
                if measure == "systolic blood pressure" and value < _CMHG_BELOW:
                    diastolic = m.group(2)
                    if diastolic is None or float(diastolic) >= _CMHG_BELOW:
                        return m.group(0)  # neither mmHg nor a cmHg pair: read nothing into it
                    value *= 10  # cmHg
                if is_child:
                    words = limits.child_words(measure, value, years)
                else:
                    points[measure] = max(points.get(measure, 0), limits.points(measure, value))
                    words = limits.adult_words(measure, value)
                return f"{m.group(0)} {words} " if words else m.group(0)

            text = pattern.sub(reading, text)
    text = _GCS.sub(_gcs_reading(limits), text)
    if not is_child and sum(points.values()) >= limits.urgent_total:
        text = f"{text}\n{limits.total_reads}."
    return text


def _gcs_reading(limits: Limits) -> Callable[[re.Match[str]], str]:
    def reading(m: re.Match[str]) -> str:
        value = int(m.group(1))
        return f"{m.group(0)} {limits.gcs_reads} " if 3 <= value <= limits.gcs_at_most else m.group(0)

    return reading


# -- the file -------------------------------------------------------------------------------------------------------


def _number(value: Any, where: str, problems: list[str]) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        problems.append(f"{where}: expected a number, got {value!r}")
        return 0.0
    return float(value)


def _band(raw: Any, where: str, problems: list[str]) -> Band | None:
    if not isinstance(raw, dict) or "points" not in raw:
        problems.append(f"{where}: a band needs 'points' and 'at_most', 'at_least' or 'from' and 'to'")
        return None
    if "at_most" in raw:
        low, high = float("-inf"), _number(raw["at_most"], where, problems)
    elif "at_least" in raw:
        low, high = _number(raw["at_least"], where, problems), float("inf")
    elif "from" in raw and "to" in raw:
        low, high = _number(raw["from"], where, problems), _number(raw["to"], where, problems)
    else:
        problems.append(f"{where}: a band needs 'at_most', 'at_least' or 'from' and 'to'")
        return None
    reads = raw.get("reads")
    return Band(low, high, int(_number(raw["points"], where, problems)), str(reads) if reads else None)


def load_limits(path: Path = LIMITS) -> Limits:
    """Read and check the file; every problem is reported at once, naming the file and the entry."""
    import yaml

    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except OSError as exc:
        raise KnowledgeError([f"{path}: cannot be read ({exc.strerror or exc})"]) from None
    except (UnicodeDecodeError, yaml.YAMLError) as exc:
        raise KnowledgeError([f"{path}: not valid YAML text ({exc})"]) from None
    problems: list[str] = []
    if not isinstance(data, dict) or not all(
        isinstance(data.get(k), dict) for k in ("adults", "children", "consciousness")
    ):
        raise KnowledgeError([f"{path}: expected the sections 'adults', 'children' and 'consciousness'"])
    adults, children, consciousness = data["adults"], data["children"], data["consciousness"]
    bands: dict[str, tuple[Band, ...]] = {}
    for measure, entry in (adults.get("measures") or {}).items():
        raw_bands = entry.get("bands") if isinstance(entry, dict) else None
        if not isinstance(raw_bands, list):
            problems.append(f"{path}: adults: {measure}: needs a list of 'bands'")
            continue
        found = (_band(b, f"{path}: adults: {measure}", problems) for b in raw_bands)
        bands[str(measure)] = tuple(b for b in found if b is not None)
    unknown = sorted(set(bands) - set(_PATTERNS) - {"temperature"})
    if unknown:
        problems.append(
            f"{path}: adults: unknown measure {unknown[0]!r}; known: {', '.join([*_PATTERNS, 'temperature'])}"
        )
    any_age: dict[str, tuple[float, str]] = {}
    for measure, entry in (children.get("any_age") or {}).items():
        if not isinstance(entry, dict) or "below" not in entry or not entry.get("reads"):
            problems.append(f"{path}: children: any_age: {measure}: needs 'below' and 'reads'")
            continue
        any_age[str(measure)] = (_number(entry["below"], f"{path}: children: {measure}", problems), str(entry["reads"]))
    groups: list[AgeGroup] = []
    for i, entry in enumerate(children.get("by_age") or []):
        where = f"{path}: children: by_age #{i + 1}"
        if not isinstance(entry, dict) or "years_from" not in entry or "years_to" not in entry:
            problems.append(f"{where}: needs 'years_from' and 'years_to'")
            continue
        limits = {str(k): _number(v, where, problems) for k, v in entry.items() if k not in ("years_from", "years_to")}
        groups.append(AgeGroup(int(entry["years_from"]), int(entry["years_to"]), limits))
    child_reads = {
        "heart rate": str(children.get("heart_rate_reads") or ""),
        "breathing rate": str(children.get("breathing_rate_reads") or ""),
    }
    if not all(child_reads.values()):
        problems.append(f"{path}: children: needs 'heart_rate_reads' and 'breathing_rate_reads'")
    total_reads = str(adults.get("total_reads") or "")
    gcs_reads = str(consciousness.get("reads") or "")
    if not total_reads or not gcs_reads:
        problems.append(f"{path}: adults needs 'total_reads' and consciousness needs 'reads'")
    if problems:
        raise KnowledgeError(problems)
    return Limits(
        adult_bands=bands,
        urgent_total=int(_number(adults.get("urgent_total"), f"{path}: adults: urgent_total", problems)),
        total_reads=total_reads,
        child_any_age=any_age,
        child_groups=tuple(groups),
        child_reads=child_reads,
        gcs_at_most=int(_number(consciousness.get("gcs_at_most"), f"{path}: consciousness", problems)),
        gcs_reads=gcs_reads,
    )


@lru_cache(maxsize=1)
def vital_signs() -> Limits:
    """The shipped limits, loaded once."""
    return load_limits(LIMITS)
