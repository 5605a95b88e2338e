"""A researcher's own pandas frames through the Python API (round 31): narrow float dtypes, indexes other than a
column of case names, and what the results say about the cases."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis.qca import (QCAInputError, expression_membership, minimize, necessity, pof, term_membership,
                          truth_table)

DATASETS = Path(__file__).resolve().parents[1] / "data" / "reference" / "datasets"


def tie_frame() -> pd.DataFrame:
    """Two cases: row X (case 'a') has consistency 0.48 / 0.6 = 0.8 exactly (in decimals), at incl_cut=0.8."""
    return pd.DataFrame({"X": [0.6, 0.0], "Y": [0.48, 0.9]}, index=["a", "b"])


@pytest.mark.parametrize("dtype", ["float32", "Float32", "float16", "object of float32"])
def test_a_narrow_float_column_is_read_as_the_decimals_it_shows(dtype):
    """A float32 column (df.astype('float32') to save memory, a frame from numpy, HDF5 or Parquet) holds 0.6 as
    0.60000002384 and 0.48 as 0.47999998927: read as those binary values, the row at consistency 0.8 scored
    0.79999995 and was coded OUT 0 at incl_cut=0.8 while it printed 'incl 0.800' and the same frame in float64 (or
    the CSV it came from, or R) coded it 1. A narrow float is now read as the decimals it shows (0.6, 0.48)."""
    wide = tie_frame()
    narrow = (wide.apply(lambda col: pd.Series([np.float32(v) for v in col], index=col.index, dtype=object))
              if dtype == "object of float32" else wide.astype(dtype))
    want = truth_table(wide, "Y", "X", incl_cut=0.8).to_dict()
    got = truth_table(narrow, "Y", "X", incl_cut=0.8).to_dict()
    assert got == want
    assert json.dumps(pof("X", narrow, "Y").to_dict()) == json.dumps(pof("X", wide, "Y").to_dict())
    assert necessity(narrow, "Y", "X").to_dict() == necessity(wide, "Y", "X").to_dict()


def test_the_tie_of_the_float32_test_is_one():
    """The float32 test's frame: in float64 the row is at the cut-off and coded 1 (so the test above can fail)."""
    tt = truth_table(tie_frame(), "Y", "X", incl_cut=0.8)
    assert [r["OUT"] for r in tt.to_dict()["rows"] if r["config"] == [1]] == ["1"]


@pytest.mark.parametrize("dtype", ["float32", "Float32"])
def test_a_narrow_float_raw_value_at_a_threshold_is_at_it(dtype):
    """calibrate() read a float32 raw 0.35 as 0.3499999940: below a crisp threshold of 0.35 (membership 0, where the
    float64 value, R and the CSV give 1) and a hair below the crossover of a fuzzy set (0.49999998, not 0.5)."""
    from analysis.qca import calibrate, calibrate_frame

    raw = pd.DataFrame({"share": [0.2, 0.35, 0.5]}, index=["a", "b", "c"])
    for frame in (raw, raw.astype(dtype)):
        assert calibrate(frame["share"], type="crisp", thresholds=[0.35]).tolist() == [0.0, 1.0, 1.0]
        assert calibrate(frame["share"], thresholds="e=0.1, c=0.35, i=0.6").tolist()[1] == 0.5
        spec = {"S": {"source": "share", "type": "crisp", "thresholds": [0.35]}}
        assert calibrate_frame(frame, spec)["S"].tolist() == [0, 1, 1]


def panel() -> pd.DataFrame:
    """LF's fuzzy sets indexed by (country, year), as a researcher's panel frame is."""
    lf = pd.read_csv(DATASETS / "LF.csv", index_col="case")
    lf.index = pd.MultiIndex.from_arrays([lf.index, [1990] * len(lf)], names=["country", "year"])
    return lf


def test_a_multiindex_names_each_case_by_its_levels_joined():
    """A MultiIndex (country, year) named the cases by their tuples' repr, "('AU', 1990)": a comma and quotes in
    every case name, so a truth table's case list "('GR', 1990),('PT', 1990)" and a term's cases could not be read
    back, and drop_cases had to be given the repr. Each case is now its levels joined by '_' ('AU_1990'), in the
    truth table, the solution's cases, case_typology and the sweeps' case names alike."""
    from analysis.qca import case_typology, robustness_protocol
    from analysis.qca.robustness import case_removal

    conds = ["DEV", "URB", "LIT", "IND", "STB"]
    tt = truth_table(panel(), "SURV", conds, incl_cut=0.8)
    assert tt.to_dict()["rows"][0]["cases"] == ["GR_1990", "PT_1990", "ES_1990"]
    assert "GR_1990,PT_1990,ES_1990" in str(tt)
    sol = minimize(tt, include="?")
    assert case_typology(sol)["case"].tolist()[:2] == ["AU_1990", "BE_1990"]
    rob = robustness_protocol(panel(), "SURV", conds, incl_cut=0.8,
                              tests=[{"label": "without AU", "drop_cases": ["AU_1990"]}])
    assert rob.single["test"].tolist() == ["without AU"]
    assert case_removal(panel(), "SURV", conds, incl_cut=0.8)["removed_case"].tolist()[:2] == ["AU_1990", "BE_1990"]


def test_a_multiindex_entry_with_a_missing_level_is_a_missing_case_name():
    """('AU', NaN) was named "('AU', nan)"; a missing level now makes the case name missing, refused naming its
    row, as a missing name in a column of case names is."""
    from analysis.qca import QCAInputError

    frame = panel()
    frame.index = pd.MultiIndex.from_arrays([frame.index.get_level_values(0), [np.nan] + [1990] * (len(frame) - 1)])
    with pytest.raises(QCAInputError, match=r"case name\(s\) of the index missing \(NaN\) in row\(s\) 1\b"):
        truth_table(frame, "SURV", "DEV, URB", incl_cut=0.8)


def test_a_datetime_index_at_midnight_names_the_cases_by_their_dates():
    """A DatetimeIndex of dates named the cases '2020-01-01 00:00:00'; now '2020-01-01'."""
    frame = pd.read_csv(DATASETS / "LC.csv", index_col="case")
    frame.index = pd.date_range("2020-01-01", periods=len(frame))
    tt = truth_table(frame, "SURV", "DEV, URB, LIT, IND, STB")
    assert tt.to_dict()["rows"][0]["cases"] == ["2020-01-08", "2020-01-14", "2020-01-16"]


