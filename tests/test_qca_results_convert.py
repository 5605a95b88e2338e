"""Every public result prints whole and converts to a DataFrame and to JSON, as the project promises: print() and
Jupyter (IPython's pretty printer) show the same readable text, never a cut table ('...') nor an object's address;
to_frame() gives a DataFrame; json.dumps(result.to_dict(), allow_nan=False) works; orders are deterministic (row
numbers ascending). Audited over the names of analysis.qca.__all__ that return a value, on R QCA's crisp (LC) and
fuzzy (LF) Lipset examples (data/reference/datasets). Before: simplifying_assumption_rows() and
TruthTable.observed_rows returned a plain set (printed in its hashes' order; json.dumps refused it), parse_dir_exp()
and Solution.dir_exp a dict of frozensets, and a causal chain's `steps` a plain dict of ChainSteps ('<ChainStep E: 1
model>'; json.dumps refused it); and sol.intermediate of a solution that is not intermediate had neither
to_frame() nor to_dict(), which that of an intermediate one has; prepare_data()'s QCAData printed its dataclass
fields (numpy's arrays, cut with '...' past 1,000 cases) and had neither conversion."""
from __future__ import annotations

import json
import warnings
from types import SimpleNamespace

import pandas as pd
import pytest
from IPython.lib.pretty import pretty

import analysis.qca as q
from analysis.paths import ROOT

CONDS = ["DEV", "URB", "LIT", "IND", "STB"]


@pytest.fixture(scope="module", params=["LC", "LF"])
def ex(request):
    """The example's data, truth table, parsimonious, intermediate and negated solutions and causal chain; crisp:
    the data on crisp sets (LF's memberships rounded) for what fuzzy sets do not have (a chain's csf, a permutation
    benchmark)."""
    data = pd.read_csv(ROOT / "data" / "reference" / "datasets" / f"{request.param}.csv", index_col="case")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tt = q.truth_table(data, "SURV", CONDS, incl_cut=0.8)
        chain = q.causal_chain(data, ["STB", "SURV"], sol_cov=0.6, incl_cut=0.8)
        crisp = chain if request.param == "LC" else q.causal_chain(data.round(), ["STB", "SURV"], sol_cov=0.6)
        crisp_data = data.round()
        return SimpleNamespace(data=data, tt=tt, sol=q.minimize(tt, "?"),
                               inter=q.minimize(tt, "?", dir_exp="1,1,1,1,1"),
                               neg=q.minimize(q.negated_truth_table(tt), "?"), chain=chain, crisp_chain=crisp,
                               crisp=crisp_data)


