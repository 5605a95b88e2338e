"""Arguments that take several names name every unknown one in one line (as the expression parser does since
9a55855e), each with its own hint. One unknown name keeps its message."""
from __future__ import annotations

import pandas as pd
import pytest
from _cli import run


LF = "data/reference/datasets/LF.csv"
THREE = ("--outcome", "SURV", "--conditions", "DEV,URB,IND", "--incl-cut", "0.8")


@pytest.fixture(scope="module")
def tt():
    from analysis.qca import truth_table

    data = pd.read_csv(LF, index_col=0, encoding="utf-8")
    return truth_table(data, "SURV", ["DEV", "URB", "IND"], incl_cut=0.8)


def test_every_unknown_literal_of_dir_exp_is_named_in_one_line(tt):
    """'DEV, XX, ~YY' said "unknown condition 'XX' in term 'XX'" alone: YY came up once XX was put right."""
    from analysis.qca import QCAInputError, minimize

    with pytest.raises(QCAInputError) as err:
        minimize(tt, include="?", dir_exp="DEV, DVE, ~YY")
    assert str(err.value).startswith(
        "cannot read directional expectations 'DEV, DVE, ~YY': unknown conditions 'DVE', 'YY'; 'DVE': did you "
        "mean 'DEV'? (conditions: 'DEV', 'URB', 'IND'); write NAME=VALUE pairs"), err.value
    with pytest.raises(QCAInputError) as listed:   # R's c("DEV", "DVE", "~YY") alike
        minimize(tt, include="?", dir_exp=["DEV", "DVE", "~YY"])
    assert str(listed.value) == str(err.value)
    with pytest.raises(QCAInputError) as one:   # one unknown name: its message as before
        minimize(tt, include="?", dir_exp="DEV, ~YY")
    assert "unknown condition 'YY' in term '~YY' (conditions: 'DEV', 'URB', 'IND')" in str(one.value), one.value


def test_the_cli_names_every_left_out_column_of_dir_exps_literals(capsys):
    code, out, err = run(capsys, "minimize", LF, *THREE, "--include", "?", "--dir-exp", "DEV,LIT,~STB")
    assert code == 2 and not out and len(err.splitlines()) == 1, err
    assert err.startswith("error: cannot read --dir-exp 'DEV,LIT,~STB': unknown conditions 'LIT', 'STB' "
                          "(conditions: 'DEV', 'URB', 'IND'); write NAME=VALUE pairs"), err
    assert err.rstrip().endswith(f"'LIT', 'STB' are columns of {LF} not among the conditions: to use them, include "
                                 "them in --conditions DEV,URB,IND,LIT,STB"), err


def test_the_workshop_translates_every_unknown_literal_of_dir_exp(tt):
    from analysis.qca import QCAInputError, minimize
    from analysis.workshop import engine_error_zh

    with pytest.raises(QCAInputError) as err:
        minimize(tt, include="?", dir_exp="DEV, DVE, ~YY")
    assert engine_error_zh(err.value).startswith(
        "无法读取方向性预期 'DEV, DVE, ~YY'：'DVE', 'YY' 不是条件之一；'DVE'：是否想写 'DEV'？"), engine_error_zh(err.value)
    with pytest.raises(QCAInputError) as one:
        minimize(tt, include="?", dir_exp="DEV, ~YY")
    assert engine_error_zh(one.value).startswith("无法读取方向性预期 'DEV, ~YY'：项 '~YY' 中的 'YY' 不是条件之一（条件：'DEV', 'URB', "
                                                 "'IND'）；"), engine_error_zh(one.value)
def test_every_unknown_necessary_condition_is_named_in_one_line(tt):
    """esa(nec_cond=['XX', 'YY']) said "nec_cond[0] 'XX': unknown condition 'XX' ..." alone."""
    from analysis.qca import QCAInputError, esa

    with pytest.raises(QCAInputError) as err:
        esa(tt, nec_cond=["DVE", "URB + YY"])
    assert str(err.value) == ("nec_cond ['DVE', 'URB + YY']: unknown conditions 'DVE', 'YY'; 'DVE': did you mean "
                              "'DEV'? (conditions: 'DEV', 'URB', 'IND')"), err.value
    with pytest.raises(QCAInputError) as one:
        esa(tt, nec_cond=["DEV", "YY"])
    assert str(one.value) == "nec_cond[1] 'YY': unknown condition 'YY' in term 'YY' (conditions: 'DEV', 'URB', 'IND')"