def test_a_frame_without_case_names_names_its_cases_by_pandas_labels_in_every_result(tmp_path, capsys):
    """The decision on a frame read without index_col (pandas' RangeIndex 0, 1, 2, ...): every result names its
    cases by those labels, so df.loc[int(name)] is the case named (the truth table, a term's cases, the case
    typology, case removal and a test's drop_cases agree); R and the command line number the same file's rows from
    1, and `df.index = pd.RangeIndex(1, len(df) + 1)` (the README's recipe) gives the command line's JSON exactly."""
    from analysis.qca import case_typology, robustness_protocol
    from analysis.qca.cli import main
    from analysis.qca.robustness import case_removal

    lf = pd.read_csv(DATASETS / "LF.csv").drop(columns="case")
    conds = ["DEV", "URB", "LIT", "IND", "STB"]
    tt = truth_table(lf, "SURV", conds, incl_cut=0.8)
    for row in tt.to_dict()["rows"]:
        members = lf.loc[[int(c) for c in row["cases"]], conds].to_numpy()
        assert (np.where(members > 0.5, 1, 0) == row["config"]).all()
    sol = minimize(tt, include="?")
    assert case_typology(sol)["case"].tolist() == [str(i) for i in range(len(lf))]
    assert case_removal(lf, "SURV", conds, incl_cut=0.8)["removed_case"].tolist()[:2] == ["0", "1"]
    rob = robustness_protocol(lf, "SURV", conds, incl_cut=0.8, tests=[{"label": "first", "drop_cases": ["0"]}])
    assert rob.single["test"].tolist() == ["first"]

    path = tmp_path / "LF_no_names.csv"
    lf.to_csv(path, index=False)
    assert main(["truth-table", str(path), "--outcome", "SURV", "--incl-cut", "0.8", "--json"]) == 0
    from_cli = json.loads(capsys.readouterr().out)
    numbered = lf.set_axis(pd.RangeIndex(1, len(lf) + 1))
    assert json.loads(json.dumps(truth_table(numbered, "SURV", conds, incl_cut=0.8).to_dict())) == from_cli
    assert from_cli != json.loads(json.dumps(tt.to_dict()))


def test_multiindex_columns_without_a_constant_level_are_refused_naming_the_joined_name():
    """Columns ('DEV', 'raw'), ('DEV', 'set'), ... (no level holds one value for every column): the message says to
    join the levels and names the first column so joined (the case of one constant level is in the catalogue)."""
    from analysis.qca import QCAInputError

    lc = pd.read_csv(DATASETS / "LC.csv", index_col="case")
    both = pd.concat({"raw": lc, "set": lc}, axis=1).swaplevel(axis=1)
    with pytest.raises(QCAInputError, match=r"MultiIndex of 2 levels \(the first \('DEV', 'raw'\)\).*join the levels: "
                       r"df.columns = \['_'.join\(map\(str, c\)\) for c in df.columns\] \(then the first column is "
                       r"'DEV_raw'\)"):
        truth_table(both, "SURV_set")


def test_a_nullable_boolean_column_with_a_missing_cell_names_the_case():
    """A pandas 'boolean' column with pd.NA (a crisp set with one unknown case) raised pandas' own 'ValueError:
    cannot convert NA to integer'; now the missing-value message naming the column and the case, as for every
    other dtype; without NA the column is the crisp set it holds."""
    from analysis.qca import QCAInputError

    lc = pd.read_csv(DATASETS / "LC.csv", index_col="case")
    flags = lc.astype("boolean")
    assert truth_table(flags, "SURV", "DEV, URB, LIT").to_dict() == truth_table(lc, "SURV", "DEV, URB, LIT").to_dict()
    flags.loc["CZ", "URB"] = pd.NA
    with pytest.raises(QCAInputError, match=r"missing values in column\(s\) 'URB' \(case\(s\) 'CZ'\)"):
        truth_table(flags, "SURV", "DEV, URB, LIT")
    with pytest.raises(QCAInputError, match=r"missing values in column\(s\) 'URB' \(case\(s\) 'CZ'\)"):
        pof("URB", flags, "SURV")


def several_models() -> pd.DataFrame:
    """16 random crisp cases of 5 conditions whose parsimonious solution has 6 minimal models."""
    rng = np.random.default_rng(0)
    frame = pd.DataFrame(rng.integers(0, 2, (16, 5)), columns=list("ABCDE"))
    return frame.assign(Y=rng.integers(0, 2, 16))


def test_results_survive_pickle_with_the_same_answer():
    """A Solution could not be pickled ("Can't pickle local object '_model_list.<locals>.<lambda>'": its models'
    fit and the overall term fit are computed on first use, by a lambda), so joblib.Memory, multiprocessing, a
    Dask task returning it or pickle.dump of a notebook's results failed. Pickling now computes them first; the
    copy prints and converts as the original does."""
    import pickle

    lf = pd.read_csv(DATASETS / "LF.csv", index_col="case")
    tt = truth_table(lf, "SURV", "DEV, URB, LIT, IND, STB", incl_cut=0.8)
    results = [tt, minimize(tt), minimize(tt, include="?"), minimize(tt, include="?", dir_exp="1,1,1,1,1"),
               minimize(truth_table(several_models(), "Y"), include="?"),
               necessity(lf, "SURV", "DEV, URB, LIT"), pof("DEV*URB + ~LIT", lf, "SURV")]
    assert results[4].n_models > 1   # several models: the overall term fit too
    for result in results:
        copy = pickle.loads(pickle.dumps(result))
        assert json.dumps(copy.to_dict()) == json.dumps(result.to_dict())
        assert str(copy) == str(result)


def test_a_column_without_a_name_is_no_set_and_not_in_the_way():
    """A column named None or NaN (a frame built by hand, a pivot's missing label) became a condition named 'nan'
    or 'None' in every truth table and solution; two of them broke the reader with numpy's 'setting an array
    element with a sequence'. Taken as a condition (conditions from every column) it is now refused naming its
    place; with the conditions listed it is left alone, as every other column not listed is."""
    from analysis.qca import QCAInputError

    lc = pd.read_csv(DATASETS / "LC.csv", index_col="case")
    frame = lc.set_axis(["DEV", np.nan, "LIT", None, "STB", "SURV"], axis=1)
    with pytest.raises(QCAInputError, match=r"columns 2, 4 of the data have no name \(nan\).*conditions="
                       r"'DEV, LIT, STB'$"):
        truth_table(frame, "SURV")
    want = truth_table(lc, "SURV", "DEV, LIT, STB").to_dict()
    assert truth_table(frame, "SURV", "DEV, LIT, STB").to_dict() == want
    assert pof("DEV*LIT", frame, "SURV").to_dict() == pof("DEV*LIT", lc, "SURV").to_dict()