#: results with to_frame() and to_dict(), by the public name that returns them
RESULTS = {
    "prepare_data": lambda e: q.prepare_data(e.data, "SURV", CONDS),
    "truth_table": lambda e: e.tt,
    "negated_truth_table": lambda e: q.negated_truth_table(e.tt),
    "esa": lambda e: q.esa(e.tt, untenable="~DEV*URB"),
    "exclude_rows": lambda e: q.exclude_rows(e.tt, [1]),
    "TruthTable.observed_rows": lambda e: e.tt.observed_rows,
    "minimize": lambda e: e.sol,
    "minimize (intermediate)": lambda e: e.inter,
    "Model": lambda e: e.sol.models[0],
    "IntermediatePair": lambda e: e.inter.intermediate["C1P1"],
    "Solution.intermediate": lambda e: e.inter.intermediate,
    "Solution.intermediate (none)": lambda e: e.sol.intermediate,
    "Solution.dir_exp": lambda e: e.inter.dir_exp,
    "parse_dir_exp": lambda e: q.parse_dir_exp("1,0,-,1,1", CONDS, [2] * 5),
    "simplifying_assumption_rows": lambda e: q.simplifying_assumption_rows(e.sol),
    "necessity": lambda e: q.necessity(e.data, "SURV", CONDS),
    "super_subset": lambda e: q.super_subset(e.data, "SURV", CONDS, incl_cut=0.9, cov_cut=0.6),
    "pof": lambda e: q.pof("DEV*URB + STB", e.data, "SURV"),
    "pofind": lambda e: q.pofind(e.data, "SURV", CONDS),
    "configuration_chart": lambda e: q.configuration_chart(e.sol),
    "smmr_focal_conjuncts": lambda e: q.smmr_focal_conjuncts(e.sol, 1),
    "smmr_pairs": lambda e: q.smmr_pairs(e.sol),
    "theory_evaluation": lambda e: q.theory_evaluation("DEV*STB", e.sol),
    "good_practice": lambda e: q.good_practice(e.sol),
    "causal_chain": lambda e: e.chain,
    "CausalChain.steps": lambda e: e.chain.steps,
    "ChainStep": lambda e: e.chain["SURV"],
    "CausalChain.csf": lambda e: e.crisp_chain.csf,
    "robustness_protocol": lambda e: q.robustness_protocol(e.data, "SURV", CONDS, tests=[{"incl_cut": 0.75}],
                                                           incl_cut=0.8),
    "permutation_benchmark": lambda e: q.permutation_benchmark(e.crisp, "SURV", CONDS, n_draws=5, max_exact=1,
                                                               seed=1),
    "cluster_diagnostics": lambda e: q.cluster_diagnostics(
        e.data.reset_index().assign(W=[i % 3 for i in range(len(e.data))]), e.sol, "SURV", "case", "W"),
}
#: results that are lists of row numbers (JSON-ready as they are), sorted
ROW_LISTS = {
    "find_rows": lambda e: q.find_rows(e.tt, "all", expression="~DEV*URB"),
    "contradictory_assumptions": lambda e: q.contradictory_assumptions(e.sol, e.neg),
    "untenable_observed_rows": lambda e: q.untenable_observed_rows(e.tt, "DEV*STB"),
    "esa_rows": lambda e: q.esa_rows(e.tt, nec_cond="STB", untenable="~DEV*URB"),
}
#: the other public names: classes (their instances are the results above), errors, and functions whose value is a
#: pandas or numpy object, a number or a text (pandas' own printing and conversions), or an expression's parts
NOT_RESULTS = {
    "TruthTable", "Solution", "Model", "IntermediatePair", "QCAData", "QCAWarning", "QCAInputError", "QCADataError",
    "QCAComplexityError", "QCANoSolutionError", "PofResult", "ConfigurationChart", "RobustnessProtocol",
    "PermutationBenchmark", "TheoryEvaluation", "ClusterDiagnostics", "GoodPracticeReport", "CausalChain",
    "ChainStep", "ComplexFormulas", "ComplexFormula",
    "read_data", "drop_missing_cases", "parse_term", "parse_expression", "format_term",
    "format_expression", "term_membership", "expression_membership", "consistency", "coverage", "pri", "ron",
    "negate", "calibrate", "calibrate_frame", "haesebrouck", "threshold_range", "benchmark_sentence",
}
#: results that are DataFrames printing whole (display.ResultFrame): every column in blocks of 80, to_dict() strict
#: JSON; before, plain frames that pandas printed cut to the terminal ('case  DEV*~IND  ...  type')
FRAMES = {
    "case_typology": lambda e: q.case_typology(e.sol),
    **{f"smmr ({kind})": (lambda kind: lambda e: q.smmr(e.sol, kind))(kind)
       for kind in ("typical", "deviant consistency", "deviant coverage", "irrelevant")},
    "focal_condition_pairs": lambda e: q.focal_condition_pairs(e.sol, "DEV"),
    "focal_condition_pairs (typical-typical)": lambda e: q.focal_condition_pairs(e.sol, "STB", "typical-typical"),
    "focal_condition_pairs (no term holds it)": lambda e: q.focal_condition_pairs(e.sol, "LIT"),
    "term_typology": lambda e: q.term_typology(e.sol),
    "typology_by_model": lambda e: q.typology_by_model(e.sol),
    "contradictions": lambda e: q.contradictions(q.truth_table(e.data, "SURV", ["DEV", "URB"], incl_cut=0.8)),
    "necessity_typology": lambda e: q.necessity_typology(e.data, "SURV", "STB"),
    **{f"necessity_cases ({kind})": (lambda kind: lambda e: q.necessity_cases(
        e.data, "SURV", "STB" if kind != "deviant consistency" else "URB", kind,
        **({"conditions": CONDS} if kind == "deviant consistency" else {})))(kind)
       for kind in ("typical", "deviant consistency", "deviant relevance")},
    **{f"necessity_pairs ({kind})": (lambda kind: lambda e: q.necessity_pairs(
        e.data, "SURV", "STB", kind, conditions=CONDS, max_pairs=3))(kind)
       for kind in ("typical-deviant relevance", "typical-deviant consistency", "typical-irrelevant",
                    "typical-typical")},
    "necessity_xy": lambda e: q.necessity_xy(q.necessity_typology(e.data, "SURV", "STB"), "SURV"),
}


