"""Unknown conditions are quoted like every other value an error names (errors.quoted): 'unknown condition(s): GDP'
listed the names bare, so a name with blanks or a trailing comma ('GDP ', 'DEV,') could not be told from the text
around it. A name that differs from a column only by full-width characters (typed with a Chinese input method, 全角:
'ＵＲＢ') is told the column meant, as one differing by case or blanks already was."""
from __future__ import annotations

import pandas as pd
import pytest
from _cli import run

LF = "data/reference/datasets/LF.csv"


@pytest.fixture(scope="module")
def lf():
    return pd.read_csv(LF, index_col=0, encoding="utf-8")


def _message(call) -> str:
    from analysis.qca import QCAInputError

    with pytest.raises(QCAInputError) as err:
        call()
    return str(err.value)


def test_unknown_conditions_are_quoted(lf):
    from analysis.qca import necessity, truth_table

    said = _message(lambda: truth_table(lf, "SURV", "DEV, GDP, URX"))
    assert said.startswith("unknown conditions: 'GDP', 'URX'; 'URX': did you mean 'URB'? (columns: 'DEV'"), said
    said = _message(lambda: necessity(lf, "SURV", ["DEV", "GDP"]))
    assert said.startswith("unknown condition: 'GDP' (columns: "), said
    said = _message(lambda: truth_table(lf, "SURV", "DEV, URB, DEV"))   # a name given twice, too
    assert said.startswith("conditions name 'DEV' twice (duplicate condition(s): 'DEV'); name each condition once"), said


def test_the_conditions_a_message_lists_are_quoted(lf):
    """The lists '(conditions: ...)' after an unknown name (a term, an expression, dir_exp's names), 'for 5 conditions
    (...)' of dir_exp's count and a sweep's '(conditions: ...; outcome: ...)' named the conditions cut but bare, so a
    name with a blank ('GDP per head') read as two words of the list; each is quoted as every other message quotes a
    name, a long one cut inside its quotes."""
    from analysis.qca import minimize, theory_evaluation, truth_table

    data = lf.rename(columns={"DEV": "GDP per head", "URB": "Q" * 300})
    conds = ["GDP per head", "Q" * 300, "LIT"]
    listed = f"'GDP per head', '{'Q' * 60}…' (300 characters), 'LIT'"
    tt = truth_table(data, "SURV", conds, incl_cut=0.8)
    assert f"(conditions: {listed})" in _message(lambda: minimize(tt, "?", dir_exp={"XX": 1}))
    assert f"for 3 conditions ({listed}); give one" in _message(lambda: minimize(tt, "?", dir_exp="1,1"))
    sol = minimize(tt, "?")
    assert f"(conditions: {listed})" in _message(lambda: theory_evaluation("LIT*XX", sol))


def test_unknown_conditions_of_directional_expectations_are_quoted(lf):
    from analysis.qca import minimize, truth_table

    tt = truth_table(lf, "SURV", "DEV, URB, IND", incl_cut=0.8)
    said = _message(lambda: minimize(tt, include="?", dir_exp={"DEV": 1, "GDP": 1}))
    assert said.startswith("directional expectations name unknown condition 'GDP' (conditions: "), said


def test_the_cli_quotes_unknown_conditions(capsys):
    code, out, err = run(capsys, "truth-table", LF, "--outcome", "SURV", "--conditions", "DEV,GDP")
    assert code == 2 and out == "" and err.count("\n") == 1, err
    assert err.startswith(f"error: {LF}: unknown condition: 'GDP' (columns: 'DEV'"), err


_WIDE = "(the name given is written with full-width characters, typed with a Chinese input method, 全角"


@pytest.mark.parametrize("call, said", [
    (lambda q, lf: q.truth_table(lf, "SURV", ["DEV", "ＵＲＢ"]),
     f"unknown condition: 'ＵＲＢ'; did you mean 'URB'? {_WIDE}) (columns: 'DEV'"),
    (lambda q, lf: q.necessity(lf, "SURV", ["DEV", "Ｕrb"]),
     f"unknown condition: 'Ｕrb'; did you mean 'URB'? {_WIDE}; names are case-sensitive) (columns: "),
    (lambda q, lf: q.truth_table(lf, "ＳＵＲＶ", ["DEV", "URB"]),
     f"outcome 'ＳＵＲＶ' is not a column of the data; did you mean 'SURV'? {_WIDE}) (columns: "),
    (lambda q, lf: q.pof("DEV*ＵＲＢ", lf, "SURV"),
     f"expression 'DEV*ＵＲＢ': unknown condition 'ＵＲＢ'; did you mean 'URB'? {_WIDE}) (conditions: "),
], ids=["truth_table", "necessity-and-case", "outcome", "pof"])
def test_a_name_typed_full_width_is_told_the_column_meant(lf, call, said):
    from analysis import qca

    message = _message(lambda: call(qca, lf))
    assert message.startswith(said), message


