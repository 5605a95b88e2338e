"""An error quoting what the user gave stays readable however long that was: a 100,000-letter expression, condition
list, outcome, case column, directional expectation, cell, column name or file name is quoted by its first
characters and its length (errors.quoted / errors.shortened), not whole: the line was 100,000 characters and more. A
short value keeps exactly the text every message gave before (the workshop's Chinese lines read it). What no message
routes through them is cut by the error itself (errors.bounded_message), so no error line passes 2,000 characters;
tools/fuzz_api.py and tools/fuzz_cli.py check that promise on every run."""
from __future__ import annotations

import sys

import pandas as pd
import pytest

from analysis.paths import ROOT
from analysis.qca import QCAInputError, minimize, pof, read_data, truth_table
from analysis.qca.errors import MESSAGE_LIMIT, bounded_message, quoted, shortened

sys.path.insert(0, str(ROOT / "tools"))
import fuzz_api  # noqa: E402
import fuzz_cli  # noqa: E402

LF = ROOT / "data" / "reference" / "datasets" / "LF.csv"
LONG = "x" * 100_000
LONGS = [LONG, "DEV " * 20_000, "发展" * 50_000, [LONG]]


@pytest.mark.parametrize("value", ["DEV", "DEV*~URB + LIT", "it's", "发展", " SURV ", "\u3000DEV", 0.8, None, ["DEV", 1],
                                   "A" * 198])
def test_a_short_value_is_quoted_as_before(value):
    assert quoted(value) == repr(value)
    assert shortened(value) == str(value)


def test_a_long_value_is_quoted_by_its_beginning_and_its_length():
    assert quoted(LONG) == f"'{'x' * 60}…' (100,000 characters)"
    assert shortened(LONG) == f"{'x' * 60}… (100,000 characters)"
    assert quoted([LONG]) == f"['{'x' * 58}… (100,004 characters)"
    assert len(bounded_message("a" * 10 * MESSAGE_LIMIT)) <= MESSAGE_LIMIT
    assert bounded_message("a" * MESSAGE_LIMIT) == "a" * MESSAGE_LIMIT


def _error(call) -> str:
    with pytest.raises(QCAInputError) as raised:
        call()
    return str(raised.value)


@pytest.mark.parametrize("call", [
    lambda: pof(LONG, pd.read_csv(LF, index_col=0), "SURV"),
    lambda: pof("DEV", pd.read_csv(LF, index_col=0), LONG),
    lambda: pof("DEV", pd.read_csv(LF, index_col=0), "SURV", case_column=LONG),
    lambda: minimize(truth_table(pd.read_csv(LF, index_col=0), "SURV", incl_cut=0.8), include="?", dir_exp=LONG),
    lambda: truth_table(pd.read_csv(LF, index_col=0), "SURV", conditions=LONG),
    lambda: read_data(LF, sheet=LONG),
], ids=["pof expression", "outcome", "case column", "dir_exp", "conditions", "sheet"])
def test_the_usual_long_inputs_are_quoted_by_their_beginning(call):
    """Not cut by the net (bounded_message) but quoted where the message names them: the rest of the line, what is
    wrong and what is allowed, is read whole."""
    said = _error(call)
    assert "(100,000 characters)" in said and "characters left out" not in said and len(said) < 1000, said[:300]


def test_a_long_cell_value_and_a_long_column_name_are_quoted_by_their_beginning(tmp_path):
    rows = LF.read_text(encoding="utf-8").splitlines()
    for i, j in ((3, 2), (0, 6)):   # a cell of URB; the outcome SURV renamed
        cells = [r.split(",") for r in rows]
        cells[i][j] = LONG
        path = tmp_path / f"cut_{i}.csv"
        path.write_text("\n".join(",".join(r) for r in cells) + "\n", encoding="utf-8")
        code, _, err = fuzz_cli.run(["truth-table", str(path), "--outcome", "SURV"])
        assert code == 2 and "(100,000 characters" in err and len(err) < 2000, err[:300]