def test_a_column_given_as_its_values_where_its_name_belongs_is_refused_naming_it():
    """case_column=df['case'] raised pandas' 'The truth value of a Series is ambiguous' (truth_table, the robustness
    protocol, case_removal); conditions=df['DEV'] read its memberships as condition names ('conditions name 0.01,
    0.58, 0.98 twice'). Both now say a name belongs there and which; a Series or array of names stays fine."""
    from analysis.qca import QCAInputError, robustness_protocol
    from analysis.qca.robustness import case_removal

    lf = pd.read_csv(DATASETS / "LF.csv")
    conds = ["DEV", "URB", "LIT", "IND", "STB"]
    said = r"case_column must be the name of the data's column of case names, got a pandas Series 'case' \(18 values\)"
    for call in (lambda: truth_table(lf, "SURV", conds, case_column=lf["case"]),
                 lambda: robustness_protocol(lf, "SURV", conds, case_column=lf["case"], tests=[{"n_cut": 2}]),
                 lambda: case_removal(lf, "SURV", conds, case_column=lf["case"])):
        with pytest.raises(QCAInputError, match=said):
            call()
    with pytest.raises(QCAInputError, match=r"got a pandas Series 'DEV' \(18 values\) whose values are no column "
                                            r"names: give the column's name, conditions=\['DEV'\]"):
        necessity(lf, "SURV", lf["DEV"], case_column="case")
    want = truth_table(lf, "SURV", conds, case_column="case").to_dict()
    for names in (pd.Series(conds), np.array(conds), lf.columns[1:6]):
        assert truth_table(lf, "SURV", names, case_column="case").to_dict() == want


@pytest.mark.parametrize("as_given", [lambda v: np.array(v, dtype=np.float32), lambda v: pd.Series(v, dtype="float32"),
                                      lambda v: list(np.array(v, dtype=np.float32))])
def test_the_measures_read_narrow_floats_as_the_decimals_they_show(as_given):
    """consistency() of float32 memberships 0.48 / 0.6 was 0.79999995 (the truth table of the same frame said 0.8
    once its reader took the decimals): the measures now read narrow floats as prepare_data does."""
    from analysis.qca import consistency, coverage

    x, y = as_given([0.6, 0.0]), as_given([0.48, 0.9])
    assert consistency(x, y) == consistency([0.6, 0.0], [0.48, 0.9]) >= 0.8 - 1e-12
    assert coverage(y, x, "necessity") == coverage([0.48, 0.9], [0.6, 0.0], "necessity")


def test_a_set_made_the_index_is_named_as_such():
    """pd.read_csv(path, index_col=0) of a file whose first column is a set, or df.set_index('SURV'), named the
    cases by memberships: refused as 'duplicate case name(s): 0.95, 0.05, ...' with advice about pd.concat, or
    (a MultiIndex level) 'unknown condition(s): DEV'. The message now says the set is the index and how to make it
    a column again; an index of years keeps the advice on repeated labels."""
    from analysis.qca import QCAInputError

    lf = pd.read_csv(DATASETS / "LF.csv")
    lc = pd.read_csv(DATASETS / "LC.csv").drop(columns="case")
    said = r"'{}' is the data's index \(set by index_col='{}' or index_col=0, or set_index\).*df.reset_index\(\)"
    for frame, outcome, conditions, name in [(lf.set_index("SURV"), "SURV", "DEV, URB", "SURV"),
                                             (lc.set_index("DEV"), "SURV", "DEV, URB", "DEV"),
                                             (lc.set_index("DEV"), "SURV", None, "DEV"),
                                             (lf.set_index(["case", "DEV"]), "SURV", "DEV, URB", "DEV")]:
        with pytest.raises(QCAInputError, match=said.format(name, name)):
            truth_table(frame, outcome, conditions)
    with pytest.raises(QCAInputError, match=r"the cases are named by the frame's index, which repeats these labels"):
        truth_table(lc.assign(year=[1990, 1991] * 9).set_index("year"), "SURV")


def test_a_fuzzy_set_made_the_index_is_named_in_a_warning():
    """A fuzzy set with a different value for every case made the index (index_col=0 of a file whose first column
    is 'URB') passed: cases named '0.12', '0.03', ... and URB left out of the default conditions without a word.
    Now a note (and QCAWarning) says so."""
    lf = pd.read_csv(DATASETS / "LF.csv").drop(columns="case")
    frame = lf.assign(URB=np.linspace(0.01, 0.99, len(lf))).set_index("URB")
    tt = truth_table(frame, "SURV", incl_cut=0.8)
    assert tt.conditions == ("DEV", "LIT", "IND", "STB")
    assert any("the cases are named by the data's index 'URB', which holds numbers in [0, 1] like memberships"
               in note for note in tt.data.warnings)
    assert not any("data's index" in note for note in truth_table(lf, "SURV", incl_cut=0.8).data.warnings)


def test_calibrate_frame_keeps_a_column_named_as_one_text_and_says_when_it_is_the_index():
    """keep='case' (one name, not a list) was read letter by letter: "columns to keep not in the data: ['c', 'a',
    's', 'e']"; keep=None raised "TypeError: 'NoneType' object is not iterable". keep=['case'] on a frame read with index_col='case' said only that 'case' is not a column; it now
    says the index is kept as the result's index."""
    from analysis.qca import QCAInputError, calibrate_frame

    lr = pd.read_csv(DATASETS / "LR.csv")
    spec = {"DEV": {"thresholds": "e=350, c=550, i=850"}}
    assert calibrate_frame(lr, spec, keep="case").equals(calibrate_frame(lr, spec, keep=["case"]))
    assert calibrate_frame(lr, spec, keep=None).equals(calibrate_frame(lr, spec))   # was: TypeError
    with pytest.raises(QCAInputError, match=r"'case' is the data's index, which the result keeps as its own index"):
        calibrate_frame(lr.set_index("case"), spec, keep=["case"])


def test_a_float32_cut_off_is_the_decimal_it_shows():
    """incl_cut=np.float32(0.85) (a cut-off taken from a float32 array or frame) was 0.8500000238: a row at
    consistency 0.85 was coded 0 (the tolerance, 1.5e-8, is below float32's error). Now 0.85, as in float64; the
    same for pri_cut and necessity's benchmark."""
    frame = pd.DataFrame({"X": [1.0, 0.0], "Y": [0.85, 0.9]}, index=["a", "b"])

    def out(**cuts):
        return [r["OUT"] for r in truth_table(frame, "Y", "X", **cuts).to_dict()["rows"] if r["config"] == [1]]

    assert out(incl_cut=np.float32(0.85)) == out(incl_cut=0.85) == ["1"]
    assert out(incl_cut=(np.float32(0.85), np.float32(0.5))) == ["1"]
    assert out(pri_cut=np.float32(0.85)) == out(pri_cut=0.85)
    nec = necessity(frame.assign(Y=[0.85, 0.0]), "Y", "X", benchmark=np.float32(0.85)).to_dict()
    assert nec == necessity(frame.assign(Y=[0.85, 0.0]), "Y", "X", benchmark=0.85).to_dict()


