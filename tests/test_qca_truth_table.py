"""Truth tables: row numbers, case assignment, scores, output values, remainders and results objects."""
from __future__ import annotations

import json
import re

import numpy as np
import pandas as pd
import pytest

from analysis.paths import ROOT
from analysis.qca import QCAComplexityError, QCAInputError, TruthTable, truth_table
from analysis.qca.measures import consistency, pri
from analysis.qca.truth_table import (MAX_MEMBERSHIPS, MEMBERSHIP_SECONDS, configs_of_rows, membership_seconds_text,
                                      row_numbers)

DATASETS = ROOT / "data" / "reference" / "datasets"
CONDS = "DEV, URB, LIT, IND, STB"


def load(name):
    return pd.read_csv(DATASETS / f"{name}.csv", dtype={"case": str}).set_index("case")


# ---------------------------------------------------------------- row numbers
def test_row_numbers_binary_and_mixed_radix():
    assert row_numbers([[0, 0, 0], [0, 0, 1], [1, 0, 0], [1, 1, 1]], [2, 2, 2]) == [1, 2, 5, 8]
    # LM: DEV has 3 levels; (2,0,1,1,1) is R's row 40
    assert row_numbers([[2, 0, 1, 1, 1]], [3, 2, 2, 2, 2]) == [40]


@pytest.mark.parametrize("noflevels", [[2] * 6, [3, 2, 4], [20] * 20, [2] * 40])
def test_row_numbers_round_trip(noflevels):
    rng = np.random.default_rng(len(noflevels))
    cfg = np.column_stack([rng.integers(0, n, size=25) for n in noflevels])
    rows = row_numbers(cfg, noflevels)
    assert all(isinstance(r, int) and r >= 1 for r in rows)
    assert (configs_of_rows(rows, noflevels) == cfg).all()


def test_row_numbers_beyond_int64_are_exact():
    nl = [20] * 20  # 20**20 > 2**63
    last = row_numbers([[19] * 20], nl)[0]
    assert last == 20**20


# ---------------------------------------------------------------- crisp, fuzzy, multi-value tables
def test_crisp_table_lipset():
    tt = truth_table(load("LC"), "SURV", CONDS)
    assert tt.row_ids == [1, 2, 5, 6, 22, 23, 24, 31, 32]
    assert tt.rows.loc[32, "cases"] == "BE,CZ,NL,UK"
    assert tt.rows_with(["1"]) == [22, 24, 32]
    assert tt.counts() == {"OUT1": 8, "OUT0": 10, "OUTC": 0, "Total": 18}


def test_fuzzy_row_scores_follow_the_formula():
    df = load("LF")
    tt = truth_table(df, "SURV", CONDS, incl_cut=0.8)
    x = df[["DEV", "URB", "LIT", "IND", "STB"]].to_numpy()
    cfg = np.array([1, 0, 1, 0, 1])
    m = np.where(cfg == 1, x, 1 - x).min(axis=1)
    assert tt.rows.loc[22, "incl"] == pytest.approx(consistency(m, df["SURV"]))
    assert tt.rows.loc[22, "PRI"] == pytest.approx(pri(m, df["SURV"]))
    assert tt.rows.loc[22, "OUT"] == "1"


def test_multi_value_table():
    tt = truth_table(load("LM"), "SURV", CONDS)
    assert tt.noflevels == (3, 2, 2, 2, 2)
    assert tt.data.kinds[0] == "multi-value" and tt.data.multivalue
    assert tt.rows.loc[40, "cases"] == "FR,SE"
    assert tt.rows.loc[40, "OUT"] == "1"


def test_multi_value_outcome_value():
    df = load("LM")
    tt = truth_table(df, "DEV{2}", "URB, LIT, IND, STB")
    assert tt.outcome == "DEV{2}"
    y = (df["DEV"] == 2).astype(float)
    for r, cases in zip(tt.row_ids, tt.case_lists):
        assert tt.rows.loc[r, "incl"] == pytest.approx(y[cases].mean())
    assert tt.rows["incl"].max() == 1.0 and tt.rows["incl"].min() == 0.0