def test_a_raw_column_typed_full_width_is_told_the_column_meant():
    from analysis.qca import calibrate_frame

    raw = pd.read_csv("data/reference/datasets/LR.csv", index_col=0, encoding="utf-8")
    said = _message(lambda: calibrate_frame(raw, {"DEV": {"source": "ＤＥＶ", "thresholds": "e=350, c=550, i=850"}}))
    assert said.startswith(f"spec['DEV']: raw column 'ＤＥＶ' not in the data; did you mean 'DEV'? {_WIDE}) "), said


@pytest.mark.parametrize("argv, said", [
    (("--outcome", "SURV", "--conditions", "DEV,ＵＲＢ"),
     f"error: {LF}: unknown condition: 'ＵＲＢ'; did you mean 'URB'? {_WIDE}) (columns: "),
    (("--outcome", "ＳＵＲＶ", "--conditions", "DEV,URB"),
     f"error: --outcome 'ＳＵＲＶ' is not a column of {LF}; did you mean 'SURV'? {_WIDE}) (columns: "),
], ids=["conditions", "outcome"])
def test_the_cli_tells_a_name_typed_full_width_the_column_meant(capsys, argv, said):
    code, out, err = run(capsys, "truth-table", LF, *argv)
    assert code == 2 and out == "" and err.count("\n") == 1, err
    assert err.startswith(said), err


def test_the_workshop_says_the_full_width_hint_in_chinese(lf):
    from analysis.qca import QCAInputError, necessity
    from analysis.workshop import engine_error_zh

    with pytest.raises(QCAInputError) as err:
        necessity(lf, "SURV", ["DEV", "Ｕrb"])
    said = engine_error_zh(err.value)
    assert said is not None and "；是否想写 'URB'？（所给名称含全角字符（中文输入法输入）；名称区分大小写）" in said, said
    assert "full-width" not in said, said


_LONG = "Qu" * 500   # a column of 1,000 characters (a survey question): its hints quote it cut, as errors.quoted does


def _long_data(path=LF):
    return pd.read_csv(path, index_col=0, encoding="utf-8").rename(columns={"DEV": _LONG, "SURV": _LONG + "S"})


@pytest.mark.parametrize("call", [
    lambda q: q.truth_table(_long_data(), _LONG + "S", [_LONG.lower(), "URB"]),
    lambda q: q.truth_table(_long_data(), _LONG + "S", [_LONG + "X", "URB"]),
    lambda q: q.truth_table(_long_data(), _LONG + "S", ["~" + _LONG, "URB"]),
    lambda q: q.truth_table(_long_data(), _LONG + "S", ["-" + _LONG, "URB"]),
    lambda q: q.truth_table(_long_data(), _LONG + "S", ["".join(chr(ord(c) + 0xFEE0) for c in _LONG), "URB"]),
    lambda q: q.truth_table(_long_data(), _LONG + "S", [_LONG + " & URB"]),
    lambda q: q.truth_table(_long_data(), _LONG + "S", [_LONG + ", URB"]),
    lambda q: q.truth_table(_long_data(), _LONG + "S", [_LONG, "URB", _LONG]),
    lambda q: q.truth_table(_long_data(), (_LONG + "S").lower(), ["URB"]),
    lambda q: q.truth_table(_long_data(), _LONG + "S=0", ["URB"]),
    lambda q: q.truth_table(_long_data(), "1-" + _LONG + "S", ["URB"]),
    lambda q: q.truth_table(_long_data(), "\u2212" + _LONG + "S", ["URB"]),
    lambda q: q.pof(_LONG.lower() + "*URB", _long_data(), _LONG + "S"),
    lambda q: q.calibrate_frame(_long_data("data/reference/datasets/LR.csv"),
                                {"D": {"source": _LONG.lower(), "thresholds": "e=350, c=550, i=850"}}),
    lambda q: q.minimize(q.truth_table(_long_data(), _LONG + "S", [_LONG, "URB"], incl_cut=0.8), include="?",
                         dir_exp={_LONG.lower(): 1}),
    lambda q: q.minimize(q.truth_table(_long_data(), _LONG + "S", [_LONG, "URB"], incl_cut=0.8), include="?",
                         dir_exp="1"),
    lambda q: q.pof(_LONG + "=1*URB", _long_data(), _LONG + "S"),
    lambda q: q.truth_table(_long_data(), _LONG + "S", [_LONG.lower(), "URBB"]),   # each hint names its name
    lambda q: q.esa(q.truth_table(_long_data(), _LONG + "S", [_LONG, "URB"], incl_cut=0.8), nec_cond="LIT"),
    lambda q: q.minimize(q.truth_table(_long_data(), _LONG + "S", [_LONG, "URB"], incl_cut=0.8), include="?",
                         dir_exp={"LIT": 1}),
], ids=["case", "misspelt", "tilde", "minus", "full-width", "and", "two-in-one-item", "twice", "outcome-case",
        "outcome-value", "outcome-r-negation", "outcome-minus", "pof-case", "raw-column", "dir_exp", "dir_exp-count",
        "pof-value", "two-names", "left-out-nec-cond", "left-out-dir_exp"])
