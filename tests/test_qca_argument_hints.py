"""Arguments of the public API typed as a user coming from another tool types them: full-width characters of a
Chinese input method ('？' for include's '?', '－' for a directional expectation's '-') are named with the ASCII
character meant, as '～SURV' and 'DEV，URB' already were; a keyword a function does not take (R's incl.cut given to
necessity(), whose cut-off is benchmark; a typo) is a QCAInputError naming the argument meant, not Python's
TypeError."""
from __future__ import annotations

import functools
import re

import numpy as np
import pandas as pd
import pytest

import analysis.qca as qca
from analysis.qca import QCAInputError, minimize, necessity, super_subset, truth_table
from analysis.qca.r_calls import R_KEYWORDS
from setmethods_reference import dataset

CONDS = ["DEV", "URB", "LIT", "IND", "STB"]


def tt_lf():
    return truth_table(dataset("LF"), "SURV", CONDS, incl_cut=0.8, case_column="case")


@pytest.mark.parametrize("include, meant", [("？", "'？' -> '?'"), ("Ｃ", "'Ｃ' -> 'C'"),
                                            ("？，Ｃ", "e.g. '?,C'"), ("?、C", "'、' -> ','")])
def test_a_full_width_include_names_the_ascii_character(include, meant):
    with pytest.raises(QCAInputError, match="include may contain") as exc:
        minimize(tt_lf(), include=include)
    assert meant in str(exc.value) and "full-width" in str(exc.value)


def test_an_include_of_another_letter_gets_no_full_width_hint():
    with pytest.raises(QCAInputError) as exc:
        minimize(tt_lf(), include="R")
    assert "full-width" not in str(exc.value)


@pytest.mark.parametrize("dir_exp", ["1,1,1,1,－", "DEV=1,URB=1,LIT=1,IND=1,STB=－"])
def test_a_full_width_dash_in_dir_exp_names_the_ascii_dash(dir_exp):
    with pytest.raises(QCAInputError) as exc:
        minimize(tt_lf(), include="?", dir_exp=dir_exp)
    assert "'－' -> '-'" in str(exc.value)


@pytest.mark.parametrize("call, meant", [
    (lambda: necessity(dataset("LF"), "SURV", incl_cut=0.95, case_column="case"), "write benchmark=0.95"),
    (lambda: necessity(dataset("LF"), "SURV", case_column="case", **{"incl.cut": 0.9}), "write benchmark=0.9"),
    (lambda: necessity(dataset("LF"), "SURV", benchmrk=0.9, case_column="case"), "did you mean 'benchmark'?"),
    (lambda: super_subset(dataset("LF"), "SURV", benchmark=0.9, case_column="case"), "write incl_cut=0.9"),
    (lambda: truth_table(dataset("LF"), "SURV", neg_out=True, case_column="case"), "write negate_outcome=True"),
    (lambda: truth_table(dataset("LF"), "SURV", case_column="case", **{"show.cases": False}),
     "did you mean 'show_cases'?"),
    (lambda: minimize(tt_lf(), include="?", direxp="1,1,1,1,1"), "did you mean 'dir_exp'?"),
    (lambda: qca.pof("DEV", dataset("LF"), "SURV", case="case"), "did you mean 'case_column'?"),
    (lambda: qca.pofind(dataset("LF"), "SURV", relatoin="necessity", case_column="case"), "did you mean 'relation'?"),
])
def test_a_keyword_the_function_does_not_take_names_the_one_meant(call, meant):
    with pytest.raises(QCAInputError, match="takes no argument") as exc:
        call()
    assert meant in str(exc.value) and "its arguments: " in str(exc.value)


def test_every_r_keyword_is_one_the_function_does_not_take():
    """A name of the table that the function takes would never reach its message."""
    import inspect

    for function, names in R_KEYWORDS.items():
        owner, _, method = function.rpartition(".")   # 'TruthTable.to_frame': a method of a result class
        f = getattr(getattr(qca, owner), method) if owner else getattr(qca, function)
        taken = inspect.signature(f).parameters
        assert not set(names) & set(taken), function


@pytest.mark.parametrize("call, meant", [
    (lambda: minimize(tt_lf(), include="?", exclude="７，８"), "e.g. '7,8'"),
    (lambda: minimize(tt_lf(), explain="１"), "'１' -> '1'"),
    (lambda: minimize(tt_lf(), explain="1，C"), "e.g. '1,C'"),
    (lambda: truth_table(dataset("LF"), "SURV", CONDS, case_column="case", sort_by="incl，n"), "e.g. 'incl,n'"),
    (lambda: truth_table(dataset("LF"), "SURV", CONDS, case_column="case", sort_by="n＝FALSE，incl"),
     "e.g. 'n=FALSE,incl'"),
])
def test_full_width_characters_of_other_arguments_name_the_ascii_ones(call, meant):
    """exclude '７，８' was told "e.g. '７,８'" (still full-width digits, refused again); explain '１' and sort_by
    'incl，n' got no hint at all."""
    with pytest.raises(QCAInputError) as exc:
        call()
    assert meant in str(exc.value) and "full-width" in str(exc.value)


def test_a_sort_by_name_with_a_full_width_comma_gets_no_hint_unless_it_names_columns():
    """'incl，nn' written with ',' is still no column: the hint would send the user to a second error."""
    with pytest.raises(QCAInputError) as exc:
        truth_table(dataset("LF"), "SURV", CONDS, case_column="case", sort_by="incl，nn")
    assert "full-width" not in str(exc.value)


@pytest.mark.parametrize("call, named", [
    (lambda: necessity(dataset("LF"), "SURV", 0.9, case_column="case"), "benchmark=0.9"),
    (lambda: truth_table(dataset("LF"), "SURV", 0.8, case_column="case"), "incl_cut=0.8"),
    (lambda: super_subset(dataset("LF"), "SURV", 0.9, case_column="case"), "incl_cut=0.9"),
])
def test_a_cut_off_given_in_the_place_of_the_conditions_says_to_name_it(call, named):
    """necessity(df, 'SURV', 0.9), an R habit of giving the cut-off by position: the message said only 'conditions
    must be a list of column names ..., got 0.9'."""
    with pytest.raises(QCAInputError, match="got 0.") as exc:
        call()
    assert named in str(exc.value) and "third" in str(exc.value)


@pytest.mark.parametrize("given, meant", [({"untenable_LR": "DEV*~URB"}, "write untenable='DEV*~URB'"),
                                          ({"contrad_rows": [7, 8]}, "write contradictory_rows=[7, 8]")])
def test_setmethods_names_of_esas_arguments_name_the_ones_here(given, meant):
    """SetMethods' esa(oldtt, nec_cond, untenable_LR, contrad_rows): its names were Python's TypeError here."""
    with pytest.raises(QCAInputError, match=r"esa\(\) takes no argument") as exc:
        qca.esa(tt_lf(), **given)
    assert meant in str(exc.value)


def test_calibrate_frame_names_the_argument_meant():
    """calibrate_frame, public since this round, checks its keywords as the other main functions do."""
    with pytest.raises(QCAInputError, match=r"calibrate_frame\(\) takes no argument 'keeps'; did you mean 'keep'\?"):
        qca.calibrate_frame(dataset("LR"), {"DEV": {"thresholds": "e=350, c=550, i=850"}}, keeps=["case"])


@pytest.mark.parametrize("include, meant", [("c", "; write 'C'"), ("remainders", "; write '?'"),
                                            ("?;C", "; write '?,C'"), ("?+c", "; write '?,C'"),
                                            ("remainders, contradictions", "; write '?,C'")])
def test_an_include_in_words_or_joined_otherwise_says_what_to_write(include, meant):
    """include='c' (lower case), 'remainders' or '?;C' said only "may contain '?' ... and 'C'"."""
    with pytest.raises(QCAInputError, match="include may contain") as exc:
        minimize(tt_lf(), include=include)
    assert str(exc.value).endswith(meant)


def test_an_include_of_an_unknown_word_gets_no_write_hint():
    with pytest.raises(QCAInputError) as exc:
        minimize(tt_lf(), include="?,x")
    assert "write" not in str(exc.value)


# ---------------------------------------------------------------- every text a hint proposes is accepted
def _parsers():
    from analysis.qca.calibrate import parse_thresholds
    from analysis.qca.esa import parse_rows
    from analysis.qca.minimize import _parse_explain, _parse_include, parse_dir_exp

    def thresholds(text):
        names, values = parse_thresholds(text)
        return names, tuple(values)

    conds, levels = ["DEV", "URB", "M"], [2, 2, 3]
    return {   # argument: (parser, valid texts, the ASCII characters of its syntax)
        "include": (_parse_include, ["?", "C", "?,C", "? C"], "?C,"),
        "explain": (_parse_explain, ["1", "1,C"], "1C,"),
        "exclude": (lambda t: parse_rows(t, 16, "exclude"), ["7,8", "1;16", "3"], "0123456789,;"),
        "dir_exp": (lambda t: parse_dir_exp(t, conds, levels),
                    ["1,0,-", "1,-,1;2", "-,-,0", "DEV=1,URB=0,M=2", "DEV=-,M=0;1", "DEV, ~URB, M[1]", "~DEV"],
                    "*+,=;[]{}-~0123456789"),
        "thresholds": (thresholds, ["e=100, c=400, i=800", "100,400", "e=0.5"], ",="),
    }


def _proposed(message: str) -> list[str]:
    """The texts a message proposes: quoted after 'write ' or 'e.g. ' (a list "'', '?' or '?,C'" too), and alone
    in parentheses ("one value per condition in order ('1,0,-')")."""
    import re

    runs = re.findall(r"(?:e\.g\.|write) ((?:'[^']*'(?:, | or )?)+)", message)
    return [t for run in runs for t in re.findall(r"'([^']*)'", run)] + re.findall(r"\('([^']*)'\)", message)


def _typed_wide(text: str, chars: str):
    """`text` as a Chinese input method types it: each of its syntax's characters in each full-width form (and '、'
    for ','), one character at a time and all at once; then with a stray full-width or ASCII comma."""
    from analysis.qca.data import FULL_WIDTH

    forms = {ch: [w for w, a in FULL_WIDTH.items() if a == ch] for ch in set(text) if ch in chars}
    typed = [text.replace(ch, w) for ch, ws in forms.items() for w in ws]
    typed.append("".join(forms[ch][0] if ch in forms else ch for ch in text))
    return [t for t in dict.fromkeys(typed) if t != text], [text + "，", "，" + text, text + "、", text + ","]


@pytest.mark.parametrize("argument", ["include", "explain", "exclude", "dir_exp", "thresholds"])
def test_every_text_a_hint_proposes_is_accepted_when_written_back(argument):
    """include='?，' was told "e.g. '?,'", which was refused again for its empty item; dir_exp '1，1，－' was told
    "e.g. '1,1,－'" (the dash still full-width) and 'A=1,B=0,C=-' for conditions of other names, calibrate's
    thresholds 'e=100，c=400，i=800，' "e.g. 'e=100,c=400,i=800,'" (refused for its empty item). Over the table of
    full-width forms: a valid text typed with any of them is refused with an example that reads as the text meant,
    and every text any message proposes is accepted."""
    parse, valid, chars = _parsers()[argument]
    for text in valid:
        meant = parse(text)
        wide, stray = _typed_wide(text, chars)
        for typed in wide + stray:
            try:
                parse(typed)
                continue
            except QCAInputError as exc:
                message = str(exc)
            proposed = _proposed(message)
            for written in proposed:
                try:
                    parse(written)
                except QCAInputError as again:
                    pytest.fail(f"{argument}={typed!r}: the message proposes {written!r}, refused: {again}\n{message}")
            if typed in wide:
                assert "full-width" in message and any(parse(p) == meant for p in proposed), (typed, message)