def _built(build, e):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return build(e)


def test_every_public_name_is_audited_here():
    """A name added to analysis.qca.__all__ is placed here: a result converting as the others, or not a result."""
    named = {n.split(" ")[0].split(".")[0] for n in [*RESULTS, *ROW_LISTS, *FRAMES]} | NOT_RESULTS
    assert set(q.__all__) - named == set() and named - set(q.__all__) == set()


@pytest.mark.parametrize("name", list(RESULTS))
def test_a_result_prints_whole_and_converts_to_a_frame_and_to_json(ex, name):
    result = _built(RESULTS[name], ex)
    text = str(result)
    assert text.strip() and " object at 0x" not in text and "..." not in text, text
    assert pretty(result) == text   # Jupyter shows what print() shows
    assert isinstance(result.to_frame(), pd.DataFrame) and len(result.to_frame().columns)
    data = json.loads(json.dumps(result.to_dict(), allow_nan=False))
    again = _built(RESULTS[name], ex)   # built again: the same text and data
    assert str(again) == text and json.loads(json.dumps(again.to_dict(), allow_nan=False)) == data


@pytest.mark.parametrize("name", list(ROW_LISTS))
def test_row_numbers_come_as_sorted_json_ready_lists(ex, name):
    result = _built(ROW_LISTS[name], ex)
    lists = result.values() if isinstance(result, dict) else [result]
    assert all(isinstance(rows, list) and rows == sorted(rows) for rows in lists)
    assert json.loads(json.dumps(result)) == result


def test_simplifying_assumption_rows_is_a_set_that_iterates_prints_and_converts_in_ascending_order(ex):
    """A set still (in, ==, len, &: contradictory_assumptions intersects two), now sorted wherever it is shown."""
    rows = q.simplifying_assumption_rows(ex.sol)
    used = {int(r) for m in ex.sol.models for r in m.simplifying_assumptions.index}
    assert isinstance(rows, set) and rows == used and len(rows) == len(used) and all(r in rows for r in used)
    assert set(rows & q.simplifying_assumption_rows(ex.neg)) == set(q.contradictory_assumptions(ex.sol, ex.neg))
    assert list(rows) == rows.to_list() == sorted(used) == rows.to_frame()["row"].tolist()
    assert str(rows) == "{" + ", ".join(map(str, sorted(used))) + "}" == repr(rows)
    assert rows.to_dict() == {"rows": sorted(used)}
    mixed = {64, 1, 33}   # a plain set iterates these by their hashes, not in ascending order
    assert list(mixed) != sorted(mixed)
    rows_class = type(rows)   # find_rows.RowNumbers
    assert list(rows_class(mixed)) == sorted(mixed) and str(rows_class(mixed)) == "{1, 33, 64}"
    assert str(rows_class()) == "set()" and rows_class().to_frame().columns.tolist() == ["row"]
    observed = ex.tt.observed_rows   # so too a truth table's observed rows
    assert type(observed) is rows_class and list(observed) == sorted(ex.tt.rows_with(["1", "0", "C"]))