def test_no_error_of_the_api_passes_2000_characters_for_a_long_text():
    """Every public function and result method of tools/fuzz_api.py, each argument in turn given 100,000 letters (as
    one text, a text with blanks, Chinese, a list of one text): the engine's error, at most
    fuzz_api.LONGEST_ERROR characters (the fuzzer's promise)."""
    found = {f"{name}({param})": problem
             for name in sorted(fuzz_api.calls()) for param in fuzz_api.parameters(name) for value in LONGS
             if (problem := fuzz_api.broken_promise(name, param, value))}
    assert not found, "\n".join(f"{k}: {v[:200]}" for k, v in found.items())


def test_no_line_of_the_cli_passes_2000_characters_for_a_long_value(tmp_path):
    """Every flag taking a value of every command in tools/fuzz_cli.py's BASE given 100,000 letters, and a file name
    of 250 letters in folders 40 deep: no line on stderr (error or warning) of more than fuzz_cli.LONGEST_LINE
    characters, and no exception."""
    from analysis.qca.cli import _commands, build_parser

    found = {}
    for command, sub in sorted(_commands(build_parser()).items()):
        if command not in fuzz_cli.BASE:
            continue
        flags = [max(a.option_strings, key=len) for a in sub._actions
                 if a.option_strings and a.nargs != 0 and "--help" not in a.option_strings]
        argvs = [[command, *fuzz_cli.BASE[command], flag, value] for flag in flags if flag != "--out"
                 for value in (LONG, "DEV + " * 3000 + "URB")]
        argvs.append([command, str(tmp_path) + ("/" + "y" * 250) * 40 + ".csv", *fuzz_cli.BASE[command][1:]])
        for argv in argvs:
            code, _, err = fuzz_cli.run(argv)
            longest = max(map(len, err.splitlines()), default=0)
            if code == "exception" or longest > fuzz_cli.LONGEST_LINE:
                found[" ".join(a[:20] for a in argv)] = f"{code}, a line of {longest:,} characters: {err[:200]}"
    assert not found, "\n".join(f"{k}: {v}" for k, v in found.items())


def test_the_fuzzers_find_a_long_error(monkeypatch):
    """The checks themselves can fail: an error of 100,000 characters is a problem to both fuzzers."""
    assert fuzz_cli.broken_promise(2, "error: " + LONG).startswith("a line of 100,007 characters")
    assert fuzz_cli.broken_promise(2, "error: short") == ""

    class Long(QCAInputError):
        def __str__(self):
            return LONG

    def raises(x):
        raise Long("")

    calls = fuzz_api.calls()
    monkeypatch.setattr(fuzz_api, "calls", lambda: {**calls, "long": (raises, {"x": 1})})
    assert fuzz_api.broken_promise("long", "x", 2).startswith("an error of 100,000 characters")


@pytest.mark.parametrize("argv", [
    ["pof", *fuzz_cli.BASE["pof"], "--outcome", LONG],
    ["cases", *fuzz_cli.BASE["cases"], "--pairs", LONG],
    ["cases", *fuzz_cli.BASE["cases"], "--nec-cond", "," * 100_000],
    [LONG, *fuzz_cli.BASE["pof"]],
    ["robustness", *fuzz_cli.BASE["robustness"], "--no-solution", LONG],
    ["pof", *fuzz_cli.BASE["pof"], LONG],
    ["pof", *fuzz_cli.BASE["pof"], f"--csv={LONG}"],
], ids=["a flag given twice", "--type and --pairs", "several --nec-cond", "argparse: a command", "argparse: a choice",
        "argparse: an unrecognized argument", "argparse: a value given to a switch"])
def test_the_clis_own_errors_quote_a_long_value_by_its_beginning(argv):
    """The command line's own messages (a flag given twice, --type beside --pairs, cases' one --nec-cond) and
    argparse's (invalid choice, unrecognized arguments) quote the value by its beginning too, not cut mid-line by the
    net (errors.bounded_message), which argparse's were."""
    code, _, err = fuzz_cli.run(argv)
    assert code == 2 and "characters)" in err and "characters left out" not in err and len(err) < 400, err[:300]


