"""The engine on pyarrow-backed frames, as pandas 3 gives them when pyarrow is installed (the common case on a
researcher's machine): its default string dtype is then pyarrow-backed, and read_csv(..., dtype_backend='pyarrow'),
engine='pyarrow', read_parquet, read_feather and convert_dtypes() give ArrowDtype columns. Each entry point gives the
plain-float frame's answer, or one error naming the column and case, never a pyarrow or pandas traceback, never a
missing cell read as a number. pyarrow is in the lock's test group (pyproject.toml); without it the tests that need
it are skipped, the others (pandas' own nullable dtypes, which have the same missing cell, pd.NA) still run."""
from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis.qca import QCAInputError, calibrate, calibrate_frame

ROOT = Path(__file__).resolve().parents[1]
DATASETS = ROOT / "data" / "reference" / "datasets"
FUZZY = "e=350, c=550, i=850"


def raw_dev() -> pd.Series:
    """Lipset's raw DEV of six cases, BE's missing."""
    x = pd.read_csv(DATASETS / "LR.csv", index_col="case")["DEV"].head(6).astype(float)
    x.loc["BE"] = np.nan
    return x


def _arrow_dtype(name: str):
    pa = pytest.importorskip("pyarrow")
    return {"string[pyarrow]": "string[pyarrow]", "ArrowDtype string": pd.ArrowDtype(pa.string()),
            "large_string": pd.ArrowDtype(pa.large_string())}[name]


@pytest.mark.parametrize("dtype", ["string", "string[pyarrow]", "ArrowDtype string", "large_string"])
def test_a_missing_raw_value_in_a_text_column_is_missing_not_a_label(dtype):
    """A raw column of numbers as text with a missing cell (pandas' string dtype, pyarrow-backed by default when
    pyarrow is installed) gave calibrate() and calibrate_frame() its missing cell, pd.NA, as a value: 'x must be
    numeric; <NA> is not a number (at case 'BE'): text labels (e.g. SPSS value labels)', even with missing='keep'.
    It is now a missing value, as the float column's NaN is: named by its case, kept as NaN with missing='keep'."""
    plain = raw_dev()
    text = plain.map(lambda v: None if np.isnan(v) else f"{v:g}").astype(dtype if dtype == "string" else
                                                                           _arrow_dtype(dtype))
    assert text.isna().tolist() == plain.isna().tolist()
    for kind in ({"thresholds": FUZZY}, {"type": "crisp", "thresholds": 550}):
        want = calibrate(plain, missing="keep", **kind)
        got = calibrate(text, missing="keep", **kind)
        assert np.array_equal(got.to_numpy(), want.to_numpy(), equal_nan=True)
        assert got.index.tolist() == want.index.tolist()
        with pytest.raises(QCAInputError, match=r"^x has 1 missing value\(s\) \(NaN\) at case 'BE'; drop or impute"):
            calibrate(text, **kind)
    spec = {"DEV": {"thresholds": FUZZY}}
    kept = calibrate_frame(text.to_frame(), spec, missing="keep")["DEV"]
    assert np.array_equal(kept.to_numpy(), calibrate_frame(plain.to_frame(), spec, missing="keep")["DEV"].to_numpy(),
                          equal_nan=True)
    with pytest.raises(QCAInputError, match=r"^calibrating 'DEV' from column 'DEV': x has 1 missing value\(s\) \(NaN\) "
                                            r"at case 'BE'"):
        calibrate_frame(text.to_frame(), spec)