def test_directional_expectations_print_as_the_text_that_reads_them_back(ex):
    """parse_dir_exp() and Solution.dir_exp: still a dict of frozensets (or None), in the conditions' order."""
    read = q.parse_dir_exp({"STB": 1, "DEV": [1], "URB": 0}, CONDS, [2] * 5)
    assert isinstance(read, dict) and list(read) == CONDS and read["DEV"] == frozenset({1}) and read["LIT"] is None
    assert str(read) == "DEV=1, URB=0, LIT=-, IND=-, STB=1"
    assert q.parse_dir_exp(str(read), CONDS, [2] * 5) == read
    assert read.to_dict() == {"DEV": [1], "URB": [0], "LIT": None, "IND": None, "STB": [1]}
    assert read.to_frame().to_dict("list") == {"condition": CONDS, "expected": ["1", "0", "-", "-", "1"]}
    multi = q.parse_dir_exp("A=2;0, B=-", ["A", "B"], [3, 2])
    assert str(multi) == "A=0;2, B=-" and multi.to_dict() == {"A": [0, 2], "B": None}
    assert q.parse_dir_exp(str(multi), ["A", "B"], [3, 2]) == multi
    own = ex.inter.dir_exp
    assert type(own) is type(read) and own.to_dict() == ex.inter.to_dict()["dir_exp"]
    assert str(own) == "DEV=1, URB=1, LIT=1, IND=1, STB=1" and ex.sol.dir_exp is None


def test_a_causal_chains_steps_print_each_step_and_convert_as_the_chain_does(ex):
    steps = ex.chain.steps
    assert isinstance(steps, dict) and list(steps) == ["STB", "SURV"] and steps["SURV"] is ex.chain["SURV"]
    assert str(steps) == "\n\n".join(str(s) for s in steps.values()) and "<ChainStep" not in str(steps)
    whole = ex.chain.to_frame()
    assert steps.to_frame().equals(whole[[c for c in whole.columns if c not in ("csf", "removed_from")]])
    assert steps.to_dict() == {o: s.to_dict() for o, s in steps.items()}
    assert [d["outcome"] for d in ex.chain.to_dict()["outcomes"]] == list(steps)


def test_the_pairs_of_a_solution_that_is_not_intermediate_convert_to_nothing_as_the_pairs_do(ex):
    none, pairs = ex.sol.intermediate, ex.inter.intermediate
    assert not none and none.to_dict() == {} and "intermediate" not in ex.sol.to_dict()
    assert none.to_frame().empty and list(none.to_frame().columns) == list(pairs.to_frame().columns)


def test_each_results_class_is_in_the_api_reference(ex):
    """The book's API reference documents each result's class, or the class its conversions come from, so that its
    to_frame() and to_dict() can be looked up: smmr_pairs(), smmr_focal_conjuncts(), cluster_diagnostics() and
    sol.intermediate return a TablesByKey, whose entry the reference lacked."""
    from _scripts import load_script

    api = load_script("book/_ext/qca_api.py")
    documented = {f"analysis.qca.{n}" for n in q.__all__} | set(api.RESULT_CLASSES.values())

    def paths(cls):
        return {f"analysis.qca.{c.__name__}" if c.__name__ in q.__all__ else f"{c.__module__}.{c.__qualname__}"
                for c in cls.__mro__}

    missing = {name: type(r).__name__ for name, build in RESULTS.items()
               if not paths(type(r := _built(build, ex))) & documented}
    assert not missing, missing


def test_the_asfs_redundant_everywhere_print_in_sorted_order_in_every_run(ex):
    """ComplexFormulas.redundant_everywhere was a plain set of texts, printed in their hashes' order, which Python
    draws anew in each process: the same csf printed it differently from run to run. It is now a sorted set."""
    redundant = ex.crisp_chain.csf.redundant_everywhere
    assert isinstance(redundant, set) and type(redundant) is not set and redundant == set(redundant)
    asfs = ["~E + ~A*D <-> C", "C + A*B <-> D", "~A + ~C <-> E"]
    ordered = type(redundant)(asfs)
    assert list(ordered) == ordered.to_list() == sorted(asfs) and ordered == set(asfs)
    assert str(ordered) == "{" + ", ".join(map(repr, sorted(asfs))) + "}" == pretty(ordered)
    assert json.loads(json.dumps(ordered.to_list())) == sorted(asfs)


