"""The catalogue of bad inputs (tests/bad_inputs/catalogue.py): each gives the message it lists, through the
CLI (one `error:` line, exit status 2, or `warning:` lines) or the library (QCAInputError / QCAWarning)."""
from __future__ import annotations

import importlib
import io
import re
import sys
import warnings

import numpy as np
import pandas as pd
import pytest

from analysis.paths import ROOT
from analysis.qca import QCAInputError, QCAWarning, truth_table
from analysis.qca.cli import main
from analysis.qca.data import prepare_data
from analysis.validate import DataValidationError
from bad_inputs.catalogue import CATALOGUE, LF, BWB, lf, with_cell
from bad_inputs.scan import PREFIXES, Message, chinese_line, messages as scan_messages
from _scripts import load_script
from test_workshop_error_forms import assert_one_form_reads   # the workshop's Chinese line: one form reads it

DATASETS = ROOT / "data" / "reference" / "datasets"
RUNNABLE = [b for b in CATALOGUE if b.via in ("cli", "api", "raw")]


def run_cli(argv, capsys, monkeypatch, stdout=""):
    """main(argv) from the project root: exit code, standard output and error. `stdout`: an encoding of standard
    output other than UTF-8 (as PYTHONIOENCODING sets it); what is written there must then be empty too."""
    monkeypatch.chdir(ROOT)
    if stdout:
        raw = io.BytesIO()
        monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(raw, encoding=stdout, errors="strict"))
    code = main(list(argv))
    out, err = capsys.readouterr()
    if stdout:
        sys.stdout.flush()
        out += raw.getvalue().decode(stdout)
        monkeypatch.undo()
    return code, out, err


def _without_a_chinese_line(bad, said: list[tuple[str, str]]) -> None:
    """Every error, warning and note a command-line or API row gives ((kind, text), as tests/bad_inputs/scan.py reads
    them: the command's stderr lines by their prefix; the library's QCAWarnings, then its QCAInputError) has its
    Chinese line in the workshop (scan.chinese_line), so that a row added with a message of a new form, or an English
    message reworded past what its form reads, shows here. This guard ran in test_workshop_catalogue_lines.py
    (scan.without_line(every=True)), which ran every such row a second time for it (about 10 s of CPU); here it reads
    the messages of the row's run this test makes anyway."""
    missing = [(kind, text) for kind, text in said if chinese_line(Message(kind, text, False)) is None]
    assert missing == [], f"{bad.id}: no Chinese line for {missing}"


def _stderr_messages(err: str) -> list[tuple[str, str]]:
    return [(prefix[:-2], line.removeprefix(prefix)) for line in err.splitlines()
            for prefix in PREFIXES if line.startswith(prefix)]


@pytest.mark.parametrize("bad", RUNNABLE, ids=[b.id for b in RUNNABLE])
def test_bad_input(bad, capsys, monkeypatch):
    assert bad.file == "" or (ROOT / bad.file).exists() or bad.id == "file-not-found", bad.file
    if bad.via == "cli":
        code, out, err = run_cli(bad.run, capsys, monkeypatch, bad.stdout)
        if bad.kind == "error":
            assert code == 2 and out == "", (code, out, err)
            lines = err.splitlines()   # one error line, last; before it only the warnings the data gave first
            assert lines and lines[-1].startswith("error: "), err
            assert all(line.startswith("warning: ") for line in lines[:-1]), err
            assert "Traceback" not in err
            assert_one_form_reads(lines[-1].removeprefix("error: "), bad.id)
        else:
            assert code == 0, err
            assert all(line.startswith(("warning: ", "note: ")) for line in err.splitlines()), err   # note: --drop-missing
            if bad.kind == "warning":
                assert err, "a warning was expected"
        assert bad.expect in " ".join(err.split()), err
        if bad.same_as:
            code2, clean, clean_err = run_cli(bad.same_as, capsys, monkeypatch)
            assert code2 == 0 and out == clean
            if not bad.expect:   # nothing beyond what the clean file itself warns about (e.g. skewed sets)
                assert err == clean_err, err
        elif not bad.expect:
            assert err == "", err
        _without_a_chinese_line(bad, _stderr_messages(err))
        return
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        if bad.kind == "error":
            with pytest.raises(DataValidationError if bad.via == "raw" else QCAInputError) as exc:
                bad.run()
            assert bad.expect in str(exc.value), str(exc.value)
            if bad.via == "api":   # a QCAInputError, which the workshop says in Chinese
                assert_one_form_reads(str(exc.value), bad.id)
                _without_a_chinese_line(bad, [("warning", str(w.message)) for w in caught
                                              if issubclass(w.category, QCAWarning)] + [("error", str(exc.value))])
            return
        bad.run()
    messages = [str(w.message) for w in caught if issubclass(w.category, QCAWarning)]
    if bad.kind == "warning":
        assert any(bad.expect in m for m in messages), messages
    elif bad.expect:
        assert any(bad.expect in m for m in messages), messages
    if bad.via == "api":
        _without_a_chinese_line(bad, [("warning", m) for m in messages])


