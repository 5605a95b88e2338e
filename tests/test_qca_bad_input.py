"""A catalogue of bad inputs: each raises QCAInputError whose message names what is wrong and what is allowed."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.paths import ROOT
from analysis.qca import QCAInputError, QCAWarning, minimize, parse_dir_exp, parse_term, truth_table
from analysis.qca.data import MAX_CONDITIONS, prepare_data

DATASETS = ROOT / "data" / "reference" / "datasets"
CONDS = "DEV, URB, LIT, IND, STB"


def lf() -> pd.DataFrame:
    return pd.read_csv(DATASETS / "LF.csv").set_index("case")


def lc() -> pd.DataFrame:
    return pd.read_csv(DATASETS / "LC.csv").set_index("case")


def lm() -> pd.DataFrame:
    return pd.read_csv(DATASETS / "LM.csv").set_index("case")


def with_cell(df, case, col, value):
    df = df.copy().astype(object)
    df.loc[case, col] = value
    return df


def tt_lf(**kw):
    return truth_table(lf(), "SURV", CONDS, incl_cut=0.8, **kw)


def wide(k):
    rng = np.random.default_rng(0)
    df = pd.DataFrame(rng.integers(0, 2, size=(10, k + 1)), columns=[f"C{i}" for i in range(k)] + ["Y"])
    return df


CASES = [
    ("not-a-frame", lambda: truth_table([[0, 1]], "Y"), "must be a pandas DataFrame"),
    ("empty-frame", lambda: truth_table(pd.DataFrame(), "Y"), "the data frame is empty"),
    ("empty-rows", lambda: truth_table(lf().iloc[0:0], "SURV"), "the data frame is empty"),
    ("duplicate-column-names", lambda: truth_table(pd.DataFrame([[0, 1, 1]], columns=["A", "A", "Y"]), "Y"),
     "duplicate column name(s) in the data: A"),
    ("outcome-not-a-column", lambda: truth_table(lf(), "SURVIVAL"), "outcome 'SURVIVAL' is not a column"),
    ("outcome-empty", lambda: truth_table(lf(), ""), "outcome must be a column name"),
    ("outcome-also-condition", lambda: truth_table(lf(), "SURV", "DEV, SURV"),
     "the outcome 'SURV' is also listed as a condition"),
    ("unknown-condition", lambda: truth_table(lf(), "SURV", "DEV, GDP"), "unknown condition(s): GDP"),
    ("duplicate-condition", lambda: truth_table(lf(), "SURV", "DEV, URB, DEV"), "duplicate condition(s): DEV"),
    ("empty-condition-name", lambda: truth_table(lf(), "SURV", "DEV,,URB"), "conditions contain an empty name"),
    ("membership-above-one", lambda: truth_table(with_cell(lf(), "AU", "DEV", 1.7), "SURV"),
     "condition 'DEV' has membership(s) outside [0, 1] (e.g. 1.7) for case(s) 'AU'"),
    ("negative-membership", lambda: truth_table(with_cell(lf(), "BE", "URB", -0.2), "SURV"),
     "condition 'URB' has negative value(s) for case(s) 'BE'"),
    ("outcome-above-one", lambda: truth_table(with_cell(lf(), "CZ", "SURV", 1.2), "SURV"),
     "outcome 'SURV' has membership(s) outside [0, 1]"),
    ("non-numeric", lambda: truth_table(with_cell(lf(), "AU", "DEV", "high"), "SURV"),
     "non-numeric values in column(s) 'DEV' (e.g. 'high' for case(s) 'AU')"),
    ("missing-value", lambda: truth_table(with_cell(lf(), "EE", "LIT", np.nan), "SURV"),
     "missing values in column(s) 'LIT' (case(s) 'EE')"),
    ("missing-values-d.BWB", lambda: truth_table(pd.read_csv(DATASETS / "d.BWB.csv", dtype={"case": str}), "CAN",
                                                 case_column="case"),
     "'SC' (case(s) '12', '22')"),
    ("incl-cut-above-one", lambda: truth_table(lf(), "SURV", incl_cut=1.5),
     "incl_cut must lie in [0, 1]"),
    ("incl-cut-pair-reversed", lambda: truth_table(lf(), "SURV", incl_cut=(0.6, 0.8)),
     "the second value (below which a row is '0') must not exceed the first"),
    ("incl-cut-not-a-number", lambda: truth_table(lf(), "SURV", incl_cut="high"), "incl_cut must be numbers"),
    ("incl-cut-three-values", lambda: truth_table(lf(), "SURV", incl_cut=(0.9, 0.8, 0.7)),
     "incl_cut must be one number or a pair (ic1, ic0)"),
    ("n-cut-zero", lambda: truth_table(lf(), "SURV", n_cut=0), "n_cut must be at least 1"),
    ("n-cut-fraction", lambda: truth_table(lf(), "SURV", n_cut=2.5), "n_cut must be a whole number"),
    ("n-cut-above-every-row", lambda: truth_table(lf(), "SURV", n_cut=5),
     "n_cut = 5 exceeds the largest number of cases in any configuration (4)"),
    ("pri-cut-negative", lambda: truth_table(lf(), "SURV", pri_cut=-0.1), "pri_cut must lie in [0, 1]"),
    ("too-many-conditions", lambda: truth_table(wide(MAX_CONDITIONS + 1), "Y"),
     f"at most {MAX_CONDITIONS} are supported"),
    ("multi-value-outcome-plain", lambda: truth_table(lm(), "DEV", "URB, LIT, IND, STB"),
     "outcome 'DEV' is multi-value (values up to 2); QCA explains one value set at a time: write outcome='DEV{v}'"),
    ("outcome-values-on-fuzzy", lambda: truth_table(lf(), "SURV{1}"), "column 'SURV' is not multi-value"),
    ("too-many-levels", lambda: truth_table(with_cell(lc(), "AU", "DEV", 550), "SURV"),
     "a multi-value set may have at most 20 levels"),
    ("duplicate-case-names", lambda: truth_table(lf().reset_index().assign(case="X"), "SURV", case_column="case"),
     "duplicate case name(s): X"),
    ("case-column-missing", lambda: truth_table(lf(), "SURV", case_column="id"), "case column 'id' is not in the data"),
    ("no-positive-row", lambda: minimize(truth_table(lf(), "SURV", incl_cut=0.95)),
     "no positive row to minimise: no configuration of SURV has OUT = 1 (incl_cut = 0.95, highest row incl = 0.904"),
    ("minimize-not-a-truth-table", lambda: minimize(lf()), "minimize needs a TruthTable"),
    ("include-unknown", lambda: minimize(tt_lf(), include="R"), "include may contain '?' (remainders) and 'C'"),
    ("max-models-zero", lambda: minimize(tt_lf(), max_models=0), "max_models must be a positive whole number"),
    ("dir-exp-without-remainders", lambda: minimize(tt_lf(), dir_exp="1,1,1,1,1"),
     "directional expectations need include='?'"),
    ("dir-exp-wrong-length", lambda: minimize(tt_lf(), "?", dir_exp="1,1"),
     "give 2 value(s) for 5 conditions (DEV, URB, LIT, IND, STB)"),
    ("dir-exp-unknown-condition", lambda: minimize(tt_lf(), "?", dir_exp={"GDP": 1}),
     "directional expectations name unknown condition(s) GDP"),
    ("dir-exp-out-of-range", lambda: minimize(tt_lf(), "?", dir_exp="1,1,2,1,1"),
     "directional expectation 2 for 'LIT' is out of range: 'LIT' takes values 0..1"),
    ("dir-exp-garbage-value", lambda: minimize(tt_lf(), "?", dir_exp={"DEV": "up"}),
     "directional expectation 'up' for 'DEV' is not 1, 0, '-'"),
    ("dir-exp-malformed-pair", lambda: minimize(tt_lf(), "?", dir_exp="DEV=1=2,URB=1"),
     "cannot read directional expectation 'DEV=1=2'"),
    ("dir-exp-repeated", lambda: minimize(tt_lf(), "?", dir_exp="DEV=1,DEV=0"),
     "directional expectation for 'DEV' given twice"),
    ("dir-exp-wrong-type", lambda: parse_dir_exp(3.5, ["A"], [2]), "dir_exp must be a dict, a string"),
    ("term-unknown-condition", lambda: parse_term("A*~Q", ["A", "B"]), "unknown condition 'Q' in term 'A*~Q'"),
    ("term-contradiction", lambda: parse_term("A*~A", ["A", "B"]), "a contradiction (empty set)"),
    ("term-mv-without-value", lambda: parse_term("DEV*URB[1]", ["DEV", "URB"], [3, 2]),
     "condition 'DEV' is multi-value: write DEV[v] with v in 0..2"),
    ("term-value-out-of-range", lambda: parse_term("DEV[3]", ["DEV", "URB"], [3, 2]),
     "value 3 of 'DEV' in term 'DEV[3]' is out of range 0..2"),
    ("all-cases-at-half", lambda: truth_table(pd.DataFrame({"A": [0.5, 0.5], "Y": [1, 0]}), "Y"),
     "no case can be placed in a configuration"),
]


@pytest.mark.parametrize("call,needle", [(c, n) for _, c, n in CASES], ids=[i for i, _, _ in CASES])
def test_bad_input_message(call, needle):
    with pytest.raises(QCAInputError) as exc:
        with _quiet():
            call()
    assert needle in str(exc.value), str(exc.value)


class _quiet:
    """Silence QCAWarning inside a bad-input call (warnings are tested separately)."""

    def __enter__(self):
        import warnings
        self._cm = warnings.catch_warnings()
        self._cm.__enter__()
        warnings.simplefilter("ignore", QCAWarning)

    def __exit__(self, *exc):
        return self._cm.__exit__(*exc)


def test_catalogue_is_large_and_ids_unique():
    ids = [i for i, _, _ in CASES]
    assert len(ids) >= 25 and len(set(ids)) == len(ids)


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
    assert any("exactly 0.5 belong to no row" in n for n in tt.notes)


def test_prepare_data_reports_every_missing_cell_at_once():
    df = pd.read_csv(DATASETS / "d.BWB.csv", dtype={"case": str})
    with pytest.raises(QCAInputError) as exc:
        prepare_data(df, "CAN", case_column="case")
    msg = str(exc.value)
    for col, case in [("SP", "01"), ("BC", "03"), ("SC", "12"), ("SC", "22"), ("MP", "13"), ("PR", "26")]:
        assert f"'{col}'" in msg and f"'{case}'" in msg