def test_cases_within_a_row_keep_data_order():
    df = load("LC")
    tt = truth_table(df.iloc[::-1], "SURV", CONDS)
    assert tt.rows.loc[32, "cases"] == "UK,NL,CZ,BE"


def test_case_names_from_column_or_index():
    df = load("LC")
    a = truth_table(df, "SURV", CONDS)
    b = truth_table(df.reset_index(), "SURV", CONDS, case_column="case")
    assert a.rows.equals(b.rows)


# ---------------------------------------------------------------- output values
def test_negated_outcome_tilde_equals_flag_and_both_are_refused():
    df = load("LF")
    a = truth_table(df, "~SURV", CONDS, incl_cut=0.8)
    b = truth_table(df, "SURV", CONDS, incl_cut=0.8, negate_outcome=True)
    assert a.rows.equals(b.rows)
    assert a.outcome == "~SURV"
    # both would cancel out and silently explain SURV itself (issue 11, item 11)
    with pytest.raises(QCAInputError, match="already negated"):
        truth_table(df, "~SURV", CONDS, incl_cut=0.8, negate_outcome=True)


def test_contradictions_between_two_cutoffs():
    tt = truth_table(load("LF"), "SURV", CONDS, incl_cut=(0.8, 0.5))
    out = tt.rows["OUT"].to_dict()
    assert [r for r, v in out.items() if v == "C"] == [5, 6, 24]     # incl 0.521, 0.529, 0.709
    assert [r for r, v in out.items() if v == "1"] == [22, 32]
    assert tt.counts()["OUTC"] == 5


def test_crisp_mixed_rows_are_negative_under_the_default_cutoff():
    df = pd.DataFrame({"A": [1, 1, 1, 0], "B": [1, 1, 1, 0], "Y": [1, 1, 0, 0]}, index=list("abcd"))
    tt = truth_table(df, "Y")
    assert tt.rows.loc[4, "OUT"] == "0"
    assert tt.rows.loc[4, "incl"] == pytest.approx(2 / 3)
    assert truth_table(df, "Y", incl_cut=(1, 0.5)).rows.loc[4, "OUT"] == "C"


def test_pri_cut_turns_low_pri_rows_negative():
    tt = truth_table(load("LF"), "SURV", CONDS, incl_cut=0.8, pri_cut=0.75)
    assert tt.rows.loc[22, "OUT"] == "0"     # incl 0.804 but PRI 0.719
    assert tt.rows.loc[32, "OUT"] == "1"     # PRI 0.886


def test_n_cut_makes_rare_rows_remainders():
    tt = truth_table(load("LF"), "SURV", CONDS, incl_cut=0.8, n_cut=2)
    assert tt.rows.loc[6, "OUT"] == "?" and tt.rows.loc[23, "OUT"] == "?" and tt.rows.loc[31, "OUT"] == "?"
    assert tt.rows.loc[6, "incl"] == pytest.approx(0.5286, abs=1e-4)    # scores are still shown
    assert 6 not in tt.observed_rows
    assert 6 in tt.remainders().index


def test_cutoff_equal_to_score_counts_as_reaching_it():
    tt = truth_table(load("LF"), "SURV", CONDS, incl_cut=float(truth_table(load("LF"), "SURV", CONDS)
                                                                     .rows.loc[22, "incl"]))
    assert tt.rows.loc[22, "OUT"] == "1"


# ---------------------------------------------------------------- remainders and outputs
def test_remainders_listed_when_small_and_refused_when_huge():
    tt = truth_table(load("LF"), "SURV", CONDS, incl_cut=0.8)
    rem = tt.remainders()
    assert len(rem) == 32 - 9 and not set(rem.index) & set(tt.row_ids)
    assert list(rem.columns) == ["DEV", "URB", "LIT", "IND", "STB", "n"]
    with pytest.raises(QCAComplexityError, match="remainders"):
        tt.remainders(limit=10)


def test_large_truth_table_is_never_enumerated():
    df = pd.read_csv(ROOT / "data" / "reference" / "timing" / "data" / "k30_n40.csv")
    tt = truth_table(df, "Y")
    assert tt.n_configurations == 2**30
    assert len(tt.rows) <= 40
    with pytest.raises(QCAComplexityError):
        tt.remainders()