def test_one_row_number_is_a_row_to_exclude():
    """minimize(tt, exclude=10), as R's exclude = 10 and the CLI's --exclude 10, was refused ('rows must be a list
    of row numbers, got 10'); one number is now that row (esa's and find_rows' row arguments alike)."""
    lf = pd.read_csv(DATASETS / "LF.csv", index_col="case")
    tt = truth_table(lf, "SURV", "DEV, URB, LIT, IND, STB", incl_cut=0.8)
    assert minimize(tt, include="?", exclude=10).to_dict() == minimize(tt, include="?", exclude=[10]).to_dict()
    assert minimize(tt, include="?", exclude=np.int64(10)).to_dict() == minimize(tt, include="?", exclude="10").to_dict()


def test_an_intermediate_pair_repr_lists_at_most_ten_models_as_a_solution_does():
    """A Solution's one-line repr lists its first 10 models, then ' | ...'; an IntermediatePair's listed every
    model, so a pair of 1,000 models (a dict of pairs shown in Jupyter) was one line of every expression."""
    rng = np.random.default_rng(0)
    frame = pd.DataFrame(rng.integers(0, 2, (30, 7)), columns=[f"C{i}" for i in range(7)]).assign(
        Y=rng.integers(0, 2, 30))
    sol = minimize(truth_table(frame, "Y"), include="?", dir_exp=",".join(["1"] * 7), max_models=30)
    pair = max(sol.intermediate.values(), key=lambda p: len(p.models))
    assert len(pair.models) > 10
    assert repr(pair).count(" | ") == 10 and repr(pair).endswith(" | ...>")


def test_calibrate_frame_finds_a_column_named_by_a_number_as_truth_table_does():
    """A frame with integer column labels: truth_table takes outcome '5' for the column 5 (names are compared as
    text), calibrate_frame refused spec {'0': ...} ("raw column '0' not in the data (columns: [0, 1, ...])")."""
    from analysis.qca import calibrate_frame

    lr = pd.read_csv(DATASETS / "LR.csv", index_col="case")
    numbered = lr.set_axis(range(lr.shape[1]), axis=1)
    rule = {"thresholds": "e=350, c=550, i=850"}
    want = calibrate_frame(lr, {"DEV": rule})["DEV"].tolist()
    assert calibrate_frame(numbered, {"0": rule})["0"].tolist() == want
    assert calibrate_frame(numbered, {"D": {**rule, "source": "0"}})["D"].tolist() == want
    assert calibrate_frame(numbered, {0: rule})[0].tolist() == want


def test_a_complex_column_is_refused_where_a_cell_has_an_imaginary_part():
    """A complex column (df.astype(complex)) was read by its real part: a cell 1+5j counted as full membership
    without a word. A cell with an imaginary part is refused, naming it; a complex column whose cells are all real
    reads as those reals."""
    from analysis.qca import truth_table
    from analysis.qca.errors import QCAInputError

    floats = pd.DataFrame({"A": [1.0, 0, 1, 0], "B": [1.0, 1, 0, 0], "Y": [1.0, 0, 1, 0]})
    df = floats.astype(complex)
    assert truth_table(df, "Y").to_frame().equals(truth_table(floats, "Y").to_frame())
    df.loc[0, "A"] = 1 + 5j
    with pytest.raises(QCAInputError, match=r"'A'.*complex numbers \(an imaginary part, e\.g\. \(1\+5j\)\)"):
        truth_table(df, "Y")


def test_a_mistyped_cell_in_a_set_is_not_taken_for_a_column_of_labels():
    """One mistyped cell ('1x') among a crisp set's 0s and 1s was called 'text labels (e.g. SPSS value labels)' and,
    with the conditions taken from every column, the advice was to leave the set out of the conditions. The cell is
    now called mistyped, and leaving the set out is suggested only for a column mostly of text (found by the fuzz
    helper)."""
    from analysis.qca.errors import QCAInputError

    df = pd.DataFrame({"case": ["AU", "BE", "CZ", "EE"], "DEV": [1, 1, 0, 0], "LIT": ["1", "0", "1x", "0"],
                       "SURV": [1, 1, 0, 0]}).set_index("case")
    with pytest.raises(QCAInputError) as err:
        truth_table(df, "SURV")
    assert "'LIT': mistyped cells in a column of numbers" in str(err.value)
    assert "no set" not in str(err.value) and "SPSS" not in str(err.value)
    df["LIT"] = ["big", "small", "big", "1"]
    with pytest.raises(QCAInputError, match=r"if 'LIT' is no set, list the conditions without it"):
        truth_table(df, "SURV")


def test_a_list_mixing_float32_with_python_floats_is_read_as_the_decimals_it_shows():
    """consistency([np.float32(0.6), 1.0], [0.6, 1.0]) was 0.99999998 (numpy made the list float64 of float32's
    binary value, 0.6000000238), where the same memberships as a float32 array gave 1.0: each cell is the decimal it
    shows, by the one rule (checks.cell_number)."""
    from analysis.qca import consistency, coverage

    mixed = [np.float32(0.6), 1.0, np.float16(0.3)]
    assert consistency(mixed, [0.6, 1.0, 0.3]) == 1.0 == consistency(np.array([0.6, 1.0, 0.3]), [0.6, 1.0, 0.3])
    assert coverage([0.6, 1.0, 0.3], mixed) == 1.0


def test_a_case_name_twice_in_an_index_read_from_a_file_is_named_as_a_case_entered_twice(tmp_path):
    """pd.read_csv(path, index_col='county') of a file holding one county twice was told 'pd.concat keeps each
    frame's index: pd.concat(..., ignore_index=True) numbers the rows anew', the advice for frames joined with their
    indexes 0, 1, 2, ... (which it keeps); a repeated name is a case entered twice, and the message says so. Repeated
    numbers keep the advice on pd.concat."""
    from analysis.qca import QCAInputError

    path = tmp_path / "counties.csv"
    path.write_text("county,A,B,Y\nAnxi,0.9,0.2,0.8\nBaoding,0.7,0.3,0.7\nChangle,0.3,0.8,0.2\nDali,0.8,0.1,0.9\n"
                    "Anxi,0.6,0.4,0.8\n", encoding="utf-8")
    with pytest.raises(QCAInputError) as err:
        truth_table(pd.read_csv(path, index_col="county"), "Y")
    assert str(err.value) == ("duplicate case name(s): Anxi; case names must be unique: 'Anxi' in row(s) 1, 5; the "
                              "cases are named by the frame's index ('county'), which repeats these labels: a case "
                              "entered twice? Give each case a name of its own, or remove the row entered twice")
    frame = pd.read_csv(path).drop(columns="county")
    with pytest.raises(QCAInputError, match=r"pd.concat keeps each frame's index"):
        truth_table(pd.concat([frame, frame]), "Y")