PIPELINE = [b for b in CATALOGUE if b.via in ("notebook", "make")]


@pytest.mark.parametrize("bad", PIPELINE, ids=[b.id for b in PIPELINE])
def test_pipeline_rows_name_a_test(bad):
    """Notebook and make rows are checked by a test elsewhere; the row must name one that exists."""
    module, name = bad.run.split("::")
    mod = importlib.import_module(module.removeprefix("tests/").removesuffix(".py"))
    assert callable(getattr(mod, name))


def test_catalogue_is_large_and_ids_unique():
    ids = [b.id for b in CATALOGUE]
    assert len(ids) >= 90 and len(set(ids)) == len(ids)
    assert {b.via for b in CATALOGUE} <= {"cli", "api", "raw", "notebook", "make"}
    assert {b.kind for b in CATALOGUE} <= {"error", "warning", "handled"}
    items = {b.origin for b in CATALOGUE if b.origin.startswith("issue 11.")}
    assert items >= {f"issue 11.{i}" for i in (2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21)}


WARNINGS = [
    ("constant-condition", lambda: truth_table(lf().assign(LIT=1.0), "SURV"),
     "condition 'LIT' is constant (1 for every case)"),
    ("membership-exactly-half", lambda: truth_table(with_cell(lf(), "AU", "DEV", 0.5).astype(float), "SURV"),
     "condition 'DEV' has membership exactly 0.5 for case(s) 'AU'"),
]


@pytest.mark.parametrize("call,needle", [(c, n) for _, c, n in WARNINGS], ids=[i for i, _, _ in WARNINGS])
def test_suspicious_input_warns(call, needle):
    with pytest.warns(QCAWarning, match=needle.replace("(", r"\(").replace(")", r"\)")):
        call()


def test_half_membership_case_belongs_to_no_row():
    with pytest.warns(QCAWarning):
        tt = truth_table(with_cell(lf(), "AU", "DEV", 0.5).astype(float), "SURV", incl_cut=0.8)
    assert "AU" not in ",".join(tt.rows["cases"])
    assert tt.rows["n"].sum() == 17
    assert "1 case with a membership of exactly 0.5 belongs to no row" in tt.notes   # was '1 case(s) ... belong'
    with pytest.warns(QCAWarning):
        two = truth_table(with_cell(with_cell(lf(), "AU", "DEV", 0.5), "BE", "DEV", 0.5).astype(float), "SURV")
    assert "2 cases with a membership of exactly 0.5 belong to no row" in two.notes


def test_prepare_data_reports_every_missing_cell_at_once():
    df = pd.read_csv(DATASETS / "d.BWB.csv", dtype={"case": str})
    with pytest.raises(QCAInputError) as exc:
        prepare_data(df, "CAN", case_column="case")
    msg = str(exc.value)
    for col, case in [("SP", "01"), ("BC", "03"), ("SC", "12"), ("SC", "22"), ("MP", "13"), ("PR", "26")]:
        assert f"'{col}'" in msg and f"'{case}'" in msg