def test_to_dict_is_json_and_to_frame_is_a_copy():
    tt = truth_table(load("CVF"), "PROTEST", incl_cut=0.85)
    d = tt.to_dict()
    text = json.dumps(d, allow_nan=False)
    assert json.loads(text)["rows"][0]["row"] == 2
    assert d["incl_cut"] == [0.85, 0.85]
    f = tt.to_frame()
    f.loc[2, "OUT"] = "X"
    assert tt.rows.loc[2, "OUT"] == "0"


def test_printout_looks_like_r():
    text = str(truth_table(load("LF"), "SURV", CONDS, incl_cut=0.8))
    lines = text.splitlines()
    assert lines[0].strip() == "OUT: output value"
    header = [ln for ln in lines if "DEV" in ln][0].split()
    assert header == ["DEV", "URB", "LIT", "IND", "STB", "OUT", "n", "incl", "PRI", "cases"]
    assert lines[-1].split() == ["32", "1", "1", "1", "1", "1", "1", "4", "0.904", "0.886", "BE,CZ,NL,UK"]
    assert "TruthTable SURV" in repr(truth_table(load("LF"), "SURV", CONDS, incl_cut=0.8))


def test_truth_table_keeps_memberships_for_fit():
    tt = truth_table(load("LF"), "~SURV", CONDS, incl_cut=0.8)
    assert isinstance(tt, TruthTable)
    assert tt.data.X.shape == (18, 5)
    assert np.allclose(tt.data.y, 1 - load("LF")["SURV"].to_numpy())


def test_text_columns_are_read_as_cell_by_cell():
    """read_data gives text columns (pandas' str dtype); prepare_data cleans them a column at a time. The result
    is the same as the cell-by-cell reading of object columns: no-break and full-width spaces stripped, the
    missing-value markers missing, the rest non-numeric (tricky cells; the order of checks is the engine's)."""
    from analysis.qca import data_cells as D
    cells = ["\xa01\xa0", "\u30001", "1\u2007", "\u202f2", " 3\t", "\u200b4", "", "NA", "5\r", "\ufeff6", None,
             " n/a ", "1e5", "1_000", "-0.5", "inf", "0x10", "  ", "0.25"]
    as_text = D._numeric(pd.DataFrame({"a": pd.Series(cells, dtype=str)}), "a")
    as_objects = D._numeric(pd.DataFrame({"a": pd.Series(cells, dtype=object)}), "a")
    for x, y in zip(as_text, as_objects):
        assert np.array_equal(x, y, equal_nan=True)
    assert as_text[1].sum() == 5 and as_text[2].sum() == 5


def test_fuzzy_row_fit_in_blocks_is_the_row_by_row_measures_to_the_bit():
    """The truth table's consistency and PRI of fuzzy rows, computed a block of rows at a time (_row_fit; row by
    row took 7.6 s at 10,000 cases x 30 conditions, 2.2 s in blocks), equal measures.consistency and measures.pri
    of each row's memberships exactly, across block boundaries (6,000 cases: blocks of 699 rows), with a
    multi-value condition; fails before _row_fit existed."""
    from analysis.qca.expressions import implicant_membership
    from analysis.qca.measures import consistency, pri
    from analysis.qca.truth_table import _row_fit

    rng = np.random.default_rng(3)
    n, k = 6_000, 11
    X = np.round(rng.uniform(0.01, 0.99, size=(n, k)), 3)
    X[:, 0] = rng.integers(0, 3, n)                       # a multi-value condition
    multi = [True] + [False] * (k - 1)
    y = np.round(rng.uniform(0, 1, n), 3)
    cfg = np.column_stack([X[:, 0].astype(int), (X[:, 1:] > 0.5).astype(int)])
    configs = np.unique(cfg, axis=0)
    assert len(configs) > 2 * 699
    incl, p = _row_fit(X, y, configs, multi)
    mem = implicant_membership(X, configs + 1, multi)
    assert incl.tolist() == [consistency(mem[:, i], y) for i in range(len(configs))]
    assert np.array_equal(p, [pri(mem[:, i], y) for i in range(len(configs))], equal_nan=True)