def test_prepared_data_prints_its_sets_and_memberships_and_converts(ex):
    data = q.prepare_data(ex.data, "~SURV", CONDS)
    frame = data.to_frame()
    assert frame.equals(data.frame()) and list(frame.columns) == [*CONDS, "~SURV"]
    heading = f"QCAData ~SURV: {len(ex.data)} cases, 5 conditions: DEV ("
    head = str(data).split("\n\n")[0]   # the heading, wrapped within 80 columns; repr's one line
    assert str(data).startswith(heading) and repr(data) == f"<{' '.join(head.split())}>"
    for case, row in ex.data.iterrows():   # each case's line: its name and memberships
        assert f"{case}  " in str(data) and frame.loc[case, "~SURV"] == 1 - row["SURV"]
    memberships = data.to_dict()["memberships"]
    assert [r["case"] for r in memberships] == list(ex.data.index) and memberships[0]["~SURV"] == frame.iloc[0, -1]
    more = q.prepare_data(pd.concat([ex.data] * 4).set_axis([f"c{i}" for i in range(4 * len(ex.data))]), "SURV", CONDS)
    assert f"c{q.data.PRINT_CASES - 1}  " in str(more) and f"c{q.data.PRINT_CASES}  " not in str(more)
    assert f"({4 * len(ex.data) - q.data.PRINT_CASES} more cases not shown; to_frame() holds every one)" in str(more)


def test_a_solutions_model_sets_print_their_terms_in_sorted_order_in_every_run(ex):
    """Solution.model_sets (each model's terms as a frozenset, for comparing solutions) printed the terms in their
    hashes' order, drawn anew in each process: they are now sorted, and the sets compare and hash as before."""
    import pickle

    sets = ex.sol.model_sets
    assert sets == [frozenset(m.terms) for m in ex.sol.models] and len({*sets, *map(frozenset, sets)}) == len(sets)
    terms = ["URB*STB", "DEV*~IND", "~LIT"]
    ordered = type(sets[0])(terms)
    assert isinstance(ordered, frozenset) and list(ordered) == ordered.to_list() == sorted(terms)
    assert str(ordered) == "frozenset({" + ", ".join(map(repr, sorted(terms))) + "})" == pretty(ordered)
    assert pickle.loads(pickle.dumps(ordered)) == ordered and hash(ordered) == hash(frozenset(terms))


def _strict_json(text: str):
    """json.loads refusing NaN and Infinity, as a strict reader (JavaScript's JSON.parse) refuses them."""
    def refuse(constant):
        raise ValueError(f"{constant} in the JSON")
    return json.loads(text, parse_constant=refuse)