def test_readme_lists_the_catalogue():
    """The table of docs/bad-inputs.md (linked from the README) is generated from the catalogue; regenerate it when a
    row changes. The README states the number of inputs."""
    mod = load_script("tools/bad_input_table.py")
    text = (ROOT / "docs" / "bad-inputs.md").read_text(encoding="utf-8")
    assert mod.updated(text, mod.render(CATALOGUE)) == text, "run: python tools/bad_input_table.py"
    assert text.count("\n| ") - 1 >= len(CATALOGUE)
    assert f"; {len(CATALOGUE)} inputs)" in " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())


def test_the_tool_writes_and_checks_the_readme_count(tmp_path, monkeypatch, capsys):
    """The README's count of inputs was typed by hand by every helper adding a refusal (and their edits of the same
    number conflicted): tools/bad_input_table.py now writes it, wrapped over two lines or not, and --check says when
    it is out of date; the rest of the README is left as it was."""
    mod = load_script("tools/bad_input_table.py")
    readme, page = tmp_path / "README.md", tmp_path / "bad-inputs.md"
    real = (ROOT / "README.md").read_text(encoding="utf-8")
    said = f"`tests/test_qca_bad_input.py`; {len(CATALOGUE)} inputs)."
    assert real.count(said) == 1
    readme.write_text(real.replace(said, "`tests/test_qca_bad_input.py`; 3\ninputs)."), encoding="utf-8")
    page.write_text((ROOT / "docs" / "bad-inputs.md").read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(mod, "README", readme)
    monkeypatch.setattr(mod, "PAGE", page)
    assert mod.main(["--check"]) == 1
    assert capsys.readouterr().err == (f"error: README.md says 3 inputs, the catalogue has {len(CATALOGUE)}: run "
                                       "python tools/bad_input_table.py\n")
    assert mod.main([]) == 0
    assert readme.read_text(encoding="utf-8") == real.replace(said, said.replace(" inputs)", "\ninputs)"))
    assert mod.main(["--check"]) == 0
    readme.write_text(real.replace(said, ""), encoding="utf-8")   # the sentence gone: said, not a silent pass
    with pytest.raises(SystemExit, match="must be there once, found 0 times"):
        mod.main(["--check"])


def test_the_table_shows_each_message_prefix_once():
    """A catalogue row whose expected text is the start of the line ('error: --exclude: ...') was shown as
    `error: …error: --exclude: ...`, a message no user sees (22 rows): the prefix is shown once, and with no '…'
    before it, since nothing precedes the start of the line."""
    mod = load_script("tools/bad_input_table.py")
    table = mod.render(CATALOGUE)
    doubled = [line[:80] for line in table.splitlines()
               if re.search(r"`(error|warning|QCAInputError|QCAWarning|DataValidationError): …\1: ", line)]
    assert not doubled, doubled
    starts = [b for b in CATALOGUE if b.via == "cli" and b.kind == "error" and b.expect.startswith("error: ")]
    assert starts, "the catalogue has rows whose expected text starts the error line"
    for bad in starts:
        assert f"`{mod._cell(bad.expect)}…`" in table, bad.id


WORKBOOK_ROWS = [b for b in RUNNABLE if b.via == "api" and getattr(b.run, "__qualname__", "").startswith("lc_book.")
                 and b.kind == "error"]


def _outcome(call) -> str:
    """What one call of a row gives: the error's type and message, or the kind of value it returned."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            value = call()
    except Exception as exc:  # noqa: BLE001 - the outcome is what is compared
        return re.sub(r"\S*lc\.xlsx", "lc.xlsx", f"{type(exc).__name__}: {exc}")  # each run's own temporary folder
    return f"returned {type(value).__name__}"


@pytest.mark.parametrize("bad", WORKBOOK_ROWS, ids=lambda b: b.id)
def test_a_workbook_rows_call_gives_the_same_outcome_when_run_again(bad):
    """The catalogue's scan (the workshop's Chinese-line guard) and test_bad_input run each row's call in one
    process; a call that changed its own options on the first run (lc_book popped `analyse`) read the workbook
    without analysing it the second time, and test_bad_input then failed ('DID NOT RAISE') on that worker."""
    assert _outcome(bad.run) == _outcome(bad.run)


@pytest.mark.parametrize("outcome, said, write", [
    ("~SURV\u2060", "'~SURV\\u2060'", "'~SURV'"),
    ("~ SURV\u200b", "'~SURV\\u200b'", "'~SURV'"),
    ("SURV\u2060", "'SURV\\u2060'", "'SURV'"),
], ids=["negated", "negated-with-a-blank", "plain"])
def test_an_invisible_character_in_a_negated_outcome_keeps_its_tilde(outcome, said, write):
    """outcome='~SURV\\u2060' (a negated outcome copied with a word joiner) was told "'SURV\\u2060' holds an invisible
    character ...: write 'SURV'", the negation dropped: copying the hint explained the outcome itself."""
    with pytest.raises(QCAInputError) as raised:
        truth_table(lf(), outcome)
    assert f"; {said} holds an invisible character (U+" in str(raised.value), raised.value
    assert f"copied from a web page or a document): write {write} (columns: " in str(raised.value), raised.value