@pytest.mark.parametrize("dtype", ["boolean", "bool[pyarrow]", "object"])
def test_true_false_with_a_missing_cell_is_a_crisp_set_already(dtype):
    """calibrate() refuses True/False (df['DEV'] > 500: a crisp set already); with a missing cell (a nullable 'boolean'
    or bool[pyarrow] column, or objects) its cells came as objects: the nullable columns were told '<NA> is not a
    number ... text labels', and objects were calibrated, True read as 1 (crisp at 550: every case 0)."""
    if dtype == "bool[pyarrow]":
        pytest.importorskip("pyarrow")
    flags = (raw_dev() > 500).astype(object).where(raw_dev().notna(), None).astype(dtype)
    assert flags.isna().sum() == 1
    for kind in ({"thresholds": FUZZY}, {"type": "crisp", "thresholds": 550}):
        for missing in ("raise", "keep"):
            with pytest.raises(QCAInputError, match=r"^x must be numeric raw values, got True/False: that is a crisp "
                                                    r"set already"):
                calibrate(flags, missing=missing, **kind)


def test_a_raw_cell_holding_a_list_is_named_by_its_case():
    """A raw column whose cells hold lists (a pyarrow list column: read_parquet or read_json of nested data; an object
    column built from JSON) was made a 2-d array, and calibrate() ended in pandas' 'ValueError: Data must be
    1-dimensional'; it is now a value that is no number, named by its case, as in the data's columns."""
    x = raw_dev().dropna()
    cells = pd.Series([[v] for v in x], index=x.index)
    columns = [cells]
    try:
        import pyarrow as pa
    except ImportError:
        pass
    else:
        columns.append(cells.astype(pd.ArrowDtype(pa.list_(pa.float64()))))
    for column in columns:
        for missing in ("raise", "keep"):
            with pytest.raises(QCAInputError, match=r"^x must be numeric; \[720\.0\] is not a number \(5 values are "
                                                    r"not numbers, at case 'AU', 'CZ', 'EE', 'FI', 'FR'\): several "
                                                    r"values in each cell \(a list or a record, e\.g\. \[720\.0\]"):
                calibrate(column, thresholds=FUZZY, missing=missing)
        with pytest.raises(QCAInputError, match=r"^calibrating 'DEV' from column 'DEV': x must be numeric; \[720\.0\]"):
            calibrate_frame(column.rename("DEV").to_frame(), {"DEV": {"thresholds": FUZZY}})


# ---------------------------------------------------------------- every entry point on pyarrow-backed frames
CONDITIONS = "DEV, URB, LIT, IND, STB"


def _lipset(name: str, **read) -> pd.DataFrame:
    return pd.read_csv(DATASETS / f"{name}.csv", index_col="case", **read)


def _arrow_frames(name: str) -> dict[str, pd.DataFrame]:
    """Lipset's `name` data as pyarrow-backed frames come: read_csv with dtype_backend='pyarrow' or engine='pyarrow',
    convert_dtypes, astype, a Parquet and a Feather file read back (the case names a pyarrow string index too)."""
    pa = pytest.importorskip("pyarrow")
    import io

    plain = _lipset(name)

    def parquet(**read):
        buffer = io.BytesIO()
        plain.to_parquet(buffer)
        return pd.read_parquet(io.BytesIO(buffer.getvalue()), **read)

    def feather():
        buffer = io.BytesIO()
        plain.reset_index().to_feather(buffer)
        return pd.read_feather(io.BytesIO(buffer.getvalue()), dtype_backend="pyarrow").set_index("case")

    return {
        "dtype_backend": _lipset(name, dtype_backend="pyarrow"),
        "engine": _lipset(name, engine="pyarrow"),
        "engine and dtype_backend": _lipset(name, engine="pyarrow", dtype_backend="pyarrow"),
        "convert_dtypes": plain.convert_dtypes(dtype_backend="pyarrow"),
        "float[pyarrow]": plain.astype("float[pyarrow]"),
        "decimal": plain.astype(pd.ArrowDtype(pa.decimal128(38, 6))),
        "string[pyarrow]": plain.astype(str).astype("string[pyarrow]"),
        "dictionary": plain.astype(str).astype(pd.ArrowDtype(pa.dictionary(pa.int32(), pa.string()))),
        "index string[pyarrow]": plain.set_axis(plain.index.astype("string[pyarrow]")),
        "parquet": parquet(),
        "parquet, dtype_backend": parquet(dtype_backend="pyarrow"),
        "feather": feather(),
    }