def test_the_cli_names_every_unknown_necessary_condition(capsys):
    code, out, err = run(capsys, "esa", LF, *THREE, "--nec-cond", "LIT,STB")
    assert code == 2 and not out and len(err.splitlines()) == 1, err
    assert err.strip() == (
        f"error: --nec-cond 'LIT,STB': unknown conditions 'LIT', 'STB' (conditions: 'DEV', 'URB', 'IND'); 'LIT', 'STB' "
        f"are columns of {LF} not among the conditions: to use them, include them in --conditions "
        "DEV,URB,IND,LIT,STB"), err
    code, out, err = run(capsys, "esa", LF, *THREE, "--nec-cond", "XX", "--nec-cond", "YY")
    assert code == 2 and err.startswith("error: --nec-cond 'XX' --nec-cond 'YY': unknown conditions 'XX', 'YY' "
                                        "(conditions: 'DEV', 'URB', 'IND')"), err


def test_unknown_necessary_conditions_are_combined_by_one_implementation_named_as_the_caller_gives_them(capsys, tt):
    """The CLI's loop over --nec-cond combined several unknown names itself (several_unknown_names) as esa._nec_conds
    did for the API's list: one implementation now, esa._nec_conds, told how the caller names what was given (the
    flags as typed); each necessary condition is then named as one value, as a flag gives it."""
    from analysis.qca import QCAInputError
    from analysis.qca.esa import _nec_conds

    with pytest.raises(QCAInputError) as err:
        _nec_conds(tt, ["DVE", "URBB"], given="--nec-cond 'DVE,URBB'")
    assert str(err.value) == ("--nec-cond 'DVE,URBB': unknown conditions 'DVE', 'URBB'; 'DVE': did you mean 'DEV'?; "
                              "'URBB': did you mean 'URB'? (conditions: 'DEV', 'URB', 'IND')"), err.value
    with pytest.raises(QCAInputError) as one:
        _nec_conds(tt, ["DEV", "URBB"], given="--nec-cond 'DEV,URBB'")
    assert str(one.value) == ("nec_cond 'URBB': unknown condition 'URBB' in term 'URBB'; did you mean 'URB'? "
                              "(conditions: 'DEV', 'URB', 'IND')"), one.value
    code, out, err = run(capsys, "esa", LF, *THREE, "--nec-cond", "DVE", "--nec-cond", "URBB,LIT")
    assert code == 2 and err.strip() == (
        "error: --nec-cond 'DVE' --nec-cond 'URBB,LIT': unknown conditions 'DVE', 'URBB', 'LIT'; 'DVE': did you mean "
        "'DEV'?; 'URBB': did you mean 'URB'? (conditions: 'DEV', 'URB', 'IND'); 'LIT' is a column of "
        f"{LF} not among the conditions: to use it, include it in --conditions DEV,URB,IND,LIT"), err
    code, out, err = run(capsys, "esa", LF, *THREE, "--nec-cond", "DEV,URBB")
    assert code == 2 and err.strip() == ("error: --nec-cond 'URBB': unknown condition 'URBB' in term 'URBB'; did you "
                                         "mean 'URB'? (conditions: 'DEV', 'URB', 'IND')"), err


def test_every_column_sort_by_does_not_know_is_named_in_one_line(capsys):
    """--sort-by 'OUTT,icnl' said "'OUTT' is not a column of the truth table" alone: icnl came up once OUTT was put right.
    Each name comes with its own hint; one name keeps its message."""
    from analysis.qca import QCAInputError
    from analysis.qca.truth_table import parse_sort_by

    with pytest.raises(QCAInputError) as err:
        parse_sort_by("OUTT, incl, -DEV", ["DEV", "URB"])
    assert str(err.value) == (
        "sort_by: 'OUTT', '-DEV' are not columns of the truth table; sort by OUT, n, incl, PRI, DEV, URB; 'OUTT': did "
        "you mean 'OUT'?; the direction is not written with '-': DEV sorts decreasing (the default, as R's sort.by), "
        "DEV=FALSE increasing"), err.value
    with pytest.raises(QCAInputError) as one:
        parse_sort_by(["n", "icnl"], ["DEV", "URB"])
    assert str(one.value) == ("sort_by: 'icnl' is not a column of the truth table; sort by OUT, n, incl, PRI, DEV, "
                              "URB; did you mean 'incl'?"), one.value
    code, out, err = run(capsys, "truth-table", LF, *THREE, "--sort-by", "OUTT,icnl")
    assert code == 2 and err.strip() == (
        "error: --sort-by: 'OUTT', 'icnl' are not columns of the truth table; sort by OUT, n, incl, PRI, DEV, URB, "
        "IND; 'OUTT': did you mean 'OUT'?; 'icnl': did you mean 'incl'?"), err