def test_fuzzy_row_fit_compiled_is_the_numpy_sums_to_the_byte(monkeypatch):
    """Large fuzzy tables sum each row's memberships with the compiled kernel (_row_sums.row_sums: a block of cases at
    a time, numpy's pairwise summation replicated; 100,000 cases x 12 fuzzy conditions 2.8 -> 0.9 s, x 14 10.6 ->
    3.2 s). Its incl and PRI are the numpy path's to the byte, and so is the whole table (to_frame, to_dict), on
    random data sets of 1 to 3,001 cases (below 8, up to 128 and beyond: numpy's three ways of summing), with crisp,
    multi-value and fuzzy conditions, crisp and fuzzy outcomes, memberships of 0 and 1. Fails before the kernel."""
    import importlib

    from analysis.qca import _row_sums

    T = importlib.import_module("analysis.qca.truth_table")
    rng = np.random.default_rng(30)
    calls = []
    real = _row_sums.row_sums
    monkeypatch.setattr(_row_sums, "row_sums", lambda *a: calls.append(1) or real(*a))
    for n in [1, 5, 8, 9, 64, 128, 129, 257, 1000, 3001]:
        k = int(rng.integers(2, 7))
        X = np.round(rng.uniform(0, 1, (n, k)), int(rng.integers(1, 4)))
        X[rng.random((n, k)) < 0.1] = 1.0
        X[rng.random((n, k)) < 0.1] = 0.0
        X[X == 0.5] = 0.6
        multi = [False] * k
        if k > 3:
            X[:, 1] = rng.integers(0, 3, n)                       # a multi-value condition
            X[:, 2] = rng.integers(0, 2, n)                       # a crisp one
            multi[1] = True
        y = np.round(rng.uniform(0, 1, n), 2) if n % 2 else rng.integers(0, 2, n).astype(float)
        cfg = np.column_stack([X[:, j].astype(int) if multi[j] else (X[:, j] > 0.5).astype(int) for j in range(k)])
        configs = np.unique(cfg, axis=0)
        by_numpy = T._row_fit(X, y, configs, multi, compiled=False)
        compiled = T._row_fit(X, y, configs, multi, compiled=True)
        assert [a.tobytes() for a in compiled] == [a.tobytes() for a in by_numpy], n
        df = pd.DataFrame(X, columns=[f"C{j}" for j in range(k)])
        df["Y"] = y
        tables = []
        for after in (0, 10**30):
            monkeypatch.setattr(T, "COMPILED_FIT_AFTER", after)
            tt = T.truth_table(df, "Y", incl_cut=(0.8, 0.6), skew_bounds=None)
            tables.append((tt.to_frame().to_csv(), repr(tt.to_dict())))
        assert tables[0] == tables[1], n
    assert len(calls) == 20   # each data set: _row_fit(compiled=True) and the table above COMPILED_FIT_AFTER


def _fuzzy_full_table(n: int = 2000, k: int = 10, seed: int = 3) -> tuple[pd.DataFrame, list[str]]:
    """Fuzzy data whose cases fill every one of the 2^k configurations (no membership of exactly 0.5)."""
    rng = np.random.default_rng(seed)
    cols = [f"F{j}" for j in range(k)]
    side = (np.arange(n)[:, None] >> np.arange(k)[None, :]) & 1         # case i in configuration i mod 2^k
    x = np.where(side == 1, 0.51 + 0.49 * rng.random((n, k)), 0.49 * rng.random((n, k))).round(2)
    df = pd.DataFrame(x, columns=cols)
    y = rng.random(n).round(2)
    df["Y"] = np.where(y == 0.5, 0.51, y)
    return df, cols