@pytest.mark.parametrize("given, meant", [
    ({"incl_cut": 0.9}, "incl_cut is an argument of truth_table(), not of find_rows()"),
    ({"incl.cut": 0.9}, "incl.cut is an argument of truth_table()"),
    ({"max_model": 5}, "did you mean 'max_models'?"),
    ({"n_job": 2}, "did you mean 'n_jobs'?"),
    ({"expresion": "DEV"}, "did you mean 'expression'?"),
    ({"neg_out": True}, "write negate_outcome=True in truth_table()"),
    ({"all_sol": True}, "R QCA's minimize(..., all.sol = ...)"),
])
def test_find_rows_names_the_keyword_meant_as_the_main_functions_do(given, meant):
    """find_rows(tt, incl_cut=0.9) or a misspelt budget (max_model) said only "unknown keyword argument(s) ... it
    takes minimize()'s budgets (...)": its **budgets were outside the check every main function makes."""
    with pytest.raises(QCAInputError) as exc:
        qca.find_rows(tt_lf(), "csa", **given)
    assert meant in str(exc.value) and "\n" not in str(exc.value), str(exc.value)
    with pytest.raises(QCAInputError, match="simplifying_assumption_rows"):
        qca.simplifying_assumption_rows(tt_lf(), **{"max_model" if "max_model" in given else "maxwork": 5})


@pytest.mark.parametrize("function, misspelt, meant", [
    ("prepare_data", "case_colum", "case_column"), ("robustness_protocol", "incl_cutt", "incl_cut"),
    ("threshold_range", "max_run", "max_runs"), ("case_typology", "modle", "model"), ("smmr", "case", "cases"),
    ("theory_evaluation", "modle", "model"), ("cluster_diagnostics", "units", "unit"),
    ("permutation_benchmark", "n_draw", "n_draws"), ("esa_rows", "untenables", "untenable"),
])
def test_the_researchers_other_functions_name_the_keyword_meant(function, misspelt, meant):
    """robustness_protocol(..., incl_cutt=0.8) or prepare_data(df, 'Y', case_colum='case') was Python's TypeError
    ("got an unexpected keyword argument"), without the argument meant or the ones the function takes."""
    import inspect

    f = getattr(qca, function)
    assert meant in inspect.signature(f).parameters
    with pytest.raises(QCAInputError, match=rf"{function}\(\) takes no argument '{misspelt}'; did you mean "
                                            rf"'{meant}'\? \(its arguments: "):
        f(**{misspelt: 1})


def test_a_misspelt_budget_of_a_sweep_names_the_one_meant():
    """robustness_protocol(..., budgets={'max_model': 5}) listed the allowed budgets without saying which was meant;
    a key that is no text (budgets={1: 2}) was Python's TypeError from sorting the keys."""
    from analysis.qca.protocol import spec_budgets

    with pytest.raises(QCAInputError, match=r"unknown 'max_model'; did you mean 'max_models'\?; allowed: max_models"):
        qca.robustness_protocol(dataset("LF"), "SURV", CONDS, [{"incl_cut": 0.8}], budgets={"max_model": 5},
                                case_column="case")
    with pytest.raises(QCAInputError, match=r"unknown 1, 'x'; allowed"):
        spec_budgets({1: 2, "x": 3}, "threshold_range")


@pytest.mark.parametrize("given, written", [("DEV＊URB＋", "DEV*URB"), ("DEV＊URB＋＋STB", "DEV*URB+STB"),
                                            ("～DEV＋", "~DEV"), ("DEV，", "DEV")])
def test_a_full_width_expression_with_a_stray_operator_is_shown_one_that_reads(given, written):
    """pof's expression 'DEV＊URB＋' (a stray full-width '+') was told "e.g. 'DEV*URB+'", refused again for its
    empty term; '～DEV＋' got '～DEV+' (the tilde still full-width); conditions 'DEV，URB，' got 'DEV,URB,'."""
    with pytest.raises(QCAInputError) as exc:
        qca.pof(given, dataset("LF"), "SURV", case_column="case")
    assert f"e.g. {written!r}" in str(exc.value), str(exc.value)
    qca.pof(written, dataset("LF"), "SURV", case_column="case")   # the text shown is read
    with pytest.raises(QCAInputError, match=r"e\.g\. 'DEV,URB'"):
        truth_table(dataset("LF"), "SURV", "DEV，URB，", case_column="case")
    truth_table(dataset("LF"), "SURV", "DEV,URB", case_column="case")


@pytest.mark.parametrize("given, written", [("ＤＥＶ，ＵＲＢ", "DEV,URB"), ("DEV，URB，ＬＩＴ", "DEV,URB,LIT"),
                                            ("ＤＥＶ＊ＵＲＢ", "DEV*URB"), ("Ｘ１，ＵＲＢ", "X1,URB")])
def test_the_full_width_operators_example_is_all_half_width(given, written):
    """'ＤＥＶ，ＵＲＢ' (the letters typed full-width with the comma) was told "e.g. 'ＤＥＶ,ＵＲＢ'": only the comma written
    in ASCII, the letters left full-width, an example refused again. Its letters and digits are written in ASCII too;
    a Chinese name's full-width brackets stay as typed."""
    from analysis.qca.data import wide_operator_hint

    with pytest.raises(QCAInputError) as exc:
        truth_table(dataset("LF"), "SURV", given, case_column="case")
    assert f"e.g. {written!r}" in str(exc.value), str(exc.value)
    assert wide_operator_hint("医生数（人），DEV").endswith("e.g. '医生数（人）,DEV'")


def test_find_rows_given_its_budgets_as_a_dict_says_to_write_them_as_keywords():
    """find_rows(tt, 'csa', budgets={'max_work': ...}), robustness_protocol's form, said only "unknown keyword
    argument(s) budgets"."""
    with pytest.raises(QCAInputError, match=r"find_rows\(\) takes the budgets as keyword arguments, not "
                                            r"budgets=\{\.\.\.\} .*: write find_rows\(\.\.\., max_work=1000000\)"):
        qca.find_rows(tt_lf(), "csa", budgets={"max_work": 10**6})


def test_a_sweep_given_a_budget_as_a_keyword_says_to_write_the_mapping():
    """robustness_protocol(..., max_work=10**6), minimize()'s form, was Python's TypeError (and, with the keyword
    check, a message without the mapping the sweep takes)."""
    with pytest.raises(QCAInputError, match=r"robustness_protocol\(\) takes no argument 'max_work'; write "
                                            r"budgets=\{'max_work': 1000000\}"):
        qca.robustness_protocol(dataset("LF"), "SURV", CONDS, [], max_work=10**6)
    with pytest.raises(QCAInputError, match=r"write budgets=\{'max_memberships': 10\}"):
        qca.threshold_range(dataset("LF"), "SURV", CONDS, "incl_cut", 0.05, max_memberships=10)


def _public_functions():
    import inspect

    return [name for name in qca.__all__ if inspect.isfunction(getattr(qca, name))]


@pytest.mark.parametrize("name", _public_functions())
def test_every_public_function_names_a_keyword_it_does_not_take(name):
    """contradictions(tt, incl_cut=0.9), parse_term(..., nofleves=...), consistency(x, y, relaton=...) were Python's
    TypeError ("got an unexpected keyword argument"): only the main functions named the argument meant. Every
    function exported by analysis.qca now does (find_rows and simplifying_assumption_rows, whose **budgets take
    names, once given their truth table)."""
    f = getattr(qca, name)
    args = (tt_lf(),) if name in ("find_rows", "simplifying_assumption_rows") else ()
    with pytest.raises(QCAInputError) as exc:
        f(*args, **{"incl.cutt": 0.9})
    assert f"{name}() takes no argument 'incl.cutt'" in str(exc.value), str(exc.value)
    assert exc.value.__context__ is None or exc.value.__suppress_context__, "the TypeError is not shown"


@pytest.mark.parametrize("call, meant", [
    (lambda tt: qca.contradictions(tt, incl_cut=0.9), "incl_cut is an argument of truth_table(), not of "
                                                      "contradictions(): build the truth table with it"),
    (lambda tt: qca.parse_term("DEV*URB", CONDS, nofleves=[2] * 5), "did you mean 'noflevels'?"),
    (lambda tt: qca.consistency([1, 0], [1, 1], relaton="necessity"), "did you mean 'relation'?"),
    (lambda tt: qca.esa(tt, untenable_LR="~DEV"), "write untenable='~DEV'"),
    # the number of permutations as other packages name it (n_draws here; it said only the arguments taken)
    (lambda tt: qca.permutation_benchmark(dataset("LF"), "SURV", CONDS, case_column="case", n_permutations=500),
     "permutation_benchmark() takes no argument 'n_permutations'; write n_draws=500"),
    (lambda tt: qca.permutation_benchmark(dataset("LF"), "SURV", CONDS, case_column="case", nsim=99),
     "write n_draws=99"),
])
def test_the_smaller_functions_name_the_argument_meant(call, meant):
    with pytest.raises(QCAInputError) as exc:
        call(tt_lf())
    assert meant in str(exc.value), str(exc.value)


def test_the_keyword_check_leaves_other_type_errors_alone():
    """The check runs only when the call raises TypeError: one raised by the function's body, or by a missing
    positional argument, with keywords it takes, is passed on unchanged."""
    from analysis.qca.r_calls import refuses_r_only_arguments

    @refuses_r_only_arguments("toy")
    def toy(x, scale=1):
        return x * scale

    assert toy(2, scale=3) == 6
    with pytest.raises(TypeError, match="can't multiply sequence"):
        toy([1], scale=1.5)
    with pytest.raises(TypeError, match="missing 1 required positional argument"):
        toy(scale=2)
    with pytest.raises(QCAInputError, match=r"toy\(\) takes no argument 'scal'; did you mean 'scale'\?"):
        toy(1, scal=2)


@pytest.mark.parametrize("exclude, hint", [
    ("７ ８", "QCA's syntax needs the ASCII character, not the full-width one (typed with a Chinese input method, "
             "全角), e.g. '7,8'"),
    ("７\u3000８", "e.g. '7,8'"),
    ("7 8", "; separate the row numbers with commas, e.g. '7,8'"),
    ("7, 8 15", "; separate the row numbers with commas, e.g. '7,8,15'"),
    ("99 100", "; separate the row numbers with commas"),
])
def test_row_numbers_separated_by_spaces_are_shown_with_commas(exclude, hint):
    """--exclude '７ ８' (full-width digits, a space between) named the characters but gave no example, because '7 8'
    is refused too; '7 8' said only that row numbers must be whole numbers. Both now show '7,8', an example the
    argument takes (none when the rows are out of range: '99 100' of 32 rows)."""
    tt = tt_lf()
    with pytest.raises(QCAInputError) as exc:
        minimize(tt, exclude=exclude)
    message = str(exc.value)
    assert message.endswith(hint), message
    if "e.g. '" in hint:
        minimize(tt, exclude=hint.rsplit("e.g. ", 1)[1].strip("'"))   # the example is accepted
    else:
        assert "e.g." not in message.split("got")[1], message


