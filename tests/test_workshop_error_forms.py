"""Which form of the workshop's table ENGINE_ERRORS_ZH (analysis/workshop/zh_errors.py) gives an engine error its
Chinese line: engine_error_zh takes the first form that matches the message (or a part of it: a place, a file, a
flag or an ending taken off first), so where two forms match one message the table's order is what picks the line.
tests/test_qca_bad_input.py::test_bad_input checks, for every error of the bad-input catalogue that has a Chinese
line (tests/bad_inputs/catalogue.py: the command's error: line, the API's error), that one form alone matches each
message the table is asked about (`assert_one_form_reads`), or a pair named here (OVERLAPS) whose two forms give the
same line; so the table can be split or reordered without a line changing for any of them."""
from __future__ import annotations

import pytest

from analysis.qca import QCAInputError
from analysis.workshop import zh_errors

#: Two forms of the table that both match a message of the catalogue (the earlier form's kind, the later's): the
#: earlier picks its line, and the two give the same line for it, so their order picks nothing. {pair: catalogue id}
OVERLAPS = {
    # causal_chain's own refusal and the one that reads the chain command's words too (--outcomes, a file's name)
    ("causal_chain: a name not a set of the data", "chain --outcomes: not a set"): "chain-outcome-lower-case",
}


def forms_reading(message: str) -> list[tuple[str, list[int]]]:
    """Each message engine_error_zh asks the table about to give `message` its line (the message, or a part of it),
    with the positions of every form of ENGINE_ERRORS_ZH matching it; [] when the message has no Chinese line."""
    table = zh_errors.ENGINE_ERRORS_ZH
    asked: list[str] = []

    class Recorded:   # the table's first form: every message the table is asked about passes through it
        def __init__(self, form):
            self.form = form

        def match(self, text):
            asked.append(text)
            return self.form.match(text)

    kind, form, said = table[0]
    zh_errors.ENGINE_ERRORS_ZH = [(kind, Recorded(form), said), *table[1:]]
    try:
        line = zh_errors.engine_error_zh(QCAInputError(message))
    finally:
        zh_errors.ENGINE_ERRORS_ZH = table
    if line is None:
        return []
    return [(text, [i for i, (_, form, _) in enumerate(table) if form.match(text)]) for text in dict.fromkeys(asked)]


def assert_one_form_reads(message: str, bad_id: str) -> None:
    """One form of ENGINE_ERRORS_ZH alone matches each message the table is asked about for `message`'s Chinese line,
    or two that OVERLAPS names for this catalogue row."""
    table = zh_errors.ENGINE_ERRORS_ZH
    for text, found in forms_reading(message):
        kinds = tuple(table[i][0] for i in found)
        assert len(found) <= 1 or OVERLAPS.get(kinds) == bad_id, (
            f"{bad_id}: the forms {kinds} all match {text!r}; the first picks its line: make the forms exclusive, or "
            "name the pair in tests/test_workshop_error_forms.py's OVERLAPS")


@pytest.mark.parametrize("kinds, bad_id", OVERLAPS.items(), ids=list(OVERLAPS.values()))
def test_two_forms_matching_one_message_give_it_the_same_line(kinds, bad_id):
    """Each pair OVERLAPS names: both forms match the catalogue row's message, in the table's order, and both give
    it the same line (so neither a split nor a new order of the table changes it), the line engine_error_zh gives."""
    from test_workshop_rare_lines import _catalogue_message

    table = zh_errors.ENGINE_ERRORS_ZH
    message = _catalogue_message(bad_id)
    positions = [next(i for i, (kind, _, _) in enumerate(table) if kind == k) for k in kinds]
    assert positions == sorted(positions)
    assert [found for _, found in forms_reading(message) if len(found) > 1] == [positions]
    lines = {table[i][2](table[i][1].match(message)) for i in positions}
    assert len(lines) == 1 and lines.pop() in zh_errors.engine_error_zh(QCAInputError(message))


def test_a_message_two_forms_match_is_found(monkeypatch):
    """The check finds a message two forms match: with a copy of a form put at the table's end, its message is
    matched twice, once by the copy (a new form written too wide shows so), and a form alone passes."""
    message = "explain must be '1' (positive rows) or '1,C' (positive rows and contradictions), got '0'"
    table = zh_errors.ENGINE_ERRORS_ZH
    first = next(i for i, (_, form, _) in enumerate(table) if form.match(message))
    assert forms_reading(message) == [(message, [first])]
    assert_one_form_reads(message, "no-row")
    monkeypatch.setattr(zh_errors, "ENGINE_ERRORS_ZH", [*table, table[first]])
    assert forms_reading(message) == [(message, [first, len(table)])]
    with pytest.raises(AssertionError, match="the first picks its line"):
        assert_one_form_reads(message, "no-row")