def _answers(sets: pd.DataFrame, raw: pd.DataFrame) -> dict[str, str]:
    """What each public entry point answers on Lipset's fuzzy sets and raw data, as text."""
    from analysis import qca

    tt = qca.truth_table(sets, "SURV", CONDITIONS, incl_cut=0.8)
    solution = qca.minimize(tt, include="?", dir_exp="1,1,1,1,1")
    necessity = qca.necessity(sets, "SURV", CONDITIONS)
    panel = pd.concat([sets.assign(WAVE=w) for w in ("w1", "w2")]).reset_index()
    panel.index = [f"{c}_{w}" for c, w in zip(panel["case"], panel["WAVE"])]
    spec = {"DEV": {"thresholds": "e=350, c=550, i=850"}, "STB": {"thresholds": "e=10, c=6.5, i=3"},
            "SURV": {"type": "crisp", "thresholds": 0}}
    return {
        "truth_table": str(tt), "negated outcome": str(qca.truth_table(sets, "~SURV", CONDITIONS, incl_cut=0.8)),
        "minimize": str(solution), "necessity": str(necessity),
        "pof": str(qca.pof("DEV*STB + ~URB", sets, "SURV")), "pofind": str(qca.pofind(sets, "SURV", CONDITIONS)),
        "super_subset": str(qca.super_subset(sets, "SURV", CONDITIONS, incl_cut=0.9, cov_cut=0.6)),
        "esa": str(qca.esa(tt, nec_cond="STB")),
        "term_membership": repr(qca.term_membership(sets, "DEV*~URB").tolist()),
        "expression_membership": repr(qca.expression_membership(sets, "DEV*STB + ~URB").tolist()),
        "necessity_cases": qca.necessity_cases(sets, "SURV", "STB").to_string(),
        "calibrate_frame": qca.calibrate_frame(raw, spec).to_string(),
        "calibrate": repr(qca.calibrate(raw["DEV"], thresholds="e=350, c=550, i=850").tolist()),
        "robustness_protocol": str(qca.robustness_protocol(sets, "SURV", CONDITIONS, [{"label": "x", "incl_cut": 0.75}],
                                                           incl_cut=0.8)),
        "cluster_diagnostics": repr({k: v.to_dict() for k, v in
                                     qca.cluster_diagnostics(panel, "DEV*STB", "SURV", "case", "WAVE").items()}),
        "good_practice": str(qca.good_practice(solution, necessity=necessity)),
    }


@pytest.fixture(scope="module")
def plain_answers() -> dict[str, str]:
    return _answers(_lipset("LF"), _lipset("LR"))


@pytest.mark.parametrize("how", ["dtype_backend", "engine", "engine and dtype_backend", "convert_dtypes",
                                 "float[pyarrow]", "decimal", "string[pyarrow]", "dictionary", "index string[pyarrow]",
                                 "parquet", "parquet, dtype_backend", "feather"])
def test_every_entry_point_answers_a_pyarrow_backed_frame_as_the_plain_one(how, plain_answers):
    """Lipset's data read or converted every way pandas gives pyarrow-backed columns: every public entry point
    answers what it answers on the plain float frame (its printed result, to the last digit shown)."""
    got = _answers(_arrow_frames("LF")[how], _arrow_frames("LR")[how])
    assert got.keys() == plain_answers.keys()
    assert {k: v for k, v in got.items() if v != plain_answers[k]} == {}


@pytest.mark.parametrize("dtype", ["double[pyarrow]", "int64[pyarrow]", "bool[pyarrow]", "string[pyarrow]",
                                   "dictionary"])
