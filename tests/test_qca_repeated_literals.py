"""A condition named twice in a term ('DEV*DEV') or a term twice in an expression ('DEV + DEV'): read as R reads it
(A*A is A, A + A is A), with one warning naming the term and the condition, once per call and once per CLI run; a
term asking one condition for two values ('DEV*~DEV') stays refused."""
from __future__ import annotations

import warnings

import pandas as pd
import pytest

from analysis.paths import ROOT
from analysis.qca import (QCAInputError, QCAWarning, esa, find_rows, minimize, parse_expression, parse_term, pof,
                          term_membership, theory_evaluation, truth_table)
from analysis.qca.cli import main

DATASETS = ROOT / "data" / "reference" / "datasets"
LF, LM = str(DATASETS / "LF.csv"), str(DATASETS / "LM.csv")
CONDS = ["DEV", "URB", "LIT", "IND", "STB"]


def _lf():
    return pd.read_csv(LF, index_col="case")


def _caught(call):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = call()
    return out, [str(w.message) for w in caught if issubclass(w.category, QCAWarning)]


def test_a_condition_twice_in_a_term_is_read_once_with_one_warning():
    out, said = _caught(lambda: parse_term("~DEV*URB*~DEV", CONDS))
    assert out == parse_term("~DEV*URB", CONDS) == {"DEV": 0, "URB": 1}
    assert said == ["term '~DEV*URB*~DEV' names 'DEV' twice: read as '~DEV*URB' (A*A is A, as R reads it); write "
                    "each condition once, or check whether another condition was meant"]
    _, said = _caught(lambda: parse_term("DEV[1]*STB[1]*DEV[1]", CONDS, [3, 2, 2, 2, 2]))
    assert said and "names 'DEV' twice: read as 'DEV[1]*STB[1]'" in said[0]
    _, said = _caught(lambda: parse_term("DEV*~URB", CONDS))
    assert said == []


def test_pof_of_a_repeated_condition_is_the_condition_warned_once():
    lf = _lf()
    twice, said = _caught(lambda: pof("DEV*DEV + URB", lf, "SURV"))
    once, quiet = _caught(lambda: pof("DEV + URB", lf, "SURV"))
    assert quiet == [] and len(said) == 1 and "term 'DEV*DEV' names 'DEV' twice" in said[0]
    assert twice.to_frame().drop(columns="term").equals(once.to_frame().drop(columns="term"))


def test_every_function_taking_an_expression_warns_once_per_call():
    """theory_evaluation parsed the theory six times, esa the untenable expression three times, find_rows twice: the
    same warning came six, three and two times."""
    tt = truth_table(_lf(), "SURV", incl_cut=0.8)
    sol = minimize(tt, include="?")
    for call in (lambda: theory_evaluation("DEV*DEV", sol), lambda: esa(tt, untenable="~DEV*~DEV"),
                 lambda: find_rows(tt, type="untenable", expression="~DEV*URB*URB")):
        _, said = _caught(call)
        assert len([m for m in said if "twice" in m]) == 1, said


def test_a_term_twice_in_an_expression_warns():
    out, said = _caught(lambda: parse_expression("DEV*URB + LIT + URB*DEV", CONDS))
    assert out == [{"DEV": 1, "URB": 1}, {"LIT": 1}] and said == [
        "expression 'DEV*URB + LIT + URB*DEV' holds the term 'DEV*URB' more than once: read once (A + A is A); "
        "write each term once, or check whether another term was meant"]


def test_a_contradiction_in_a_term_stays_refused():
    with pytest.raises(QCAInputError, match="asks 'DEV' to take two values"):
        parse_term("DEV*URB*~DEV", CONDS)