def test_an_empty_result_table_keeps_the_dtypes_of_a_full_one():
    """super_subset() with no expression passing, and smmr()'s per-term tables with no case of the type, gave a frame
    of object columns: concatenated with the same table of another outcome or model (pd.concat, to write one CSV
    for a paper) its inclN / Best became object columns holding floats, which round(3) leaves unrounded. An empty
    table now has the dtypes of a full one."""
    from analysis.qca import smmr, super_subset

    lc = pd.read_csv(DATASETS / "LC.csv", index_col="case")
    conds = ["DEV", "URB", "LIT", "IND", "STB"]
    full = super_subset(lc, "SURV", conds, incl_cut=0.9, cov_cut=0.6).to_frame()
    empty = super_subset(lc, "SURV", conds, incl_cut=1, cov_cut=1.0, depth=1).to_frame()
    assert len(full) and not len(empty)
    assert empty.dtypes.to_dict() == full.dtypes.to_dict()
    assert pd.concat([empty, full])["inclN"].dtype == np.float64
    sol = minimize(truth_table(lc, "SURV", conds), include="?")     # DEV*STB <-> SURV: no deviant case
    typical, deviant = smmr(sol, "typical"), smmr(sol, "deviant consistency")
    assert len(typical) and not len(deviant)
    shared = ["case", "term", "term_membership", "outcome", "best"]
    assert deviant[shared].dtypes.to_dict() == typical[shared].dtypes.to_dict()


@pytest.mark.parametrize("given, said", [
    (pd.NA, "got <NA>"), (float("nan"), "got nan"), (True, "got True"), (b"case", "got b'case'"),
    (("case",), "got ('case',)"), (pd.Categorical(["AU"] * 18), "got a pandas Categorical (18 values)"),
])
def test_a_case_column_that_is_no_name_is_refused_naming_it(given, said):
    """case_column=pd.NA (a missing value from a program's table of settings) was pandas' 'boolean value of NA is
    ambiguous', a Categorical of the names numpy's 'could not broadcast input array from shape (18,) into shape (1,)',
    and read_data(path, case_column=-1) or a Path "'int' object is not iterable" (found by tools/fuzz_api.py's
    round-39 pools). A case column is named by a text (or a whole number, a column label); anything else is refused,
    naming it, by truth_table and read_data alike."""
    from analysis.qca import QCAInputError, read_data

    lf = pd.read_csv(DATASETS / "LF.csv")
    with pytest.raises(QCAInputError) as exc:
        truth_table(lf, "SURV", "DEV, URB", case_column=given)
    assert str(exc.value).startswith("case_column must be the name of the data's column of case names, " + said)
    with pytest.raises(QCAInputError) as exc:
        read_data(DATASETS / "LF.csv", case_column=given)
    assert str(exc.value).startswith("case_column must be the name of the file's column of case names, " + said)
    for number in (-1, 10**20, Path("case")):
        with pytest.raises(QCAInputError, match="case_column must be the name of the file's column of case names"):
            read_data(DATASETS / "LF.csv", case_column=number)


@pytest.mark.parametrize("column, said", [
    ([0.2, 47.5, 0.9], r"condition 'A' has membership\(s\) outside \[0, 1\] for case\(s\) 'b': 47\.5"),
    ([0.3, 0.8, -0.4], r"condition 'A' has negative value\(s\) for case\(s\) 'c': -0\.4"),
])
def test_a_term_of_a_column_that_holds_no_memberships_is_refused_naming_the_case(column, said):
    """term_membership / expression_membership of a column of raw values (47.5) or of a negative value read them as
    memberships without a word: 'A' gave 1 for 47.5 (capped by the crisp top), '~A' gave -46.5, and -0.4 came back
    as it was, where truth_table, pof and necessity refuse such a column naming the case. Now the same refusal."""
    df = pd.DataFrame({"A": column, "B": [1, 0, 1]}, index=["a", "b", "c"])
    for call in (lambda: term_membership(df, "~A*B"), lambda: expression_membership(df, "A + B"),
                 lambda: term_membership(df, {"A": 1})):
        with pytest.raises(QCAInputError, match=said):
            call()
    assert term_membership(df, "B").tolist() == [1.0, 0.0, 1.0]   # a column the term does not use is not read


@pytest.mark.parametrize("dtype", ["float32", "Float32"])
def test_the_membership_of_a_term_reads_narrow_floats_as_the_decimals_they_show(dtype):
    """term_membership / expression_membership read a float32 column as its binary values (0.8100000023841858 for
    0.81), where truth_table, pof and the measures read it as the decimals it shows (0.81)."""
    lf = pd.read_csv(DATASETS / "LF.csv", index_col="case")
    for expression in ("DEV*~URB", "DEV*~URB + STB"):
        want = expression_membership(lf, expression).tolist()
        assert expression_membership(lf.astype(dtype), expression).tolist() == want
    assert term_membership(lf.astype(dtype), "~DEV*LIT").tolist() == term_membership(lf, "~DEV*LIT").tolist()


def test_a_term_given_as_a_mapping_finds_a_column_named_by_a_number():
    """A frame whose columns are named by numbers (pd.read_csv(header=None), df.columns = range(k)) takes the term
    {0: 1, 1: 0}, as its text '0*~1' and truth_table(df, 5, [0, 1]) do; it was 'unknown condition(s) 0, 1 (columns:
    0, 1, ...)', naming the very columns it could not find."""
    df = pd.DataFrame({0: [0.2, 0.8, 1.0], 1: [1.0, 0.3, 0.0]})
    assert term_membership(df, {0: 1, 1: 0}).tolist() == term_membership(df, "0*~1").tolist() == [0.0, 0.7, 1.0]
    assert expression_membership(df, [{0: 1}, {1: 1}]).tolist() == expression_membership(df, "0 + 1").tolist()


@pytest.mark.parametrize("as_text", [lambda s: s.astype(str), lambda s: s.astype("string"),
                                     lambda s: s.astype(str).astype("category"), lambda s: s.astype(str).to_numpy(),
                                     lambda s: np.array(s.astype(str).tolist())],
                         ids=["str", "string", "category of text", "object array", "numpy text array"])