@pytest.mark.parametrize("name", list(FRAMES))
def test_a_result_frame_prints_every_column_within_80_columns_and_converts_to_strict_json(ex, name):
    """case_typology(), focal_condition_pairs() and necessity_pairs() return DataFrames that pandas printed cut to
    the terminal (14 columns of a typology shown as 'case  DEV*~IND  ...  type'): each prints every column, in
    blocks of 80 columns naming the row's case or pair in each, and to_dict() (any orient) and to_json() are strict
    JSON. A selection of one is a plain DataFrame."""
    result = _built(FRAMES[name], ex)
    text = str(result)
    assert isinstance(result, pd.DataFrame) and pretty(result) == text == repr(result)
    words = set(text.split())
    assert "..." not in text and all(str(c) in words or f"{c})" in words or f"{c}," in words
                                     or " " in str(c) and str(c) in text for c in result.columns)   # 'SURV in'
    shown = min(len(result), q.data.PRINT_CASES)   # rows printed; a line below them counts the others
    blocks = text.split("\n(")[0].split("\n\n") if len(result) > shown else text.split("\n\n")
    for block in blocks:   # within 80 columns, a text of 90 columns (contradictions' handling) wrapped in its cells
        assert all(len(line) <= 80 for line in block.splitlines()), text
    keys = (["row"] if name == "contradictions" else ["panel"] if name == "term_typology"
            else ["SURV"] if name == "necessity_xy"   # the outcome's columns ('SURV in'), the rows' labels before
            else [c for c in result.columns if c.startswith("typical")] if "pairs" in name else ["case"])
    assert all(block.split()[0] == keys[0] for block in blocks) if len(result) else text.startswith("(no rows")
    # a row a line, and the lines of a wrapped cell below it (blank under its row label)
    assert len(result) == 0 or len(blocks) >= 1 and all(
        len([line for line in b.splitlines()[1:] if not line.startswith(" ")]) == shown for b in blocks)
    for orient in ("dict", "list", "records", "index", "split", "tight"):
        json.dumps(result.to_dict(orient), allow_nan=False)
    _strict_json(result.to_json())
    assert type(result[list(result.columns[:2])]) is pd.DataFrame and type(result.copy()) is pd.DataFrame


def test_a_result_frames_missing_values_print_as_a_dash_and_convert_to_null(ex):
    """A case with a fuzzy condition at exactly 0.5 is in no truth table row: its TT_row_number is missing (pandas'
    NA), which to_dict() gave as <NA> (json.dumps refused it) and a printout as '<NA>'."""
    data = ex.data.astype(float)
    data.loc[data.index[0], "DEV"] = 0.5
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ty = q.case_typology(q.minimize(q.truth_table(data, "SURV", CONDS, incl_cut=0.8), "?"))
    assert ty["TT_row_number"].isna().sum() == 1
    assert ty.to_dict("records")[0]["TT_row_number"] is None and ty.to_dict()["TT_row_number"][0] is None
    assert _strict_json(json.dumps(ty.to_dict(), allow_nan=False))["TT_row_number"]["0"] is None
    row = next(line for line in str(ty).splitlines() if "TT_row_number" in line)
    first = str(ty).splitlines()[str(ty).splitlines().index(row) + 1]
    assert first.split()[:2] == ["0", str(data.index[0])] and "-" in first.split() and "<NA>" not in str(ty)


def test_a_result_frame_of_many_rows_prints_the_first_and_counts_the_others(ex):
    """As a printed QCAData: the first PRINT_CASES rows, then how many more the frame holds."""
    many = pd.concat([ex.data] * 4).set_axis([f"c{i}" for i in range(4 * len(ex.data))])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ty = q.case_typology(q.minimize(q.truth_table(many, "SURV", CONDS, incl_cut=0.8), "?"))
    shown = q.data.PRINT_CASES
    text = str(ty)
    assert f"c{shown - 1} " in text and f"c{shown} " not in text and len(ty) == 4 * len(ex.data)
    assert text.endswith(f"({len(ty) - shown} more rows not shown; the frame holds every one)")


