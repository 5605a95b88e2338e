"""README's workshop section read as a teacher reads it first: its summary says what the sections below it say."""
from __future__ import annotations

import json
import re

from analysis.paths import ROOT

_WORDS = {"five": 5, "ten": 10}


def _readme() -> str:
    return (ROOT / "README.md").read_text(encoding="utf-8")


def _glance(readme: str) -> str:
    section = readme[readme.index("## Teaching with the compendium"):]
    m = re.search(r"\*\*At a glance\.\*\*(.*?)\n\n", section, re.S)
    assert m, "README's workshop section no longer opens with its summary for a teacher"
    return " ".join(m.group(1).split())


def test_the_workshop_summary_gives_the_length_and_plans_the_timing_gives():
    """A teacher met the workshop's length, what participants must install and how to run it offline only some 40
    lines into the section, after the exercise checks' mechanics. Its opening summary says them: the length and the
    shorter plans are those of ### Timing, which test_workshop checks against its table."""
    glance = _glance(_readme())
    page = (ROOT / "docs" / "workshop.md").read_text(encoding="utf-8")   # the timing: a page of the book
    timing = page[page.index("## Timing"):page.index("| block |")]
    total = re.search(r"add up to (\d+ h \d+ min)", timing).group(1)
    assert total in glance, (total, glance)
    plans = re.findall(r"- for (\S+) hours?, \d+ minutes less", timing)
    said = re.search(r"a plan of (.+?) hours", glance)
    assert said, glance
    assert re.split(r", | or ", said.group(1)) == plans, (said.group(1), plans)
    for anchor in ("docs/workshop.md#timing", "#running-it"):
        assert f"]({anchor})" in glance, anchor


def test_the_workshop_summary_counts_the_participants_notebooks_steps_and_exercises():
    nb = json.loads((ROOT / "notebooks/workshop/qca_workshop.ipynb").read_text(encoding="utf-8"))
    headings = [line for c in nb["cells"] if c["cell_type"] == "markdown"
                for line in "".join(c["source"]).splitlines() if line.startswith("#")]
    steps = {int(n) for h in headings for n in re.findall(r"Step (\d+):", h)}
    exercises = {int(n) for h in headings for n in re.findall(r"Exercise (\d+):", h)}
    m = re.search(r"(\w+) steps and (\w+) exercises", _glance(_readme()))
    assert m, "the summary no longer counts the steps and exercises"
    assert (_WORDS[m.group(1).lower()], _WORDS[m.group(2)]) == (len(steps), len(exercises)), (steps, exercises)