def test_a_measure_of_numbers_written_as_text_says_so_and_how_to_convert(as_text):
    """consistency(df['DEV'], df['SURV']) of a column of numbers held as text (pandas 3 reads a column with one
    stray cell as text; df.astype(str)) said "got the non-numeric value '0.81'", of a number; a numpy array of text
    said 'got text such as'. Both now say the value is a number written as text and how to convert it."""
    from analysis.qca import consistency, coverage, pri

    lf = pd.read_csv(DATASETS / "LF.csv", index_col="case")
    for f in (consistency, coverage, pri):
        with pytest.raises(QCAInputError, match=r"^x must be memberships in \[0, 1\] \(numbers\), got text such as "
                                                r"'0\.81': a number written as text; convert the column first, "
                                                r"pd\.to_numeric\(x\)$"):
            f(as_text(lf["DEV"]), lf["SURV"])
    with pytest.raises(QCAInputError, match=r"^y must be memberships in \[0, 1\] \(numbers\), got text such as "
                                            r"'FALSE'$"):
        consistency(lf["DEV"], (lf["SURV"] > 0.5).astype(str).str.upper())
    got = consistency(pd.to_numeric(as_text(lf["DEV"]).tolist()), lf["SURV"].to_numpy())   # the conversion said works
    assert got == consistency(lf["DEV"], lf["SURV"])


def test_negate_of_a_frame_of_numbers_written_as_text_says_how_to_convert_its_columns():
    """negate(df.astype(str)): the frame's column is named and the conversion said is of the frame's columns."""
    from analysis.qca import negate

    lf = pd.read_csv(DATASETS / "LF.csv", index_col="case")
    with pytest.raises(QCAInputError, match=r"^x column 'DEV' must be memberships in \[0, 1\] \(numbers\), got text "
                                            r"such as '0\.81': a number written as text; convert the columns first, "
                                            r"x\.apply\(pd\.to_numeric\)$"):
        negate(lf.astype(str))
    assert negate(lf.astype(str).apply(pd.to_numeric)).equals(negate(lf))


def test_columns_named_by_tuples_are_refused_saying_how_to_name_them():
    """A frame whose columns are named by tuples, a MultiIndex flattened (df.columns.to_flat_index(), pandas 3's
    set_axis of tuples): truth_table(df, ('b', 'SURV')) was told "one outcome per call, e.g. outcome='b'" (the tuple
    taken for a list of outcomes) and outcome "('b', 'SURV')" to rename the column "'b'_'SURV'"; pof and
    term_membership of a MultiIndex said only that 'DEV' is no column. Each is now told how to name the sets, in a
    form that works on its columns (checked below)."""
    lc = pd.read_csv(DATASETS / "LC.csv", index_col="case")
    tuples = [("sets", c) for c in lc.columns]
    flat = lc.set_axis(pd.Index(tuples, tupleize_cols=False), axis=1)
    said = (r"^the data's columns are named by tuples of 2 parts \(the first \('sets', 'DEV'\); a MultiIndex "
            r"flattened\): QCA names each set by one name; keep the part that varies: df\.columns = \[c\[1\] for c in "
            r"df\.columns\] \(then the first column is 'DEV'\)$")
    for call in (lambda d: truth_table(d, ("sets", "SURV")), lambda d: truth_table(d, "('sets', 'SURV')"),
                 lambda d: necessity(d, ("sets", "SURV")), lambda d: pof("DEV*~URB", d, "SURV"),
                 lambda d: term_membership(d, "DEV")):
        with pytest.raises(QCAInputError, match=said):
            call(flat)
    multi = lc.set_axis(pd.MultiIndex.from_tuples(tuples), axis=1)
    for call in (lambda d: pof("DEV*~URB", d, "SURV"), lambda d: term_membership(d, "DEV"),
                 lambda d: expression_membership(d, "DEV + URB")):
        with pytest.raises(QCAInputError, match=r"^the data's columns are a MultiIndex of 2 levels"):
            call(multi)
    fixed = flat.copy()
    fixed.columns = [c[1] for c in fixed.columns]   # the advice, as written
    assert truth_table(fixed, "SURV").to_dict() == truth_table(lc, "SURV").to_dict()
    both = lc.set_axis(pd.Index([(c, i) for i, c in enumerate(lc.columns)], tupleize_cols=False), axis=1)
    with pytest.raises(QCAInputError, match=r"join the parts: df\.columns = \['_'\.join\(map\(str, c\)\) for c in "
                                            r"df\.columns\] \(then the first column is 'DEV_0'\)$"):
        truth_table(both, "SURV_5")
    both.columns = ['_'.join(map(str, c)) for c in both.columns]
    assert truth_table(both, "SURV_5").to_dict()["rows"] == truth_table(lc, "SURV").to_dict()["rows"]


@pytest.mark.parametrize("given, said", [
    (lambda lf: lf[["SURV"]], "got a pandas DataFrame of the one column 'SURV' (18 rows): give the column's name, "
                              "outcome='SURV'; the data frame holds its values"),
    (lambda lf: lf[["SURV", "DEV"]], "got a pandas DataFrame of 2 columns ('SURV', 'DEV') (18 rows): give one column's "
                                     "name, e.g. outcome='SURV'; the data frame holds its values"),
    (lambda lf: lf.columns[-1:], "got a pandas Index (1 values) holding 'SURV': one outcome, written as a text: "
                                 "outcome='SURV'"),
    (lambda lf: np.array(["SURV"]), "got a numpy array (1 values) holding 'SURV': one outcome, written as a text: "
                                    "outcome='SURV'"),
    (lambda lf: pd.Categorical(["SURV", "DEV"]), "got a pandas Categorical (2 values) holding 'SURV', 'DEV': one "
                                                 "outcome per call, e.g. outcome='SURV'"),
], ids=["one-column frame", "frame", "index", "array", "categorical"])
def test_an_outcome_given_as_a_frame_or_an_array_of_names_is_told_the_name_to_write(given, said):
    """outcome=df[['SURV']] (a one-column frame, as conditions are selected) was answered with the frame's printout,
    over 20 lines, as the message; outcome=df.columns[-1:] with the Index's repr and no hint; np.array(['SURV'])
    was told that 'the data frame holds its values', of a name. Each now says what it got in one line and the
    outcome to write (accepted, below); the workshop has a Chinese line for each."""
    from analysis.workshop import engine_error_zh

    lf = pd.read_csv(DATASETS / "LF.csv", index_col="case")
    with pytest.raises(QCAInputError) as exc:
        necessity(lf, given(lf))
    assert str(exc.value) == "outcome must be a column name (optionally '~NAME' or 'NAME{v}'), " + said
    zh = engine_error_zh(exc.value)
    assert zh is not None and zh.startswith("结果须是一个列名") and ("\n" not in zh)
    if "the one column" in said:
        assert "只有一列 'SURV' 的 pandas DataFrame（18 行）" in zh
    necessity(lf, said.rsplit("outcome=", 1)[1].split("'")[1])