def test_a_threshold_ranges_bound_with_no_change_in_range_converts_to_null(ex):
    """threshold_range()'s bound with no change within max_runs steps is NaN in the frame: to_dict() held the NaN,
    so json.dumps(ranges.to_dict(), allow_nan=False) failed; it is None now (to_json() gave null already), in every
    orient, and the frame still prints and computes as before (NaN in the column)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ranges = q.threshold_range(ex.data, "SURV", CONDS, "incl_cut", step=0.01, max_runs=1, incl_cut=0.8)
    assert ranges["lower"].isna().all() and ranges.loc[0, "lower_reason"].startswith("no change in range")
    assert ranges.to_dict()["lower"] == {0: None} and ranges.to_dict("records")[0]["lower"] is None
    assert ranges.to_dict("records")[0]["value"] == ranges.loc[0, "value"] == 0.8
    for orient in ("dict", "list", "records", "index", "split", "tight"):
        json.dumps(ranges.to_dict(orient), allow_nan=False)
    assert _strict_json(ranges.to_json())["lower"] == {"0": None}
    assert str(ranges).startswith("threshold  value  lower  upper") and "lower bound, no change in range" in str(ranges)


def test_the_results_made_of_tables_by_key_are_annotated_as_what_they_return(ex):
    """smmr_pairs(), smmr_focal_conjuncts() and cluster_diagnostics() were annotated `dict` (of DataFrames, of
    ClusterDiagnostics) but return a TablesByKey, whose printout and conversions the API reference documents: the
    signature now names it, so the reference's return type links to them."""
    import inspect

    from analysis.qca.display import TablesByKey

    clustered = ex.data.reset_index().assign(W=[i % 3 for i in range(len(ex.data))])
    for function, result in ((q.smmr_pairs, lambda: q.smmr_pairs(ex.sol)),
                             (q.smmr_focal_conjuncts, lambda: q.smmr_focal_conjuncts(ex.sol, 1)),
                             (q.cluster_diagnostics, lambda: q.cluster_diagnostics(clustered, ex.sol, "SURV", "case",
                                                                                   "W"))):
        returns = inspect.signature(function, eval_str=True).return_annotation
        assert returns is TablesByKey and isinstance(_built(lambda e: result(), ex), returns), function.__name__
        assert "TablesByKey" in inspect.getdoc(function)


def test_a_result_frames_to_dict_keeps_the_mapping_type_pandas_is_asked_for(ex):
    """to_dict(into=...) gives pandas' mappings (an OrderedDict, a defaultdict with its factory), as a DataFrame's
    does, with NaN as None within them: the result frames' to_dict gave a plain dict whatever `into` said."""
    from collections import OrderedDict, defaultdict

    ty = _built(FRAMES["case_typology"], ex)
    ordered = ty.to_dict(into=OrderedDict)
    assert type(ordered) is OrderedDict and type(ordered["case"]) is OrderedDict
    assert ordered == pd.DataFrame(ty).to_dict(into=OrderedDict)
    records = ty.to_dict("records", into=defaultdict(list))
    assert all(type(r) is defaultdict and r.default_factory is list for r in records)
    assert records == pd.DataFrame(ty).to_dict("records", into=defaultdict(list)) and records[0]["none"] == []
    assert type(ty.to_dict()) is dict


@pytest.mark.parametrize("name", ["smmr_pairs", "smmr_pairs (typical-irrelevant)", "smmr_focal_conjuncts"])
def test_the_tables_of_pairs_and_focal_conjuncts_print_within_80_columns_naming_the_cases_in_each_block(ex, name):
    """smmr_pairs() and smmr_focal_conjuncts() printed each table on lines of up to 130 columns (typical_1 ...
    most_typical_term; case, FC, ... most_typical_term), which an 80-column terminal broke mid-row: each table now
    prints in blocks of 80 columns, the pair's two cases (the case) first in each, every row in every block."""
    build = {"smmr_pairs": lambda e: q.smmr_pairs(e.sol),
             "smmr_pairs (typical-irrelevant)": lambda e: q.smmr_pairs(e.sol, "typical-irrelevant"),
             "smmr_focal_conjuncts": lambda e: q.smmr_focal_conjuncts(e.sol, 1)}[name]
    tables = _built(build, ex)
    text = str(tables)
    assert all(len(line) <= 80 for line in text.splitlines()), text
    keys = 1 if name == "smmr_focal_conjuncts" else 2
    blocks, key = {}, None   # each table's blocks: the paragraphs after its heading ('DEV:', 'focal conjunct DEV:')
    for paragraph in text.split("\n\n"):
        first, _, rest = paragraph.partition("\n")
        if first.endswith(":") and first[len(tables.label):].split(" (")[0].rstrip(":") in tables:
            key, paragraph = first[len(tables.label):].split(" (")[0].rstrip(":"), rest
        blocks.setdefault(key, []).append(paragraph)
    assert list(blocks) == list(tables)
    for key, table in tables.items():
        assert len(blocks[key]) >= 2, text
        for block in blocks[key]:
            assert block.split()[:keys] == list(table.columns[:keys]) and len(block.splitlines()) == len(table) + 1
        assert {c for b in blocks[key] for c in b.splitlines()[0].split()} == set(table.columns)


