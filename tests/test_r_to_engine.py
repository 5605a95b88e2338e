"""docs/r-to-engine.md, the table from R's QCA and SetMethods to this engine, is true and complete: every Python
function, keyword and CLI flag it names exists; every argument of each R usage line it quotes has a row; every R
argument the engine refuses as not implemented (r_calls.R_ONLY_ARGUMENTS) is listed so; and each R name of a row
that is not the Python name, given to the function, is answered with what to write (not a bare 'takes no
argument')."""
from __future__ import annotations

import inspect
import json
import re
from pathlib import Path

import pandas as pd
import pytest

from analysis import qca
from analysis.qca import QCAInputError
from analysis.qca.cli import _commands, build_parser, main
from analysis.qca.cli_args import _flags
from analysis.qca.r_calls import R_ONLY_ARGUMENTS

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "docs" / "r-to-engine.md"
LF = ROOT / "data/reference/datasets/LF.csv"


def _sections() -> list[dict]:
    """Each argument table: its R usage line's arguments, the function and command it maps to, and its rows
    (R, Python, CLI, notes cells)."""
    text = PAGE.read_text(encoding="utf-8")
    out = []
    for m in re.finditer(r"^R: `(\w[\w.]*)\(([^)]*)\)`.*?\n(?:.*\n)?<!-- function: (\w+); command: ([\w-]+) -->\n\n"
                         r"((?:\|.*\n)+)", text, re.MULTILINE):
        rows = [[c.strip() for c in line.strip().strip("|").split("|")] for line in m.group(5).splitlines()[2:]]
        out.append({"r": m.group(1), "args": [a.strip() for a in m.group(2).split(",")], "function": m.group(3),
                    "command": m.group(4), "rows": rows})
    return out


SECTIONS = _sections()


def _codes(cell: str) -> list[str]:
    return re.findall(r"`([^`]+)`", cell)


def test_the_page_has_its_sections():
    assert {s["function"] for s in SECTIONS} >= {"truth_table", "minimize", "pof", "pofind", "super_subset",
                                                 "find_rows", "esa", "smmr", "theory_evaluation",
                                                 "cluster_diagnostics", "robustness_protocol", "threshold_range"}


@pytest.mark.parametrize("section", SECTIONS, ids=lambda s: s["r"])
def test_every_argument_of_the_r_usage_line_has_a_row(section):
    listed = {name for row in section["rows"] for name in _codes(row[0])}
    missing = [a for a in section["args"] if a not in listed]
    assert not missing, f"{section['r']}: no row for {missing}"


@pytest.mark.parametrize("section", SECTIONS, ids=lambda s: s["r"])
def test_every_python_name_and_flag_of_a_row_exists(section):
    f = getattr(qca, section["function"])
    params = inspect.signature(f).parameters
    parser = build_parser()
    assert section["command"] in _commands(parser), section["command"]
    own = _flags(parser, section["command"])
    for r_cell, py_cell, cli_cell, *_ in section["rows"]:
        for code in _codes(py_cell):
            call = re.fullmatch(r"(\w+)\((.*)\)", code)
            if call:   # another function: it exists and takes the keywords written
                g = getattr(qca, call.group(1))
                for kw in re.findall(r"(\w+)=", call.group(2)):
                    assert kw in inspect.signature(g).parameters, (code, kw)
            elif re.fullmatch(r"\w+", code):
                assert code in params, (section["function"], code)
        for code in _codes(cli_cell):
            if code == "DATA.csv":
                continue
            words = code.split()
            command = words[0] if not words[0].startswith("--") else section["command"]
            for flag in (w for w in words if w.startswith("--")):
                assert flag in _flags(parser, command), (command, flag)


# calibrate's R-only argument (ecdf) is documented with calibrate_frame's specification (calibrate.py), not here
@pytest.mark.parametrize("function", sorted(set(R_ONLY_ARGUMENTS) - {"calibrate"}))
def test_every_r_argument_refused_as_not_implemented_is_listed_so(function):
    sections = [s for s in SECTIONS if s["function"] == function]
    assert sections, function
    rows = {name: row for s in sections for row in s["rows"] for name in _codes(row[0])}
    for r_name in R_ONLY_ARGUMENTS[function]:
        assert r_name in rows and rows[r_name][1] == "not implemented", (function, r_name)