def test_a_hint_quotes_a_long_column_cut(call):
    """The hints of a mistake in a long name ('did you mean ...', how a negation or a value is written, the list of
    conditions) copied the column whole; only bounded_message's backstop cut the message, mid-name. Each hint now
    quotes it as errors.quoted does: its beginning and its length."""
    import re

    from analysis import qca

    said = _message(lambda: call(qca))
    longest = max(len(run) for run in re.findall(r"(?:qu|ｑｕ)+", said, flags=re.IGNORECASE))
    assert longest <= 200 and "characters left out" not in said, said


def test_the_left_out_hint_quotes_the_conditions_it_lists_cut():
    """A column left out of the conditions (nec_cond='LIT', dir_exp naming it) is told so with the conditions that
    include it, conditions='...' and --conditions ...: those copied a chosen condition of 1,000 characters whole (a
    message of 1,762 characters), while the message before them names it cut. Each name is now cut as the message
    cuts it; short names read as before."""
    from analysis.qca.data import left_out_hint

    said = "unknown condition 'LIT' in term 'LIT' (conditions: 'QuQu…' (1,000 characters), 'URB')"
    for cli in (False, True):
        hint = left_out_hint(said, [_LONG, "URB"], ["LIT"], cli=cli)
        assert "LIT" in hint and _LONG not in hint and "(1,000 characters)" in hint, hint
        assert len(hint) < 300, hint
    assert left_out_hint(said, ["DEV", "URB"], ["LIT"], cli=True) == (
        "; 'LIT' is a column of the data not among the conditions: to use it, include it in --conditions DEV,URB,LIT")


@pytest.mark.parametrize("dir_exp", [{_LONG: 1, "STB": 1}, {"STB": 1, _LONG: 1}], ids=["long-first", "long-last"])
def test_a_long_column_left_out_of_the_conditions_is_told_so(dir_exp):
    """A column of 1,000 characters left out of the conditions got no left-out hint: the message names it cut
    ('QuQu…' (1,000 characters)), which is no column, and a name after it in the list was lost too (the names were
    read up to the first ' ('). Each cut name is now matched to the one column it cuts (its beginning and its
    length), as nec_cond or dir_exp naming it."""
    from analysis import qca

    tt = qca.truth_table(_long_data(), _LONG + "S", ["URB", "LIT", "IND"], incl_cut=0.8)
    cut = f"{_LONG[:60]}… (1,000 characters)"
    said = _message(lambda: qca.esa(tt, nec_cond=_LONG))
    assert said.endswith(f"; '{_LONG[:60]}…' (1,000 characters) is a column of the data not among the conditions: to "
                         f"use it, include it in conditions='URB, LIT, IND, {cut}' (CLI: --conditions "
                         f"URB,LIT,IND,{cut})"), said
    said = _message(lambda: qca.minimize(tt, include="?", dir_exp=dir_exp))
    assert "are columns of the data not among the conditions: to use them, include them in conditions='URB, LIT, " \
           "IND, " in said and said.count("STB") == 4 and _LONG not in said, said


def test_a_misspelt_name_of_100000_characters_is_told_the_column_meant_without_a_quadratic_search():
    """near_names compared a misspelt name with each column of about its length letter by letter against letter
    (optimal string alignment, 100,000 x 100,000 cells for a survey question as a header: hours). At most two edits
    count, so only the cells near the diagonal are computed; the hint is the same."""
    import time

    from analysis.qca import truth_table
    from analysis.qca._near import _edits, near_names

    name = "Q" * 100_000
    data = pd.read_csv(LF, index_col=0, encoding="utf-8").rename(columns={"DEV": name})
    started = time.perf_counter()
    said = _message(lambda: truth_table(data, "SURV", [name[:-1] + "X" + "Y", "URB"]))
    assert time.perf_counter() - started < 20, "near_names took as long as a full table of edits"
    assert f"did you mean '{'Q' * 60}…' (100,000 characters)?" in said, said[:500]
    assert _edits("LTI", "LIT") == 1 and _edits("DEV", "DEVV") == 1 and _edits("abc", "xyz") == 3
    assert near_names("URBB", ["URB", "DEV"]) == ["URB"] and near_names("SURV", ["SURVIVAL"]) == ["SURVIVAL"]