def test_the_smaller_functions_warn_from_the_users_line():
    """necessity_xy's warning on a case at exactly 0.5 (stacklevel=2) and exclude_rows' on a positive row recoded
    (stacklevel=3) named a line of the engine (the keyword check's wrapper, or nothing of the user's): every warning
    of these functions now points at the line of the user's code that called them."""
    import warnings

    data = dataset("LF").set_index("case")
    data.loc[data.index[0], "LIT"] = 0.5
    types = qca.necessity_typology(data, "SURV", "LIT")
    tt = tt_lf()
    for call in (lambda: qca.necessity_xy(types, "SURV"), lambda: qca.exclude_rows(tt, tt.rows_with(["1"])[:1])):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            call()
        said = [w for w in caught if issubclass(w.category, qca.QCAWarning)]
        assert said and all(w.filename == __file__ for w in said), [(w.filename, w.lineno, str(w.message)[:60])
                                                                      for w in said]


def _grouped_raw():
    """LR's raw values with DEV written as a German export writes amounts: '1.098' for 1098, '720' for 720 (a
    column of short whole numbers and grouped ones only: a warning, not an error)."""
    raw = dataset("LR")[["case", "DEV"]].copy()
    raw["DEV"] = [f"{v // 1000}.{v % 1000:03d}" if v >= 1000 else str(v) for v in raw["DEV"].astype(int)]
    return raw


def _protocol(tests, **kw):
    return qca.robustness_protocol(dataset("LF"), "SURV", CONDS, tests, incl_cut=0.8, case_column="case",
                                   raw=dataset("LR"), **kw)


@pytest.mark.parametrize("call, said", [
    (lambda: qca.calibrate([1, 2, 3, 4], type="crisp", thresholds="0,5"), "thresholds '0,5' were read as 2"),
    (lambda: qca.calibrate_frame(pd.DataFrame({"x": [1, 2, 3, 4]}),
                                 {"X": {"source": "x", "type": "crisp", "thresholds": "0,5"}}),
     "calibrating 'X' from column 'x': thresholds '0,5'"),
    (lambda: qca.calibrate(_grouped_raw()["DEV"], thresholds="e=350, c=600, i=900"), "'1.098' is read as 1.098"),
    (lambda: truth_table(dataset("LF").assign(**{"DEV.1": lambda d: d["DEV"]}), "SURV", CONDS + ["DEV.1"],
                         case_column="case"), "pandas' read_csv renames a repeated header 'DEV'"),
    (lambda: _protocol([{"label": "DEV swapped", "calibrate": {"DEV": {"thresholds": "e=900, c=600, i=350"}}}]),
     "are e and i swapped?"),
    (lambda: _protocol([{"label": "DEV low", "calibrate": {"DEV": {"thresholds": "e=1, c=2, i=3"}}}]),
     "recalibrated, every case of 'DEV' is at or above 0.5"),
    (lambda: qca.robustness_protocol(dataset("LF"), "SURV", CONDS, [{"label": "DEV",
                                     "calibrate": {"DEV": {"thresholds": "e=350, c=600, i=900"}}}],
                                     incl_cut=0.8, case_column="case", raw=_grouped_raw()),
     "'1.098' is read as 1.098"),
    (lambda: _protocol([{"label": "n2", "n_cut": 2}], exclude=tt_lf().rows_with(["1"])[:1]), "recoded as OUT = 0"),
    (lambda: qca.threshold_range(dataset("LF"), "SURV", CONDS, "calibration", 50, 2, incl_cut=0.8,
                                 case_column="case", raw=dataset("LR"), calibrate_set="DEV",
                                 thresholds={"e": 350, "c": 550, "i": 850}),
     "give another solution than the data's own DEV"),
    (lambda: qca.threshold_range(dataset("LF"), "SURV", CONDS, "incl_cut", 0.05, 2, incl_cut=0.8,
                                 exclude=tt_lf().rows_with(["1"])[:1]), "recoded as OUT = 0"),
])
def test_the_warnings_of_calibration_data_and_the_protocol_point_at_the_users_line(call, said):
    """calibrate's crisp '0,5' warning (stacklevel=3) pointed into r_calls.py; the repeated-header warning (4) into
    truth_table.py; the robustness protocol's and threshold ranges' (2, 3) into protocol.py: each now points at the
    user's line that called the public function, as ESA's and the diagnostics' do (errors.user_stacklevel)."""
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        call()
    hits = [w for w in caught if said in str(w.message)]
    assert hits, [str(w.message)[:80] for w in caught]
    assert all(w.filename == __file__ for w in hits), [(w.filename, w.lineno) for w in hits]


@functools.lru_cache(maxsize=1)
def _lf_solution():
    """LF's parsimonious solution, built once (the functions given it only read it)."""
    return minimize(tt_lf(), include="?")


@pytest.mark.parametrize("call, meant", [
    (lambda: qca.consistency([0.2, 0.8], [0.5, 0.9], "necesity"), "got 'necesity'; did you mean 'necessity'?"),
    (lambda: qca.coverage([0.2, 0.8], [0.5, 0.9], relation="sufficient"), "did you mean 'sufficiency'?"),
    (lambda: super_subset(dataset("LF"), "SURV", relation="necessary", case_column="case"),
     "did you mean 'necessity'?"),
    (lambda: qca.calibrate([1, 2, 3], type="fuzy", thresholds="e=1, c=2, i=3"), "got 'fuzy'; did you mean 'fuzzy'?"),
    (lambda: qca.calibrate([1, 2, 3], method="indirct", thresholds="1, 2"), "did you mean 'indirect'?"),
    (lambda: qca.calibrate([1, 2, 3], thresholds="e=1, c=2, i=3", missing="rasie"), "did you mean 'raise'?"),
    (lambda: qca.smmr(_lf_solution(), cases="typcial"), "got 'typcial'; did you mean 'typical'?"),
    (lambda: qca.smmr(_lf_solution(), cases="deviant_coverage"), "did you mean 'deviant coverage'?"),
    (lambda: qca.necessity_cases(dataset("LF").set_index("case"), "SURV", "DEV", cases="deviant relavance"),
     "did you mean 'deviant relevance'?"),
    (lambda: qca.find_rows(tt_lf(), type="untenble"), "did you mean 'untenable'?"),
    (lambda: qca.smmr_pairs(_lf_solution(), pairs="typical-typcial"), "did you mean 'typical-typical'?"),
    (lambda: qca.smmr_pairs(_lf_solution(), by="terms"), "got 'terms'; did you mean 'term'?"),
    (lambda: qca.necessity_pairs(dataset("LF").set_index("case"), "SURV", "DEV", pairs="typical-irrelevent"),
     "did you mean 'typical-irrelevant'?"),
    (lambda: qca.focal_condition_pairs(_lf_solution(), "DEVV"), "did you mean 'DEV'?"),
    (lambda: qca.robustness_protocol(dataset("LF"), "SURV", CONDS, [], no_solution="counts"),
     "did you mean 'count'?"),
    (lambda: qca.threshold_range(dataset("LF"), "SURV", CONDS, "incl.cut", 0.05), "did you mean 'incl_cut'?"),
    (lambda: qca.threshold_range(dataset("LF"), "SURV", CONDS, "calibration", 10, case_column="case",
                                 raw=dataset("LR"), calibrate_set="DEV", thresholds="e=1, c=2, i=3",
                                 calibration_type="Fuzzy"), "did you mean 'fuzzy'?"),
    (lambda: truth_table(dataset("LF"), "SURV", CONDS, case_column="case", sort_by="inclS"),
     "did you mean 'incl'?"),
])
def test_a_misspelt_choice_names_the_one_meant(call, meant):
    """consistency(x, y, 'necesity') said only what relation must be: every string argument of the public functions
    that takes one of a few names (relation, calibrate's type / method / missing, the kinds of cases and pairs, row
    types, the protocol's no_solution, a range's parameter and calibration_type, sort_by's columns) now names the one
    meant, by the engine's one near-name rule (data.near_names)."""
    with pytest.raises(QCAInputError) as exc:
        call()
    assert str(exc.value).endswith(meant), str(exc.value)


def test_a_name_near_none_of_the_choices_gets_no_hint():
    from analysis.qca.checks import choice_hint

    assert choice_hint("nessecity", ("sufficiency", "necessity")) == ""   # three edits away: no guess
    assert choice_hint("x", ("sufficiency", "necessity")) == "" and choice_hint(3, ("fuzzy", "crisp")) == ""
    assert choice_hint("deviant", ("typical", "deviant consistency", "deviant coverage")) == (
        "; did you mean 'deviant consistency' or 'deviant coverage'?")
    with pytest.raises(QCAInputError) as exc:
        qca.consistency([0.2], [0.5], "both")
    assert str(exc.value).endswith("got 'both'"), str(exc.value)