def test_the_scan_runs_a_row_with_its_encoding_of_standard_output():
    """tests/bad_inputs/scan.py ran every command-line row with standard output in UTF-8, where stdout-not-utf8 (a
    Chinese name printed to an ASCII standard output) succeeds: the scan read no message of it, and the Chinese-line
    guard of that row (test_bad_input, which read the scan's run of it) checked nothing."""
    bad = next(b for b in CATALOGUE if b.id == "stdout-not-utf8")
    found = scan_messages(bad)
    assert [(m.kind, m.expected) for m in found] == [("error", True)], found
    assert chinese_line(found[0]), found


@pytest.mark.parametrize("kw, said", [
    ({"untenable": 'c("DEV*URB")'}, "untenable 'c(\"DEV*URB\")': R's vector c(...) copied as text; write 'DEV*URB'"),
    ({"nec_cond": 'c("LIT", "STB")'}, "nec_cond 'c(\"LIT\", \"STB\")': R's vector c(...) copied as text; write "
                                      "nec_cond=['LIT', 'STB'] (a list: each a necessary condition)"),
    ({"nec_cond": ['c("LIT")', "STB"]}, "nec_cond[0] 'c(\"LIT\")': R's vector c(...) copied as text; write 'LIT'"),
], ids=["untenable", "nec-cond", "nec-cond-list"])
def test_esa_expressions_written_as_rs_vector_say_what_to_write(kw, said):
    """esa(tt, nec_cond='c("LIT", "STB")') (SetMethods' vector copied as text) was told 'parentheses are not
    supported; write it as a sum of products', which it is not."""
    from analysis.qca import esa
    from analysis.workshop import engine_error_zh

    with pytest.raises(QCAInputError) as raised:
        esa(truth_table(lf(), "SURV", incl_cut=0.8), **kw)
    assert str(raised.value) == said
    assert "这是照搬成文本的 R 向量 c(...)：请写 " in engine_error_zh(raised.value)


