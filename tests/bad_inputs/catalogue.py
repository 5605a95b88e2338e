"""The catalogue of bad and odd inputs: what a user gives, the file it uses, and the message the user sees.

One row per input. `via` says how it reaches the code: 'cli' (argv after `python -m analysis.qca`, exit status
2 with one `error:` line, or 0 with `warning:` lines), 'api' (a call raising QCAInputError or warning
QCAWarning), 'notebook' / 'make' (the pipeline; `run` then names the test in tests/ that checks it).
`expect` is text the message must contain; the table of docs/bad-inputs.md is generated from this list
(`python tools/bad_input_table.py`) and a test keeps the two in step. `origin` is 'issue 11.N' for the items of
issue 11, 'catalogue' for the first catalogue, 'export' for files as Excel, SPSS, R and pandas write them, 'review'
for what a stranger's pass over the engine's CLI and API found (round 7), 'audit' for a second such pass (round 11),
'user data' for a researcher's trial with their own messy data (round 12), 'readme' for a new user following the
README literally with their own small files (round 13), 'cli flags' for command-line errors that named the library's
parameter (incl_cut) instead of the flag typed (--incl-cut), or a column without its file, 'protocol' for a
researcher running the robustness protocol from sweep files with a user's mistakes (round 15), 'mv audit' for a
researcher's pass over multi-value data end to end.
researcher running the robustness protocol from sweep files with a user's mistakes (round 15), 'scale' for a
researcher running the sweeps on joblib's backends (local processes, a Dask cluster), 'smmr' for the review of
the case diagnostics against SetMethods 4.0, 'cli fuzz' for a systematic pass of wrong values and flag combinations
over the command line and the API (the newer flags and arguments), 'holder' for a holder of Paper A's original
case matrix dropping it in as Chinese spreadsheets write it (round 27), 'engine user' for a researcher running the
engine's API and CLI on their own data (round 29), 'methods review' for a QCA methods reviewer's pass over
ESA's arguments (round 29), 'r migrant' for a user of R's QCA and SetMethods porting their analyses (round 30),
'pandas user' for a researcher calling the API in JupyterLab on their own pandas frames (round 31), 'formats' for
a social scientist whose data live in Excel, Stata or SPSS files (round 32), 'newcomer' for a researcher new to the
tool running every command and the matching API calls on their own data with a newcomer's mistakes (round 33),
'own data' for a researcher running the CLI and the API on their own data with typical mistakes (round 34), 'new
user' for a new user's own data and R habits typed as they come (round 59: R's c(...) for an expression, full-width
parentheses and colons, the outcome given for a panel's ids, R's vector in a sweep file's {...}).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
HERE = "tests/bad_inputs"
LF, LC, LM, BWB = (f"data/reference/datasets/{n}.csv" for n in ("LF", "LC", "LM", "d.BWB"))
CONDS = "DEV, URB, LIT, IND, STB"


@dataclass(frozen=True)
class Bad:
    id: str
    input: str                 # what the user did, in a few words
    file: str                  # the file it uses, relative to the project root ('' if none)
    via: str                   # 'cli' | 'api' | 'raw' (analysis.validate, DataValidationError) | 'notebook' | 'make'
    run: object                # cli: argv; api: a callable; notebook/make: 'tests/test_x.py::test_name'
    expect: str                # text of the message the user sees
    kind: str = "error"        # 'error' | 'warning' | 'handled' (read correctly, maybe with a warning)
    origin: str = "catalogue"
    same_as: tuple = ()        # cli 'handled': argv whose output must be the same (the clean file)
    stdout: str = ""           # cli: the encoding of standard output, as PYTHONIOENCODING sets it ('' = UTF-8)


# ---------------------------------------------------------------- helpers of the api rows
def lf() -> pd.DataFrame:
    return pd.read_csv(ROOT / LF).set_index("case")


def lc() -> pd.DataFrame:
    return pd.read_csv(ROOT / LC).set_index("case")


def lm() -> pd.DataFrame:
    return pd.read_csv(ROOT / LM).set_index("case")


def _super_subset_lf(**cuts):
    """R's superSubset ignores a cut-off of the other relation; super_subset refuses it."""
    from analysis.qca import super_subset

    return super_subset(lf(), "SURV", relation="necessity", **cuts)


def _chart_figure_of_lm(**kwargs):
    """The Fiss chart figure of LM's intermediate solution (7 paths, models M1 and M2; its paths hold DEV[2] and
    DEV[1]), drawn with `kwargs`."""
    from analysis.plots.configurations import configuration_chart_groups
    from analysis.qca import configuration_chart, minimize

    sol = minimize(tt(lm(), "SURV"), include="?", dir_exp="DEV=2,URB=1,LIT=1,IND=1,STB=1")
    return configuration_chart_groups(configuration_chart(sol), **kwargs)


def _figure_of_lf(kind: str, **kwargs):
    """LF's membership heat map (kind 'heatmap', its 18 cases) or truth-table view ('truth_table', its 9 observed
    rows at incl_cut 0.8), drawn with `kwargs`."""
    from analysis.plots.qca import membership_heatmap, truth_table_view

    if kind == "heatmap":
        return membership_heatmap(lf(), outcome="SURV", **kwargs)
    return truth_table_view(tt_lf().rows, CONDS.split(", "), **kwargs)


def _term_xy_of_lf(**kwargs):
    """The XY plots per term of LF's intermediate solution at incl_cut 0.8 (M1: two terms), drawn with `kwargs`."""
    from analysis.plots.diagnostics import term_type_xy
    from analysis.qca import term_typology

    return term_type_xy(term_typology(mz(tt_lf(), "?", dir_exp="1,1,1,1,1")), **kwargs)


def _read_data(path):
    from analysis.qca.read import read_data

    return read_data(path)


def fixture(name: str, **kw) -> pd.DataFrame:
    """A fixture file read the way a pandas user would (pd.read_csv with defaults)."""
    return pd.read_csv(ROOT / HERE / name, **kw)


def with_cell(df, case, col, value):
    df = df.copy().astype(object)
    df.loc[case, col] = value
    return df


def wide(k):
    rng = np.random.default_rng(0)
    return pd.DataFrame(rng.integers(0, 2, size=(10, k + 1)), columns=[f"C{i}" for i in range(k)] + ["Y"])


def _with_cell(df: pd.DataFrame, case, column, value) -> pd.DataFrame:
    """`df` with one cell set to `value` (a list, which df.assign or a constructor would spread over rows)."""
    df.at[case, column] = value
    return df


def _good_practice_of_percent_table():
    """good_practice of LF's parsimonious solution with its necessity table's inclN given in percent."""
    from analysis.qca import good_practice, minimize, necessity, truth_table

    table = necessity(lf(), "SURV").to_frame()
    return good_practice(minimize(truth_table(lf(), "SURV", incl_cut=0.8), "?"),
                         necessity=table.assign(inclN=table["inclN"] * 100))


def _good_practice_of_power_as_text(**power):
    """good_practice of LF's parsimonious solution with a robustness table whose has_power column is text (or whose
    power is the column given)."""
    from analysis.qca import good_practice, minimize, truth_table

    table = pd.DataFrame({"sweep": ["incl_cut", "calibration"], "varies": ["incl_cut", "calibration"],
                          **(power or {"has_power": ["True", "False"]})})
    return good_practice(minimize(truth_table(lf(), "SURV", incl_cut=0.8), "?"), robustness=table)


def _qca():
    from analysis import qca
    from analysis.qca.data import MAX_CONDITIONS
    return qca, MAX_CONDITIONS


def _read_open_file(path):
    """read_data given the file object of `path` opened as text (open(path)), not its path; closed after."""
    from analysis.qca.read import read_data

    with open(path, encoding="utf-8") as fh:
        return read_data(fh)


def _numpy_silent(call: Callable[[], object]) -> object:
    """call() with numpy's RuntimeWarnings (overflow, division by zero) raised: a row whose input numpy once warned
    about ('overflow encountered in divide') then fails if the warning is back."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        return call()


def _read_text_file(text: str):
    """read_data of a CSV file holding `text`, written to a temporary folder (a file too large to keep here)."""
    import tempfile

    from analysis.qca.read import read_data

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "data.csv"
        path.write_text(text, encoding="utf-8")
        try:
            return read_data(path)
        except Exception as exc:   # noqa: BLE001 - the message, without the temporary folder's name
            raise type(exc)(str(exc).replace(str(path), "data.csv")) from None


def _robustness():
    from analysis.qca import robustness
    return robustness


def _sweep_under_parallel_config(**config):
    """A sweep with n_jobs left at None, under joblib.parallel_config(**config)."""
    import joblib
    with joblib.parallel_config(**config):
        return _qca()[0].robustness_protocol(lf(), "SURV", CONDS, [{"label": "incl 0.75", "incl_cut": 0.75}],
                                             incl_cut=0.8)


def _dask_sweep_with_a_lock_in_summarize():
    """A sensitivity sweep on an in-process Dask cluster whose summarize callback holds a lock (cannot be pickled)."""
    import threading

    import joblib
    from distributed import Client, LocalCluster

    lock = threading.Lock()

    def summarize(solution):
        with lock:
            return {}

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, \
            Client(cluster), joblib.parallel_config(backend="dask"):
        return _robustness().sensitivity_incl_cut(lf(), "SURV", CONDS, cuts=[0.8], summarize=summarize)


def _dask_sweep_with_a_lock_in_its_data():
    """A sensitivity sweep on an in-process Dask cluster whose data has a column of locks (cannot be pickled)."""
    import threading

    import joblib
    from distributed import Client, LocalCluster

    data = lf().assign(note=lambda d: [threading.Lock() for _ in range(len(d))])
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, \
            Client(cluster), joblib.parallel_config(backend="dask"):
        return _robustness().sensitivity_incl_cut(data, "SURV", CONDS, cuts=[0.8])


def tt(df, outcome, *a, **kw):
    return _qca()[0].truth_table(df, outcome, *a, **kw)


EDUCATE = "data/reference/datasets/d.educate.csv"


def chain(**kw):
    """causal_chain() of Baumgartner's d.educate (U, D, L, G, E)."""
    return _qca()[0].causal_chain(pd.read_csv(ROOT / EDUCATE, index_col="case"), **kw)


def tt_lf(**kw):
    return tt(lf(), "SURV", CONDS, incl_cut=0.8, **kw)


def mz(*a, **kw):
    return _qca()[0].minimize(*a, **kw)


def nec(*a, **kw):
    return _qca()[0].necessity(*a, **kw)


RAW_SCHEMA = ("case", "DEV", "URB", "LIT", "IND", "STB", "SURV")


def raw(name: str, schema=RAW_SCHEMA):
    """A raw table read and checked by analysis.validate (as the notebooks read data/raw/)."""
    from analysis.validate import Column, read_table
    return read_table(ROOT / name, [Column(c, kind="str" if c == "case" else "int") for c in schema])


def cases_file(path: str):
    from analysis.paper_a.cases import load_cases
    return load_cases(ROOT / path)


def f(name: str) -> str:
    return f"{HERE}/{name}"


def cli(*argv: str) -> tuple[str, ...]:
    return tuple(argv)


def truth_table_cli(name: str) -> tuple:
    """file, via and argv of a row whose file (in this folder) the CLI's truth-table command reads (outcome SURV)."""
    return f(name), "cli", cli("truth-table", f(name), "--outcome", "SURV")


TT_CLEAN = cli("truth-table", f("clean_lc8.csv"), "--outcome", "SURV")  # the 8 cases the odd files hold


def lc_book(edit=None, **where) -> Callable[[], object]:
    """A row's call: LC written by openpyxl as an Excel workbook in a temporary folder (`edit(ws)` changes its sheet
    'Data' first; `where`: read_data's sheet=, or analyse=True for prepare_data on it, as the commands do), then
    read by read_data. The workbook is made here, not kept as a binary file."""
    def run():
        import tempfile

        import openpyxl

        from analysis.qca.data import prepare_data
        from analysis.qca.read import read_data

        with tempfile.TemporaryDirectory() as folder:
            wb = openpyxl.Workbook()
            ws = wb.active
            ws.title = "Data"
            data = lc().reset_index()
            ws.append(list(data.columns))
            for row in data.itertuples(index=False):
                ws.append(list(row))
            wb.create_sheet("Notes")["A1"] = "notes"
            if edit is not None:
                edit(ws)
            path = Path(folder) / "lc.xlsx"
            wb.save(path)
            options = dict(where)  # a copy: the row's call runs again in the same process (the scan, then the test)
            analyse = options.pop("analyse", False)
            df, case = read_data(path, **options)
            return prepare_data(df, "SURV", case_column=case) if analyse else df
    return run


def _set(cell: str, value) -> Callable:
    def edit(ws):
        ws[cell] = value
    return edit


def _merge(ws):
    ws.merge_cells("G2:G3")


def _percent_among_numbers(ws):
    """URB as raw shares typed as numbers (52, 53, ...), one cell typed '85%' (Excel keeps 0.85, formatted 0%)."""
    for r in range(2, ws.max_row + 1):
        ws[f"C{r}"] = 50 + r
    ws["C4"], ws["C4"].number_format = 0.85, "0%"


def _group_label(ws):
    """A label over the conditions, merged along a row inserted above the header, and one over the outcome."""
    ws.insert_rows(1)
    ws["B1"], ws["G1"] = "Conditions", "Outcome"
    ws.merge_cells("B1:F1")


def _hide_column(ws):
    ws["H1"] = "GDP"
    for row in range(2, 20):
        ws.cell(row=row, column=8, value=100 + row)
    ws.column_dimensions["H"].hidden = True


def _second_wave(ws):
    other = ws.parent.create_sheet("2000")
    for row in ws.iter_rows(values_only=True):
        other.append(row)


def _chinese_labels_above(ws):
    """Chinese labels in a row inserted above the header of short names (国家 above case, 发展 above DEV, ...)."""
    ws.insert_rows(1)
    for col, label in enumerate(("国家", "发展", "城市化", "识字率", "工业化", "稳定", "存活"), start=1):
        ws.cell(row=1, column=col, value=label)


def _booleans(ws):
    for row in range(2, 20):
        ws.cell(row=row, column=7).value = bool(ws.cell(row=row, column=7).value)


def lc_stata(labels: dict) -> Callable[[], object]:
    """A row's call: LC (its case column named 'country': Stata reserves 'case') written by pandas as a Stata file
    with value labels `labels`, read by read_data."""
    def run():
        import tempfile

        from analysis.qca.read import read_data

        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "lc.dta"
            data = lc().reset_index().rename(columns={"case": "country"})
            data.loc[3, "LIT"] = 9
            data.to_stata(path, write_index=False, value_labels=labels)
            return read_data(path, "country")
    return run


def paper_a_book(cells: dict) -> Callable[[], object]:
    """A row's call: Paper A's reconstruction saved by openpyxl as a holder's workbook paperA_cases.xlsx, `cells`
    set, read by load_cases (the drop-in), in a temporary folder."""
    def run():
        import tempfile

        import openpyxl

        from analysis.paper_a.cases import load_cases

        table = pd.read_csv(ROOT / "data/raw/paperA_cases_reconstruction.csv", dtype=str, keep_default_na=False)
        with tempfile.TemporaryDirectory() as folder:
            wb = openpyxl.Workbook()
            ws = wb.active
            ws.append(list(table.columns))
            for row in table.itertuples(index=False):
                ws.append([int(v) if v.isdigit() else v for v in row])
            for cell, value in cells.items():
                ws[cell] = value
            path = Path(folder) / "paperA_cases.xlsx"
            wb.save(path)
            return load_cases(path)
    return run


def lc_spss() -> None:
    """LC written by pyreadstat as an SPSS file whose URB is 99, declared missing, for CZ; read and analysed."""
    import tempfile

    import pyreadstat

    from analysis.qca.data import prepare_data
    from analysis.qca.read import read_data

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "lc.sav"
        data = lc().reset_index()
        data = data.astype({c: float for c in data.columns if c != "case"})
        data.loc[2, "URB"] = 99.0
        pyreadstat.write_sav(data, str(path), missing_ranges={"URB": [99.0]})
        df, case = read_data(path)
        prepare_data(df, "SURV", case_column=case)


def lc_stata_dates() -> None:
    """LC (case column 'country') with the date each case was surveyed, written by pandas as a Stata file whose
    variable 'surveyed' has the format %td; read and analysed with every column as a condition."""
    import tempfile

    from analysis.qca.data import prepare_data
    from analysis.qca.read import read_data

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "lc.dta"
        data = lc().reset_index().rename(columns={"case": "country"})
        data["surveyed"] = pd.to_datetime([f"2020-01-{i + 1:02d}" for i in range(len(data))])
        data.to_stata(path, write_index=False, convert_dates={"surveyed": "td"})
        df, case = read_data(path, "country")
        prepare_data(df, "SURV", case_column=case)


def lf_stata_decimal_comma() -> None:
    """LF (case column 'country') whose URB is a string variable written with decimal commas ('0,12'), saved by pandas
    as a Stata file; read and analysed."""
    import tempfile

    from analysis.qca.data import prepare_data
    from analysis.qca.read import read_data

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "lf.dta"
        data = lf().reset_index().rename(columns={"case": "country"})
        data["URB"] = data["URB"].map(lambda v: str(v).replace(".", ","))
        data.to_stata(path, write_index=False)
        df, case = read_data(path, "country")
        prepare_data(df, "SURV", case_column=case)


def excel_lock_file() -> None:
    """Excel's lock file '~$lc.xlsx' beside the workbook lc.xlsx (written while it is open), given as the data."""
    import tempfile

    from analysis.qca.read import read_data

    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "lc.xlsx").write_bytes(b"PK\x03\x04")
        lock = Path(folder) / "~$lc.xlsx"
        lock.write_bytes(b"\x05Alice" + b" " * 48 + b"\x05\x00A\x00l\x00i\x00c\x00e\x00" + b" " * 100)
        read_data(lock)


def lc_book_formulas_zero() -> None:
    """LC written by openpyxl with SURV computed by formulas (=IF(B2>0.5,1,0)) whose saved values are 0, as XlsxWriter
    and R's writexl save them; read by read_data."""
    import re
    import tempfile
    import zipfile

    import openpyxl

    from analysis.qca.read import read_data

    with tempfile.TemporaryDirectory() as folder:
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "Data"
        data = lc().reset_index()
        ws.append(list(data.columns))
        for i, row in enumerate(data.itertuples(index=False), start=2):
            ws.append(list(row)[:-1] + [f"=IF(B{i}>0.5,1,0)"])
        path = Path(folder) / "lc.xlsx"
        wb.save(path)
        with zipfile.ZipFile(path) as z:
            parts = {n: z.read(n) for n in z.namelist()}
        parts["xl/worksheets/sheet1.xml"] = re.sub(rb"(</f>)<v\s*/>", rb"\1<v>0</v>", parts["xl/worksheets/sheet1.xml"])
        with zipfile.ZipFile(path, "w") as z:
            for n, b in parts.items():
                z.writestr(n, b)
        read_data(path)


def lc_stata13_chinese_names() -> None:
    """LC saved as a Stata 13 file (format 117) on Chinese Windows: its case names in the code page GBK (pandas reads
    such text as Latin-1); read by read_data."""
    import tempfile

    from analysis.qca.read import read_data

    names = ["澳大利亚", "比利时", "捷克", "爱沙尼亚", "芬兰", "法国", "德国", "希腊"]
    with tempfile.TemporaryDirectory() as folder:
        data = lc().reset_index().head(8).rename(columns={"case": "name"})
        data["name"] = [n.encode("gbk").decode("latin-1") for n in names]
        path = Path(folder) / "lc.dta"
        data.to_stata(path, write_index=False, version=117)
        read_data(path, "name")


def ods_file() -> None:
    import tempfile
    import zipfile

    from analysis.qca.read import read_data

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "lc.ods"
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        read_data(path)


def xls_file() -> None:
    import tempfile

    from analysis.qca.read import read_data

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "lc.xls"
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
        read_data(path)


def _lf_with_dev_as(column: Callable[[pd.Series], pd.Series]) -> pd.DataFrame:
    """LF whose DEV is `column(lf()['DEV'])`, the same cases."""
    data = lf()
    return data.assign(DEV=pd.Series(column(data["DEV"]), index=data.index))


def _string_view(x: pd.Series):
    """x's values as text in pyarrow's string_view (the text of polars' to_pandas(use_pyarrow_extension_array=True))."""
    import pyarrow as pa

    return pd.arrays.ArrowExtensionArray(pa.array([str(v) for v in x], pa.string_view()))


def _arrow_lists(x: pd.Series) -> pd.Series:
    """x's values each in a one-element list, a pyarrow list column (nested JSON or Parquet data read by pandas)."""
    import pyarrow as pa

    return pd.Series([[v] for v in x], index=x.index, dtype=pd.ArrowDtype(pa.list_(pa.float64())))


def _raw_dev_text_with_na() -> pd.Series:
    """Lipset's raw DEV as numbers written as text in pandas' nullable string column, BE's cell missing (pd.NA)."""
    x = pd.read_csv(ROOT / "data/reference/datasets/LR.csv", index_col="case")["DEV"]
    text = x.map(lambda v: f"{v:g}").astype("string")
    text.loc["BE"] = pd.NA
    return text


# ---------------------------------------------------------------- the catalogue
CATALOGUE: list[Bad] = [
    # ---- the first catalogue (library API)
    Bad("not-a-frame", "data given as a list, not a DataFrame", "", "api",
        lambda: tt([[0, 1]], "Y"), "must be a pandas DataFrame"),
    Bad("empty-frame", "an empty DataFrame", "", "api", lambda: tt(pd.DataFrame(), "Y"), "the data frame is empty"),
    Bad("empty-rows", "a DataFrame with columns but no rows", LF, "api",
        lambda: tt(lf().iloc[0:0], "SURV"), "the data frame is empty"),
    Bad("duplicate-column-names", "two columns named A in a DataFrame", "", "api",
        lambda: tt(pd.DataFrame([[0, 1, 1]], columns=["A", "A", "Y"]), "Y"),
        "duplicate column name in the data: A"),
    Bad("outcome-not-a-column", "a misspelt outcome", LF, "api", lambda: tt(lf(), "SURVIVAL"),
        "outcome 'SURVIVAL' is not a column"),
    Bad("outcome-empty", "an empty outcome name", LF, "api", lambda: tt(lf(), ""), "outcome must be a column name"),
    Bad("pof-r-arrow", "pof('DEV*URB -> SURV', ...): R's pof() takes the outcome and relation from an arrow", LF, "api",
        lambda: _qca()[0].pof("DEV*URB -> SURV", lf(), "SURV"),
        "holds '->': R's pof() takes the outcome and the relation from an arrow ('->' or '=>': sufficiency, '<-' or "
        "'<=': necessity); here the expression is the conditions' side alone: pof('DEV*URB', data, 'SURV', "
        "relation='sufficiency')", origin="user data"),
    Bad("pof-r-arrow-cli", "pof --expression 'LIT <= SURV' (R's arrow for necessity)", LF, "cli",
        cli("pof", LF, "--outcome", "SURV", "--expression", "LIT <= SURV"),
        "error: --expression 'LIT <= SURV' holds '<=': R's pof() takes the outcome and the relation from an arrow "
        "('->' or '=>': sufficiency, '<-' or '<=': necessity); here the expression is the conditions' side alone: "
        "--expression 'LIT' --outcome SURV --necessity", origin="user data"),
    Bad("outcome-as-series", "the outcome given as its column, pof('DEV', lf, lf['SURV']) (R's outcome = data$SURV)",
        LF, "api", lambda: _qca()[0].pof("DEV", lf(), lf()["SURV"]),
        "got a pandas Series 'SURV' (18 values): give the column's name, outcome='SURV'", origin="user data"),
    Bad("outcome-also-condition", "the outcome listed among the conditions", LF, "api",
        lambda: tt(lf(), "SURV", "DEV, SURV"), "conditions include the outcome 'SURV': a set cannot explain itself"),
    Bad("outcome-also-condition-cli", "--conditions listing the outcome", LF, "cli",
        cli("truth-table", LF, "--outcome", "SURV", "--conditions", "DEV,URB,SURV"),
        "error: --conditions include the outcome 'SURV': a set cannot explain itself; leave it out",
        origin="user data"),
    Bad("unknown-condition", "a condition that is not a column", LF, "api",
        lambda: tt(lf(), "SURV", "DEV, GDP"), "unknown condition: 'GDP'"),
    Bad("duplicate-condition", "a condition named twice", LF, "api",
        lambda: tt(lf(), "SURV", "DEV, URB, DEV"), "conditions name 'DEV' twice (duplicate condition(s): 'DEV')"),
    Bad("empty-condition-name", "two commas in a row in the conditions", LF, "api",
        lambda: tt(lf(), "SURV", "DEV,,URB"), "conditions contain an empty name"),
    Bad("membership-above-one", "a membership of 1.7 (uncalibrated)", LF, "api",
        lambda: tt(with_cell(lf(), "AU", "DEV", 1.7), "SURV"),
        "condition 'DEV' has membership(s) outside [0, 1] for case(s) 'AU': 1.7"),
    Bad("memberships-above-one-two-cases", "memberships of 1.7 (AU) and 2.5 (BE), uncalibrated (was: '(e.g. 1.7) for "
        "case(s) 'AU', 'BE'', one value for both)", LF, "api",
        lambda: tt(with_cell(with_cell(lf(), "AU", "DEV", 1.7), "BE", "DEV", 2.5), "SURV"),
        "condition 'DEV' has membership(s) outside [0, 1] for case(s) 'AU': 1.7, 'BE': 2.5; fuzzy memberships must "
        "lie in [0, 1] (calibrate raw data first)"),
    Bad("negative-membership", "a negative membership", LF, "api",
        lambda: tt(with_cell(lf(), "BE", "URB", -0.2), "SURV"),
        "condition 'URB' has negative value(s) for case(s) 'BE': -0.2"),
    Bad("outcome-above-one", "an outcome membership of 1.2", LF, "api",
        lambda: tt(with_cell(lf(), "CZ", "SURV", 1.2), "SURV"), "outcome 'SURV' has membership(s) outside [0, 1]"),
    Bad("non-numeric", "a word in a membership column", LF, "api",
        lambda: tt(with_cell(lf(), "AU", "DEV", "high"), "SURV"),
        "non-numeric values in column(s) 'DEV' (case(s) 'AU': 'high')"),
    Bad("non-numeric-two-words", "two different words in a membership column (was: one word shown for every case)",
        LF, "api", lambda: tt(with_cell(with_cell(lf(), "AU", "DEV", "TRUE"), "BE", "DEV", "FALSE"), "SURV"),
        "non-numeric values in column(s) 'DEV' (case(s) 'AU': 'TRUE', 'BE': 'FALSE')"),
    Bad("missing-value", "an empty (NaN) membership", LF, "api",
        lambda: tt(with_cell(lf(), "EE", "LIT", np.nan), "SURV"), "missing values in column(s) 'LIT' (case(s) 'EE')"),
    Bad("missing-values-d.BWB", "R's d.BWB data with its missing cells", BWB, "api",
        lambda: tt(pd.read_csv(ROOT / BWB, dtype={"case": str}), "CAN", case_column="case"),
        "'SC' (case(s) '12', '22')"),
    Bad("incl-cut-above-one", "incl_cut=1.5", LF, "api", lambda: tt(lf(), "SURV", incl_cut=1.5),
        "incl_cut must lie in [0, 1]"),
    Bad("incl-cut-pair-reversed", "incl_cut=(0.6, 0.8)", LF, "api", lambda: tt(lf(), "SURV", incl_cut=(0.6, 0.8)),
        "the second value (below which a row is '0') must not exceed the first"),
    Bad("exclude-csa-by-name", "minimize --exclude csa (a kind of rows, not row numbers)", LF, "cli",
        cli("minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--include", "?", "--exclude", "csa"),
        "error: --exclude: row numbers must be whole numbers such as '7,8,15', got 'csa'; 'csa' names a kind of rows: "
        "list them with find-rows --type csa, or block them with esa --csa", origin="user data"),
    Bad("exclude-csa-by-name-api", "minimize(tt, '?', exclude='csa')", LF, "api",
        lambda: mz(tt_lf(), "?", exclude="csa"),
        "'csa' names a kind of rows: exclude=find_rows(tt, 'csa'), or esa(tt, contradictory_rows='csa')",
        origin="user data"),
    Bad("case-names-only", "a file holding the case names alone (the sets left out of the export)",
        f("case_names_only.csv"), "cli", cli("truth-table", f("case_names_only.csv"), "--outcome", "SURV"),
        "error: --outcome 'SURV' is not a column of tests/bad_inputs/case_names_only.csv (the data has no column "
        "besides the case names 'case'; export the sets too)", origin="user data"),
    Bad("calibrate-a-frame", "calibrate(lr[['DEV']], ...): a data frame of one column, not the column", "", "api",
        lambda: _qca()[0].calibrate(pd.DataFrame({"DEV": [350.0, 550, 850]}), thresholds="e=350, c=550, i=850"),
        "x must be one column of raw values (a Series, a list or a 1-d array), got a DataFrame of shape (3, 1): "
        "calibrate df['DEV']; several sets at once: analysis.qca.calibrate_frame(df, {'DEV': {'thresholds': "
        "...}, ...})",
        origin="user data"),
    Bad("incl-cut-pair-as-text", "incl_cut='0.9, 0.6' (R's incl.cut takes the pair as one string too)", LF, "api",
        lambda: tt(lf(), "SURV", incl_cut="0.9, 0.6"),
        "incl_cut must be numbers in [0, 1], got '0.9, 0.6': give two cut-offs as a pair, incl_cut=(0.9, 0.6)",
        origin="user data"),
    Bad("incl-cut-not-a-number", "incl_cut='high'", LF, "api", lambda: tt(lf(), "SURV", incl_cut="high"),
        "incl_cut must be numbers"),
    Bad("incl-cut-as-text", "incl_cut='0.8' (a number read from a text file or form; necessity's cut-offs refused "
        "it, truth_table read it as 0.8)", LF, "api", lambda: tt(lf(), "SURV", incl_cut="0.8"),
        "incl_cut must be numbers in [0, 1], got '0.8': write 0.8, a number, not the text '0.8'", origin="user data"),
    Bad("incl-cut-three-values", "incl_cut with three values", LF, "api",
        lambda: tt(lf(), "SURV", incl_cut=(0.9, 0.8, 0.7)), "incl_cut must be one number or a pair (ic1, ic0)"),
    Bad("n-cut-zero", "n_cut=0", LF, "api", lambda: tt(lf(), "SURV", n_cut=0), "n_cut must be at least 1"),
    Bad("n-cut-fraction", "n_cut=2.5", LF, "api", lambda: tt(lf(), "SURV", n_cut=2.5),
        "n_cut must be a whole number"),
    Bad("n-cut-above-every-row", "n_cut larger than any row's cases", LF, "api", lambda: tt(lf(), "SURV", n_cut=5),
        "n_cut = 5 exceeds the largest number of cases in any configuration (4)"),
    Bad("pri-cut-negative", "pri_cut=-0.1", LF, "api", lambda: tt(lf(), "SURV", pri_cut=-0.1),
        "pri_cut must lie in [0, 1]"),
    Bad("too-many-conditions", "41 conditions", "", "api", lambda: tt(wide(_qca()[1] + 1), "Y"),
        "at most 40 are supported"),
    Bad("multi-value-outcome-plain", "a multi-value outcome without a value", LM, "api",
        lambda: tt(lm(), "DEV", "URB, LIT, IND, STB"),
        "outcome 'DEV' is multi-value (values up to 2); QCA explains one value set at a time: write outcome='DEV{v}'"),
    Bad("outcome-values-on-fuzzy", "SURV{1} on a fuzzy outcome", LF, "api", lambda: tt(lf(), "SURV{1}"),
        "column 'SURV' is not multi-value"),
    Bad("too-many-levels", "a raw value 550 in a crisp column", LC, "api",
        lambda: tt(with_cell(lc(), "AU", "DEV", 550), "SURV"), "a multi-value set may have at most 20 levels"),
    Bad("duplicate-case-names", "every case named X", LF, "api",
        lambda: tt(lf().reset_index().assign(case="X"), "SURV", case_column="case"), "duplicate case name(s): X"),
    Bad("case-column-missing", "case_column='id' that does not exist", LF, "api",
        lambda: tt(lf(), "SURV", case_column="id"), "case column 'id' is not in the data"),
    Bad("no-positive-row", "a cut-off no row reaches (incl_cut=0.95)", LF, "api",
        lambda: mz(tt(lf(), "SURV", incl_cut=0.95)),
        "no positive row to minimise: no configuration of SURV has OUT = 1 (incl_cut = 0.95, highest row incl = 0.904"),
    Bad("minimize-not-a-truth-table", "minimize() given a DataFrame", LF, "api", lambda: mz(lf()),
        "minimize needs a TruthTable"),
    Bad("include-unknown", "include='R'", LF, "api", lambda: mz(tt_lf(), include="R"),
        "include may contain '?' (remainders) and 'C'"),
    Bad("explain-unknown", "explain='0' (R's explain takes '1' or '1,C')", LF, "api", lambda: mz(tt_lf(), explain="0"),
        "explain must be '1' (positive rows) or '1,C'"),
    Bad("max-models-zero", "max_models=0", LF, "api", lambda: mz(tt_lf(), max_models=0),
        "max_models must be a positive whole number"),
    Bad("dir-exp-without-remainders", "dir_exp without include='?'", LF, "api",
        lambda: mz(tt_lf(), dir_exp="1,1,1,1,1"), "directional expectations need include='?'"),
    Bad("dir-exp-wrong-length", "two expectations for five conditions", LF, "api",
        lambda: mz(tt_lf(), "?", dir_exp="1,1"), "give 2 value(s) for 5 conditions ('DEV', 'URB', 'LIT', 'IND', 'STB')"),
    Bad("dir-exp-trailing-comma", "dir_exp '0,0,0,0,0,' (a trailing comma; it was read as literals: \"unknown "
        "condition '0'\")", LF, "api", lambda: mz(tt_lf(), "?", dir_exp="0,0,0,0,0,"),
        "empty entry in directional expectations '0,0,0,0,0,' (entry 6 of 6: a trailing comma?)", origin="user data"),
    Bad("dir-exp-unknown-condition", "an expectation for an unknown condition", LF, "api",
        lambda: mz(tt_lf(), "?", dir_exp={"GDP": 1}), "directional expectations name unknown condition 'GDP'"),
    Bad("dir-exp-out-of-range", "expectation 2 for a crisp condition", LF, "api",
        lambda: mz(tt_lf(), "?", dir_exp="1,1,2,1,1"),
        "directional expectation 2 for 'LIT' is out of range: 'LIT' takes values 0..1"),
    Bad("dir-exp-garbage-value", "expectation 'up'", LF, "api", lambda: mz(tt_lf(), "?", dir_exp={"DEV": "up"}),
        "directional expectation 'up' for 'DEV' is not 1, 0, '-'"),
    Bad("dir-exp-malformed-pair", "dir_exp 'DEV=1=2'", LF, "api", lambda: mz(tt_lf(), "?", dir_exp="DEV=1=2,URB=1"),
        "cannot read directional expectation 'DEV=1=2'"),
    Bad("dir-exp-repeated", "an expectation given twice", LF, "api", lambda: mz(tt_lf(), "?", dir_exp="DEV=1,DEV=0"),
        "directional expectation for 'DEV' given twice"),
    Bad("dir-exp-wrong-type", "dir_exp=3.5", "", "api", lambda: _qca()[0].parse_dir_exp(3.5, ["A"], [2]),
        "dir_exp must be a dict, a string"),
    Bad("term-unknown-condition", "a term with an unknown condition", "", "api",
        lambda: _qca()[0].parse_term("A*~Q", ["A", "B"]), "unknown condition 'Q' in term 'A*~Q'"),
    Bad("term-contradiction", "the term A*~A", "", "api", lambda: _qca()[0].parse_term("A*~A", ["A", "B"]),
        "term 'A*~A' asks 'A' to take two values: a contradiction (an empty set for crisp and multi-value data; for "
        "fuzzy sets min(A, 1 - A), which no case is more in than out of); write each condition once"),
    Bad("term-mv-without-value", "a multi-value condition without [v] in a term", "", "api",
        lambda: _qca()[0].parse_term("DEV*URB[1]", ["DEV", "URB"], [3, 2]),
        "condition 'DEV' is multi-value: write DEV[v] with v in 0..2"),
    Bad("term-value-out-of-range", "DEV[3] where DEV has levels 0..2", "", "api",
        lambda: _qca()[0].parse_term("DEV[3]", ["DEV", "URB"], [3, 2]),
        "value 3 of 'DEV' in term 'DEV[3]' is out of range 0..2"),
    Bad("all-cases-at-half", "every membership exactly 0.5", "", "api",
        lambda: tt(pd.DataFrame({"A": [0.5, 0.5], "Y": [1, 0]}), "Y"), "no case can be placed in a configuration"),

    # ---- issue 11
    Bad("data-is-a-directory", "a directory given as the data file", HERE, "cli",
        cli("minimize", HERE, "--outcome", "SURV"), "is a directory; give the CSV file inside it", origin="issue 11.2"),
    Bad("unknown-notebook-parameter", 'make P_03_qca="-p incl_cutt 0.9" (misspelt parameter)',
        "notebooks/03_qca.ipynb", "make",
        "tests/test_pipeline_faults.py::test_an_unknown_parameter_name_is_refused_while_make_reads_the_makefile",
        "error: P_03_qca: unknown parameter(s) 'incl_cutt' for notebooks/03_qca.ipynb; did you mean 'incl_cut'?; "
        "valid:",
        origin="issue 11.3"),
    Bad("unquoted-notebook-parameters", "make P_03_qca=-p incl_cut 0.9 (the value unquoted: make takes incl_cut "
        "and 0.9 for goals)", "notebooks/03_qca.ipynb", "make",
        "tests/test_pipeline_faults.py::test_make_passes_its_goals_to_the_parameter_check",
        "error: P_03_qca='-p': make took 'incl_cut' and '0.9' for goals to build: a value holding spaces must be "
        "quoted: make P_03_qca=\"-p incl_cut 0.9\""),
    Bad("pandas-index-column", "a CSV written by df.to_csv(path): index column 0, 1, 2, ...",
        *truth_table_cli("pandas_index.csv"),
        "the first column has no header and holds 0, 1, 2, ...: a pandas index", "handled", "issue 11.4",
        same_as=TT_CLEAN),
    Bad("pandas-index-column-api", "the same file read with pd.read_csv: column 'Unnamed: 0'", f("pandas_index.csv"),
        "api", lambda: tt(fixture("pandas_index.csv"), "SURV", case_column="case"),
        "condition column 'Unnamed: 0' has no name in the data: it is usually an index written by pandas' to_csv",
        origin="issue 11.4"),
    Bad("duplicate-header", "a header naming DEV twice", *truth_table_cli("duplicate_header.csv"),
        "column name 'DEV' appears twice in the header (columns 2 and 6)", origin="issue 11.5"),
    Bad("duplicate-header-api", "the same file read with pd.read_csv (DEV.1)", f("duplicate_header.csv"), "api",
        lambda: tt(fixture("duplicate_header.csv"), "SURV", case_column="case"),
        "pandas' read_csv renames a repeated header 'DEV' to 'DEV.1'", "warning", "issue 11.5"),
    Bad("case-file-outside-pattern", 'make P_02_case_calibration="-p case_file mycases.csv"; then edit mycases.csv',
        "data/raw/mycases.csv", "make", "tests/test_pipeline_faults.py::test_parameter_file_is_a_prerequisite",
        "(notebook 02 reruns: the file is a prerequisite)", "handled", "issue 11.6"),
    Bad("deleted-outputs", "rm -rf data/derived/paperA && make", "build/stamps/02_case_calibration.outputs", "make",
        "tests/test_pipeline_faults.py::test_missing_output_reruns_its_notebook",
        "(the notebooks whose outputs are missing rerun)", "handled", "issue 11.7"),
    Bad("raw-file-name-with-space", "a raw file saved as 'paperA_cases 2024.csv' (a space in its name), then make",
        "data/raw/paperA_cases 2024.csv", "make",
        "tests/test_pipeline_faults.py::test_a_raw_file_make_cannot_name_stops_make_in_one_line",
        "make cannot name a file whose name holds a space, a quote, a backslash, a bracket or one of : # $ % * ? < > "
        "| & ; ` (it would read it as other names or as a pattern); rename it, e.g. to paperA_cases_2024.csv",
        origin="audit"),
    Bad("parameter-file-name-with-space", 'make P_02_case_calibration="-p case_file \'my cases.csv\'"',
        "data/raw/my cases.csv", "make",
        "tests/test_pipeline_faults.py::test_a_parameter_naming_a_file_make_cannot_name_stops_make",
        "names data/raw/my cases.csv: make cannot name a file whose name holds a space, a quote, a backslash, a "
        "bracket or one of : # $ % * ? < > | & ; ` (it would read it as other names or as a pattern, and an edit of "
        "the file would not rerun the notebook); rename it, e.g. to my_cases.csv, and pass that name",
        origin="audit"),
    Bad("raw-file-name-with-glob", "a raw file saved as 'paperA_cases[1].csv' (a glob character in its name), then make",
        "data/raw/paperA_cases[1].csv", "make",
        "tests/test_pipeline_faults.py::test_a_raw_file_make_cannot_name_stops_make_in_one_line",
        "make cannot name a file whose name holds a space, a quote, a backslash, a bracket or one of : # $ % * ? < > "
        "| & ; ` (it would read it as other names or as a pattern); rename it, e.g. to paperA_cases_1_.csv",
        origin="repro audit"),
    Bad("raw-file-name-with-parentheses", "a raw file saved as 'paperA_cases(1).csv' (a browser's second download), "
        "then make", "data/raw/paperA_cases(1).csv", "make",
        "tests/test_pipeline_faults.py::test_a_raw_file_make_cannot_name_stops_make_in_one_line",
        "make cannot name a file whose name holds a space, a quote, a backslash, a bracket or one of : # $ % * ? < > "
        "| & ; ` (it would read it as other names or as a pattern); rename it, e.g. to paperA_cases_1_.csv",
        origin="repro audit"),
    Bad("parameter-file-name-with-quote", 'make P_02_case_calibration="-p case_file \\"it\'s.csv\\"" (the file is there)',
        "data/raw/it's.csv", "make",
        "tests/test_pipeline_faults.py::test_a_parameter_naming_a_file_with_a_quote_or_glob_character_stops_make",
        "names data/raw/it's.csv: make cannot name a file whose name holds a space, a quote, a backslash, a bracket "
        "or one of : # $ % * ? < > | & ; ` (it would read it as other names or as a pattern, and an edit of the file "
        "would not rerun the notebook); rename it, e.g. to it_s.csv, and pass that name", origin="repro audit"),
    Bad("parameter-file-missing", 'make P_02_case_calibration="-p case_file paperA_cases.csv" without that file',
        "", "make",
        "tests/test_pipeline_faults.py::test_a_file_parameter_naming_no_file_stops_make_before_any_notebook_runs",
        "error: P_02_case_calibration: -p case_file paperA_cases.csv: no file data/raw/paperA_cases.csv; case_file is "
        "the name of a CSV file or an Excel workbook (.xlsx) in data/raw/ (no folders); data/raw/ holds "
        "paperA_cases_reconstruction.csv, ",
        origin="repro audit"),
    Bad("parameter-file-with-folder",
        'make P_02_case_calibration="-p case_file data/raw/paperA_cases_reconstruction.csv"',
        "", "make",
        "tests/test_pipeline_faults.py::test_a_file_parameter_naming_no_file_stops_make_before_any_notebook_runs",
        "error: P_02_case_calibration: -p case_file data/raw/paperA_cases_reconstruction.csv: case_file is the name "
        "of a CSV file or an Excel workbook (.xlsx) in data/raw/ (no folders) (did you mean "
        "paperA_cases_reconstruction.csv?)",
        origin="repro audit"),
    Bad("parameter-file-workbook", 'make P_02_case_calibration="-p case_file paperA_cases.xls" (the holder\'s old '
        'Excel workbook named; an .xlsx one is read as it is)', "", "make",
        "tests/test_pipeline_faults.py::test_a_workbook_named_as_the_case_file_is_told_to_save_it_as_csv_by_make",
        "error: P_02_case_calibration: -p case_file paperA_cases.xls: case_file is the name of a CSV file or an Excel "
        "workbook (.xlsx) in data/raw/ (no folders) (a workbook: in Excel save it with 'Save As' > 'CSV UTF-8 (comma "
        "delimited)' as data/raw/paperA_cases.csv and pass -p case_file paperA_cases.csv)", origin="holder"),
    Bad("chinese-run-on-other-data", 'make P_02_case_calibration="-p case_file paperA_cases.csv -p lang zh" '
        'P_03_qca="-p lang zh" (a holder\'s data, Chinese labels) run by a version before 02 and 03 drew the English '
        'figures too: 04 redraws the English figures, which that run left from the reconstruction', "", "make",
        "tests/test_figures_notebook.py::test_a_stale_english_figure_left_by_a_chinese_run_is_named_as_such",
        "02_case_calibration's last run drew Chinese labels (lang = 'zh'; it wrote figures/paperA_memberships_zh.png) "
        "and left figures/paperA_memberships.png from an earlier run, which may show other data: run "
        "02_case_calibration again without -p lang zh", origin="holder"),
    Bad("parameter-value-refused", 'make P_03_qca="-p incl_cut 1.5" on a fresh clone (a value notebook 03 refuses)',
        "notebooks/03_qca.ipynb", "make",
        "tests/test_pipeline_faults.py::test_a_value_the_notebooks_check_refuses_is_refused_before_any_notebook_runs",
        "error: P_03_qca: ParameterError: incl_cut must be a number in [0, 1], got 1.5 (notebooks/03_qca.ipynb's "
        "parameter check; no notebook was run)", origin="repro audit"),
    Bad("bwb-column-unknown", 'make P_00_method_validation="-p bwb_outcome XYZ" (a column d.BWB does not have)',
        "data/reference/datasets/d.BWB.csv", "make",
        "tests/test_method_validation_parameters.py::test_a_column_d_bwb_does_not_have_is_refused_by_the_check",
        "bwb_outcome and bwb_conditions must be columns of d.BWB (data/reference/datasets/d.BWB.csv); it has no "
        "column(s) 'XYZ'; its columns: CAN, BC, SP,", origin="repro audit"),
    Bad("runner-value-refused", "tools/run_notebook.py 03_qca -p incl_cut 1.5 (the runner by hand, a value notebook 03 "
        "refuses)", "notebooks/03_qca.ipynb", "make",
        "tests/test_pipeline_faults.py::"
        "test_the_runner_by_hand_refuses_a_value_the_notebooks_check_refuses_before_a_kernel_starts",
        "error: notebooks/03_qca.ipynb: ParameterError: incl_cut must be a number in [0, 1], got 1.5 (the notebook's "
        "parameter check; nothing was run)", origin="repro audit"),
    Bad("parameter-without-p", 'make P_03_qca="incl_cut 0.9" (no -p before the name)', "", "make",
        "tests/test_pipeline_faults.py::test_a_malformed_parameter_value_is_refused_before_any_notebook_runs",
        "error: P_03_qca='incl_cut 0.9': 'incl_cut' where -p was expected; parameters are given as -p NAME VALUE, "
        "each with its own -p (a value holding spaces in quotes): did you mean make P_03_qca=\"-p incl_cut 0.9\"?",
        origin="repro audit"),
    Bad("parameter-quote-left-open", 'make P_02_case_calibration="-p case_file it\'s.csv" (an apostrophe, unquoted)',
        "", "make", "tests/test_pipeline_faults.py::test_a_parameter_value_the_shell_would_misread_stops_make_in_one_line",
        "error: P_02_case_calibration=\"-p case_file it's.csv\": a closing quote is missing; a value holding a quote is "
        "quoted with the other kind", origin="audit"),
    Bad("hand-edited-output", "a derived table edited by hand after make (make -q still says up to date); make verify",
        "data/derived/paperA/claims.csv", "make",
        "tests/test_verify_outputs.py::test_a_hand_edited_a_missing_and_a_stray_output_are_each_named",
        "changed: data/derived/paperA/claims.csv differs from what notebooks/03_qca.ipynb wrote in the last build "
        "(edited by hand? git diff shows the change; delete it and run make to rewrite it: its notebook runs again)",
        origin="audit"),
    Bad("stray-output", "a table an older run wrote that no notebook writes any more, left in data/derived/; make verify",
        "data/derived/paperA/old_paths.csv", "make",
        "tests/test_verify_outputs.py::test_a_hand_edited_a_missing_and_a_stray_output_are_each_named",
        "stray: data/derived/paperA/old_paths.csv was written by no notebook in the last build (left by an older run "
        "or put there by hand?); delete it if nothing needs it", origin="audit"),
    Bad("likert-scale", "an uncalibrated Likert scale 1-5 as a condition", *truth_table_cli("likert_scale.csv"),
        "condition 'DEV' has integer values 1, 2, 3, 4, 5, read as a multi-value set with levels 0..5 where level(s) 0 "
        "have no case", "warning", "issue 11.8"),
    Bad("multi-value-gaps", "multi-value levels 0, 2, 3 (no 1)", *truth_table_cli("multi_value_gaps.csv"),
        "level(s) 1 have no case", "warning", "issue 11.8"),
    Bad("operator-in-name", "a condition named STB*GOV", f("operator_in_name.csv"), "cli",
        cli("minimize", f("operator_in_name.csv"), "--outcome", "SURV"),
        "condition name 'STB*GOV' contains '*': QCA writes solutions and expressions with", origin="issue 11.9"),
    Bad("operator-in-name-api", "conditions named A+B, ~U, L[1]", "", "api",
        lambda: tt(pd.DataFrame({"A+B": [0, 1], "Y": [0, 1]}), "Y"), "condition name 'A+B' contains '+'",
        origin="issue 11.9"),
    Bad("double-negation", "--outcome ~SURV together with --negate-outcome", LC, "cli",
        cli("minimize", LC, "--outcome", "~SURV", "--negate-outcome"),
        "--outcome '~SURV' is already negated and --negate-outcome negates it again",
        origin="issue 11.11"),
    Bad("jobs-too-many", "a typo of a worker count: --jobs 1000000000 (joblib would try to start them all)", LC,
        "cli", cli("robustness", LC, "--outcome", "SURV", "--jobs", "1000000000"),
        "must be a whole number other than 0 from -1024 to 1024", origin="round 12 audit"),
    Bad("double-negation-necessity", "necessity with --outcome ~SURV --negate-outcome", LC, "cli",
        cli("necessity", LC, "--outcome", "~SURV", "--negate-outcome"), "is negated twice", origin="issue 11.11"),
    Bad("semicolon-separated", "a semicolon-separated file with decimal commas (European Excel)",
        *truth_table_cli("semicolon_separated.csv"),
        "the file looks separated by ';', not commas", origin="issue 11.12"),
    Bad("semicolon-point-decimals", "a semicolon-separated file with decimal points",
        *truth_table_cli("semicolon_point_decimals.csv"),
        "the file looks separated by ';', not commas", origin="issue 11.12"),
    Bad("tab-api", "a tab-separated file read with pd.read_csv", f("excel_tab_separated.csv"), "api",
        lambda: tt(fixture("excel_tab_separated.csv"), "SURV"),
        "the file looks separated by a tab, not commas (Excel's 'Text (Tab delimited)', a .tsv file); save it as 'CSV "
        "UTF-8 (comma delimited)' or read it with pd.read_csv(path, sep='\\t')", origin="user data"),
    Bad("semicolon-api", "a semicolon-separated file read with pd.read_csv", f("semicolon_separated.csv"), "api",
        lambda: tt(fixture("semicolon_separated.csv"), "SURV"), "the file looks separated by ';', not commas",
        origin="issue 11.12"),
    Bad("incl-cut-decimal-comma", "--incl-cut 1,0 (a European 1.0)", LC, "cli",
        cli("truth-table", LC, "--outcome", "SURV", "--incl-cut", "1,0"),
        "--incl-cut '1,0' is ambiguous: a number with a decimal comma or two cut-offs", origin="issue 11.13"),
    Bad("blank-padded-header", "a header ' DEV' and 'SURV ' with blanks", f("blank_padded_header.csv"), "cli",
        cli("truth-table", f("blank_padded_header.csv"), "--outcome", "SURV", "--conditions", "DEV,URB"),
        "", "handled", "issue 11.14", same_as=TT_CLEAN + ("--conditions", "DEV,URB")),
    Bad("blank-padded-header-api", "the same header in a DataFrame, condition 'DEV'", f("blank_padded_header.csv"),
        "api", lambda: tt(fixture("blank_padded_header.csv"), "SURV", "DEV", case_column="case"),
        "outcome 'SURV' is not a column of the data; column 'SURV ' has blanks around its name",
        origin="issue 11.14"),
    Bad("case-id-column", "case names in a column 'case_id' (as in Paper A's raw file)",
        *truth_table_cli("case_id_column.csv"),
        "if 'case_id' names the cases, pass --case-column case_id.",
        origin="issue 11.15"),
    Bad("constant-outcome-necessity", "necessity of an outcome that is 0 for every case",
        f("constant_outcome_zero.csv"), "cli", cli("necessity", f("constant_outcome_zero.csv"), "--outcome", "SURV"),
        "outcome 'SURV' is constant (0 for every case)", "warning", "issue 11.16"),
    Bad("constant-outcome-minimize", "minimize an outcome that is 1 for every case", f("constant_outcome.csv"),
        "cli", cli("minimize", f("constant_outcome.csv"), "--outcome", "SURV"),
        "outcome 'SURV' is constant (1 for every case)", "warning", "issue 11.16"),
    Bad("dir-exp-colon", "--dir-exp DEV:1,URB:1", LC, "cli",
        cli("minimize", LC, "--outcome", "SURV", "--include", "?", "--dir-exp", "DEV:1,URB:1"),
        "the syntax is NAME=VALUE, not NAME:VALUE", origin="issue 11.17"),
    Bad("conditions-as-set", "conditions given as a Python set", LC, "api",
        lambda: tt(lc(), "SURV", {"DEV", "URB", "LIT"}), "conditions given as a set", origin="issue 11.18"),
    Bad("integer-column-labels", "integer column labels, outcome given as 6", LC, "api",
        lambda: tt(lc().set_axis(range(1, 7), axis=1), 6), "", "handled", "issue 11.19"),
    Bad("incl-cut-true", "incl_cut=True", LC, "api", lambda: tt(lc(), "SURV", incl_cut=True),
        "True/False are not cut-offs", origin="issue 11.21"),
    Bad("pri-cut-true", "pri_cut=True", LC, "api", lambda: tt(lc(), "SURV", pri_cut=True),
        "True/False are not cut-offs", origin="issue 11.21"),

    # ---- files as Excel, SPSS, R and pandas write them
    Bad("excel-bom-crlf", "Excel 'CSV UTF-8': byte order mark and CRLF line ends",
        *truth_table_cli("excel_bom_crlf.csv"), "", "handled", "export",
        same_as=TT_CLEAN),
    Bad("excel-trailing-empty", "Excel's trailing empty columns and rows (,,,)",
        *truth_table_cli("excel_trailing_empty.csv"),
        "ignored 2 empty rows (lines 10, 11)", "handled", "export", same_as=TT_CLEAN),
    Bad("excel-trailing-empty-api", "the same file read with pd.read_csv, empty rows dropped: empty columns 'Unnamed: 7', ...",
        f("excel_trailing_empty.csv"), "api",
        lambda: tt(fixture("excel_trailing_empty.csv").dropna(how="all"), "SURV", case_column="case"),
        "condition column 'Unnamed: 7' has no name and no values: an empty column", origin="export"),
    Bad("excel-trailing-rows-api", "the same file, empty columns dropped: Excel's empty rows",
        f("excel_trailing_empty.csv"), "api",
        lambda: tt(fixture("excel_trailing_empty.csv").dropna(axis=1, how="all"), "SURV", case_column="case"),
        "rows 9, 10 of the data are empty (no value in any column", origin="export"),
    Bad("excel-na", "Excel's #N/A in a cell", *truth_table_cli("excel_na.csv"),
        "missing values in column(s) 'URB' (case(s) 'CZ', marked '#N/A')", origin="export"),
    Bad("excel-percent", "percentages (12%) in a column", *truth_table_cli("excel_percent.csv"),
        "'URB': a percentage: QCA needs memberships in [0, 1]; calibrate the raw percentages first", origin="export"),
    Bad("excel-comma-decimals-quoted", 'decimal commas in a comma-separated file ("0,81")',
        *truth_table_cli("excel_comma_decimals_quoted.csv"),
        "a decimal comma (or a thousands separator): write numbers with a point", origin="export"),
    Bad("excel-comma-decimals-unquoted", "unquoted decimal commas (0,81) in a comma-separated file",
        *truth_table_cli("excel_comma_decimals_unquoted.csv"),
        "line 2 has 13 cells, the header 7: more cells than columns; unquoted decimal commas", origin="export"),
    Bad("excel-tab-separated", "a tab-separated file (Excel 'Text')", *truth_table_cli("excel_tab_separated.csv"),
        "the file looks separated by a tab, not commas (Excel's 'Text (Tab delimited)', a .tsv file); save it as "
        "'CSV UTF-8 (comma delimited)'", origin="export"),
    Bad("r-write-table-spaces", "R's write.table(): values separated by blanks, row names without a header cell "
        "(was: \"--outcome 'SURV' is not a column (columns: 'DEV \\\"URB\\\" ...')\")",
        *truth_table_cli("r_write_table_spaces.csv"),
        "the file looks separated by blanks, not commas (R's write.table(), whose default sep is ' ', or a table "
        "copied as text); in R write it with write.csv(", origin="cli fuzz"),
    Bad("pipe-separated", "a file separated by '|' (a database or SAS export; was: \"--outcome 'SURV' is not a "
        "column (columns: 'case|DEV|URB|...')\")", *truth_table_cli("pipe_separated.csv"),
        "the file looks separated by '|', not commas (a database or SAS export?); save it as 'CSV UTF-8 (comma "
        "delimited)'", origin="cli fuzz"),
    Bad("robustness-duplicate-case-names", "robustness: a case name twice in the data file (was named as an error of "
        "the --spec file, 'LF_sweeps.yaml: duplicate case name(s): AU ... (line(s) 2, 4 of the file)')",
        f("lf_duplicate_case.csv"), "cli",
        cli("robustness", f("lf_duplicate_case.csv"), "--spec", "docs/examples/LF_sweeps.yaml", "--raw",
            "data/reference/datasets/LR.csv"),
        "error: tests/bad_inputs/lf_duplicate_case.csv: duplicate case name(s): AU; case names must be unique: 'AU' in "
        "row(s) 1, 3 (line(s) 2, 4 of the file)", origin="cli fuzz"),
    Bad("robustness-empty-case-name", "robustness: an empty case name in the data file (was named as an error of the "
        "--spec file)", f("lf_empty_case.csv"), "cli",
        cli("robustness", f("lf_empty_case.csv"), "--spec", "docs/examples/LF_sweeps.yaml", "--raw",
            "data/reference/datasets/LR.csv"),
        "error: tests/bad_inputs/lf_empty_case.csv: case name(s) of the index are empty in row(s) 3 (line(s) 4 of the "
        "file); every case needs a name", origin="cli fuzz"),
    Bad("spec-yaml-no-as-false", "robustness: drop_cases: [NO], Norway's code unquoted, which YAML 1.1 reads as false "
        "(was: \"unknown case(s) 'False'\")", f("spec_drop_norway.yaml"), "cli",
        cli("robustness", LF, "--spec", f("spec_drop_norway.yaml")),
        "spec_drop_norway.yaml: line 5, column 42: NO is read by YAML as False (YAML 1.1 reads yes/no/on/off as "
        "true/false); quote it ('NO') if it is a name or a case ID, or write false", origin="cli fuzz"),
    Bad("calibrate-set-named-on", "calibrate: a set named ON, unquoted in the specification (was: a column 'True' "
        "written without a word)", f("calibrate_set_named_no.yaml"), "cli",
        cli("calibrate", "data/reference/datasets/LR.csv", "--spec", f("calibrate_set_named_no.yaml")),
        "calibrate_set_named_no.yaml: line 2, column 1: ON is read by YAML as True", origin="cli fuzz"),
    Bad("exclude-row-range", "minimize --exclude 10:12, a range of rows as R writes it (was: 'row numbers must be "
        "whole numbers such as 7,8,15, got 10:12' alone)", LF, "cli",
        cli("minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--include", "?", "--exclude", "10:12,14"),
        "error: --exclude: row numbers must be whole numbers such as '7,8,15', got '10:12,14'; a range of rows (10:12) "
        "is not read: list each row, '10,11,12,14'", origin="cli fuzz"),
    Bad("utf16-without-bom", "UTF-16 text without a byte order mark (was: 'line 9 has 1 cells, the header 7')",
        *truth_table_cli("utf16_no_bom.csv"),
        "utf16_no_bom.csv: this looks like UTF-16 text without a byte order mark (every other byte is 0), not UTF-8; "
        "save it as 'CSV UTF-8 (comma delimited)', or convert it (iconv -f UTF-16LE -t UTF-8)", origin="cli fuzz"),
    Bad("nul-byte", "a NUL byte (0x00) in a case name, a damaged file (was: read into the name, 'CZ\\x00')",
        *truth_table_cli("nul_byte.csv"),
        "nul_byte.csv: line 4 holds a NUL byte (0x00), which no text file holds: the file is damaged or not CSV text; "
        "remove the byte (tr -d '\\000' < old.csv > new.csv) or export the data again", origin="cli fuzz"),
    Bad("trailing-comma-data-lines", "every data line ends with ',', the header does not (was: 'line 1 holds 7 cells "
        "... a title above the header?')", *truth_table_cli("trailing_comma_rows.csv"),
        "trailing_comma_rows.csv: line 2 has 8 cells, the header 7: it ends with 1 empty cell (a trailing ',') the "
        "header has no column for; remove the trailing commas from the data lines, or end the header with as many",
        origin="cli fuzz"),
    Bad("trailing-comma-header", "the header ends with ',', the data lines do not (was: 'line 2 has 7 cells, the "
        "header 8: fewer cells than columns; fill or remove the short row')", *truth_table_cli("trailing_comma_header.csv"),
        "trailing_comma_header.csv: the header (line 1) ends with 1 empty name (a trailing ',') that line 2 has no cell "
        "for; remove the trailing comma from the header", origin="cli fuzz"),
    Bad("cluster-ids-as-excel-writes", "cluster: unit and wave ids written 'AU ', ' 1', '1.0', '01' in some rows (was: "
        "each a cluster or unit of its own, 'between 1.0  n=1', without a word)", f("panel_ids_as_excel_writes.csv"),
        "cli", cli("cluster", f("panel_ids_as_excel_writes.csv"), "--outcome", "SURV", "--expression",
                   "DEV*~IND + URB*STB", "--unit", "CASE", "--cluster", "WAVE"),
        "the first column has no header: taken as case names", kind="handled", origin="cli fuzz",
        same_as=cli("cluster", "data/reference/r-setmethods/LF_panel.csv", "--outcome", "SURV", "--expression",
                    "DEV*~IND + URB*STB", "--unit", "CASE", "--cluster", "WAVE")),
    Bad("cluster-fullwidth-wave", "cluster: a wave id '１' typed with a Chinese input method among 1 and 2 (was: a wave "
        "of its own, without a word)", f("panel_fullwidth_wave.csv"), "cli",
        cli("cluster", f("panel_fullwidth_wave.csv"), "--outcome", "SURV", "--expression", "DEV*~IND + URB*STB",
            "--unit", "CASE", "--cluster", "WAVE"),
        "--cluster WAVE: id '１' (line 4) is written with full-width characters while the other ids are numbers "
        "(1, 2): write '1'", origin="cli fuzz"),
    Bad("json-lines", "JSON Lines, one record per line, as pandas' df.to_json(path, orient='records', lines=True) writes "
        "them (was: read as CSV, \"did you mean 'SURV:0.05}'?\")", f("lf_json_lines.jsonl"), "cli",
        cli("truth-table", f("lf_json_lines.jsonl"), "--outcome", "SURV", "--incl-cut", "0.8"), "", kind="handled",
        origin="cli fuzz", same_as=cli("truth-table", LF, "--outcome", "SURV", "--incl-cut", "0.8")),
    Bad("json-pandas-columns", "JSON written by pandas' df.to_json(path): an object of columns, not records (was: no "
        "word on how to write records)", f("lf_pandas_columns.json"), "cli",
        cli("truth-table", f("lf_pandas_columns.json"), "--outcome", "SURV"),
        "as 'calibrate --json' writes them; from pandas: df.to_json(path, orient='records')", origin="cli fuzz"),
    Bad("spec-ranges-mapping", "robustness: 'ranges:' holding one range as a mapping, without the list's '- ' (was: "
        "'range 1 must be a mapping', of a mapping)", f("spec_ranges_mapping.yaml"), "cli",
        cli("robustness", LF, "--spec", f("spec_ranges_mapping.yaml")),
        "spec_ranges_mapping.yaml: 'ranges' must be a list of ranges, got a mapping (keys 'parameter', 'step'): "
        "write each range as an item of a list, '- {parameter: incl_cut, step: 0.01}'", origin="cli fuzz"),
    Bad("spec-ranges-number", "robustness: 'ranges: 20' (was: a traceback, TypeError: 'int' object is not iterable)",
        f("spec_ranges_number.yaml"), "cli", cli("robustness", LF, "--spec", f("spec_ranges_number.yaml")),
        "spec_ranges_number.yaml: 'ranges' must be a list of ranges, got 20", origin="cli fuzz"),
    Bad("zero-width-space", "a number followed by an invisible zero-width space (copied from a web page; was: "
        "\"non-numeric values ... '1\\u200b'\" and no word on it)", *truth_table_cli("zero_width_space.csv"),
        "'DEV': an invisible character (U+200B ZERO WIDTH SPACE, copied from a web page or a document) in '1\\u200b': "
        "delete it (the cell then reads 1)", origin="cli fuzz"),
    Bad("mistyped-cell", "one mistyped cell ('1x') in a crisp set's column of 0s and 1s (was: 'text labels (e.g. SPSS "
        "value labels)', and with conditions taken from the file, advice to leave the set out)",
        *truth_table_cli("mistyped_cell.csv"),
        "'LIT': mistyped cells in a column of numbers (its other cells are numbers): correct them. QCA needs numbers",
        origin="export"),
    Bad("excel-true-false", "TRUE/FALSE in a crisp column", *truth_table_cli("excel_true_false.csv"),
        "'DEV': a yes/no label: recode it to 1/0", origin="export"),
    Bad("cr-inside-line", "a carriage return typed inside a line (a cell edited by hand)",
        *truth_table_cli("cr_inside_line.csv"),
        "cr_inside_line.csv: line 3 has a carriage return (\\r) inside a line, outside quotes (a line break typed in "
        "a cell?): remove it, or quote the cell", origin="export"),
    Bad("excel-gbk", "a CSV saved by Chinese Excel (GBK, not UTF-8)", *truth_table_cli("excel_gbk.csv"),
        "not UTF-8 text (byte 0xb0 on line 2): Chinese text in the code page GBK, as Excel on Chinese Windows saves "
        "'CSV (逗号分隔)' (line 2 reads '奥地利,1,0,1,1,0,0' in GBK); save it as UTF-8: in Excel, File > Save As (文件 > "
        "另存为) 'CSV UTF-8 (逗号分隔)'", origin="export"),
    Bad("csv-fullwidth-comma-separated", "a CSV typed with a Chinese input method: cells separated by full-width "
        "commas '，' (was: \"--outcome 'SURV' is not a column (columns: 'case，DEV，URB，...')\")",
        *truth_table_cli("fullwidth_comma_separated.csv"),
        "the header is one column 'case，DEV，URB，LIT，IND，STB，SURV': the file looks separated by full-width commas "
        "'，' (U+FF0C, typed with a Chinese input method, 全角), not ASCII commas ','; replace them with ','",
        origin="formats"),
    Bad("csv-fullwidth-comma-row", "a line of a CSV typed with full-width commas '，' (was: \"line 4 has 1 cells, "
        "the header 7: fewer cells than columns; fill or remove the short row\")",
        *truth_table_cli("fullwidth_comma_row.csv"),
        "line 4 has 1 cell, the header 7: fewer cells than columns; its cells are separated by full-width commas "
        "'，' (U+FF0C, typed with a Chinese input method, 全角), not ASCII commas ',': replace them with ','",
        origin="formats"),
    Bad("spss-yes-no-labels", "SPSS value labels Yes/No exported instead of codes",
        *truth_table_cli("spss_value_labels.csv"),
        "'SURV': a yes/no label: recode it to 1/0 (on the command line, by calibrate --spec with the set SURV: {codes: "
        "{'Yes': 1, 'No': 0}}; in pandas: df[col] = df[col].map({'Yes': 1, 'No': 0}); or export numeric codes, not "
        "value labels)", origin="export"),
    Bad("chinese-yes-no-labels", "是/否 (yes/no) typed as the outcome's values", *truth_table_cli("chinese_yes_no.csv"),
        "'SURV': a yes/no label: recode it to 1/0 (on the command line, by calibrate --spec with the set SURV: {codes: "
        "{'是': 1, '否': 0}}; in pandas: df[col] = df[col].map({'是': 1, '否': 0}); or export numeric codes, not "
        "value labels)", origin="export"),
    Bad("spss-text-labels", "SPSS value labels High/Low", *truth_table_cli("spss_text_labels.csv"),
        "'URB': text labels (e.g. SPSS value labels): export the numeric codes", origin="export"),
    Bad("spss-dot-missing", "SPSS's '.' for a missing value", *truth_table_cli("spss_dot_missing.csv"),
        "missing values in column(s) 'LIT' (case(s) 'BE', 'FR', marked '.')", origin="export"),
    Bad("spss-codes-1-2", "SPSS numeric codes 1 = yes, 2 = no", *truth_table_cli("spss_codes_1_2.csv"),
        "condition 'IND' has integer values 1, 2, read as a multi-value set", "warning", "export"),
    Bad("spss-missing-code-99", "SPSS missing-value code 99 left in the data",
        *truth_table_cli("spss_missing_code_99.csv"),
        "99 looks like a missing-value code (SPSS, Stata): mark such cells as missing first (empty or NA, the cases then "
        "dropped by drop_missing_cases, on the command line --drop-missing; raw values calibrated from a specification: "
        "the set's missing_codes: [99] with missing: keep)", origin="export"),
    Bad("r-write-csv-row-names", "R's write.csv: row names in a column headed \"\"",
        *truth_table_cli("r_write_csv.csv"),
        "the first column has no header: taken as case names", "handled", "export", same_as=TT_CLEAN),
    Bad("r-write-csv-na", 'R\'s write.csv: "NA" in a cell', *truth_table_cli("r_write_csv_na.csv"),
        "missing values in column(s) 'DEV' (case(s) 'FI', marked 'NA')", origin="export"),
    Bad("r-write-csv-api", "R's write.csv file read with pd.read_csv (column 'Unnamed: 0')", f("r_write_csv.csv"),
        "api", lambda: tt(fixture("r_write_csv.csv"), "SURV"),
        "use it as case names (case_column='Unnamed: 0'; CLI: --case-column)", origin="export"),
    Bad("pandas-index-case-names", "df.to_csv(path), case names as an unnamed index",
        f("pandas_index_case_names.csv"), "cli", cli("truth-table", f("pandas_index_case_names.csv"), "--outcome",
                                                     "SURV"),
        "the first column has no header: taken as case names", "handled", "export", same_as=TT_CLEAN),
    Bad("pandas-bool", "a bool column written by pandas (True/False)",
        *truth_table_cli("pandas_bool.csv"), "'DEV': a yes/no label", origin="export"),
    Bad("pandas-nan", "pandas' NaN written with na_rep='NaN'", *truth_table_cli("pandas_nan.csv"),
        "missing values in column(s) 'IND' (case(s) 'DE', marked 'NaN')", origin="export"),
    Bad("header-only", "a file with a header and no rows",
        *truth_table_cli("header_only.csv"), "the file has a header but no data rows",
        origin="export"),
    Bad("empty-file", "an empty file", *truth_table_cli("empty.csv"), "the file is empty", origin="export"),
    Bad("raw-table-directory", "a directory where notebook 02 expects the case file (-p case_file ...)", HERE,
        "raw", lambda: cases_file(HERE), "is a directory, not a CSV file", origin="issue 11.2"),
    Bad("raw-case-file-status-capitalised", "a Paper A case file with status 'Original' (capital O) on every row",
        f("paperA_status_capitalised.csv"), "raw", lambda: cases_file(f("paperA_status_capitalised.csv")),
        "1 problem:\n  - row 1 (line 2), column 'status': 'Original' is not allowed (4 rows hold a value not allowed, "
        "the first here: 'Original' in 4 rows); expected one of 'reconstruction', 'original'", origin="audit"),
    Bad("raw-case-file-chinese-set-column", "a Paper A case file naming one set in Chinese (系统整合) beside the short names",
        f("paperA_zh_set_column.csv"), "raw", lambda: cases_file(f("paperA_zh_set_column.csv")),
        "column '系统整合': unknown column in the memberships form; write SYS for 系统整合 (allowed columns: case_id, "
        "status, SYS, ORG, PRO, SER, FUN, NOR, EFF)", origin="audit"),
    Bad("raw-case-file-yes-no-words", "Paper A's matrix with memberships written 是/否 (or TRUE/FALSE) instead of 1/0",
        f("paperA_yes_no_words.csv"), "raw", lambda: cases_file(f("paperA_yes_no_words.csv")),
        "1 problem:\n  - row 1 (line 2), column 'SYS': '否' is not a number >= 0 and <= 1 (28 values of columns SYS, "
        "ORG, PRO, SER, FUN, NOR, EFF in 4 rows are not numbers: '否' in 13 cells, '是' in 15 cells): a yes/no label: "
        "recode it to 1/0",
        origin="holder"),
    Bad("raw-case-file-fullwidth-digit", "Paper A's matrix with a membership typed '１' with a Chinese input method "
        "(was: read as 1 without a word, which the engine's reader refuses)", f("paperA_fullwidth_digit.csv"), "raw",
        lambda: cases_file(f("paperA_fullwidth_digit.csv")),
        "row 2 (line 3), column 'SER': '１' is not a number >= 0 and <= 1: full-width characters (e.g. '１', typed with "
        "a Chinese or Japanese input method, 全角): write numbers with ASCII (half-width, 半角) digits, point and "
        "signs, e.g. '1'", origin="holder"),
    Bad("raw-case-file-missing-marks-mixed", "Paper A's matrix with cases marked missing in several ways in one column "
        "('缺失', 'NA', '.'; was: no hint)", f("paperA_missing_marks_mixed.csv"), "raw",
        lambda: cases_file(f("paperA_missing_marks_mixed.csv")),
        "row 2 (line 3), column 'ORG': '缺失' is not a number >= 0 and <= 1 (3 rows hold a value that is not a number, "
        "the first here: '缺失' in 1 row, 'NA' in 1 row, '.' in 1 row): a mark of a missing value (as R, SPSS, Stata "
        "or Excel write one, or a Chinese table: '缺失', '—')", origin="holder"),
    Bad("raw-case-file-outcome-named-otherwise", "Paper A's matrix with the outcome column named Y (or outcome, 结果)",
        f("paperA_outcome_named_y.csv"), "raw", lambda: cases_file(f("paperA_outcome_named_y.csv")),
        "column 'Y': unknown column in the memberships form; the header has no EFF (the outcome, 良好医防融合效果): if "
        "'Y' holds the outcome, name it EFF", origin="holder"),
    Bad("raw-case-file-condition-named-otherwise", "Paper A's matrix with service integration named CLI (Valentijn's "
        "clinical integration)", f("paperA_condition_named_cli.csv"), "raw",
        lambda: cases_file(f("paperA_condition_named_cli.csv")),
        "column 'CLI': unknown column in the memberships form; the header has no SER (service integration, 服务整合): "
        "if 'CLI' holds service integration, name it SER", origin="holder"),
    Bad("raw-case-file-lowercase-sets", "Paper A's matrix with the sets written in lower case (sys, org, ...)",
        f("paperA_lowercase_sets.csv"), "raw", lambda: cases_file(f("paperA_lowercase_sets.csv")),
        "write the short names: 'sys' → SYS, 'org' → ORG", origin="holder"),
    Bad("raw-case-file-chinese-case-names", "Paper A's matrix with Chinese place names as case ids",
        f("paperA_chinese_case_names.csv"), "raw", lambda: cases_file(f("paperA_chinese_case_names.csv")),
        "1 problem:\n  - row 1 (line 2), column 'case_id': '深圳罗湖' is not a case id", origin="holder"),
    Bad("raw-case-file-numeric-case-ids", "Paper A's matrix with the cases numbered 01, 02, ... as ids",
        f("paperA_numeric_case_ids.csv"), "raw", lambda: cases_file(f("paperA_numeric_case_ids.csv")),
        "1 problem:\n  - row 1 (line 2), column 'case_id': '01' reads as a number in the tables notebook 02 writes",
        origin="holder"),
    Bad("raw-case-file-no-status", "Paper A's matrix without the status column", f("paperA_no_status.csv"), "raw",
        lambda: cases_file(f("paperA_no_status.csv")),
        "missing column 'status': add it with 'original' on every row taken from Paper A's own case matrix",
        origin="holder"),
    Bad("raw-case-file-status-chinese", "Paper A's matrix with the status written 原始 (or 重建) on every row",
        f("paperA_status_chinese.csv"), "raw", lambda: cases_file(f("paperA_status_chinese.csv")),
        "1 problem:\n  - row 1 (line 2), column 'status': '原始' is not allowed (4 rows hold a value not allowed, "
        "the first here: '原始' in 4 rows); expected one of 'reconstruction', 'original': write 'original' for '原始'",
        origin="holder"),
    Bad("raw-case-file-totals-row", "Paper A's matrix with Excel's totals row (合计, the column sums) below the cases",
        f("paperA_totals_row.csv"), "raw", lambda: cases_file(f("paperA_totals_row.csv")),
        "1 problem:\n  - row 5 (line 6), column 'case_id': '合计' is a summary row (a total, mean or count below the "
        "cases), not a case: delete it", origin="holder"),
    Bad("raw-case-file-missing-value", "Paper A's matrix with a case not coded in one set, the cell written NA (R, "
        "SPSS and Excel write '.', '#N/A', 'NULL' alike)", f("paperA_missing_value.csv"), "raw",
        lambda: cases_file(f("paperA_missing_value.csv")),
        "1 problem:\n  - row 2 (line 3), column 'FUN': 'NA' is not a number >= 0 and <= 1: a mark of a missing value "
        "(as R, SPSS, Stata or Excel write one): QCA places every case in a configuration, so every cell needs a "
        "value: code the case here, or leave the case out of the file", origin="holder"),
    Bad("raw-case-file-all-chinese", "Paper A's matrix as a Chinese spreadsheet keeps it: header 案例, 状态, 系统整合 …, "
        "place names as ids, 原始 as the status, 是/否 as the memberships", f("paperA_all_chinese.csv"), "raw",
        lambda: cases_file(f("paperA_all_chinese.csv")),
        "4 problems:\n  - header (案例, 状态, 系统整合, 组织整合, 专业整合, 服务整合, 功能整合, 规范整合, 医防融合效果): "
        "names neither the sets", origin="holder"),
    Bad("raw-case-file-descriptive-column", "Paper A's matrix with a column describing the cases (地区, the region)",
        f("paperA_region_column.csv"), "raw", lambda: cases_file(f("paperA_region_column.csv")),
        "column '地区': unknown column in the memberships form; it holds text ('深圳', '浙江', '安徽', ...), so it "
        "describes the cases: keep such columns in a file of your own keyed by case_id", origin="holder"),
    Bad("raw-case-file-totals-row-and-errors", "Paper A's matrix with a totals row (合计) below the cases and two "
        "other problems above it (a status 原始, an outcome of 2)", f("paperA_totals_row_and_errors.csv"), "raw",
        lambda: cases_file(f("paperA_totals_row_and_errors.csv")),
        "3 problems:\n  - row 3 (line 4), column 'status': '原始' is not allowed; expected one of 'reconstruction', "
        "'original': write 'original' for '原始'\n  - row 4 (line 5), column 'EFF': 2 is out of range", origin="holder"),
    Bad("raw-case-file-descriptive-column-no-outcome", "Paper A's matrix with a column 地区 and no EFF column",
        f("paperA_region_column_no_outcome.csv"), "raw", lambda: cases_file(f("paperA_region_column_no_outcome.csv")),
        "so it describes the cases: keep such columns in a file of your own keyed by case_id (the case file holds "
        "case_id, status and the sets only) (allowed columns: case_id, status, SYS, ORG, PRO, SER, FUN, NOR, EFF)\n  - "
        "missing column 'EFF': the outcome (良好医防融合效果), one membership per case", origin="holder"),
    Bad("case-file-parameter-typo", 'make P_02_case_calibration="-p case_file paperA_case.csv" (a typo; or a path, '
        'data/raw/paperA_cases.csv, or the workbook, paperA_cases.xlsx)', "notebooks/02_case_calibration.ipynb",
        "notebook", "tests/test_paperA_protocol.py::test_case_file_parameter_says_what_to_write",
        "case_file 'paperA_case.csv': no such file in data/raw (the nearest there: paperA_cases.csv", origin="holder"),
    Bad("raw-table-duplicate-header", "a raw table whose header names DEV twice", f("duplicate_header.csv"), "raw",
        lambda: raw(f("duplicate_header.csv")), "duplicate column name: DEV", origin="issue 11.5"),
    Bad("raw-table-semicolon", "a semicolon-separated raw table", f("semicolon_point_decimals.csv"), "raw",
        lambda: raw(f("semicolon_point_decimals.csv")), "the file looks separated by ';', not commas",
        origin="issue 11.12"),
    Bad("raw-table-trailing-empty", "a raw table with Excel's trailing empty rows and columns",
        f("excel_trailing_empty.csv"), "raw", lambda: raw(f("excel_trailing_empty.csv")), "", "handled", "export"),
    Bad("raw-table-gbk", "a raw table saved by Chinese Excel (GBK)", f("excel_gbk.csv"), "raw",
        lambda: raw(f("excel_gbk.csv")), "not UTF-8 text", origin="export"),
    Bad("xls-renamed-xlsx", "an old Excel .xls workbook renamed .xlsx (its first bytes and its 'Workbook' stream's "
        "directory entry; was: 'this .xlsx workbook is encrypted (saved with a password to open it)')",
        *truth_table_cli("xls_renamed.xlsx"), "this is an old Excel .xls workbook (OLE2 file) named .xlsx (renamed?), "
        "not an Excel workbook (.xlsx): give it its own name, ending in .xls, which the engine reads; or open it in Excel "
        "or LibreOffice and save it as an Excel workbook (.xlsx)", origin="formats"),
    Bad("excel-workbook", "a damaged Excel workbook (.xlsx: a zip header, no workbook inside; a whole one is read)",
        *truth_table_cli("excel_workbook.xlsx"), "cannot read this .xlsx workbook (BadZipFile: File is not a zip "
        "file); open it in Excel or LibreOffice and save it again as an Excel workbook (.xlsx)", origin="export"),
    Bad("spss-sav-file", "a damaged SPSS .sav file (its first bytes, nothing after; a whole one is read)",
        *truth_table_cli("spss_file.sav"), "cannot read this SPSS .sav file (ReadstatError: Unable to read from file); "
        "save it again from SPSS, or save the data as an Excel workbook (.xlsx) or CSV", origin="export"),
    Bad("excel-no-break-space", "numbers followed by a no-break space (copied from the web into Excel)",
        *truth_table_cli("excel_nbsp.csv"), "", "handled",
        "export", same_as=TT_CLEAN),
    Bad("percent-scale-0-100", "memberships written on a 0-100 scale", *truth_table_cli("percent_scale_0_100.csv"),
        "values up to 100 look like percentages or a 0-100 score: calibrate them", origin="export"),
    Bad("file-not-found", "a misspelt file name", "data/raw/nosuch.csv", "cli",
        cli("truth-table", "data/raw/nosuch.csv", "--outcome", "SURV"), "file not found", origin="export"),
    # ---- a stranger's pass over the engine's CLI and API (review, round 7)
    Bad("excel-mac-cr", "Excel's 'CSV (Macintosh)': old Mac line ends (CR only)", *truth_table_cli("mac_cr_line_ends.csv"),
        "", "handled", "review", same_as=TT_CLEAN),
    Bad("excel-unicode-text", "a UTF-16 file (Excel's 'Unicode Text' saved as .csv)",
        *truth_table_cli("excel_unicode_text.csv"), "", "handled", "review", same_as=TT_CLEAN),
    Bad("fuzzy-rounding-noise", "a fuzzy membership of 1.0000000000000002 (spreadsheet rounding)",
        f("fuzzy_rounding_noise.csv"), "cli", cli("truth-table", f("fuzzy_rounding_noise.csv"), "--outcome", "SURV"),
        "", "handled", "review", same_as=cli("truth-table", LF, "--outcome", "SURV")),
    Bad("infinite-value", "1e400 in a cell (too large for a number)", "", "api",
        lambda: tt(with_cell(lf(), "AU", "DEV", "1e400"), "SURV"),
        "'DEV': an infinite number (or one too large for a float, e.g. 1e400)", origin="review"),
    Bad("outcome-value-absent", "an outcome value that no case has ('SURV{2}' on a 0/1 outcome)", LC, "api",
        lambda: tt(lc(), "SURV{2}"), "value(s) 2 do not occur in column 'SURV' (its values: 0, 1)", origin="review"),
    Bad("outcome-value-brackets", "an empty outcome value in brackets ('SURV[1,]'; SURV[1] is read as SURV{1})", LC,
        "api", lambda: tt(lc(), "SURV[1,]"), "has an empty value between the brackets (a stray comma?)",
        origin="review"),
    Bad("flag-as-text", "a yes/no argument given as the text 'no'", LF, "api",
        lambda: tt(lf(), "SURV", negate_outcome="no"), "negate_outcome must be True or False, got 'no'",
        origin="review"),
    Bad("row-dominance-as-text", "minimize(..., row_dominance='no')", LF, "api",
        lambda: mz(tt_lf(), include="?", row_dominance="no"), "row_dominance must be True or False", origin="review"),
    Bad("find-rows-csa-expression", "find-rows --type csa with an expression (it selects untenable rows)", LF, "cli",
        cli("find-rows", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--type", "csa", "--expression", "~DEV*IND"),
        "type 'csa' takes no expression", origin="review"),
    Bad("cases-term-without-focal", "cases --type typical --term 2 (--term is for focal conjuncts)", LF, "cli",
        cli("cases", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--type", "typical", "--term", "2"),
        "--term applies to --type focal-conjuncts or --pairs only", origin="review"),
    Bad("cases-pairs-unknown", "cases --pairs with a kind of pair that does not exist", LF, "cli",
        cli("cases", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--pairs", "typical-deviant"),
        "pairs must be one of 'typical-typical', 'typical-irrelevant', 'typical-deviant consistency', "
        "'deviant coverage-irrelevant', got 'typical-deviant'", origin="review"),
    Bad("cases-pairs-by-focal", "typical-deviant consistency pairs asked per focal conjunct", LF, "cli",
        cli("cases", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--pairs", "typical-deviant-consistency",
            "--by", "focal-conjunct"),
        "by must be 'term' for 'typical-deviant consistency' pairs, got 'focal conjunct'", origin="review"),
    Bad("cases-pairs-over-budget", "cases --pairs with more candidate pairs than --max-pair-candidates allows", LF,
        "cli", cli("cases", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--pairs", "typical-irrelevant",
                   "--max-pair-candidates", "10"),
        "2 x 10 cases make 20 candidate pairs to rank, more than --max-pair-candidates 10; raise "
        "--max-pair-candidates", origin="scale"),
    Bad("cluster-same-column", "cluster with the same column as unit and cluster", "data/reference/r-setmethods/LF_panel.csv",
        "cli", cli("cluster", "data/reference/r-setmethods/LF_panel.csv", "--outcome", "SURV", "--expression", "DEV",
                   "--unit", "CASE", "--cluster", "CASE"), "--unit 'CASE' and --cluster 'CASE' are one column of data/reference/r-setmethods/LF_panel.csv",
        origin="review"),
    Bad("cluster-unit-unknown", "cluster --unit naming a column the file does not have",
        "data/reference/r-setmethods/LF_panel.csv", "cli",
        cli("cluster", "data/reference/r-setmethods/LF_panel.csv", "--outcome", "SURV", "--expression", "DEV",
            "--unit", "COUNTRY", "--cluster", "WAVE"),
        "error: --unit: column 'COUNTRY' (unit / cluster id) is not in data/reference/r-setmethods/LF_panel.csv "
        "(columns: 'CASE', 'WAVE', 'DEV'", origin="cli flags"),
    Bad("cluster-cluster-unknown", "cluster --cluster naming a column the file does not have",
        "data/reference/r-setmethods/LF_panel.csv", "cli",
        cli("cluster", "data/reference/r-setmethods/LF_panel.csv", "--outcome", "SURV", "--expression", "DEV",
            "--unit", "CASE", "--cluster", "YEAR"),
        "error: --cluster: column 'YEAR' (unit / cluster id) is not in data/reference/r-setmethods/LF_panel.csv",
        origin="cli flags"),
    Bad("robustness-bad-cutoff", "a sweep file whose test has incl_cut '0.7x'", f("spec_bad_cutoff.yaml"), "cli",
        cli("robustness", LF, "--spec", f("spec_bad_cutoff.yaml")),
        "spec_bad_cutoff.yaml: test 'typo': incl_cut must be numbers in [0, 1], got '0.7x'", origin="review"),
    Bad("robustness-raw-blank", "raw data for a recalibration test with a blank cell", f("raw_blank_cell.csv"), "cli",
        cli("robustness", LF, "--spec", f("spec_recalibrate.yaml"), "--raw", f("raw_blank_cell.csv")),
        "test 'DEV c=600': --raw tests/bad_inputs/raw_blank_cell.csv: column 'DEV' has a missing or non-numeric value "
        "for case(s) 'AU'", origin="review"),
    Bad("robustness-n-jobs-0", "robustness --n-jobs 0", f("spec_recalibrate.yaml"), "cli",
        cli("robustness", LF, "--spec", f("spec_recalibrate.yaml"), "--n-jobs", "0"),
        "must be a whole number other than 0 from -1024 to 1024 (-1: every core)", origin="review"),
    Bad("robustness-range-text-thresholds", "a calibration range with thresholds as text 'e=.., c=.., i=..'",
        f("spec_range_thresholds_text.yaml"), "cli",
        cli("robustness", LF, "--spec", f("spec_range_thresholds_text.yaml"), "--raw", "data/reference/datasets/LR.csv"),
        # read as the dict form; LF's DEV is not LR's DEV at these anchors, which the range says
        "the raw values calibrated with these thresholds give another solution than the data's own DEV", "handled",
        "review"),
    Bad("robustness-spec-gbk", "a sweep file saved as GBK (was: 'not UTF-8 text (byte 2); save the file as UTF-8', "
        "naming neither GBK nor its line)", f("spec_gbk.yaml"), "cli",
        cli("robustness", LF, "--spec", f("spec_gbk.yaml")),
        "not UTF-8 text (byte 0xce on line 1): Chinese text in the code page GBK, as a text editor on Chinese Windows "
        "saves 'ANSI' text (line 1 reads '# 稳健性检验' in GBK); save it as UTF-8: in the editor, Save As with the "
        "encoding UTF-8 (编码 UTF-8), or convert it (iconv -f GB18030 -t UTF-8)", origin="review"),
    Bad("robustness-spec-bom", "a JSON sweep file with a byte-order mark (Windows Notepad)", f("spec_bom.json"), "cli",
        cli("robustness", LF, "--spec", f("spec_bom.json")), "", "handled", "review"),
    Bad("robustness-spec-folder", "a folder given as the sweep file", HERE, "cli",
        cli("robustness", LF, "--spec", HERE), "is a folder; give the specification file", origin="review"),
    Bad("calibrate-raw-blank", "calibrate: a raw file with a blank cell", f("raw_blank_cell.csv"), "cli",
        cli("calibrate", f("raw_blank_cell.csv"), "--spec", "docs/examples/LR_calibration.yaml"),
        "raw_blank_cell.csv: missing values in column(s) 'DEV' (case(s) 'AU')", origin="review"),
    Bad("calibrate-spec-not-sets", "calibrate: a sweep file given as the calibration specification",
        f("spec_bad_cutoff.yaml"), "cli", cli("calibrate", "data/reference/datasets/LR.csv", "--spec",
                                             f("spec_bad_cutoff.yaml")),
        "a calibration specification maps each set name to calibrate() arguments", origin="review"),
    Bad("calibrate-keep-a-set", "calibrate --keep SURV while SURV is also calibrated", "data/reference/datasets/LR.csv",
        "cli", cli("calibrate", "data/reference/datasets/LR.csv", "--spec", "docs/examples/LR_calibration.yaml", "--keep",
                   "SURV"), "--keep SURV: already a set of", origin="review"),
    Bad("robustness-spec-txt", "a sweep file named .txt", f("spec.txt"), "cli", cli("robustness", LF, "--spec", f("spec.txt")),
        "a sweep specification must be .yaml, .yml or .json, got .txt", origin="review"),
    Bad("condition-named-pri", "a condition named like a truth table column (PRI, OUT, n, incl, cases, DCC; was: "
        "'condition name(s) 'PRI' are also columns' of one name)",
        f("condition_named_pri.csv"), "cli", cli("truth-table", f("condition_named_pri.csv"), "--outcome", "Y"),
        "condition name 'PRI' is also a column of the truth table (OUT, n, incl, PRI, cases, DCC); rename the data "
        "column, e.g. PRI_set",
        origin="audit"),
    Bad("robustness-empty-tests", "robustness: a sweep file with 'tests: []'", f("spec_empty_tests.yaml"), "cli",
        cli("robustness", LF, "--spec", f("spec_empty_tests.yaml")), "'tests' is empty: list at least one test",
        origin="audit"),
    Bad("robustness-drop-unknown-case", "robustness: drop_cases naming cases by full names the file does not use",
        f("spec_drop_unknown_case.yaml"), "cli", cli("robustness", LF, "--spec", f("spec_drop_unknown_case.yaml")),
        "test 'without Finland': unknown case(s) 'Finland', 'Estonia' in drop_cases (the data's cases: 'AU', 'BE', "
        "'CZ', 'EE', 'FI' and 13 more)", origin="user data"),
    Bad("robustness-recalibrate-no-raw", "robustness: a recalibration test without --raw", f("spec_recalibrate.yaml"),
        "cli", cli("robustness", LF, "--spec", f("spec_recalibrate.yaml")),
        "test 'DEV c=600' recalibrates 'DEV': give the raw data: --raw FILE", origin="user data"),
    Bad("robustness-recalibrate-levels", "robustness: a test recalibrating a 3-level condition into a fuzzy set",
        f("spec_recalibrate.yaml"), "cli",
        cli("robustness", LM, "--spec", f("spec_recalibrate.yaml"), "--raw", "data/reference/datasets/LR.csv"),
        "test 'DEV c=600': recalibrated, condition 'DEV' is a fuzzy set, not levels 0..2 as in the initial data, so "
        "its solutions could not be compared with the initial one (another truth table); recalibrate it into 3 "
        "levels: type 'crisp' with 2 thresholds", origin="review"),
    Bad("robustness-recalibrate-no-raw-api", "robustness_protocol() with a recalibration test and no raw=", "", "api",
        lambda: _qca()[0].robustness_protocol(lf(), "SURV", CONDS, [{"label": "DEV c=600", "calibrate": {
            "DEV": {"thresholds": "e=350, c=600, i=900"}}}], incl_cut=0.8),
        "test 'DEV c=600' recalibrates 'DEV': give the raw data: raw=DATAFRAME (CLI: --raw FILE)", origin="user data"),
    Bad("robustness-calibration-range-no-raw", "robustness: a calibration range without --raw",
        f("spec_calibration_range.yaml"), "cli", cli("robustness", LF, "--spec", f("spec_calibration_range.yaml")),
        "a calibration range needs the raw data, the set and its thresholds: --raw FILE, and the range's 'set' and "
        "'thresholds' (Python: calibrate_set=, thresholds=)", origin="user data"),
    Bad("robustness-range-incl-pair", "robustness: an incl_cut range when incl_cut is a pair (ic1, ic0)",
        f("spec_range_incl_pair.yaml"), "cli", cli("robustness", LF, "--spec", f("spec_range_incl_pair.yaml")), "",
        "handled", "audit"),
    Bad("robustness-raw-row-names", "robustness --raw: raw values with R's row names (an unnamed first column)",
        f("raw_r_row_names.csv"), "cli", cli("robustness", LF, "--spec", f("spec_recalibrate.yaml"), "--raw",
                                          f("raw_r_row_names.csv")),
        "the first column has no header: taken as case names", "warning", "audit",
        same_as=cli("robustness", LF, "--spec", f("spec_recalibrate.yaml"), "--raw", "data/reference/datasets/LR.csv")),
    Bad("cluster-unit-named-case", "cluster: a panel whose unit column is named 'case' (one row per case and wave)",
        f("panel_case_column.csv"), "cli",
        cli("cluster", f("panel_case_column.csv"), "--outcome", "SURV", "--expression", "DEV*~IND + URB*STB",
            "--unit", "case", "--cluster", "WAVE"), "", kind="handled", origin="user data",
        same_as=cli("cluster", f("panel_unit_column.csv"), "--outcome", "SURV", "--expression", "DEV*~IND + URB*STB",
                    "--unit", "CASE", "--cluster", "WAVE")),
    Bad("cluster-case-names", "cluster: an out-of-range membership, named by its case", f("panel_out_of_range.csv"),
        "cli", cli("cluster", f("panel_out_of_range.csv"), "--outcome", "Y", "--expression", "A", "--unit", "U",
                   "--cluster", "W"), "membership(s) outside [0, 1] for case(s) 'r1': 1.5", origin="audit"),
    Bad("cluster-unit-twice-in-a-cluster", "cluster: a panel holding unit 'a' twice in wave 1",
        f("panel_duplicate_unit_wave.csv"), "cli",
        cli("cluster", f("panel_duplicate_unit_wave.csv"), "--outcome", "Y", "--expression", "A", "--unit", "U",
            "--cluster", "W"),
        "2 rows (r1, r2) hold unit 'a' in cluster '1': cluster diagnostics take one row per unit and cluster",
        origin="review"),
    Bad("calibrate-duplicate-cases", "calibrate: two cases named 'a' (one with spaces around it)",
        f("raw_duplicate_cases.csv"), "cli", cli("calibrate", f("raw_duplicate_cases.csv"), "--spec", f("spec_crisp_xy.yaml")),
        "duplicate case name(s) 'a' in column 'case'", origin="audit"),
    Bad("calibrate-json-case-column", "calibrate --json for a pipe, the cases named in column 'id' (was: no note, "
        "as --out gives)", f("raw_numeric_id.csv"), "cli",
        cli("calibrate", f("raw_numeric_id.csv"), "--spec", f("spec_crisp_xy.yaml"), "--case-column", "id", "--json"),
        "case names in column 'id': give the other commands --case-column id", kind="warning", origin="user data"),
    Bad("theory-column-left-out-api", "theory_evaluation('DEV*LIT', sol) on a truth table of DEV, URB, IND: LIT is a "
        "column of the data left out (was: 'unknown condition' alone, as of a mistyped name)", LF, "api",
        lambda: _qca()[0].theory_evaluation("DEV*LIT", mz(tt(lf(), "SURV", ["DEV", "URB", "IND"], incl_cut=0.7),
                                                         include="?")),
        "unknown condition 'LIT' in term 'DEV*LIT' (conditions: 'DEV', 'URB', 'IND'); 'LIT' is a column of the data not "
        "among the conditions: to use it, include it in conditions='DEV, URB, IND, LIT' (CLI: --conditions "
        "DEV,URB,IND,LIT); that builds another truth table, whose solution may differ from the one evaluated here",
        origin="user data"),
    Bad("theory-data-without-a-case", "theory_evaluation('DEV*LIT', sol, data=LF without BE): the theory's LIT read "
        "from data that lacks a case of the solution", LF, "api",
        lambda: _qca()[0].theory_evaluation("DEV*LIT", mz(tt(lf(), "SURV", ["DEV", "URB", "IND"], incl_cut=0.7),
                                                         include="?"), data=lf().drop(index="BE")),
        "data must hold the cases of the solution's data, matched by name (its index, or case_column), to read 'LIT' "
        "of theory 'DEV*LIT': got data without the solution's case(s) 'BE'", origin="review"),
    Bad("theory-data-without-the-outcome", "theory_evaluation('DEV*LIT', sol, data=LF without SURV): the theory's "
        "LIT read from data that cannot show it is the solution's (was: 'outcome 'SURV' is not a column of the data', "
        "naming no argument)", LF, "api",
        lambda: _qca()[0].theory_evaluation("DEV*LIT", mz(tt(lf(), "SURV", ["DEV", "URB", "IND"], incl_cut=0.7),
                                                         include="?"), data=lf().drop(columns="SURV")),
        "data lacks the solution's outcome 'SURV' (columns: 'DEV', 'URB', 'LIT', 'IND', 'STB'): data must be the data "
        "the solution was found on, its outcome included, to read 'LIT' of theory 'DEV*LIT'", origin="review"),
    Bad("theory-data-not-a-frame", "theory_evaluation('DEV*LIT', sol, data='LF.csv'): a file name, not the data",
        LF, "api",
        lambda: _qca()[0].theory_evaluation("DEV*LIT", mz(tt(lf(), "SURV", ["DEV", "URB", "IND"], incl_cut=0.7),
                                                         include="?"), data="LF.csv"),
        "data must be a pandas DataFrame (the data of the analysis), got str", origin="review"),
    Bad("theory-two-unknown-names", "theory 'LIT*STB + DEV*XYZ' naming two left-out columns and a typo (was: "
        "'unknown condition 'LIT'' alone, STB and XYZ found one run after another; LIT and STB are read from the "
        "data file now, the typo named alone)", LF, "cli",
        cli("theory", LF, "--outcome", "SURV", "--conditions", "DEV,URB,IND", "--incl-cut", "0.7", "--theory",
            "LIT*STB + DEV*XYZ"),
        "unknown condition 'XYZ' in term ' DEV*XYZ' (conditions: 'DEV', 'URB', 'IND'; or a column of "
        "data/reference/datasets/LF.csv, read from it: 'LIT', 'STB')", origin="user data"),
    Bad("theory-data-another-outcome", "theory_evaluation('DEV*LIT', sol, data=LF with SURV changed in BE): the "
        "theory's LIT read from data whose outcome is not the solution's (was: read, the two data sets mixed)", LF,
        "api",
        lambda: _qca()[0].theory_evaluation("DEV*LIT", mz(tt(lf(), "SURV", ["DEV", "URB", "IND"], incl_cut=0.7),
                                                         include="?"), data=lf().assign(SURV=lambda d: d["SURV"].where(
                                                             d.index != "BE", 0.1))),
        "data's outcome 'SURV' differs from the solution's in case(s) 'BE' (0.1 in data, 0.95 in the solution's): data "
        "must be the data the solution was found on, to read 'LIT' of theory 'DEV*LIT' (SetMethods' theory.evaluation "
        "reads a theory's sets and the outcome from one data set, the truth table's initial.data)", origin="review"),
    Bad("theory-data-another-condition", "theory_evaluation('DEV*URB', sol, data=LF with URB changed in BE): data "
        "whose condition is not the solution's, given for a theory the solution's conditions make (was: not looked at; "
        "with a set read from it, its conditions unchecked, the two data sets mixed)", LF, "api",
        lambda: _qca()[0].theory_evaluation("DEV*URB", mz(tt(lf(), "SURV", ["DEV", "URB", "IND"], incl_cut=0.7),
                                                         include="?"), data=lf().assign(URB=lambda d: d["URB"].where(
                                                             d.index != "BE", 0.3))),
        "data's condition 'URB' differs from the solution's in case(s) 'BE' (0.3 in data, 0.89 in the solution's): "
        "data must be the data the solution was found on, whether or not theory 'DEV*URB' reads a set from it "
        "(SetMethods' theory.evaluation reads a theory's sets, the conditions and the outcome from one data set, the "
        "truth table's initial.data)", origin="review"),
    Bad("dir-exp-two-unknown-literals", "--dir-exp 'DEV,LIT,~STB' naming two left-out columns as literals (was: "
        "'unknown condition 'LIT'' alone, STB found on the next run)", LF, "cli",
        cli("minimize", LF, "--outcome", "SURV", "--conditions", "DEV,URB,IND", "--incl-cut", "0.8", "--include", "?",
            "--dir-exp", "DEV,LIT,~STB"),
        "cannot read --dir-exp 'DEV,LIT,~STB': unknown conditions 'LIT', 'STB' (conditions: 'DEV', 'URB', 'IND'); write "
        "NAME=VALUE pairs", origin="user data"),
    Bad("nec-cond-two-unknown-names", "esa --nec-cond 'LIT,STB' naming two left-out columns (was: \"unknown condition "
        "'LIT'\" alone, STB found on the next run)", LF, "cli",
        cli("esa", LF, "--outcome", "SURV", "--conditions", "DEV,URB,IND", "--incl-cut", "0.8", "--nec-cond", "LIT,STB"),
        f"--nec-cond 'LIT,STB': unknown conditions 'LIT', 'STB' (conditions: 'DEV', 'URB', 'IND'); 'LIT', 'STB' are "
        f"columns of {LF} not among the conditions: to use them, include them in --conditions DEV,URB,IND,LIT,STB",
        origin="user data"),
    Bad("sort-by-two-unknown-columns", "--sort-by 'OUTT,icnl', two misspelt columns (was: \"'OUTT' is not a column "
        "of the truth table\" alone, icnl found on the next run)", LF, "cli",
        cli("truth-table", LF, "--outcome", "SURV", "--conditions", "DEV,URB,IND", "--sort-by", "OUTT,icnl"),
        "--sort-by: 'OUTT', 'icnl' are not columns of the truth table; sort by OUT, n, incl, PRI, DEV, URB, IND; "
        "'OUTT': did you mean 'OUT'?; 'icnl': did you mean 'incl'?", origin="user data"),
    Bad("calibrate-set-named-case", "calibrate: a set with the case column's name", f("calibrate_set_named_case.yaml"),
        "cli", cli("calibrate", "data/reference/datasets/LR.csv", "--spec", f("calibrate_set_named_case.yaml")),
        "set 'case' has the name of the case column", origin="audit"),
    Bad("esa-csa-and-rows", "esa --csa together with --contradictory-rows", LF, "cli",
        cli("esa", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--csa", "--contradictory-rows", "7"),
        "--csa and --contradictory-rows both name the rows to block: give one", origin="audit"),
    Bad("esa-ron-cut-without-nec-cond", "esa --ron-cut with no --nec-cond to judge", LF, "cli",
        cli("esa", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--ron-cut", "0.5"),
        "--ron-cut applies to the necessary conditions of --nec-cond: give --nec-cond", origin="audit"),
    Bad("cases-nec-cond-incl-cut", "cases --nec-cond with a truth table option (--incl-cut)", LF, "cli",
        cli("cases", LF, "--outcome", "SURV", "--nec-cond", "LIT", "--incl-cut", "0.8"),
        "--incl-cut applies to the cases of a solution, not to --nec-cond", origin="audit"),
    Bad("flag-given-twice", "a flag that takes one value given twice (--incl-cut 0.8 ... --incl-cut 0.9)", LF, "cli",
        cli("minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--include", "?", "--incl-cut", "0.9"),
        "--incl-cut is given 2 times ('0.8', then '0.9'): it takes one value and only the last would count; give "
        "--incl-cut once", origin="engine user"),
    Bad("pof-parentheses", "pof: an expression with parentheses", LF, "cli",
        cli("pof", LF, "--outcome", "SURV", "--expression", "DEV*(URB+LIT)"),
        "parentheses are not supported; write its sum of products, 'DEV*URB + DEV*LIT'", origin="audit"),
    Bad("pof-multivalue-set", "pof: a multi-value literal with several values, R style A[1,2]", LF, "cli",
        cli("pof", LF, "--outcome", "SURV", "--expression", "DEV[1,2]"),
        "a multi-value literal holds one value, e.g. DEV[2]; for several values write a sum: DEV[1] + DEV[2]",
        origin="audit"),
    Bad("comment-before-header", "a comment line above the header", *truth_table_cli("comment_before_header.csv"),
        "the file starts with a comment line; the first line must be "
        "the header", origin="audit"),
    Bad("case-names-padded-duplicate", "two case names that differ only by spaces (' x1 ' and 'x1'), from Excel",
        f("case_names_padded_duplicate.csv"), "cli", cli("truth-table", f("case_names_padded_duplicate.csv"), "--outcome",
                                                       "Y"), "duplicate case name(s): x1; case names must be unique",
        origin="audit"),
    Bad("case-column-is-outcome", "--case-column names the outcome", LF, "cli",
        cli("truth-table", LF, "--outcome", "SURV", "--case-column", "SURV"),
        "--case-column SURV: that column is the outcome", origin="audit"),
    Bad("pof-conditions", "pof --conditions (the expression names the conditions)", LF, "cli",
        cli("pof", LF, "--outcome", "SURV", "--expression", "DEV", "--conditions", "DEV"),
        "--conditions does not apply to pof", origin="audit"),
    # ---- a researcher's trial with their own messy data (round 12)
    Bad("numeric-case-id", "a column of numeric case ids 0, 1, 2, ... and no case column (read as a condition)",
        *truth_table_cli("numeric_case_id.csv"),
        "condition 'id' holds a different whole number for every one of the 8 cases (0..7): that is a case "
        "identifier, not a set", origin="user data"),
    Bad("numeric-case-id-large", "survey ids 1001, 1002, ... listed among the conditions",
        f("numeric_case_id_large.csv"), "cli",
        cli("truth-table", f("numeric_case_id_large.csv"), "--outcome", "SURV", "--conditions", "respondent,DEV"),
        "numeric_case_id_large.csv: condition 'respondent' holds a different whole number for every one of the 8 "
        "cases (1001..1008): you listed it among the conditions, but that is a case identifier, not a set (every case "
        "would be a configuration of its own); if 'respondent' names the cases, pass --case-column respondent; "
        "otherwise remove it from the conditions",
        origin="user data"),
    Bad("numeric-case-id-api", "a DataFrame whose column 'id' numbers the cases", f("numeric_case_id.csv"), "api",
        lambda: tt(fixture("numeric_case_id.csv"), "SURV"),
        "if 'id' names the cases, pass case_column='id'", origin="user data"),
    Bad("case-named-na-api", "a case named NA (Namibia) in a file read with pd.read_csv(..., index_col='case')",
        f("case_named_na.csv"), "api", lambda: tt(fixture("case_named_na.csv", index_col="case"), "SURV"),
        "case name(s) of the index missing (NaN) in row(s) 2: pandas' "
        "read_csv reads the text 'NA', 'N/A', 'NULL', "
        "'None', 'nan' as missing, so a case named NA (Namibia) becomes NaN; read the file with "
        "keep_default_na=False, na_values=['']", origin="user data"),
    Bad("case-named-na-column-api", "the same file read with pd.read_csv, case_column='case'",
        f("case_named_na.csv"), "api", lambda: tt(fixture("case_named_na.csv"), "SURV", case_column="case"),
        "case column 'case' has missing (NaN) case name(s) in row(s) 2: "
        "pandas' read_csv reads the text 'NA'",
        origin="user data"),
    Bad("calibrate-id-not-kept", "calibrate: raw values with an id column 1001, 1002, ... and no case column",
        f("raw_numeric_id.csv"), "cli", cli("calibrate", f("raw_numeric_id.csv"), "--spec", f("spec_crisp_xy.yaml")),
        "column(s) 'id' neither calibrated by tests/bad_inputs/spec_crisp_xy.yaml nor kept: the output would number "
        "the cases 1, 2, ... and lose them; if 'id' names the cases, pass --case-column id", origin="user data"),
    Bad("calibrate-percent", "calibrate: raw values written as percentages (2%)", f("raw_percent.csv"), "cli",
        cli("calibrate", f("raw_percent.csv"), "--spec", f("spec_crisp_xy.yaml")),
        "'X': a percentage: remove the % signs ('2%' -> '2', thresholds on the same 0-100 scale) or divide by 100",
        origin="user data"),
    Bad("calibrate-percent-api", "calibrate() of a column of percentages read as text ('47.2%')", "", "api",
        lambda: _qca()[0].calibrate(pd.Series(["47.2%", "80%"], dtype=object), thresholds="e=20, c=50, i=75"),
        "'47.2%' is not a number (2 values are not numbers, at index 0, 1): a percentage: remove the % signs "
        "('47.2%' -> '47.2'", origin="user data"),
    Bad("fullwidth-digits", "a full-width digit １ (typed with a Chinese input method)",
        *truth_table_cli("fullwidth_digits.csv"),
        "'DEV': full-width characters (e.g. '１', typed with a Chinese or Japanese input method, 全角): write numbers "
        "with ASCII (half-width, 半角) digits, point and signs, e.g. '1'", origin="user data"),
    Bad("chinese-full-stop-decimal", "a membership typed '0。9' with a Chinese input method's full stop '。' for the "
        "decimal point (was: no hint)", *truth_table_cli("chinese_full_stop_decimal.csv"),
        "'DEV': the Chinese full stop '。' (U+3002, typed with a Chinese input method, 全角) for the decimal point (e.g. "
        "'0。9'): write numbers with the ASCII point '.', e.g. '0.9'", origin="formats"),
    Bad("chinese-missing-marks", "cells marked '—' and '缺失' (no data, as Chinese tables write it; was: 'mistyped "
        "cells in a column of numbers', then 'non-numeric values' beside the line of the column's 'NA' cells)",
        *truth_table_cli("chinese_missing_marks.csv"),
        "missing values in column(s) 'URB' (case(s) 'CZ', 'FI', marked '—', '缺失'): QCA cannot place a case with a "
        "missing membership in a configuration; drop or impute those cases explicitly first", origin="formats"),
    Bad("fullwidth-comma-conditions", "--conditions joined by a full-width comma '，' (Chinese input method)",
        f("chinese_conditions.csv"), "cli",
        cli("truth-table", f("chinese_conditions.csv"), "--outcome", "结果", "--conditions", "财政，人员"),
        "unknown condition: '财政，人员'; '，' -> ',': QCA's syntax needs the ASCII character, not the full-width "
        "one (typed with a Chinese input method, 全角), e.g. '财政,人员'", origin="user data"),
    Bad("fullwidth-letters-condition", "a condition typed in full-width letters, 'ＵＲＢ' for URB (Chinese input method; "
        "was: 'unknown condition(s): ＵＲＢ' without the column meant)", LF, "api",
        lambda: tt(lf(), "SURV", ["DEV", "ＵＲＢ"]),
        "unknown condition: 'ＵＲＢ'; did you mean 'URB'? (the name given is written with full-width characters, "
        "typed with a Chinese input method, 全角)", origin="user data"),
    Bad("fullwidth-letters-outcome-cli", "--outcome typed in full-width letters, 'ＳＵＲＶ' (was: no column meant)", LF,
        "cli", cli("truth-table", LF, "--outcome", "ＳＵＲＶ", "--conditions", "DEV,URB"),
        "error: --outcome 'ＳＵＲＶ' is not a column of data/reference/datasets/LF.csv; did you mean 'SURV'? (the name "
        "given is written with full-width characters", origin="user data"),
    Bad("long-column-in-another-case", "a condition in another case than its column of 1,000 characters (a survey "
        "question as a header; was: the hint copied the column whole and the line was cut mid-name)", LF, "api",
        lambda: tt(lf().rename(columns={"DEV": "Qu" * 500}), "SURV", ["qu" * 500, "URB"]),
        f"; did you mean '{'Qu' * 30}…' (1,000 characters)? (names are case-sensitive", origin="user data"),
    Bad("long-column-misspelt", "a condition one letter off a column of 100,000 characters (was: the search for the "
        "column meant did not return)", LF, "api",
        lambda: tt(lf().rename(columns={"DEV": "Q" * 100_000}), "SURV", ["Q" * 99_999 + "X", "URB"]),
        f"; did you mean '{'Q' * 60}…' (100,000 characters)?", origin="user data"),
    Bad("enumeration-comma-conditions", "--conditions joined by the enumeration comma '、'",
        f("chinese_conditions.csv"), "cli",
        cli("necessity", f("chinese_conditions.csv"), "--outcome", "结果", "--conditions", "财政、人员"),
        "unknown condition: '财政、人员'; '、' -> ','", origin="user data"),
    Bad("fullwidth-comma-dir-exp", "--dir-exp with a full-width comma '，'", f("chinese_conditions.csv"), "cli",
        cli("minimize", f("chinese_conditions.csv"), "--outcome", "结果", "--include", "?",
            "--dir-exp", "财政=1，人员=1,信息=1"),
        "error: cannot read --dir-exp '财政=1，人员=1,信息=1'; '，' -> ',': QCA's syntax needs the ASCII character, not "
        "the full-width one (typed with a Chinese input method, 全角), e.g. '财政=1,人员=1,信息=1'", origin="user data"),
    Bad("fullwidth-star-expression", "pof --expression with a full-width '＊'", f("chinese_conditions.csv"), "cli",
        cli("pof", f("chinese_conditions.csv"), "--outcome", "结果", "--expression", "财政＊人员 + 信息"),
        "unknown condition '财政＊人员'; '＊' -> '*': QCA's syntax needs the ASCII character", origin="user data"),
    Bad("calibrate-fullwidth-commas", "calibrate: anchors 'e=400，c=600，i=1000' with full-width commas",
        f("spec_fullwidth_commas.yaml"), "cli",
        cli("calibrate", f("raw_chinese.csv"), "--spec", f("spec_fullwidth_commas.yaml"), "--case-column", "县名",
            "--keep", "结局"),
        "threshold '400，c=600，i=1000' is not a number (thresholds 'e=400，c=600，i=1000'); '，' -> ',': QCA's "
        "syntax needs the ASCII character", origin="user data"),
    Bad("calibrate-decimal-comma-anchors", "calibrate: anchors 'e=0,2, c=0,5, i=0,9' written with decimal commas",
        f("spec_decimal_commas.yaml"), "cli",
        cli("calibrate", f("raw_chinese.csv"), "--spec", f("spec_decimal_commas.yaml"), "--case-column", "县名",
            "--keep", "结局"),
        "thresholds 'e=0,2, c=0,5, i=0,9': decimal commas ('0,2')? write numbers with a point, 'e=0.2, c=0.5, "
        "i=0.9' (',' separates the thresholds)", origin="user data"),
    Bad("calibrate-decimal-comma-semicolons", "calibrate: anchors 'e=0,2; c=0,5; i=0,9' (decimal commas, ';' between)",
        f("spec_decimal_commas_semicolons.yaml"), "cli",
        cli("calibrate", f("raw_chinese.csv"), "--spec", f("spec_decimal_commas_semicolons.yaml"), "--case-column",
            "县名", "--keep", "结局"),
        "decimal commas ('0,2')? write numbers with a point, 'e=0.2, c=0.5, i=0.9' (',' separates the thresholds, "
        "not ';')", origin="user data"),
    Bad("calibrate-decimal-comma-unnamed", "calibrate: unnamed anchors '200,5,550,5,850,5' written with decimal commas",
        f("spec_decimal_commas_unnamed.yaml"), "cli",
        cli("calibrate", f("raw_chinese.csv"), "--spec", f("spec_decimal_commas_unnamed.yaml"), "--case-column", "县名",
            "--keep", "结局"),
        "decimal commas? ',' separates the thresholds, so each number was read as two: write '200.5, 550.5, 850.5'",
        origin="user data"),
    Bad("calibrate-semicolon-thresholds", "calibrate() with anchors separated by ';'", "", "api",
        lambda: _qca()[0].calibrate(pd.Series([350.0, 520, 800]), thresholds="e=400; c=600; i=1000"),
        "separate the thresholds with ',': 'e=400, c=600, i=1000'", origin="user data"),
    Bad("summary-row-mean", "a 'Mean' row below the data, after an empty line (a summary from Excel); said once, as "
        "the file is read (truth_table said it again)", *truth_table_cli("summary_row_mean.csv"),
        "line 8 ('Mean': its values are the means of the rows above) looks like a summary row below the data (a total, "
        "mean or other statistic of the cases), not a case: read as a case, it enters the analysis as one; delete the "
        "line in the file", kind="warning", origin="user data"),
    Bad("condition-is-the-negated-outcome", "a condition NOTS that is 1 - SURV in every case (the outcome and a condition "
        "swapped, or the negated outcome calibrated as a set; was: analysed without a word, DEV*~NOTS printed as a "
        "solution of fit 1)", LF, "api", lambda: tt(lf().assign(NOTS=1 - lf()["SURV"]), "SURV", ["DEV", "URB", "NOTS"]),
        "condition 'NOTS' has the memberships of the negated outcome (1 - 'SURV') in every case: is it the outcome or "
        "its negation under another name (a column copied, or the outcome and a condition swapped)?", kind="warning",
        origin="review"),
    Bad("summary-row-mean-api", "the same file read with pd.read_csv(..., index_col='case')", f("summary_row_mean.csv"),
        "api", lambda: tt(fixture("summary_row_mean.csv", index_col="case").dropna(how="all"), "SURV"),
        "case 'Mean' looks like a summary row", kind="warning", origin="user data"),
    Bad("summary-row-total-cn", "a '合计' (total) row below crisp data", f("summary_row_total_cn.csv"), "cli",
        cli("truth-table", f("summary_row_total_cn.csv"), "--outcome", "结果{1}"),
        "line 7 ('合计': its values are the sums of the rows above) looks like a summary row below the data",
        kind="warning", origin="user data"),
    Bad("calibrate-total-row-cn", "calibrate: raw data with a '合计' row below the counties, its cells the sums (was: "
        "the total calibrated as a county, without a word)", f("raw_total_row_cn.csv"), "cli",
        cli("calibrate", f("raw_total_row_cn.csv"), "--spec", f("calibrate_total_row_cn.yaml"), "--case-column", "县名",
            "--keep", "结局"),
        "line 6 ('合计': its values are the sums of the rows above) looks like a summary row below the data (a total, "
        "mean or other statistic of the cases), not a case: read as a case, it enters the analysis as one; delete the "
        "line in the file", kind="warning", origin="user data"),
    Bad("summary-rows-read-data", "read_data of a file ending with a '合计' and a '平均' row (was: read without a word)",
        f("summary_rows_total_mean.csv"), "api", lambda: _read_data(ROOT / HERE / "summary_rows_total_mean.csv"),
        "line 5 ('合计': its values are the sums of the rows above), line 6 ('平均': its values are the means of the rows "
        "above) look like summary rows below the data (a total, mean or other statistic of the cases), not cases: read "
        "as cases, they enter the analysis as such; delete the lines in the file, or drop them after reading: "
        "df = df[~df['case'].isin(['合计', '平均'])]", kind="warning", origin="user data"),
    Bad("summary-row-spaced-label-cn", "a '合  计' row (the label spaced to the column's width, as Chinese tables write "
        "it) below crisp data (was: not taken for a summary row, the outcome refused as multi-value without a word of "
        "it)", f("summary_row_spaced_label_cn.csv"), "cli",
        cli("truth-table", f("summary_row_spaced_label_cn.csv"), "--outcome", "Y{1}"),
        # (the label's two blanks, which the check's spacing rule reads as one: the text after it)
        "': its values are the sums of the rows above) looks like a summary row below the data", kind="warning",
        origin="user data"),
    Bad("summary-row-no-label", "a totals row without a label (Excel's merged label cell) below fuzzy data (was: "
        "'empty case name(s) in row(s) 4' alone, by the commands)", f("summary_row_no_label.csv"), "api",
        lambda: _read_data(ROOT / HERE / "summary_row_no_label.csv"),
        "line 5 (no label: its values are the sums of the rows above) looks like a summary row below the data",
        kind="warning", origin="user data"),
    Bad("summary-column-cn", "a '合计' column at the right of the sets, each row's total, and no --conditions (was: "
        "analysed as a condition without a word)", f("summary_column_cn.csv"), "cli",
        cli("truth-table", f("summary_column_cn.csv"), "--outcome", "Y"),
        "column '合计' (in every row the sum of columns 'A', 'B') looks like a summary column (a total, mean or other "
        "statistic of other columns), not a set: read as a set, it is a condition of every analysis not given its "
        "conditions; delete the column, or name the conditions without it (--conditions A,B)", kind="warning",
        origin="user data"),
    Bad("summary-row-count-n", "an 'N' row below the data, each column's count of filled cells (SPSS and Stata write "
        "one; was: read as a case named N, refused later as memberships of 4 and 5)", f("summary_row_count_n.csv"),
        "api", lambda: _read_data(ROOT / HERE / "summary_row_count_n.csv"),
        "line 7 ('N': its values are the counts of the rows above) looks like a summary row below the data",
        kind="warning", origin="user data"),
    Bad("summary-rows-total-share-cn", "a '合计' row, then a '占比(%)' row of percentages, below crisp data (was: read "
        "as two cases, the shares refused as percentages among memberships)", f("summary_rows_total_share_cn.csv"), "api",
        lambda: _read_data(ROOT / HERE / "summary_rows_total_share_cn.csv"),
        "line 7 ('合计': its values are the sums of the rows above), line 8 ('占比(%)': its values are the means, in "
        "percent, of the rows above) look like summary rows below the data", kind="warning", origin="user data"),
    Bad("summary-rows-mean-sd", "a 'Mean' row, then an 'SD' row, below fuzzy data (descriptive statistics pasted "
        "below the cases; was: read as two cases without a word at reading)", f("summary_rows_mean_sd.csv"), "api",
        lambda: _read_data(ROOT / HERE / "summary_rows_mean_sd.csv"),
        "line 7 ('Mean': its values are the means of the rows above), line 8 ('SD') look like summary rows below the "
        "data", kind="warning", origin="user data"),
    Bad("summary-row-huizong-cn", "a '汇总' row below crisp data (was: read as a case, the outcome refused as "
        "multi-value)", f("summary_row_huizong_cn.csv"), "api",
        lambda: _read_data(ROOT / HERE / "summary_row_huizong_cn.csv"),
        "line 6 ('汇总': its values are the sums of the rows above) looks like a summary row below the data",
        kind="warning", origin="user data"),
    Bad("summary-row-grand-total", "a 'Grand Total' row below crisp data, as an Excel pivot table labels it (was: "
        "read as a case, the outcome refused as multi-value)", f("summary_row_grand_total.csv"), "api",
        lambda: _read_data(ROOT / HERE / "summary_row_grand_total.csv"),
        "line 6 ('Grand Total': its values are the sums of the rows above) looks like a summary row below the data",
        kind="warning", origin="user data"),
    Bad("summary-row-total-top-cn", "a '合计' row above the counties, as a yearbook's table puts the province first "
        "(was: read as a case without a word at reading)", f("summary_row_total_top_cn.csv"), "api",
        lambda: _read_data(ROOT / HERE / "summary_row_total_top_cn.csv"),
        "line 2 ('合计': its values are the sums of the rows below) looks like a summary row among the cases (a total or "
        "subtotal of other rows, as a spreadsheet adds it), not a case", kind="warning", origin="user data"),
    Bad("summary-rows-excel-subtotals", "Excel's Data > Subtotal: an 'East Total' row below each group and a 'Grand "
        "Total' at the bottom (was: the subtotals read as cases without a word)", f("summary_rows_excel_subtotals.csv"),
        "api", lambda: _read_data(ROOT / HERE / "summary_rows_excel_subtotals.csv"),
        "line 4 ('East Total': its values are the sums of the rows of its group above), line 7 ('West Total': its values "
        "are the sums of the rows of its group above) look like summary rows among the cases", kind="warning",
        origin="user data"),
    Bad("two-header-lines-cn", "a header over two lines (经济 merged above GDP and 增长, then 社会 above 教育; was: "
        "'column 3 has no name in the header ... holds values (e.g. '增长' in data row 1)')", f("two_header_lines_cn.csv"),
        "cli", cli("truth-table", f("two_header_lines_cn.csv"), "--outcome", "教育"),
        "line 2 holds names, not values ('GDP', '增长', '教育'), above rows of numbers: a header over two lines (a merged "
        "cell above several columns, as a two-row header is saved)? Write one header line, one name per column (e.g. "
        "'经济_GDP'), and delete the other line", origin="user data"),
    Bad("data-file-name-trailing-blank", "the data file's name with a blank at its end, 'LF.csv ' (was: 'did you mean "
        "... (file names are case-sensitive)')", LF, "cli", cli("truth-table", LF + " ", "--outcome", "SURV"),
        "data/reference/datasets/LF.csv : file not found; did you mean 'data/reference/datasets/LF.csv'? (the name given "
        "has a blank at its start or end)", origin="user data"),
    Bad("note-below-table-cn", "a note below the table, '注：...' in the first cell, the others empty, as Excel saves a "
        "sheet's note row to CSV (was: a case with every value missing, '2 of 7 cases' dropped by --drop-missing)",
        f("note_below_table_cn.csv"), "cli",
        cli("truth-table", f("note_below_table_cn.csv"), "--outcome", "结果", "--drop-missing"),
        "line 8, below the table, holds only '注：数据来源于各县卫生统计年鉴，作者整理。' in the first column: a note or "
        "source line, not a case; delete the row", origin="user data"),
    Bad("note-below-table-one-cell", "a note line below the table, '注：...' alone on its line, without the commas of the "
        "other lines (was: 'line 8 has 1 cells, the header 4: fewer cells than columns; fill or remove the short row')",
        f("note_below_table_one_cell.csv"), "cli", cli("truth-table", f("note_below_table_one_cell.csv"), "--outcome", "结果"),
        "line 8, below the table, holds only '注：数据来源于各县卫生统计年鉴' in the first column: a note or source line, "
        "not a case; delete the row", origin="user data"),
    Bad("parentheses-in-name", "a condition named with parentheses, STB(cab)", f("parentheses_in_name.csv"), "cli",
        cli("minimize", f("parentheses_in_name.csv"), "--outcome", "SURV"),
        "condition name 'STB(cab)' contains '(' ')': QCA writes solutions and expressions with", origin="user data"),
    Bad("parentheses-in-name-pof", "pof: an expression naming a condition STB(cab)", f("parentheses_in_name.csv"),
        "cli", cli("pof", f("parentheses_in_name.csv"), "--outcome", "SURV", "--expression", "STB(cab)*DEV"),
        "condition name 'STB(cab)' contains '(' ')'", origin="user data"),
    Bad("stdout-not-utf8", "a Chinese outcome name printed to an ASCII standard output (PYTHONIOENCODING=ascii, "
        "or a cp1252 console on Windows)", f("chinese_names.csv"), "cli",
        cli("necessity", f("chinese_names.csv"), "--outcome", "存续", "--conditions", "DEV,URB"),
        "the output encoding 'ascii' cannot show the output (e.g. '\\u5b58\\u7eed'); set PYTHONIOENCODING=utf-8",
        origin="user data", stdout="ascii"),
    # ---- a new user following the README with their own small files (round 13)
    Bad("header-name-missing", "a header that leaves out the last column's name (case,DEV,...,STB, with values "
        "below)", *truth_table_cli("header_name_missing.csv"),
        "column 7 has no name in the header (line 1) but holds values (e.g. '0' in data row 1); write its name in "
        "the header, or delete the column", origin="readme"),
    Bad("calibrate-anchors-off-scale", "calibrate: fuzzy anchors on another scale than the raw values (thousands "
        "of dollars for dollars): every case above the crossover", f("spec_anchors_off_scale.yaml"), "cli",
        cli("calibrate", "data/reference/datasets/LR.csv", "--spec", f("spec_anchors_off_scale.yaml")),
        "set 'DEV': every case is above 0.5 (raw 'DEV' from 320 to 1098, thresholds 'e=0.35, c=0.55, i=0.85'): "
        "the set does not vary in kind", kind="warning", origin="readme"),
    Bad("calibrate-crisp-off-range", "calibrate: a crisp threshold outside the raw values (0.5 on percentages)",
        f("spec_crisp_off_range.yaml"), "cli",
        cli("calibrate", "data/reference/datasets/LR.csv", "--spec", f("spec_crisp_off_range.yaml")),
        "set 'URB': every case gets membership 1 (raw 'URB' from 15.3 to 78.8, thresholds 0.5): the set does not "
        "vary in kind", kind="warning", origin="readme"),
    Bad("crisp-typo-two", "a typo 2 for 1 in one cell of a crisp condition (read as a multi-value set)",
        *truth_table_cli("crisp_typo_two.csv"),
        "condition 'STB' is 0/1 for every case but 'FI' (2): read as a multi-value set with levels 0..2, level 2 "
        "held by that case alone; if the 2 is a typo (or a total row), correct it", kind="warning", origin="readme"),
    Bad("outcome-typo-two", "a typo 2 for 1 in one cell of a crisp outcome", *truth_table_cli("outcome_typo_two.csv"),
        "outcome_typo_two.csv: --outcome 'SURV' is multi-value (values up to 2); QCA explains one value set at a "
        "time: write --outcome 'SURV{v}' (e.g. 'SURV{1}'); plain outcomes must be crisp 0/1 or fuzzy memberships in [0, 1]; only "
        "case 'FI' has a value above 1: if it is a typo (or a total row), correct it", origin="readme"),
    Bad("cases-type-underscore", "cases --type focal_conjuncts (an underscore for the hyphen)", LF, "cli",
        cli("cases", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--type", "focal_conjuncts"),
        "--type must be one of typical, deviant-consistency, deviant-coverage, irrelevant, focal-conjuncts, got "
        "'focal_conjuncts'", origin="readme"),
    Bad("cases-type-of-necessity", "cases --type deviant-relevance without --nec-cond", LF, "cli",
        cli("cases", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--type", "deviant-relevance"),
        "got 'deviant-relevance'; it is a type of cases of a necessary condition: give --nec-cond", origin="readme"),
    # ---- the command line names the flag typed and the file, not the library's parameter names
    Bad("cli-incl-cut-above-one", "--incl-cut 1.5", LF, "cli",
        cli("truth-table", LF, "--outcome", "SURV", "--incl-cut", "1.5"), "error: --incl-cut must lie in [0, 1], got '1.5'",
        origin="cli flags"),
    Bad("cli-n-cut-zero", "--n-cut 0", LF, "cli", cli("truth-table", LF, "--outcome", "SURV", "--n-cut", "0"),
        "error: argument --n-cut: must be a positive whole number, got '0'", origin="cli flags"),
    Bad("cli-cov-cut-negative", "super-subset --cov-cut -1", LF, "cli",
        cli("super-subset", LF, "--outcome", "SURV", "--cov-cut", "-1"), "error: argument --cov-cut: must be a number in [0, 1], got '-1'",
        origin="cli flags"),
    Bad("cli-ron-cut-sufficiency", "super-subset --relation suf --ron-cut 0.5 (RoN is a necessity measure)", LF, "cli",
        cli("super-subset", LF, "--outcome", "SURV", "--relation", "suf", "--ron-cut", "0.5"),
        "error: --ron-cut 0.5 applies to --relation 'necessity' only (RoN is a measure of necessity); with --relation "
        "'sufficiency' leave it 0, or use --pri-cut", origin="docs audit"),
    Bad("api-pri-cut-necessity", "super_subset(relation='necessity', pri_cut=0.5) (PRI is a sufficiency measure)", LF,
        "api", lambda: _super_subset_lf(pri_cut=0.5),
        "pri_cut=0.5 applies to relation='sufficiency' only (PRI is a measure of sufficiency); with "
        "relation='necessity' leave it 0, or use ron_cut", origin="docs audit"),
    Bad("cli-include-unknown", "minimize --include x", LF, "cli",
        cli("minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--include", "x"),
        "error: --include may contain '?' (remainders) and 'C' (contradictions), got 'x'", origin="cli flags"),
    Bad("cli-include-full-width", "minimize --include '？，C' (typed with a Chinese input method; was: no hint)", LF,
        "cli", cli("minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--include", "？，C"),
        "error: --include may contain '?' (remainders) and 'C' (contradictions), got '？，C'; '？' -> '?', '，' -> ',': "
        "QCA's syntax needs the ASCII character, not the full-width one", origin="user data"),
    Bad("api-necessity-incl-cut", "necessity(df, 'SURV', incl_cut=0.9) (R's incl.cut; was Python's TypeError)", LF,
        "api", lambda: nec(lf(), "SURV", incl_cut=0.9),
        "necessity() takes no argument 'incl_cut'; write benchmark=0.9 (the inclN a condition needs to be flagged "
        "necessary; R's incl.cut)", origin="user data"),
    Bad("api-necessity-incl-cut-decimal-comma", "necessity(df, 'SURV', incl_cut='0,9') (R's incl.cut with a decimal "
        "comma; was told to write benchmark='0,9', which benchmark refuses in turn)", LF,
        "api", lambda: nec(lf(), "SURV", incl_cut="0,9"),
        "necessity() takes no argument 'incl_cut'; write benchmark=0.9 (the inclN a condition needs to be flagged "
        "necessary; R's incl.cut)", origin="user data"),
    Bad("cli-necessity-r-incl-cut", "necessity --incl.cut 0.9 (R's incl.cut; was: no hint)", LF, "cli",
        cli("necessity", LF, "--outcome", "SURV", "--incl.cut", "0.9"),
        "error: unrecognized arguments: --incl.cut 0.9; necessity takes no --incl.cut: write --benchmark 0.9 (the inclN "
        "a condition needs to be flagged necessary; R's incl.cut)", origin="user data"),
    Bad("cli-truth-table-neg-out", "truth-table --neg-out (R's neg.out; was: no hint)", LF, "cli",
        cli("truth-table", LF, "--outcome", "SURV", "--neg-out"),
        "error: unrecognized arguments: --neg-out; truth-table takes no --neg-out: write --negate-outcome",
        origin="user data"),
    Bad("api-include-full-width", "include='？' (typed with a Chinese input method; was: no hint)", LF, "api",
        lambda: mz(tt_lf(), include="？"), "got '？'; '？' -> '?': QCA's syntax needs the ASCII character, not the "
        "full-width one (typed with a Chinese input method, 全角), e.g. '?'", origin="user data"),
    Bad("cli-dir-exp-without-remainders", "--dir-exp without --include '?'", LF, "cli",
        cli("minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--dir-exp", "1,1,1,1,1"),
        "error: --dir-exp needs --include '?'", origin="cli flags"),
    Bad("cli-outcome-not-a-column", "a misspelt --outcome", LF, "cli", cli("necessity", LF, "--outcome", "SURVIVAL"),
        "error: --outcome 'SURVIVAL' is not a column of data/reference/datasets/LF.csv", origin="cli flags"),
    Bad("cli-unknown-condition", "--conditions naming a column the file does not have", LF, "cli",
        cli("truth-table", LF, "--outcome", "SURV", "--conditions", "DEV,GDP"),
        "error: data/reference/datasets/LF.csv: unknown condition: 'GDP'", origin="cli flags"),
    Bad("cli-esa-nec-cond-unknown", "esa --nec-cond naming no condition", LF, "cli",
        cli("esa", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--nec-cond", "LITERACY"),
        "error: --nec-cond 'LITERACY': unknown condition 'LITERACY'", origin="cli flags"),
    Bad("cli-esa-nec-cond-one-of-several-unknown", "esa --nec-cond LIT,STBB (one of several necessary conditions "
        "misspelt)", LF, "cli",
        cli("esa", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--nec-cond", "LIT,STBB"),
        "error: --nec-cond 'STBB': unknown condition 'STBB' in term 'STBB'; did you mean 'STB'?", origin="audit"),
    Bad("cli-esa-untenable-outcome", "esa --untenable naming the outcome", LF, "cli",
        cli("esa", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--untenable", "SURV"),
        "error: --untenable 'SURV' names 'SURV', the truth table's outcome; it takes an expression of the conditions "
        "only (DEV, URB, LIT, IND, STB)", origin="methods review"),
    Bad("esa-nec-cond-not-a-string", "esa(tt, nec_cond=3)", LF, "api",
        lambda: _qca()[0].esa(tt_lf(), nec_cond=3),
        "nec_cond must be an expression of the conditions such as 'LIT' or 'A + B' or a list of them",
        origin="methods review"),
    Bad("cli-pof-expression-unknown-condition", "pof --expression naming a column the file does not have", LF, "cli",
        cli("pof", LF, "--outcome", "SURV", "--expression", "DEV*urb"),
        "error: --expression 'DEV*urb': unknown condition 'urb'; did you mean 'URB'?", origin="cli flags"),
    Bad("cli-cluster-expression-unknown-condition", "cluster --expression naming a column the file does not have",
        "data/reference/r-setmethods/LF_panel.csv", "cli",
        cli("cluster", "data/reference/r-setmethods/LF_panel.csv", "--outcome", "SURV", "--expression", "dev*URB",
            "--unit", "CASE", "--cluster", "WAVE"),
        "error: --expression 'dev*URB': unknown condition 'dev'; did you mean 'DEV'?", origin="cli flags"),
    Bad("cli-exclude-out-of-range", "minimize --exclude 99 on a table of 32 rows", LF, "cli",
        cli("minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--include", "?", "--exclude", "99"),
        "error: --exclude: row number 99 out of range: the truth table has rows 1..32", origin="cli flags"),
    Bad("cli-exclude-range-text", "minimize --exclude 1-3 (a range, not a list)", LF, "cli",
        cli("minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--include", "?", "--exclude", "1-3"),
        "error: --exclude: row numbers must be whole numbers such as '7,8,15', got '1-3'", origin="cli flags"),
    Bad("cli-contradictory-rows-bad", "esa --contradictory-rows with a word", LF, "cli",
        cli("esa", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--contradictory-rows", "csa,10"),
        "error: --contradictory-rows: row numbers must be whole numbers", origin="cli flags"),
    Bad("cli-case-column-unknown", "--case-column naming a column the file does not have", LF, "cli",
        cli("truth-table", LF, "--outcome", "SURV", "--case-column", "country"),
        "error: --case-column country: case column 'country' is not in data/reference/datasets/LF.csv (columns: "
        "'case', 'DEV'", origin="cli flags"),
    Bad("cli-raw-case-column-unknown", "robustness --raw-case-column naming a column the raw file does not have",
        f("spec_recalibrate.yaml"), "cli", cli("robustness", LF, "--spec", f("spec_recalibrate.yaml"), "--raw",
                                               "data/reference/datasets/LR.csv", "--raw-case-column", "country"),
        "error: --raw-case-column country: case column 'country' is not in data/reference/datasets/LR.csv",
        origin="cli flags"),
    Bad("cli-budget-named-as-flag", "a search budget too small, a partial count refused (--max-work 200 "
        "--refuse-partial)", "benchmarks/data/issue10_k12_n090.csv",
        "cli", cli("minimize", "benchmarks/data/issue10_k12_n090.csv", "--outcome", "Y", "--include", "?",
            "--max-work", "200", "--refuse-partial"), "needs more than --max-work 200 steps of the exact search for every minimal model; "
        "raise --max-work,", origin="cli flags"),
    Bad("cli-implicant-budget-named-as-flag", "a budget too small for the prime implicant search (--max-work 1)",
        "benchmarks/data/issue10_k09_n045.csv",
        "cli", cli("minimize", "benchmarks/data/issue10_k09_n045.csv", "--outcome", "Y", "--include", "?",
            "--max-work", "1"), "the prime implicant search takes more than --max-work 1 steps (more than 128 prime "
        "implicants listed, at positive configuration 13 of 20; 9 conditions, 23 negative configurations); "
        "raise --max-work,", origin="cli flags"),
    Bad("robustness-calibrate-round-word", "robustness: a recalibration test with 'round: two'",
        f("spec_calibrate_round_word.yaml"), "cli", cli("robustness", LF, "--spec", f("spec_calibrate_round_word.yaml"),
                                                        "--raw", "data/reference/datasets/LR.csv"),
        "spec_calibrate_round_word.yaml: test 'DEV c=600': calibrate 'DEV': round must be a whole number of decimal "
        "places from 0 to 15, got 'two'", origin="protocol"),
    Bad("robustness-calibrate-arg-typo", "robustness: a recalibration test with 'threshold:' for 'thresholds:'",
        f("spec_calibrate_arg_typo.yaml"), "cli", cli("robustness", LF, "--spec", f("spec_calibrate_arg_typo.yaml"),
                                                      "--raw", "data/reference/datasets/LR.csv"),
        "test 'DEV c=600': calibrate 'DEV': unknown argument(s) 'threshold'; did you mean 'thresholds'?; allowed: "
        "source, type, thresholds, percentiles, method, logistic, idm, below, above, round", origin="protocol"),
    Bad("robustness-spec-duplicate-key", "robustness: a sweep file giving incl_cut twice (YAML keeps the last)",
        f("spec_duplicate_key.yaml"), "cli", cli("robustness", LF, "--spec", f("spec_duplicate_key.yaml")),
        "spec_duplicate_key.yaml: key 'incl_cut' is given twice (lines 4 and 7); give each key once", origin="protocol"),
    Bad("calibrate-spec-duplicate-set", "calibrate: a JSON specification giving DEV twice (JSON keeps the last)",
        f("calibrate_duplicate_set.json"), "cli",
        cli("calibrate", "data/reference/datasets/LR.csv", "--spec", f("calibrate_duplicate_set.json")),
        "calibrate_duplicate_set.json: key 'DEV' is given twice; give each key once", origin="protocol"),
    Bad("robustness-spec-unclosed-bracket", "robustness: a sweep file whose 'conditions: [...' lacks its ']'",
        f("spec_unclosed_bracket.yaml"), "cli", cli("robustness", LF, "--spec", f("spec_unclosed_bracket.yaml")),
        "spec_unclosed_bracket.yaml: not valid YAML (line 4, column 9: expected ',' or ']', but got ':' (while "
        "parsing a flow sequence from line 3, column 13))", origin="protocol"),
    Bad("robustness-spec-fullwidth-colon", "robustness: a sweep file with 'outcome： SURV' (full-width colon)",
        f("spec_fullwidth_colon.yaml"), "cli", cli("robustness", LF, "--spec", f("spec_fullwidth_colon.yaml")),
        "not valid YAML (line 3, column 11: mapping values are not allowed here; line 2 has full-width punctuation "
        "(typed with a Chinese input method, 全角): '：' -> ':'; the file's syntax needs the ASCII (半角) characters)",
        origin="protocol"),
    Bad("robustness-spec-tab-indent", "robustness: a sweep file indented with a tab", f("spec_tab_indent.yaml"), "cli",
        cli("robustness", LF, "--spec", f("spec_tab_indent.yaml")),
        "not valid YAML (line 5, column 1: found character '\\t' that cannot start any token; indent with spaces, "
        "not tabs)", origin="protocol"),
    Bad("robustness-calibrate-set-case", "robustness: a recalibration test naming the set 'dev' (the data's 'DEV')",
        f("spec_set_case.yaml"), "cli", cli("robustness", LF, "--spec", f("spec_set_case.yaml"), "--raw",
                                            "data/reference/datasets/LR.csv"),
        "test 'DEV c=600': calibrate names 'dev', which is not a set of the data; did you mean 'DEV'?",
        origin="protocol"),
    Bad("robustness-calibrate-two-unknown-sets", "robustness: a recalibration test naming two misspelt sets, 'DEVV' "
        "and 'URBB' (was: 'DEVV' alone, URBB found on the next run)", f("spec_two_unknown_sets.yaml"), "cli",
        cli("robustness", LF, "--spec", f("spec_two_unknown_sets.yaml"), "--raw", "data/reference/datasets/LR.csv"),
        "test 'DEV and URB': calibrate names 'DEVV', 'URBB', which are not sets of the data; 'DEVV': did "
        "you mean 'DEV'?; 'URBB': did you mean 'URB'?", origin="user data"),
    Bad("robustness-drop-case-lowercase", "robustness: drop_cases naming 'fi' (the data's 'FI')",
        f("spec_drop_case_lowercase.yaml"), "cli", cli("robustness", LF, "--spec", f("spec_drop_case_lowercase.yaml")),
        "test 'without FI': unknown case(s) 'fi' in drop_cases; did you mean 'FI'? (case names are "
        "case-sensitive)", origin="protocol"),
    Bad("robustness-keep-and-drop-case", "robustness: a test naming FI both in keep_cases and in drop_cases",
        f("spec_keep_and_drop.yaml"), "cli", cli("robustness", LF, "--spec", f("spec_keep_and_drop.yaml")),
        "spec_keep_and_drop.yaml: test 'subset': case(s) 'FI' both in keep_cases and in drop_cases; name a case in "
        "one of them", origin="protocol"),
    Bad("no-positive-row-pri-cut", "a PRI cut-off no consistent row reaches (--incl-cut 0.8 --pri-cut 0.9)", LF, "cli",
        cli("minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--pri-cut", "0.9"),
        "no configuration of SURV has OUT = 1: 2 rows reach --incl-cut 0.8 (--n-cut 1) but have PRI below --pri-cut "
        "0.9 (highest PRI 0.886); lower --pri-cut, or check the outcome", origin="protocol"),
    Bad("robustness-label-blank", "robustness: a test with 'label:' left blank (YAML's null)", f("spec_label_blank.yaml"),
        "cli", cli("robustness", LF, "--spec", f("spec_label_blank.yaml")),
        "spec_label_blank.yaml: test 1: label must be a non-empty text, e.g. 'incl 0.7', got None (YAML reads "
        "'label:' with nothing after it as null); or leave the key out (the test is then TS1)", origin="protocol"),
    Bad("robustness-drop-cases-empty", "robustness: a test with 'drop_cases: []'", f("spec_drop_empty.yaml"), "cli",
        cli("robustness", LF, "--spec", f("spec_drop_empty.yaml")),
        "spec_drop_empty.yaml: test 'without': drop_cases is empty; name the cases to drop, or leave the key out",
        origin="protocol"),
    Bad("robustness-recalibrate-empty-level", "robustness on LM: a test recalibrating the 3-level DEV with cut points "
        "550 and 5000 (no case above 5000)", f("spec_recalibrate_empty_level.yaml"), "cli",
        cli("robustness", LM, "--spec", f("spec_recalibrate_empty_level.yaml"), "--raw", "data/reference/datasets/LR.csv"),
        "test 'DEV cut 5000': recalibrated with 2 cut points, condition 'DEV' has no case at level(s) 2 (values 0..1 "
        "only), not the initial data's levels 0..2, so its solutions could not be compared with the initial one "
        "(another truth table); move the thresholds so that every level holds a case", origin="protocol"),
    Bad("robustness-raw-duplicate-case", "robustness --raw: Lipset's raw values with AU's row pasted twice",
        f("raw_duplicate_case_lr.csv"), "cli", cli("robustness", LF, "--spec", f("spec_recalibrate.yaml"), "--raw",
                                                   f("raw_duplicate_case_lr.csv")),
        "error: --raw tests/bad_inputs/raw_duplicate_case_lr.csv: duplicate case name(s) 'AU' in column 'case'; each "
        "case needs one row of raw values", origin="protocol"),
    Bad("robustness-raw-duplicate-case-api", "robustness_protocol(raw=) with a case twice in the raw values", "", "api",
        lambda: _qca()[0].robustness_protocol(lf(), "SURV", CONDS, [{"label": "DEV c=600", "calibrate": {
            "DEV": {"thresholds": "e=350, c=600, i=900"}}}], incl_cut=0.8,
            raw=pd.read_csv(ROOT / f("raw_duplicate_case_lr.csv"), index_col="case")),
        "the raw data has duplicate case name(s) 'AU': each case needs one row of raw values", origin="protocol"),
    Bad("robustness-raw-two-bad-values", "robustness_protocol(raw=) whose column DEV holds 'n/a?' for AU and nothing "
        "for BE (was: 'e.g. 'n/a?'' for both)", "", "api",
        lambda: _qca()[0].robustness_protocol(lf(), "SURV", CONDS, [{"label": "DEV c=600", "calibrate": {
            "DEV": {"thresholds": "e=350, c=600, i=900"}}}], incl_cut=0.8,
            raw=with_cell(pd.read_csv(ROOT / f("raw_blank_cell.csv"), index_col="case"), "BE", "DEV", "n/a?")),
        "raw column 'DEV' has a missing or non-numeric value for case(s) 'AU': nan, 'BE': 'n/a?'; calibration "
        "needs a number for every case", origin="protocol"),
    Bad("robustness-raw-path-api", "robustness_protocol(raw='LR.csv'): a file name, not a DataFrame", "", "api",
        lambda: _qca()[0].robustness_protocol(lf(), "SURV", CONDS, [{"label": "DEV c=600", "calibrate": {
            "DEV": {"thresholds": "e=350, c=600, i=900"}}}], incl_cut=0.8, raw="data/reference/datasets/LR.csv"),
        "raw must be a non-empty pandas DataFrame of raw values, one row per case, got str: read the file first, e.g. "
        "raw=pd.read_csv(path, index_col='case')", origin="protocol"),
    Bad("calibration-range-raw-path-api", "threshold_range(raw='LR.csv'): a file name, not a DataFrame", "", "api",
        lambda: _qca()[0].threshold_range(lf(), "SURV", CONDS, "calibration", 25, raw="data/reference/datasets/LR.csv",
                                          calibrate_set="DEV", thresholds="e=350, c=550, i=850", incl_cut=0.8),
        "raw must be a non-empty pandas DataFrame of raw values, one row per case, got str", origin="protocol"),
    Bad("robustness-recalibrate-unused-set", "robustness: a test recalibrating DEV when the conditions leave DEV out",
        f("spec_recalibrate_unused_set.yaml"), "cli",
        cli("robustness", LF, "--spec", f("spec_recalibrate_unused_set.yaml"), "--raw", "data/reference/datasets/LR.csv"),
        "test 'DEV c=600': calibrate names 'DEV', a column of the data but neither a condition nor the outcome of this "
        "analysis (conditions: 'URB', 'LIT', 'IND', 'STB'; outcome: 'SURV'), so the test would change nothing", origin="protocol"),
    Bad("robustness-spec-key-typos", "robustness: a sweep file with 'incl.cut:' and a stray key '2:'",
        f("spec_key_typos.yaml"), "cli", cli("robustness", LF, "--spec", f("spec_key_typos.yaml")),
        "spec_key_typos.yaml: unknown key(s) '2', 'incl.cut'; 'incl.cut': did you mean 'incl_cut'?; allowed: outcome, conditions, "
        "incl_cut,", origin="protocol"),
    Bad("robustness-test-key-fullwidth-colon", "robustness: a test '{label: n 2, n_cut：2}' (full-width colon)",
        f("spec_test_key_typos.yaml"), "cli", cli("robustness", LF, "--spec", f("spec_test_key_typos.yaml")),
        "test 1: unknown key(s) 'n_cut：2' (a full-width colon '：', typed with a Chinese input method, 全角: write "
        "'n_cut: 2' with the ASCII ':' and a blank after it); allowed: label,", origin="protocol"),
    Bad("robustness-range-key-typo", "robustness: a threshold range with 'stepsize:' for 'step:'",
        f("spec_range_key_typo.yaml"), "cli", cli("robustness", LF, "--spec", f("spec_range_key_typo.yaml")),
        "spec_range_key_typo.yaml: range 1: unknown key(s) 'stepsize'; did you mean 'step'?; allowed: parameter, step, "
        "max_runs, set, source, thresholds, type", origin="protocol"),
    Bad("calibrate-spec-arg-typos", "calibrate: a set's arguments with a stray '1: 2' and 'Type:' for 'type:'",
        f("calibrate_arg_typos.yaml"), "cli",
        cli("calibrate", "data/reference/datasets/LR.csv", "--spec", f("calibrate_arg_typos.yaml")),
        "spec['DEV']: unknown argument(s) '1', 'Type'; 'Type': did you mean 'type'?; allowed: above, below,",
        origin="protocol"),
    Bad("robustness-range-set-case", "robustness: a calibration range with 'set: dev' (the data's 'DEV')",
        f("spec_range_set_case.yaml"), "cli", cli("robustness", LF, "--spec", f("spec_range_set_case.yaml"), "--raw",
                                                  "data/reference/datasets/LR.csv"),
        "calibrate_set 'dev' (a sweep file's range: set) is not a condition of the analysis nor its outcome; did you "
        "mean 'DEV'?",
        origin="protocol"),
    Bad("robustness-raw-is-memberships", "robustness --raw given the multi-value memberships (LM.csv), not raw values",
        f("spec_recalibrate.yaml"), "cli",
        cli("robustness", LF, "--spec", f("spec_recalibrate.yaml"), "--raw", "data/reference/datasets/LM.csv"),
        "test 'DEV c=600': recalibrated, every case of 'DEV' is below 0.5 (raw 'DEV' from 0 to 2, thresholds "
        "'e=350, c=600, i=900'), so in this test 'DEV' does not vary in kind; check the raw data and the thresholds",
        kind="warning", origin="protocol"),
    Bad("robustness-raw-not-found", "robustness --raw naming a file that does not exist", "", "cli",
        cli("robustness", LF, "--spec", "docs/examples/LF_sweeps.yaml", "--raw", "data/reference/datasets/LRR.csv"),
        "error: --raw data/reference/datasets/LRR.csv: file not found", origin="protocol"),
    Bad("calibrate-spec-not-found", "calibrate --spec naming a file that does not exist", "", "cli",
        cli("calibrate", "data/reference/datasets/LR.csv", "--spec", "docs/examples/LR_calibrate.yaml"),
        "error: --spec docs/examples/LR_calibrate.yaml: file not found", origin="protocol"),
    Bad("robustness-analysis-flags", "robustness with --outcome and --incl-cut flags beside --spec", "", "cli",
        cli("robustness", LF, "--spec", "docs/examples/LF_sweeps.yaml", "--outcome", "SURV", "--incl-cut", "0.9"),
        "error: unrecognized arguments: --outcome SURV --incl-cut 0.9; robustness takes the analysis from its --spec "
        "file, not from flags: write key(s) outcome, incl_cut there (e.g. docs/examples/LF_sweeps.yaml)",
        origin="protocol"),
    Bad("necessity-incl-cut", "necessity --incl-cut 0.9 (as R's superSubset / truthTable take incl.cut)", LF, "cli",
        cli("necessity", LF, "--outcome", "SURV", "--incl-cut", "0.9"),
        "error: unrecognized arguments: --incl-cut 0.9; necessity takes no --incl-cut (minimize, truth-table, "
        "super-subset, find-rows, esa, cases, theory, chart, plot, good-practice, chain do): --benchmark sets the inclN from which "
        "a condition is flagged necessary", origin="user data"),
    Bad("misspelt-flag", "minimize --inclde '?' (a misspelt flag)", LF, "cli",
        cli("minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--inclde", "?"),
        "error: unrecognized arguments: --inclde ?; did you mean --include?", origin="user data"),
    Bad("robustness-range-fuzzy-multivalue", "robustness on LM: a fuzzy calibration range of the 3-level DEV",
        f("spec_range_fuzzy_multivalue.yaml"), "cli",
        cli("robustness", LM, "--spec", f("spec_range_fuzzy_multivalue.yaml"), "--raw", "data/reference/datasets/LR.csv"),
        "calibration range of 'DEV': a fuzzy calibration makes the multi-value 'DEV' (levels 0..2) a fuzzy set, another "
        "truth table than the data's; give the range type 'crisp' and 2 thresholds", origin="protocol"),
    Bad("robustness-range-anchors-unordered", "robustness: the second of two ranges with its crossover above its "
        "inclusion anchor", f("spec_range_anchors_unordered.yaml"), "cli",
        cli("robustness", LF, "--spec", f("spec_range_anchors_unordered.yaml"), "--raw", "data/reference/datasets/LR.csv"),
        "spec_range_anchors_unordered.yaml: range 2 (parameter: calibration, set: DEV): calibration range of 'DEV', "
        "thresholds e=350, c=950, i=850: anchors must be ordered e < c < i", origin="protocol"),
    Bad("robustness-range-start-no-solution", "robustness: an n_cut range starting where no row has enough cases",
        f("spec_range_start_no_solution.yaml"), "cli",
        cli("robustness", LF, "--spec", f("spec_range_start_no_solution.yaml")),
        "spec_range_start_no_solution.yaml: range 1 (parameter: n_cut): n_cut range: the starting specification "
        "(n_cut = 30) has no solution: n_cut = 30 exceeds", origin="protocol"),
    Bad("robustness-initial-no-solution", "robustness: a sweep file whose initial specification has no solution "
        "(incl_cut 1.0, which no row of LF reaches)", f("spec_initial_no_solution.yaml"), "cli",
        cli("robustness", LF, "--spec", f("spec_initial_no_solution.yaml")),
        "spec_initial_no_solution.yaml: the initial specification has no solution: no positive row to minimise: no "
        "configuration of SURV has OUT = 1 (incl_cut = 1, highest row incl = 0.904", origin="protocol"),
    Bad("protocol-initial-no-solution", "robustness_protocol(..., incl_cut=0.8, pri_cut=0.95): the initial "
        "specification has no solution (no row reaches the PRI cut-off)", LF, "api",
        lambda: _qca()[0].robustness_protocol(lf(), "SURV", CONDS, [{"label": "incl 0.75", "incl_cut": 0.75}],
                                              incl_cut=0.8, pri_cut=0.95),
        "the initial specification has no solution: no positive row to minimise: no configuration of SURV has OUT = 1: "
        "2 rows reach incl_cut = 0.8 (n_cut = 1) but have PRI below pri_cut = 0.95", origin="protocol"),
    Bad("protocol-initial-refused-by-budgets", "robustness_protocol(..., budgets={'max_chart_cells': 1}): the initial "
        "specification's minimisation refused by the budgets given", LF, "api",
        lambda: _qca()[0].robustness_protocol(lf(), "SURV", CONDS, [{"label": "incl 0.75", "incl_cut": 0.75}],
                                              incl_cut=0.8, budgets={"max_chart_cells": 1}),
        "the initial specification has no solution: refused by the engine's search budgets: the prime implicant chart "
        "would have 2 implicants x 2 configurations (4 cells, more than max_chart_cells = 1)", origin="protocol"),
    Bad("robustness-recalibrate-swapped-anchors", "robustness: a recalibration test with e and i swapped "
        "(e=900, c=600, i=350 for DEV)", f("spec_recalibrate_swapped.yaml"), "cli",
        cli("robustness", LF, "--spec", f("spec_recalibrate_swapped.yaml"), "--raw", "data/reference/datasets/LR.csv"),
        "test 'DEV c=600': recalibrated with thresholds e=900, c=600, i=350 (e above i: a decreasing set, membership "
        "falling as the raw value rises, as R's calibrate() reads such anchors), 'DEV' runs against the data's own "
        "'DEV' (correlation -0.99 over the cases): are e and i swapped?", kind="warning", origin="protocol"),
    Bad("chart-figure-multi-value", "the configuration chart figure of LM's intermediate solution (DEV[2], DEV[1])",
        LM, "api", lambda: _chart_figure_of_lm(),
        "the figure draws presence (●) and absence (⊗) only, and multi-value condition 'DEV' appears at level(s)",
        origin="mv audit"),
    Bad("parallel-config-n-jobs-0", "a sweep with n_jobs=None under joblib.parallel_config(n_jobs=0)", "", "api",
        lambda: _sweep_under_parallel_config(n_jobs=0),
        "n_jobs is None, so joblib.parallel_config's n_jobs applies: it must be None or a whole number other than 0 "
        "from -1024 to 1024 (-1: every core), got 0", origin="scale"),
    Bad("robustness-drop-middle-level", "robustness on LM: a test dropping every case at DEV = 1, the middle of its "
        "three levels", f("spec_drop_middle_level.yaml"), "cli",
        cli("robustness", LM, "--spec", f("spec_drop_middle_level.yaml")),
        "spec_drop_middle_level.yaml: test 'no DEV 1': without the cases it drops, condition 'DEV' has values 0, 2 "
        "only, no case at level 1 where the initial data has cases (levels 0..2), so its solutions could not be "
        "compared with the initial one (another truth table); drop fewer cases, or recode the condition in both",
        origin="protocol"),
    Bad("misspelt-condition", "a condition name with two letters swapped ('LTI' for 'LIT')", LF, "api",
        lambda: tt(lf(), "SURV", "DEV, URB, LTI, IND, STB"),
        "unknown condition: 'LTI'; did you mean 'LIT'? (columns:", origin="workshop"),
    Bad("raw-measure-as-condition", "the raw data (GDP per capita 320..1098) where the calibrated sets belong",
        "data/reference/datasets/LR.csv", "api",
        lambda: tt(pd.read_csv(ROOT / "data/reference/datasets/LR.csv", index_col="case"), "SURV", CONDS),
        "condition 'DEV' holds a different whole number for every one of the 18 cases (320..1098): you listed "
        "it among the conditions, but these are raw values or case identifiers, not a set (every case would be a "
        "configuration of its own); if 'DEV' is a measure (an amount, a count), calibrate it first", origin="workshop"),
    Bad("workshop-paperA-outcome-misspelt", "the workshop's paperA_outcome = 'eff' (Paper A's outcome column is EFF)",
        "notebooks/workshop/qca_workshop.ipynb", "notebook",
        "tests/test_workshop.py::test_a_misspelt_paperA_outcome_asks_did_you_mean_in_both_languages",
        "workshop setting: paperA_outcome 'eff' is not a 0/1 column of calibrated_crisp.csv: SYS, ORG, PRO, SER, FUN, "
        "NOR, EFF; did you mean 'EFF'? (names are case-sensitive) / 工作坊设置：", origin="workshop"),
    Bad("workshop-n-cut-above-every-row", "the workshop's n_cut = 5, above the 4 cases of Lipset's largest row",
        "notebooks/workshop/qca_workshop.ipynb", "notebook",
        "tests/test_workshop.py::test_an_n_cut_above_every_row_runs_on_with_a_note",
        "no configuration of Lipset's crisp sets holds n_cut = 5 cases (the most is 4): every row would be a logical "
        "remainder, so there is no truth table here", kind="handled", origin="workshop"),
    Bad("workshop-own-answer-on-an-empty-step", "a participant's own answer to exercise 3 at cut_SURV = 11 (every "
        "country out of SURV: step 5 has no solution)", "notebooks/workshop/qca_workshop.ipynb", "notebook",
        "tests/test_workshop.py::test_an_own_answer_on_an_empty_step_is_explained_in_both_languages",
        "workshop: exercise 3 recomputes step 5's solutions, and step 5 has none at these settings", origin="workshop"),
    Bad("cases-nec-deviant-conditions-unknown", "cases --nec-cond --type deviant-consistency with --conditions naming "
        "no column", LF, "cli",
        cli("cases", LF, "--outcome", "SURV", "--nec-cond", "LIT", "--type", "deviant-consistency",
            "--conditions", "DEV,URBAN"),
        "--conditions: unknown condition 'URBAN'", origin="smmr"),
    Bad("cases-nec-typical-conditions", "cases --nec-cond --type typical with --conditions (no truth table)", LF,
        "cli", cli("cases", LF, "--outcome", "SURV", "--nec-cond", "LIT", "--type", "typical", "--conditions", "DEV"),
        "--conditions applies to --type deviant-consistency", origin="smmr"),
    Bad("cases-nec-pairs-conditions", "cases --nec-cond --pairs typical-irrelevant with --conditions (no truth "
        "table)", LF, "cli", cli("cases", LF, "--outcome", "SURV", "--nec-cond", "LIT", "--pairs", "typical-irrelevant",
                                 "--conditions", "DEV"),
        "--conditions applies to --type deviant-consistency (ranked per truth table row of the conditions) and "
        "--pairs typical-deviant-consistency with --nec-cond, not to --pairs typical-irrelevant", origin="smmr"),
    Bad("cases-exact-typical", "cases --type typical --exact (--exact reads deviant coverage off exact memberships)",
        LF, "cli", cli("cases", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--type", "typical", "--exact"),
        "--exact applies to --type deviant-coverage of a solution and --type deviant-consistency with --nec-cond",
        origin="smmr"),
    Bad("necessity-cases-conditions-number", "necessity_cases(..., 'deviant consistency', conditions=5)", LF, "api",
        lambda: _qca()[0].necessity_cases(lf(), "SURV", "LIT", "deviant consistency", conditions=5),
        "conditions must name the truth table's conditions (a list or text 'A, B, C'), got int", origin="smmr"),
    Bad("necessity-cases-component-one-set", "necessity_cases(LF, 'SURV', 'LIT', component='LIT'): a disjunct's table "
        "of a condition that is no sum", LF, "api",
        lambda: _qca()[0].necessity_cases(lf(), "SURV", "LIT", component="LIT"),
        "component applies to a necessary sum such as 'A + B' (a table per disjunct), got nec_cond 'LIT', one set: "
        "leave component out", origin="review"),
    Bad("necessity-cases-component-not-a-disjunct", "necessity_cases(LF, 'SURV', 'LIT + STB', component='DEV')",
        LF, "api", lambda: _qca()[0].necessity_cases(lf(), "SURV", "LIT + STB", component="DEV"),
        "component 'DEV' is not a disjunct of nec_cond 'LIT + STB': give one of 'LIT', 'STB'", origin="review"),
    Bad("cases-component-without-nec-cond", "cases --component LIT without --nec-cond (a disjunct of no sum)", LF,
        "cli", cli("cases", LF, "--outcome", "SURV", "--component", "LIT"),
        "--component 'LIT' gives the table of one disjunct of a necessary sum: give the sum with --nec-cond",
        origin="review"),
    Bad("cases-component-one-set", "cases --nec-cond LIT --component LIT (a condition that is no sum)", LF, "cli",
        cli("cases", LF, "--outcome", "SURV", "--nec-cond", "LIT", "--component", "LIT"),
        "--component applies to a necessary sum such as 'A + B' (a table per disjunct), got --nec-cond 'LIT', one "
        "set: leave --component out", origin="review"),
    Bad("cases-component-not-a-disjunct", "cases --nec-cond 'LIT + STB' --component DEV", LF, "cli",
        cli("cases", LF, "--outcome", "SURV", "--nec-cond", "LIT + STB", "--component", "DEV"),
        "--component 'DEV' is not a disjunct of --nec-cond 'LIT + STB': give one of 'LIT', 'STB'", origin="review"),
    Bad("cases-component-empty", "cases --nec-cond 'LIT + STB' --component '' (refused before the data is read)", LF,
        "cli", cli("cases", LF, "--outcome", "SURV", "--nec-cond", "LIT + STB", "--component", ""),
        "--component must be one disjunct of --nec-cond as text (e.g. 'A' of 'A + B'), got ''", origin="review"),
    Bad("necessity-pairs-component-not-a-disjunct", "necessity_pairs(LF, 'SURV', 'LIT + STB', component='DEV')",
        LF, "api", lambda: _qca()[0].necessity_pairs(lf(), "SURV", "LIT + STB", component="DEV"),
        "component 'DEV' is not a disjunct of nec_cond 'LIT + STB': give one of 'LIT', 'STB'", origin="review"),
    # ---- an expression flag naming the outcome or no column: the message named --conditions (not given) or no flag
    Bad("pof-expression-names-outcome", "pof --expression 'DEV*SURV' for the outcome SURV (no --conditions given)",
        LF, "cli", cli("pof", LF, "--outcome", "SURV", "--expression", "DEV*SURV"),
        "--expression 'DEV*SURV' names the outcome 'SURV': a set cannot explain itself", origin="cli fuzz"),
    Bad("pof-expression-names-outcome-api", "pof('DEV*SURV', data, 'SURV')", LF, "api",
        lambda: _qca()[0].pof("DEV*SURV", lf(), "SURV"),
        "expression 'DEV*SURV' names the outcome 'SURV': a set cannot explain itself", origin="cli fuzz"),
    Bad("cluster-expression-names-outcome", "cluster --expression 'DEV*SURV' for the outcome SURV", LF, "cli",
        cli("cluster", "data/reference/r-setmethods/LF_panel.csv", "--outcome", "SURV", "--expression", "DEV*SURV",
            "--unit", "CASE", "--cluster", "WAVE"),
        "--expression 'DEV*SURV' names the outcome 'SURV'", origin="cli fuzz"),
    Bad("cases-nec-cond-outcome", "cases --nec-cond SURV for the outcome SURV", LF, "cli",
        cli("cases", LF, "--outcome", "SURV", "--nec-cond", "SURV"),
        "--nec-cond 'SURV' names the outcome 'SURV': a set cannot explain itself", origin="cli fuzz"),
    Bad("cases-nec-cond-unknown", "cases --nec-cond naming no column", LF, "cli",
        cli("cases", LF, "--outcome", "SURV", "--nec-cond", "LITT"),
        "--nec-cond 'LITT': unknown condition 'LITT'; did you mean 'LIT'?", origin="cli fuzz"),
    # ---- an empty expression (an unset shell variable, --nec-cond "$NEC") was read as the flag left out
    Bad("esa-nec-cond-empty", "esa --nec-cond '' (blocked nothing, without a word)", LF, "cli",
        cli("esa", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--nec-cond", ""),
        "--nec-cond is empty (''): give an expression of the conditions, e.g. 'LIT', or leave the flag out",
        origin="cli fuzz"),
    Bad("esa-untenable-empty", "esa --untenable '' (blocked nothing, without a word)", LF, "cli",
        cli("esa", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--untenable", " "),
        "--untenable is empty (' ')", origin="cli fuzz"),
    Bad("cases-nec-cond-empty", "cases --nec-cond '' (the cases of the solution instead, then 'no positive row')", LF,
        "cli", cli("cases", LF, "--outcome", "SURV", "--nec-cond", ""), "--nec-cond is empty ('')", origin="cli fuzz"),
    Bad("esa-rows-nec-cond-empty", "esa_rows(tt, nec_cond='', nec_cond_observed=True)", LF, "api",
        lambda: _qca()[0].esa_rows(tt_lf(), nec_cond="", nec_cond_observed=True),
        "nec_cond is empty (''): give an expression of the conditions, e.g. 'LIT', or leave it out (None)",
        origin="cli fuzz"),
    # ---- cases: a flag the chosen listing does not use was ignored
    Bad("cases-pairs-and-type", "cases --pairs typical-irrelevant --type deviant-coverage (--type was ignored)", LF,
        "cli", cli("cases", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--pairs", "typical-irrelevant", "--type",
                   "deviant-coverage"),
        "--type deviant-coverage and --pairs typical-irrelevant both choose what to list: --type single cases, --pairs "
        "pairs of cases; give one", origin="cli fuzz"),
    Bad("cases-pairs-by-term-with-term", "cases --pairs typical-irrelevant --by term --term 9 (a two-term model; "
        "--term was ignored)", LF, "cli",
        cli("cases", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--pairs", "typical-irrelevant", "--by", "term",
            "--term", "9"),
        "--term applies to pairs per focal conjunct of one term, not to 'typical-irrelevant' pairs by term (one table "
        "per term of the model), got --term 9; leave it out", origin="cli fuzz"),
    Bad("cases-pairs-row-with-term", "cases --pairs deviant-coverage-irrelevant --term 2 (--term was ignored)", LF,
        "cli", cli("cases", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--pairs", "deviant-coverage-irrelevant",
                   "--term", "2"),
        "--term applies to pairs per focal conjunct of one term, not to 'deviant coverage-irrelevant' pairs by truth "
        "table row (one table of the whole solution)", origin="cli fuzz"),
    Bad("smmr-pairs-by-term-with-term", "smmr_pairs(sol, 'typical-typical', by='term', term=2)", LF, "api",
        lambda: _qca()[0].smmr_pairs(mz(tt_lf(), include="?"), "typical-typical", by="term", term=2),
        "term applies to pairs per focal conjunct of one term, not to 'typical-typical' pairs by term", origin="cli fuzz"),
    Bad("cases-type-padded", "cases --type ' typical ' (passed the CLI's check, then refused naming 'cases')", LF,
        "cli", cli("cases", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--type", " typical "), "", kind="handled",
        same_as=cli("cases", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--type", "typical"), origin="cli fuzz"),
    Bad("robustness-ncut-range-fraction", "a sweep file's n_cut range with step 0.5 (each value rounded to a whole "
        "number of cases without a word)", f("spec_range_ncut_fraction.yaml"), "cli",
        cli("robustness", LF, "--spec", f("spec_range_ncut_fraction.yaml")),
        "range 1 (parameter: n_cut): step of an n_cut range must be a whole number of cases (n_cut counts cases), "
        "got 0.5", origin="cli fuzz"),
    Bad("threshold-range-ncut-fraction", "threshold_range(..., 'n_cut', 1.5)", LF, "api",
        lambda: _qca()[0].threshold_range(lf(), "SURV", CONDS, "n_cut", 1.5, incl_cut=0.8),
        "step of an n_cut range must be a whole number of cases (n_cut counts cases), got 1.5", origin="cli fuzz"),
    Bad("calibrate-keep-twice", "calibrate --keep SURV,SURV (the CSV written had two SURV columns, which every other "
        "command refuses)", "data/reference/datasets/LR.csv", "cli",
        cli("calibrate", "data/reference/datasets/LR.csv", "--spec", f("calibrate_dev_only.yaml"), "--keep",
            "SURV, SURV"),
        "--keep names 'SURV' twice; name each column once (a column name appears once in the output)",
        origin="cli fuzz"),
    # ---- --dir-exp values in order with one entry no value: the message named the first '1' as no literal
    Bad("dir-exp-value-typo", "minimize --dir-exp '1,1,1,1,c' (a typo in the last value)", LF, "cli",
        cli("minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--include", "?", "--dir-exp", "1,1,1,1,c"),
        "--dir-exp '1,1,1,1,c': entry 5 'c' is not a value (1, 0, '-' (no expectation)", origin="cli fuzz"),
    Bad("dir-exp-dc", "minimize --dir-exp '1,1,dc,1,1' (R's old 'dc', no expectation, as a list of values takes it)",
        LF, "cli",
        cli("minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--include", "?", "--dir-exp", "1,1,dc,1,1"),
        "", "handled", "cli fuzz",
        same_as=cli("minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--include", "?", "--dir-exp",
                    "1,1,-,1,1")),
    Bad("case-column-a-set", "truth-table --case-column DEV (a multi-value condition: 3 values for 18 cases)", LM,
        "cli", cli("truth-table", LM, "--outcome", "SURV", "--case-column", "DEV"),
        "data/reference/datasets/LM.csv: duplicate case name(s): 1, 2, 0; case names must be unique (case column 'DEV': "
        "3 distinct values for 18 cases)", origin="cli fuzz"),
    Bad("robustness-range-calibration-keys", "a sweep file's incl_cut range with a calibration range's keys set and "
        "thresholds (ignored without a word)", f("spec_range_calibration_keys.yaml"), "cli",
        cli("robustness", LF, "--spec", f("spec_range_calibration_keys.yaml")),
        "range 1 (parameter: incl_cut): set, thresholds: keys of a calibration range (parameter: calibration) only; "
        "leave them out", origin="cli fuzz"),
    Bad("threshold-range-calibrate-set-of-incl", "threshold_range(..., 'incl_cut', 0.01, calibrate_set='DEV')", LF,
        "api", lambda: _qca()[0].threshold_range(lf(), "SURV", CONDS, "incl_cut", 0.01, 2, incl_cut=0.8,
                                                 calibrate_set="DEV"),
        "calibrate_set: for parameter='calibration' only, got parameter='incl_cut'; leave it out",
        origin="cli fuzz"),
    Bad("robustness-test-calibrate-empty", "a sweep file's test with calibrate: {} (ran as a test equal to IS)",
        f("spec_calibrate_empty.yaml"), "cli",
        cli("robustness", LF, "--spec", f("spec_calibrate_empty.yaml"), "--raw", "data/reference/datasets/LR.csv"),
        "test 'DEV anchors': calibrate is empty; name the sets to recalibrate, e.g. {DEV: {thresholds: 'e=1, c=2, "
        "i=3'}}, or leave the key out", origin="cli fuzz"),
    # ---- an empty file name (an unset shell variable): read as '.', 'is a directory', or the flag left out
    Bad("data-path-empty", "truth-table '' (an empty file name: ': is a directory; give the CSV file inside it')", "",
        "cli", cli("truth-table", "", "--outcome", "SURV"),
        "the data file name is empty (''): give the CSV file (one row per case), or '-' for standard input",
        origin="cli fuzz"),
    Bad("robustness-spec-empty", "robustness --spec '' (': is a folder')", LF, "cli",
        cli("robustness", LF, "--spec", ""), "--spec is empty (''): give the file", origin="cli fuzz"),
    Bad("robustness-raw-empty", "robustness --raw '' (read as --raw left out)", LF, "cli",
        cli("robustness", LF, "--spec", "docs/examples/LF_sweeps.yaml", "--raw", " "),
        "--raw is empty (' '): give the file", origin="cli fuzz"),
    Bad("negated-value-outcome-negated-again", "--outcome '~SURV{1}' with --negate-outcome (the message said to "
        "write '~SURV', dropping the value)", LM, "cli",
        cli("truth-table", LM, "--outcome", "~SURV{1}", "--negate-outcome", "--conditions", "DEV,URB"),
        "the two cancel out and would explain 'SURV{1}' itself; write '~SURV{1}' or --negate-outcome, not both",
        origin="cli fuzz"),
    Bad("read-data-empty-path", "read_data('')", "", "api", lambda: _read_data(""),
        "the data file name is empty ('')", origin="cli fuzz"),
    Bad("truth-table-sort-by-dash", "truth-table --sort-by -incl (a value starting with '-': argparse said only "
        "'expected one argument')", LF, "cli", cli("truth-table", LF, "--outcome", "SURV", "--sort-by", "-incl"),
        "--sort-by: '-incl' is not a column of the truth table; sort by OUT, n, incl, PRI, DEV, URB, LIT, IND, STB; the "
        "direction is not written with '-': incl sorts decreasing (the default, as R's sort.by), incl=FALSE "
        "increasing", origin="cli fuzz"),
    Bad("truth-table-dcc-no-cases", "truth-table --dcc --no-cases (--dcc ignored without a word, as R's dcc without "
        "show.cases)", LF, "cli", cli("truth-table", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--dcc",
                                     "--no-cases"),
        "--dcc prints the deviant cases in the cases column, which --no-cases leaves out: give one of them",
        origin="cli fuzz"),
    Bad("robustness-no-solution-unknown", "robustness --no-solution drop (the rule for a test without a sufficient "
        "configuration is count or refuse)", "docs/examples/LF_sweeps.yaml", "cli",
        cli("robustness", LF, "--spec", "docs/examples/LF_sweeps.yaml", "--no-solution", "drop"),
        "error: argument --no-solution: invalid choice: 'drop' (choose from", origin="protocol"),
    Bad("protocol-no-solution-unknown", "robustness_protocol(no_solution='drop')", LF, "api",
        lambda: _qca()[0].robustness_protocol(lf(), "SURV", CONDS, [{"label": "incl 0.75", "incl_cut": 0.75}],
                                              incl_cut=0.8, no_solution="drop"),
        "no_solution must be 'count' (a test without a sufficient configuration counts as the empty solution) or "
        "'refuse' (it is an error), got 'drop'", origin="protocol"),
    # ---- a row named twice ('7,7', a typo for another row) was read as the row once, without a word
    Bad("exclude-row-twice", "minimize --exclude 7,7 (a row named twice)", LF, "cli",
        cli("minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--include", "?", "--exclude", "7,7"),
        "error: --exclude: row number 7 named twice in '7,7'; name each row once", origin="cli fuzz"),
    Bad("exclude-row-twice-api", "minimize(tt, '?', exclude='7,7') (a text; a list is a set of rows)", LF, "api",
        lambda: mz(tt_lf(), "?", exclude="7,7"), "exclude: row number 7 named twice in '7,7'; name each row once",
        origin="cli fuzz"),
    Bad("esa-contradictory-rows-twice", "esa --contradictory-rows 7,8,7 (a row named twice)", LF, "cli",
        cli("esa", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--contradictory-rows", "7,8,7"),
        "error: --contradictory-rows: row number 7 named twice in '7,8,7'; name each row once", origin="cli fuzz"),
    # ---- include '??' / explain '1,1' were read as '?' / '1' without a word (a typo, e.g. for '?,C')
    Bad("include-twice", "minimize --include '??' (a value named twice)", LF, "cli",
        cli("minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--include", "??"),
        "error: --include names '?' twice in '??'; name each once: '' (none), '?' (remainders), 'C' (contradictions) "
        "or '?,C' (both)", origin="cli fuzz"),
    Bad("include-twice-api", "minimize(tt, include=['?', 'C', 'C'])", LF, "api",
        lambda: mz(tt_lf(), include=["?", "C", "C"]), "include names 'C' twice in ['?', 'C', 'C']; name each once",
        origin="cli fuzz"),
    Bad("explain-twice", "minimize --explain 1,1 (a value named twice)", LF, "cli",
        cli("minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--explain", "1,1"),
        "error: --explain names '1' twice in '1,1'; name each once: '1' (positive rows) or '1,C'", origin="cli fuzz"),
    # ---- a multi-value outcome's values: 'DEV{1,1}' and 'DEV{1,}' were read as 'DEV{1}' without a word
    Bad("outcome-value-twice", "truth-table --outcome 'DEV{1,1}' (a value named twice)", LM, "cli",
        cli("truth-table", LM, "--outcome", "DEV{1,1}", "--conditions", "URB,LIT,IND,STB"),
        "error: --outcome 'DEV{1,1}' names value(s) 1 twice; name each value once, e.g. 'DEV{1}'", origin="cli fuzz"),
    Bad("outcome-value-twice-api", "truth_table(LM, 'DEV{2,1,2}', ...)", LM, "api",
        lambda: tt(lm(), "DEV{2,1,2}", "URB,LIT,IND,STB"),
        "outcome 'DEV{2,1,2}' names value(s) 2 twice; name each value once, e.g. 'DEV{1,2}'", origin="cli fuzz"),
    Bad("outcome-value-empty", "truth-table --outcome 'DEV{1,}' (a stray comma)", LM, "cli",
        cli("truth-table", LM, "--outcome", "DEV{1,}", "--conditions", "URB,LIT,IND,STB"),
        "error: --outcome 'DEV{1,}' has an empty value between the braces (a stray comma?)", origin="cli fuzz"),
    Bad("outcome-value-space", "truth-table --outcome 'DEV{1 2}' (values separated by a space; the message named no "
        "flag)", LM, "cli", cli("truth-table", LM, "--outcome", "DEV{1 2}", "--conditions", "URB,LIT,IND,STB"),
        "error: --outcome 'DEV{1 2}': cannot read the values between the braces; write whole numbers separated by "
        "commas, e.g. 'DEV{1}' or 'DEV{1,2}'", origin="cli fuzz"),
    # ---- R's arrow (pof()'s notation) in a flag of the conditions alone: cases --nec-cond told the user to call
    # pof(), esa --nec-cond / --untenable, theory --theory and find-rows --expression named an unknown condition
    # 'LIT -> SURV' (did you mean 'LIT'?), cluster --expression suggested pof() too
    Bad("cases-nec-cond-r-arrow", "cases --nec-cond 'LIT -> SURV' (R's arrow; the message suggested a pof() call)", LF,
        "cli", cli("cases", LF, "--outcome", "SURV", "--nec-cond", "LIT -> SURV"),
        "error: --nec-cond 'LIT -> SURV' holds '->', the arrow of R's pof() notation ('X -> Y': X sufficient for outcome Y; 'X <- Y': X necessary for Y), which names the outcome in the expression; here the "
        "outcome is given apart and the expression holds the conditions only (e.g. 'LIT' or 'A*~B + C'): --nec-cond "
        "'LIT'", origin="cli fuzz"),
    Bad("necessity-cases-r-arrow", "necessity_cases(LF, 'SURV', 'LIT <- SURV')", LF, "api",
        lambda: _qca()[0].necessity_cases(lf(), "SURV", "LIT <- SURV"),
        "nec_cond 'LIT <- SURV' holds '<-', the arrow of R's pof() notation ('X -> Y': X sufficient for outcome Y; 'X <- Y': X necessary for Y), which names the outcome in the expression; here the outcome is given "
        "apart and the expression holds the conditions only (e.g. 'LIT' or 'A*~B + C'): nec_cond='LIT'",
        origin="cli fuzz"),
    Bad("esa-nec-cond-r-arrow", "esa --nec-cond 'LIT <- SURV' (R's arrow: 'unknown condition 'LIT <- SURV'')", LF,
        "cli", cli("esa", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--nec-cond", "LIT <- SURV"),
        "error: --nec-cond 'LIT <- SURV' holds '<-', the arrow of R's pof() notation ('X -> Y': X sufficient for outcome Y; 'X <- Y': X necessary for Y)", origin="cli fuzz"),
    Bad("esa-rows-untenable-r-arrow", "esa_rows(tt, untenable='~LIT*DEV -> SURV')", LF, "api",
        lambda: _qca()[0].esa_rows(tt_lf(), untenable="~LIT*DEV -> SURV"),
        "untenable '~LIT*DEV -> SURV' holds '->', the arrow of R's pof() notation ('X -> Y': X sufficient for outcome Y; 'X <- Y': X necessary for Y)", origin="cli fuzz"),
    Bad("theory-r-arrow", "theory --theory 'LIT*STB -> SURV' (R's arrow: 'unknown condition 'STB -> SURV'')", LF, "cli",
        cli("theory", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--theory", "LIT*STB -> SURV"),
        "error: --theory 'LIT*STB -> SURV' holds '->', the arrow of R's pof() notation ('X -> Y': X sufficient for outcome Y; 'X <- Y': X necessary for Y)", origin="cli fuzz"),
    Bad("find-rows-expression-r-arrow", "find-rows --expression '~LIT*DEV -> SURV' (R's arrow)", LF, "cli",
        cli("find-rows", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--type", "untenable", "--expression",
            "~LIT*DEV -> SURV"), "error: --expression '~LIT*DEV -> SURV' holds '->', the arrow of R's pof() notation ('X -> Y': X sufficient for outcome Y; 'X <- Y': X necessary for Y)", origin="cli fuzz"),
    Bad("cluster-expression-r-arrow", "cluster --expression 'DEV <- SURV' (R's arrow; the message suggested a pof() "
        "call)", "data/reference/r-setmethods/LF_panel.csv", "cli",
        cli("cluster", "data/reference/r-setmethods/LF_panel.csv", "--outcome", "SURV", "--expression", "DEV <- SURV",
            "--unit", "CASE", "--cluster", "WAVE"),
        "the expression holds the conditions only (e.g. 'LIT' or 'A*~B + C'): --expression 'DEV' with --necessity",
        origin="cli fuzz"),
    # ---- a directional expectation named twice ('DEV,DEV', 'DEV=1;1') was read as once, without a word
    Bad("dir-exp-literal-twice", "minimize --dir-exp 'DEV, ~URB, DEV' (a literal named twice)", LF, "cli",
        cli("minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--include", "?", "--dir-exp", "DEV, ~URB, DEV"),
        "error: --dir-exp: directional expectation 'DEV' is given twice in 'DEV, ~URB, DEV'; name each literal once",
        origin="cli fuzz"),
    Bad("dir-exp-value-twice", "minimize --dir-exp 'DEV=1;1,URB=1' (a multi-value condition's value named twice)", LM,
        "cli", cli("minimize", LM, "--outcome", "SURV", "--incl-cut", "0.8", "--include", "?", "--dir-exp",
                   "DEV=1;1,URB=1"),
        "error: --dir-exp: directional expectation '1;1' for 'DEV' names value(s) 1 twice; name each value once",
        origin="cli fuzz"),
    Bad("dir-exp-value-twice-api", "minimize(tt, '?', dir_exp={'DEV': [2, 2]})", LM, "api",
        lambda: mz(tt(lm(), "SURV", incl_cut=0.8), "?", dir_exp={"DEV": [2, 2]}),
        "directional expectation [2, 2] for 'DEV' names value(s) 2 twice; name each value once", origin="cli fuzz"),
    # ---- no row numbers at all (an unset shell variable, --exclude "$ROWS"): read as none blocked, without a word
    Bad("exclude-empty", "minimize --exclude '' (blocked nothing, without a word)", LF, "cli",
        cli("minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--include", "?", "--exclude", ""),
        "error: --exclude: no row numbers in '': give row numbers such as '7,8,15', or leave it out to block no rows",
        origin="cli fuzz"),
    Bad("esa-contradictory-rows-empty", "esa --contradictory-rows ' ' (blocked nothing, without a word)", LF, "cli",
        cli("esa", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--contradictory-rows", " "),
        "error: --contradictory-rows: no row numbers in ' ': give row numbers such as '7,8,15'", origin="cli fuzz"),
    Bad("exclude-empty-api", "minimize(tt, '?', exclude='')", LF, "api", lambda: mz(tt_lf(), "?", exclude=""),
        "exclude: no row numbers in '': give row numbers such as '7,8,15', or leave it out", origin="cli fuzz"),
    Bad("calibrate-keep-empty-item", "calibrate --keep 'SURV,' (the empty name was dropped without a word)",
        "data/reference/datasets/LR.csv", "cli",
        cli("calibrate", "data/reference/datasets/LR.csv", "--spec", f("calibrate_dev_only.yaml"), "--keep", "SURV,"),
        "error: --keep contains an empty name: 'SURV,'; write column names separated by commas", origin="cli fuzz"),
    Bad("calibrate-keep-empty", "calibrate --keep '' (an unset shell variable: nothing kept, without a word)",
        "data/reference/datasets/LR.csv", "cli",
        cli("calibrate", "data/reference/datasets/LR.csv", "--spec", f("calibrate_dev_only.yaml"), "--keep", ""),
        "error: --keep is empty (''): give the columns to copy, e.g. SURV, or leave the flag out", origin="cli fuzz"),
    # ---- an empty term ('A +  + B', 'A +'): "a term must be a non-empty string ..., got ' '", naming no flag
    Bad("pof-expression-empty-term", "pof --expression 'DEV +  + URB' (a double '+')", LF, "cli",
        cli("pof", LF, "--outcome", "SURV", "--expression", "DEV +  + URB"),
        "error: --expression 'DEV + + URB' has an empty term (term 2 of 3: a double '+'?); write terms joined by '+', "
        "e.g. 'A*~B + C'", origin="cli fuzz"),
    Bad("cases-nec-cond-empty-term", "cases --nec-cond 'LIT + ' (a trailing '+')", LF, "cli",
        cli("cases", LF, "--outcome", "SURV", "--nec-cond", "LIT + "),
        "error: --nec-cond 'LIT + ' has an empty term (term 2 of 2: a trailing '+'?)", origin="cli fuzz"),
    Bad("esa-untenable-empty-term", "esa --untenable '+ ~LIT*DEV' (a leading '+')", LF, "cli",
        cli("esa", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--untenable", "+ ~LIT*DEV"),
        "error: --untenable '+ ~LIT*DEV' has an empty term (term 1 of 2: a leading '+'?)", origin="cli fuzz"),
    Bad("theory-empty-term-api", "theory_evaluation('DEV + ', sol)", LF, "api",
        lambda: _qca()[0].theory_evaluation("DEV + ", mz(tt_lf(), "?")),
        "theory 'DEV + ': expression 'DEV + ' has an empty term (term 2 of 2: a trailing '+'?)", origin="cli fuzz"),
    # ---- --dir-exp '' (an unset shell variable) gave the parsimonious solution without a word; '?,' / '1,' lost a value
    Bad("dir-exp-empty", "minimize --dir-exp '' (the parsimonious solution instead, without a word)", LF, "cli",
        cli("minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--include", "?", "--dir-exp", ""),
        "error: --dir-exp is empty (''): give the directional expectations, e.g. '1,1,-' (one per condition, in order) "
        "or 'A=1,B=0', or leave --dir-exp out for no intermediate solution", origin="cli fuzz"),
    Bad("esa-dir-exp-empty", "esa --dir-exp ' ' (an unset shell variable)", LF, "cli",
        cli("esa", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--dir-exp", " "),
        "error: --dir-exp is empty (' ')", origin="cli fuzz"),
    Bad("dir-exp-empty-api", "minimize(tt, '?', dir_exp='')", LF, "api", lambda: mz(tt_lf(), "?", dir_exp=""),
        "dir_exp is empty (''): give the directional expectations", origin="cli fuzz"),
    Bad("include-empty-item", "minimize --include '?,' (a stray comma)", LF, "cli",
        cli("minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--include", "?,"),
        "error: --include has an empty item in '?,'; write '', '?', 'C' or '?,C'", origin="cli fuzz"),
    Bad("explain-empty-item", "minimize(tt, explain='1,')", LF, "api", lambda: mz(tt_lf(), explain="1,"),
        "explain has an empty item in '1,'; write '1' or '1,C'", origin="cli fuzz"),
    Bad("robustness-drop-case-twice", "robustness: drop_cases naming a case twice ([FI, FI]: the test ran as dropping "
        "FI alone, without a word)", f("spec_drop_case_twice.yaml"), "cli",
        cli("robustness", LF, "--spec", f("spec_drop_case_twice.yaml")),
        "test 'without FI': drop_cases names case(s) 'FI' twice; name each case once", origin="cli fuzz"),
    Bad("robustness-keep-case-twice-api", "robustness_protocol(..., tests=[{'label': 'k', 'keep_cases': ['FI', 'AU', "
        "'FI']}])", LF, "api",
        lambda: _qca()[0].robustness_protocol(lf(), "SURV", CONDS, [{"label": "k", "keep_cases": ["FI", "AU", "FI"]}],
                                              incl_cut=0.8),
        "test 'k': keep_cases names case(s) 'FI' twice; name each case once", origin="cli fuzz"),
    Bad("conditions-case-column", "truth-table --conditions case,DEV (the column of case names: 'unknown condition "
        "case', listed nowhere)", LF, "cli", cli("truth-table", LF, "--outcome", "SURV", "--conditions", "case,DEV"),
        "unknown condition: 'case'; 'case' holds the case names, not a set: leave it out of the conditions",
        origin="cli fuzz"),
    Bad("calibrate-thresholds-empty-item", "calibrate: thresholds 'e=350, c=550, i=850,' (a stray comma, dropped "
        "without a word)", f("calibrate_thresholds_trailing_comma.yaml"), "cli",
        cli("calibrate", "data/reference/datasets/LR.csv", "--spec", f("calibrate_thresholds_trailing_comma.yaml"),
            "--keep", "SURV"),
        "thresholds 'e=350, c=550, i=850,' hold an empty item (a stray comma, or a value left out?)", origin="cli fuzz"),
    Bad("calibrate-crisp-thresholds-empty-item-api", "calibrate(x, type='crisp', thresholds='550,,700')", "", "api",
        lambda: _qca()[0].calibrate(np.array([300.0, 600.0, 900.0]), type="crisp", thresholds="550,,700"),
        "thresholds '550,,700' hold an empty item (a stray comma, or a value left out?)", origin="cli fuzz"),
    Bad("simplifying-rows-model-twice", "simplifying_assumption_rows(sol, models=['M1', 'M1'])", LF, "api",
        lambda: _qca()[0].simplifying_assumption_rows(mz(tt_lf(), "?"), models=["M1", "M1"]),
        "models names 'M1' twice in ['M1', 'M1']; name each model once", origin="cli fuzz"),
    Bad("exclude-negative-list", "minimize --exclude -1,2 (a value starting with '-': argparse said only 'expected one "
        "argument')", LF, "cli",
        cli("minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--include", "?", "--exclude", "-1,2"),
        "error: --exclude: row number -1 out of range: the truth table has rows 1..32", origin="cli fuzz"),
    Bad("esa-contradictory-rows-negative", "esa --contradictory-rows -3,10 (argparse: 'expected one argument')", LF, "cli",
        cli("esa", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--contradictory-rows", "-3,10"),
        "error: --contradictory-rows: row number -3 out of range: the truth table has rows 1..32", origin="cli fuzz"),
    Bad("robustness-range-twice", "a sweep file giving the same range twice (ran twice, without a word)",
        f("spec_range_twice.yaml"), "cli", cli("robustness", LF, "--spec", f("spec_range_twice.yaml")),
        "range 3 repeats range 1 (parameter: incl_cut, the same keys and values); give each range once",
        origin="cli fuzz"),
    Bad("cases-term-not-whole", "cases --type focal-conjuncts --term 1.5 (a number, but no term's number)", LF, "cli",
        cli("cases", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--type", "focal-conjuncts", "--term", "1.5"),
        "error: argument --term: must be a term's number (1 = the first) or its text, e.g. 'A*~B', got '1.5'",
        origin="review"),
    Bad("protocol-budgets-unknown", "robustness_protocol(..., budgets={'n_jobs': 2}) (not a search budget)", LF, "api",
        lambda: _qca()[0].robustness_protocol(lf(), "SURV", CONDS, [{"label": "incl 0.75", "incl_cut": 0.75}],
                                              incl_cut=0.8, budgets={"n_jobs": 2}),
        "budgets of robustness_protocol: unknown 'n_jobs'; allowed: max_models, allow_partial, max_work, "
        "max_implicants, max_chart_cells, sa_limit, ec_limit, max_intermediate_pairs, max_memberships (n_jobs is the "
        "sweep's own argument)", origin="protocol"),
    Bad("protocol-budget-value", "robustness_protocol(..., budgets={'max_work': -1}) (read as a failure of the initial "
        "specification)", LF, "api",
        lambda: _qca()[0].robustness_protocol(lf(), "SURV", CONDS, [{"label": "incl 0.75", "incl_cut": 0.75}],
                                              incl_cut=0.8, budgets={"max_work": -1}),
        "budgets of robustness_protocol: max_work must be a positive whole number, got -1", origin="review"),
    Bad("cases-by-empty", "cases --pairs typical-typical --by '' (read as --by left out)", LF, "cli",
        cli("cases", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--pairs", "typical-typical", "--by", ""),
        "error: --by must be 'focal conjunct' or 'term' for 'typical-typical' pairs, got ''", origin="cli fuzz"),
    Bad("case-column-empty", "truth-table --case-column '' (an unset shell variable)", LF, "cli",
        cli("truth-table", LF, "--outcome", "SURV", "--case-column", ""),
        "--case-column is empty (''): give the column of case names, or leave the flag out (default: 'case' if "
        "present, else an unnamed first column)", origin="cli fuzz"),
    Bad("robustness-spec-no-solution-unknown", "a sweep file's no_solution neither count nor refuse",
        f("spec_no_solution_unknown.yaml"), "cli", cli("robustness", LF, "--spec", f("spec_no_solution_unknown.yaml")),
        "'no_solution: drop' is neither count (a test without a sufficient configuration counts as the empty "
        "solution) nor refuse (it is an error)", origin="protocol"),
    Bad("robustness-spec-no-solution-empty", "a sweep file's no_solution left empty ('no_solution:', read as the key "
        "left out: count, without a word)", f("spec_no_solution_empty.yaml"), "cli",
        cli("robustness", LF, "--spec", f("spec_no_solution_empty.yaml")),
        "'no_solution:' has no value (YAML reads it as null): write 'no_solution: count'", origin="review"),
    Bad("robustness-spec-no-solution-conflict", "--no-solution count with a sweep file saying no_solution: refuse",
        f("spec_no_solution_refuse.yaml"), "cli",
        cli("robustness", LF, "--spec", f("spec_no_solution_refuse.yaml"), "--no-solution", "count"),
        "says 'no_solution: refuse'; give the rule once (the file's key, or the flag)", origin="protocol"),
    Bad("robustness-spec-skew-bounds-text", "a sweep file's skew_bounds written as the text '0.2,0.8' (the key was "
        "unknown: the bounds could not travel with the test set)", f("spec_skew_bounds_text.yaml"), "cli",
        cli("robustness", LF, "--spec", f("spec_skew_bounds_text.yaml")),
        "spec_skew_bounds_text.yaml: skew_bounds must be two shares [low, high] such as [0.2, 0.8] or none (no "
        "check), got '0.2,0.8': write [0.2, 0.8], a pair of numbers", origin="protocol"),
    Bad("robustness-spec-skew-bounds-empty", "a sweep file's 'skew_bounds:' left empty (YAML's null; was: read as "
        "no skew check, without a word)", f("spec_skew_bounds_empty.yaml"), "cli",
        cli("robustness", LF, "--spec", f("spec_skew_bounds_empty.yaml")),
        "spec_skew_bounds_empty.yaml: 'skew_bounds' has no value (YAML reads 'skew_bounds:' left empty, 'null' or '~' "
        "as null): write two shares, e.g. 'skew_bounds: [0.2, 0.8]', or 'skew_bounds: none' to turn the skew check "
        "off (as --skew-bounds none does), or leave the key out (the default, [0.2, 0.8])", origin="protocol"),
    Bad("robustness-spec-skew-bounds-conflict", "--skew-bounds 0.2,0.8 with a sweep file saying skew_bounds: [0.1, 0.9]",
        f("spec_skew_bounds.yaml"), "cli",
        cli("robustness", LF, "--spec", f("spec_skew_bounds.yaml"), "--skew-bounds", "0.2,0.8"),
        "error: skew_bounds=(0.2, 0.8) (--skew-bounds 0.2,0.8 on the command line) but "
        "tests/bad_inputs/spec_skew_bounds.yaml says 'skew_bounds: [0.1, 0.9]'; give the bounds once (the file's key, "
        "or the argument / flag)", origin="protocol"),
    Bad("super-subset-work-budget", "super-subset: more work (candidates scored x cases) than --max-work (100,000 "
        "fuzzy cases x 12 conditions ran for minutes under the candidate budget)", LF, "cli",
        cli("super-subset", LF, "--outcome", "SURV", "--case-column", "case", "--max-work", "100"),
        "error: the search scored 6 candidate expressions (242 combinations of up to 5 literals over 5 conditions), "
        "each over 18 cases: 108 of work exceed --max-work 100 before it ended; pass a smaller depth (e.g. --depth 3) "
        "or raise --max-work", origin="cli flags"),
    Bad("truth-table-membership-budget", "truth-table: more fuzzy memberships (cases x observed rows) than "
        "--max-memberships (100,000 fuzzy cases x 16 conditions ran 28 s, more for minutes, with no budget)", LF, "cli",
        cli("truth-table", LF, "--outcome", "SURV", "--case-column", "case", "--max-memberships", "100"),
        "error: 9 observed rows x 18 cases: 162 fuzzy memberships (each case's in each row, for incl and PRI) exceed "
        "--max-memberships 100; use fewer conditions, or raise --max-memberships", origin="cli flags"),
    Bad("robustness-raw-by-position", "robustness --raw: data and raw values naming their cases in a column "
        "'country' (no 'case'), without --case-column: both were numbered 1, 2, ... and matched by row position, the "
        "raw file being in another order", f("raw_country_column.csv"), "cli",
        cli("robustness", f("sets_country_column.csv"), "--spec", f("spec_recalibrate.yaml"), "--raw",
            f("raw_country_column.csv")),
        "the raw values would be matched to the cases by row position; column 'country' of both holds a different "
        "text for every case, like case names: pass --case-column country", origin="user data"),
    Bad("pof-negated-mv-literal", "pof --expression '~DEV[1]*STB[1]' (not level 1 of a 3-level condition)", LM, "cli",
        cli("pof", LM, "--outcome", "SURV", "--expression", "~DEV[1]*STB[1]"),
        "error: '~DEV[1]' is DEV's other values (0, 2), not one literal: write their sum, DEV[0] + DEV[2] (in a "
        "product, one term per value: DEV[0]*STB[1] + DEV[2]*STB[1])", origin="user data"),
    Bad("calibrate-space-thousands", "raw values with a space between digit groups ('1 038', as Excel writes them in a "
        "French or other locale)", f("raw_space_thousands.csv"), "cli",
        cli("calibrate", f("raw_space_thousands.csv"), "--spec", "docs/examples/LR_calibration.yaml"),
        "a thousands separator (a space or an apostrophe between groups of digits, as Excel writes numbers in a "
        "French, Swiss or other locale): write numbers without separators", origin="user data"),
    Bad("flag-int-underscore", "minimize --max-models 1_000 (Python's int() reads '1_000' as 1000)", LF, "cli",
        cli("minimize", LF, "--outcome", "SURV", "--max-models", "1_000"),
        "error: argument --max-models: must be a positive whole number, got '1_000'; write 1000 (digits 0-9 only: no "
        "'_' between groups of digits)", origin="cli fuzz"),
    Bad("flag-int-thousands-comma", "minimize --max-work 1,000,000 (a thousands separator)", LF, "cli",
        cli("minimize", LF, "--outcome", "SURV", "--max-work", "1,000,000"),
        "error: argument --max-work: must be a positive whole number, got '1,000,000'; write 1000000 (digits 0-9 "
        "only: no ',' between groups of digits)", origin="cli fuzz"),
    Bad("flag-int-fullwidth", "truth-table --n-cut ２ (a full-width digit, typed with a Chinese input method: int() "
        "reads it as 2)", LF, "cli", cli("truth-table", LF, "--outcome", "SURV", "--n-cut", "２"),
        "error: argument --n-cut: must be a positive whole number, got '２'; write 2 (digits 0-9 only: no full-width "
        "or other non-ASCII digits)", origin="cli fuzz"),
    Bad("flag-float-underscore", "minimize --incl-cut 0.7_5 (float() reads '0.7_5' as 0.75)", LF, "cli",
        cli("minimize", LF, "--outcome", "SURV", "--incl-cut", "0.7_5"),
        "error: --incl-cut must be a number or two numbers 'ic1,ic0', got '0.7_5'; write 0.75 (digits 0-9 only: no "
        "'_' between groups of digits)", origin="cli fuzz"),
    Bad("flag-rows-underscore", "minimize --exclude 1_0 (a row number read as 10)", LF, "cli",
        cli("minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--include", "?", "--exclude", "1_0"),
        "error: --exclude: row numbers must be whole numbers such as '7,8,15', got '1_0'; write 10 (digits 0-9 only: "
        "no '_' between groups of digits)", origin="cli fuzz"),
    Bad("robustness-spec-underscore", "a sweep file's 'max_runs: 1_000' (YAML 1.1 reads it as 1000, where the "
        "command line refuses 1_000)", f("spec_range_underscore.yaml"), "cli",
        cli("robustness", LF, "--spec", f("spec_range_underscore.yaml")),
        "spec_range_underscore.yaml: line 6, column 49: 1_000 is read by YAML as 1000 (digits grouped with '_'); "
        "write 1000 (digits 0-9 only), or quote it ('1_000') if it is a name or a case ID", origin="cli fuzz"),
    Bad("robustness-spec-octal-case", "a sweep file's 'drop_cases: [010, 020]' (case IDs with a leading zero, "
        "unquoted: YAML 1.1 reads them as octal 8 and 16)", f("spec_drop_case_octal.yaml"), "cli",
        cli("robustness", LF, "--spec", f("spec_drop_case_octal.yaml")),
        "spec_drop_case_octal.yaml: line 6, column 44: 010 is read by YAML as 8 (a leading 0 makes it octal); write "
        "10 (digits 0-9 only), or quote it ('010') if it is a name or a case ID", origin="cli fuzz"),
    Bad("calibrate-threshold-underscore", "calibrate(x, thresholds='e=1, c=2, i=1_000') (float() reads '1_000')",
        "", "api", lambda: _qca()[0].calibrate(np.array([1.0, 2.0, 3.0, 4000.0]), thresholds="e=1, c=2, i=1_000"),
        "threshold '1_000' is not a number (thresholds 'e=1, c=2, i=1_000'); write 1000 (digits 0-9 only: no '_' "
        "between groups of digits)", origin="cli fuzz"),
    Bad("pof-condition-twice", "pof --expression 'DEV*DEV' (a condition named twice in a term: read as DEV, as R "
        "reads it, without a word)", LF, "cli", cli("pof", LF, "--outcome", "SURV", "--expression", "DEV*DEV"),
        "warning: term 'DEV*DEV' names 'DEV' twice: read as 'DEV' (A*A is A, as R reads it); write each condition "
        "once, or check whether another condition was meant", kind="warning", origin="cli fuzz"),
    Bad("theory-term-twice", "theory --theory 'DEV*URB + URB*DEV' (the same term twice)", LF, "cli",
        cli("theory", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--theory", "DEV*URB + URB*DEV"),
        "warning: expression 'DEV*URB + URB*DEV' holds the term 'DEV*URB' more than once: read once (A + A is A); "
        "write each term once, or check whether another term was meant", kind="warning", origin="cli fuzz"),
    Bad("calibrate-idm-text", "a calibration file's idm: \"0.95\" (quoted: a text; the message said it must be in "
        "(0.5, 1), got '0.95', a value inside that range)", f("calibrate_idm_text.yaml"), "cli",
        cli("calibrate", "data/reference/datasets/LR.csv", "--spec", f("calibrate_idm_text.yaml")),
        "idm (the inclusion degree of membership) must be in (0.5, 1), got '0.95': write 0.95, a number, not the text "
        "'0.95'", origin="user data"),
    Bad("calibrate-raw-decimal-comma-dot-groups", "raw values as a German or Dutch Excel writes them ('1.038,5', "
        "'586,0'): the message said they were unique texts like case names, to pass --case-column DEV",
        f("raw_decimal_comma_dot_groups.csv"), "cli",
        cli("calibrate", f("raw_decimal_comma_dot_groups.csv"), "--spec", f("calibrate_dev_only.yaml"), "--keep",
            "SURV"),
        "'DEV': a decimal comma with '.' between groups of digits (as Excel writes numbers in a German, Dutch or "
        "other locale; '1.038,5' is 1038.5): write numbers with a point and no separators ('1038.5')",
        origin="user data"),
    Bad("dir-exp-fullwidth-semicolon", "minimize --dir-exp 'DEV=1；2,...' on multi-value data (a full-width ';' typed "
        "with a Chinese input method: the message did not say which character)", LM, "cli",
        cli("minimize", LM, "--outcome", "SURV", "--include", "?", "--dir-exp", "DEV=1；2,URB=1,LIT=1,IND=1,STB=1"),
        "cannot read --dir-exp 'DEV=1；2,URB=1,LIT=1,IND=1,STB=1'; '；' -> ';': QCA's syntax needs the ASCII "
        "character, not the full-width one (typed with a Chinese input method, 全角), e.g. "
        "'DEV=1;2,URB=1,LIT=1,IND=1,STB=1'", origin="user data"),
    Bad("data-path-tilde-quoted", "truth-table \"~/no_such_qca_file.csv\" (quoted: the shell left '~' as it is)", "",
        "cli", cli("truth-table", "~/no_such_qca_file.csv", "--outcome", "SURV"),
        "error: ~/no_such_qca_file.csv: file not found; '~' is not your home folder here (the shell expands it only "
        "outside quotes): write the full path, e.g. \"$HOME/no_such_qca_file.csv\"", origin="user data"),
    Bad("spec-path-tilde-quoted", "robustness --spec \"~/no_such_sweeps.yaml\" (quoted)", LF, "cli",
        cli("robustness", LF, "--spec", "~/no_such_sweeps.yaml"),
        "error: --spec ~/no_such_sweeps.yaml: file not found; '~' is not your home folder here", origin="user data"),
    Bad("pof-expression-comma", "pof --expression 'DEV,URB' (conditions listed with a comma, as R's c() or a "
        "spreadsheet lists them; was: did you mean 'DEV'?)", LF, "cli",
        cli("pof", LF, "--outcome", "SURV", "--expression", "DEV,URB"),
        "error: --expression 'DEV,URB': unknown condition 'DEV,URB'; ',' joins nothing in an expression: write "
        "'DEV + URB' (any of them: terms are joined by '+') or 'DEV*URB' (all of them: '*' within a term)",
        origin="cli fuzz"),
    Bad("theory-comma", "theory_evaluation('DEV,URB', sol) (a comma between conditions)", LF, "api",
        lambda: _qca()[0].theory_evaluation("DEV,URB", mz(tt_lf(), include="?")),
        "theory 'DEV,URB': unknown condition 'DEV,URB' in term 'DEV,URB'; ',' joins nothing in an expression: write "
        "'DEV + URB' (any of them: terms are joined by '+') or 'DEV*URB' (all of them: '*' within a term)",
        origin="cli fuzz"),
    Bad("spec-path-tilde-unknown-user", "robustness --spec ~SURV (a '~name' path of a user the system does not have; "
        "was a traceback: Python's 'Could not determine home directory')", LF, "cli",
        cli("robustness", LF, "--spec", "~SURV"),
        "error: --spec ~SURV: file not found; '~' is not expanded here (the shell expands it only outside quotes): "
        "write the full path", origin="cli fuzz"),
    Bad("good-practice-negated-number", "good_practice(sol, negated=0) (was Python's \"'int' object is not iterable\")",
        LF, "api", lambda: _qca()[0].good_practice(mz(tt_lf(), include="?"), negated=0),
        "negated must be the Solution(s) of the negated outcome (a Solution, a dict or list of them) or, when it has "
        "none, the finding in words (a str), got int", origin="cli fuzz"),
    Bad("good-practice-benchmark-number", "good_practice(sol, benchmark=0.05) (a level for the permutation "
        "benchmark's result)", LF, "api",
        lambda: _qca()[0].good_practice(mz(tt_lf(), include="?"), benchmark=0.05),
        "benchmark must be permutation_benchmark()'s result (a mapping with share_fitting_as_well, assignments, "
        "n_positive, exact), got float", origin="engine user"),
    Bad("benchmark-sentence-outcome-bracketed", "benchmark_sentence(bench, 'EFF (good)') (the outcome's name said "
        "after the count in brackets: a name with brackets would not read back)", LF, "api",
        lambda: __import__("analysis.qca.standards", fromlist=["benchmark_sentence"]).benchmark_sentence(
            {"share_fitting_as_well": 1.0, "assignments": 10, "n_positive": 2, "exact": True}, "EFF (good)"),
        "outcome must be the outcome's name (text without brackets) or None, got 'EFF (good)'", origin="engine user"),
    Bad("good-practice-relevance-cut-text", "good_practice(sol, relevance_cut='0.5') (the RoN cut as text; was "
        "Python's \"Unknown format code 'g' for object of type 'str'\")", LF, "api",
        lambda: _qca()[0].good_practice(mz(tt_lf(), include="?"), relevance_cut="0.5"),
        "relevance_cut must be a number in [0, 1], got '0.5': write 0.5", origin="methods review"),
    Bad("good-practice-relevance-measure", "good_practice(sol, relevance_measure='ron') (the measure relevance_cut is "
        "read against: 'RoN' or 'covN', as the caller's necessity table judges relevance)", LF, "api",
        lambda: _qca()[0].good_practice(mz(tt_lf(), include="?"), relevance_measure="ron"),
        "relevance_measure must be 'RoN' or 'covN', got 'ron'", origin="methods review"),
    Bad("smmr-cases-series", "smmr(sol, cases=df['type']) (a column where one text is taken; was pandas' 'The truth "
        "value of a Series is ambiguous')", LF, "api",
        lambda: _qca()[0].smmr(mz(tt_lf(), include="?"), cases=lf()["DEV"]),
        "smmr() takes one text for cases, got a Series of shape 18, e.g. cases='typical'", origin="cli fuzz"),
    Bad("incl-cut-percent", "truth-table --incl-cut 80 (a percentage, as a report writes it)", LF, "cli",
        cli("truth-table", LF, "--outcome", "SURV", "--incl-cut", "80"),
        "error: --incl-cut must lie in [0, 1], got '80'; a percentage? write 0.8", origin="user data"),
    Bad("benchmark-percent", "necessity --benchmark 90 (a percentage)", LF, "cli",
        cli("necessity", LF, "--outcome", "SURV", "--benchmark", "90"),
        "error: argument --benchmark: must be a number in [0, 1], got '90'; a percentage? write 0.9", origin="user data"),
    Bad("pri-cut-percent-api", "truth_table(..., pri_cut=75)", LF, "api",
        lambda: _qca()[0].truth_table(lf(), "SURV", pri_cut=75),
        "pri_cut must lie in [0, 1], got 75; a percentage? write 0.75", origin="user data"),
    Bad("exclude-fullwidth-comma", "minimize --exclude '10，12' (a full-width comma, typed with a Chinese input method)",
        LF, "cli", cli("minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--include", "?", "--exclude",
                       "10，12"),
        "error: --exclude: row numbers must be whole numbers such as '7,8,15', got '10，12'; '，' -> ',': QCA's syntax "
        "needs the ASCII character", origin="user data"),
    Bad("raw-unicode-minus", "raw values with the Unicode minus sign ('−20', U+2212, copied from a PDF or a web page): "
        "refused as non-numeric without a hint", f("raw_unicode_minus.csv"), "cli",
        cli("calibrate", f("raw_unicode_minus.csv"), "--spec", f("calibrate_dev_only.yaml"), "--keep", "SURV"),
        "'DEV': a minus sign other than '-' (e.g. '−20': the Unicode minus sign, as a document or web page writes "
        "it): write the ASCII '-', e.g. '-20'", origin="user data"),
    Bad("jobs-unicode-minus", "minimize --jobs −1 (the Unicode minus sign, copied from a document)", LF, "cli",
        cli("minimize", LF, "--outcome", "SURV", "--jobs", "\u22121"),
        "got '−1'; write -1 (an ASCII '-': '−' is the Unicode minus sign, as a document or web page writes it)",
        origin="user data"),
    Bad("flag-int-exponent", "truth-table --max-memberships 2e10 (the README's 20,000,000,000 in exponent form)", LF,
        "cli", cli("truth-table", LF, "--outcome", "SURV", "--max-memberships", "2e10"),
        "error: argument --max-memberships: must be a positive whole number, got '2e10'; write 20000000000 (a whole "
        "number in digits, not in exponent form)", origin="cli fuzz"),
    Bad("robustness-spec-max-runs-exponent", "a sweep file's 'max_runs: 1e1' (YAML 1.1 reads it as the text '1e1'; the "
        "message did not say so)", f("spec_range_exponent.yaml"), "cli",
        cli("robustness", LF, "--spec", f("spec_range_exponent.yaml")),
        "max_runs must be a whole number from 1 to 1,000 (each run is a truth table and a minimisation, 2 x max_runs "
        "per threshold), got '1e1': write 10, a number, not the text '1e1'", origin="protocol"),
    Bad("pof-ampersand-and", "pof --expression 'DEV & URB' (a programming language's 'and')", LF, "cli",
        cli("pof", LF, "--outcome", "SURV", "--expression", "DEV & URB"),
        "error: --expression 'DEV & URB': unknown condition 'DEV & URB'; a conjunction (and) is written '*': "
        "'DEV*URB', not with '&'", origin="user data"),
    Bad("pof-word-or", "pof --expression 'DEV OR URB' (the word for 'or')", LF, "cli",
        cli("pof", LF, "--outcome", "SURV", "--expression", "DEV OR URB"),
        "unknown condition 'DEV OR URB'; QCA writes 'and' as '*' and 'or' as '+': 'DEV + URB', not with 'OR'",
        origin="user data"),
    Bad("cluster-unit-lowercase", "cluster --unit case where the column is 'CASE'", f("panel_unit_column.csv"), "cli",
        cli("cluster", f("panel_unit_column.csv"), "--outcome", "SURV", "--expression", "DEV*STB", "--unit", "case",
            "--cluster", "WAVE"),
        "error: --unit: column 'case' (unit / cluster id) is not in tests/bad_inputs/panel_unit_column.csv; did you "
        "mean 'CASE'? (names are case-sensitive)", origin="user data"),
    Bad("cluster-cluster-misspelt", "cluster --cluster WAV (a letter short)", f("panel_unit_column.csv"), "cli",
        cli("cluster", f("panel_unit_column.csv"), "--outcome", "SURV", "--expression", "DEV*STB", "--unit", "CASE",
            "--cluster", "WAV"),
        "error: --cluster: column 'WAV' (unit / cluster id) is not in tests/bad_inputs/panel_unit_column.csv; did "
        "you mean 'WAVE'? (columns:", origin="user data"),
    Bad("numeric-case-id-small", "a column 'id' numbering 4 cases 1..4 (read as a multi-value condition below 5 "
        "cases)", *truth_table_cli("numeric_case_id_small.csv"),
        "condition 'id' holds a different whole number for every one of the 4 cases (1..4): that is a case "
        "identifier, not a set (every case would be a configuration of its own); if 'id' names the cases, pass "
        "--case-column id", origin="user data"),
    Bad("grouped-digits-beside-decimal-commas", "calibrate GDP '1.038' (1038 in a German export) where column LIT "
        "writes '0,8' (read as 1.038: membership 0.0003 for 0.97)", f("german_grouped_digits.csv"), "cli",
        cli("calibrate", f("german_grouped_digits.csv"), "--spec", f("calibrate_gdp.yaml"), "--keep", "SURV"),
        "numbers that read two ways in column(s) 'GDP' (case(s) 'a': '1.038', 'c': '2.100'): column 'LIT' writes "
        "decimals with a comma ('0,8'), so '1.038' is 1038 with '.' between groups of digits", origin="user data"),
    Bad("grouped-digits-amounts", "calibrate GDP '1.038', '586', '2.100', '350' (amounts with '.' between groups of "
        "digits, no decimal comma in the file)", f("grouped_digits_amounts.csv"), "cli",
        cli("calibrate", f("grouped_digits_amounts.csv"), "--spec", f("calibrate_gdp.yaml"), "--keep", "SURV"),
        "column 'GDP' (case(s) 'a': '1.038', 'c': '2.100'): '1.038' is read as 1.038, but every other cell is a whole "
        "number below 1000", kind="warning", origin="user data"),
    Bad("excel-table-empty-column", "an empty column an Excel table named 'Column1', the conditions taken from the file "
        "(was: 'missing values ... drop or impute those cases', every case)",
        *truth_table_cli("excel_table_empty_column.csv"),
        "condition column 'Column1' is empty (no value for any case): leave it out of the conditions or delete the "
        "column; e.g. --conditions DEV,URB", origin="user data"),
    Bad("notes-column", "a column of notes beside the sets, the conditions taken from the file",
        *truth_table_cli("notes_column.csv"),
        "the conditions were taken from every column but the outcome and the case names: if 'notes' is no set, list "
        "the conditions without it: --conditions DEV,URB", origin="user data"),
    Bad("excel-sep-line", "Excel's separator line 'sep=,' above the header (was: 'line 2 has 4 cells, the header 2: "
        "... unquoted decimal commas')", f("excel_sep_line.csv"), "cli",
        cli("truth-table", f("excel_sep_line.csv"), "--outcome", "SURV"), "", kind="handled", origin="user data",
        same_as=cli("truth-table", f("excel_sep_line_clean.csv"), "--outcome", "SURV")),
    Bad("title-above-header", "a title line above the header (was: '... unquoted decimal commas')",
        *truth_table_cli("title_above_header.csv"),
        "line 1 holds one cell ('Table 1: survey data') and the lines below it 4: a title above the header? The first "
        "line must be the header (column names): remove the line(s) above it", origin="user data"),
    Bad("header-repeated", "two exports appended: the header line again inside the data (was: a case named 'case' "
        "with 'a yes/no label' 'SURV')", *truth_table_cli("header_repeated.csv"),
        "line 4 repeats the header (case,DEV,URB,SURV): files appended one to another? Delete the repeated header "
        "line(s)", origin="user data"),
    Bad("spss-filter-column", "an SPSS export with its Select Cases variable filter_$ (was a condition of the truth "
        "table, the unselected cases analysed)", *truth_table_cli("spss_filter_column.csv"),
        "column 'filter_$' is SPSS's case filter (Data > Select Cases): the export holds every case, 0 for those not "
        "selected (here 'c'); drop those cases first if the selection is meant, and list the conditions without it: "
        "--conditions DEV,URB", origin="user data"),
    Bad("include-full-width-comma", "include='?，' (a full-width comma; was told \"e.g. '?,'\", itself refused)", LF,
        "api", lambda: mz(tt_lf(), include="?，"), "got '?，'; '，' -> ',': QCA's syntax needs the ASCII character, not "
        "the full-width one (typed with a Chinese input method, 全角), e.g. '?'", origin="user data"),
    Bad("duplicate-case-blank-lines", "a case name twice in a file with Excel's 'sep=,' line and blank lines (was: "
        "'lines 2, 5 of a CSV file with one header line')", *truth_table_cli("duplicate_case_blank_lines.csv"),
        "'AU' in row(s) 1, 4 (line(s) 4, 9 of the file)", origin="user data"),
    Bad("find-rows-incl-cut-api", "find_rows(tt, 'csa', incl_cut=0.9) (was: 'unknown keyword argument(s) incl_cut')",
        LF, "api", lambda: _qca()[0].find_rows(tt_lf(), "csa", incl_cut=0.9),
        "incl_cut is an argument of truth_table(), not of find_rows(): build the truth table with it",
        origin="user data"),
    Bad("crisp-three-decimals", "crisp sets written '1.000' and '0' (Excel's number format; was: a warning per column "
        "that '1.000' may be 1000)", f("crisp_three_decimals.csv"), "cli",
        cli("truth-table", f("crisp_three_decimals.csv"), "--outcome", "SURV"), "", kind="handled",
        origin="user data", same_as=TT_CLEAN),
    Bad("few-cases-region-code", "a region code 0, 1, 2, 3 among the conditions of 4 cases (was: a multi-value "
        "condition without a word)", *truth_table_cli("few_cases_region_code.csv"),
        "condition 'REG' holds a different level for every one of the 4 cases (0, 1, 2, 3): read as a multi-value "
        "set, it puts every case in a configuration of its own", kind="warning", origin="user data"),
    # ---- a newcomer following the README literally: the command spelt otherwise (round 28)
    Bad("command-british-spelling", "the command spelt as the README spells the method: minimise (was: 'invalid "
        "choice' and the list of commands, no hint)", LF, "cli",
        cli("minimise", LF, "--outcome", "SURV"), "did you mean minimize?", origin="readme"),
    Bad("command-r-function-name", "the command named as R QCA's function: truthTable", LF, "cli",
        cli("truthTable", LF, "--outcome", "SURV"), "did you mean truth-table?", origin="readme"),
    # ---- a researcher running the engine's API and CLI on their own data (round 29)
    Bad("dir-exp-blank-separated", "--dir-exp 'DEV=1 URB=1' (a blank for the comma; was: 'write CONDITION=1, =0 or "
        "=-', no example)", LF, "cli", cli("minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--include", "?",
                                          "--dir-exp", "DEV=1 URB=1"),
        "write them with ',' between the conditions and '=' before a value, as 'DEV=1,URB=1'", origin="engine user"),
    Bad("dir-exp-blank-separated-out-of-range", "--dir-exp 'DEV=1 URB=2' (a blank for the comma and a value URB does "
        "not take; was: 'write CONDITION=1, =0 or =-', no example)", LF, "cli",
        cli("minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--include", "?", "--dir-exp", "DEV=1 URB=2"),
        "as 'DEV=1,URB=2'; ';' joins the values of one multi-value condition; read so, it is refused too: directional "
        "expectation 2 for 'URB' is out of range", origin="engine user"),
    Bad("relation-misspelt", "consistency(x, y, 'necesity') (was: what relation must be, no hint)", LF, "api",
        lambda: _qca()[0].consistency(lf()["DEV"], lf()["SURV"], "necesity"), "got 'necesity'; did you mean "
        "'necessity'?", origin="engine user"),
    Bad("cases-type-misspelt", "cases --type typcial (was: the types, no hint)", LF, "cli",
        cli("cases", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--type", "typcial"),
        "got 'typcial'; did you mean 'typical'?", origin="engine user"),
    Bad("measure-of-two-columns", "consistency(df[['DEV', 'URB']], y) (was: 'the same shape: x has shape (18, 2)')",
        LF, "api", lambda: _qca()[0].consistency(lf()[["DEV", "URB"]], lf()["SURV"]),
        "got a DataFrame of 2 columns ('DEV', 'URB'): give one column, e.g. df['DEV']; for their conjunction, "
        "term_membership(df, 'DEV*URB')", origin="engine user"),
    Bad("calibrate-frame-spec-file-name", "calibrate_frame(raw, 'docs/examples/LR_calibration.yaml') (the CLI's spec "
        "file given to the function; was: 'spec must be a non-empty mapping')", "docs/examples/LR_calibration.yaml",
        "api", lambda: _qca()[0].calibrate_frame(pd.read_csv(ROOT / "data/reference/datasets/LR.csv"),
                                                 "docs/examples/LR_calibration.yaml"),
        "a specification file? read it first, calibrate_frame(df, read_spec_file(", origin="engine user"),
    Bad("list-flag-blank-separated", "--exclude 7 8 without quotes (the shell splits it; was: 'unrecognized arguments: "
        "8')", LF, "cli", cli("minimize", LF, "--outcome", "SURV", "--include", "?", "--exclude", "7", "8"),
        "--exclude takes one value: write --exclude 7,8 (commas between the items, no blanks)", origin="engine user"),
    Bad("outcome-positional", "minimize LF.csv SURV (the outcome where R's truthTable(data, outcome) takes it; was: "
        "'--outcome is required')", LF, "cli", cli("minimize", LF, "SURV"),
        "write --outcome SURV (the outcome is a flag, not a second argument after the data file)", origin="engine user"),
    Bad("model-as-printed", "cases --model M2 (the model as print shows it; was: 'must be a positive whole number')",
        LF, "cli", cli("cases", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--model", "M2"),
        "write --model 2 (models are numbered from 1: M2 is 2)", origin="engine user"),
    # ---- a user of R's QCA and SetMethods porting their analyses (round 30)
    Bad("condition-name-with-comma-in-list-flag", "--conditions 'GDP, high,URB' naming a column 'GDP, high' (was: "
        "\"unknown condition(s): GDP, high; did you mean 'GDP, high'?\"; cases --nec-cond 'GDP, high': run it once "
        "for 'GDP' and once for 'high')", f("comma_in_condition_name.csv"), "cli",
        cli("truth-table", f("comma_in_condition_name.csv"), "--outcome", "SURV", "--conditions", "GDP, high,URB"),
        "column 'GDP, high' contains ',', which separates the names here; a set name cannot contain ','",
        origin="r migrant"),
    Bad("r-details-flag", "minimize --details (R's details = TRUE; was: 'unrecognized arguments: --details')", LF, "cli",
        cli("minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--include", "?", "--details"),
        "minimize takes no --details: leave it out: the fit of every term and model (R's details = TRUE) is always "
        "computed and printed", origin="r migrant"),
    Bad("r-method-argument", "minimize(tt, include='?', method='CCubes') (R's algorithm; was: the arguments listed, "
        "no word on it)", LF, "api",
        lambda: _qca()[0].minimize(_qca()[0].truth_table(lf(), "SURV", CONDS, incl_cut=0.8), include="?",
                                   method="CCubes"),
        "leave it out: one exact algorithm here, which lists every minimal model", origin="r migrant"),
    Bad("r-inf-test-argument", "truth-table --inf-test binom (R's binomial test of the rows; was: 'unrecognized "
        "arguments')", LF, "cli", cli("truth-table", LF, "--outcome", "SURV", "--inf-test", "binom"),
        "--inf-test is R QCA's truthTable(..., inf.test = ...)", origin="r migrant"),
    Bad("pof-in-r-order", "pof('DEV*URB + ~LIT', 'SURV', data=lf), R's pof(setms, outcome, data) (was: TypeError "
        "'got multiple values for argument data')", LF, "api",
        lambda: _qca()[0].pof("DEV*URB + ~LIT", "SURV", data=lf()),
        "write pof('DEV*URB + ~LIT', data, 'SURV')", origin="r migrant"),
    Bad("find-rows-in-r-order", "find_rows('~DEV*IND', tt), R's findRows(expression, obj) (was: 'find_rows needs a "
        "TruthTable, got str')", LF, "api",
        lambda: _qca()[0].find_rows("~DEV*IND", _qca()[0].truth_table(lf(), "SURV", CONDS, incl_cut=0.8)),
        "write find_rows(tt, 'untenable', expression='~DEV*IND')", origin="r migrant"),
    Bad("setmethods-sol-as-model", "smmr(sol, 'typical', sol=2), SetMethods' sol (the model's number; was: \"did you "
        "mean 'solution'?\")", LF, "api",
        lambda: _qca()[0].smmr(_qca()[0].minimize(_qca()[0].truth_table(lf(), "SURV", CONDS, incl_cut=0.8),
                                                  include="?", dir_exp="1,1,1,1,1"), "typical", sol=2),
        "write model=2 (SetMethods' sol: the number of the model, 1 for M1)", origin="r migrant"),
    Bad("setmethods-pimdata-sol-as-model", "theory_evaluation('DEV[2]*STB[1]', sol, model='C1P2I1'), SetMethods' sol "
        "naming an intermediate model in pimdata's format (was: 'model must be 1..2' alone)", LM, "api",
        lambda: _qca()[0].theory_evaluation("DEV[2]*STB[1]", mz(tt(lm(), "SURV"), include="?",
                                                                dir_exp="DEV=2,URB=1,LIT=1,IND=1,STB=1"),
                                            model="C1P2I1"),
        "model must be 1..2, got 'C1P2I1'; write 2 (the distinct models are numbered from 1 across the pairs, as "
        "printed: C1P2 M1 is 2) (SetMethods' sol = 'C1P2I1', pimdata's format, names C1P2 M1)", origin="r migrant"),
    Bad("setmethods-pimdata-sol-as-model-flag", "cases --dir-exp 1,1,1,1,1 --model C1P1I1, SetMethods' sol for an "
        "intermediate model (was: 'must be a positive whole number' alone)", LF, "cli",
        cli("cases", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--dir-exp", "1,1,1,1,1", "--model", "C1P1I1"),
        "give --model the model's number: an intermediate solution's distinct models are numbered from 1 across its "
        "pairs, in the printed order (C1P1 M1 is 1) (SetMethods' sol = 'C1P1I1', pimdata's format, names C1P1 M1)",
        origin="r migrant"),
    Bad("setmethods-cluster-unit-id", "cluster_diagnostics(panel, expr, 'SURV', unit_id='CASE', cluster='WAVE'), "
        "SetMethods' unit_id (was: \"did you mean 'unit'?\", without the value)", LF, "api",
        lambda: _qca()[0].cluster_diagnostics(pd.read_csv(ROOT / "data/reference/r-setmethods/LF_panel.csv",
                                                          index_col=0), "DEV*~IND + URB*STB", "SURV", unit_id="CASE",
                                              cluster="WAVE"),
        "write unit='CASE' (SetMethods' unit_id)", origin="r migrant"),
    Bad("calibrate-frame-anchors-off-scale", "calibrate_frame(raw, {'DEV': {'thresholds': 'e=0.35, c=0.55, i=0.85'}}) "
        "(anchors in thousands of dollars on dollars; was silent in Python, the CLI warned)",
        "data/reference/datasets/LR.csv", "api",
        lambda: _qca()[0].calibrate_frame(pd.read_csv(ROOT / "data/reference/datasets/LR.csv"),
                                          {"DEV": {"thresholds": "e=0.35, c=0.55, i=0.85"}}),
        "set 'DEV': every case is above 0.5 (raw 'DEV' from 320 to 1098, thresholds 'e=0.35, c=0.55, i=0.85'): "
        "the set does not vary in kind", kind="warning", origin="fuzzy-set user"),
    Bad("calibrate-frame-two-absent-raw-columns", "calibrate_frame(raw, {'DEVV': ..., 'URB': {'source': 'URBB', ...}}) "
        "(two misspelt raw columns; was: 'DEVV' alone, URBB found on the next run, while the CLI named both)",
        "data/reference/datasets/LR.csv", "api",
        lambda: _qca()[0].calibrate_frame(pd.read_csv(ROOT / "data/reference/datasets/LR.csv"), {
            "DEVV": {"thresholds": "e=350, c=550, i=850"}, "URB": {"source": "URBB", "thresholds": "e=10, c=50, i=80"}}),
        "spec['DEVV'], spec['URB']: raw columns 'DEVV', 'URBB' not in the data; 'DEVV': did you mean 'DEV'?; 'URBB': "
        "did you mean 'URB'?", origin="user data"),
    Bad("calibrate-frame-source-list", "calibrate_frame(raw, {'URB': {'source': ['URB'], ...}}) (the raw column in a "
        "list; was Python's TypeError: unhashable type: 'list')", "data/reference/datasets/LR.csv", "api",
        lambda: _qca()[0].calibrate_frame(pd.read_csv(ROOT / "data/reference/datasets/LR.csv"), {
            "URB": {"source": ["URB"], "thresholds": "e=10, c=50, i=80"}}),
        "spec['URB']: source must name one raw column (text, e.g. 'URB'), got ['URB'] (list)", origin="user data"),
    Bad("calibrate-frame-case-names-left-out", "df, case = read_data(path); calibrate_frame(df, spec, keep=case) of a "
        "survey whose case names are in a column '编号' (read_data finds no case column, case None; was: '编号' "
        "dropped without a word, the cases numbered 1, 2, ... in every later result, where the CLI refuses)", "", "api",
        lambda: _qca()[0].calibrate_frame(
            pd.DataFrame({"编号": ["社区01", "社区02", "社区03"], "收入": ["3000", "9000", "12000"]},
                         index=pd.RangeIndex(1, 4)), {"收入": {"thresholds": "e=3000, c=7000, i=12000"}}, keep=None),
        "column '编号' (a different text in every row, as case names are) is neither calibrated nor kept: the result "
        "numbers the cases as the frame's index does (1, 2, ...) and leaves '编号' out; if it names the cases, "
        "keep='编号'", kind="warning", origin="own data"),
    Bad("calibrate-frame-empty-row", "calibrate_frame(pd.read_csv(path), spec) of a survey with a row of empty cells "
        "(',' between the data; pandas keeps it as a row of NaN; was: 'x has 1 missing value(s) (NaN) at case nan', "
        "where truth_table says the row is empty)", "", "api",
        lambda: _qca()[0].calibrate_frame(
            pd.DataFrame({"编号": ["社区01", np.nan, "社区02"], "收入": [3000, np.nan, 9000]}),
            {"收入": {"thresholds": "e=3000, c=7000, i=12000"}}, keep="编号"),
        "row 2 of the data is empty (no value in any column; e.g. Excel's trailing ',,,' rows): drop it first "
        "(df.dropna(how='all'))", origin="own data"),
    Bad("calibrate-frame-number-with-unit", "calibrate_frame(df, spec) of a survey's raw ages typed with their unit, "
        "'45岁', '30岁', '61岁' (was: 'text labels (e.g. SPSS value labels)', in the CLI 'every value is text and "
        "unique, like case names')", "",
        "api", lambda: _qca()[0].calibrate_frame(
            pd.DataFrame({"编号": ["社区01", "社区02", "社区03"], "年龄": ["45岁", "30岁", "61岁"]}),
            {"年龄": {"thresholds": "e=30, c=45.5, i=60"}}, keep="编号"),
        "a number with its unit (e.g. '45岁', which reads 45): write the number alone", origin="own data"),
    Bad("notebook-named-by-its-file", "make notebooks/03_qca.ipynb (the notebook's path, as the shell completes it, "
        "for make 03_qca)", "notebooks/03_qca.ipynb", "make",
        "tests/test_pipeline_faults.py::test_a_notebook_named_by_its_file_is_told_its_name",
        "error: make notebooks/03_qca.ipynb names a notebook's file, which make does not run; write its name: make "
        "03_qca.", origin="readme audit"),
    Bad("smmr-setmethods-case-number", "smmr(sol, cases=1), SetMethods' number of the case type (was: \"cases must be "
        "'typical', ..., got 1\" alone)", LF, "api",
        lambda: _qca()[0].smmr(mz(tt_lf(), include="?"), cases=1),
        "SetMethods' smmr(cases = 1) (typical cases) is smmr(sol, 'typical') here", origin="r migrant"),
    Bad("smmr-outcome-as-cases", "smmr(sol, 'SURV'), the outcome second as SetMethods' smmr(results, outcome, ...) "
        "takes it (was: \"got 'SURV'\" alone)", LF, "api",
        lambda: _qca()[0].smmr(mz(tt_lf(), include="?"), "SURV"),
        "'SURV' is the outcome, which is not an argument here", origin="r migrant"),
    Bad("theory-outcome-as-model", "theory_evaluation('DEV*STB', sol, 'SURV'), SetMethods' theory.evaluation(theory, "
        "empirics, outcome) (was: \"model must be 1..1, got 'SURV'\" alone)", LF, "api",
        lambda: _qca()[0].theory_evaluation("DEV*STB", mz(tt_lf(), include="?"), "SURV"),
        "so leave it out; model is the number of the model, 1 for M1", origin="r migrant"),
    Bad("incl-cut-r-vector-text", "truth_table(lf, 'SURV', incl_cut='c(0.8, 0.6)'), R's vector copied as text (was: "
        "'incl_cut must be numbers in [0, 1]' alone)", LF, "api",
        lambda: tt(lf(), "SURV", CONDS, incl_cut="c(0.8, 0.6)"),
        "write incl_cut=(0.8, 0.6), a pair of numbers (ic1, ic0)", origin="r migrant"),
    Bad("calibrate-series-anchors-off-scale", "calibrate(pd.Series([0.1, 0.3, 0.8]), thresholds='e=10, c=30, "
        "i=50') (percent anchors on shares; was silent: about 0.01 for every case, where calibrate_frame warned)", "",
        "api",
        lambda: _qca()[0].calibrate(pd.Series([0.1, 0.3, 0.8]), thresholds="e=10, c=30, i=50"),
        "the calibrated set: every case is below 0.5 (raw values from 0.1 to 0.8, thresholds 'e=10, c=30, i=50'): "
        "the set does not vary in kind", kind="warning", origin="r migrant"),
    Bad("necessity-cases-setmethods-number", "necessity_cases(lf, 'SURV', 'STB', cases=1), SetMethods' smmr(necessity = "
        "TRUE, cases = 1) (was: \"cases must be 'typical', ..., got 1\" alone)", LF, "api",
        lambda: _qca()[0].necessity_cases(lf(), "SURV", "STB", cases=1),
        "(typical cases) is necessity_cases(data, outcome, nec_cond, 'typical') here", origin="r migrant"),
    Bad("sort-by-r-vector-text", "truth_table(lf, 'SURV', sort_by='c(\"OUT\", \"incl\")'), R's sort.by copied as text "
        "(was: \"'c(\\\"OUT\\\"' is not a column of the truth table\")", LF, "api",
        lambda: tt(lf(), "SURV", CONDS, sort_by='c("OUT", "incl")'),
        "R's vector c(...) copied as text; write 'OUT, incl'", origin="r migrant"),
    Bad("calibrate-thresholds-r-vector-text", "calibrate(x, thresholds='c(e = 350, c = 550, i = 850)'), R's vector "
        "copied as text (was: \"threshold '850)' is not a number\")", "", "api",
        lambda: _qca()[0].calibrate([300.0, 500.0, 900.0], thresholds="c(e = 350, c = 550, i = 850)"),
        "R's vector c(...) copied as text; write 'e=350, c=550, i=850'", origin="r migrant"),
    Bad("data-file-in-another-case", "minimize data/reference/datasets/lf.csv beside LF.csv (file names are "
        "case-sensitive; was: 'file not found' alone)", "", "cli",
        cli("minimize", "data/reference/datasets/lf.csv", "--outcome", "SURV"),
        "error: data/reference/datasets/lf.csv: file not found; did you mean 'data/reference/datasets/LF.csv'? (file "
        "names are case-sensitive)", origin="readme"),
    Bad("smmr-pairs-setmethods-number", "smmr_pairs(sol, 4), SetMethods' smmr(match = TRUE, cases = 4) (was: 'pairs "
        "must be one of ..., got 4')", LF, "api",
        lambda: _qca()[0].smmr_pairs(_qca()[0].minimize(_qca()[0].truth_table(lf(), "SURV", CONDS, incl_cut=0.8),
                                                        include="?", dir_exp="1,1,1,1,1"), 4),
        "SetMethods' smmr(match = TRUE, cases = 4) is smmr_pairs(sol, 'deviant coverage-irrelevant', by='truth table "
        "row') here", origin="r migrant"),
    Bad("calibrate-every-case-at-crossover", "calibrate([2, 2, 2], thresholds='e=1, c=2, i=3'): every case at the "
        "crossover (was: 0.5 for every case without a word)", "", "api",
        lambda: _qca()[0].calibrate([2.0, 2.0, 2.0], thresholds="e=1, c=2, i=3"),
        "every case is at 0.5, the crossover (in neither the set nor its negation)", kind="warning",
        origin="fuzzy-set user"),
    Bad("multiindex-columns", "truth_table(df, ('sets', 'SURV')) on a frame whose columns are a MultiIndex (a pivot, "
        "header=[0, 1]; was: 'outcome must be a column name', the columns listed as tuples)", LC, "api",
        lambda: tt(lc().set_axis(pd.MultiIndex.from_product([["sets"], lc().columns]), axis=1), ("sets", "SURV")),
        "the data's columns are a MultiIndex of 2 levels (the first ('sets', 'DEV')): QCA names each set by one name; "
        "drop the level that holds one value for every column: df.droplevel(0, axis=1)", origin="pandas user"),
    Bad("concat-repeated-index", "truth_table(pd.concat([a, b]), ...) of two frames read without index_col (the "
        "index 0, 1, 2, ... twice; was: 'duplicate case name(s): 0, 1, ...' without saying why)", LC, "api",
        lambda: tt(pd.concat([lc().reset_index(drop=True)] * 2), "SURV", CONDS),
        "the cases are named by the frame's index, which repeats these labels (pd.concat keeps each frame's index: "
        "pd.concat(..., ignore_index=True) numbers the rows anew", origin="pandas user"),
    Bad("float32-memberships", "truth_table(df.astype('float32'), ...): a row at consistency 0.48 / 0.6 = 0.8 and "
        "incl_cut=0.8 (was: coded 0, its float32 consistency 0.79999995)", "", "api",
        lambda: tt(pd.DataFrame({"X": [0.6, 0.0], "Y": [0.48, 0.9]}).astype("float32"), "Y", "X", incl_cut=0.8),
        "", "handled", origin="pandas user"),
    Bad("boolean-column-with-na", "truth_table(df, ...) with a pandas 'boolean' column holding pd.NA (was: pandas' "
        "'ValueError: cannot convert NA to integer')", LC, "api",
        lambda: tt(lc().astype("boolean").mask(lambda d: (d.index == "CZ")[:, None] & (d.columns == "URB")), "SURV",
                   CONDS), "missing values in column(s) 'URB' (case(s) 'CZ')", origin="pandas user"),
    Bad("nameless-column", "truth_table(df, '~SURV') where a column has no name (None or NaN; was: a condition "
        "named 'nan' or 'None' in every solution)", LC, "api",
        lambda: tt(lc().set_axis(["DEV", None, "LIT", "IND", "STB", "SURV"], axis=1), "~SURV"),
        "column 2 of the data has no name (nan), so no set name, and the conditions are taken from every column: "
        "name it (df.columns = [...]) or list the conditions: conditions='DEV, LIT, IND, STB'", origin="pandas user"),
    Bad("column-names-one-text", "truth_table(df, 'SURV') where columns 1 and '1' are both named (was: numpy's "
        "'ValueError: setting an array element with a sequence')", LC, "api",
        lambda: tt(lc().set_axis(["DEV", 1, "1", "IND", "STB", "SURV"], axis=1), "SURV"),
        "columns 1 and '1' are both the set name '1'", origin="pandas user"),
    Bad("case-column-series", "truth_table(df, 'SURV', case_column=df['case']), the names themselves (was: pandas' "
        "'ValueError: The truth value of a Series is ambiguous')", LF, "api",
        lambda: tt(lf().reset_index(), "SURV", CONDS, case_column=lf().reset_index()["case"]),
        "case_column must be the name of the data's column of case names, got a pandas Series 'case' (18 values): "
        "give the column's name, case_column='case'", origin="pandas user"),
    Bad("conditions-series", "truth_table(df, 'SURV', df['DEV']), a column's values as the conditions (was: "
        "'conditions name 0.01, 0.58, 0.98 twice')", LF, "api", lambda: tt(lf(), "SURV", lf()["DEV"]),
        "conditions must be column names (a list or a comma-separated string), got a pandas Series 'DEV' (18 values) "
        "whose values are no column names: give the column's name, conditions=['DEV']", origin="pandas user"),
    Bad("set-as-index", "truth_table(pd.read_csv(path, index_col=0), 'SURV') of a file whose first column is the set "
        "DEV (was: 'duplicate case name(s): 1, 0' with advice about pd.concat)", LC, "api",
        lambda: tt(lc().reset_index(drop=True).set_index("DEV"), "SURV"),
        "'DEV' is the data's index (set by index_col='DEV' or index_col=0, or set_index), so its memberships name the "
        "cases: make it a column again, df.reset_index()", origin="pandas user"),
    Bad("sweep-grid-point-not-a-number", "a sensitivity sweep over a grid with one point mistyped ('0.8x' among "
        "the consistency cut-offs; was float()'s bare ValueError)", LF, "api",
        lambda: _robustness().sensitivity_incl_cut(lf(), "SURV", CONDS, cuts=[0.7, "0.8x", 0.9], incl_cut=0.8),
        "cuts[1] is '0.8x', not a number: each consistency cut-off is one number in [0, 1]", origin="scale"),
    Bad("pof-series-expression", "pof(df['DEV'], df, 'SURV'), a set's memberships as R's pof(setms = data$DEV) takes "
        "them (was: 'expression must be a non-empty string ..., got a Series' alone)", LF, "api",
        lambda: _qca()[0].pof(lf()["DEV"], lf(), "SURV"),
        "got a Series of memberships (R's pof takes a set's memberships as setms; here an expression names the data's "
        "sets): give its name, pof('DEV', data, ...)", origin="pandas user"),
    Bad("term-membership-of-raw-values", "term_membership(df, '~GDP*URB') of a column of raw values (GDP per head) "
        "not calibrated yet (was: read as memberships without a word, '~GDP' of 1520.5 giving -1519.5)", LF, "api",
        lambda: _qca()[0].term_membership(lf().assign(GDP=[1520.5, 980.0, 0.4] + [0.5] * 15), "~GDP*URB"),
        "condition 'GDP' has membership(s) outside [0, 1] for case(s) 'AU': 1520.5, 'BE': 980.0; fuzzy memberships "
        "must lie in [0, 1] (calibrate raw data first)",
        origin="pandas user"),
    Bad("measure-of-numbers-as-text", "consistency(df['DEV'], df['SURV']) of columns holding numbers as text "
        "(df.astype(str), a column pandas read as text; was: \"got the non-numeric value '0.81'\", of a number)", LF,
        "api", lambda: _qca()[0].consistency(lf()["DEV"].astype(str), lf()["SURV"]),
        "x must be memberships in [0, 1] (numbers), got text such as '0.81': a number written as text; convert the "
        "column first, pd.to_numeric(x)", origin="pandas user"),
    Bad("columns-named-by-tuples", "truth_table(df, ('sets', 'SURV')) of a frame whose columns are named by tuples, a "
        "MultiIndex flattened (df.columns.to_flat_index(); was: \"one outcome per call, e.g. outcome='sets'\")", LC,
        "api", lambda: tt(lc().set_axis(pd.Index([("sets", c) for c in lc().columns], tupleize_cols=False), axis=1),
                          ("sets", "SURV")),
        "the data's columns are named by tuples of 2 parts (the first ('sets', 'DEV'); a MultiIndex flattened): QCA "
        "names each set by one name; keep the part that varies: df.columns = [c[1] for c in df.columns] (then the "
        "first column is 'DEV')", origin="pandas user"),
    Bad("outcome-one-column-frame", "necessity(df, df[['SURV']]), the outcome selected as a one-column frame (was: the "
        "frame's printout, over 20 lines, as the message)", LF, "api", lambda: _qca()[0].necessity(lf(), lf()[["SURV"]]),
        "outcome must be a column name (optionally '~NAME' or 'NAME{v}'), got a pandas DataFrame of the one column "
        "'SURV' (18 rows): give the column's name, outcome='SURV'; the data frame holds its values",
        origin="pandas user"),
    Bad("cell-holding-a-list", "truth_table(df, 'SURV') of a frame with a cell holding a list (df.at['AU', 'DEV'] = "
        "[0.81]; was: numpy's 'ValueError: setting an array element with a sequence')", LF, "api",
        lambda: tt(_with_cell(lf().astype(object), "AU", "DEV", [0.81]), "SURV"),
        "non-numeric values in column(s) 'DEV' (case(s) 'AU': [0.81])", origin="pandas user"),
    Bad("good-practice-necessity-table-in-percent", "good_practice(sol, necessity=table) of a necessity table with "
        "inclN in percent (92.0 for 0.92; was: every literal read as consistent with necessity without a word)", LF,
        "api", lambda: _good_practice_of_percent_table(),
        "necessity table: column 'inclN' must hold numbers in [0, 1], got '~DEV': 28.52112676056338",
        origin="pandas user"),
    Bad("good-practice-power-as-text", "good_practice(sol, robustness=table) of a robustness table whose has_power "
        "column holds the text 'True' / 'False' (was: 'False' read as True, a test with power, without a word)", LF,
        "api", lambda: _good_practice_of_power_as_text(),
        "robustness: column 'has_power' must hold True or False (or 1 / 0) in every row, got row 1 (sweep "
        "'incl_cut'): 'True', row 2 (sweep 'calibration'): 'False'; a text such as 'False' is no boolean",
        origin="pandas user"),
    Bad("good-practice-changes-missing", "good_practice(sol, robustness=table) of a robustness table whose "
        "truth_table_changed has a missing cell (was: read as 0, a test without power, without a word)", LF, "api",
        lambda: _good_practice_of_power_as_text(truth_table_changed=[2, np.nan]),
        "robustness: column 'truth_table_changed' must hold a count (0, 1, 2, ...: the settings that change the truth "
        "table) in every row, got row 2 (sweep 'calibration'): nan", origin="pandas user"),
    Bad("xlsx-read", "the data as an Excel workbook (.xlsx), written by openpyxl (was: 'this is a zip archive ..., "
        "not a CSV text file')", "", "api", lc_book(), "", "handled", "formats"),
    Bad("xlsx-sheet-missing", "read_data(path, sheet='Cases') of a workbook without that sheet (CLI: --sheet)", "",
        "api", lc_book(sheet="Cases"), "no sheet 'Cases' in this workbook (sheet=) (its sheets: 1 'Data', 2 'Notes'); give a "
        "sheet's name or its place, from 1", origin="formats"),
    Bad("xlsx-sheet-zero", "sheet=0, counted from 0 as pandas' sheet_name counts", "", "api", lc_book(sheet=0),
        "sheets are counted from 1, as the tabs show them (pandas' sheet_name=0 is sheet 1)", origin="formats"),
    Bad("sheet-for-csv", "--sheet given for a CSV file", LC, "cli",
        cli("truth-table", LC, "--outcome", "SURV", "--sheet", "Data"),
        "--sheet Data: data/reference/datasets/LC.csv is not a workbook (.xlsx, .xlsm, .xls, .ods); a sheet is chosen only in "
        "a workbook (.xlsx, .xlsm, .xls, .ods): leave --sheet out", origin="formats"),
    Bad("xlsx-formula-without-value", "a workbook whose formulas were saved without their values (written by "
        "openpyxl or pandas, never opened in Excel)", "", "api", lc_book(_set("C3", "=B3*D3")),
        "sheet 'Data', cell C3 holds a formula (=B3*D3) saved without its value: the workbook was written by a program "
        "that does not compute formulas (openpyxl, pandas); open it in Excel or LibreOffice and save it",
        origin="formats"),
    Bad("xlsx-merged-cells", "two rows' memberships merged into one cell", "", "api", lc_book(_merge),
        "sheet 'Data', cells G2:G3 are merged: only the first holds the value, the others would be read empty; "
        "unmerge them", origin="formats"),
    Bad("xlsx-merged-group-label", "a label merged over the conditions above the header (was told to unmerge it "
        "and write the value in every cell: five columns named alike)", "", "api", lc_book(_group_label),
        "sheet 'Data', cells B1:F1 are merged in row 1, above the header: a label over a group of columns? The first "
        "row holding values must be the header (column names): delete row 1", origin="formats"),
    Bad("xlsx-date-among-numbers", "'1/2' typed in a set, made a date by Excel", "", "api",
        lc_book(_set("C4", __import__("datetime").datetime(2026, 1, 2))),
        "sheet 'Data', cell C4 (column C, 'URB') holds a date or time, 2026-01-02, where the column's other cells are "
        "numbers: Excel turns a value typed as 1/2 or 1-2 into a date", origin="formats"),
    Bad("xlsx-percent-among-numbers", "'85%' typed in a column of raw shares typed as numbers (74, 65, ...; Excel "
        "keeps 0.85; was: read as 0.85 among 74, 65 without a word, calibrated near 0)", "", "api",
        lc_book(_percent_among_numbers),
        "sheet 'Data', cell C4 (column C, 'URB') is formatted as a percentage (it shows 85%, Excel keeps 0.85) where "
        "the column's other numbers are on another scale (e.g. C2 52): write every cell of the column on one scale",
        origin="own data"),
    Bad("xlsx-excel-error", "Excel's #DIV/0! in a set (a formula dividing by zero)", "", "api",
        lc_book(_set("C3", "#DIV/0!"), analyse=True),
        "missing values in column(s) 'URB' (case(s) 'BE', cell(s) C3 of sheet 'Data', marked '#DIV/0!')",
        origin="formats"),
    Bad("xlsx-mistyped-cell", "a mistyped membership in a workbook: the message names the cell", "", "api",
        lc_book(_set("D5", "1x"), analyse=True),
        "non-numeric values in column(s) 'LIT' (case(s) 'EE': '1x', cell(s) D5 of sheet 'Data')",
        origin="formats"),
    Bad("xlsx-decimal-comma", "a cell holding the text '0,8' in a workbook (was: told to save the CSV with '.' as "
        "decimal separator)", "", "api", lc_book(_set("C3", "0,8"), analyse=True),
        "non-numeric values in column(s) 'URB' (case(s) 'BE': '0,8', cell(s) C3 of sheet 'Data'); 'URB': a "
        "decimal comma in cells holding text, not numbers ('0,8': Excel keeps it as text where its decimal separator "
        "is '.', or in a cell formatted as Text): in Excel, select the column and replace ',' with '.' (Ctrl+H)",
        origin="formats"),
    Bad("xlsx-na-case-name", "Excel's #N/A (a lookup formula that failed) in the case column (was: a case named "
        "'#N/A')", "", "api", lc_book(_set("A3", "#N/A")),
        "sheet 'Data', cell A3 (case column 'case') holds Excel's error #N/A, not a case name: correct the formula, or "
        "write the case's name", origin="formats"),
    Bad("xlsx-hidden-column", "a helper column hidden in Excel (was: read without a word, a condition the user "
        "does not see)", "", "api", lc_book(_hide_column),
        "sheet 'Data': column H ('GDP') is hidden in Excel: read as the others (a condition when the conditions "
        "are not listed)", "warning", "formats"),
    Bad("xlsx-far-value", "a blank typed by mistake in the sheet's last cell, XFD1048576 (was: the process aborted, "
        "python-calamine allocating 17 billion cells)", "", "api", lc_book(_set("XFD1048576", " ")),
        "sheet 'Data', cell XFD1048576 holds a value (' ') so far from the others that the sheet's range would be "
        "17,179,869,184 cells (a key pressed by mistake?): delete it", origin="formats"),
    Bad("xlsx-formulas-zero", "a workbook written by XlsxWriter or R's writexl, whose formulas are saved with the value 0, "
        "never computed (was: read as 0 without a word)", "", "api", lc_book_formulas_zero,
        "sheet 'Data': every formula's saved value is 0 (18 cells, e.g. G2 =IF(B2>0.5,1,0)), as XlsxWriter and R's "
        "writexl save the formulas they do not compute", "warning", "formats"),
    Bad("xlsx-same-columns", "a workbook of two waves on sheets 'Data' and '2000' with the same columns, read without "
        "--sheet (was: the first read without a word)", "", "api", lc_book(_second_wave),
        "read sheet 'Data', the first; sheet(s) '2000' hold a table with the same columns: name the sheet to read with "
        "--sheet (in Python, read_data's sheet argument)", "warning", "formats"),
    Bad("stata13-gbk-case-names", "a Stata 13 file (format 117) saved on Chinese Windows, its case names in the code "
        "page GBK (was: read as Latin-1, '°Ä´óÀûÑÇ' for '澳大利亚', without a word)", "", "api", lc_stata13_chinese_names,
        "the text of variable(s) 'name' read as Chinese (GBK, the code page of Chinese Windows)", "warning",
        "formats"),
    Bad("xlsx-booleans", "a crisp outcome computed in Excel as TRUE/FALSE (=B2>=0.5; was refused as 'a yes/no "
        "label')", "", "api", lc_book(_booleans, analyse=True), "", "handled", "formats"),
    Bad("xlsx-title-row", "a title in A1 above the header", "", "api",
        lc_book(lambda ws: ws.insert_rows(1, 2) or ws.__setitem__("A1", "Table 1")),
        "sheet 'Data', row 1 holds one cell ('Table 1') and the rows below it more: a title above the header?",
        origin="formats"),
    Bad("xlsx-note-below-table", "a source line in column A two rows below the table (was: a case with every value "
        "missing)", "", "api",
        lc_book(lambda ws: ws.cell(row=ws.max_row + 2, column=1, value="Source: R package QCA 3.25")),
        "sheet 'Data', row 21, below the table, holds only 'Source: R package QCA 3.25' in the first column: a note or "
        "source line, not a case", origin="formats"),
    Bad("paperA-xlsx-cell", "Paper A's matrix kept as an Excel workbook (data/raw/paperA_cases.xlsx), one indicator "
        "mistyped (was: 'this is a zip archive ..., not a CSV text file')", "", "raw", paper_a_book({"C4": 7}),
        "row 3 (cell C4), column 'SYS1': '7' is not allowed; expected one of 0, 1", origin="formats"),
    Bad("spss-user-missing", "an SPSS file whose code 99 is declared missing (Variable View > Missing): read as "
        "missing, not as the membership 99 (was: 'this is an SPSS .sav file, not a CSV text file')", "", "api",
        lc_spss, "missing values in column(s) 'URB' (case(s) 'CZ'): QCA cannot place a case with a missing "
        "membership", origin="formats"),
    Bad("stata-date-variable", "a Stata date variable (%td) among the columns analysed (was: 'every value is text and "
        "unique, like case names: pass --case-column surveyed')", "", "api", lc_stata_dates,
        "'surveyed': a date or time variable of the Stata file (format %td): dates (e.g. '2020-01-01'), not numbers: a "
        "date is no membership; leave the column out of the conditions", origin="formats"),
    Bad("stata-decimal-comma", "a Stata string variable written with decimal commas ('0,12'; was: told to save the CSV "
        "with '.' as decimal separator)", "", "api", lf_stata_decimal_comma,
        "'URB': a decimal comma in a string variable ('0,12'): in Stata, destring URB, replace dpcomma, and save the "
        "file", origin="formats"),
    Bad("excel-lock-file", "Excel's lock file ~$lc.xlsx, beside the open workbook lc.xlsx, given as the data (a shell's "
        "completion offers it first; was: 'line 1 holds a NUL byte ... the file is damaged')", "", "api",
        excel_lock_file, "this is Excel's lock file, which Excel writes beside a workbook while it is open (and leaves "
        "behind if it stops), not the data: give the workbook, ", origin="formats"),
    Bad("ods-damaged", "a damaged OpenDocument sheet (.ods: its mimetype, no manifest nor content.xml)", "", "api",
        ods_file, "cannot read this OpenDocument sheet (.ods) (CalamineError: 'META-INF/manifest.xml' file not found "
        "in archive); open it in LibreOffice or Excel and save it as an Excel workbook (.xlsx)", origin="formats"),
    Bad("xls-damaged", "a damaged old Excel workbook (.xls: the OLE2 signature, then zeros)", "", "api", xls_file,
        "cannot read this old Excel workbook (.xls) (CalamineError: Cfb error: Invalid sector shift, expecting 0x09 or "
        "0x0C found 0); open it in LibreOffice or Excel and save it as an Excel workbook (.xlsx)", origin="formats"),
    Bad("stata-missing-label", "a Stata file whose code 9 is labelled \"don't know\" (read as the number 9)", "",
        "api", lc_stata({"LIT": {0: "no", 1: "yes", 9: "don't know"}}),
        "variable 'LIT': code 9 is labelled \"don't know\", like a missing value, and is read as the number 9; if it is "
        "a missing value, make it one in Stata (mvdecode LIT, mv(9))", "warning", "formats"),
    Bad("esa-extra-positional", "esa(tt, 'LIT', 'x', 'y', 'z'): one argument too many (was: Python's TypeError "
        "'takes from 1 to 4 positional arguments but 5 were given')", LF, "api",
        lambda: _qca()[0].esa(tt_lf(), "LIT", "x", "y", "z"),
        "esa() got 5 positional arguments and takes at most 4 (in order: tt, nec_cond, untenable, contradictory_rows); "
        "the others by keyword only: nec_cond_observed=...", origin="newcomer"),
    Bad("budget-broken-fraction", "minimize(tt, max_models=Fraction(7, 2)) (Fraction(3), as n_cut takes it, is 3)",
        LF, "api", lambda: mz(tt_lf(), "?", max_models=__import__("fractions").Fraction(7, 2)),
        "max_models must be a positive whole number, got Fraction(7, 2) (7/2 is not a whole number)", origin="newcomer"),
    Bad("pof-expression-positional-cli", "pof DATA 'DEV*URB -> SURV' (R's pof(setms, ...) order; was told 'write "
        "--outcome DEV*URB -> SURV')", LF, "cli", cli("pof", LF, "DEV*URB -> SURV"),
        "error: the following arguments are required: --outcome, --expression; write --expression 'DEV*URB' "
        "--outcome SURV (pof takes the expression and the outcome as flags", origin="newcomer"),
    Bad("outcome-flag-missing-cli", "truth-table DATA --incl-cut 0.8 without --outcome (was argparse's bare 'the "
        "following arguments are required: --outcome')", LF, "cli", cli("truth-table", LF, "--incl-cut", "0.8"),
        "error: the following arguments are required: --outcome; give the outcome's column, --outcome NAME (the "
        "data's columns: 'DEV', 'URB', 'LIT', 'IND', 'STB', 'SURV')", origin="newcomer"),
    Bad("incl-cut-percent-sign-cli", "truth-table --incl-cut 80% (a cut-off as a report writes it)", LF, "cli",
        cli("truth-table", LF, "--outcome", "SURV", "--incl-cut", "80%"),
        "error: --incl-cut must be a number or two numbers 'ic1,ic0', got '80%'; a percentage? write 0.8",
        origin="newcomer"),
    Bad("calibrate-raw-column-case", "calibrate_frame(df, {'dev': ...}): the raw column in lowercase (was: only "
        "\"raw column 'dev' not in the data\")", "data/reference/datasets/LR.csv", "api",
        lambda: _qca()[0].calibrate_frame(pd.read_csv(ROOT / "data/reference/datasets/LR.csv", index_col="case"),
                                          {"dev": {"thresholds": "e=350, c=550, i=850"}}),
        "spec['dev']: raw column 'dev' not in the data; did you mean 'DEV'? (names are case-sensitive)",
        origin="newcomer"),
    Bad("cli-value-kept-quotes", "minimize --outcome 'SURV' in Windows' cmd.exe (the single quotes reach the engine)",
        LF, "cli", cli("minimize", LF, "--outcome", "'SURV'", "--incl-cut", "0.8"),
        "; the value 'SURV' kept its quotes (Windows' cmd.exe quotes with double quotes only): write \"SURV\" (double "
        "quotes) or SURV", origin="newcomer"),
    Bad("include-r-vector", "minimize --include 'c(\"?\", \"C\")' (R's vector copied as text)", LF, "cli",
        cli("minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--include", 'c("?", "C")'),
        "error: --include may contain '?' (remainders) and 'C' (contradictions), got 'c(\"?\", \"C\")': R's vector "
        "c(...) copied as text; write '?,C'", origin="newcomer"),
    Bad("solution-model-out-of-range", "sol.models[1] of a one-model solution (M1 read as 1; was: 'list index out of "
        "range')", LF, "api", lambda: mz(tt_lf(), "?").models[1],
        "models[1]: out of range; there is 1 model, M1: models[0] or models['M1']; positions count from 0: M1 is "
        "models[0]", origin="newcomer"),
    Bad("skew-bounds-text", "truth_table(..., skew_bounds='01') (was read character by character as (0, 1))", LF,
        "api", lambda: tt_lf(skew_bounds="01"),
        "skew_bounds must be two shares (low, high) such as (0.2, 0.8) or None, got '01'", origin="newcomer"),
    Bad("conditions-minus", "minimize --conditions -DEV (a condition typed with a minus: negated, or all but DEV?; "
        "was argparse's 'expected one argument')", LF, "cli",
        cli("minimize", LF, "--outcome", "SURV", "--conditions", "-DEV"),
        "error: --conditions '-DEV': '-DEV' is no column; conditions are listed by name, without '-' or '~' (the "
        "analysis considers each condition's presence and its absence): write --conditions DEV; to leave DEV out, "
        "list the others: --conditions URB,LIT,IND,STB", origin="own data"),
    Bad("pof-multi-value-equals", "pof('DEV=2*STB', LM, 'SURV'): a multi-value literal written as directional "
        "expectations write it (was: only \"did you mean 'DEV'?\")", LM, "api",
        lambda: _qca()[0].pof("DEV=2*STB", lm(), "SURV"),
        "expression 'DEV=2*STB': unknown condition 'DEV=2'; a condition's value is written in brackets: DEV[2] "
        "for 'DEV=2' (R QCA's multi-value notation; NAME=VALUE pairs are dir_exp's form)", origin="own data"),
    Bad("pof-multi-value-call", "pof('DEV(2)*STB', LM, 'SURV') (was told to write a sum of products)", LM, "api",
        lambda: _qca()[0].pof("DEV(2)*STB", lm(), "SURV"),
        "expression 'DEV(2)*STB': parentheses are not supported; a condition's value is written in brackets: DEV[2] "
        "for 'DEV(2)'", origin="own data"),
    Bad("dir-exp-mixed-forms", "minimize --dir-exp 'DEV[2],URB=1' (a literal beside NAME=VALUE pairs)", LM, "cli",
        cli("minimize", LM, "--outcome", "SURV", "--incl-cut", "0.8", "--include", "?", "--dir-exp", "DEV[2],URB=1"),
        "error: --dir-exp: cannot read directional expectation 'DEV[2]': write CONDITION=1, =0 or =-; literals "
        "(DEV[2]) and NAME=VALUE pairs are two forms, one at a time: write 'DEV=2,URB=1'", origin="own data"),
    Bad("calibrate-crossover-only", "calibrate(x, thresholds='c=550'): the crossover alone, a crisp cut (was told only "
        "that fuzzy calibration needs 3 or 6 thresholds)", "data/reference/datasets/LR.csv", "api",
        lambda: _qca()[0].calibrate(pd.read_csv(ROOT / "data/reference/datasets/LR.csv")["DEV"], thresholds="c=550"),
        "got 1; e and i are missing; for a crisp set cut at 550 pass type='crisp', thresholds=550 (a crisp set's cut "
        "points are unnamed: e, c, i name a fuzzy set's anchors)", origin="own data"),
    Bad("calibrate-crisp-logistic", "a calibration file's crisp set with logistic: true (was calibrated, logistic "
        "doing nothing)", f("calibrate_crisp_logistic.yaml"), "cli",
        cli("calibrate", "data/reference/datasets/LR.csv", "--spec", f("calibrate_crisp_logistic.yaml")),
        "calibrating 'DEVC' from column 'DEV': logistic applies to fuzzy calibration only; crisp calibration uses the "
        "cut points alone: leave it out", origin="own data"),
    Bad("calibrate-below-logistic", "calibrate(x, thresholds='e=350, c=550, i=850', below=2): below with the logistic "
        "shape, which it does not bend (was: the logistic scores, unchanged)", "data/reference/datasets/LR.csv", "api",
        lambda: _qca()[0].calibrate(pd.read_csv(ROOT / "data/reference/datasets/LR.csv")["DEV"],
                                    thresholds="e=350, c=550, i=850", below=2),
        "below does nothing here: below and above bend the linear shape (logistic=False)", origin="own data"),
    Bad("good-practice-json-csv", "good-practice --json --csv (two output formats)", LF, "cli",
        cli("good-practice", LF, "--outcome", "SURV", "--json", "--csv"),
        "error: --json and --csv both choose the output: give one (default: the report as text)", origin="own data"),
    Bad("good-practice-permutations-zero", "good-practice --permutations 0 (no assignment to score)", LF, "cli",
        cli("good-practice", LF, "--outcome", "SURV", "--permutations", "0"),
        "error: argument --permutations: must be exact or a positive whole number, got '0'", origin="engine user"),
    Bad("good-practice-permutations-exclude", "good-practice --permutations 100 --exclude 1 (rows coded by hand, "
        "which no random outcome repeats)", LF, "cli",
        cli("good-practice", LF, "--outcome", "SURV", "--permutations", "100", "--exclude", "1"),
        "error: --permutations scores each random outcome's truth table as it comes; --exclude codes rows OUT = 0 by "
        "hand, which no random outcome repeats: leave out one of them", origin="engine user"),
    Bad("good-practice-permutations-fuzzy", "good-practice --permutations 100 on fuzzy sets", LF, "cli",
        cli("good-practice", LF, "--outcome", "SURV", "--permutations", "100"),
        "error: --permutations: permutation_benchmark needs crisp sets: 0/1 or multi-value (0, 1, 2, ...) conditions "
        "and a 0/1 outcome (a fuzzy case has membership in every row); not crisp: DEV, URB, LIT, IND, STB, SURV",
        origin="engine user"),
    Bad("good-practice-permutations-exact-too-many", "good-practice --permutations exact with 21 positive outcomes of "
        "45 cases (3.8e12 assignments)", "benchmarks/data/issue10_k09_n045.csv", "cli",
        cli("good-practice", "benchmarks/data/issue10_k09_n045.csv", "--outcome", "Y", "--permutations", "exact"),
        "error: --permutations exact enumerates at most 1,000,000 assignments of the positive outcomes; these cases "
        "have more: give a number of draws, e.g. --permutations 20000", origin="engine user"),
    Bad("good-practice-seed-negative", "good-practice --permutations 100 --seed -1 (numpy takes no negative seed)", LF,
        "cli", cli("good-practice", LF, "--outcome", "SURV", "--permutations", "100", "--seed", "-1"),
        "error: argument --seed: must be a whole number >= 0, got '-1'", origin="engine user"),
    Bad("good-practice-seed-without-permutations", "good-practice --seed 5 without --permutations (nothing drawn)", LF,
        "cli", cli("good-practice", LF, "--outcome", "SURV", "--seed", "5"),
        "error: --seed 5 seeds the permutation benchmark's draws, which only --permutations N computes: give "
        "--permutations N, or leave out --seed", origin="engine user"),
    Bad("good-practice-seed-exact", "good-practice --permutations exact --seed 5 (every assignment enumerated, none "
        "drawn)", LF, "cli", cli("good-practice", LF, "--outcome", "SURV", "--permutations", "exact", "--seed", "5"),
        "error: --seed 5 seeds random draws; --permutations exact enumerates every assignment and draws none: leave "
        "out --seed, or give a number of draws, e.g. --permutations 20000", origin="engine user"),
    Bad("good-practice-skew-percent", "good-practice --skew-bounds 20,80 (percentages)", LF, "cli",
        cli("good-practice", LF, "--outcome", "SURV", "--skew-bounds", "20,80"),
        "error: --skew-bounds must be two shares LOW,HIGH in [0, 1] with LOW below HIGH, such as 0.2,0.8, got "
        "'20,80'; percentages? write 0.2,0.8", origin="own data"),
    Bad("robustness-skew-percent", "robustness --skew-bounds 20,80 (percentages; the command had no --skew-bounds, "
        "its truth tables warned at 0.2,0.8)", "docs/examples/LF_sweeps.yaml", "cli",
        cli("robustness", LF, "--spec", "docs/examples/LF_sweeps.yaml", "--skew-bounds", "20,80"),
        "error: --skew-bounds must be two shares LOW,HIGH in [0, 1] with LOW below HIGH, such as 0.2,0.8, got "
        "'20,80'; percentages? write 0.2,0.8", origin="own data"),
    Bad("robustness-skew-reversed", "robustness --skew-bounds 0.8,0.2 (the bounds reversed)",
        "docs/examples/LF_sweeps.yaml", "cli",
        cli("robustness", LF, "--spec", "docs/examples/LF_sweeps.yaml", "--skew-bounds", "0.8,0.2"),
        "error: --skew-bounds must be two shares LOW,HIGH in [0, 1] with LOW below HIGH, such as 0.2,0.8, got "
        "'0.8,0.2'", origin="own data"),
    Bad("protocol-skew-bounds-text", "robustness_protocol(..., skew_bounds='0.2,0.8') (the CLI's text, not a pair)",
        LF, "api",
        lambda: _qca()[0].robustness_protocol(lf(), "SURV", CONDS, [{"label": "incl 0.75", "incl_cut": 0.75}],
                                              incl_cut=0.8, skew_bounds="0.2,0.8"),
        "skew_bounds must be two shares (low, high) such as (0.2, 0.8) or None, got '0.2,0.8': write (0.2, 0.8), a "
        "pair of numbers", origin="own data"),
    Bad("good-practice-skew-none", "good-practice --skew-bounds none (the other commands' 'no check'; was refused, "
        "'give LOW,HIGH'): no check, the report's skewed-sets row gives the shares and says 'not checked' (not met)",
        LF, "cli", cli("good-practice", LF, "--outcome", "SURV", "--skew-bounds", "none"), "", "handled",
        origin="own data"),
    Bad("good-practice-skew-bounds-none", "good_practice(..., skew_bounds=None) (necessity()'s 'no check'; was "
        "refused, and before that Python's 'cannot unpack non-iterable NoneType object'): no check, the skewed-sets "
        "row gives the shares and says 'not checked' (not met)", LF, "api",
        lambda: _qca()[0].good_practice(mz(tt_lf(), include="?"), skew_bounds=None), "", "handled",
        origin="own data"),
    Bad("good-practice-include", "good-practice --include '?' (minimize's flag; the report reads every kind of "
        "solution; was told 'did you mean --exclude?')", LF, "cli",
        cli("good-practice", LF, "--outcome", "SURV", "--include", "?"),
        "error: unrecognized arguments: --include ?; good-practice takes no --include: it reads the conservative and "
        "parsimonious solutions (and the intermediate with --dir-exp) of the truth table", origin="own data"),
    Bad("calibrate-type-cs", "calibrate(x, type='cs', thresholds=550) (fs/QCA's name of crisp sets; was refused "
        "without a hint)", "data/reference/datasets/LR.csv", "api",
        lambda: _qca()[0].calibrate(pd.read_csv(ROOT / "data/reference/datasets/LR.csv")["DEV"], type="cs",
                                    thresholds=550),
        "type must be 'fuzzy' or 'crisp', got 'cs'; write type='crisp' ('cs' names crisp sets)", origin="own data"),
    Bad("calibrate-spec-list", "calibrate --spec FILE whose sets are a YAML list ('- DEV: {...}'; was told only what a "
        "specification maps)", f("calibrate_spec_list.yaml"), "cli",
        cli("calibrate", "data/reference/datasets/LR.csv", "--spec", f("calibrate_spec_list.yaml")),
        "; the file is a list of sets ('- DEV: ...'): write each set at the top level, without '- '",
        origin="own data"),
    Bad("find-rows-type-contradictions", "find-rows --type contradictions (contradictory rows: not a kind find-rows "
        "lists; was refused naming the types only)", LF, "cli",
        cli("find-rows", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--type", "contradictions"),
        "got 'contradictions'; contradictory rows (cases on both sides of the outcome) are listed by contradictions(tt)",
        origin="own data"),
    Bad("incl-cut-percent-pair-cli", "truth-table --incl-cut 80,60 (two cut-offs as percentages; was 'ambiguous: a "
        "decimal comma or two cut-offs?')", LF, "cli", cli("truth-table", LF, "--outcome", "SURV", "--incl-cut", "80,60"),
        "error: --incl-cut must be a number or two numbers 'ic1,ic0' in [0, 1], got '80,60'; percentages? write 0.8,0.6",
        origin="own data"),
    Bad("minimize-include-kind", "minimize(tt, 'parsimonious') (the kind of solution for include; was refused naming "
        "'?' and 'C' only)", LF, "api", lambda: mz(tt_lf(), "parsimonious"),
        "include may contain '?' (remainders) and 'C' (contradictions), got 'parsimonious'; parsimonious is "
        "include='?' (CLI: --include '?'), the remainders used", origin="own data"),
    Bad("dir-exp-word", "minimize --dir-exp DEV=present,URB=1 (an expectation in words)", LF, "cli",
        cli("minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--include", "?", "--dir-exp", "DEV=present,URB=1"),
        "error: --dir-exp: directional expectation 'present' for 'DEV' is not 1, 0, '-' (no expectation), or values "
        "of a multi-value condition joined by ';' (e.g. 1;2); write 1 for 'present' (expected present)",
        origin="own data"),
    Bad("good-practice-sweep-varies", "good_practice(sols, robustness=frame) whose 'varies' column names no parameter "
        "('inclusion'; sweeps were classified by words in their names, so 'include' counted as a consistency "
        "threshold)", LF, "api",
        lambda: _qca()[0].good_practice(mz(tt_lf(), include="?"), robustness=pd.DataFrame(
            {"sweep": ["include"], "varies": ["inclusion"], "has_power": [True]})),
        "robustness: row 1 (sweep 'include'), column 'varies': 'inclusion' is not a parameter a test varies; allowed: "
        "incl_cut, pri_cut, n_cut, calibration or cases", origin="own data"),
    Bad("good-practice-sweep-cut-offs-number", "good_practice(sols, robustness=frame) whose 'cut_offs' column holds a "
        "number (2 for 'n_cut=2'; the settings a sweep tried, which the row judges by the floors, would be read as none)",
        LF, "api",
        lambda: _qca()[0].good_practice(mz(tt_lf(), include="?"), robustness=pd.DataFrame(
            {"sweep": ["n_cut"], "has_power": [True], "cut_offs": [2]})),
        "robustness: row 1 (sweep 'n_cut'), column 'cut_offs': 2 is no text of settings; write the settings the sweep "
        "tried as robustness_protocol says them, e.g. 'n_cut=1; n_cut=2'", origin="own data"),
    Bad("case-names-column-name-twice", "case names in a column named 'country' (not found by its name), one name "
        "twice (was: \"'country': text labels (e.g. SPSS value labels): export the numeric codes\", and to list the "
        "conditions without it)", *truth_table_cli("country_column_name_twice.csv"),
        "'country': every value is text, like case names, but 'BE' names more than one case: if 'country' names the "
        "cases, give each case a name of its own and pass --case-column country", origin="own data"),
    Bad("no-header-row", "a file saved without its header row, its first case read as the column names (was: "
        "\"--outcome 'SURV' is not a column of ... (columns: 'AU', '0.81', ...)\")", *truth_table_cli("no_header_row.csv"),
        "is not a column of tests/bad_inputs/no_header_row.csv: the header holds numbers where the column names go "
        "('AU', '0.81', '0.12', '0.99', ...): a row of data, the header row left out? Add a header row naming the "
        "columns", origin="own data"),
    Bad("percent-among-memberships", "one membership typed as a percentage, '98%' among 0.12, 0.89, ... (was: 'a "
        "percentage: ... calibrate the raw percentages first', as for a column of raw percentages)",
        *truth_table_cli("percent_among_memberships.csv"),
        "'URB': a percentage among memberships in [0, 1] ('98%' is 0.98): write it as its other cells are written, a "
        "membership from 0 to 1", origin="own data"),
    Bad("condition-named-case", "a fuzzy condition named 'case' beside the case names in 'country' (was: 'duplicate "
        "case name(s): 0.58, ...; case names must be unique (case column 'case': ...)')",
        *truth_table_cli("condition_named_case.csv"),
        "the column 'case' is taken for the case names by its name, but it holds numbers, '0.58' for 2 cases, like a "
        "set's memberships: a condition named 'case'? The name 'case' is kept for the column of case names, and "
        "'country' holds a different name for every case: pass --case-column country", origin="own data"),
    Bad("space-inside-number", "a membership typed with a space inside it, '0. 98' (was: 'non-numeric values ... (e.g. "
        "'0. 98' ...)' with no hint)", *truth_table_cli("space_inside_number.csv"),
        "'LIT': a space inside a number (e.g. '0. 98', which reads '0.98' without it): delete the space",
        origin="own data"),
    Bad("membership-typed-above-one", "one membership typed as 9 for 0.9 among memberships (was told only 'calibrate "
        "raw data first', the advice for raw values)", *truth_table_cli("membership_typed_above_one.csv"),
        "condition 'IND' has membership(s) outside [0, 1] for case(s) 'CZ': 9.0; fuzzy "
        "memberships must lie in [0, 1] (a mistyped cell? the other 17 cells of 'IND' lie in [0, 1]: correct it, or "
        "calibrate raw data first)", origin="own data"),
    Bad("summary-row-empty", "a 'Total' row below the data with its cells left empty (was told only to drop or impute "
        "the case 'Total')", *truth_table_cli("summary_row_empty.csv"),
        "on the command line, --drop-missing); case 'Total' looks like a summary row (a total, mean or other "
        "statistic below the data), not a case: delete the row", origin="own data"),
    Bad("raw-column-named-otherwise-test", "robustness: a test recalibrating DEV as README writes it, with raw data whose "
        "column is 'dev' (was: 'column 'DEV' not in the raw data (columns: ...)', without the column meant nor the key "
        "`source` that names it)", f("raw_lowercase_columns.csv"), "cli",
        cli("robustness", LF, "--spec", f("spec_recalibrate.yaml"), "--raw", f("raw_lowercase_columns.csv")),
        "column 'DEV' not in the raw data; did you mean 'dev'? (names are case-sensitive) (columns: dev, urb, lit, ind, "
        "stb, surv); a raw column named otherwise than its set is given as its source: calibrate: {DEV: {source: dev, "
        "thresholds: ...}}", origin="own data"),
    Bad("raw-column-named-otherwise-range", "robustness: a calibration range of DEV with raw data whose column is "
        "'dev' (was: no word of the column meant nor of `source`)", f("raw_lowercase_columns.csv"), "cli",
        cli("robustness", LF, "--spec", f("spec_calibration_range.yaml"), "--raw", f("raw_lowercase_columns.csv")),
        "column 'DEV' not in the raw data; did you mean 'dev'? (names are case-sensitive) (columns: dev, urb, lit, ind, "
        "stb, surv); a raw column named otherwise than its set is given as its source: threshold_range(..., "
        "source='dev'), a sweep file's range source: dev", origin="own data"),
    Bad("cases-include", "cases --include '?' (minimize's flag, as README's minimize commands write it; was told 'did you "
        "mean --exclude?', the flag that blocks rows; theory and chart alike, esa only 'minimize does')", LF, "cli",
        cli("cases", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--include", "?"),
        "error: unrecognized arguments: --include ?; cases takes no --include: it reads the parsimonious solution "
        "(remainders included, as minimize --include '?' gives it), or the intermediate with --dir-exp; --solution "
        "conservative reads the one without remainders",
        origin="own data"),
    Bad("solution-intermediate-no-dir-exp", "theory --solution intermediate without --dir-exp (the intermediate "
        "solution has no directional expectations to read)", LF, "cli",
        cli("theory", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--theory", "DEV*STB", "--solution",
            "intermediate"),
        "error: --solution intermediate needs --dir-exp, the directional expectations of its counterfactuals, e.g. "
        "--dir-exp 1,1,1,1,1 (one value per condition, in order: DEV, URB, LIT, IND, STB; '-' for no expectation)",
        origin="own data"),
    Bad("solution-dir-exp-conflict", "cases --solution conservative --dir-exp 1,1,1,1,1 (--dir-exp asks for the "
        "intermediate solution: not silently dropped)", LF, "cli",
        cli("cases", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--solution", "conservative", "--dir-exp",
            "1,1,1,1,1"),
        "error: --dir-exp gives the intermediate solution, not the conservative one: leave out --dir-exp, or give "
        "--solution intermediate", origin="own data"),
    Bad("theory-names-outcome", "theory --theory 'DEV*SURV', a theory naming the outcome (was: \"unknown condition 'SURV' "
        "in term 'DEV*SURV'\", though SURV is a column: the outcome, which esa and pof name as such)", LF, "cli",
        cli("theory", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--theory", "DEV*SURV"),
        "error: --theory 'DEV*SURV' names 'SURV', the solution's outcome; a theory is an expression of the conditions "
        "only (DEV, URB, LIT, IND, STB), such as 'A*~B + C'", origin="own data"),
    Bad("dir-exp-several-levels-beside-pairs", "minimize --dir-exp 'DEV[1,2],URB=1' (R's literal of two levels beside "
        "a NAME=VALUE pair; was: \"cannot read directional expectation 'DEV[1'\", cut at its comma, with no hint)",
        LM, "cli", cli("minimize", LM, "--outcome", "SURV", "--incl-cut", "0.8", "--include", "?", "--dir-exp",
                       "DEV[1,2],URB=1"),
        "error: --dir-exp: cannot read directional expectation 'DEV[1,2]': write CONDITION=1, =0 or =-; literals "
        "(DEV[1,2]) and NAME=VALUE pairs are two forms, one at a time: write 'DEV=1;2,URB=1'", origin="own data"),
    Bad("necessity-of-a-truth-table", "necessity(tt, 'SURV'): a truth table where the data frame goes, as R's pofind() "
        "and superSubset() take data (was: 'data must be a pandas DataFrame, got TruthTable' alone)", LF, "api",
        lambda: _qca()[0].necessity(_qca()[0].truth_table(lf(), "SURV", CONDS, incl_cut=0.8), "SURV"),
        "data must be a pandas DataFrame, got TruthTable: this function reads the cases' memberships themselves, the "
        "data frame the truth table was built from (the one given to truth_table())", origin="own data"),
    Bad("robustness-one-test-mapping", "robustness_protocol(..., tests={'label': 'n 2', 'n_cut': 2}), one test without "
        "its list (was told only 'a non-empty list of specifications such as {...}', the form given)", LF, "api",
        lambda: _qca()[0].robustness_protocol(lf(), "SURV", CONDS, {"label": "n 2", "n_cut": 2}, incl_cut=0.8),
        "one test given as a mapping: put it in a list, [{'label': 'n 2', 'n_cut': 2}]", origin="own data"),
    Bad("pof-printed-model-line", "pof --expression 'M1: DEV*URB + (DEV*~IND) -> SURV', a model line copied from "
        "minimize's printout (was: 'parentheses are not supported; write it as a sum of products, e.g. 'A*B + A*C' "
        "for 'A*(B + C)'', another expression's example)", LF, "cli",
        cli("pof", LF, "--outcome", "SURV", "--expression", "M1: DEV*URB + (DEV*~IND) -> SURV"),
        "error: --expression 'M1: DEV*URB + (DEV*~IND) -> SURV' is a model as a solution prints it; write its terms "
        "alone: --expression 'DEV*URB + DEV*~IND' (leaving out its label 'M1:'; the arrow and outcome '-> SURV', given "
        "apart; R's parentheses, which mark a term not in every model)", origin="own data"),
    Bad("theory-printed-model-line", "theory --theory 'DEV*STB + (URB*LIT) -> SURV', a model line copied as the theory "
        "(was: \"error: expression '...': parentheses are not supported\", naming a parameter theory does not have)",
        LF, "cli", cli("theory", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--theory",
                       "DEV*STB + (URB*LIT) -> SURV"),
        "error: --theory 'DEV*STB + (URB*LIT) -> SURV' is a model as a solution prints it; write its terms alone: "
        "'DEV*STB + URB*LIT'", origin="own data"),
    Bad("nec-cond-arrow-and-parentheses", "esa --nec-cond '(LIT) -> SURV', R's arrow beside parentheses (was: "
        "\"error: expression '(LIT) -> SURV': parentheses are not supported\", naming no flag of esa)", LF, "cli",
        cli("esa", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--nec-cond", "(LIT) -> SURV"),
        "error: --nec-cond '(LIT) -> SURV' holds '->', the arrow of R's pof() notation", origin="own data"),
    Bad("untenable-parentheses", "esa --untenable '~DEV*(IND + URB)', R's grouping (was: \"unknown condition '(IND' in "
        "term '~DEV*(IND '\", a name cut at the '+'; README says such an expression is refused with its sum of "
        "products)", LF, "cli", cli("esa", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--untenable",
                                    "~DEV*(IND + URB)"),
        "error: --untenable '~DEV*(IND + URB)': parentheses are not supported; write its sum of products, "
        "'~DEV*IND + ~DEV*URB'", origin="own data"),
    Bad("minimize-json-csv", "minimize --json --csv (two output formats)", LF, "cli",
        cli("minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--include", "?", "--json", "--csv"),
        "error: --json and --csv both choose the output: give one (default: R-like tables)", origin="own data"),
    Bad("robustness-csv", "robustness --csv (several tables of different shapes, which one CSV cannot hold)", LF,
        "cli", cli("robustness", LF, "--spec", "docs/examples/LF_sweeps.yaml", "--csv"),
        "error: robustness --csv: the protocol prints several tables of different shapes (the test set, the robust "
        "core, the robustness fit, the ranges), which one CSV cannot hold; use --json, which gives them all",
        origin="own data"),
    Bad("truth-table-csv-complete", "truth-table --csv --complete (the remainders, which the CSV of the observed rows "
        "does not hold)", LF, "cli", cli("truth-table", LF, "--outcome", "SURV", "--csv", "--complete"),
        "error: --complete prints the remainders in the table; the CSV holds the observed rows: leave out --complete "
        "or --csv", origin="own data"),
    Bad("plot-unknown-format", "plot --out xy.jpg (a figure format the command does not write)", LF, "cli",
        cli("plot", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--out", "xy.jpg"),
        "error: --out xy.jpg: a figure is written as PNG, SVG or PDF, named by its suffix; got '.jpg': name the file "
        "xy.png, .svg or .pdf", origin="own data"),
    Bad("plot-unknown-term", "plot --term 'DEV*URB', a term the model does not have", LF, "cli",
        cli("plot", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--term", "DEV*URB", "--out", "xy.png"),
        "error: --term 'DEV*URB' is not in the model (DEV*~IND + URB*STB)", origin="own data"),
    Bad("plot-out-under-a-file", "plot --out LF.csv/xy.png, a folder that is a file (nothing can be written there)",
        LF, "cli", cli("plot", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--out", f"{LF}/xy.png"),
        f"error: --out {LF}/xy.png: {LF} is a file, not a folder", origin="own data"),
    Bad("robustness-plot-format", "robustness --plot rob.gif (a figure format the command does not write), refused "
        "before the protocol runs", LF, "cli",
        cli("robustness", LF, "--spec", "docs/examples/LF_sweeps.yaml", "--plot", "rob.gif"),
        "error: --plot rob.gif: a figure is written as PNG, SVG or PDF, named by its suffix; got '.gif': name the file "
        "rob.png, .svg or .pdf", origin="own data"),
    Bad("plot-nec-cond-with-cut-off", "plot --nec-cond LIT --incl-cut 0.8 (a truth table's cut-off for a necessary "
        "condition's plot)", LF, "cli",
        cli("plot", LF, "--outcome", "SURV", "--nec-cond", "LIT", "--incl-cut", "0.8", "--out", "xy.png"),
        "error: --incl-cut applies to the XY plots of a solution, not to --nec-cond (a necessity test uses no truth "
        "table)", origin="own data"),
    Bad("chart-figure-too-many-paths", "the configuration chart figure of a solution with more paths than max_paths "
        "(a chart of thousands of paths took minutes to draw)", LM, "api", lambda: _chart_figure_of_lm(max_paths=1),
        "the chart has 7 paths in 3 column groups of 2 models, more than the figure draws (max_paths=1; drawing "
        "thousands takes minutes): draw one model (model='M1') or raise max_paths, or print the chart instead",
        origin="own data"),
    Bad("chart-figure-unknown-model", "the configuration chart figure of model='M9', a model the chart does not "
        "have", LM, "api", lambda: _chart_figure_of_lm(model="M9"),
        "model='M9' is no model of the chart: it has M1, M2", origin="own data"),
    Bad("chart-figure-max-paths-text", "the configuration chart figure with max_paths='100' (a number as text)", LM,
        "api", lambda: _chart_figure_of_lm(max_paths="100"),
        "max_paths must be a whole number of paths, 1 or more, got '100'", origin="own data"),
    Bad("heatmap-figure-too-many-cases", "the membership heat map of more cases than max_rows (one of 200 cases was 61 "
        "inches tall before its rows were drawn in panels)", LF, "api",
        lambda: _figure_of_lf("heatmap", max_rows=10),
        "the figure has 18 cases, more than it draws (max_rows=10; 40 to a panel): draw a selection of the cases "
        "(memberships.loc[[...]] or memberships.iloc[:40]), or raise max_rows", origin="own data"),
    Bad("truth-table-figure-max-rows-text", "the truth-table view with max_rows='100' (a number as text)", LF, "api",
        lambda: _figure_of_lf("truth_table", max_rows="100"),
        "max_rows must be a whole number of rows, 1 or more, got '100'", origin="own data"),
    Bad("parquet-file", "a Parquet file (pandas' to_parquet, R's arrow) given to the CLI (was: told to save it as an "
        "Excel workbook or CSV from the program that wrote it)", *truth_table_cli("lc8.parquet"),
        "this is a Parquet file, not a file the engine reads (a CSV text file, an Excel .xlsx or .xls workbook, an .ods "
        "sheet, a Stata .dta or an SPSS .sav file); read it with pandas (df = pd.read_parquet(path), with pyarrow "
        "installed) and give the frame to the Python API, or save it as CSV, df.to_csv('data.csv')", origin="formats"),
    Bad("feather-file", "a Feather file (pandas' to_feather, R's arrow) given to the CLI (was: 'line 1 holds a NUL byte "
        "(0x00) ... the file is damaged or not CSV text; remove the byte')", *truth_table_cli("lc8.feather"),
        "this is a Feather (Arrow IPC) file, not a file the engine reads (a CSV text file, an Excel .xlsx or .xls "
        "workbook, an .ods sheet, a Stata .dta or an SPSS .sav file); read it with pandas (df = pd.read_feather(path), "
        "with pyarrow installed) and give the frame to the Python API, or save it as CSV, df.to_csv('data.csv')",
        origin="formats"),
    Bad("string-view-column", "truth_table(df, 'SURV') of a frame whose DEV is pyarrow string_view text (polars' "
        "to_pandas(use_pyarrow_extension_array=True); was: pandas' 'NotImplementedError: string_view')", LF, "api",
        lambda: tt(_lf_with_dev_as(_string_view), "SURV", CONDS),
        "column 'DEV' holds pyarrow string_view values, which pandas cannot convert to numbers or text (it raises "
        "NotImplementedError for them): convert them first, df['DEV'] = pd.array(df['DEV'].tolist(), dtype='str')",
        origin="pandas user"),
    Bad("arrow-list-column", "truth_table(df, 'SURV') of a frame whose DEV is a pyarrow list column, one value in each "
        "cell's list (nested JSON or Parquet data; was: its cells shown as numpy arrays, 'AU': array([0.81]), and no "
        "hint)", LF, "api", lambda: tt(_lf_with_dev_as(_arrow_lists), "SURV", CONDS),
        "non-numeric values in column(s) 'DEV' (case(s) 'AU': [0.81], 'BE': [0.99], 'CZ': [0.58], 'EE': [0.16], 'FI': "
        "[0.58] and 13 more); 'DEV': several values in each cell (a list or a record, e.g. [0.81], as nested JSON or "
        "Parquet data hold), not one number: give each case one number in the column (the element meant)",
        origin="pandas user"),
    Bad("record-cells", "truth_table(df, 'SURV') of a frame whose DEV holds records, {'m': 0.81} (an object column "
        "built from JSON; was: 'text labels (e.g. SPSS value labels): export the numeric codes')", LF, "api",
        lambda: tt(_lf_with_dev_as(lambda x: pd.Series([{"m": v} for v in x], index=x.index, dtype=object)), "SURV",
                   CONDS),
        "'DEV': several values in each cell (a list or a record, e.g. {'m': 0.81}, as nested JSON or Parquet data "
        "hold), not one number: give each case one number in the column (the element meant)", origin="pandas user"),
    Bad("calibrate-raw-text-with-na", "calibrate(x, ...) of raw values written as text in a pandas string column whose "
        "missing cell is pd.NA (pandas 3's text columns, pyarrow-backed when it is installed; was: '<NA> is not a "
        "number (at case 'BE'): text labels (e.g. SPSS value labels)', with missing='keep' too)", "", "api",
        lambda: _qca()[0].calibrate(_raw_dev_text_with_na(), thresholds="e=350, c=550, i=850"),
        "x has 1 missing value(s) (NaN) at case 'BE'; drop or impute them, or pass missing='keep' to keep them as NaN",
        origin="pandas user"),
    Bad("term-xy-figure-too-many-terms", "the XY plots per term (term_type_xy) of a model of more terms than max_terms "
        "(a panel each: the figure grew 3.6 inches a row of panels without bound)", LF, "api",
        lambda: _term_xy_of_lf(max_terms=1),
        "the model has 2 terms, more than the figure draws (max_terms=1; a panel each): draw some of them "
        "(typology[typology['panel'].isin([...])]; CLI: --term), or raise max_terms", origin="own data"),
    Bad("calibrate-frame-fullwidth-digits", "calibrate_frame(df, spec, keep='case') of raw values read as text, one "
        "typed with full-width digits '４５０' (a Chinese input method; was: read as 450 by Python's float(), where the "
        "calibrate command refuses the same file)", "", "api",
        lambda: _qca()[0].calibrate_frame(pd.DataFrame({"case": ["AT", "BE", "CH"], "gdp": ["400", "４５０", "600"]}),
                                          {"G": {"source": "gdp", "thresholds": "e=400, c=500, i=600"}}, keep="case"),
        "calibrating 'G' from column 'gdp': x must be numeric; '４５０' is not a number (at case 'BE'): full-width "
        "characters (e.g. '４５０', typed with a Chinese or Japanese input method, 全角): write numbers with ASCII "
        "(half-width, 半角) digits, point and signs, e.g. '450'", origin="own data"),
    Bad("calibrate-frame-duplicate-cases", "df, case = read_data(path); calibrate_frame(df, spec, keep=case) of a file "
        "naming case 'a' twice (' a ' the second time; was: calibrated, a bad cell named 'at index 0', where the "
        "calibrate command refuses the repeated name first)", f("raw_duplicate_cases.csv"), "api",
        lambda: (lambda d: _qca()[0].calibrate_frame(d[0], {"X": {"type": "crisp", "thresholds": 2}}, keep=d[1]))(
            _qca()[0].read_data(ROOT / f("raw_duplicate_cases.csv"))),
        "duplicate case name(s) 'a' in column 'case' (spaces around names are ignored); case names must be unique: "
        "'a' in row(s) 1, 2 (line(s) 2, 3 of the file)", origin="own data"),
    Bad("calibrate-frame-blank-cases", "df, case = read_data(path); calibrate_frame(df, spec, keep=case) of a file "
        "whose case column leaves two cases without a name (was: 'duplicate case name(s) '' ...', or 'nan' for a "
        "frame's NaN names, where the calibrate command says that the rows have no name)", f("raw_blank_cases.csv"), "api",
        lambda: (lambda d: _qca()[0].calibrate_frame(d[0], {"X": {"type": "crisp", "thresholds": 2}}, keep=d[1]))(
            _qca()[0].read_data(ROOT / f("raw_blank_cases.csv"))),
        "column 'case' has no case name in row(s) 2, 3 (line(s) 3, 4 of the file); every case needs a name",
        origin="own data"),
    Bad("drop-missing-flag", "truth-table --drop-missing of a file with a membership 'NA' and one left empty (was: no "
        "way to drop them but to delete the rows by hand; refused without the flag, as before)",
        f("lf_missing_cells.csv"), "cli", cli("truth-table", f("lf_missing_cells.csv"), "--outcome", "SURV",
                                              "--drop-missing"),
        "note: dropped 2 of 18 cases for a missing value in 'DEV', 'URB', 'LIT', 'IND', 'STB', 'SURV': 'CZ' (line 4: "
        "'DEV' 'NA'), 'EE' (line 5: 'URB' empty); 16 cases left (--drop-missing)", kind="handled", origin="own data",
        same_as=cli("truth-table", f("lf_missing_cells_dropped.csv"), "--outcome", "SURV")),
    Bad("robustness-drop-missing-flag", "robustness --drop-missing of a file with a membership 'NA' and one left "
        "empty, a test recalibrating DEV from --raw (was: refused advising --drop-missing, which robustness did not "
        "take: 'unrecognized arguments')", f("lf_missing_cells.csv"), "cli",
        cli("robustness", f("lf_missing_cells.csv"), "--spec", f("spec_drop_missing.yaml"), "--raw",
            "data/reference/datasets/LR.csv", "--drop-missing"),
        "note: dropped 2 of 18 cases for a missing value in 'DEV', 'URB', 'LIT', 'IND', 'STB', 'SURV': 'CZ' (line 4: "
        "'DEV' 'NA'), 'EE' (line 5: 'URB' empty); 16 cases left (--drop-missing)", kind="handled", origin="own data",
        same_as=cli("robustness", f("lf_missing_cells_dropped.csv"), "--spec", f("spec_drop_missing.yaml"), "--raw",
                    "data/reference/datasets/LR.csv")),
    Bad("calibrate-drop-missing-flag", "calibrate --drop-missing (was: 'calibrate takes no --drop-missing (minimize, "
        "... do)', not how a missing raw value is kept and the case dropped)", "data/reference/datasets/LR.csv", "cli",
        cli("calibrate", "data/reference/datasets/LR.csv", "--spec", f("spec_drop_missing.yaml"), "--drop-missing"),
        "calibrate takes no --drop-missing: give the set 'missing: keep' in the specification (its membership left "
        "empty), then --drop-missing to the analysis", origin="own data"),
    Bad("drop-missing-every-case", "--drop-missing where every case has a missing value ('NA', an empty cell, '-')",
        f("every_case_missing.csv"), "cli", cli("truth-table", f("every_case_missing.csv"), "--outcome", "SURV",
                                                "--drop-missing"),
        "every case (3) has a missing value in 'DEV', 'URB', 'SURV', so dropping the cases with one leaves none: 'AU' "
        "(line 2: 'DEV' 'NA'), 'BE' (line 3: 'URB' empty), 'CZ' (line 4: 'SURV' '-'); fill in the cells, or leave the "
        "columns most often missing out of the conditions", origin="own data"),
    Bad("dropna-flag", "truth-table --dropna (pandas' word; R's --na.omit, --na.rm, SPSS's --listwise alike; was: "
        "'unrecognized arguments' alone)", LF, "cli", cli("truth-table", LF, "--outcome", "SURV", "--dropna"),
        "unrecognized arguments: --dropna; truth-table takes no --dropna: write --drop-missing (drops the cases with a "
        "missing value in the columns used, naming them)", origin="own data"),
    Bad("drop-missing-cases-unknown-column", "drop_missing_cases(df, ['DEV', 'urb']) naming a column the data does not "
        "have", LF, "api", lambda: _qca()[0].drop_missing_cases(lf(), ["DEV", "urb"]),
        "column 'urb' is not in the data; did you mean 'URB'?", origin="own data"),
    Bad("calibrate-spec-missing-codes-text", "calibrate: a set's missing_codes: ['99'] (the survey's code of no "
        "answer quoted as text)", f("calibrate_missing_codes_text.yaml"), "cli",
        cli("calibrate", f("survey_missing_code.csv"), "--spec", f("calibrate_missing_codes_text.yaml")),
        "spec['TRU']: missing_codes must be numbers, the raw values that mark a missing answer (e.g. [99] or [-9, 99]), "
        "got '99' (str): write 99, a number without quotes", origin="own data"),
    Bad("calibrate-spec-missing-code-threshold", "calibrate: a set's missing_codes: [5, 99] where 5 is its inclusion "
        "anchor (i=5)", f("calibrate_missing_code_threshold.yaml"), "cli",
        cli("calibrate", f("survey_missing_code.csv"), "--spec", f("calibrate_missing_code_threshold.yaml")),
        "spec['TRU']: missing_codes 5 is also a threshold of the set (thresholds 'e=1, c=3.5, i=5'): a raw value is "
        "either a calibration threshold or a code of a missing answer, not both", origin="own data"),
    Bad("calibrate-frame-missing-codes-raise", "calibrate_frame(raw, {'TRU': {..., 'missing_codes': [99]}}) without "
        "missing='keep' (the coded cell a missing value, refused as any)", f("survey_missing_code.csv"), "api",
        lambda: _qca()[0].calibrate_frame(pd.read_csv(ROOT / f("survey_missing_code.csv")).set_index("case"),
                                          {"TRU": {"source": "trust", "thresholds": "e=1, c=3.5, i=5",
                                                   "missing_codes": [99]}}),
        "calibrating 'TRU' from column 'trust': missing_codes 99 makes 1 raw value missing, at case 'd', which "
        "missing='raise' refuses: give the set missing='keep'", origin="own data"),
    Bad("calibrate-frame-missing-code-warned", "calibrate_frame(raw, {'TRU': {...}}) of a trust item (1..5) holding "
        "99 for 'no answer' (the warning named no way to declare the code in the specification)",
        f("survey_missing_code.csv"), "api",
        lambda: _qca()[0].calibrate_frame(pd.read_csv(ROOT / f("survey_missing_code.csv")).set_index("case"),
                                          {"TRU": {"source": "trust", "thresholds": "e=1, c=3.5, i=5"}}),
        "declare it in the set's specification, 'missing_codes': [99] with 'missing': 'keep'", kind="warning",
        origin="own data"),
    Bad("workbook-data-on-second-sheet", "truth-table of a workbook whose first sheet holds notes (说明), the data on "
        "sheet 2 (was: 'not a column of the file (columns: '说明')', the sheet read unnamed)",
        f("notes_first_sheet.xlsx"), "cli", cli("truth-table", f("notes_first_sheet.xlsx"), "--outcome", "SURV"),
        "'SURV' not among the columns of the sheet read ('说明'); sheet 2 '数据' holds it: --sheet 2 reads it (without "
        "--sheet, the first sheet, '说明', is read)", origin="own data"),
    Bad("calibrate-percentiles-as-shares", "calibrate: a set's percentiles: 'e=0.05, c=0.5, i=0.95' (the 5th, 50th "
        "and 95th percentiles written as shares of 1)", f("calibrate_percentiles_shares.yaml"), "cli",
        cli("calibrate", f("survey_missing_code.csv"), "--spec", f("calibrate_percentiles_shares.yaml")),
        "calibrating 'TRU' from column 'trust': percentiles 'e=0.05, c=0.5, i=0.95': shares of 1? percentiles run "
        "from 0 to 100: write 'e=5, c=50, i=95'", origin="own data"),
    Bad("calibrate-frame-percentiles-and-thresholds", "calibrate_frame(raw, {'TRU': {'percentiles': [5, 50, 95], "
        "'thresholds': ...}}): both the anchors and the percentiles that make them", f("survey_missing_code.csv"),
        "api", lambda: _qca()[0].calibrate_frame(pd.read_csv(ROOT / f("survey_missing_code.csv")).set_index("case"),
                                                 {"TRU": {"source": "trust", "percentiles": [5, 50, 95],
                                                          "thresholds": "e=1, c=3.5, i=5"}}),
        "calibrating 'TRU' from column 'trust': give thresholds or percentiles, not both", origin="own data"),
    Bad("calibration-anchors-missing-membership", "calibration_anchors(raw, spec, ...) where a set's missing_codes "
        "(missing='keep') leave a case without a membership (was: the truth table's advice to drop it from the "
        "calibrated frame, which the sweep makes anew)", f("survey_missing_code.csv"), "api",
        lambda: _robustness().calibration_anchors(
            pd.read_csv(ROOT / f("survey_missing_code.csv")).assign(Y=[0.1, 0.2, 0.8, 0.3, 0.9, 0.7]),
            {"TRU": {"source": "trust", "thresholds": "e=1, c=3.5, i=5", "missing_codes": [99], "missing": "keep"}},
            outcome="Y", keep=["case", "Y"], case_column="case", incl_cut=0.8),
        "case(s) 'd' have no membership in 'TRU' after calibration (a missing raw value, or one of missing_codes, kept "
        "by missing='keep'): every setting recalibrates the raw data, so leave those cases out of them first, "
        "raw.drop(index=[3])", origin="own data"),
    Bad("robustness-range-raw-blank", "a calibration range whose --raw file has no value for a case (was: 'calibration "
        "needs a number for every case' and no way on)", f("raw_blank_cell.csv"), "cli",
        cli("robustness", LF, "--spec", f("spec_calibration_range.yaml"), "--raw", f("raw_blank_cell.csv")),
        "calibration needs a number for every case; to leave the case without one out of the range, leave its membership "
        "in the data file empty, as the calibrate command's missing: keep does, and pass --drop-missing", origin="own data"),
    Bad("calibrate-thresholds-unquoted", "calibrate: a set's {thresholds: e=350, c=550, i=850} unquoted in a YAML "
        "{...}, read by YAML as thresholds 'e=350' and keys 'c=550', 'i=850' (was: 'unknown argument(s)' alone)",
        f("calibrate_thresholds_unquoted.yaml"), "cli",
        cli("calibrate", "data/reference/datasets/LR.csv", "--spec", f("calibrate_thresholds_unquoted.yaml"),
            "--keep", "URB,LIT,IND,STB,SURV"),
        "unknown argument(s) 'c=550', 'i=850'; allowed: above, below, codes, idm, logistic, method, missing, missing_codes, "
        "percentiles, source, thresholds, type; thresholds left unquoted in a YAML {...}? YAML ends a value at ',' and reads "
        "'c=550', 'i=850' as keys: quote the thresholds, thresholds: 'e=350, c=550, i=850'", origin="own data"),
    Bad("robustness-thresholds-unquoted", "a sweep file's test recalibrating with {thresholds: e=350, c=600, i=900} "
        "unquoted (was: 'unknown argument(s)' alone)", f("spec_recalibrate_thresholds_unquoted.yaml"), "cli",
        cli("robustness", LF, "--spec", f("spec_recalibrate_thresholds_unquoted.yaml"), "--raw",
            "data/reference/datasets/LR.csv"),
        "test 'DEV c=600': calibrate 'DEV': unknown argument(s) 'c=600', 'i=900'; allowed: source, type, thresholds, "
        "percentiles, method, logistic, idm, below, above, round; thresholds left unquoted in a YAML {...}? YAML ends a value at "
        "',' and reads 'c=600', 'i=900' as keys: quote the thresholds, thresholds: 'e=350, c=600, i=900'",
        origin="own data"),
    Bad("fuzzy-missing-code-99", "truth_table() of fuzzy memberships holding 99 for a missing answer (was: 'a mistyped "
        "cell? ... correct it, or calibrate raw data first')", LF, "api",
        lambda: tt(lf().assign(DEV=lf()["DEV"].mask(lf().index == "BE", 99.0)), "SURV", ["DEV", "URB"]),
        "condition 'DEV' has membership(s) outside [0, 1] for case(s) 'BE': 99.0; fuzzy memberships must lie in "
        "[0, 1]; 99 looks like a missing-value code (SPSS, Stata): mark such cells as missing first", origin="own data"),
    Bad("fuzzy-missing-code-minus-9", "truth_table() of fuzzy memberships holding -9 for a missing answer (was: "
        "'negative value(s)' without a word on the code)", LF, "api",
        lambda: tt(lf().assign(DEV=lf()["DEV"].mask(lf().index == "BE", -9.0)), "SURV", ["DEV", "URB"]),
        "allowed are memberships in [0, 1] or multi-value levels 0, 1, 2, ...; -9 looks like a missing-value code "
        "(SPSS, Stata): mark such cells as missing first", origin="own data"),
    Bad("chain-outcome-lower-case", "causal_chain(d.educate, outcomes='e') for the set E (R's causalChain takes "
        "no outcome: every set is one)", EDUCATE, "api", lambda: chain(outcomes="e"),
        "outcomes: 'e' is not a set of the data; did you mean 'E'? (names are case-sensitive) (sets: U, D, L, G, E)",
        origin="r migrant"),
    Bad("chain-ordering-set-twice", "causal_chain(..., ordering='U, D < L < U'): a set on two levels of R's causal "
        "ordering", EDUCATE, "api", lambda: chain(ordering="U, D < L < U"),
        "ordering: 'U' is named twice (levels 1 and 3); name each set once", origin="r migrant"),
    Bad("chain-ordering-number", "causal_chain(..., ordering=2): the ordering given as a number of levels",
        EDUCATE, "api", lambda: chain(ordering=2),
        "ordering must be a text such as 'U, D < L < E' (levels separated by '<', sets of a level by commas) or a "
        "list of levels such as [['U', 'D'], 'L', 'E'], got int 2", origin="r migrant"),
    Bad("chain-sol-cov-percent", "causal_chain(..., sol_cov=95): R's sol.cov written as a percentage",
        EDUCATE, "api", lambda: chain(sol_cov=95), "sol_cov must be a number in [0, 1], got 95; a percentage? write 0.95", origin="r migrant"),
    Bad("chain-pi-cons", "causal_chain(..., pi_cons=0.9), R's causalChain(pi.cons = 0.9)", EDUCATE, "api",
        lambda: chain(pi_cons=0.9), "causal_chain() takes no argument 'pi_cons'; write incl_cut=0.9 (the "
        "consistency a truth table row needs to be positive", origin="r migrant"),
    Bad("chain-cli-outcome-not-a-set", "chain --outcomes Q: a set the file does not have", EDUCATE, "cli",
        cli("chain", EDUCATE, "--outcomes", "Q"),
        f"--outcomes: 'Q' is not a set of {EDUCATE} (sets: U, D, L, G, E)", origin="r migrant"),
    Bad("chain-cli-all-sol", "chain --all-sol, R's causalChain(all.sol = TRUE) as a flag (was: 'unrecognized "
        "arguments' alone)", EDUCATE, "cli", cli("chain", EDUCATE, "--all-sol"),
        "chain takes no --all-sol: leave it out: every redundancy-free model is listed (R's causalChain with all.sol = "
        "TRUE); --minimal-only lists the minimal ones", origin="r migrant"),
    Bad("chain-sol-depth-zero", "causal_chain(..., sol_depth=0), R's default sol.depth = 0 written out (was: "
        "'a positive whole number' alone)", EDUCATE, "api", lambda: chain(sol_depth=0),
        "sol_depth must be a positive whole number, got 0: leave it out for models of any number of prime "
        "implicants; R's sol.depth = 0 is its default, with which causalChain sets 5, its help says: write 5 for that",
        origin="r migrant"),
    Bad("chain-acyclic-only-r-logical", "causal_chain(..., acyclic_only='TRUE'), cna's csf(acyclic.only = TRUE) with "
        "R's TRUE as a text", EDUCATE, "api", lambda: chain(acyclic_only="TRUE"),
        "acyclic_only must be True or False, got 'TRUE'; write acyclic_only=True (R's TRUE is Python's True, not a "
        "text)", origin="r migrant"),
    Bad("chain-cycle-type-unknown", "causal_chain(..., cycle_type='values'): cna's cycle.type misspelt", EDUCATE,
        "api", lambda: chain(cycle_type="values"),
        "cycle_type must be 'factor' (a set a cause of itself) or 'value' (a value of a set a cause of itself), cna's "
        "cycle.type, got 'values'", origin="r migrant"),
    Bad("chain-cna-maxstep", "causal_chain(..., maxstep=[3, 4, 9]), cna's bounds of a formula (was: 'leave it out', "
        "though its second number is sol_depth)", EDUCATE, "api", lambda: chain(maxstep=[3, 4, 9]),
        "causal_chain() takes no argument 'maxstep'; write sol_depth=N, N the second of cna's three numbers",
        origin="r migrant"),
    Bad("chain-cli-sol-depth-zero", "chain --sol-depth 0, R's default sol.depth = 0 written out", EDUCATE,
        "cli", cli("chain", EDUCATE, "--sol-depth", "0"),
        "argument --sol-depth: must be a positive whole number, got '0': leave --sol-depth out for models of any "
        "number of prime implicants", origin="r migrant"),
    Bad("chain-cli-csf-budget", "chain --csf --max-csf 1: more combinations of one asf per outcome than the budget",
        EDUCATE, "cli", cli("chain", EDUCATE, "--csf", "--max-csf", "1"),
        "2 combinations of one asf per outcome (1 x 2 models) exceed the budget --max-csf 1: raise it to list them; or "
        "--csf --n-init 1 lists the csf of the 1 simplest, as cna's csf(n.init = 1) builds them (the chains are read "
        "off every csf)", origin="r migrant"),
    Bad("chain-cli-n-init-zero", "chain --csf --n-init 0, cna's csf(n.init = 0) (which builds no csf)", EDUCATE, "cli",
        cli("chain", EDUCATE, "--csf", "--n-init", "0"),
        "argument --n-init: must be a positive whole number, got '0'", origin="r migrant"),
    Bad("chain-cli-n-init-without-csf", "chain --n-init 5 without --csf (cna's n.init is csf()'s: the chains are read "
        "off every csf)", EDUCATE, "cli", cli("chain", EDUCATE, "--n-init", "5"),
        "--n-init 5 builds the complex solution formulas of the 5 simplest combinations (cna's csf(n.init = 5)): add "
        "--csf; the chains are read off every csf, within --max-csf", origin="r migrant"),
    Bad("chain-condition-sufficiency-arrow", "chain.condition('U + D -> L'), cna's '->' of a sufficient condition for an "
        "asf's '<->'", EDUCATE, "api", lambda: chain().condition("U + D -> L"),
        "condition: 'U + D -> L' is not an asf ('model <-> outcome', e.g. 'U + D <-> L') or a csf (asfs in parentheses "
        "joined by '*', e.g. '(U + D <-> L)*(L + G <-> E)')", origin="r migrant"),
    Bad("chain-condition-outcome-in-model", "chain.condition('U + L <-> L'): the outcome's set in its own model",
        EDUCATE, "api", lambda: chain().condition("U + L <-> L"),
        "condition: 'U + L <-> L' names its outcome's set L in its model; an asf explains an outcome by the other sets",
        origin="r migrant"),
    Bad("chain-condition-outcome-twice", "chain.condition('(U + D <-> L)*(U <-> ~L)'): two asfs of one outcome in a "
        "csf", EDUCATE, "api", lambda: chain().condition("(U + D <-> L)*(U <-> ~L)"),
        "condition: '(U + D <-> L)*(U <-> ~L)' has more than one asf of the outcome L; a csf has one asf per outcome",
        origin="r migrant"),
    Bad("chain-condition-outcome-not-a-set", "chain.condition('U + D <-> Q'): an outcome the data does not have",
        EDUCATE, "api", lambda: chain().condition("U + D <-> Q"),
        "condition: the outcome 'Q' of 'U + D <-> Q' is not a set of the data (sets: U, D, L, G, E)",
        origin="r migrant"),
    Bad("chain-condition-not-text", "chain.condition(3): the formula given as a number", EDUCATE, "api",
        lambda: chain().condition(3),
        "condition: the formula must be an asf ('model <-> outcome', e.g. 'U + D <-> L') or a csf (asfs in "
        "parentheses joined by '*', e.g. '(U + D <-> L)*(L + G <-> E)'), got int 3", origin="r migrant"),
    Bad("chain-cli-condition-with-csf", "chain --condition '(U + D <-> L)*(L + G <-> E)' --csf: a formula to score "
        "and the chain's csf asked together", EDUCATE, "cli",
        cli("chain", EDUCATE, "--condition", "(U + D <-> L)*(L + G <-> E)", "--csf"),
        "--condition scores the formula given, --csf lists the chain's complex solution formulas: give one",
        origin="r migrant"),
    Bad("dask-unpicklable-summarize", "a sweep on a Dask cluster whose summarize callback holds a lock (it waited "
        "forever)", LF, "api", _dask_sweep_with_a_lock_in_summarize,
        "setting incl_cut=0.8 cannot be sent to the Dask workers: pickling it failed (TypeError: cannot pickle "
        "'_thread.lock' object)", origin="scale"),
    Bad("dask-unpicklable-data-column", "a sweep on a Dask cluster whose data has a column holding locks (a "
        "traceback from distributed)", LF, "api", _dask_sweep_with_a_lock_in_its_data,
        "setting incl_cut=0.8 cannot be sent to the Dask workers: column 'note' of its data cannot be pickled "
        "(TypeError: cannot pickle '_thread.lock' object)", origin="scale"),
    Bad("cli-pofind-relation-misspelt", "pofind --relation sufficency (R's pofind, its relation misspelt)", LF, "cli",
        cli("pofind", LF, "--outcome", "SURV", "--relation", "sufficency"),
        "error: --relation must be 'sufficiency' or 'necessity' (or 'suf' / 'nec'), got 'sufficency'; did you mean "
        "'sufficiency'?", origin="r migrant"),
    Bad("cli-pofind-expression", "pofind --expression 'DEV*URB' (pof's flag: pofind scores each condition)", LF, "cli",
        cli("pofind", LF, "--outcome", "SURV", "--expression", "DEV*URB"),
        "error: unrecognized arguments: --expression DEV*URB; pofind takes no --expression (pof, find-rows, cluster do)",
        origin="r migrant"),
    Bad("cli-pofind-necessity-switch", "pofind --necessity, pof's switch for R's pofind(relation = 'nec') (was: 'pofind "
        "takes no --necessity (pof, cluster do)', not what pofind takes)", LF, "cli",
        cli("pofind", LF, "--outcome", "SURV", "--necessity"),
        "error: unrecognized arguments: --necessity; pofind takes no --necessity (pof, cluster do): write --relation "
        "necessity", origin="r migrant"),
    Bad("cli-super-subset-sufficiency-switch", "super-subset --sufficiency, a switch for R's superSubset(relation = "
        "'suf') (was: 'unrecognized arguments' alone)", LF, "cli",
        cli("super-subset", LF, "--outcome", "SURV", "--sufficiency"),
        "error: unrecognized arguments: --sufficiency; super-subset takes no --sufficiency: write --relation "
        "sufficiency", origin="r migrant"),
    Bad("cli-pof-sufficiency-switch", "pof --sufficiency, super-subset's and pofind's relation as a switch (was: "
        "'unrecognized arguments' alone; pof's sufficiency is the default, --necessity the switch)", LF, "cli",
        cli("pof", LF, "--outcome", "SURV", "--expression", "DEV", "--sufficiency"),
        "error: unrecognized arguments: --sufficiency; pof takes no --sufficiency: --necessity for necessity (R's "
        "relation = 'necessity'); sufficiency is the default here", origin="r migrant"),
    Bad("calibrate-codes-label-missing", "calibrate: a 是/否 outcome recoded by its set's codes: {是: 1}, the label 否 "
        "left out", f("calibrate_codes_label_missing.yaml"), "cli",
        cli("calibrate", f("chinese_yes_no.csv"), "--spec", f("calibrate_codes_label_missing.yaml"), "--keep",
            "DEV,URB,LIT,IND,STB"),
        "calibrating 'SURV' from column 'SURV': label '否' not in codes (at case 'AU', 'EE', 'DE', 'GR'; codes: '是'): "
        "add it to the set's codes with a membership, or correct the cells", origin="own data"),
    Bad("calibrate-codes-with-thresholds", "calibrate: a set given codes and also type: crisp, thresholds: 0.5",
        f("calibrate_codes_with_thresholds.yaml"), "cli",
        cli("calibrate", f("chinese_yes_no.csv"), "--spec", f("calibrate_codes_with_thresholds.yaml"), "--keep",
            "DEV,URB,LIT,IND,STB"),
        "spec['SURV']: codes gives each label its membership, so the set is recoded, not calibrated: leave out type, "
        "thresholds (or codes, to calibrate the column)", origin="own data"),
    Bad("calibrate-codes-quoted-memberships", "calibrate: a set's codes: {是: '1', 否: '0'} (the memberships quoted, "
        "text to YAML)", f("calibrate_codes_quoted_memberships.yaml"), "cli",
        cli("calibrate", f("chinese_yes_no.csv"), "--spec", f("calibrate_codes_quoted_memberships.yaml"), "--keep",
            "DEV,URB,LIT,IND,STB"),
        "spec['SURV']: codes['是'] must be a membership, a number from 0 to 1 (1 in the set, 0 out of it), got '1' "
        "(str): write 1, a number without quotes", origin="own data"),
    Bad("calibrate-codes-list", "calibrate: a set's codes: [是, 否] (the labels listed, without their memberships)",
        f("calibrate_codes_list.yaml"), "cli",
        cli("calibrate", f("chinese_yes_no.csv"), "--spec", f("calibrate_codes_list.yaml"), "--keep",
            "DEV,URB,LIT,IND,STB"),
        "spec['SURV']: codes must map each label of the raw column to its membership, e.g. codes: {是: 1, 否: 0} (in "
        "Python {'是': 1, '否': 0}), got ['是', '否']", origin="own data"),
    Bad("calibrate-codes-out-of-range", "calibrate: a set's codes: {是: 100, 否: 0} (a membership as a percentage)",
        f("calibrate_codes_out_of_range.yaml"), "cli",
        cli("calibrate", f("chinese_yes_no.csv"), "--spec", f("calibrate_codes_out_of_range.yaml"), "--keep",
            "DEV,URB,LIT,IND,STB"),
        "spec['SURV']: codes['是'] must be a membership, a number from 0 to 1 (1 in the set, 0 out of it), got 100 "
        "(int): a percentage? write 1", origin="own data"),
    Bad("calibrate-frame-codes-label-twice", "calibrate_frame(raw, {'Y': {'codes': {1: 1, '1': 0}}}) (one label "
        "given twice, as a number and as text)", f("chinese_yes_no.csv"), "api",
        lambda: _qca()[0].calibrate_frame(pd.read_csv(ROOT / f("chinese_yes_no.csv")).set_index("case"),
                                          {"Y": {"source": "SURV", "codes": {1: 1, "1": 0}}}),
        "spec['Y']: codes names the label '1' twice; give each label once", origin="own data"),
    Bad("calibrate-frame-codes-missing-raise", "calibrate_frame(raw, {'Y': {'source': 'SURV', 'codes': {'是': 1, "
        "'否': 0}}}) with an empty cell (refused as a missing raw value is)", f("chinese_yes_no.csv"), "api",
        lambda: _qca()[0].calibrate_frame(
            pd.read_csv(ROOT / f("chinese_yes_no.csv")).set_index("case").assign(SURV=lambda d: d["SURV"].where(
                d.index != "BE")), {"Y": {"source": "SURV", "codes": {"是": 1, "否": 0}}}),
        "calibrating 'Y' from column 'SURV': 1 missing value at case 'BE'; drop or impute it, or give the set "
        "missing='keep' to leave its membership empty", origin="own data"),
    Bad("calibrate-keep-yes-no", "calibrate --keep SURV where SURV holds 是/否 (copied as text without a word; the next "
        "command refused it)", f("calibrate_keep_yes_no.yaml"), "cli",
        cli("calibrate", f("chinese_yes_no.csv"), "--spec", f("calibrate_keep_yes_no.yaml"), "--keep", "SURV"),
        "--keep SURV: its cells are yes/no labels ('否', '是'), copied as text, which the analysis refuses as a set; to "
        "analyse it, recode it in tests/bad_inputs/calibrate_keep_yes_no.yaml instead of keeping it: SURV: {codes: "
        "{'是': 1, '否': 0}}", kind="warning", origin="own data"),
    Bad("calibrate-codes-constant", "calibrate: a 是/否 outcome recoded by codes where every case is 是 (a set that does "
        "not vary, warned of as a calibrated one is)", f("yes_only.csv"), "cli",
        cli("calibrate", f("yes_only.csv"), "--spec", f("calibrate_codes_constant.yaml")),
        "set 'SURV': every case is above 0.5 (raw 'SURV' holds '是' only, codes '是': 1, '否': 0): the set does not vary "
        "in kind (no case on the other side), which no analysis can use; check the column and the codes",
        kind="warning", origin="own data"),
    Bad("calibrate-percentiles-argument", "calibrate(x, percentiles='e=5, c=50, i=95') (the key of a calibrate file's "
        "set given to calibrate(), which takes thresholds; was: refused as any unknown argument, the way unsaid)",
        "data/reference/datasets/LR.csv", "api",
        lambda: _qca()[0].calibrate(pd.read_csv(ROOT / "data/reference/datasets/LR.csv", index_col="case")["DEV"],
                                    percentiles="e=5, c=50, i=95"),
        "calibrate() takes no argument 'percentiles': anchors at percentiles of the raw values are calibrate_frame()'s, "
        "a set's 'percentiles' in place of its thresholds, calibrate_frame(df, {'DEV': {'percentiles': 'e=5, c=50, "
        "i=95'}})", origin="own data"),
    Bad("read-data-notes-first-sheet-python", "truth_table(df, outcome='SURV') of read_data(path) of a workbook whose "
        "first sheet holds notes (说明), the data on sheet 2 (was: 'not a column of the data (columns: '说明')', the "
        "command line alone naming the sheet)", f("notes_first_sheet.xlsx"), "api",
        lambda: _qca()[0].truth_table(_read_data(ROOT / f("notes_first_sheet.xlsx"))[0], outcome="SURV"),
        "outcome 'SURV' is not a column of the data (columns: '说明'); sheet 2 '数据' holds it: read_data(path, "
        "sheet=2) reads it (--sheet 2 on the command line; without sheet=, the first sheet, '说明', is read)",
        origin="own data"),
    Bad("excel-thousands-comma", "raw amounts as Excel shows them with a thousands separator, kept as text in the CSV "
        "('1,038.5', '3,400'; was: no hint, only 'non-numeric values')", *truth_table_cli("excel_thousands_comma.csv"),
        "'DEV': a thousands separator ',' (e.g. '1,038.5', a number Excel shows with separators, kept as text): write "
        "numbers without separators, e.g. '1038.5'", origin="own data"),
    Bad("calibrate-huge-raw-value", "calibrate(x, thresholds='0.001, 0.002, 0.003', logistic=False) where x holds "
        "1e306 and -1e306 (a raw value far beyond the anchors; was: numpy's 'RuntimeWarning: overflow encountered in "
        "divide' on the screen): memberships 1 and 0, as R's calibrate() gives them", "", "api",
        lambda: _numpy_silent(lambda: _qca()[0].calibrate([1e306, 0.0015, -1e306], thresholds="0.001, 0.002, 0.003",
                                                          logistic=False)), "", kind="handled", origin="own data"),
    Bad("calibrate-anchors-beyond-double-range", "calibrate([0.0], thresholds='-1e308, 1e308, 1.5e308', "
        "logistic=False) (anchors whose differences overflow; was: 0 instead of 0.25, c - e being inf, with numpy's "
        "overflow warning)", "", "api",
        lambda: _numpy_silent(lambda: _qca()[0].calibrate([0.0], thresholds="-1e308, 1e308, 1.5e308",
                                                          logistic=False)), "", kind="handled", origin="own data"),
    Bad("quote-never-closed", "a case name's quote (\") opened and never closed, '\"CZ,1,1,...' (was: 'line 4 has 1 "
        "cell, the header 7: fewer cells than columns; fill or remove the short row')",
        *truth_table_cli("quote_never_closed.csv"),
        "quote_never_closed.csv: line 4, character 1 (column 1, 'case'): a quote (\") opens a cell and is never closed: "
        "it runs to the end of the file (line 9), all one cell; close the quote, or remove it", origin="own data"),
    Bad("quote-never-closed-last-cell", "a quote (\") opened in the last cell of the last line, 'GR,0,0,0,0,0,\"0' (was: "
        "pandas' 'EOF inside string starting at row 8', said as 'a row has more cells than the header')",
        *truth_table_cli("quote_never_closed_last_cell.csv"),
        "line 9, character 14 (column 7, 'SURV'): a quote (\") opens a cell and is never closed: it runs to the end "
        "of the file (line 9)", origin="own data"),
    Bad("quote-never-closed-past-field-limit", "read_data of a file whose quote (\") on line 3 is never closed, the "
        "cell outgrowing the csv module's 131,072 characters at line 8,264 (was: the message named line 8,264)", "",
        "api", lambda: _read_text_file("case,DEV,URB,SURV\nc1,0.3,0.2,1\nc2,\"0.3,0.2,1\n"
                                       + "".join(f"c{i},0.1,0.5,1\n" for i in range(3, 9000))),
        "data.csv: line 3, character 4 (column 2, 'DEV'): a quote (\") opens a cell and is never closed: the cell runs "
        "past the 131,072 characters a cell may hold by line 8264; close the quote, or remove it", origin="own data"),
    Bad("summary-row-n-equals", "read_data of a file whose last row is labelled 'N=4', its values the count of the 4 "
        "cases above (was: read as a case without a word)", f("summary_row_n_equals.csv"), "api",
        lambda: _read_data(ROOT / HERE / "summary_row_n_equals.csv"),
        "line 6 ('N=4': its values are the counts of the rows above) looks like a summary row below the data (a total, "
        "mean or other statistic of the cases), not a case", kind="warning", origin="own data"),
    Bad("summary-row-sd-alone", "read_data of a file whose last row 'SD' holds the standard deviations of the cases "
        "above, without a 'Mean' row above it (was: taken for South Dakota, without a word)",
        f("summary_row_sd_alone.csv"), "api", lambda: _read_data(ROOT / HERE / "summary_row_sd_alone.csv"),
        "line 6 ('SD': its values are the standard deviations of the rows above) looks like a summary row below the "
        "data", kind="warning", origin="own data"),
    Bad("header-fullwidth-twin", "a header naming DEV twice, once in full-width letters, 'ＤＥＶ' (typed with a Chinese "
        "input method; was: two conditions without a word)", *truth_table_cli("header_fullwidth_twin.csv"),
        "column names 'DEV' (column 2) and 'ＤＥＶ' (column 4) are one name, the second in full-width characters (typed "
        "with a Chinese input method, 全角): read as two columns; delete the copy, or rename it if it holds another "
        "set", kind="warning", origin="own data"),
    Bad("calibrate-frame-huge-raw-value", "calibrate_frame of a column holding 1e306 (was: numpy's 'RuntimeWarning: "
        "overflow encountered in multiply' from the search for '1.038' read as 1.038)", "", "api",
        lambda: _numpy_silent(lambda: _qca()[0].calibrate_frame(
            pd.DataFrame({"x": [1e306, 0.0015, -1e306]}, index=["a", "b", "c"]),
            {"X": {"source": "x", "thresholds": "0.001, 0.002, 0.003"}})), "", kind="handled", origin="own data"),
    Bad("chain-simplest-csf-zero", "chain.simplest_csf(0), cna's csf(n.init = 0) (which returns no csf)", EDUCATE,
        "api", lambda: chain().simplest_csf(0), "n_init must be a positive whole number, got 0", origin="r migrant"),
    Bad("read-data-frame-as-path", "read_data(df): a DataFrame read already given as the file's path (was: 'file not "
        "found; looked for as /home/.../   DEV   URB ...' naming the frame's printout, or 'File name too long')", LF,
        "api", lambda: _read_data(lf()),
        "the path of the data file must be text (e.g. read_data('data.csv')) or a pathlib.Path, got a DataFrame of "
        "shape (18, 6): those are data read already; give the frame itself to the analysis, e.g. truth_table(df, "
        "outcome='Y', conditions=[...])", origin="own data"),
    Bad("read-data-open-file", "read_data(open('LF.csv')): the open file, not its path (was: 'file not found' naming "
        "<_io.TextIOWrapper name=...>)", LF, "api", lambda: _read_open_file(ROOT / LF),
        "got an open file (TextIOWrapper): give its path, ", origin="own data"),
    Bad("calibrate-infinite-named-cases", "calibrate(df['DEV'] / df['URB']) where a URB of 0 makes BE's ratio inf "
        "(was: 'x has infinite values at positions [1]', a position counted from 0 for a Series of named cases)", LF,
        "api", lambda: _numpy_silent(lambda: _qca()[0].calibrate(
            lf()["DEV"] / lf()["URB"].where(lf().index != "BE", 0.0), thresholds="1, 2, 3")),
        "x has 1 infinite value (inf) at case 'BE': calibration needs finite raw values (a ratio divided by 0?); "
        "correct it, or drop the case", origin="own data"),
    Bad("cli-empty-argument", "minimize LF.csv --outcome SURV \"$EXTRA\" with $EXTRA unset: an empty argument (was: "
        "'unrecognized arguments: ', naming nothing)", LF, "cli", cli("minimize", LF, "--outcome", "SURV", ""),
        "error: unrecognized arguments: an empty argument ('') after --outcome SURV: a shell variable left empty "
        "(\"$VAR\"), or quotes with nothing or blanks between them, give one; leave it out", origin="own data"),
    Bad("column-name-zero-width-space", "a header 'case,DEV\\u200b,URB,SURV' (a zero-width space copied from a web "
        "page; was: a column 'DEV\\u200b' kept without a word, so that conditions=['DEV'] was not found)", "", "api",
        lambda: _read_text_file("case,DEV\u200b,URB,SURV\nAU,0.81,0.12,0.05\nBE,0.99,0.89,0.95\n"),
        "data.csv: column name 'DEV\\u200b' (column 2) holds an invisible character (U+200B ZERO WIDTH SPACE, copied "
        "from a web page or a document): read as 'DEV'; delete it in the file", kind="warning", origin="own data"),
    Bad("case-name-byte-order-mark", "a case name 'BE\\ufeff' (a byte order mark inside the file, from files "
        "joined together; was: kept, so that the case typed 'BE' was not found)", "", "api",
        lambda: _read_text_file("case,DEV,SURV\nAU,0.81,0.05\nBE\ufeff,0.99,0.95\n"),
        "case name 'BE\\ufeff' (line 3) holds an invisible character (U+FEFF ZERO WIDTH NO-BREAK SPACE, copied from a "
        "web page or a document): read as 'BE'", kind="warning", origin="own data"),
    Bad("cell-fraction", "a membership written as a fraction, '1/2' (was: 'non-numeric values', no hint)", LF, "api",
        lambda: tt(with_cell(lf(), "AU", "DEV", "1/2"), "SURV"),
        "'DEV': a fraction (e.g. '1/2'), not a number the engine reads: write it as a decimal number, e.g. 0.5",
        origin="own data"),
    Bad("find-rows-r-order-with-type", "find_rows('~DEV*IND', tt, True, 2): R QCA's older findRows(expression, obj, "
        "remainders, type = 2) (was: told to write find_rows(tt, 'untenable', expression='~DEV*IND'), the type 2 "
        "dropped)", LF, "api",
        lambda: _qca()[0].find_rows("~DEV*IND", tt(lf(), "SURV"), True, 2),
        "(older R QCA's order, findRows(expression, obj)); write find_rows(tt, 'csa') (its rows need no expression)",
        origin="r migrant"),
    Bad("cli-flag-em-dash", "truth-table LF.csv \u2014outcome SURV: '--' turned into an em dash by a word processor's "
        "autocorrect, the command copied from a document (was: 'the following arguments are required: --outcome; write "
        "--outcome \u2014outcome')", LF, "cli", cli("truth-table", LF, "\u2014outcome", "SURV"),
        "error: '\u2014outcome' starts with '\u2014' (U+2014 EM DASH), not '--': a word processor, a web page or a PDF "
        "turns '--' into a dash; write --outcome", origin="own data"),
    Bad("truth-table-of-read-datas-pair", "truth_table(read_data('LF.csv'), 'SURV'): read_data's pair (frame, case "
        "column) given as the data (was: 'data must be a pandas DataFrame, got tuple', no hint)", LF, "api",
        lambda: tt(_read_data(ROOT / LF), "SURV"),
        "got tuple: read_data returns two things, the frame and its column of case names: df, case = read_data(path), "
        "then truth_table(df, ..., case_column=case)", origin="own data"),
    Bad("calibrate-frame-spec-yaml-text", "calibrate_frame(df, \"DEV: {thresholds: '60, 75, 90'}\"): the YAML text "
        "pasted (was: told to read it as a file, read_spec_file(\"DEV: {...}\"))", LF, "api",
        lambda: _qca()[0].calibrate_frame(lf(), "DEV: {thresholds: '60, 75, 90'}"),
        "YAML text? read it first, calibrate_frame(df, yaml.safe_load(text)), or give the mapping", origin="own data"),
    Bad("cli-conditions-quoted-items", "--conditions \"'DEV','URB','LIT'\" (Python's quotes typed inside the list; was: "
        "'unknown conditions: ''DEV'', ...' with no hint)", LF, "cli",
        cli("truth-table", LF, "--outcome", "SURV", "--conditions", "'DEV','URB','LIT'"),
        "; \"'DEV'\": without the quotes or brackets of a list copied as text, 'DEV'", origin="own data"),
    Bad("cli-condition-zero-width-space", "--conditions 'DEV\\u200b,URB' (a zero-width space copied from a web page; "
        "was: 'unknown condition: 'DEV​'; did you mean 'DEV'?', the difference invisible)", LF, "cli",
        cli("truth-table", LF, "--outcome", "SURV", "--conditions", "DEV\u200b,URB"),
        "'DEV\\u200b' holds an invisible character (U+200B ZERO WIDTH SPACE, copied from a web page or a document): "
        "write 'DEV'", origin="own data"),
    Bad("cli-incl-cut-pair-with-a-blank", "--incl-cut '0.8 0.6' (two cut-offs quoted with a blank between; was: no "
        "hint, where '0.8;0.6' had one)", LF, "cli", cli("truth-table", LF, "--outcome", "SURV", "--incl-cut", "0.8 0.6"),
        "error: --incl-cut must be a number or two numbers 'ic1,ic0', got '0.8 0.6'; write 0.8,0.6 (',' between the two "
        "cut-offs)", origin="own data"),
    Bad("outcome-zero-width-space", "outcome='SURV\\u200b' (the name copied from a web page with a zero-width space; "
        "was: 'did you mean 'SURV'?' over a difference nobody sees)", LF, "api", lambda: tt(lf(), "SURV\u200b"),
        "'SURV\\u200b' holds an invisible character (U+200B ZERO WIDTH SPACE, copied from a web page or a document): "
        "write 'SURV'", origin="own data"),
    Bad("cli-incl-cut-trailing-comma", "--incl-cut '0.8,' (a comma typed at the end; was: 'must be a number or two "
        "numbers', no hint)", LF, "cli", cli("truth-table", LF, "--outcome", "SURV", "--incl-cut", "0.8,"),
        "error: --incl-cut must be a number or two numbers 'ic1,ic0', got '0.8,': nothing after ','; write 0.8 (one "
        "cut-off), or two cut-offs, e.g. 0.9,0.6", origin="own data"),
    Bad("cli-include-no-value", "minimize --include with no value (taken for a switch; was argparse's 'expected one "
        "argument' alone)", LF, "cli", cli("minimize", LF, "--outcome", "SURV", "--include"),
        "error: argument --include: expected one argument; --include takes '?' (remainders: the parsimonious solution, "
        "or the intermediate with --dir-exp), 'C' (contradictions) or '?,C' (both)", origin="own data"),
    Bad("outcome-negated-invisible-character", "outcome='~SURV\\u2060' (a negated outcome copied with a word joiner; "
        "was: 'write 'SURV'', the '~' dropped)", LF, "api", lambda: tt(lf(), "~SURV\u2060"),
        "'~SURV\\u2060' holds an invisible character (U+2060 WORD JOINER, copied from a web page or a document): "
        "write '~SURV'", origin="own data"),
    Bad("data-list-of-rows", "truth_table([[1, 0, 1], [0, 1, 0]], 'Y') (rows typed as lists; was: 'got list', no "
        "hint)", "", "api", lambda: tt([[1, 0, 1], [0, 1, 0]], "Y"),
        "data must be a pandas DataFrame, got list: rows of values? pd.DataFrame(rows, columns=[...], index=[...]) "
        "makes the frame (columns= the sets' names, one per value of a row, 3 here; index= the case names)",
        origin="own data"),
    Bad("cli-incl-cut-percent-trailing-comma", "--incl-cut '80,' (a percentage with a comma typed at the end; was: "
        "'must be a number or two numbers', no hint)", LF, "cli",
        cli("truth-table", LF, "--outcome", "SURV", "--incl-cut", "80,"),
        "error: --incl-cut must be a number or two numbers 'ic1,ic0', got '80,': nothing after ','; a percentage? "
        "write 0.8 (one cut-off), or two cut-offs, e.g. 0.9,0.6", origin="own data"),
    Bad("outcome-value-invisible-character", "outcome='SURV\\u2060{1}' (a multi-value outcome's value copied with a "
        "word joiner; was: 'write 'SURV'', the value dropped)", LM, "api", lambda: tt(lm(), "SURV\u2060{1}"),
        "'SURV\\u2060{1}' holds an invisible character (U+2060 WORD JOINER, copied from a web page or a document): "
        "write 'SURV{1}'", origin="own data"),
    Bad("cli-outcome-invisible-after-value", "--outcome 'SURV{1}\\u2060' (an invisible character after the value; "
        "was: 'cannot read it; write a column name, ...', the character not named)", LM, "cli",
        cli("truth-table", LM, "--outcome", "SURV{1}\u2060"),
        "error: --outcome 'SURV{1}\\u2060': cannot read it; 'SURV{1}\\u2060' holds an invisible character (U+2060 "
        "WORD JOINER, copied from a web page or a document): write 'SURV{1}'", origin="own data"),
    Bad("cli-nec-cond-r-vector", "esa --nec-cond 'c(\"LIT\", \"STB\")' (SetMethods' vector copied as text; was: "
        "'parentheses are not supported' of 'c(\"LIT\"', a piece of it)", LF, "cli",
        cli("esa", LF, "--outcome", "SURV", "--nec-cond", 'c("LIT", "STB")'),
        "error: --nec-cond 'c(\"LIT\", \"STB\")': R's vector c(...) copied as text; write 'LIT,STB' (each necessary)",
        origin="own data"),
    Bad("esa-untenable-r-vector", "esa(tt, untenable='c(\"DEV*~URB\", \"~LIT\")') (R's vector copied as text; was: "
        "'parentheses are not supported; write it as a sum of products')", LF, "api",
        lambda: _qca()[0].esa(tt_lf(), untenable='c("DEV*~URB", "~LIT")'),
        "untenable 'c(\"DEV*~URB\", \"~LIT\")': R's vector c(...) copied as text; write 'DEV*~URB + ~LIT' (one term per "
        "untenable combination)", origin="own data"),
    Bad("calibrate-thresholds-r-vector", "calibrate: a set's {thresholds: c(350, 550, 850)} (R's vector, unquoted in a "
        "YAML {...}, read as thresholds 'c(350' and keys 550, '850)'; was: 'unknown argument(s)' alone)",
        f("calibrate_thresholds_r_vector.yaml"), "cli",
        cli("calibrate", "data/reference/datasets/LR.csv", "--spec", f("calibrate_thresholds_r_vector.yaml"),
            "--keep", "URB,LIT,IND,STB,SURV"),
        "unknown argument(s) '550', '850)'; allowed: above, below, codes, idm, logistic, method, missing, missing_codes, "
        "percentiles, source, thresholds, type; R's vector c(...) left unquoted in a YAML {...}? YAML ends a value at ',' "
        "and reads 550, '850)' as keys: quote the thresholds without c( ), thresholds: '350, 550, 850'",
        origin="own data"),
    Bad("cluster-outcome-as-cluster", "cluster --cluster SURV (the outcome's column given for the waves; was: '2 rows "
        "(9, 27) hold unit 'HU' in cluster '0.42' ...', the memberships read as ids)", f("panel_unit_column.csv"), "cli",
        cli("cluster", f("panel_unit_column.csv"), "--outcome", "SURV", "--expression", "DEV*STB", "--unit", "CASE",
            "--cluster", "SURV"),
        "error: --cluster 'SURV' is the outcome (--outcome 'SURV'), not a column of ids: give the column of cluster ids "
        "(e.g. the wave)", origin="own data"),
    Bad("spec-drop-r-vector", "a sweep file's test with drop_cases: c(\"AU\", \"BE\") in a YAML {...} (R's vector; "
        "was: YAML's 'expected ',' or '}'' alone)", f("spec_drop_r_vector.yaml"), "cli",
        cli("robustness", LF, "--spec", f("spec_drop_r_vector.yaml")),
        "not valid YAML (line 6, column 47: expected ',' or '}', but got '<scalar>' (while parsing a flow mapping from "
        "line 6, column 5); line 6 has R's vector c(\"AU\", \"BE\"): write a YAML list, [AU, BE])", origin="own data"),
    Bad("robustness-drop-cases-not-a-list", "a sweep file's test with drop_cases: FI, SE (the brackets of a list left "
        "out; its message had no Chinese line)", f("spec_drop_not_a_list.yaml"), "cli",
        cli("robustness", LF, "--spec", f("spec_drop_not_a_list.yaml")),
        "test 'no FI SE': drop_cases must be a list of case names, got 'FI, SE': write a list, [FI, SE] (Python: "
        "['FI', 'SE'])", origin="own data"),
    Bad("plot-json", "plot --json (the figure's command, which writes a file and prints one line; was: the flag "
        "accepted and left unused)", LF, "cli",
        cli("plot", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--out", "build/never.png", "--json"),
        "error: unrecognized arguments: --json; plot takes no --json (minimize, truth-table, necessity, super-subset, "
        "pof, pofind, find-rows, esa, robustness, cases, theory, cluster, chart, good-practice, chain, calibrate do)",
        origin="own data"),
    Bad("cli-theory-r-vector", "theory --theory 'c(\"DEV\", \"URB\")' (R's vector copied as text; was: 'parentheses "
        "are not supported; write it as a sum of products', of parentheses the user did not write as such)", LF, "cli",
        cli("theory", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--theory", 'c("DEV", "URB")'),
        "error: --theory 'c(\"DEV\", \"URB\")': R's vector c(...) copied as text; write 'DEV + URB' (any of them: terms "
        "are joined by '+') or 'DEV*URB' (all of them: '*' within a term)", origin="new user"),
    Bad("pof-r-vector", "pof('c(\"DEV*URB\", \"LIT + STB\")', data, 'SURV') (R's pof(c(...)) copied as text; was: "
        "'parentheses are not supported')", LF, "api",
        lambda: _qca()[0].pof('c("DEV*URB", "LIT + STB")', lf(), "SURV"),
        "expression 'c(\"DEV*URB\", \"LIT + STB\")': R's vector c(...) copied as text; write 'DEV*URB + LIT + STB' (any "
        "of them: terms are joined by '+')", origin="new user"),
    Bad("cli-expression-full-width-parentheses", "pof --expression 'DEV*（URB + LIT）' (parentheses typed with a Chinese "
        "input method; was: 'unknown conditions '（URB', 'LIT）'; did you mean 'URB'?')", LF, "cli",
        cli("pof", LF, "--outcome", "SURV", "--expression", "DEV*\uff08URB + LIT\uff09"),
        "error: --expression 'DEV*\uff08URB + LIT\uff09': parentheses are not supported ('\uff08', '\uff09' are full-width "
        "characters, typed with a Chinese input method, 全角); write its sum of products, 'DEV*URB + DEV*LIT'",
        origin="new user"),
    Bad("theory-full-width-parentheses", "theory_evaluation('\uff5e\uff08DEV\uff0aURB\uff09', sol) (a negated group "
        "typed full-width; was: 'unknown conditions' with a near name each)", LF, "api",
        lambda: _qca()[0].theory_evaluation("\uff5e\uff08DEV\uff0aURB\uff09", mz(tt_lf())),
        "theory '\uff5e\uff08DEV\uff0aURB\uff09': parentheses are not supported ('\uff5e', '\uff08', '\uff0a', '\uff09' "
        "are full-width characters, typed with a Chinese input method, 全角); write its sum of products, '~DEV + ~URB'",
        origin="new user"),
    Bad("cli-expression-full-width-comma", "pof --expression 'DEV\uff0cURB' (a list typed with a Chinese input "
        "method's comma; was: \"'\uff0c' -> ','\", e.g. 'DEV,URB', an expression refused again)", LF, "cli",
        cli("pof", LF, "--outcome", "SURV", "--expression", "DEV\uff0cURB"),
        "error: --expression 'DEV\uff0cURB': unknown condition 'DEV\uff0cURB'; '\uff0c' is a full-width comma, and ',' "
        "joins nothing in an expression: write 'DEV + URB' (any of them: terms are joined by '+') or 'DEV*URB' (all of "
        "them: '*' within a term)", origin="new user"),
    Bad("theory-as-a-list", "theory_evaluation(['DEV', 'URB'], sol) (R's c(\"DEV\", \"URB\") as a Python list; was: "
        "'... got list' alone)", LF, "api", lambda: _qca()[0].theory_evaluation(["DEV", "URB"], mz(tt_lf())),
        "theory must be an expression of the conditions as text, e.g. 'DEV*STB + ~URB', got list; a list joins nothing "
        "in an expression: write 'DEV + URB' (any of them: terms are joined by '+') or 'DEV*URB' (all of them: '*' "
        "within a term)", origin="new user"),
    Bad("cluster-outcome-as-cluster-api", "cluster_diagnostics(panel, 'DEV*STB', 'SURV', unit='CASE', cluster='SURV') "
        "(the outcome given for the waves; was refused on the command line only, the API read the memberships as ids)",
        f("panel_unit_column.csv"), "api",
        lambda: _qca()[0].cluster_diagnostics(pd.read_csv(ROOT / f("panel_unit_column.csv")), "DEV*STB", "SURV",
                                              unit="CASE", cluster="SURV"),
        "cluster='SURV' is the outcome (outcome='SURV'), not a column of ids: give the column of cluster ids (e.g. the "
        "wave)", origin="new user"),
    Bad("cluster-negated-outcome-as-unit-api", "cluster_diagnostics(panel, 'DEV*STB', '~SURV', unit='SURV', "
        "cluster='WAVE') (the outcome's column given for the units)", f("panel_unit_column.csv"), "api",
        lambda: _qca()[0].cluster_diagnostics(pd.read_csv(ROOT / f("panel_unit_column.csv")), "DEV*STB", "~SURV",
                                              unit="SURV", cluster="WAVE"),
        "unit='SURV' is the outcome (outcome='~SURV'), not a column of ids: give the column of unit ids (e.g. the "
        "country)", origin="new user"),
    Bad("spec-incl-cut-r-vector", "a sweep file's test {incl_cut: c(0.75, 0.6)} (R's vector in a YAML {...}, read as "
        "incl_cut 'c(0.75' and a key '0.6)'; was: 'unknown key(s) '0.6)'' alone)", f("spec_incl_cut_r_vector.yaml"),
        "cli", cli("robustness", LF, "--spec", f("spec_incl_cut_r_vector.yaml")),
        "error: tests/bad_inputs/spec_incl_cut_r_vector.yaml: test 1: unknown key(s) '0.6)'; allowed: label, incl_cut, "
        "n_cut, pri_cut, calibrate, drop_cases, keep_cases; R's vector c(...) left unquoted in a YAML {...}? YAML ends a "
        "value at ',' and reads '0.6)' as a key: write a YAML list, incl_cut: [0.75, 0.6]", origin="new user"),
    Bad("spec-equals-sign", "a sweep file's line incl_cut = 0.8 (R's assignment; was: YAML's 'could not find expected "
        "':'' alone)", f("spec_equals_sign.yaml"), "cli", cli("robustness", LF, "--spec", f("spec_equals_sign.yaml")),
        "line 4 writes 'incl_cut = 0.8' with '=' (R's assignment): YAML writes a key and its value as 'incl_cut: 0.8')",
        origin="new user"),
    Bad("spec-test-equals-sign", "a sweep file's test {label: lower cut, incl_cut = 0.7} (R's assignment in a YAML "
        "{...}, read as one key; was: \"did you mean 'incl_cut'?\")", f("spec_test_equals_sign.yaml"), "cli",
        cli("robustness", LF, "--spec", f("spec_test_equals_sign.yaml")),
        "test 1: unknown key(s) 'incl_cut = 0.7' (written with '=', R's assignment: write 'incl_cut: 0.7' with ':' and a "
        "blank after it); allowed: label, incl_cut", origin="new user"),
    Bad("cli-dir-exp-full-width-colon", "esa --dir-exp 'DEV\uff1a1\uff0cURB\uff1a0' (a full-width colon and comma; "
        "was: 'unknown conditions 'DEV：1', ...; did you mean 'DEV'?', the colon not named)", LF, "cli",
        cli("esa", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--dir-exp", "DEV\uff1a1\uff0cURB\uff1a0"),
        "error: cannot read --dir-exp 'DEV\uff1a1\uff0cURB\uff1a0': write them with ',' between the conditions and '=' "
        "before a value (the syntax is NAME=VALUE, not NAME\uff1aVALUE; '\uff1a', '\uff0c' are full-width characters, "
        "typed with a Chinese input method, 全角), as 'DEV=1,URB=0'; ';' joins the values of one multi-value condition",
        origin="new user"),
    Bad("cli-r-name-value", "truth-table ... incl.cut=0.8 n.cut=2 (R's arguments typed after the data file; was: "
        "'unrecognized arguments: incl.cut=0.8 n.cut=2' alone)", LF, "cli",
        cli("truth-table", LF, "--outcome", "SURV", "incl.cut=0.8", "n.cut=2"),
        "error: unrecognized arguments: incl.cut=0.8 n.cut=2; R's name = value is written as a flag here: write "
        "--incl-cut 0.8 --n-cut 2", origin="new user"),
    Bad("cli-r-name-value-switch-and-details", "minimize ... --incl-cut 0.8 all.sol=TRUE (R's argument after a flag's "
        "value; was: '--incl-cut takes one value: write --incl-cut 0.8,all.sol=TRUE', a value refused again)", LF,
        "cli", cli("minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "all.sol=TRUE"),
        "error: unrecognized arguments: all.sol=TRUE; R's name = value is written as a flag here; all.sol=TRUE: "
        "--all-sol is R QCA's minimize(..., all.sol = ...)", origin="new user"),
    Bad("cli-out-read-as-outcome", "minimize DATA --out result.csv (plot's and calibrate's flag; was read as --outcome "
        "'result.csv': \"--outcome 'result.csv' is not a column\", or '--outcome is given 2 times' after --outcome)",
        LF, "cli", cli("minimize", LF, "--out", "result.csv", "--incl-cut", "0.8"),
        "error: --out is no flag of minimize (argparse would read it as --outcome, the flag it begins): plot, calibrate "
        "take --out; it prints its result: write it to a file with the shell's '>' (e.g. > result.txt), with --csv / "
        "--json for a table; for --outcome, write it in full", origin="new user"),
    Bad("excel-gbk-after-bom", "a GBK CSV that begins with UTF-8's byte order mark (an editor's 'UTF-8 with BOM' "
        "added to GBK text; was: 'byte 0xef on line 1', the mark's byte, which is valid, and no GBK hint)",
        *truth_table_cli("excel_gbk_bom.csv"),
        "not UTF-8 text (byte 0xb0 on line 2): Chinese text in the code page GBK, as Excel on Chinese Windows saves "
        "'CSV (逗号分隔)' (line 2 reads '奥地利,1,0,1,1,0,0' in GBK)", origin="new user"),
    Bad("two-header-rows-cn-csv", "a CSV with Chinese labels on line 1 above the short names on line 2 (国家 above "
        "case; was: 'non-numeric values in column(s) '国家' (case(s) '1': 'case', ...); '发展' (case(s) '1': 'DEV')', "
        "line 2 read as a case)", *truth_table_cli("two_header_rows_cn.csv"),
        "line 2 holds names, not values ('DEV', 'URB', 'LIT', 'IND', 'STB', 'SURV'), above rows of numbers: a header "
        "over two lines", origin="new user"),
    Bad("two-header-rows-cn-xlsx", "a workbook with Chinese labels in row 1 above the short names in row 2 (was: each "
        "short name a non-numeric value of a case 'case')", "", "api", lc_book(_chinese_labels_above),
        "sheet 'Data', row 2 holds names, not values ('DEV', 'URB', 'LIT', 'IND', 'STB', 'SURV'), above rows of "
        "numbers: a header over two lines", origin="new user"),
    Bad("calibrate-thresholds-percent-signs", "calibrate(x, thresholds='e=35%, c=55%, i=85%') (anchors as a report "
        "writes them; was: \"threshold '35%' is not a number\" alone)", "", "api",
        lambda: _qca()[0].calibrate(pd.Series([10.0, 50.0, 90.0]), thresholds="e=35%, c=55%, i=85%"),
        "threshold '35%' is not a number (thresholds 'e=35%, c=55%, i=85%'); a percentage? write the thresholds without "
        "'%', in the raw values' units: 'e=35, c=55, i=85' (raw values in percent, 0-100) or 'e=0.35, c=0.55, i=0.85' "
        "(shares, 0-1)", origin="own data"),
]

Call = Callable[[], object]