def test_fuzzy_rows_share_the_minimum_over_their_common_first_conditions(monkeypatch):
    """Every case has a membership in every row of a fuzzy truth table, the minimum over its k conditions: it was
    computed afresh for each row (rows x k passes over the cases; 100,000 cases x 10 conditions, 1,024 rows: 0.7 s
    of the 1.3 s). Rows come in row order, so the minimum over the first conditions a row shares with the previous
    one is kept: about 2 passes per row. Counted as numpy minimum calls over the cases."""
    import importlib

    expressions = importlib.import_module("analysis.qca.expressions")
    tt_module = importlib.import_module("analysis.qca.truth_table")   # the package's truth_table is the function

    df, cols = _fuzzy_full_table()
    passes = []

    class Counting:
        def __getattr__(self, name):
            return getattr(np, name)

        @staticmethod
        def minimum(a, b, *args, **kwargs):
            if np.ndim(a) == 1 and np.size(a) == len(df):
                passes.append(1)
            return np.minimum(a, b, *args, **kwargs)

    monkeypatch.setattr(tt_module, "np", Counting())
    monkeypatch.setattr(expressions, "np", Counting())
    tt = truth_table(df, "Y", cols, incl_cut=0.8)
    assert len(tt.rows) == 1024
    assert len(passes) <= 2 * 1024 + 10, f"{len(passes)} passes over the cases for 1,024 rows of 10 conditions"


def test_fuzzy_row_consistency_and_pri_are_those_of_each_rows_memberships():
    """incl and PRI of every row, to the bit, as consistency() and pri() give them on the row's memberships
    (implicant_membership), on data filling every configuration and on random fuzzy data with a multi-value and
    a crisp condition among the fuzzy ones."""
    from analysis.qca.expressions import implicant_membership

    rng = np.random.default_rng(5)
    mixed = pd.DataFrame({"M": rng.integers(0, 3, 500), "B": rng.integers(0, 2, 500),
                          **{f"F{j}": rng.random(500).round(2) for j in range(4)}, "Y": rng.random(500).round(2)})
    mixed["Y"] = mixed["Y"].replace(0.5, 0.51)
    for df, cols in (_fuzzy_full_table(600, 6), (mixed, ["M", "B", "F0", "F1", "F2", "F3"])):
        df = df[~(df[cols] == 0.5).any(axis=1)]
        tt = truth_table(df, "Y", cols, incl_cut=0.8)
        multi = [k == "multi-value" for k in tt.data.kinds]
        mem = implicant_membership(tt.data.X, np.asarray(tt.configs) + 1, multi)
        for i, (_, row) in enumerate(tt.rows.iterrows()):
            assert row["incl"] == consistency(mem[:, i], tt.data.y), (i, row["incl"])
            expected = pri(mem[:, i], tt.data.y)
            assert row["PRI"] == expected or (np.isnan(row["PRI"]) and np.isnan(expected)), (i, row["PRI"])


# ---------------------------------------------------------------- sorting the printed table (R's sort.by)
def _printed_rows(tt) -> list[int]:
    """Row numbers in the order the printed table lists them (the lines after the header)."""
    lines = str(tt).splitlines()
    start = next(i for i, line in enumerate(lines) if line.split()[:1] == [tt.conditions[0]]) + 1
    return [int(line.split()[0]) for line in lines[start:]]


def test_sort_by_orders_the_printed_rows_as_r_does_and_keeps_the_data_in_row_order():
    # R's truthTable(sort.by = "incl, n"): each column decreasing unless said otherwise, ties left in row order;
    # printing only (R keeps tt$tt in row order and prints by x$rowsorder)
    df = load("LF")
    plain = truth_table(df, "SURV", CONDS, incl_cut=0.8)
    f = plain.to_frame().reset_index()
    expected = f.sort_values(["incl", "n", "row"], ascending=[False, False, True], kind="stable")["row"].tolist()
    tt = truth_table(df, "SURV", CONDS, incl_cut=0.8, sort_by="incl, n")
    assert _printed_rows(tt) == expected != _printed_rows(plain)
    assert tt.to_frame().equals(plain.to_frame()) and tt.to_dict() == plain.to_dict()
    # a mapping gives the direction of each column, as R's sort.by = c(n = FALSE, incl = TRUE): n increasing
    up = f.sort_values(["n", "incl", "row"], ascending=[True, False, True], kind="stable")["row"].tolist()
    assert _printed_rows(truth_table(df, "SURV", CONDS, incl_cut=0.8, sort_by={"n": False, "incl": True})) == up
    assert _printed_rows(truth_table(df, "SURV", CONDS, incl_cut=0.8, sort_by="n=FALSE, incl")) == up