@pytest.fixture(scope="module")
def objects():
    lf = pd.read_csv(LF, index_col="case")
    tt = qca.truth_table(lf, "SURV", "DEV, URB, LIT, IND, STB", incl_cut=0.8)
    sol = qca.minimize(tt, include="?", dir_exp="1,1,1,1,1")
    panel = pd.read_csv(ROOT / "data/reference/r-setmethods/LF_panel.csv", index_col=0)
    return {
        "truth_table": lambda **kw: qca.truth_table(lf, "SURV", **kw),
        "minimize": lambda **kw: qca.minimize(tt, **kw),
        "pof": lambda **kw: qca.pof("LIT", lf, "SURV", **kw),
        "pofind": lambda **kw: qca.pofind(lf, "SURV", **kw),
        "super_subset": lambda **kw: qca.super_subset(lf, "SURV", **kw),
        "find_rows": lambda **kw: qca.find_rows(tt, "csa", **kw),
        "esa": lambda **kw: qca.esa(tt, **kw),
        "smmr": lambda **kw: qca.smmr(sol, **kw),
        "theory_evaluation": lambda **kw: qca.theory_evaluation("DEV*STB", sol, **kw),
        "cluster_diagnostics": lambda **kw: qca.cluster_diagnostics(panel, "DEV*~IND", "SURV", unit="CASE",
                                                                    cluster="WAVE", **kw),
        "robustness_protocol": lambda **kw: qca.robustness_protocol(lf, "SURV", "DEV, URB", [], **kw),
        "threshold_range": lambda **kw: qca.threshold_range(lf, "SURV", "DEV, URB", "incl_cut", 0.01, **kw),
        "causal_chain": lambda **kw: qca.causal_chain(lf, "SURV", **kw),
    }


def _r_names_not_taken():
    for s in SECTIONS:
        params = inspect.signature(getattr(qca, s["function"])).parameters
        first = next(iter(params))
        for row in s["rows"]:
            for r_name in _codes(row[0]):
                python = _codes(row[1])
                if r_name.replace(".", "_") in params or (python and python[0] == first):
                    continue   # the same name here, or the object itself (given first, positionally)
                yield s["function"], r_name, row[1]


@pytest.mark.parametrize("function, r_name, python", list(_r_names_not_taken()))
def test_an_r_name_given_to_the_function_says_what_to_write(objects, function, r_name, python):
    with pytest.raises(QCAInputError) as exc:
        objects[function](**{r_name: 1})
    message = str(exc.value)
    said = ["R QCA's", "SetMethods'", "R's", "leave it out", "is an argument of truth_table()"]
    said += [f"write {code}" for code in _codes(python)] + [f"did you mean '{code}'" for code in _codes(python)]
    assert any(s in message for s in said), message


def test_every_function_and_command_of_the_functions_table_exists():
    text = PAGE.read_text(encoding="utf-8")
    table = text.split("## Functions", 1)[1].split("\n## ", 1)[0]
    rows = [[c.strip() for c in line.strip().strip("|").split("|")] for line in table.splitlines()
            if line.startswith("| `")]
    assert len(rows) >= 15
    commands = _commands(build_parser())
    for r_cell, py_cell, cli_cell, *_ in rows:
        for code in _codes(py_cell):
            name = re.fullmatch(r"(\w+)\(\)", code)
            assert name is None or hasattr(qca, name.group(1)), code
        for code in _codes(cli_cell):
            assert code.split()[0] in commands, code
            for flag in (w for w in code.split() if w.startswith("--")):
                assert flag in _flags(build_parser(), code.split()[0]), code


def test_the_page_says_where_the_count_of_models_is_a_lower_bound_with_names_that_exist(objects):
    """R counts every minimal model; here a count past max_work is a lower bound (n_models_exact False, a partial
    answer): the page gave R's sol$solution as sol.models and said nothing of how many there are or when that number
    is not exact. The result paragraph now says so, and each sol.NAME it gives is an attribute of a solution."""
    text = PAGE.read_text(encoding="utf-8")
    result = text.split("The result (`sol = minimize(...)`)", 1)[1].split("\n## ", 1)[0]
    assert "`sol.n_models`" in result and "`sol.n_models_exact` False" in result and "at least N" in result
    assert "`allow_partial=False`" in result and "`--refuse-partial`" in result and "`max_work`" in result
    sol = qca.minimize(qca.truth_table(pd.read_csv(LF, index_col="case"), "SURV", incl_cut=0.8), include="?",
                       dir_exp="1,1,1,1,1")
    names = set(re.findall(r"`sol\.(\w+)", result)) - {"IC"}   # R's name, which the paragraph says is answered
    assert {"n_models", "n_models_exact", "partial"} <= names
    assert all(hasattr(sol, name) for name in names), [n for n in names if not hasattr(sol, n)]
    assert "allow_partial" in inspect.signature(qca.minimize).parameters
    assert "--refuse-partial" in _flags(build_parser(), "minimize")


