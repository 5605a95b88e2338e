"""A term's cases in JSON: `cases` is R's text (a row's cases joined by ',', rows by '; '), which a program cannot
split back when a case name holds ',' or ';' ('Korea, Rep.'); every place a term's cases are given in to_dict() (and
so the CLI's --json) carries `case_rows` beside it, the rows' case lists in the order of `cases`."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from analysis.paths import ROOT
from analysis.qca import minimize, truth_table

DATASETS = ROOT / "data/reference/datasets"
CONDS = "DEMOC, ETHFRACT, GEOCON, POLDIS, NATPRIDE"
ODD = "Korea, Rep."        # a ',' inside a name
ODDER = "A; B,C"           # ';' and ',' inside a name


def _cvf() -> pd.DataFrame:
    df = pd.read_csv(DATASETS / "CVF.csv", dtype={"case": str}).set_index("case")
    return df.rename(index={"AlbaniansFYROM": ODD, "BasquesSpain": ODDER})   # cases of positive rows


@pytest.fixture(scope="module")
def cvf():
    return _cvf()


@pytest.fixture(scope="module")
def solutions(cvf):
    tt = truth_table(cvf, "PROTEST", CONDS, incl_cut=0.85)
    return {"parsimonious": minimize(tt, "?"), "conservative": minimize(tt, ""),
            "intermediate": minimize(tt, "?", dir_exp="1,1,1,1,1")}


def _fit_records(obj):
    """Every dict in a JSON tree that gives a term's cases (it has 'term' and 'cases')."""
    if isinstance(obj, dict):
        if "term" in obj and "cases" in obj:
            yield obj
        for v in obj.values():
            yield from _fit_records(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _fit_records(v)


def _check(d: dict, tt) -> list[dict]:
    recs = list(_fit_records(d))
    assert recs
    rows_of_tt = {tuple(c) for c in tt.case_lists}
    for rec in recs:
        assert "case_rows" in rec, rec
        assert "; ".join(",".join(row) for row in rec["case_rows"]) == rec["cases"]
        assert all(tuple(row) in rows_of_tt for row in rec["case_rows"])   # whole truth table rows, not pieces
    return recs


@pytest.mark.parametrize("kind", ["parsimonious", "conservative", "intermediate"])
def test_every_term_s_cases_are_also_given_as_lists_that_need_no_splitting(solutions, kind):
    sol = solutions[kind]
    d = json.loads(json.dumps(sol.to_dict()))
    recs = _check(d, sol.truth_table)
    names = {c for rec in recs for row in rec["case_rows"] for c in row}
    assert ODD in names and ODDER in names
    assert not names - set(sol.truth_table.data.cases)     # no piece of a name passes for a case
    # the models' terms, the overall fit (several models) and, for an intermediate solution, each pair's
    where = {"models"} | ({"overall_term_fit"} if d["overall_term_fit"] else set())
    if kind == "intermediate":
        where.add("intermediate")
    for key in where:
        assert list(_fit_records(d[key])), key
    if kind == "parsimonious":
        assert len(sol.models) > 1 and d["overall_term_fit"]


def test_the_frames_and_the_print_keep_r_s_text(solutions):
    sol = solutions["parsimonious"]
    assert list(sol.models[0].term_fit.columns) == ["term", "inclS", "PRI", "covS", "covU", "cases"]
    assert "case_rows" not in sol.overall_term_fit.columns and "case_rows" not in sol.to_frame().columns
    assert "case_rows" not in str(sol)


def test_the_command_line_json_gives_the_case_lists(cvf, tmp_path, capsys):
    from analysis.qca.cli import main

    path = tmp_path / "cvf.csv"
    cvf.to_csv(path)
    assert main(["minimize", str(path), "--outcome", "PROTEST", "--conditions", CONDS.replace(" ", ""),
                 "--incl-cut", "0.85", "--include", "?", "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    tt = truth_table(cvf, "PROTEST", CONDS, incl_cut=0.85)
    recs = _check(d, tt)
    assert any(ODD in row for rec in recs for row in rec["case_rows"])


@pytest.mark.parametrize("kind", ["parsimonious", "intermediate"])
def test_a_configuration_chart_s_paths_give_the_case_lists_too(solutions, kind):
    """The chart's paths (CLI chart --json, Paper A's qca.json) carry each term's cases as R's text: the lists too."""
    from analysis.qca import configuration_chart

    sol = solutions[kind]
    chart = configuration_chart(sol)
    d = json.loads(json.dumps(chart.to_dict()))
    recs = _check(d["paths"], sol.truth_table)
    assert len(recs) == len(chart.paths)
    assert ODD in {c for rec in recs for row in rec["case_rows"] for c in row}
    assert "case_rows" not in chart.paths.columns   # the frame (paths.csv) keeps R's text only


def test_paper_a_s_paths_in_qca_json_give_the_case_lists_too():
    """Paper A's ConfigurationAnalysis.to_dict() (notebook 03's qca.json) lists the paths with R's `cases` text."""
    from analysis.paper_a import configurations as K

    data = pd.DataFrame([(1, 1, 1, 1), (0, 1, 1, 1), (0, 0, 1, 0), (1, 0, 0, 0), (0, 1, 0, 0)],
                        columns=["SYS", "ORG", "SER", "EFF"], index=[ODD, ODDER, "c", "d", "e"])
    res = K.analyse_configurations(data, "EFF", ("SYS", "ORG", "SER"), incl_cut=1.0)
    (path,) = json.loads(json.dumps(res.to_dict()))["paths"]
    assert path["cases"] == f"{ODDER}; {ODD}" and path["case_rows"] == [[ODDER], [ODD]]   # rows 011, 111
    assert "case_rows" not in res.paths.columns