def test_every_set_a_recalibration_test_does_not_know_is_named_in_one_line():
    """A sweep's test calibrating 'DEVV' and 'URBB' said "calibrate names 'DEVV', which is not a set of the data"
    alone: URBB came up once DEVV was put right. One unknown set keeps its message."""
    from analysis.qca import QCAInputError
    from analysis.qca.protocol import robustness_protocol

    data = pd.read_csv(LF, index_col=0, encoding="utf-8")
    raw = pd.read_csv("data/reference/datasets/LR.csv", index_col=0, encoding="utf-8")
    rule = {"thresholds": "e=350, c=550, i=850"}
    with pytest.raises(QCAInputError) as err:
        robustness_protocol(data, "SURV", ["DEV", "URB", "IND"], [{"label": "t1", "calibrate": {
            "DEV": rule, "DEVV": rule, "URBB": rule}}], incl_cut=0.8, raw=raw)
    assert str(err.value) == ("test 't1': calibrate names 'DEVV', 'URBB', which are not sets of the data; 'DEVV': did "
                              "you mean 'DEV'?; 'URBB': did you mean 'URB'? (sets: 'DEV', 'URB', 'LIT', 'IND', 'STB' and "
                              "1 more)"), err.value
    with pytest.raises(QCAInputError) as one:
        robustness_protocol(data, "SURV", ["DEV", "URB", "IND"], [{"label": "t1", "calibrate": {"URBB": rule}}],
                            incl_cut=0.8, raw=raw)
    assert str(one.value) == ("test 't1': calibrate names 'URBB', which is not a set of the data; did you mean 'URB'? "
                              "(sets: 'DEV', 'URB', 'LIT', 'IND', 'STB' and 1 more)"), one.value


def test_calibrate_frame_names_every_raw_column_the_data_lack_in_one_line():
    """calibrate_frame(raw, {'DEVV': ..., 'URB': {'source': 'URBB', ...}}) said "spec['DEVV']: raw column 'DEVV' not
    in the data" alone (the CLI's calibrate named both): URBB came up once DEVV was put right. One keeps its message."""
    from analysis.qca import QCAInputError
    from analysis.qca.calibrate import calibrate_frame

    raw = pd.read_csv("data/reference/datasets/LR.csv", index_col=0, encoding="utf-8")
    rule = {"thresholds": "e=350, c=550, i=850"}
    columns = "(columns: ['DEV', 'URB', 'LIT', 'IND', 'STB', 'SURV'])"
    with pytest.raises(QCAInputError) as err:
        calibrate_frame(raw, {"DEV": rule, "DEVV": rule, "URB": {"source": "URBB", **rule}})
    assert str(err.value) == ("spec['DEVV'], spec['URB']: raw columns 'DEVV', 'URBB' not in the data; 'DEVV': did you "
                              f"mean 'DEV'?; 'URBB': did you mean 'URB'? {columns}"), err.value
    with pytest.raises(QCAInputError) as one:
        calibrate_frame(raw, {"DEV": rule, "URB": {"source": "URBB", **rule}})
    assert str(one.value) == f"spec['URB']: raw column 'URBB' not in the data; did you mean 'URB'? {columns}", one.value


def test_the_conditions_of_a_necessary_conditions_cases_come_with_each_names_hint():
    """necessity_cases(conditions=['URV', 'INF']) named both but neither's near column (truth_table's conditions
    give them): each now has its own hint."""
    from analysis.qca import QCAInputError
    from analysis.qca.diagnostics import necessity_cases

    data = pd.read_csv(LF, index_col=0, encoding="utf-8")
    with pytest.raises(QCAInputError) as err:
        necessity_cases(data, "SURV", "DEV", "deviant consistency", conditions=["URV", "INF"])
    assert str(err.value) == ("conditions: unknown conditions 'URV', 'INF'; 'URV': did you mean 'URB' or 'SURV'?; "
                              "'INF': did you mean 'IND'? (columns: 'DEV', 'URB', 'LIT', 'IND', 'STB', 'SURV')"), err.value