@pytest.mark.parametrize("argv", [
    ["theory", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--theory", "DEV*DEV"],
    ["esa", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--untenable", "~DEV*~DEV"],
    ["find-rows", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--type", "untenable", "--expression", "~DEV*URB*URB"],
    ["pof", LF, "--outcome", "SURV", "--expression", "DEV*DEV"],
])
def test_the_cli_prints_the_warning_once(capsys, argv):
    code = main(argv)
    out, err = capsys.readouterr()
    lines = [line for line in err.splitlines() if "twice" in line]
    assert code == 0 and len(lines) == 1 and lines[0].startswith("warning: term '") and "times)" not in lines[0], err


@pytest.mark.parametrize("call", [
    lambda: pof("DEV*DEV", _lf(), "SURV"),
    lambda: parse_term("DEV*DEV", CONDS),
    lambda: parse_expression("DEV + DEV", CONDS),
    lambda: term_membership(_lf(), "DEV*DEV"),
])
def test_the_repeated_condition_warning_points_at_the_users_line(call):
    """pof('DEV*DEV', ...) and term_membership(df, 'DEV*DEV') warned from 'expressions.py:215' (a fixed stacklevel,
    right only for one path to parse_term), not from the line of the user's script or notebook that called them."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        call()
    said = [w for w in caught if issubclass(w.category, QCAWarning)]
    assert said and all(w.filename == __file__ for w in said), [(w.filename, w.lineno) for w in said]


def test_a_term_written_20000_times_is_read_and_evaluated_once(monkeypatch):
    """'DEV*URB + ' * 20000 + 'LIT' took 4-11 s (each of the 20,000 terms parsed, compared with every earlier one and
    evaluated): each distinct text is parsed once, each term kept once, so pof, expression_membership and
    theory_evaluation evaluate two terms, with the result of 'DEV*URB + LIT' and the one warning."""
    import analysis.qca.expressions as expressions

    lf, long = _lf(), "DEV*URB + " * 20_000 + "LIT"
    parsed = []
    real = expressions.parse_term
    monkeypatch.setattr(expressions, "parse_term", lambda text, *a, **k: parsed.append(text) or real(text, *a, **k))
    terms, said = _caught(lambda: parse_expression(long, CONDS))
    assert terms == [{"DEV": 1, "URB": 1}, {"LIT": 1}] and len(parsed) == 2
    assert len(said) == 1 and "holds the term 'DEV*URB' more than once: read once" in said[0]
    assert "(200,003 characters)" in said[0] and len(said[0]) < 400   # the expression quoted by its beginning
    many, _ = _caught(lambda: pof(long, lf, "SURV"))
    assert many.to_frame().equals(pof("DEV*URB + LIT", lf, "SURV").to_frame())
    sol = minimize(truth_table(lf, "SURV", incl_cut=0.8), include="?")
    many, _ = _caught(lambda: theory_evaluation(long, sol))
    once = theory_evaluation("DEV*URB + LIT", sol)
    # the heading gives the theory as written, wrapped within 80 columns; below it, the same fit, cases and notes
    heading, body = str(many).split("\n\n", 1)
    assert body == str(once).split("\n\n", 1)[1]
    assert " ".join(heading.split()).replace(long, "DEV*URB + LIT") == " ".join(str(once).split("\n\n")[0].split())


def test_a_term_written_again_with_other_blanks_or_order_is_still_one_term():
    out, said = _caught(lambda: parse_expression("DEV*URB + LIT +  DEV*URB + URB*DEV + LIT", CONDS))
    assert out == [{"DEV": 1, "URB": 1}, {"LIT": 1}]
    assert said == ["expression 'DEV*URB + LIT +  DEV*URB + URB*DEV + LIT' holds the terms 'DEV*URB', 'LIT' more "
                    "than once: read once (A + A is A); write each term once, or check whether another term was meant"]


@pytest.mark.parametrize("max_conditions", [14, 1])   # forms by enumeration, and from the expressions (_sop)
def test_theory_evaluation_parses_the_theory_once(monkeypatch, max_conditions):
    """theory_evaluation parsed the theory's text six times (its memberships, the conditions it names, and once for
    each of the four intersections' forms): 1.4 s for 20,000 repeated terms. It is parsed once, its terms passed
    down; the evaluation is that of the theory written once (A + A is A)."""
    import analysis.qca.diagnostics as diagnostics
    import analysis.qca.expressions as expressions

    sol = minimize(truth_table(_lf(), "SURV", incl_cut=0.8), include="?")
    theory = " + ".join(["DEV*STB", "~URB"] * 50)
    texts: list[str] = []
    real = expressions.parse_expression

    def counted(text, *args, **kwargs):
        texts.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(expressions, "parse_expression", counted)
    monkeypatch.setattr(diagnostics, "parse_expression", counted)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        res = theory_evaluation(theory, sol, max_conditions=max_conditions)
    assert texts.count(theory) == 1, len(texts)
    once = theory_evaluation("DEV*STB + ~URB", sol, max_conditions=max_conditions)
    assert res.intersections == once.intersections and res.fit.equals(once.fit) and res.cases.equals(once.cases)