def test_the_readme_points_r_users_to_the_page():
    assert "docs/r-to-engine.md" in (ROOT / "README.md").read_text(encoding="utf-8")


_CLI_BASE = {"minimize": ["--outcome", "SURV", "--incl-cut", "0.8", "--include", "?"],
             "truth-table": ["--outcome", "SURV"], "chain": ["--outcomes", "SURV"]}


def _r_flags_not_taken():
    parser = build_parser()
    for s in SECTIONS:
        if s["command"] not in _CLI_BASE:
            continue
        own = _flags(parser, s["command"])
        first = next(iter(inspect.signature(getattr(qca, s["function"])).parameters))
        for row in s["rows"]:
            for r_name in _codes(row[0]):
                flag = "--" + r_name.replace(".", "-")
                if (any(o.startswith(flag) for o in own)   # the flag, or argparse's abbreviation of it (--row-dom)
                        or _codes(row[1])[:1] == [first] or r_name in ("outcome", "conditions")):
                    continue
                yield s["command"], flag


@pytest.mark.parametrize("command, flag", list(_r_flags_not_taken()))
def test_an_r_name_typed_as_a_flag_says_what_to_write(capsys, command, flag):
    """minimize --details, --use-letters, --method ...: the command line answers each R name of the tables as the
    library does (with its flag), not with a bare 'unrecognized arguments'."""
    from analysis.qca.cli import main

    assert main([command, str(LF), *_CLI_BASE[command], flag, "1"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert re.search(r"R QCA's|R's|leave it out|did you mean|write --|takes no", err), err
    assert err.strip() != f"error: unrecognized arguments: {flag} 1", err


def _habits() -> str:
    text = PAGE.read_text(encoding="utf-8")
    return " ".join(text[text.index("Habits that differ"):text.index("## Functions")].split())


LC = ROOT / "data/reference/datasets/LC.csv"
LC_CONDITIONS = ["DEV", "URB", "LIT", "IND", "STB"]


def test_one_row_to_exclude_is_written_as_r_writes_it():
    """The page gave only R's `exclude = c(10, 12)`; one row (`exclude = 10`) is read as that row."""
    assert "`exclude = 10`, is `exclude=10`" in _habits()
    tt = qca.truth_table(pd.read_csv(LC, index_col="case"), "SURV", LC_CONDITIONS)
    assert str(qca.minimize(tt, include="?", exclude=10)) == str(qca.minimize(tt, include="?", exclude=[10]))


def test_cases_of_a_frame_without_row_names_are_numbered_as_the_page_says(tmp_path, monkeypatch, capsys):
    """Coming from R, where a frame read without row names numbers its cases 1, 2, ...: the page says pandas' labels
    start at 0 and how to number them as R and the command line do; both halves are checked against the CLI."""
    habits = _habits()
    assert "pandas 0, 1, 2, ..." in habits and "`df.index = pd.RangeIndex(1, len(df) + 1)`" in habits
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())   # its engine section says it too
    assert "its cases are pandas' labels 0, 1, 2, ..." in readme
    assert "`df.index = pd.RangeIndex(1, len(df) + 1)` numbers them as those do" in readme
    df = pd.read_csv(LC).drop(columns="case")
    path = tmp_path / "LC_no_case.csv"
    df.to_csv(path, index=False)
    monkeypatch.chdir(tmp_path)
    assert main(["truth-table", str(path), "--outcome", "SURV", "--json"]) == 0
    cli = {r["row"]: r["cases"] for r in json.loads(capsys.readouterr().out)["rows"]}

    def rows(frame):
        return json.loads(json.dumps(qca.truth_table(frame, "SURV", LC_CONDITIONS).to_dict()))["rows"]

    def cases(frame):
        return {r["row"]: r["cases"] for r in rows(frame)}

    assert cases(df) == {row: [str(int(c) - 1) for c in names] for row, names in cli.items()}
    for r in rows(df):   # df.loc[int(case)] is the case: its conditions are its row's
        assert all(df.loc[int(c), LC_CONDITIONS].tolist() == r["config"] for c in r["cases"]), r
    df.index = pd.RangeIndex(1, len(df) + 1)
    assert cases(df) == cli


def test_a_column_given_as_pof_s_expression_is_answered_with_its_name():
    assert '`pof("DEV", data, ...)`' in _habits()
    lf = pd.read_csv(LF, index_col="case")
    with pytest.raises(QCAInputError, match=r"pof\('DEV', data"):
        qca.pof(lf["DEV"], lf, "SURV")


def test_the_fit_table_prints_r_s_rows_and_numbers_with_the_spacing_the_page_says():
    """R QCA's printed fit table (data/reference/r-qca/LF.txt, LF's parsimonious solution) and ours hold the same
    lines word for word, rules apart; the spacing differs as the page says: R's rules as wide as its longest row
    (cases included: 52 characters), ours as wide as the header line (46), R's headers centred ('PRI' one space in
    from the numbers' left edge), ours right-aligned (flush with their right edge). A user diffing the two printouts
    saw every line differ and was not told why."""
    import warnings

    lf = pd.read_csv(LF, index_col="case")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sol = qca.minimize(qca.truth_table(lf, "SURV", "DEV, URB, LIT, IND, STB", incl_cut=0.8), include="?")
    r_text = (ROOT / "data/reference/r-qca/LF.txt").read_text(encoding="utf-8")
    theirs = [line.rstrip() for line in r_text.split('> minimize(ttLF, include = "?", details = TRUE)\n')[1]
              .split("\n\n\n")[0].strip("\n").splitlines()]
    ours = str(sol).splitlines()

    def words(lines):
        return [["<rule>"] if set(line) == {"-"} else line.split() for line in lines]

    assert words(ours) == words(theirs)
    r_rule = next(line for line in theirs if set(line) == {"-"})
    our_rule = next(line for line in ours if set(line) == {"-"})
    r_head, our_head = (next(line for line in lines if "inclS" in line) for lines in (theirs, ours))
    assert len(r_rule) == max(map(len, theirs)) == 52
    assert len(our_rule) == len(our_head) == 46 < max(map(len, ours))
    r_row, our_row = (next(line for line in lines if line.startswith("1  DEV*~IND")) for lines in (theirs, ours))
    assert r_head.index("PRI") == r_row.index("0.721") + 1   # centred in its 5 characters
    assert our_head.index("PRI") + 3 == our_row.index("0.721") + 5   # right-aligned
    page = PAGE.read_text(encoding="utf-8")
    assert "(52 characters on LF's parsimonious" in page and "header\nline (46 there)" in page


def test_the_smmr_column_names_it_gives_are_setmethods_and_ours():
    """A SetMethods user reading smmr's tables here met other column names (TermMemb, MostTyp, MostDCOV, ...) with
    no page giving them; the page's list now does, and each pair is checked: SetMethods' name in its LF output
    (data/reference/r-setmethods/LF_smmr.txt), ours a column of the table the engine gives on LF."""
    import warnings

    from analysis.qca import minimize, necessity_cases, smmr, smmr_focal_conjuncts, truth_table

    text = PAGE.read_text(encoding="utf-8")
    para = re.search(r"The columns of smmr's single-case tables here.*", text).group(0)
    pairs = re.findall(r"`([^`]+)` → `([^`]+)`", para)
    assert len(pairs) >= 20, pairs
    reference = (ROOT / "data/reference/r-setmethods/LF_smmr.txt").read_text(encoding="utf-8")
    lf = pd.read_csv(LF, index_col="case")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sol = minimize(truth_table(lf, "SURV", "DEV, URB, LIT, IND, STB", incl_cut=0.8), include="?",
                       dir_exp="1,1,1,1,1")
        ours = {c for kind in ("typical", "deviant consistency", "deviant coverage", "irrelevant")
                for c in smmr(sol, kind).columns}
        ours |= {c for t in smmr_focal_conjuncts(sol, term=1).values() for c in t.columns}
        ours |= {c for kind in ("typical", "deviant relevance") for c in necessity_cases(lf, "SURV", "LIT", kind).columns}
    for r, mine in pairs:
        assert re.search(rf"(?<![\w<=]){re.escape(r)}(?![\w<=])", reference), f"{r}: not in SetMethods' LF output"
        assert mine in ours, f"{mine} (for {r}): not a column of ours"