def test_the_cli_fuzzer_takes_warnings_before_the_one_error_line():
    """A run may warn before it stops (find-rows --expression 'DEV + DEV' warns of the repeated term, then refuses
    --type csa): the CLI's promise is one error: line, last, after any warning: lines, not an empty warning stream."""
    assert fuzz_cli.broken_promise(2, "warning: read once\nerror: no") == ""
    assert fuzz_cli.broken_promise(2, "error: one\nerror: two") == "not one error line"
    assert fuzz_cli.broken_promise(2, "error: one\nwarning: after") == "not one error line"
    assert fuzz_cli.broken_promise(2, "Traceback (most recent call last):\nerror: x") == "not one error line"


def _with_column(name: str, value) -> pd.DataFrame:
    data = pd.read_csv(LF, index_col=0)
    data[name] = value
    return data


NAMED = [   # messages that name a column, an outcome or a case column in quotes
    lambda name: truth_table(pd.read_csv(LF, index_col=0), name),
    lambda name: pof("DEV", pd.read_csv(LF, index_col=0), "SURV", case_column=name),
    lambda name: truth_table(_with_column(name, "abc"), "SURV"),
    lambda name: truth_table(_with_column(name, -1.0), "SURV"),
]


@pytest.mark.parametrize("call", NAMED, ids=["outcome", "case column", "not a number", "negative"])
def test_a_long_name_is_quoted_with_its_length_after_the_quotes(call):
    """One form for a long value in quotes (errors.quoted): 'SSSS…' (5,000 characters). Messages that wrote
    '{shortened(name)}' by hand put the length inside the quotes, as if it were part of the name."""
    said = _error(lambda: call("S" * 5000))
    assert f"'{'S' * 60}…' (5,000 characters)" in said and "characters)'" not in said, said[:300]


@pytest.mark.parametrize("call", NAMED, ids=["outcome", "case column", "not a number", "negative"])
def test_a_short_name_is_quoted_as_written(call):
    """A short name keeps the text these messages always gave: between single quotes as written, no escapes."""
    assert "'women's rights'" in _error(lambda: call("women's rights"))


def test_quoted_as_written_keeps_a_short_text_and_cuts_a_long_one():
    assert quoted("it's", as_written=True) == "'it's'"
    assert quoted(1, as_written=True) == "'1'"
    assert quoted("A" * 200, as_written=True) == f"'{'A' * 200}'"
    assert quoted(LONG, as_written=True) == quoted(LONG) == f"'{'x' * 60}…' (100,000 characters)"


@pytest.mark.parametrize("name", ["S" * 5000, "发展" * 2500])
def test_the_workshops_chinese_line_says_a_long_values_length_after_it(name):
    """The workshop's Chinese line (engine_error_zh) reads a long value as it reads a short one and says its length
    after it in Chinese; the English length left inside the line, or no line at all, was what it did."""
    from analysis.workshop import engine_error_zh

    for call, start in ((NAMED[0], "结果 "), (lambda n: pof(f"DEV*{n}", pd.read_csv(LF, index_col=0), "SURV"), "")):
        with pytest.raises(QCAInputError) as raised:
            call(name)
        zh = engine_error_zh(raised.value)
        assert zh and zh.startswith(start) and f"'{name[:60]}…'（共 5,000 个字符）" in zh and "characters" not in zh, zh