def test_a_null_in_a_pyarrow_column_is_a_missing_value_named_by_its_case(dtype):
    """A pyarrow null (a missing cell of read_csv(dtype_backend='pyarrow'), Parquet, Feather) in a set is the missing
    value a plain frame's NaN is, named by column and case, in every entry point reading the data: never 0, never a
    pyarrow or pandas error."""
    pa = pytest.importorskip("pyarrow")
    from analysis import qca

    crisp = (_lipset("LF") >= 0.5).astype(float)
    crisp.loc["BE", "DEV"] = np.nan
    as_given = {"double[pyarrow]": crisp.astype("double[pyarrow]"),
                "int64[pyarrow]": crisp.astype("Int64").astype("int64[pyarrow]"),
                "bool[pyarrow]": crisp.astype("boolean").astype("bool[pyarrow]"),
                "string[pyarrow]": crisp.astype("Int64").astype("string[pyarrow]"),
                "dictionary": crisp.astype("Int64").astype(str).replace("<NA>", None).astype(
                    pd.ArrowDtype(pa.dictionary(pa.int32(), pa.string())))}[dtype]
    assert as_given["DEV"].isna().tolist() == crisp["DEV"].isna().tolist()
    calls = [lambda d: qca.truth_table(d, "SURV", CONDITIONS), lambda d: qca.necessity(d, "SURV", CONDITIONS),
             lambda d: qca.pof("DEV*STB", d, "SURV"), lambda d: qca.term_membership(d, "DEV*~URB"),
             lambda d: qca.expression_membership(d, "DEV + STB")]
    for call in calls:
        said = []
        for frame in (crisp, as_given):
            with pytest.raises(QCAInputError, match=r"(?=.*'DEV')(?=.*\bBE\b).*missing") as err:
                call(frame)
            said.append(str(err.value))
        assert said[1] == said[0]


def _outcome_of(call, frame) -> str:
    """A call's answer as text, or its QCAInputError's message: the same for two frames holding the same data."""
    try:
        return str(call(frame))
    except QCAInputError as err:
        return f"error: {err}"


def _pyarrow_forms(frame: pd.DataFrame) -> list[pd.DataFrame]:
    """`frame` (floats, NaN where a cell is missing) as pyarrow-backed frames: double[pyarrow] with nulls, the CSV text
    read back with dtype_backend='pyarrow' and with engine='pyarrow', and the same text in string[pyarrow] columns."""
    import io

    text = frame.to_csv(index_label="case")
    read = [pd.read_csv(io.StringIO(text), index_col="case", dtype_backend="pyarrow"),
            pd.read_csv(io.StringIO(text), index_col="case", engine="pyarrow")]
    as_text = frame.apply(lambda col: col.map(lambda v: None if np.isnan(v) else repr(float(v))))
    return [frame.astype("double[pyarrow]"), *read, as_text.astype("string[pyarrow]")]


def test_random_frames_get_the_plain_frames_answer_in_every_pyarrow_form():
    """Property: any small frame of memberships (two decimals, some cells maybe missing) gives the same truth table,
    necessity table and fit, or the same error, as double[pyarrow], read back from CSV text with
    dtype_backend='pyarrow' or engine='pyarrow', and as text in string[pyarrow] columns."""
    pytest.importorskip("pyarrow")
    from hypothesis import given, settings, strategies as st

    from analysis import qca

    calls = [lambda d: qca.truth_table(d, "Y", incl_cut=0.8, n_cut=1).to_dict(),
             lambda d: qca.necessity(d, "Y").to_dict(), lambda d: qca.pof("A*~B", d, "Y").to_dict()]
    cell = st.integers(-12, 100).map(lambda v: float("nan") if v < 0 else v / 100)   # about one cell in nine missing

    @settings(max_examples=30, deadline=None)
    @given(st.integers(2, 8).flatmap(lambda n: st.lists(st.tuples(cell, cell, cell), min_size=n, max_size=n)))
    def check(rows):
        frame = pd.DataFrame(rows, columns=["A", "B", "Y"], index=[f"c{i}" for i in range(len(rows))], dtype=float)
        frame.index.name = "case"
        for call in calls:
            want = _outcome_of(call, frame)
            assert [_outcome_of(call, form) for form in _pyarrow_forms(frame)] == [want] * 4

    check()