def test_a_listed_necessary_condition_naming_the_outcome_is_shown_a_necessary_conditions_example(tt):
    """nec_cond=['SURV', 'DEV'] said "such as '~A*B' or 'A*B + ~C'", untenable's example, for nec_cond[0]: the
    example was chosen by the name 'nec_cond' alone."""
    from analysis.qca import QCAInputError, esa

    with pytest.raises(QCAInputError) as err:
        esa(tt, nec_cond=["SURV", "DEV"])
    assert str(err.value) == ("nec_cond[0] 'SURV' names 'SURV', the truth table's outcome; it takes an expression of "
                              "the conditions only (DEV, URB, IND), such as 'LIT' or 'A + B'"), err.value


def test_calibrate_frames_source_given_as_a_list_is_refused_naming_the_set():
    """{'URB': {'source': ['urban'], ...}} was Python's TypeError (unhashable type: 'list'), a traceback."""
    from analysis.qca import QCAInputError
    from analysis.qca.calibrate import calibrate_frame

    raw = pd.read_csv("data/reference/datasets/LR.csv", index_col=0, encoding="utf-8")
    with pytest.raises(QCAInputError) as err:
        calibrate_frame(raw, {"URB": {"source": ["URB"], "thresholds": "e=10, c=50, i=80"}})
    assert str(err.value) == ("spec['URB']: source must name one raw column (text, e.g. 'URB'), got ['URB'] (list)"), \
        err.value


def test_each_hint_of_several_unknown_names_says_the_name_it_is_for(tt):
    """truth_table(conditions=['DEVV', 'URBB']) said "...; did you mean 'DEV'?; did you mean 'URB'?", and with one
    hint for two names ('DVE', 'XX') did not say which one 'DEV' was meant for: each hint now names its own name."""
    from analysis.qca import QCAInputError, truth_table

    data = pd.read_csv(LF, index_col=0, encoding="utf-8")
    with pytest.raises(QCAInputError) as err:
        truth_table(data, "SURV", ["DEVV", "URBB"])
    assert str(err.value).startswith("unknown conditions: 'DEVV', 'URBB'; 'DEVV': did you mean 'DEV'?; 'URBB': did you "
                                     "mean 'URB'? (columns: "), err.value
    with pytest.raises(QCAInputError) as one:
        truth_table(data, "SURV", ["DEV", "XX", "DVE"])
    assert str(one.value).startswith("unknown conditions: 'XX', 'DVE'; 'DVE': did you mean 'DEV'? (columns: "), one.value


def test_each_hint_of_several_misspelt_flags_says_the_flag_it_is_for(capsys):
    """--incl-cutt 0.8 --conditons DEV said "...; did you mean --incl-cut?; did you mean --conditions?", not saying
    which flag each hint was for; one misspelt flag keeps its message."""
    code, out, err = run(capsys, "truth-table", LF, "--outcome", "SURV", "--incl-cutt", "0.8", "--conditons", "DEV")
    assert code == 2 and err.strip() == ("error: unrecognized arguments: --incl-cutt 0.8 --conditons DEV; --incl-cutt: "
                                         "did you mean --incl-cut?; --conditons: did you mean --conditions?"), err
    code, out, err = run(capsys, "truth-table", LF, "--outcome", "SURV", "--conditons", "DEV")
    assert code == 2 and err.strip() == ("error: unrecognized arguments: --conditons DEV; did you mean "
                                         "--conditions?"), err


def test_a_hint_that_shows_the_name_it_corrects_is_left_as_it_is_among_several_unknown_names():
    """Named ("; 'DEV & URB': a conjunction (and) is written '*': ..."), such a hint, which writes the name corrected
    itself, lost its Chinese in the workshop (its regexes read '; a conjunction ...'): only a 'did you mean' says
    which name it is for."""
    from analysis.qca import QCAInputError, truth_table
    from analysis.workshop import engine_error_zh

    data = pd.read_csv(LF, index_col=0, encoding="utf-8")
    with pytest.raises(QCAInputError) as err:
        truth_table(data, "SURV", ["DEV & URB", "dev"])
    assert str(err.value).startswith(
        "unknown conditions: 'DEV & URB', 'dev'; a conjunction (and) is written '*': 'DEV*URB', not with '&'; 'dev': did "
        "you mean 'DEV'? (names are case-sensitive"), err.value
    said = engine_error_zh(err.value)
    assert said.startswith("未知条件 'DEV & URB', 'dev'：条件须是数据中的列名；“与”（合取）写作 '*'：'DEV*URB'，而不是 '&'；'dev'："
                           "是否想写 'DEV'？（名称区分大小写"), said   # the hints in the English's order