def test_the_workshops_chinese_line_of_a_note_says_a_long_names_length_after_it():
    """A good_practice row's note as a printout shows it (display.shown: 'QQQQ… (5,000 characters)') had the English
    length left inside its Chinese line (engine_note_zh), or no line at all (the counterfactuals' row), where the
    errors' and warnings' lines say it after the name in Chinese. Each row's line reads the long name as it reads a
    short one: the line of the same analysis with DEV, the name and its length in Chinese for DEV."""
    import warnings

    from analysis.qca import good_practice, necessity
    from analysis.qca.display import shown
    from analysis.workshop import engine_note_zh

    name = "Q" * 5_000
    rows = []
    for data in (pd.read_csv(LF, index_col=0), pd.read_csv(LF, index_col=0).rename(columns={"DEV": name})):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            sol = minimize(truth_table(data, "SURV", incl_cut=0.8), include="?", dir_exp="1,1,1,1,1")
            rows.append(good_practice(sol, necessity=necessity(data, "SURV")).to_frame()["has"].map(str).tolist())
    long_rows = [(short, shown(long)) for short, long in zip(*rows) if "(5,000 characters)" in shown(long)]
    assert len(long_rows) >= 2, long_rows
    for short, long in long_rows:
        zh = engine_note_zh(long)
        assert zh and zh == engine_note_zh(short).replace("DEV", f"{'Q' * 60}…（共 5,000 个字符）"), (long[:300], zh)


def test_a_printout_shows_a_long_run_by_its_beginning_and_leaves_the_rest():
    from analysis.qca.display import shown

    assert shown("DEV*~URB + LIT") == "DEV*~URB + LIT"
    assert shown("-" * 300 + "\n" + "AU," * 100 + " " + "word " * 100) == "-" * 300 + "\n" + "AU," * 100 + " " + "word " * 100
    assert shown(f"M1: {LONG}*~IND + URB -> SURV") == f"M1: {'x' * 60}… (100,000 characters)*~IND + URB -> SURV"
    phrase = ("word " * 500).strip()   # words joined by single blanks: cut when longer than an error message's limit
    assert shown(f"{phrase}*~IND + URB") == f"{'word ' * 12}… (2,499 characters)*~IND + URB"
    assert shown(f"{phrase[:1999]}*~IND") == f"{phrase[:1999]}*~IND"


def test_a_printout_says_a_cut_names_own_length_without_its_label_or_quotes():
    """shown cut a run with the label's colon after it ('<ConfigurationChart OUTCOME: 1 group(s)>', necessity's, pof's
    and good_practice's headers) or the quotes around it, and said their characters in the name's length (100,001
    for a name of 100,000) and lost the closing quote. The length is the name's own; the colon and the quotes stay."""
    from analysis.qca import configuration_chart, good_practice, minimize, necessity
    from analysis.qca.display import shown

    cut = f"{'x' * 60}… (100,000 characters)"
    assert shown(f"<Result {LONG}: 1 group(s)>") == f"<Result {cut}: 1 group(s)>"
    assert shown(f"has '{LONG}' and \"{LONG}\"") == f"has '{cut}' and \"{cut}\""
    assert shown(f"for '{LONG}': x") == f"for '{cut}': x"
    data = pd.read_csv(LF, index_col=0).rename(columns={"SURV": LONG})
    sol = minimize(truth_table(data, LONG, incl_cut=0.8), include="?")
    for result in (configuration_chart(sol), necessity(data, LONG), good_practice(sol), pof("DEV*URB", data, LONG)):
        text = str(result) + repr(result)
        assert "(100,000 characters)" in text and "(100,001 characters)" not in text, type(result).__name__


@pytest.mark.parametrize("name", ["Q" * 100_000, ("How satisfied are you with the services of your town hall? " * 1_700)
                                  [:100_000]], ids=["one-word", "with-blanks"])