@pytest.mark.parametrize("outcome, head, said, write", [
    ("SURV\u2060{1}", "outcome 'SURV\u2060' is not a column of the data", "'SURV\\u2060{1}'", "'SURV{1}'"),
    ("~SURV\u200b{1}", "outcome 'SURV\u200b' is not a column of the data", "'~SURV\\u200b{1}'", "'~SURV{1}'"),
    ("SURV{1}\u2060", "outcome 'SURV{1}\\u2060': cannot read it", "'SURV{1}\\u2060'", "'SURV{1}'"),
    ("SURV{1\u200b}", "outcome 'SURV{1\\u200b}': cannot read it", "'SURV{1\\u200b}'", "'SURV{1}'"),
], ids=["before-the-value", "negated", "after-the-value", "inside-the-braces"])
def test_an_invisible_character_in_an_outcome_with_a_value_keeps_the_value(outcome, head, said, write):
    """outcome='SURV\u2060{1}' (a multi-value outcome's value copied with a word joiner) was told "write 'SURV'", the
    value dropped; 'SURV{1}\u2060' only that it 'cannot read it; write a column name, ...', with no word of the
    character nobody sees."""
    data = lf().assign(SURV=[0, 1, 2, 1, 0, 1, 2, 0, 1, 0, 1, 2, 0, 1, 0, 1, 2, 0])
    with pytest.raises(QCAInputError) as raised:
        truth_table(data, outcome)
    message = str(raised.value)
    assert message.startswith(head + ";"), message
    assert f"; {said} holds an invisible character (U+" in message, message
    assert re.search(rf"copied from a web page or a document\): write {re.escape(write)}(?: \(columns: |$)", message)
    from analysis.workshop import engine_error_zh

    assert "含有不可见字符（U+" in engine_error_zh(raised.value) and f"请写 {write}" in engine_error_zh(raised.value)


@pytest.mark.parametrize("data, here", [
    ([[1, 0, 1], [0, 1, 0]], ", 3 here"), (np.array([[1.0, 0.2], [0.0, 0.9]]), ", 2 here"),
    (((1, 0), (0, 1, 1)), ""),
], ids=["list-of-lists", "2-d-array", "rows-of-two-lengths"])
def test_rows_of_values_given_as_the_data_are_told_how_to_make_a_frame(data, here):
    """truth_table([[1, 0, 1], ...]) (rows typed as lists, or a NumPy array) said only 'data must be a pandas
    DataFrame, got list', with no word of how to make one."""
    with pytest.raises(QCAInputError) as raised:
        truth_table(data, "Y")
    assert str(raised.value) == (
        f"data must be a pandas DataFrame, got {type(data).__name__}: rows of values? pd.DataFrame(rows, "
        f"columns=[...], index=[...]) makes the frame (columns= the sets' names, one per value of a row{here}; index= "
        "the case names)")
    from analysis.workshop import engine_error_zh

    assert "：是按行给出的数值吗？pd.DataFrame(rows, columns=[...], index=[...]) 可以生成数据框" in engine_error_zh(raised.value)


@pytest.mark.parametrize("thresholds, kind, said", [
    ("e=35%, c=55%, i=85%", "fuzzy", "'e=35, c=55, i=85' (raw values in percent, 0-100) or 'e=0.35, c=0.55, i=0.85' "
                                     "(shares, 0-1)"),
    ("35 %, 85%", "crisp", "'35, 85' (raw values in percent, 0-100) or '0.35, 0.85' (shares, 0-1)"),
], ids=["fuzzy", "crisp"])
def test_thresholds_written_as_percentages_say_both_scales(thresholds, kind, said):
    """calibrate(x, thresholds='e=35%, c=55%, i=85%') (anchors as a report writes them) said only "threshold '35%' is
    not a number", with no word of the percent sign; which scale is meant only the raw values tell."""
    from analysis.qca import calibrate
    from analysis.workshop import engine_error_zh

    with pytest.raises(QCAInputError) as raised:
        calibrate(pd.Series([10.0, 50.0, 90.0]), thresholds=thresholds, type=kind)
    assert str(raised.value).endswith(
        f"; a percentage? write the thresholds without '%', in the raw values' units: {said}"), raised.value
    assert "是百分数吗？请去掉 '%'，按原始数值的单位写临界值：" in engine_error_zh(raised.value)


def test_thresholds_with_one_percentage_among_numbers_get_no_scale_hint():
    from analysis.qca import calibrate

    with pytest.raises(QCAInputError) as raised:
        calibrate(pd.Series([10.0, 50.0, 90.0]), thresholds="e=35%, c=55, i=85")
    assert str(raised.value) == "threshold '35%' is not a number (thresholds 'e=35%, c=55, i=85')"