def test_sort_by_puts_remainders_below_n_cut_last_and_refuses_an_unknown_column():
    df = load("LF")
    tt = truth_table(df, "SURV", CONDS, incl_cut=0.8, n_cut=2, sort_by="incl")
    f = tt.to_frame()
    printed = _printed_rows(tt)
    assert set(printed[-int((f["OUT"] == "?").sum()):]) == set(f.index[f["OUT"] == "?"])
    for bad in ["inclusion", "incl, incl", "incl=maybe"]:
        with pytest.raises(QCAInputError, match="sort_by"):
            truth_table(df, "SURV", CONDS, sort_by=bad)


def test_fuzzy_truth_table_refuses_more_memberships_than_max_memberships_at_once(capsys):
    """A fuzzy truth table computes every case's membership in every observed row (incl and PRI sum over all cases):
    100,000 cases x 16 fuzzy conditions (51,056 rows, 5.1e9 memberships) ran 28 s, and beyond there are minutes,
    with no budget to stop it. max_memberships (CLI --max-memberships) bounds cases x observed rows and refuses
    before any membership is computed, naming the size met, the budget and the flag; crisp tables compute none."""
    import time

    from analysis.qca.cli import main

    rng = np.random.default_rng(5)
    df = pd.DataFrame(rng.uniform(size=(300, 4)).round(3), columns=["A", "B", "C", "Y"])
    tt = truth_table(df, "Y", incl_cut=0.8)
    n_rows = len(tt.rows)                     # 8 rows of 3 conditions, 300 cases each
    with pytest.raises(QCAComplexityError, match=rf"{n_rows} observed rows x 300 cases: {n_rows * 300:,} fuzzy "
                       rf"memberships .* exceed max_memberships = {n_rows * 300 - 1:,}; use fewer conditions, or "
                       r"raise max_memberships \(CLI: --max-memberships\)"):
        truth_table(df, "Y", incl_cut=0.8, max_memberships=n_rows * 300 - 1)
    same = truth_table(df, "Y", incl_cut=0.8, max_memberships=n_rows * 300)
    pd.testing.assert_frame_equal(same.rows, tt.rows, check_exact=True)
    crisp = (df > 0.5).astype(int)
    assert len(truth_table(crisp, "Y", max_memberships=1).rows) == n_rows   # crisp: no memberships computed
    with pytest.raises(QCAInputError, match="max_memberships must be a positive whole number"):
        truth_table(df, "Y", max_memberships=0)
    big = pd.DataFrame(rng.uniform(size=(150_000, 21)).round(3), columns=[*"ABCDEFGHIJKLMNOPQRST", "Y"])
    start = time.process_time()   # CPU time: the refusal's cost, not the machine's load (wall time failed under load)
    with pytest.raises(QCAComplexityError, match=r"observed rows x 150,000 cases: .* exceed max_memberships = "
                                                 r"20,000,000,000 \(about [\d,]+ s at [\d.]+ ns each\)") as refused:
        truth_table(big, "Y", skew_bounds=None)
    assert time.process_time() - start < 5
    # the time it would take at the measured cost of a membership (MEMBERSHIP_SECONDS; it said 3 ns, twice that),
    # the same figure as --max-memberships' help gives for the default
    work = int(re.search(r"cases: ([\d,]+) fuzzy memberships", str(refused.value))[1].replace(",", ""))
    assert f"({membership_seconds_text(work)})" in str(refused.value) and MEMBERSHIP_SECONDS < 2e-9
    path = ROOT / "data" / "reference" / "datasets" / "LF.csv"
    code = main(["minimize", str(path), "--outcome", "SURV", "--case-column", "case", "--incl-cut", "0.8",
                 "--max-memberships", "100"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1, err
    assert err[0].startswith("error: ") and "exceed --max-memberships 100" in err[0] and \
        "raise --max-memberships" in err[0], err
    with pytest.raises(SystemExit):
        main(["minimize", "--help"])
    assert membership_seconds_text(MAX_MEMBERSHIPS) in " ".join(capsys.readouterr().out.split())


def test_complete_prints_the_remainders_as_r_does():
    """R's truthTable(complete = TRUE) prints every configuration, the remainders with OUT '?', n 0 and no scores;
    truth_table() did not take `complete` (TypeError) nor the CLI --complete (unrecognised), so an R user saw no
    remainder. Printing only, as in R: rows, to_frame() and to_dict() keep the observed rows."""
    from analysis.qca.cli import main

    df = pd.DataFrame({"A": [1, 1, 0, 0, 1], "B": [1, 0, 1, 1, 1], "Y": [1, 0, 0, 1, 1]},
                      index=["a", "b", "c", "d", "e"])
    tt = truth_table(df, "Y", "A, B", incl_cut=0.6, n_cut=2, complete=True)
    lines = str(tt).splitlines()
    body = lines[lines.index(next(x for x in lines if x.lstrip().startswith("A"))) + 1:]
    assert [x.split()[:5] for x in body] == [["1", "0", "0", "?", "0"], ["2", "0", "1", "0", "2"],
                                             ["3", "1", "0", "?", "1"], ["4", "1", "1", "1", "2"]]
    assert body[0].split()[5:] == ["-", "-"]
    assert list(tt.to_frame().index) == [2, 3, 4] and tt.to_dict() == truth_table(df, "Y", "A, B", incl_cut=0.6,
                                                                                 n_cut=2).to_dict()
    assert str(tt).count("\n") > str(truth_table(df, "Y", "A, B", incl_cut=0.6, n_cut=2)).count("\n")
    with pytest.raises(QCAInputError, match="complete must be True or False"):
        truth_table(df, "Y", "A, B", complete="yes")


def test_cli_complete(tmp_path, capsys):
    from analysis.qca.cli import main

    path = tmp_path / "d.csv"
    path.write_text("case,A,B,Y\na,1,1,1\nb,1,0,0\nc,0,1,0\n", encoding="utf-8")
    assert main(["truth-table", str(path), "--outcome", "Y", "--complete"]) == 0
    out = capsys.readouterr().out
    assert any(x.split()[:5] == ["1", "0", "0", "?", "0"] for x in out.splitlines()), out
    assert main(["truth-table", str(path), "--outcome", "Y", "--complete", "--json"]) == 2
    assert "--complete prints the remainders" in capsys.readouterr().err


def test_complete_with_more_remainders_than_listed_is_refused_when_built_not_when_printed(capsys):
    """complete=True with 25 conditions was accepted, and printing the table then raised (33,554,402 remainders,
    more than REMAINDER_LIMIT): a table that cannot be shown. It is refused where it is asked for, naming the
    option; the CLI says it in one error line."""
    import numpy as np

    from analysis.qca import QCAComplexityError
    from analysis.qca.cli import main

    rng = np.random.default_rng(1)
    df = pd.DataFrame(rng.integers(0, 2, (30, 25)), columns=[f"C{i}" for i in range(25)])
    df["Y"] = rng.integers(0, 2, 30)
    with pytest.raises(QCAComplexityError, match=r"^complete: printing every configuration would list 33,554,4"):
        truth_table(df, "Y", complete=True)
    assert str(truth_table(df, "Y"))   # without complete: the observed rows, printed
    path = ROOT / "benchmarks" / "data" / "cons_crisp_k30_n500.csv"
    assert main(["truth-table", str(path), "--outcome", "Y", "--complete"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: --complete: printing every configuration") and err.count("\n") == 1, err


def test_a_column_of_case_names_beside_a_default_index_is_named():
    """Data read without index_col (pd.read_csv(path)) and its conditions named: the cases were the index's 0, 1, 2,
    ... in every table (off by one from R's row names and from the file's names), the names column left out
    without a word. A note (QCAWarning) now names the column and case_column=; with it, no note."""
    import warnings

    from analysis.qca import QCAWarning

    flat = pd.read_csv(ROOT / "data" / "reference" / "datasets" / "LF.csv")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        tt = truth_table(flat, "SURV", "DEV, URB, LIT, IND, STB", incl_cut=0.8)
    said = [str(w.message) for w in caught if issubclass(w.category, QCAWarning) and "'case'" in str(w.message)]
    assert len(said) == 1 and "pass case_column='case'" in said[0] and any("'case'" in n for n in tt.notes), said
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        named = truth_table(flat, "SURV", "DEV, URB, LIT, IND, STB", incl_cut=0.8, case_column="case")
    assert not [w for w in caught if "case_column='case'" in str(w.message)]
    assert "AU" in named.to_frame()["cases"].str.cat(sep=",")


def test_out_values_asked_for_are_read_or_refused_naming_the_codes():
    """tt.rows_with(1) was Python's TypeError ('int' object is not iterable), tt.rows_with(['c']) matched no row
    without a word, tt.remainders(limit='10') compared a number with a text: the OUT codes are read from a list, a
    text ('1, C') or the numbers 1 and 0, anything else refused naming them; limit is a whole number."""
    from analysis.qca import QCAInputError

    tt = truth_table(pd.DataFrame({"A": [1, 1, 0, 0], "B": [1, 0, 1, 0], "Y": [1, 1, 0, 0]}), "Y")
    positive = tt.rows_with(["1"])
    assert positive and tt.rows_with(1) == tt.rows_with("1") == tt.rows_with(" 1 ") == positive
    assert tt.rows_with("1, 0") == tt.rows_with(["1", "0"]) == sorted(tt.rows_with(["1"]) + tt.rows_with(["0"]))
    assert tt.rows_with([]) == []
    for bad in (["c"], "positive", 2, [None]):
        with pytest.raises(QCAInputError, match=r"OUT values must be among '1', '0', 'C' and '\?' \(a list, or a "
                                                r"text such as '1,C'\), got "):
            tt.rows_with(bad)
    with pytest.raises(QCAInputError, match=r"limit must be a whole number >= 0, got '10': write 10"):
        tt.remainders(limit="10")


@pytest.mark.filterwarnings("ignore::analysis.qca.data.QCAWarning")
def test_a_row_at_ic1_by_rounding_stays_positive_when_a_second_cutoff_is_added():
    """A second cut-off ic0 only splits the rows below ic1 into 'C' and '0' (R's incl.cut = c(ic1, ic0)): a row that
    reaches ic1 is '1' whatever ic0. Row A = 1 of this table has incl (0.1 + 0.6 + 0.5) / (0.1 + 0.7 + 0.7) = 1.2 / 1.5
    = 4/5 exactly (Ragin 2008, ch. 5: Σmin(X, Y) / ΣX over all cases), which floating point gives as
    0.7999999999999999; at incl_cut = 0.8 it is '1' (in R too: admisc's agteb reads 'at least' with a tolerance of
    about 1.5e-8), so at (0.8, 0.6) it must stay '1'.

    R is wrong here, on reading QCA 3.25's truthTable: it codes the row 1 by the tolerant comparison, then recodes
    every row with incl < ic1 (strict, no tolerance) and incl >= ic0 as 'C', so this row becomes 'C' at (0.8, 0.6)
    while it is '1' at 0.8: adding a lower cut-off demotes a row that passes the higher one. The engine reads both
    sides of ic1 with the same tolerance (truth_table.TOL), so the row is '1' either way."""
    df = pd.DataFrame({"A": [0.1, 0.7, 0.7], "Y": [0.65, 0.6, 0.5]}, index=list("pqr"))
    single = truth_table(df, "Y", incl_cut=0.8)
    pair = truth_table(df, "Y", incl_cut=(0.8, 0.6))
    assert pair.rows.loc[2, "incl"] < 0.8 and pair.rows.loc[2, "incl"] == pytest.approx(0.8, abs=1e-15)
    assert single.rows.loc[2, "OUT"] == pair.rows.loc[2, "OUT"] == "1"