@pytest.mark.parametrize("kind", ["parquet", "feather"])
def test_a_parquet_or_feather_file_given_to_the_cli_is_one_error_line_saying_how_to_read_it(kind, tmp_path, capsys):
    """A Parquet or Feather file (pandas' to_parquet / to_feather, R's arrow) given to the command line: a Feather file
    was told 'line 1 holds a NUL byte (0x00) ... the file is damaged or not CSV text; remove the byte (tr -d ...)',
    and a Parquet file to save it as an Excel workbook; both are now named, with pandas' reader to use (the API
    takes its frame) and how to save it as CSV, in one error line (exit status 2). A file pandas writes when pyarrow
    is installed; without it, a file starting as one does."""
    from _cli import run

    path = tmp_path / f"LF.{kind}"
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        path.write_bytes({"parquet": b"PAR1", "feather": b"ARROW1\x00\x00"}[kind] + bytes(64))
    else:
        getattr(_lipset("LF").reset_index(), f"to_{kind}")(path)
    reader = {"parquet": "read_parquet", "feather": "read_feather"}[kind]
    what = {"parquet": "a Parquet file", "feather": r"a Feather \(Arrow IPC\) file"}[kind]
    spec = ROOT / "docs" / "examples" / "LR_calibration.yaml"
    for command in (["truth-table", str(path), "--outcome", "SURV"], ["calibrate", str(path), "--spec", str(spec)]):
        code, out, err = run(capsys, *command)
        assert (code, out) == (2, "")
        assert re.fullmatch(rf"error: {re.escape(str(path))}: this is {what}, not a file the engine reads \(.*\); read it "
                            rf"with pandas \(df = pd\.{reader}\(path\), with pyarrow installed\) and give the frame to "
                            r"the Python API, or save it as CSV, df\.to_csv\('data\.csv'\)\n", err)


def _string_view(values) -> pd.Series | pd.Index:
    pa = pytest.importorskip("pyarrow")
    array = pd.arrays.ArrowExtensionArray(pa.array([None if v is None else str(v) for v in values], pa.string_view()))
    return array


