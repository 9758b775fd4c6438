"""The vital-sign limits (bot/data/vital_signs.yaml) as the red-flag check applies them: adults by NEWS2, children
by NICE NG51's high-risk limits for their age, consciousness by the Glasgow Coma Scale."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.errors import KnowledgeError
from bot.flag_list import rules
from bot.vital_signs import LIMITS, child_age, load_limits, vital_signs

RULESET = rules()


def urgent(text: str) -> bool:
    found = RULESET.find(text)
    return found is not None and found.flag.tier == "emergency"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my 2 year old is breathing 56 breaths a minute", True),  # NG51 1-2 years: 50 or more
        ("my 4-year-old's breathing rate is 44", True),  # 3-4 years: 40 or more
        ("my 9 year old has RR 26 and a cough", True),  # 8-11 years: 25 or more
        ("my 9 year old has a heart rate of 118", True),  # 8-11 years: 115 or more
        ("my 6 month old baby has a pulse of 150 and is feeding well", False),  # under 1: 160 or more
        ("my 6 month old baby has a pulse of 165", True),
        ("a 3-month-old with RR 40 and HR 132, feeding well", False),  # normal for an infant
        ("my toddler's heart rate is 55", True),  # any age: below 60
        ("my child's oxygen saturation is 88%", True),  # any age: below 90
        ("my child's oxygen saturation is 93%", False),  # NEWS2's red band is not for children
        ("heart rate 36 and he feels faint", True),  # NEWS2: 40 or less
        ("resting heart rate of 48, I run marathons", False),  # 1 point only
        ("his breathing rate is 6 breaths per minute", True),  # NEWS2: 8 or less
        ("pulse 135 bpm after the procedure", True),
        ("my heart was at 135 bpm on the treadmill", True),  # a reading is a reading; the engine does not guess why
        ("after the fall his GCS was 11", True),  # 13 or less
        ("GCS 15, alert and talking", False),
        ("Glasgow coma scale of 8", True),
        ("my 17-year-old son has a pulse of 120", False),  # an adult's limits: 2 NEWS2 points
    ],
)
def test_readings_by_age(text: str, expected: bool) -> None:
    assert urgent(text) == expected, (text, RULESET.find(text))


@pytest.mark.parametrize(
    ("text", "is_child", "years"),
    [
        ("my 3 week old", True, 0),
        ("my 18 month old daughter", True, 1),
        ("a 7-year-old boy", True, 7),
        ("my toddler", True, 1),
        ("my baby", True, 0),
        ("my child", True, None),
        ("my 40 year old husband", False, None),
        ("my 16-year-old", False, None),
    ],
)
def test_the_age_of_a_child_is_read_from_the_message(text: str, is_child: bool, years: int | None) -> None:
    assert child_age(text) == (is_child, years)


def test_the_shipped_limits_cite_their_sources() -> None:
    import yaml

    data = yaml.safe_load(LIMITS.read_text(encoding="utf-8"))
    for section in ("adults", "children", "consciousness"):
        assert "http" in data[section]["source"], section
    limits = vital_signs()
    assert limits.points("heart rate", 131) == 3 and limits.points("heart rate", 95) == 1
    assert limits.points("temperature", 35.0) == 3 and limits.points("temperature", 37.0) == 0


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("adults: {}\n", "expected the sections"),
        (
            LIMITS.read_text(encoding="utf-8").replace("{at_most: 40, points: 3,", "{below: 40, points: 3,"),
            "a band needs",
        ),
        (LIMITS.read_text(encoding="utf-8").replace("heart rate: 160", "heart rate: fast"), "expected a number"),
        (
            LIMITS.read_text(encoding="utf-8").replace(
                "    heart rate:\n      bands:", "    pulse ox:\n      bands:", 1
            ),
            "unknown measure",
        ),
        ("adults: [\n", "not valid YAML"),
    ],
)
def test_a_broken_limits_file_is_reported_with_its_name(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "vital_signs.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_limits(path)
    assert problem in str(caught.value) and str(path) in str(caught.value)


@given(st.text(max_size=300))
def test_any_text_is_read_without_error(text: str) -> None:
    from bot.readings import normalise, read_measurements

    read_measurements(normalise(text))


def test_a_duration_in_years_is_no_age() -> None:
    assert child_age("my child has had asthma for 2 years") == (True, None)
    assert child_age("my 8 yo son") == (True, 8)


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        # centimetres of mercury: "17/13" is 170/130, not a systolic of 17
        ("my bp is 17/13 and I have a headache", False),
        ("blood pressure 12/8, is that ok?", False),
        # millimetres of mercury as before
        ("bp 70/40 and I feel faint", True),
    ],
)
def test_a_blood_pressure_in_cmhg_is_read_as_cmhg(text: str, urgent: bool) -> None:
    found = rules().find(text)
    assert (found is not None and found.flag.tier == "emergency") == urgent, (text, found and found.flag.id)