def test_cluster_diagnostics_of_a_panel_indexed_by_its_units_names_a_row_by_its_unit_and_cluster():
    """A panel indexed by its units (df.set_index('CASE'), each country once per wave: the index pandas users give
    panel data) was refused by cluster_diagnostics as 'duplicate case name(s): AU, BE, ...; a case entered twice?',
    while the unit and cluster columns identify each row (and their pairs are checked to be unique). Now the same
    result as the frame indexed by 'AU_1', ..., and a message names a row by its unit and cluster."""
    from analysis.qca import cluster_diagnostics

    panel = pd.read_csv(DATASETS.parents[1] / "reference" / "r-setmethods" / "LF_panel.csv", index_col=0)
    by_unit = panel.set_index(panel["CASE"].rename("country"))
    want = {k: str(v) for k, v in cluster_diagnostics(panel, "DEV*URB + ~STB", "SURV", "CASE", "WAVE").items()}
    assert {k: str(v) for k, v in cluster_diagnostics(by_unit, "DEV*URB + ~STB", "SURV", "CASE", "WAVE").items()} == want
    gap = by_unit.copy()
    gap.iloc[18, gap.columns.get_loc("DEV")] = np.nan   # AU in wave 2
    with pytest.raises(QCAInputError, match=r"missing values in column\(s\) 'DEV' \(case\(s\) 'AU_2'\)"):
        cluster_diagnostics(gap, "DEV*URB + ~STB", "SURV", "CASE", "WAVE")


def test_calibrate_frame_of_raw_data_with_a_multiindex_or_tuple_columns_says_how_to_name_them():
    """calibrate_frame of raw data read with two header rows (read_excel(header=[0, 1]): a MultiIndex) or whose
    columns are tuples said "raw column 'DEV' not in the data (columns: [('raw', 'DEV'), ...])", where truth_table
    says how to name the columns; it now gives the same advice, which works (checked)."""
    from analysis.qca import calibrate_frame

    lr = pd.read_csv(DATASETS / "LR.csv", index_col="case")
    spec = {"DEV": {"thresholds": "e=350, c=550, i=850"}}
    tuples = [("raw", c) for c in lr.columns]
    for columns, said in ((pd.MultiIndex.from_tuples(tuples), r"^the data's columns are a MultiIndex of 2 levels .*: "
                                                              r"df\.droplevel\(0, axis=1\) \(then the first column is "
                                                              r"'DEV'\)$"),
                          (pd.Index(tuples, tupleize_cols=False), r"^the data's columns are named by tuples of 2 parts "
                                                                  r".*: df\.columns = \[c\[1\] for c in df\.columns\] "
                                                                  r"\(then the first column is 'DEV'\)$")):
        with pytest.raises(QCAInputError, match=said):
            calibrate_frame(lr.set_axis(columns, axis=1), spec)
    assert calibrate_frame(lr.set_axis(pd.MultiIndex.from_tuples(tuples), axis=1).droplevel(0, axis=1), spec).equals(
        calibrate_frame(lr, spec))
    fixed = lr.set_axis(pd.Index(tuples, tupleize_cols=False), axis=1)
    fixed.columns = [c[1] for c in fixed.columns]
    assert calibrate_frame(fixed, spec).equals(calibrate_frame(lr, spec))


def test_a_measure_names_a_bad_membership_of_a_series_by_its_case():
    """consistency(df['DEV'], df['SURV']) with a missing or out-of-range membership named it 'at position(s) 1' (a
    position counted from 0 that a researcher with 200 cases counts to); a Series' cells are now named by their
    index labels after the index's name, as calibrate names them ('at case 'BE''). Lists and arrays keep positions."""
    from analysis.qca import consistency, negate

    lf = pd.read_csv(DATASETS / "LF.csv", index_col="case")
    gap = lf["DEV"].copy()
    gap["BE"] = np.nan
    with pytest.raises(QCAInputError, match=r"^x must be memberships in \[0, 1\] without missing values, got NaN at "
                                            r"case 'BE'$"):
        consistency(gap, lf["SURV"])
    with pytest.raises(QCAInputError, match=r"without missing values, got (NaN|a missing value) at case 'BE'$"):
        consistency(gap.astype("Float64"), lf["SURV"])
    with pytest.raises(QCAInputError, match=r"^y must be memberships in \[0, 1\], got values outside it at index "
                                            r"'AU', 'CZ' \(e\.g\. 5\.0\)"):
        consistency(lf["DEV"].to_numpy(), lf["SURV"].reset_index(drop=True).set_axis(lf.index.tolist()).where(
            ~lf.index.isin(["AU", "CZ"]), 5.0))
    with pytest.raises(QCAInputError, match=r"^x column 'DEV' must be memberships .*got NaN at case 'BE'$"):
        negate(lf.assign(DEV=gap))
    with pytest.raises(QCAInputError, match=r"got NaN at position 1$"):   # one position (was 'position(s) 1')
        consistency(gap.to_numpy(), lf["SURV"].to_numpy())


@pytest.mark.parametrize("cell", [[0.81], (0.81,), {"DEV": 0.81}, np.array([0.81])], ids=["list", "tuple", "dict", "array"])
def test_a_cell_holding_a_list_is_a_cell_that_is_no_number_named_by_its_case(cell):
    """An object column with a cell holding a list (a value set with df.at[...] = [0.81], a frame built from JSON)
    ended truth_table in numpy's bare 'ValueError: setting an array element with a sequence' (pd.isna of a list is
    an array); it is now a cell that is no number, named by its case, as any other."""
    lf = pd.read_csv(DATASETS / "LF.csv", index_col="case")
    bad = lf.astype(object)
    bad.at["AU", "DEV"] = cell
    with pytest.raises(QCAInputError, match=r"^non-numeric values in column\(s\) 'DEV' \(case\(s\) 'AU': "):
        truth_table(bad, "SURV")


def test_a_column_of_durations_is_named_as_durations():
    """A column of durations (pd.to_timedelta, a difference of two dates) taken for a set was told 'text labels (e.g.
    SPSS value labels): export the numeric codes', which it is not; it is now named as durations with the number to
    compute from them (checked to give the days)."""
    lf = pd.read_csv(DATASETS / "LF.csv", index_col="case")
    spell = lf.assign(DEV=pd.to_timedelta(lf["DEV"] * 10, unit="D"))
    with pytest.raises(QCAInputError, match=r"'DEV': durations \(e\.g\. '8 days 02:24:00'\), not numbers: compute a "
                                            r"number from each \(in days, df\[col\]\.dt\.total_seconds\(\) / 86400\) "
                                            r"and calibrate it into memberships \(analysis\.qca\.calibrate\)\. QCA needs"):
        truth_table(spell, "SURV", "DEV, URB")
    assert np.allclose(spell["DEV"].dt.total_seconds() / 86400, lf["DEV"] * 10)