def test_a_string_view_column_or_index_is_one_error_saying_how_to_convert_it():
    """pyarrow's string_view (the text of polars' to_pandas(use_pyarrow_extension_array=True)), whose to_numpy, copy
    and factorize pandas does not implement, ended truth_table, term_membership, calibrate and calibrate_frame in
    pandas' 'NotImplementedError: string_view'. It is now one error naming the column (or the index) and the line
    that converts it; converted so, the data give the plain frame's answers."""
    from analysis import qca

    lf, lr = _lipset("LF"), _lipset("LR")
    viewed = lf.assign(DEV=pd.Series(_string_view(lf["DEV"]), index=lf.index))
    said = (r"^column 'DEV' holds pyarrow string_view values, which pandas cannot convert to numbers or text \(it raises "
            r"NotImplementedError for them\): convert them first, df\['DEV'\] = "
            r"pd\.array\(df\['DEV'\]\.tolist\(\), dtype='str'\)$")
    for call in (lambda d: qca.truth_table(d, "SURV", CONDITIONS), lambda d: qca.necessity(d, "SURV"),
                 lambda d: qca.pof("DEV*STB", d, "SURV"), lambda d: qca.term_membership(d, "DEV*~URB"),
                 lambda d: qca.expression_membership(d, "DEV + STB")):
        with pytest.raises(QCAInputError, match=said):
            call(viewed)
    converted = viewed.copy()
    converted["DEV"] = pd.array(converted["DEV"].tolist(), dtype="str")
    assert str(qca.truth_table(converted, "SURV", CONDITIONS)) == str(qca.truth_table(lf, "SURV", CONDITIONS))

    named = lf.set_axis(pd.Index(_string_view(lf.index), name="case"))
    with pytest.raises(QCAInputError, match=r"^df\.index \(the case names\) holds pyarrow string_view values, .*: convert "
                                            r"them first, df\.index = pd\.Index\(df\.index\.tolist\(\), "
                                            r"dtype='str'\)$"):
        qca.truth_table(named, "SURV", CONDITIONS)
    titled = lf.set_axis(pd.Index(_string_view(lf.columns)), axis=1)
    for call in (lambda d: qca.truth_table(d, "SURV", CONDITIONS), lambda d: qca.term_membership(d, "DEV")):
        with pytest.raises(QCAInputError, match=r"^df\.columns \(the column names\) holds pyarrow string_view values, "
                                                r".*: convert them first, df\.columns = pd\.Index\(df\.columns\.tolist\(\), "
                                                r"dtype='str'\)$"):
            call(titled)

    panel = pd.concat([lf.assign(WAVE=w) for w in ("w1", "w2")]).reset_index()
    panel.index = [f"{c}_{w}" for c, w in zip(panel["case"], panel["WAVE"])]
    with pytest.raises(QCAInputError, match=r"^column 'case' holds pyarrow string_view values, .*: convert them first, "
                                            r"df\['case'\] = pd\.array\(df\['case'\]\.tolist\(\), dtype='str'\)$"):
        qca.cluster_diagnostics(panel.assign(case=_string_view(panel["case"])), "DEV*STB", "SURV", "case", "WAVE")
    with pytest.raises(QCAInputError, match=r"^raw column 'DEV' holds pyarrow string_view values, .*: convert them "
                                            r"first, raw\['DEV'\] = pd\.array\(raw\['DEV'\]\.tolist\(\), dtype='str'\)$"):
        qca.robustness_protocol(lf, "SURV", CONDITIONS, [{"label": "DEV", "calibrate": {"DEV": {"thresholds": FUZZY}}}],
                                incl_cut=0.8, raw=lr.assign(DEV=_string_view(lr["DEV"])))

    raw = lr.assign(DEV=pd.Series(_string_view(lr["DEV"]), index=lr.index))
    with pytest.raises(QCAInputError, match=r"^x holds pyarrow string_view values, .*: convert them first, "
                                            r"pd\.Series\(x\.tolist\(\), index=x\.index, dtype='str'\)$"):
        qca.calibrate(raw["DEV"], thresholds=FUZZY)
    with pytest.raises(QCAInputError, match=r"^calibrating 'DEV' from column 'DEV': the raw column holds pyarrow "
                                            r"string_view values, .*df\['DEV'\] = pd\.array\(df\['DEV'\]\.tolist\(\), "
                                            r"dtype='str'\)$"):
        qca.calibrate_frame(raw, {"DEV": {"thresholds": FUZZY}})
    x = pd.Series(raw["DEV"].tolist(), index=raw.index, dtype="str")
    assert qca.calibrate(x, thresholds=FUZZY).tolist() == qca.calibrate(lr["DEV"], thresholds=FUZZY).tolist()

    x = viewed["DEV"]   # the measures: numbers, as they take them
    for measure in (lambda v: qca.consistency(v, lf["SURV"]), lambda v: qca.pri(v, lf["SURV"]),
                    lambda v: qca.negate(viewed.assign(DEV=v))["~DEV"].tolist()):
        with pytest.raises(QCAInputError, match=r"^x (column 'DEV' )?holds pyarrow string_view values, .*: convert them "
                                                r"first, pd\.to_numeric\(pd\.Series\(x\.tolist\(\), index=x\.index\)\)$"):
            measure(x)
        assert measure(pd.to_numeric(pd.Series(x.tolist(), index=x.index))) == measure(lf["DEV"])