def test_a_column_name_of_100000_characters_is_printed_by_its_beginning_and_kept_whole_in_the_data(name):
    """A survey export's question as a column header is accepted; print() and repr() of the results (truth table,
    solution, a model, pof, necessity, super_subset, good_practice) showed it whole: lines of 100,000 characters and
    more, a truth table padded 100,000 columns wide, good_practice's text wrapped over 989 lines. They show its
    beginning and its length; to_frame() and to_dict() keep it whole. A question with blanks between its words was
    still shown whole (display.shown cut only runs without a blank)."""
    from analysis.qca import good_practice, minimize, necessity, super_subset

    assert len(name) == 100_000
    data = pd.read_csv(LF, index_col=0).rename(columns={"DEV": name})
    tt = truth_table(data, "SURV", incl_cut=0.8)
    sol = minimize(tt, include="?")
    results = [tt, sol, sol.models[0], good_practice(sol), pof(f"{name}*URB", data, "SURV"), necessity(data, "SURV"),
               super_subset(data, "SURV", incl_cut=0.9), truth_table(pd.read_csv(LF, index_col=0).rename(
                   columns={"SURV": name}), name, incl_cut=0.8)]
    for result in results:
        for text in (str(result), repr(result)):
            longest = max(map(len, text.splitlines()))
            assert longest < 1000 and len(text) < 10_000 and name not in text, (type(result).__name__, longest)
    assert "(100,000 characters)" in str(tt) and "(100,000 characters)" in str(sol)
    assert name in tt.to_frame().columns and name in tt.to_dict()["conditions"]
    assert any(name in term for term in sol.to_frame()["term"])


@pytest.mark.parametrize("column, value", [("DEV", 1.0), ("DEV", [0.5] + [0.9] * 17), ("SURV", 0.9), ("SURV", 0.5)],
                         ids=["constant condition", "condition at 0.5", "skewed outcome", "outcome at 0.5"])
def test_a_data_warning_quotes_a_long_name_by_its_beginning_in_english_and_chinese(column, value):
    """The data's warnings (a constant or skewed set, memberships of 0.5) named the set whole: a warning line of
    100,000 characters in a notebook, and each of the workshop's Chinese lines as long. They quote it as the errors do,
    and the Chinese line says the length after it."""
    import warnings

    from analysis.workshop import engine_warning_zh

    name = "发展" * 50_000
    data = pd.read_csv(LF, index_col=0)
    data[column] = value
    data = data.rename(columns={column: name})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        truth_table(data, name if column == "SURV" else "SURV", incl_cut=0.8)
    said = [str(w.message) for w in caught if "发展" in str(w.message)]
    assert said and all(f"'{'发展' * 30}…' (100,000 characters)" in s and len(s) < 1000 for s in said), said[0][:300]
    zh = [engine_warning_zh(s) for s in said]
    assert all(z and f"'{'发展' * 30}…'（共 100,000 个字符）" in z for z in zh), zh


def test_a_literal_is_read_by_the_fast_pattern_as_by_the_lazy_one():
    """expressions._literal (_LIT_FAST, then _LIT_RE) matches as _LIT_RE alone, groups and span, on every text of up
    to four characters of names, blanks, operators and brackets, and on the fuzzers' long names, which _LIT_RE's lazy
    name stepped through a character at a time (about 5 ms each)."""
    import itertools

    from analysis.qca.expressions import _LIT_RE, _literal

    def read(m):
        return None if m is None else (m.groups(), m.span())

    alphabet = "a ~[]{}*2\t\u3000发"
    texts = ["".join(t) for n in range(5) for t in itertools.product(alphabet, repeat=n)]
    texts += [LONG, ("DEV " * 20_000).strip(), "发展" * 50_000, f"~ {LONG} [2]", f"{LONG} ]"]
    assert [read(_literal(t)) for t in texts] == [read(_LIT_RE.match(t)) for t in texts]


def test_a_name_of_chinese_characters_only_is_told_as_before():
    """_near's one pattern for a text of Chinese characters only (_CHINESE_TEXT) says what _chinese says character by
    character, on each range's edges and beside them."""
    from analysis.qca._near import _CHINESE_TEXT, _chinese

    edges = [chr(c) for e in (0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0xF900, 0xFAFF) for c in (e - 1, e, e + 1)] + ["a", "\u3000"]
    texts = [a + b for a in edges for b in edges] + ["发展" * 50_000, "发展" * 50_000 + "a"]
    assert [bool(_CHINESE_TEXT.fullmatch(t)) for t in texts] == [all(map(_chinese, t)) for t in texts]