@pytest.mark.parametrize("argv, meant", [
    (["cases", "--outcome", "SURV", "--incl-cut", "0.8", "--type", "typcial"], "got 'typcial'; did you mean 'typical'?"),
    (["cases", "--outcome", "SURV", "--nec-cond", "DEV", "--type", "deviant-relavance"],
     "did you mean 'deviant-relevance'?"),
    (["robustness", "--spec", "tests/bad_inputs/spec_recalibrate.yaml", "--no-solution", "counts"],
     "(choose from 'count', 'refuse'); did you mean 'count'?"),
])
def test_a_misspelt_choice_on_the_command_line_names_the_one_meant(capsys, argv, meant):
    from analysis.paths import ROOT
    from analysis.qca.cli import main

    assert main([argv[0], str(ROOT / "data/reference/datasets/LF.csv"), *[
        str(ROOT / a) if a.endswith(".yaml") else a for a in argv[1:]]]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.rstrip().endswith(meant), err


@pytest.mark.parametrize("dir_exp, meant", [
    ("DEV=1 URB=1", "write them with ',' between the conditions and '=' before a value, as 'DEV=1,URB=1'"),
    ("DEV=1; URB=0", "as 'DEV=1,URB=0'"),
    ("DEV:1,URB:1", "(the syntax is NAME=VALUE, not NAME:VALUE), as 'DEV=1,URB=1'"),
    ("DEV : 1  URB : 0", "as 'DEV=1,URB=0'"),
    ("1 1 - - 0", "write them with ',' between the conditions, as '1,1,-,-,0'"),
    ("1;1;-;-;0", "as '1,1,-,-,0'"),
    ("DEV ~URB", "as 'DEV,~URB'"),
])
def test_dir_exp_separated_otherwise_than_by_commas_is_shown_the_comma_form(dir_exp, meant):
    """--dir-exp "A=1 B=1" (a blank for the comma) said only 'write CONDITION=1, =0 or =-', and '1;1;-;-;0' that it
    gave one value for five conditions (';' joins the values of one multi-value condition): each way of separating
    the expectations a user might write now gets the text the argument takes, which is checked to be accepted."""
    tt = tt_lf()
    with pytest.raises(QCAInputError) as exc:
        minimize(tt, include="?", dir_exp=dir_exp)
    message = str(exc.value)
    assert message.startswith(f"cannot read directional expectations {dir_exp!r}: ") and meant in message, message
    minimize(tt, include="?", dir_exp=meant.rsplit("as ", 1)[1].strip("'"))   # the text shown is accepted


def test_dir_exp_with_levels_joined_by_a_blank_keeps_its_own_hint():
    """'B=1 2' on a three-level B (the levels, not two conditions) has no comma form: it keeps the message naming
    ';' (no guess 'B=1,2', which means something else)."""
    with pytest.raises(QCAInputError, match=r"values of a multi-value condition joined by ';' \(e\.g\. 1;2\)$"):
        qca.parse_dir_exp("A=1,B=1 2", ["A", "B", "C"], [2, 3, 2])


def test_dir_exp_on_the_command_line_shows_the_comma_form(capsys):
    from analysis.paths import ROOT
    from analysis.qca.cli import main

    assert main(["minimize", str(ROOT / "data/reference/datasets/LF.csv"), "--outcome", "SURV", "--incl-cut", "0.8",
                 "--include", "?", "--dir-exp", "DEV=1 URB=1"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: cannot read --dir-exp 'DEV=1 URB=1': write them with ',' between the conditions "
                          "and '=' before a value, as 'DEV=1,URB=1'"), err


@pytest.mark.parametrize("call, said", [
    (lambda tt, sol: tt.to_frame(complete=True),
     "TruthTable.to_frame() takes no argument 'complete'; write tt.remainders() for the remainders (complete=True is "
     "truth_table()'s, and only for printing) (it takes no arguments)"),
    (lambda tt, sol: tt.to_dict(rows_limit=5), "TruthTable.to_dict() takes no argument 'rows_limit'; write to_dict() "
                                               "with no argument"),
    (lambda tt, sol: tt.remainders(limt=5), "TruthTable.remainders() takes no argument 'limt'; did you mean 'limit'? "
                                            "(its arguments: limit)"),
    (lambda tt, sol: sol.to_dict(rows_limt=3), "Solution.to_dict() takes no argument 'rows_limt'; did you mean "
                                               "'rows_limit'? (its arguments: rows_limit, pi_chart)"),
    (lambda tt, sol: sol.to_frame(models=1), "Solution.to_frame() takes no argument 'models' (it takes no arguments)"),
    (lambda tt, sol: sol.models[0].to_dict(pi_chart=True), "Model.to_dict() takes no argument 'pi_chart' (its "
                                                           "arguments: rows_limit)"),
    (lambda tt, sol: sol.intermediate["C1P1"].to_dict(**{"rows.limit": 1}), "IntermediatePair.to_dict() takes no "
                                                                            "argument 'rows.limit'; did you mean "
                                                                            "'rows_limit'?"),
])
def test_a_results_methods_name_the_keyword_meant(call, said):
    """The functions named the keyword meant, the results' methods raised Python's TypeError: tt.to_dict(row_limit=5)
    or sol.to_dict(rows_limt=3) ('got an unexpected keyword argument'), tt.to_frame(complete=True) (R's
    truthTable(complete = TRUE), here truth_table()'s printing option) without saying where the remainders are.
    The methods users call on a truth table and a solution now give the functions' message; a right call is
    unchanged."""
    tt = tt_lf()
    sol = minimize(tt, include="?", dir_exp="1,1,1,1,1")
    with pytest.raises(QCAInputError) as exc:
        call(tt, sol)
    assert str(exc.value).startswith(said), str(exc.value)
    assert sol.to_dict(3) == sol.to_dict(rows_limit=3) and tt.to_frame().equals(tt.rows)


def test_a_specification_file_given_for_its_content_says_how_to_read_it():
    """calibrate_frame(raw, 'docs/examples/LR_calibration.yaml') and robustness_protocol(..., 'LF_sweeps.yaml') (the
    file the CLI's --spec takes, given to the function) said only that a mapping or a list was wanted; each now
    names the file and the call that reads it (checked to work), and a list of one-set mappings says to join them."""
    from analysis.paths import ROOT
    from analysis.qca.read import read_spec_file

    spec_file = str(ROOT / "docs/examples/LR_calibration.yaml")
    raw = dataset("LR").set_index("case")
    with pytest.raises(QCAInputError) as exc:
        qca.calibrate_frame(raw, spec_file)
    assert f"got the text {spec_file!r}: a specification file? read it first, calibrate_frame(df, read_spec_file(" \
           in str(exc.value), str(exc.value)
    assert list(qca.calibrate_frame(raw, read_spec_file(spec_file)).columns)[:2] == ["DEV", "URB"]
    with pytest.raises(QCAInputError, match=r"got a list of mappings: join them into one"):
        qca.calibrate_frame(raw, [{"DEV": {"thresholds": "e=350, c=550, i=850"}}])
    sweeps = str(ROOT / "docs/examples/LF_sweeps.yaml")
    with pytest.raises(QCAInputError) as exc:
        qca.robustness_protocol(dataset("LF"), "SURV", CONDS, sweeps, case_column="case")
    assert str(exc.value).endswith(f"got the file name {sweeps!r}: a sweep file is run whole by analysis.qca.sweep_spec"
                                   f".run_spec_file(data, {sweeps!r}) (the CLI's robustness --spec), or read its tests, "
                                   f"read_spec_file({sweeps!r})['tests'] (from analysis.qca.read)"), str(exc.value)
    assert isinstance(read_spec_file(sweeps)["tests"], list)


@pytest.mark.parametrize("dir_exp, said", [
    ({"dev": 1, "URBAN": 1, "GDP": 1}, "directional expectations name unknown conditions 'dev', 'URBAN', 'GDP' (conditions: "
                                      "'DEV', 'URB', 'LIT', 'IND', 'STB'); 'dev': did you mean 'DEV'?; 'URBAN': did you "
                                      "mean 'URB'?"),
    ("dev=1,urb=1", "; 'dev': did you mean 'DEV'?; 'urb': did you mean 'URB'?"),
    ("GDP=1", "unknown condition 'GDP' (conditions: 'DEV', 'URB', 'LIT', 'IND', 'STB')"),
])
def test_dir_exp_naming_a_condition_in_another_case_names_the_condition(dir_exp, said):
    """dir_exp={'dev': 1} (or 'dev=1') said only that 'dev' is unknown, where every other argument naming a
    condition says which one is meant (names are case-sensitive); now it does, one name for each."""
    with pytest.raises(QCAInputError) as exc:
        minimize(tt_lf(), include="?", dir_exp=dir_exp)
    assert str(exc.value).endswith(said), str(exc.value)


@pytest.mark.parametrize("exclude, said", [
    (["7", "8"], "got ['7', '8']; write [7, 8] (numbers), or '7,8' (one text)"),
    (pd.Series([7.0, 8.0]), "got [7.0, 8.0]; write [7, 8] (numbers), or '7,8' (one text)"),
    (["7", "x"], "got ['7', 'x']"),
])
def test_row_numbers_given_as_texts_or_floats_are_shown_as_numbers(exclude, said):
    """exclude=['7', '8'] (row numbers read from a file) or a float column (pandas' dtype with a missing value) said
    'row numbers must be whole numbers' and showed a Series over three lines; the list meant is now shown (checked
    to be accepted), the Series as a list."""
    tt = tt_lf()
    with pytest.raises(QCAInputError) as exc:
        minimize(tt, include="?", exclude=exclude)
    assert str(exc.value).endswith(said), str(exc.value)
    if "write" in said:
        minimize(tt, include="?", exclude=[7, 8])
        minimize(tt, include="?", exclude="7,8")


@pytest.mark.parametrize("model, said", [
    ("M1", "model must be 1..1, got 'M1'; write 1 (models are numbered from 1: M1 is 1)"),
    ("m1", "got 'm1'; write 1 (models are numbered from 1: M1 is 1)"),
    ("1", "got '1'; write 1, a number, not the text '1'"),
    ("M2", "model must be 1..1, got 'M2'"),    # no M2 here: no hint to write 2
])
def test_a_model_named_as_printed_is_shown_its_number(model, said):
    """model='M1' (the name print(sol) shows) said only 'model must be 1..1'; it now gives the number (and a
    number given as text says so), for the case diagnostics and the robustness protocol alike."""
    sol = _lf_solution()
    with pytest.raises(QCAInputError) as exc:
        qca.case_typology(sol, model=model)
    assert str(exc.value).endswith(said), str(exc.value)
    qca.case_typology(sol, model=1)
    if model == "M1":
        with pytest.raises(QCAInputError, match=r"got 'M1'; write 1 \(models are numbered from 1: M1 is 1\)$"):
            qca.robustness_protocol(dataset("LF"), "SURV", CONDS, [{"label": "n2", "n_cut": 2}], case_column="case",
                                    incl_cut=0.8, model="M1")


def test_a_model_flag_named_as_printed_is_shown_its_number(capsys):
    from analysis.paths import ROOT
    from analysis.qca.cli import main

    assert main(["cases", str(ROOT / "data/reference/datasets/LF.csv"), "--outcome", "SURV", "--incl-cut", "0.8",
                 "--model", "M2"]) == 2
    err = capsys.readouterr().err
    assert err.rstrip().endswith("got 'M2'; write --model 2 (models are numbered from 1: M2 is 2)"), err


@pytest.mark.parametrize("term, said", [
    ("urb*stb", "term 'urb*stb' is not in the model (DEV*~IND + URB*STB); did you mean 'URB*STB'?"),
    ("URB*STBB", "did you mean 'URB*STB'?"),
    ("2", "write 2, a number (the model's term 2, 'URB*STB'), or the term's text"),
    ("LIT", "term 'LIT' is not in the model (DEV*~IND + URB*STB)"),
])
def test_a_term_misspelt_or_given_as_text_names_the_term_meant(term, said):
    """smmr_focal_conjuncts(sol, term='urb*stb') or term='2' said only that the term is not in the model; a term near
    one of the model's now names it, and a number written as text says to write the number."""
    sol = _lf_solution()
    with pytest.raises(QCAInputError) as exc:
        qca.smmr_focal_conjuncts(sol, term=term)
    assert str(exc.value).endswith(said), str(exc.value)
    qca.smmr_focal_conjuncts(sol, term=2)
    qca.smmr_focal_conjuncts(sol, term="URB*STB")


@pytest.mark.parametrize("expression, said", [
    (["DEV*STB", "URB"], "got a list: write the terms as one expression, 'DEV*STB + URB' (pof lists each term's fit "
                         "and the expression's)"),
    ("solution", "got a Solution: a solution's model is scored by its text, pof('DEV*~IND + URB*STB', ...) (the "
                 "solution already holds its fit: sol.models[0].fit)"),
    ("model", "got a Model: a model is scored by its text, pof('DEV*~IND + URB*STB', ...)"),
    (3, "got an int"),
])
def test_pof_given_a_solution_or_a_list_of_terms_names_the_text(expression, said):
    """pof(sol, ...) or pof(['DEV*STB', 'URB'], ...) (R's pof takes a solution object or a vector of terms) said only
    'expression must be a non-empty string ..., got a list'; each now names the text to give (checked to be read)."""
    sol = _lf_solution()
    given = {"solution": sol, "model": sol.models[0]}.get(expression, expression) if isinstance(expression, str) \
        else expression
    with pytest.raises(QCAInputError) as exc:
        qca.pof(given, dataset("LF"), "SURV", case_column="case")
    assert str(exc.value).endswith(said), str(exc.value)
    if "'" in said:
        qca.pof(said.split(", '" if "as one" in said else "pof('", 1)[1].split("'", 1)[0], dataset("LF"), "SURV",
                case_column="case")


def test_a_depth_given_as_text_says_so():
    with pytest.raises(QCAInputError, match=r"got '2': write 2, a number, not the text '2'$"):
        super_subset(dataset("LF"), "SURV", depth="2", case_column="case")


@pytest.mark.parametrize("call, name", [
    (lambda v: qca.necessity(dataset("LF"), "SURV", ron_cut=v, case_column="case"), "ron_cut"),
    (lambda v: qca.necessity(dataset("LF"), "SURV", benchmark=v, case_column="case"), "benchmark"),
    (lambda v: qca.truth_table(dataset("LF"), "SURV", incl_cut=0.8, pri_cut=v, case_column="case"), "pri_cut"),
])
def test_a_decimal_comma_gets_the_same_hint_for_every_cut_off(call, name):
    """incl_cut='0,9' was told 'a decimal comma? write 0.9', but ron_cut='0,5', benchmark='0,9' and pri_cut='0,5'
    only 'must be a number in [0, 1]': each is now told the number to write (checked to be accepted)."""
    with pytest.raises(QCAInputError) as exc:
        call("0,5")
    assert str(exc.value) == f"{name} must be a number in [0, 1], got '0,5': a decimal comma? write 0.5", str(exc.value)
    call(0.5)


def test_a_whole_number_with_a_decimal_comma_is_not_told_to_write_a_fraction():
    """decimal_comma_hint told n_cut='2,5' 'a decimal comma? write 2.5', a count no whole-number parameter takes: a
    whole-number parameter is told what it allows, without that hint."""
    with pytest.raises(QCAInputError) as exc:
        qca.truth_table(dataset("LF"), "SURV", incl_cut=0.8, n_cut="2,5", case_column="case")
    assert str(exc.value) == "n_cut must be a whole number of cases >= 1, got '2,5'", str(exc.value)
    with pytest.raises(QCAInputError) as exc:
        minimize(tt_lf(), include="?", max_models="2,5")
    assert "decimal comma" not in str(exc.value), str(exc.value)


@pytest.mark.parametrize("outcome, said", [
    (["SURV"], "got ['SURV']: one outcome, written as a text: outcome='SURV'"),
    (("SURV", "~SURV"), "got ('SURV', '~SURV'): one outcome per call, e.g. outcome='SURV'"),
])
def test_an_outcome_given_as_a_list_is_told_to_write_the_name(outcome, said):
    """outcome=['SURV'] (a list, as conditions are given) was told only 'outcome must be a column name ..., got
    ['SURV']'; it is now told the text to write (checked to be accepted)."""
    with pytest.raises(QCAInputError) as exc:
        qca.necessity(dataset("LF"), outcome, case_column="case")
    assert str(exc.value).endswith(said), str(exc.value)
    qca.necessity(dataset("LF"), said.rsplit("outcome=", 1)[1].strip("'"), case_column="case")


def test_theory_evaluation_with_its_arguments_swapped_says_which_comes_first():
    """theory_evaluation(sol, 'DEV*URB') said 'theory must be an expression ..., got Solution'; it now says the
    theory comes first and shows the call (checked to run)."""
    sol = _lf_solution()
    with pytest.raises(QCAInputError, match=r"got Solution: the theory comes first, then the solution: "
                                            r"theory_evaluation\('DEV\*URB', sol\)$"):
        qca.theory_evaluation(sol, "DEV*URB")
    qca.theory_evaluation("DEV*URB", sol)


@pytest.mark.parametrize("call, said", [
    (lambda: truth_table("SURV", dataset("LF")), "got str (the data come first, then the outcome: (df, 'SURV', ...))"),
    (lambda: necessity("SURV", dataset("LF")), "got str (the data come first, then the outcome: (df, 'SURV', ...))"),
    (lambda: truth_table("data/reference/datasets/LF.csv", "SURV"),
     "got str (a file name? read it first, e.g. pd.read_csv('data/reference/datasets/LF.csv', index_col='case'); "
     "index_col: its column of case names)"),
    (lambda: truth_table(None, "SURV"), "data must be a pandas DataFrame, got NoneType"),
])
def test_data_given_as_the_outcome_or_a_file_name_says_what_comes_first(call, said):
    """truth_table('SURV', df) (the outcome first) or truth_table('LF.csv', 'SURV') (a file name, as the CLI takes it)
    said 'data must be a pandas DataFrame, got str'; each now says what to write."""
    with pytest.raises(QCAInputError) as exc:
        call()
    assert str(exc.value).endswith(said), str(exc.value)


def test_an_outcome_written_after_the_data_file_is_shown_the_flag(capsys):
    """'minimize data.csv SURV' (the outcome as R's truthTable(data, outcome) takes it) said only that --outcome is
    required; it now says to write --outcome SURV, and nothing more when no such word was given."""
    from analysis.paths import ROOT
    from analysis.qca.cli import main

    lf = str(ROOT / "data/reference/datasets/LF.csv")
    assert main(["minimize", lf, "SURV", "--incl-cut", "0.8"]) == 2
    err = capsys.readouterr().err
    assert err == ("error: the following arguments are required: --outcome; write --outcome SURV (the outcome is a "
                   "flag, not a second argument after the data file)\n"), err
    assert main(["minimize", "no-such-file.csv", "--incl-cut", "0.8"]) == 2
    assert capsys.readouterr().err == "error: the following arguments are required: --outcome\n"


def test_a_missing_outcome_flag_names_the_data_columns(capsys):
    """'minimize data.csv' (no --outcome, nothing after the data file) gave argparse's bare 'the following arguments
    are required: --outcome', with no example and no column to choose: it now names the flag and the data's
    columns (the case column left out), one error line, exit 2; one of them given as --outcome runs."""
    from analysis.paths import ROOT
    from analysis.qca.cli import main

    lf = str(ROOT / "data/reference/datasets/LF.csv")
    assert main(["truth-table", lf, "--incl-cut", "0.8"]) == 2
    err = capsys.readouterr().err
    columns = [c for c in pd.read_csv(lf, nrows=0).columns if c != "case"]
    assert err == ("error: the following arguments are required: --outcome; give the outcome's column, --outcome NAME "
                   f"(the data's columns: {', '.join(map(repr, columns))})\n"), err
    assert main(["truth-table", lf, "--incl-cut", "0.8", "--outcome", columns[-1]]) == 0


def test_a_missing_outcome_flag_reads_only_the_header_of_a_csv_file(tmp_path, capsys, monkeypatch):
    """The hint of 'minimize data.csv' (no --outcome) read and checked the whole file to list its columns (a 0.5 GB
    file took 35 s of CPU, a 2 GB one minutes, for one line of help); it now reads the header line alone: the
    columns are named even when a row far below cannot be read (the data's own error comes once --outcome is
    given), and the whole-file reader is not called for a CSV file."""
    import analysis.qca.cli as cli
    import analysis.qca.cli_hints as cli_hints   # the hint's reader (cli_hints._outcome_columns_hint)

    data = tmp_path / "big.csv"
    data.write_bytes("case,A,B,Y\n".encode("utf-8") + b"c1,0.2,0.7,0.9\n" * 2000 + b"c2,0.2,0.7,0.9,1\nc3,\xff,1,1\n")

    def whole_file(*args, **kwargs):
        raise AssertionError("read_data called for a CSV file's header")

    monkeypatch.setattr(cli_hints, "read_data", whole_file)
    assert cli.main(["minimize", str(data), "--incl-cut", "0.8"]) == 2
    assert capsys.readouterr().err == ("error: the following arguments are required: --outcome; give the outcome's "
                                       "column, --outcome NAME (the data's columns: 'A', 'B', 'Y')\n")


@pytest.mark.parametrize("payload, names", [
    (b"case,A, B ,Y\n1,2,3,4\n", ["case", "A", "B", "Y"]),
    (b"\xef\xbb\xbfsep=,\r\n,A,\"B\nC\",Y\r\nx,1,1,1\r\n", ["", "A", "B\nC", "Y"]),   # Excel's BOM and sep line
    ("case,A,Y\r\nx,1,1\r\n".encode("utf-16"), ["case", "A", "Y"]),   # Excel's 'Unicode Text'
    (b"case,A,Y\rx,1,1\r", ["case", "A", "Y"]),   # old Mac line ends
    (b'[{"case": "x", "A": 1}]', None),   # JSON records: read_data reads them
    (b"# a comment\ncase,A\n", None),
    (b"PK\x03\x04not really a zip", None),
    (b"ca\xffse,A\n", None),   # not UTF-8: read_data names it
    (b"case;A;Y\nx;1;1\n", None),   # separated by ';': read_data refuses it, saying so
    (b"sep=;\ncase;A;Y\nx;1;1\n", None),
    (b"case\tA\tY\nx\t1\t1\n", None),
])
def test_header_names_reads_the_first_line_as_read_data_does(tmp_path, payload, names):
    from analysis.qca.read import header_names

    data = tmp_path / "d.csv"
    data.write_bytes(payload)
    assert header_names(data) == names
    if names is not None and len(names) > 1:   # the same names as the whole file read
        from analysis.qca.read import read_data

        assert [str(c) for c in read_data(data)[0].columns] == [n or "Unnamed: 0" for n in names]



@pytest.mark.parametrize("words, said", [
    (["DEV*URB -> SURV"], "--outcome, --expression; write --expression 'DEV*URB' --outcome SURV (pof takes the "
                          "expression and the outcome as flags, not as arguments after the data file: R's arrow '->' / "
                          "'<-' gives the outcome and the relation)"),
    (["DEV*URB <- ~SURV"], "write --expression 'DEV*URB' --outcome '~SURV' --necessity (pof takes"),
    (["DEV + URB", "SURV"], "write --expression 'DEV + URB' --outcome SURV (pof takes"),
    (["--outcome", "SURV", "DEV*URB"], "--expression; write --expression 'DEV*URB' (pof takes"),
    (["DEV*URB", "--relation", "suff", "--outcome", "SURV"], "--expression; write --expression 'DEV*URB' (pof takes"),
])
def test_pofs_expression_written_after_the_data_file_is_shown_the_flags(capsys, words, said):
    """pof data.csv 'DEV*URB -> SURV' (R's pof(setms, ...) takes the expression first, with its arrow) was told
    'write --outcome DEV*URB -> SURV', the expression offered as the outcome; pof data.csv --outcome SURV 'DEV*URB'
    was told only that --expression is required. Each now gets the flags to write."""
    from analysis.paths import ROOT
    from analysis.qca.cli import main

    lf = str(ROOT / "data/reference/datasets/LF.csv")
    assert main(["pof", lf, *words]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: the following arguments are required: ") and said in err, err
    assert "write --outcome DEV" not in err and err.count("\n") == 1, err
    assert main(["pof", lf, "--outcome", "SURV"]) == 2
    assert capsys.readouterr().err == "error: the following arguments are required: --expression\n"

@pytest.mark.parametrize("thresholds, said", [
    ({"exclusion": 350, "crossover": 550, "inclusion": 850},
     "got exclusion, crossover, inclusion; write 'e=350, c=550, i=850' (e: full non-membership, the exclusion anchor; "
     "c: the crossover; i: full membership, the inclusion anchor)"),
    ({"E": 350, "C": 550, "I": 850}, "got E, C, I; write 'e=350, c=550, i=850'"),
    ({"full non-membership": 350, "crossover": 550, "full membership": 850}, "; write 'e=350, c=550, i=850'"),
    ("e:350, c:550, i:850", "write 'e=350, c=550, i=850' (',' separates the thresholds; ':' is no part of the syntax, "
                            "'=' names a threshold)"),
    ("350 550 850", "write '350, 550, 850' (',' separates the thresholds)"),
    ({"a": 1, "b": 2, "c": 3}, "threshold names must be e, c, i, got a, b, c"),
    ("0,5 1 2", "(thresholds '0,5 1 2')"),    # a decimal comma: no guess
])
def test_anchors_named_or_separated_otherwise_are_shown_the_text_read(thresholds, said):
    """calibrate(x, thresholds={'exclusion': ..., 'crossover': ..., 'inclusion': ...}) (the anchors' names in the
    literature), 'e:350, c:550, i:850' or '350 550 850' said only what names or numbers must be; each now shows the
    thresholds written as calibrate() reads them (checked to be read)."""
    raw = [300, 500, 600, 900]
    with pytest.raises(QCAInputError) as exc:
        qca.calibrate(raw, thresholds=thresholds)
    assert said in str(exc.value), str(exc.value)
    if "write '" in said:
        qca.calibrate(raw, thresholds=said.split("write '", 1)[1].split("'", 1)[0])


def test_an_include_the_shell_replaced_by_a_file_name_says_to_quote_it(tmp_path, monkeypatch, capsys):
    """minimize ... --include ? typed without quotes, in a folder holding a file named with one character: the shell
    replaced the '?' by that name and the message said only "got 'a'"; it now says what happened and to quote it.
    A letter that is no file's name gets no such guess."""
    from analysis.paths import ROOT
    from analysis.qca.cli import main

    (tmp_path / "a").write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    argv = ["minimize", str(ROOT / "data/reference/datasets/LF.csv"), "--outcome", "SURV", "--incl-cut", "0.8",
            "--include"]
    assert main(argv + ["a"]) == 2
    err = capsys.readouterr().err
    assert err.rstrip().endswith("got 'a' ('a' is the name of a file in this folder: the shell replaced an unquoted ? "
                                 "by it; quote it, --include '?')"), err
    assert main(argv + ["b"]) == 2
    assert capsys.readouterr().err.rstrip().endswith("got 'b'")


@pytest.mark.parametrize("given, said", [
    (["--exclude", "7", "8"], "unrecognized arguments: 8; --exclude takes one value: write --exclude 7,8 (commas "
                              "between the items, no blanks)"),
    (["--conditions", "DEV", "URB", "LIT"], "unrecognized arguments: URB LIT; --conditions takes one value: write "
                                            "--conditions DEV,URB,LIT"),
    (["--dir-exp", "1", "1", "-", "-", "0"], "write --dir-exp 1,1,-,-,0"),
    (["--n-cut", "1", "2"], "unrecognized arguments: 2\n"),   # one number, no list: no guess
])
def test_a_list_flag_written_with_blanks_is_shown_the_comma_form(capsys, given, said):
    """--exclude 7 8 or --conditions DEV URB LIT (blanks between the items, no quotes: the shell made each its own
    argument) said only 'unrecognized arguments: 8'; the flag's one value with commas is now shown, and accepted."""
    from analysis.paths import ROOT
    from analysis.qca.cli import main

    argv = ["minimize", str(ROOT / "data/reference/datasets/LF.csv"), "--outcome", "SURV", "--include", "?"]
    assert main(argv + given) == 2
    err = capsys.readouterr().err
    assert said in err and err.count("\n") == 1, err
    if "write " in said:
        flag, value = said.split("write ", 1)[1].split(" (")[0].split(" ")
        assert main(argv + ["--incl-cut", "0.8", flag, value]) == 0, capsys.readouterr().err
        capsys.readouterr()


def test_calibrate_out_named_as_a_workbook_is_refused_before_writing(tmp_path, capsys):
    """calibrate --out mine.xlsx wrote CSV text under a workbook's name (Excel then refuses the file: its format and
    its extension disagree); it is now refused, naming the .csv name to give, and nothing is written."""
    from analysis.paths import ROOT
    from analysis.qca.cli import main

    out = tmp_path / "mine.xlsx"
    assert main(["calibrate", str(ROOT / "data/reference/datasets/LR.csv"), "--spec",
                 str(ROOT / "docs/examples/LR_calibration.yaml"), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err == (f"error: --out {out}: the output is CSV text, not a workbook; name the file mine.csv (Excel and "
                   "the other commands open it)\n"), err
    assert not out.exists()


def _public_methods():
    """Every public method of the result classes in analysis.qca.__all__ (and of a solution's PI chart)."""
    import inspect

    from analysis.qca.solution import PIChart

    classes = [c for c in (getattr(qca, n) for n in qca.__all__)
               if inspect.isclass(c) and not issubclass(c, BaseException)] + [PIChart]
    return [(cls, name) for cls in classes for name in dir(cls)
            if not name.startswith("_") and inspect.isfunction(inspect.getattr_static(cls, name))]


@pytest.mark.parametrize("cls, name", _public_methods(), ids=lambda v: getattr(v, "__name__", v))
def test_every_result_method_names_a_keyword_it_does_not_take(cls, name):
    """tt.rows_with(value=['1']), chart.path_terms(path=...), pof_result.to_frame(digits=3) raised Python's
    TypeError ('got an unexpected keyword argument') where every function of the engine names the argument meant.
    The check runs before the method's body (a keyword the method does not take fails at the call), so any object
    stands for the result here."""
    with pytest.raises(QCAInputError) as exc:
        getattr(cls, name)(object(), zz_not_an_argument=1)
    assert str(exc.value).startswith(f"{cls.__name__}.{name}() takes no argument 'zz_not_an_argument' ")


def test_truth_table_rows_with_a_misspelt_keyword_names_the_one_meant():
    tt = tt_lf()
    with pytest.raises(QCAInputError) as exc:
        tt.rows_with(value=["1"])
    assert str(exc.value) == ("TruthTable.rows_with() takes no argument 'value'; did you mean 'values'? "
                              "(its arguments: values)")
    with pytest.raises(QCAInputError, match=r"TruthTable.configs_with\(\) takes no argument 'out'; write values="):
        tt.configs_with(out=["1"])
    assert tt.rows_with(values=["1"]) == tt.rows_with(["1"]) and len(tt.configs_with(["1"])) == len(tt.rows_with(["1"]))
    with pytest.raises(TypeError, match="missing 1 required positional argument"):
        tt.rows_with()                               # a missing argument stays Python's TypeError


def test_a_configuration_chart_method_with_a_misspelt_keyword_names_the_one_meant():
    chart = qca.configuration_chart(minimize(tt_lf(), include="?"))
    with pytest.raises(QCAInputError) as exc:
        chart.path_terms(model="G1")
    assert str(exc.value) == ("ConfigurationChart.path_terms() takes no argument 'model'; write group='G1' (a model "
                              "group as the chart names it, 'G1'; chart.groups lists them) (its arguments: group)")
    with pytest.raises(QCAInputError, match=r"^ConfigurationChart.to_frame\(\) takes no argument 'digits' "):
        chart.to_frame(digits=3)
    assert chart.path_terms(group="G1") == chart.path_terms("G1") != ""


@pytest.mark.parametrize("dir_exp, meant, then", [
    ("DEV=1 URB=2", "write them with ',' between the conditions and '=' before a value, as 'DEV=1,URB=2'",
     "directional expectation 2 for 'URB' is out of range: 'URB' takes values 0..1"),
    ("1 1 1 1 2", "write them with ',' between the conditions, as '1,1,1,1,2'",
     "directional expectation 2 for 'STB' is out of range"),
    ("DEV=1 URBB=1", "as 'DEV=1,URBB=1'", "unknown condition 'URBB'"),
    ("1 1 1 1", "as '1,1,1,1'", "4 value(s) for 5 conditions"),
])
def test_dir_exp_with_blanks_and_a_bad_value_names_both_problems(capsys, dir_exp, meant, then):
    """--dir-exp "DEV=1 URB=2" (a blank for the comma, and a value URB does not take) said only "cannot read
    directional expectation 'DEV=1 URB=2': write CONDITION=1, =0 or =-", with no hint of the comma form, because the
    comma form was refused too: the message now shows the comma form and what is wrong with it."""
    with pytest.raises(QCAInputError) as exc:
        minimize(tt_lf(), include="?", dir_exp=dir_exp)
    message = str(exc.value)
    assert message.startswith(f"cannot read directional expectations {dir_exp!r}: ") and meant in message, message
    assert then in message.split("; read so, it is refused too: ", 1)[-1], message
    from analysis.paths import ROOT
    from analysis.qca.cli import main

    assert main(["minimize", str(ROOT / "data/reference/datasets/LF.csv"), "--outcome", "SURV", "--incl-cut", "0.8",
                 "--include", "?", "--dir-exp", dir_exp]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: cannot read --dir-exp {dir_exp!r}: ") and meant in err and then in err, err
    assert err.count("\n") == 1


@pytest.mark.parametrize("name, value, said", [
    ("nec_cond", "LIT,STB", "nec_cond 'LIT,STB': several necessary conditions are a list, nec_cond=['LIT', 'STB'] "
                            "(each necessary); one expression has no ','"),
    ("nec_cond", "LIT; STB", "several necessary conditions are a list, nec_cond=['LIT', 'STB']"),
    ("untenable", "~DEV*IND, DEV*~URB", "untenable '~DEV*IND, DEV*~URB': several untenable combinations are joined "
                                       "by ' + ', untenable='~DEV*IND + DEV*~URB'"),
])
def test_esa_expressions_separated_by_commas_are_shown_the_form_taken(name, value, said):
    """esa(tt, nec_cond='LIT,STB') (the CLI's form) said "unknown condition 'LIT,STB'; did you mean 'LIT'?", and
    untenable='~DEV*IND, DEV*~URB' "unknown condition 'IND, DEV'": each now names the form the argument takes."""
    from analysis.qca import esa

    with pytest.raises(QCAInputError) as exc:
        esa(tt_lf(), **{name: value})
    assert said in str(exc.value), str(exc.value)
    with pytest.raises(QCAInputError, match="did you mean 'LIT'"):
        esa(tt_lf(), nec_cond="LITT")                     # a misspelt name keeps its hint


def test_find_rows_expressions_separated_by_commas_are_shown_the_form_taken(capsys):
    """find_rows(tt, 'untenable', expression='~DEV*IND, DEV*~URB') said "unknown condition 'IND, DEV'"; it now says
    untenable combinations are joined by ' + ', as esa(untenable=...) does, on the command line too."""
    from analysis.paths import ROOT
    from analysis.qca import find_rows
    from analysis.qca.cli import main

    with pytest.raises(QCAInputError) as exc:
        find_rows(tt_lf(), "untenable", expression="~DEV*IND, DEV*~URB")
    assert str(exc.value) == ("expression '~DEV*IND, DEV*~URB': several untenable combinations are joined by ' + ', "
                              "expression='~DEV*IND + DEV*~URB'")
    assert main(["find-rows", str(ROOT / "data/reference/datasets/LF.csv"), "--outcome", "SURV", "--incl-cut", "0.8",
                 "--type", "untenable", "--expression", "~DEV*IND; DEV*~URB"]) == 2
    assert "several untenable combinations are joined by ' + '" in capsys.readouterr().err


def test_an_expression_separated_by_commas_is_named_as_its_caller_takes_it():
    """rows_in_expression, find_rows' reader of its expression, said "several untenable combinations are joined by
    ' + ', expression=..." to every caller, where the expression was no untenable combination (the rows inside a
    necessary condition, a model's rows) or its argument had another name (untenable_observed_rows' untenable):
    each now says what the expression is and names the argument as given; find_rows keeps its words."""
    from analysis.qca import find_rows, untenable_observed_rows
    from analysis.qca.find_rows import rows_in_expression

    tt = tt_lf()
    with pytest.raises(QCAInputError) as exc:
        rows_in_expression(tt, "DEV, URB", observed=True)
    assert str(exc.value) == "expression 'DEV, URB': several terms are joined by ' + ', expression='DEV + URB'"
    with pytest.raises(QCAInputError) as exc:
        untenable_observed_rows(tt, "~DEV*IND; DEV*~URB")
    assert str(exc.value) == ("untenable '~DEV*IND; DEV*~URB': several untenable combinations are joined by ' + ', "
                              "untenable='~DEV*IND + DEV*~URB'")
    for kind in ("untenable", "all", ["untenable", "ssr"]):
        with pytest.raises(QCAInputError, match=r"^expression '~DEV\*IND, URB': several untenable combinations are "):
            find_rows(tt, kind, expression="~DEV*IND, URB")


# ---------------------------------------------------------------- SetMethods' and R's ways of giving these arguments
@pytest.mark.parametrize("cases, said", [
    (1, "SetMethods' smmr(cases = 1) (typical cases) is smmr(sol, 'typical') here"),
    ("3", "SetMethods' smmr(cases = 3) (deviant cases consistency) is smmr(sol, 'deviant consistency') here"),
    (2, "(typical cases for each focal conjunct of a term) is smmr_focal_conjuncts(sol, term=1) here"),
    (5.0, "(individually irrelevant cases) is smmr(sol, 'irrelevant') here"),
    (6, "(all of the above) is smmr(sol, t) for each t of 'typical', 'deviant consistency', 'deviant coverage', "
        "'irrelevant' here"),
])
def test_smmr_given_setmethods_number_of_a_case_type_names_the_type(cases, said):
    """smmr(sol, cases=1), SetMethods' numbering (its smmr help: 1 typical, 2 per focal conjunct, 3 deviant
    consistency, 4 deviant coverage, 5 individually irrelevant, 6 all), said only "cases must be 'typical', ...,
    got 1": it now names the type the number selects there and what to write here; what it proposes is accepted."""
    sol = _lf_solution()
    with pytest.raises(QCAInputError) as exc:
        qca.smmr(sol, cases=cases)
    assert said in str(exc.value), str(exc.value)
    assert "the types are named here, not numbered" in str(exc.value)
    for written in re.findall(r"smmr\(sol, ('[^']+')\) here", str(exc.value)):
        qca.smmr(sol, written.strip("'"))
    with pytest.raises(QCAInputError) as exc:
        qca.smmr(sol, cases=7)    # no type of SetMethods: no hint
    assert str(exc.value).endswith("got 7"), str(exc.value)


def test_the_outcome_given_as_setmethods_takes_it_says_it_is_no_argument_here():
    """smmr(sol, 'SURV') and theory_evaluation('DEV*STB', sol, 'SURV'), SetMethods' smmr(results, outcome, ...) and
    theory.evaluation(theory, empirics, outcome, ...), said only "got 'SURV'": they now say the outcome is not an
    argument here (the solution holds it) and what the argument in its place is."""
    sol = _lf_solution()
    with pytest.raises(QCAInputError) as exc:
        qca.smmr(sol, "SURV")
    assert str(exc.value).endswith(
        "got 'SURV'; 'SURV' is the outcome, which is not an argument here: the solution holds its outcome ('SURV'; "
        "for ~SURV, minimise the truth table of '~SURV'), so leave it out; the second argument is cases, the type of "
        "cases, e.g. smmr(sol, 'typical')"), str(exc.value)
    with pytest.raises(QCAInputError, match=r"'~surv' is the outcome, which is not an argument here"):
        qca.smmr(sol, "~surv")
    with pytest.raises(QCAInputError) as exc:
        qca.theory_evaluation("DEV*STB", sol, "SURV")
    assert str(exc.value).startswith("model must be 1..1, got 'SURV'; 'SURV' is the outcome, which is not an argument")
    assert str(exc.value).endswith("so leave it out; model is the number of the model, 1 for M1"), str(exc.value)
    with pytest.raises(QCAInputError) as exc:
        qca.smmr(sol, "DEV")        # a condition: no word of the outcome
    assert "is the outcome" not in str(exc.value), str(exc.value)


@pytest.mark.parametrize("incl_cut, said, meant", [
    ("c(0.8, 0.6)", "R's vector c(...) copied as text; write incl_cut=(0.8, 0.6), a pair of numbers (ic1, ic0)",
     (0.8, 0.6)),
    ("c(0.8)", "R's vector c(...) copied as text; write incl_cut=0.8, a number", 0.8),
    ("c(0.9, 0.8, 0.6)", "write one number or a pair of numbers (ic1, ic0), e.g. incl_cut=(0.8, 0.6)", None),
])
def test_incl_cut_given_as_r_vector_text_says_what_to_write(incl_cut, said, meant):
    """truth_table(..., incl_cut='c(0.8, 0.6)'), R's incl.cut = c(0.8, 0.6) copied as text, said only "incl_cut must
    be numbers in [0, 1]"; it now says what to write (r_calls.r_vector_text), and that is accepted."""
    with pytest.raises(QCAInputError) as exc:
        truth_table(dataset("LF"), "SURV", CONDS, incl_cut=incl_cut, case_column="case")
    assert str(exc.value).endswith(said), str(exc.value)
    if meant is not None:
        truth_table(dataset("LF"), "SURV", CONDS, incl_cut=meant, case_column="case")


@pytest.mark.parametrize("cases, kind", [(1, "typical"), (2, "deviant consistency"), ("3", "deviant relevance")])
def test_necessity_cases_given_setmethods_number_of_a_case_type_names_the_type(cases, kind):
    """necessity_cases(..., cases=1), SetMethods' smmr(necessity = TRUE, cases = 1) (1 typical, 2 deviant
    consistency, 3 deviant relevance: the reference's single_nec_cases1..3), said only "cases must be 'typical',
    ..., got 1": it now names the type and the call here, which is accepted."""
    with pytest.raises(QCAInputError) as exc:
        qca.necessity_cases(dataset("LF"), "SURV", "STB", cases=cases, case_column="case")
    assert (f"SetMethods' smmr(necessity = TRUE, cases = {int(cases)}) " in str(exc.value)
            and f"is necessity_cases(data, outcome, nec_cond, '{kind}') here" in str(exc.value)), str(exc.value)
    qca.necessity_cases(dataset("LF"), "SURV", "STB", cases=kind, case_column="case")
    with pytest.raises(QCAInputError) as exc:
        qca.necessity_cases(dataset("LF"), "SURV", "STB", cases=4, case_column="case")
    assert str(exc.value).endswith("got 4"), str(exc.value)


@pytest.mark.parametrize("given, said, meant", [
    ({"sort_by": 'c("OUT", "incl")'},
     "sort_by 'c(\"OUT\", \"incl\")': R's vector c(...) copied as text; write 'OUT, incl' (the text without c( ))",
     {"sort_by": "OUT, incl"}),
    ({"sort_by": "c(n = FALSE, incl = TRUE)"}, "write 'n = FALSE, incl = TRUE' (the text without c( ))",
     {"sort_by": "n = FALSE, incl = TRUE"}),
    ({"n_cut": "c(2)"}, "got 'c(2)': R's vector c(...) copied as text; write n_cut=2, a number", {"n_cut": 2}),
    ({"pri_cut": "c(0.5)"}, "got 'c(0.5)': R's vector c(...) copied as text; write pri_cut=0.5, a number",
     {"pri_cut": 0.5}),
])
def test_truth_tables_other_arguments_given_as_r_vector_text_say_what_to_write(given, said, meant):
    """sort_by='c("OUT", "incl")' (R's sort.by copied as text) was told "'c(\\"OUT\\"' is not a column of the truth
    table"; n_cut='c(2)' and pri_cut='c(0.5)' were refused without a word of R's c( ). Each now says what to write,
    and that is accepted."""
    with pytest.raises(QCAInputError) as exc:
        truth_table(dataset("LF"), "SURV", CONDS, incl_cut=0.8, case_column="case", **given)
    assert str(exc.value).endswith(said), str(exc.value)
    truth_table(dataset("LF"), "SURV", CONDS, incl_cut=0.8, case_column="case", **meant)


def _positional_count(f) -> tuple[list[str], list[str]]:
    import inspect

    params = [p for n, p in inspect.signature(f).parameters.items() if n != "self"]
    return ([p.name for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)],
            [p.name for p in params if p.kind is p.KEYWORD_ONLY])


@pytest.mark.parametrize("name", _public_functions())
def test_every_public_function_names_its_arguments_when_given_too_many(name):
    """esa(tt, 'LIT', 'x', 'y', 'z') (one argument too many) was Python's TypeError 'esa() takes from 1 to 4
    positional arguments but 5 were given', naming none of them; only pof, find_rows, smmr, threshold_range and
    cluster_diagnostics (whose R counterparts order their arguments otherwise) named them. Every function exported
    by analysis.qca now says how many it takes by position, in order, and which it takes by keyword only. The call
    fails before the function's body, so any values stand for the arguments."""
    f = getattr(qca, name)
    by_position, by_keyword = _positional_count(f)
    with pytest.raises(QCAInputError) as exc:
        f(*(["x"] * (len(by_position) + 1)))
    said = str(exc.value)
    assert said.startswith(f"{name}() got ") and ", ".join(by_position) in said, said
    assert all(k in said for k in by_keyword if not k.startswith("_")), said
    assert exc.value.__context__ is None or exc.value.__suppress_context__, "the TypeError is not shown"


def test_esa_given_one_argument_too_many_names_what_it_takes():
    with pytest.raises(QCAInputError) as exc:
        qca.esa(tt_lf(), "LIT", "x", "y", "z")
    assert str(exc.value) == (
        "esa() got 5 positional arguments and takes at most 4 (in order: tt, nec_cond, untenable, "
        "contradictory_rows); the others by keyword only: nec_cond_observed=..., ron_cut=...; several names or values for one "
        "argument go in it as one list, e.g. ['A', 'B'], not one after another")
    # a missing argument, or one given twice, stays Python's TypeError: it names the argument
    with pytest.raises(TypeError, match="multiple values for argument 'nec_cond'"):
        qca.esa(tt_lf(), "LIT", nec_cond="LIT")


@pytest.mark.parametrize("cls, name", _public_methods(), ids=lambda v: getattr(v, "__name__", v))
def test_every_result_method_names_its_arguments_when_given_too_many(cls, name):
    """tt.rows_with(['1'], 2) was Python's 'takes from 1 to 2 positional arguments but 3 were given' (counting the
    table itself); it now names the method's arguments and counts the ones the user gave."""
    f = getattr(cls, name)
    by_position, _ = _positional_count(f)
    with pytest.raises(QCAInputError) as exc:
        f(object(), *([1] * (len(by_position) + 1)))
    n = len(by_position)
    takes = f"at most {n} (in order: {', '.join(by_position)})" if n else "none"
    assert str(exc.value).startswith(f"{cls.__name__}.{name}() got {n + 1} positional argument{'s' * (n > 0)} and "
                                     f"takes {takes}"), str(exc.value)


@pytest.mark.parametrize("call, said", [
    (lambda lf: truth_table(lf.drop(index=0), ...), "truth_table() got ... for outcome: "),
    (lambda lf: truth_table(lf, "SURV", ...), "truth_table() got ... for conditions: "),
    (lambda lf: truth_table(lf, outcome=..., conditions=...), "truth_table() got ... for outcome, conditions: "),
    (lambda lf: minimize(tt_lf(), include=...), "minimize() got ... for include: "),
], ids=["outcome", "conditions", "both, by keyword", "include"])
def test_a_placeholder_copied_from_a_hint_is_named_as_one(call, said):
    """The workshop's exercise 5 hints truth_table(paperA.drop(index=case), ...): copied as it is, the engine said
    "outcome must be a column name ..., got Ellipsis", Python's name of `...`, not what to do. Now the argument that
    holds `...` is named and the `...` called a placeholder to fill in, for every decorated function (one check)."""
    with pytest.raises(QCAInputError) as exc:
        call(dataset("LF")[CONDS + ["SURV"]])
    assert str(exc.value).startswith(said), str(exc.value)
    assert "placeholder" in str(exc.value) and "Ellipsis" not in str(exc.value)


@pytest.mark.parametrize("call, said", [
    (lambda lf: qca.smmr(_lf_solution(), cases=lf["DEV"]), "smmr() takes one text for cases, got a Series of shape 18"),
    (lambda lf: qca.focal_condition_pairs(_lf_solution(), condition=lf["DEV"].to_numpy()),
     "focal_condition_pairs() takes one text for condition, got a ndarray of shape 18"),
    (lambda lf: qca.calibrate(lf["DEV"], type=lf[["DEV"]]), "calibrate() takes one text for type, got a DataFrame "
     "of shape 18x1, e.g. type='fuzzy'"),
    (lambda lf: qca.find_rows(tt_lf(), expression=lf["DEV"]), "find_rows() takes one text for expression, got a "
     "Series of shape 18"),
    (lambda lf: qca.calibrate(lf["DEV"], method=pd.Categorical(["direct", "TFR"])), "calibrate() takes one text for "
     "method, got a Categorical of shape 2, e.g. method='direct'"),
], ids=["smmr cases", "focal condition", "calibrate type", "find_rows expression", "a categorical (round 39)"])
def test_an_array_given_for_a_text_argument_is_named(call, said):
    """A column given where a function takes one text (smmr(sol, cases=df['type'])) failed inside with numpy's or
    pandas' 'The truth value of a Series is ambiguous', naming neither the function nor the argument (found by a
    random fuzz of the public functions); the decorator now names both and what was given."""
    with pytest.raises(QCAInputError) as exc:
        call(dataset("LF"))
    assert str(exc.value).startswith(said), str(exc.value)
    assert "ambiguous" not in str(exc.value)


@pytest.mark.parametrize("call, said", [
    (lambda lf: qca.format_term([2, 1, 0, 0, 0], CONDS, multivalue="no"), "multivalue must be True or False, got 'no'"),
    (lambda lf: qca.format_expression([[2, 1, 0, 0, 0]], CONDS, multivalue="False"),
     "multivalue must be True or False, got 'False'"),
    (lambda lf: qca.prepare_data(lf, "SURV", CONDS, warn="no"), "warn must be True or False, got 'no'"),
    (lambda lf: qca.format_term([2, 1, 0, 0, 0], CONDS, multivalue=lf),
     "multivalue must be True or False, got a DataFrame of shape 18x6"),
    (lambda lf: qca.truth_table(lf, "SURV", CONDS, dcc=lf["DEV"]),
     "dcc must be True or False, got a Series of shape 18"),
], ids=["format_term text", "format_expression text", "prepare_data warn", "a frame", "a column"])
def test_a_yes_no_argument_given_a_text_or_a_column_is_refused(call, said):
    """format_term(..., multivalue='no') wrote A[v] literals and prepare_data(..., warn='no') warned: a text is
    truthy in Python, so a yes/no argument read it as True, a silently wrong result (found by tools/fuzz_api.py's
    round-39 pools); given a column they failed with pandas' 'truth value of a DataFrame is ambiguous'. Every
    yes/no argument now goes through checks.flag, whose message names an array by its type and shape, not its
    printout over many lines."""
    with pytest.raises(QCAInputError) as exc:
        call(dataset("LF")[CONDS + ["SURV"]])
    assert str(exc.value) == said, str(exc.value)


@pytest.mark.parametrize("call, said", [
    (lambda lf: qca.calibrate_frame(dataset("LR"), {"DEV": {"thresholds": "e=350, c=550, i=850"}}, keep=-1),
     "keep must be a column name or a list of them (the columns copied unchanged, e.g. keep='case'), got -1 (int)"),
    (lambda lf: qca.calibrate_frame(dataset("LR"), {"DEV": {"thresholds": "e=350, c=550, i=850"}}, keep=pd.NA),
     "keep must be a column name or a list of them (the columns copied unchanged, e.g. keep='case'), got <NA> "
     "(NAType)"),
    (lambda lf: qca.pri(pd.DataFrame(), lf["SURV"]),
     "x must be the memberships of one set (a column, a Series or a list), got a DataFrame of no columns"),
    (lambda lf: qca.haesebrouck(lf["DEV"], lf[[]]),
     "y must be the memberships of one set (a column, a Series or a list), got a DataFrame of no columns"),
    (lambda lf: tt_lf().rows_with(pd.NA),
     "OUT values must be among '1', '0', 'C' and '?' (a list, or a text such as '1,C'), got <NA>"),
    (lambda lf: tt_lf().rows_with(["1", pd.NA]),
     "OUT values must be among '1', '0', 'C' and '?' (a list, or a text such as '1,C'), got ['1', <NA>]"),
    (lambda lf: qca.calibrate_frame(dataset("LR"), {"DEV": {"thresholds": "e=350, c=550, i=850"}},
                                    keep=np.array([["case"]])),
     "keep must be a column name or a list of them (the columns copied unchanged, e.g. keep='case'), got "
     "array([['case']], dtype='<U4') (ndarray)"),
], ids=["keep number", "keep NA", "keep array of rows", "pri empty frame", "haesebrouck empty frame", "rows_with NA", "rows_with list NA"])
def test_a_missing_or_empty_value_is_refused_naming_the_argument(call, said):
    """calibrate_frame(..., keep=-1) or keep=pd.NA was Python's "'int' object is not iterable", pri / haesebrouck of an
    empty DataFrame (df[[]]) an IndexError 'list index out of range' from the message meant for several columns,
    and tt.rows_with(pd.NA) pandas' 'boolean value of NA is ambiguous' (found by tools/fuzz_api.py's round-39 pools).
    Each is now refused naming the argument and what it takes."""
    with pytest.raises(QCAInputError) as exc:
        call(dataset("LF"))
    assert str(exc.value).startswith(said), str(exc.value)


@pytest.mark.parametrize("call, said", [
    (lambda lf: qca.focal_condition_pairs(_lf_solution(), condition=pd.Categorical(["DEV"])),
     "focal_condition_pairs() takes one text for condition, got a Categorical of shape 1"),
    (lambda lf: qca.focal_condition_pairs(_lf_solution(), condition=np.array(["DEV"])),
     "focal_condition_pairs() takes one text for condition, got a ndarray of shape 1"),
    (lambda lf: qca.untenable_observed_rows(tt_lf(), untenable=pd.NA),
     "untenable_observed_rows() takes one text for untenable, got pd.NA (a missing value)"),
    (lambda lf: qca.calibrate_frame(dataset("LR"), {"DEV": {"thresholds": "e=350, c=550, i=850"}}, missing=pd.NA),
     "calibrate_frame() takes one text for missing, got pd.NA (a missing value), e.g. missing='raise'"),
], ids=["categorical of one", "array of one", "NA untenable", "NA missing"])
def test_a_one_value_array_or_na_given_for_a_text_argument_is_named(call, said):
    """An array of one name (focal_condition_pairs(sol, condition=np.array(["DEV"]))) failed with Python's
    "unhashable type: 'numpy.ndarray'" and pd.NA for a text with pandas' 'boolean value of NA is ambiguous': TypeErrors,
    which the decorator did not look at for a text argument (found by tools/fuzz_api.py's round-39 pools, seeds 31
    and 32). Both now name the function, the argument and what it got."""
    with pytest.raises(QCAInputError) as exc:
        call(dataset("LF"))
    assert str(exc.value) == said, str(exc.value)


@pytest.mark.parametrize("call", [lambda df: qca.expression_membership(df, "DEV*LIT"),
                                  lambda df: qca.term_membership(df, "~DEV*LIT")], ids=["expression", "term"])
def test_the_membership_of_data_with_a_column_name_twice_is_refused_naming_it(call):
    """expression_membership / term_membership of a frame with a column name twice (pd.concat of two frames, a
    renamed column) failed with pandas' 'arg must be a list, tuple, 1-d array, or Series' (found by
    tools/fuzz_api.py's round-39 pools, seed 31); they now say what truth_table says of such data."""
    df = dataset("LF")[CONDS + ["SURV"]]
    df.columns = ["DEV", "DEV", "LIT", "IND", "STB", "SURV"]
    with pytest.raises(QCAInputError) as exc:
        call(df)
    assert str(exc.value) == "duplicate column name in the data: DEV; column names must be unique"
    with pytest.raises(QCAInputError, match=re.escape(str(exc.value))):
        truth_table(df, "SURV")


def test_calibrate_frame_of_raw_data_with_a_column_name_twice_is_refused_naming_it():
    """calibrate_frame of raw data with a column name twice failed with pandas' "'DataFrame' object has no attribute
    'tolist'" (df['DEV'] is then a frame of both columns), found by tools/fuzz_api.py's round-39 pools (the suite's
    seeded run of 1e025125); it now gives truth_table's message for such data."""
    raw = dataset("LR").copy()
    raw.columns = ["DEV" if c == "URB" else c for c in raw.columns]
    with pytest.raises(QCAInputError) as exc:
        qca.calibrate_frame(raw, {"DEV": {"thresholds": "e=350, c=550, i=850"}})
    assert str(exc.value) == "duplicate column name in the data: DEV; column names must be unique"