@pytest.mark.parametrize("nested", ["list", "struct", "map", "object lists", "object records"])
def test_a_column_of_lists_or_records_is_named_so_with_its_cells_as_written(nested):
    """A set column whose cells hold several values (a pyarrow list, struct or map column: nested JSON or Parquet
    data; an object column of lists or dicts): a record was told 'text labels (e.g. SPSS value labels): export the
    numeric codes', a list nothing, and a pyarrow list's cells were shown as numpy arrays ('AU': array([0.81])).
    Each cell is now shown as written and the hint says what is wrong, in truth_table and calibrate alike."""
    from analysis import qca

    lf = _lipset("LF")
    cells = {"list": [[v] for v in lf["DEV"]], "struct": [{"m": v} for v in lf["DEV"]],
             "map": [[("m", v)] for v in lf["DEV"]], "object lists": [[v] for v in lf["DEV"]],
             "object records": [{"m": v} for v in lf["DEV"]]}[nested]
    if nested.startswith("object"):
        column = pd.Series(cells, index=lf.index, dtype=object)
    else:
        pa = pytest.importorskip("pyarrow")
        kind = {"list": pa.list_(pa.float64()), "struct": pa.struct([("m", pa.float64())]),
                "map": pa.map_(pa.string(), pa.float64())}[nested]
        column = pd.Series(cells, index=lf.index, dtype=pd.ArrowDtype(kind))
    first = re.escape(repr(cells[0]))
    hint = (rf"several values in each cell \(a list or a record, e\.g\. {first}, as nested JSON or Parquet data hold\), "
            r"not one number: give each case one number in the column \(the element meant\)")
    with pytest.raises(QCAInputError, match=rf"^non-numeric values in column\(s\) 'DEV' \(case\(s\) 'AU': {first}, "
                                            rf"'BE': .*; 'DEV': {hint}\. QCA needs numbers"):
        qca.truth_table(lf.assign(DEV=column), "SURV", CONDITIONS)
    with pytest.raises(QCAInputError, match=rf"^x must be numeric; {first} is not a number \(18 values are not "
                                            rf"numbers, at case 'AU', .*\): {hint}$"):
        qca.calibrate(column, thresholds="e=0.1, c=0.5, i=0.9")


@pytest.mark.parametrize("dtype", ["float[pyarrow]", "halffloat[pyarrow]"])
def test_a_narrow_pyarrow_float_is_read_as_the_decimals_it_shows(dtype):
    """A float32 (or float16) pyarrow column (Parquet's FLOAT, read with dtype_backend='pyarrow') is read as the
    decimals it shows, as numpy's float32 is: at consistency 0.48 / 0.6 = 0.8 the row reaches incl_cut=0.8, and a raw
    0.35 reaches a crisp threshold of 0.35 (in binary float32 both fall just below)."""
    pytest.importorskip("pyarrow")
    from analysis import qca

    wide = pd.DataFrame({"X": [0.6, 0.0], "Y": [0.48, 0.9]}, index=["a", "b"])
    narrow = wide.astype(dtype)
    assert float(np.float32(0.48)) / float(np.float32(0.6)) < 0.8   # what a binary read would give
    assert qca.truth_table(narrow, "Y", "X", incl_cut=0.8).to_dict() == qca.truth_table(wide, "Y", "X",
                                                                                          incl_cut=0.8).to_dict()
    assert qca.consistency(narrow["X"], narrow["Y"]) == qca.consistency(wide["X"], wide["Y"])
    assert qca.term_membership(narrow, "X").tolist() == [0.6, 0.0]
    raw = pd.Series([0.2, 0.35, 0.5], index=["a", "b", "c"])
    assert calibrate(raw.astype(dtype), type="crisp", thresholds=[0.35]).tolist() == [0.0, 1.0, 1.0]