def test_the_notes_under_necessity_and_super_subset_print_within_80_columns():
    """The notes under a printed necessity() and super_subset() table (relevance judged or not, constant sets) were
    one line each, up to 332 columns, which an 80-column terminal broke mid-word: each now prints one clause a line,
    wrapped at 80 (not within an expression and its RoN), the later clauses indented, every word kept in order."""
    lf = pd.read_csv(ROOT / "data" / "reference" / "datasets" / "LF.csv", index_col="case")
    conds = ["DEV", "URB", "LIT", "IND", "STB"]
    constant = lf.assign(ALL=1.0, EVERY=1.0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        results = {"necessity": q.necessity(lf, "SURV", conds), "ron_cut": q.necessity(lf, "SURV", conds, ron_cut=0.6),
                   "constant": q.necessity(constant, "SURV", [*conds, "ALL"]),
                   "super_subset": q.super_subset(lf, "SURV", conds, incl_cut=0.9),
                   "super_subset ron_cut": q.super_subset(lf, "SURV", conds, incl_cut=0.9, ron_cut=0.5),
                   "super_subset constant": q.super_subset(constant, "SURV", ["DEV", "ALL", "EVERY"], incl_cut=0.9)}
    said = {"necessity": "relevance not judged (no ron_cut): read RoN (LIT 0.509, STB 0.680) and skew before calling "
                         "one necessary: a RoN near 0 marks a set close to constant",
            "ron_cut": "relevance judged at RoN >= 0.6 (the caller's ron_cut: no agreed cut-off); RoN",
            "constant": "constant: ALL is present in every case (membership 1), a superset of any outcome: necessary "
                        "by construction, RoN 0, the lowest relevance (Schneider & Wagemann 2012)",
            "super_subset": "relevance not judged (ron_cut 0): read RoN before calling one necessary (lowest: ",
            "super_subset ron_cut": "expressions below it were dropped, as R's superSubset drops them",
            "super_subset constant": "constant: EVERY, ALL, ALL*EVERY hold in every case (membership 1), a "
                                     "superset of any outcome: necessary by construction"}
    for name, result in results.items():
        text = str(result)
        assert max(map(len, text.splitlines())) <= 80, (name, text)
        assert said[name] in " ".join(text.split()), (name, text)
        note = text.split("\n-")[-1].split("\n")[1:]   # the lines below the table's closing rule
        assert len(note) >= 2 and note[1].startswith("  "), (name, text)
    lines = str(results["super_subset"]).splitlines()   # an expression and its RoN stay on one line
    assert all(any(item in line for line in lines) for item in ("~URB + IND 0.157", "DEV + ~URB 0.183",
                                                                "DEV + ~IND 0.221")), lines


def test_a_theory_evaluations_heading_too_long_for_80_columns_puts_the_solution_on_a_line_of_its_own(ex):
    """print(theory_evaluation(...)) headed its text 'Theory T against the parsimonious solution S for Y' on one line,
    91 columns for LF's DEV*URB*LIT*~IND + STB, which an 80-column terminal broke mid-expression: a heading wider
    than 80 puts 'against the ... solution S for Y' on a second line, indented; a heading that fits stays one line."""
    split = []
    for theory in ("DEV*URB*LIT*~IND + STB", "STB"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            te = q.theory_evaluation(theory, ex.sol)
        against = f"against the {te.kind} solution {te.solution} for {te.outcome}"
        one_line = f"Theory {theory} {against}"
        head = str(te).split("\n\n")[0].splitlines()
        assert head == ([one_line] if len(one_line) <= 80 else [f"Theory {theory}", f"  {against}"]), head
        split += [len(head) == 2]
    assert split == [ex.data.equals(pd.read_csv(ROOT / "data/reference/datasets/LF.csv", index_col="case")), False]