def test_every_hint_naming_its_unknown_name_has_one_form(tt):
    """Hints naming the unknown name they are for had four forms besides the one of columns and conditions
    ("'DVE': did you mean 'DEV'?"): budgets "unknown 'a' ('a': did you mean ...)", a sweep file's keys "'ncut'
    (did you mean 'n_cut'?)", dir_exp's and drop_cases' "did you mean 'DEV' for 'dev', ...". Each now has the one
    form (_near.hints_by_name), and one unknown name its hint without its name, as everywhere."""
    from analysis.qca import QCAInputError, minimize, robustness_protocol
    from analysis.qca.protocol import spec_budgets, unknown_keys

    data = pd.read_csv(LF, index_col=0, encoding="utf-8")
    said = []
    for call in (lambda: spec_budgets({"max_model": 1, "max_wrk": 2}, "threshold_range"),
                 lambda: minimize(tt, include="?", dir_exp={"dev": 1, "URBB": 1}),
                 lambda: robustness_protocol(data, "SURV", ["DEV", "URB"], [{"label": "x", "drop_cases": ["au", "be"]}])):
        with pytest.raises(QCAInputError) as err:
            call()
        said.append(str(err.value))
    said.append(unknown_keys(["ncut", "lable"], ["label", "n_cut"]))
    for message, hints in zip(said, (
            "; 'max_model': did you mean 'max_models'?; 'max_wrk': did you mean 'max_work'?;",
            "; 'dev': did you mean 'DEV'?; 'URBB': did you mean 'URB'?",
            "; 'au': did you mean 'AU'?; 'be': did you mean 'BE'? (case names are case-sensitive)",
            "; 'lable': did you mean 'label'?; 'ncut': did you mean 'n_cut'?;")):
        assert hints in message and "(did you mean" not in message and "' for '" not in message, message
    assert unknown_keys(["ncut", "zzz"], ["n_cut"]) == "unknown key(s) 'ncut', 'zzz'; 'ncut': did you mean 'n_cut'?; " \
                                                     "allowed: n_cut"
    assert unknown_keys(["ncut"], ["n_cut"]) == "unknown key(s) 'ncut'; did you mean 'n_cut'?; allowed: n_cut"


@pytest.mark.parametrize("how", ["truth_table", "necessity_cases", "pof", "dir_exp", "expression"])
def test_unknown_conditions_are_said_in_the_number_of_names_given(tt, how):
    """'unknown condition(s): 'GDP'' was said of one name as of several, in five places (truth_table's conditions,
    necessity_cases' conditions, pof's expression, minimize's dir_exp, an expression's terms): one name is 'unknown
    condition', two 'unknown conditions' (errors.in_number), and the workshop's Chinese line reads both."""
    from analysis.qca import QCAInputError, minimize, parse_expression, pof, truth_table
    from analysis.qca.diagnostics import necessity_cases
    from analysis.workshop import engine_error_zh

    data = pd.read_csv(LF, index_col=0, encoding="utf-8")
    call = {"truth_table": lambda names: truth_table(data, "SURV", ["DEV", *names]),
            "necessity_cases": lambda names: necessity_cases(data, "SURV", "DEV", "deviant consistency",
                                                             conditions=list(names)),
            "pof": lambda names: pof("*".join(names), data, "SURV"),
            "dir_exp": lambda names: minimize(tt, include="?", dir_exp={name: 1 for name in names}),
            "expression": lambda names: parse_expression(" + ".join(names), ["DEV", "URB"])}[how]
    for names, said in ((["GDP"], "unknown condition"), (["GDP", "EDU"], "unknown conditions")):
        with pytest.raises(QCAInputError) as err:
            call(names)
        message = str(err.value)
        assert "(s)" not in message and f"{said}{':' if how == 'truth_table' else ''} 'GDP'" in message, message
        assert how == "necessity_cases" or engine_error_zh(err.value), message   # (necessity_cases': none yet)