def test_good_practice_reads_a_necessity_table_it_is_given_or_names_what_is_wrong_in_it():
    """good_practice(sol, necessity=table) of a table the researcher built or edited: a cell that is no number ended
    in Python's bare 'could not convert string to float', inclN in percent (92.0 for 0.92) read every literal as
    consistent with necessity without a word, and a row without its condition was listed as 'nan'. Each is now
    refused naming the column and the conditions; numbers written as text and pandas' Float64 give the result of
    the table itself, and NaN (an undefined measure, as necessity() gives one) stays allowed."""
    from analysis.qca import good_practice

    lf = pd.read_csv(DATASETS / "LF.csv", index_col="case")
    sol = minimize(truth_table(lf, "SURV", incl_cut=0.8), "?")
    table = necessity(lf, "SURV").to_frame()[["condition", "inclN", "RoN", "covN"]]
    want = good_practice(sol, necessity=table).to_dict()
    for same in (table.astype(str), table.astype({"inclN": "Float64", "RoN": "Float64"}),
                 necessity(lf, "SURV").to_frame()):
        assert good_practice(sol, necessity=same).to_dict() == want
    typo = table.astype({"inclN": object})
    typo.loc[typo["condition"] == "STB", "inclN"] = "0,92"
    with pytest.raises(QCAInputError, match=r"^necessity table: column 'inclN' must hold numbers in \[0, 1\], got "
                                            r"'STB': '0,92' for the condition shown$"):   # was 'condition(s)'
        good_practice(sol, necessity=typo)
    typo.loc[typo["condition"] == "LIT", "inclN"] = "0,9"
    with pytest.raises(QCAInputError, match=r"got '\w+': '0,9\d?', '\w+': '0,9\d?' for the conditions shown$"):
        good_practice(sol, necessity=typo)
    with pytest.raises(QCAInputError, match=r"^necessity table: column 'inclN' must hold numbers in \[0, 1\], got "
                                            r"'~DEV': 28\.5.* \(percentages\? give them as shares, e\.g\. 0\.92 for 92\)$"):
        good_practice(sol, necessity=table.assign(inclN=table["inclN"] * 100))
    with pytest.raises(QCAInputError, match=r"^necessity table: row 10 names no condition"):   # was 'row(s) 10 name'
        good_practice(sol, necessity=table.assign(condition=table["condition"].where(table["condition"] != "STB")))
    with pytest.raises(QCAInputError, match=r"^necessity table: rows \d+, 10 name no condition"):
        good_practice(sol, necessity=table.assign(condition=table["condition"].where(
            ~table["condition"].isin(["STB", "LIT"]))))
    undefined = table.assign(covN=table["covN"].where(table["condition"] != "~DEV"))   # NaN: undefined, allowed
    assert good_practice(sol, necessity=undefined).to_dict()["counts"] == want["counts"]


def test_good_practice_reads_a_robustness_tables_power_as_booleans_or_names_the_rows():
    """good_practice(sol, robustness=table) read has_power by astype(bool): the text 'False' (a table typed or read as
    text) was a test with power, without a word, and a missing cell (pandas' boolean NA) ended in Python's bare
    'cannot convert float NaN to bool'. Booleans, pandas' boolean and 1 / 0 give the same report; text and missing
    cells are refused naming the rows, and the conversion said works."""
    from analysis.qca import good_practice

    lf = pd.read_csv(DATASETS / "LF.csv", index_col="case")
    sol = minimize(truth_table(lf, "SURV", incl_cut=0.8), "?")
    table = pd.DataFrame({"sweep": ["incl_cut", "calibration"], "varies": ["incl_cut", "calibration"],
                          "has_power": [True, False]})
    want = good_practice(sol, robustness=table).to_dict()
    for same in ([1, 0], pd.array([True, False], dtype="boolean"), np.array([True, False], dtype=object)):
        assert good_practice(sol, robustness=table.assign(has_power=same)).to_dict() == want
    text = table.astype({"has_power": str})
    with pytest.raises(QCAInputError, match=r"^robustness: column 'has_power' must hold True or False \(or 1 / 0\) in "
                                            r"every row, got row 1 \(sweep 'incl_cut'\): 'True', row 2 \(sweep "
                                            r"'calibration'\): 'False'; a text such as 'False' is no boolean"):
        good_practice(sol, robustness=text)
    text["has_power"] = text["has_power"].map({'True': True, 'False': False})   # the conversion, as said
    assert good_practice(sol, robustness=text).to_dict() == want
    with pytest.raises(QCAInputError, match=r"got row 2 \(sweep 'calibration'\): <NA>; say for each sweep whether it "
                                            r"has power$"):
        good_practice(sol, robustness=table.assign(has_power=pd.array([True, pd.NA], dtype="boolean")))


def test_good_practice_reads_a_robustness_tables_changes_as_counts_or_names_the_rows():
    """good_practice(sol, robustness=table) read truth_table_changed by astype(float): a cell that is no number ended
    in Python's bare 'could not convert string to float', and a missing cell (NaN, pandas' NA) was read as 0, a test
    without power, without a word. Counts as text or Int64 give the same report; the others are refused naming the
    rows."""
    from analysis.qca import good_practice

    lf = pd.read_csv(DATASETS / "LF.csv", index_col="case")
    sol = minimize(truth_table(lf, "SURV", incl_cut=0.8), "?")
    table = pd.DataFrame({"sweep": ["incl_cut", "calibration"], "varies": ["incl_cut", "calibration"],
                          "truth_table_changed": [2, 0]})
    want = good_practice(sol, robustness=table).to_dict()
    for same in (["2", "0"], pd.array([2, 0], dtype="Int64"), [2.0, 0.0]):
        assert good_practice(sol, robustness=table.assign(truth_table_changed=same)).to_dict() == want
    for bad, said in ((["2", "x"], "'x'"), ([2, np.nan], "nan"), (pd.array([2, pd.NA], dtype="Int64"), "<NA>")):
        with pytest.raises(QCAInputError, match=r"^robustness: column 'truth_table_changed' must hold a count \(0, 1, "
                                                r"2, \.\.\.: the settings that change the truth table\) in every row, "
                                                rf"got row 2 \(sweep 'calibration'\): {said}$"):
            good_practice(sol, robustness=table.assign(truth_table_changed=bad))


def test_a_term_names_a_missing_membership_of_a_panel_by_its_case_name():
    """term_membership of a panel indexed by (country, year) named a missing membership "(cases ('GR', 1990))", the
    tuple's repr, where truth_table names that case 'GR_1990' (data.case_name)."""
    frame = pd.DataFrame({"DEV": [0.2, np.nan], "URB": [1.0, 0.0]},
                         index=pd.MultiIndex.from_tuples([("AU", 1990), ("GR", 1990)], names=["country", "year"]))
    with pytest.raises(QCAInputError, match=r"^column 'DEV' has missing or non-numeric values \(cases GR_1990\)$"):
        term_membership(frame, "DEV*URB")
