"""What results print fits an 80-column terminal (display.PRINT_WIDTH), counted by display width (a Chinese character
takes two columns): prose is broken at blanks, one clause a line where it reads better, tables come in blocks. Checked
on LF with long names: Chinese condition and case names ('经济发展水平高', '国家AU共和国第0号案例'), and English ones of
about 30 characters with three more conditions. Before: theory_evaluation's case lines ran to 123 columns on LF (318
with the Chinese case names)."""
from __future__ import annotations

import json
import re
import warnings

import numpy as np
import pandas as pd
import pytest

import analysis.qca as q
from analysis.paths import ROOT
from analysis.qca.display import PRINT_WIDTH, width, wrapped

ZH = {"DEV": "经济发展水平高", "URB": "城市化程度高", "LIT": "成人识字率高", "IND": "工业劳动力比重高",
      "STB": "政府稳定性强", "SURV": "民主制度存续至二战"}
LONG = {"DEV": "economic_development_level", "URB": "urbanisation_of_the_population", "LIT": "literacy_rate_adults",
        "IND": "industrial_labour_force_share", "STB": "government_stability_index",
        "SURV": "democracy_survived_interwar"}


@pytest.fixture(scope="module", params=["zh", "long"])
def wide(request):
    """LF renamed (and, for 'long', three more conditions of memberships drawn with a fixed seed): the data, the
    names, the parsimonious and the intermediate solutions."""
    names = ZH if request.param == "zh" else LONG
    data = pd.read_csv(ROOT / "data/reference/datasets/LF.csv", index_col="case")
    if request.param == "zh":
        data.index = [f"国家{c}共和国第{i}号案例" for i, c in enumerate(data.index)]
    else:
        rng = np.random.default_rng(1)
        for k in ("extra_condition_number_one", "extra_condition_number_two", "extra_condition_number_three"):
            data[k] = rng.choice([0.1, 0.3, 0.7, 0.9], len(data))
        data.index = [f"{c}_country_with_a_long_name_{i}" for i, c in enumerate(data.index)]
    data = data.rename(columns=names)
    data.index.name = "case"
    conditions = [c for c in data.columns if c != names["SURV"]]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tt = q.truth_table(data, names["SURV"], conditions, incl_cut=0.8)
        return dict(data=data, names=names, sol=q.minimize(tt, "?"),
                    inter=q.minimize(tt, "?", dir_exp=",".join(["1"] * len(conditions))))


def too_wide(text: str) -> list[str]:
    """The lines of `text` wider than 80 columns, but for a line with a word of more than 70 (a term of eight long
    names: no break at a blank fits it)."""
    return [line for line in text.splitlines()
            if width(line) > PRINT_WIDTH and max(map(width, line.split())) <= PRINT_WIDTH - 10]


def test_a_theory_evaluation_prints_within_80_columns(wide):
    """Each intersection on a line, its counts ('6 of 18 cases, 6 of the 8 with Y > 0.5') and its cases wrapped
    below; the heading's solution, the Boolean expressions and the notes wrapped at blanks, indented. The fit
    table was as wide as its longest set (185 columns with the long names): a set too long for the values to fit 80
    beside it is now on a line of its own, its values on the next line in their columns (display.frame_labelled);
    only a term wider than a line (six long names) runs past."""
    n = wide["names"]
    for theory, sol in ((f"{n['DEV']}*{n['STB']}", wide["sol"]),
                        (f"{n['DEV']}*{n['STB']} + {n['URB']}*~{n['LIT']}", wide["inter"])):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            te = q.theory_evaluation(theory, sol)
        text = str(te)
        assert too_wide(text) == [], text
        table = text.split("\n\n")[1]
        for r in te.fit.to_dict("records"):   # each set, then its values, in order, on its line or the next
            values = " ".join("-" if r[c] != r[c] else f"{r[c]:.3f}" for c in ("inclS", "covS", "PRI"))
            assert f" {flat(r['set'])} {values} " in f" {flat(table)} ", table
        cases = [c for r in te.cases.to_dict("records") for c in r["cases"]]
        assert cases and all(c in text for c in cases)   # every case still named, none cut at a break
        assert all(f"{r['label']} ({r['intersection']}, {r['outcome']})\n  {r['n']} of {len(te.data)} cases, "
                   in text for r in te.cases.to_dict("records"))


def test_a_configuration_chart_prints_within_80_columns(wide):
    """Each group's model and fit on a line, its paths one a line, numbered as the symbols' columns; the legend a
    clause a line (one line of 203 columns before, whatever the names)."""
    for sol in (wide["sol"], wide["inter"]):
        chart = q.configuration_chart(sol)
        text = str(chart)
        assert too_wide(text) == [], text
        assert all(f"\n  {p}: {t}" in text for p, t in zip(chart.paths["path"], chart.paths["term"]))
        assert all(f"\n{g} = {m}" in text for g, m in zip(chart.groups, chart.model_fit["model"]))


def test_a_result_frames_column_of_long_text_is_wrapped_within_its_cells():
    """contradictions()' 'handling' column (a reading of 90 columns) printed on lines of 98 on LF, its own block
    of frame_blocks notwithstanding: its cells are now wrapped at blanks to the room the row labels and keys leave,
    a row as many lines, the other cells blank below; the frame keeps the text whole."""
    data = pd.read_csv(ROOT / "data/reference/datasets/LF.csv", index_col="case")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        table = q.contradictions(q.truth_table(data, "SURV", ["DEV", "URB"], incl_cut=0.8))
    text = str(table)
    assert max(map(width, text.splitlines())) <= PRINT_WIDTH, text
    block = next(b for b in text.split("\n\n") if "handling" in b.splitlines()[0])
    column = block.splitlines()[0].index("handling")
    for reading in table["handling"]:   # every word, in order, in the column: broken at blanks only
        assert reading in " ".join(line[column:].strip() for line in block.splitlines()[1:]), block
    assert "\n        " in block and max(map(width, table["handling"])) > PRINT_WIDTH - 8


def test_super_subsets_heading_and_a_solution_without_pairs_print_within_80_columns(wide):
    """super_subset's heading gives its cut-offs on a line of their own where the outcome's name leaves no room (88
    columns with '民主制度存续至二战'); sol.intermediate of a solution without dir_exp printed 83 columns."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = q.super_subset(wide["data"], wide["names"]["SURV"], incl_cut=0.9, cov_cut=0.6)
    head = str(result).split("\n\n")[0]
    assert too_wide(head) == [] and head.endswith("(incl_cut = 0.9, cov_cut = 0.6, ron_cut = 0)"), head
    assert head.startswith(f"Necessity relations with {wide['names']['SURV']}")
    for sol in (wide["sol"], q.minimize(wide["sol"].truth_table, "")):
        said = str(sol.intermediate)
        assert width(said) <= PRINT_WIDTH and f"a {sol.kind} solution" in said, said


def test_cluster_diagnostics_print_their_heading_a_clause_a_line(wide):
    """The heading said the set, the relation, the pooled consistency and both distances on one line, 121 columns on
    LF's solution (163 with the Chinese names): now the set on a line and the values on the next, indented; its
    one-line form is `heading` (the command line's cluster --csv says it in a note)."""
    data = wide["data"].reset_index().assign(W=[i % 3 for i in range(len(wide["data"]))])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = q.cluster_diagnostics(data, wide["sol"], wide["names"]["SURV"], "case", "W")
    text = str(result)
    assert too_wide(text) == [], text
    for label, one in result.items():
        assert one.heading.startswith(f"Cluster diagnostics of {label} (sufficiency): pooled ")
        head = str(one).split("\nlevel ")[0]   # the lines above the table
        assert " ".join(head.split()) == one.heading and head.count("\n") >= 1
        assert "distance between-pooled" in one.heading and "within-pooled" in one.heading


def test_prepared_data_prints_within_80_columns(wide):
    """print(prepare_data(...)) headed the table with every condition and its kind on one line (101 columns on LF,
    350 with the long names) and printed the memberships on lines as wide as all the conditions' names: the heading
    is wrapped between conditions (a condition and its kind on one line; repr keeps it on one line), the table
    comes in blocks that fit, each led by the case, every case in each."""
    n = wide["names"]
    conditions = [c for c in wide["data"].columns if c != n["SURV"]]
    data = q.prepare_data(wide["data"], n["SURV"], conditions)
    text = str(data)
    assert too_wide(text) == [], text
    head, *blocks = text.split("\n\n")
    assert repr(data) == f"<{' '.join(head.split())}>" and head.count("\n") >= 1
    assert all(any(f"{c} ({k})" in line for line in head.splitlines()) for c, k in zip(data.conditions, data.kinds))
    assert len(blocks) >= 2 and all(b.split()[0] == "case" for b in blocks)
    assert all(len(b.splitlines()) == 1 + len(data.cases) for b in blocks)
    assert {c for b in blocks for c in b.splitlines()[0].split()} == {"case", *data.frame().columns}


def test_a_good_practice_report_prints_within_80_columns(wide):
    """good_practice() printed its heading with the counts on one line (113 columns on LF, 136 with the long names)
    and wrapped what each row has at 110 columns: the counts are on the line below the outcome, indented, each
    standard's line is one line as before, what it has wrapped at 80 by display width, no word cut. The heading
    breaks between the counts, never within one ('not met 7'), its first line ends 'for Y: ...' (notebook 03 names
    its data source before that colon)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        report = q.good_practice(wide["inter"])
    text = str(report)
    assert too_wide(text) == [], text
    head = text.split("\n- ")[0]
    assert " ".join(head.split()) == f"Standards of good practice for {wide['names']['SURV']}: {report.counts_text()}"
    assert head.splitlines()[0].startswith(f"Standards of good practice for {wide['names']['SURV']}: met ")
    counts = [f"{s} {n}" for s, n in report.counts().items()]
    assert all(any(c in line for line in head.splitlines()) for c in counts), head
    for row in report.rows:   # the row's line, then what it has: every word, in order
        block = text.split(f"\n- {row['standard']}: {row['status']} [{row['evidence']}]\n", 1)[1].split("\n- ")[0]
        assert " ".join(block.split()) == f"has: {' '.join(row['has'].split())}", block


def test_the_headings_of_pof_pofind_and_necessity_print_within_80_columns(wide):
    """pof()'s heading gave its expression on one line (133 columns with the long names), pofind()'s its list of
    literals (505; 157 with the Chinese names), necessity()'s the benchmark after a long outcome (84): each is
    wrapped at blanks (necessity's benchmark on a line of its own), further lines indented, the same words; pof's
    note of a constant expression one clause a line, as necessity()'s."""
    n = wide["names"]
    conditions = [c for c in wide["data"].columns if c != n["SURV"]]
    expression = f"{n['DEV']}*{n['URB']} + {n['STB']}"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        results = {f"Sufficiency of {expression} for {n['SURV']}": q.pof(expression, wide["data"], n["SURV"]),
                   None: q.pofind(wide["data"], n["SURV"], conditions),
                   f"Necessity of each condition for {n['SURV']} (benchmark inclN >= 0.9)":
                       q.necessity(wide["data"], n["SURV"], conditions)}
    for said, result in results.items():
        head = str(result).split("\n\n")[0]
        assert too_wide(head) == [] and all(line.startswith("  ") for line in head.splitlines()[1:]), head
        said = said or f"Necessity of {result.expression} for {n['SURV']}"
        assert " ".join(head.split()) == said, head
    assert max(width(line) for line in str(results[None]).split("\n\n")[0].splitlines()) > 40   # wrapped, not cut
    constant = wide["data"].assign(ALL=1.0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        text = str(q.pof(f"{n['DEV']} + ALL", constant, n["SURV"], relation="necessity"))
    note = text.split("\nconstant: ")[1]
    assert too_wide(text) == [] and " ".join(note.split()).startswith(f"ALL, {n['DEV']} + ALL hold in every case (membership 1),"), text
    assert "\n  a superset of any outcome: necessary by construction, RoN 0,\n  the lowest relevance" in text, text


def test_long_sets_of_rows_and_directional_expectations_print_within_80_columns(wide):
    """simplifying_assumption_rows() of the long names' solution printed its 300 rows as one line of 731 columns,
    in print() and Jupyter, and sol.dir_exp its NAME=VALUE list on one of 241 (84 with the Chinese names): each now wraps after a comma (a
    row number, a NAME=VALUE never cut), further lines indented by one as Python writes a set, by two for the
    expectations; repr() stays one line, and the wrapped expectations read back as they were (parse_dir_exp)."""
    from IPython.lib.pretty import pretty

    rows = q.simplifying_assumption_rows(wide["sol"])
    text = str(rows)
    assert too_wide(text) == [] and pretty(rows) == text and "\n".join(wrapped(repr(rows), " ")) == text
    assert " ".join(text.split()) == repr(rows) and all(line.endswith(",") for line in text.splitlines()[:-1])
    assert (text.count("\n") >= 1) == (width(repr(rows)) > PRINT_WIDTH)
    expectations = wide["inter"].dir_exp
    text = str(expectations)
    assert too_wide(text) == [] and " ".join(text.split()) == ", ".join(f"{k}=1" for k in expectations)
    assert all(line.endswith(",") for line in text.splitlines()[:-1])
    assert text.count("\n") >= 1   # 84 columns with the Chinese names, 241 with the long ones
    assert q.parse_dir_exp(text, list(expectations), [2] * len(expectations)) == expectations
    # in an f-string (a message, a note) each stays the one line
    assert f"{rows}" == repr(rows) and f"{expectations}" == " ".join(text.split()) and "\n" not in f"{expectations}"


def test_a_solutions_cases_wrap_below_their_row_within_80_columns():
    """A printed solution gave each term's cases on its row's line, as R does: 154 columns on LF with Chinese
    condition and case names. A row wider than 80 now has its cases wrapped below it, in their column, broken after
    a ',' (never within a name); joined, they are the term's cases; a row that fits is one line as before."""
    data = pd.read_csv(ROOT / "data/reference/datasets/LF.csv", index_col="case").rename(columns=ZH)
    data.index = [f"第{i}号城市" for i in range(len(data))]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sol = q.minimize(q.truth_table(data, ZH["SURV"], [ZH[c] for c in ("DEV", "URB", "LIT", "IND", "STB")],
                                       incl_cut=0.8), "?")
    text = str(sol)   # (the model's line, 86 columns, is one line: notebook 03, the drop-in and the workshop read it)
    lines = text.split("\n\n", 1)[1].splitlines()
    assert max(map(width, lines)) <= PRINT_WIDTH, text
    column = width(next(line for line in lines if line.rstrip().endswith("  cases"))) - len("cases")
    for fit in sol.models[0].term_fit.to_dict("records"):
        first = next(i for i, line in enumerate(lines) if f"  {fit['term']}  " in line)
        below = [line for line in lines[first + 1:]][:fit["cases"].count(",") + 1]
        rows = [lines[first]] + [line for line in below if line.startswith(" " * column) and line.strip()]
        assert "".join(line[column - 1:].strip() if i else line.split("  ")[-1] for i, line in enumerate(rows)) \
            == fit["cases"], rows
    assert any(line.startswith(" " * column) and line.strip() for line in lines), text   # some wrapped here


def flat(text: str) -> str:
    """`text` with its line breaks and runs of blanks as one blank: what a wrapped print says, whatever its breaks."""
    return " ".join(text.split())


def test_the_robustness_protocol_and_a_threshold_range_print_within_80_columns(wide):
    """print(robustness_protocol(...)) was 355 columns wide on LF (565 with a test without a solution; 635 with the
    long names): the specifications table (its expressions and settings), the sweeps' note column, the one-line
    'case types:' list and the notes. Now the specifications and the case types by intersection are tables in blocks
    of columns led by the label (type), a long cell wrapped at blanks, a type's expression below the table where the
    table is too wide; a sweep's note follows the sweeps table; the case types one type a line; the notes wrapped.
    A ThresholdRange's lines below its table (the columns it has: 113) are wrapped too. Same information: every
    expression, setting, case, note and reason still said, never cut within a name or a term."""
    n, data = wide["names"], wide["data"]
    conditions = [c for c in data.columns if c != n["SURV"]]
    tests = [{"label": "incl 0.7", "incl_cut": 0.7}, {"label": "pri 0.6", "pri_cut": 0.6},
             {"label": "drop two", "drop_cases": list(data.index[:2])}, {"label": "none", "incl_cut": 1.0}]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        prot = q.robustness_protocol(data, n["SURV"], conditions, tests, incl_cut=0.8)
        ranges = q.threshold_range(data, n["SURV"], conditions, "incl_cut", 0.05, 2, incl_cut=0.8)
    text = str(prot)
    assert prot.no_solution_tests == ["none"] and too_wide(text) == [], text
    said = flat(text)
    specs = prot.specifications
    for column in ("expression", "settings"):   # each cell whole, in order, though wrapped within its cell
        assert all(flat(v) in said for v in specs.loc[~specs["label"].isin(prot.no_solution_tests), column]), column
    assert all(f"note: {flat(note)}" in said for note in prot.notes) and prot.notes
    assert all(f"sweep {r['sweep']}: {flat(r['note'])}" in said for r in prot.sweeps.to_dict("records") if r["note"])
    assert flat(prot.core_expression) in said
    types = prot.cases.groupby("type", sort=False)["case"].apply(list)
    assert all(f"{kind}: {', '.join(cases)}" in said for kind, cases in types.items())
    assert all(f"{r['type']}: {flat(r['expression'])}" in said for r in prot.parts.to_dict("records"))
    for heading in ("label", "type", "sweep"):   # each table's blocks led by its key column
        assert any(line.startswith(heading + "  ") for line in text.splitlines()), heading
    assert repr(prot).count("\n") == 0
    text = str(ranges)
    assert max(map(width, text.splitlines())) <= PRINT_WIDTH, text
    said = flat(text)
    assert f"held fixed: {flat(ranges['held_fixed'].iloc[0])}" in said
    assert f"columns: {', '.join(ranges.columns)})" in said
    assert all(f"{r['threshold']}: lower bound, {r['lower_reason']}; upper bound, {r['upper_reason']}" in said
               for r in ranges.to_dict("records"))


def test_the_robustness_commands_threshold_ranges_print_within_80_columns(tmp_path, capsys):
    """The robustness command's (run_spec_file's) ranges table was one frame 215 columns wide on LF (its reasons and
    held_fixed, each a sentence): now in blocks of columns each led by the parameter and the threshold, a long cell
    wrapped at blanks, the heading within 80; every value still said."""
    from analysis.qca.sweep_spec import run_spec_file

    spec = tmp_path / "s.yaml"
    spec.write_text("outcome: SURV\nconditions: DEV, URB, LIT, IND, STB\nincl_cut: 0.8\nranges:\n"
                    "  - {parameter: incl_cut, step: 0.05}\n  - {parameter: n_cut, step: 1}\n", encoding="utf-8")
    data = pd.read_csv(ROOT / "data/reference/datasets/LF.csv", index_col="case")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        text = run_spec_file(data, spec, n_jobs=1)
        table = json.loads(run_spec_file(data, spec, n_jobs=1, as_json=True))["ranges"]
    assert max(map(width, text.splitlines())) <= PRINT_WIDTH, text
    said = flat(text)
    assert all(flat(r[k]) in said for r in table for k in ("lower_reason", "upper_reason", "held_fixed")), text
    heads = [line.split() for line in text.splitlines() if line.startswith("parameter ")]   # each block's header
    assert len(heads) > 1 and all(h[:2] == ["parameter", "threshold"] for h in heads), text


def test_result_frames_whose_keys_leave_a_column_no_room_print_within_80_columns(wide):
    """focal_condition_pairs() and term_typology() printed 82 and 81 columns with the Chinese case names: a block of
    frame_blocks led by the two cases of a pair left a term (no blank to wrap at) no room, and a type ('deviant
    consistency') was wrapped to no less than 20 columns where 18 were left. Now such a block is led by the row
    labels alone and a text column is wrapped to the room left, down to its longest word; every value still said."""
    n = wide["names"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        results = [q.focal_condition_pairs(wide["sol"], n["DEV"]), q.term_typology(wide["sol"])]
    for result in results:
        text = str(result)
        if n is ZH:   # (with the long names a term of 85 columns, without a blank, is as wide as its column)
            assert max(map(width, text.splitlines())) <= PRINT_WIDTH, text
        blocks = [b.splitlines() for b in text.split("\n\n")]
        assert {c for b in blocks for c in b[0].split()} == set(map(str, result.columns)), text
        said = flat(text)
        shown = result.head(30)
        for column in shown.columns:   # each cell whole (a type wrapped at its blank reads the same flat)
            assert all(flat(str(v)) in said for v in shown[column] if isinstance(v, str)), column


def test_a_truth_table_wider_than_80_columns_prints_in_blocks_led_by_the_row_number(wide):
    """A truth table printed its rows on one line each: 99 columns with Chinese condition names, 191 with Chinese case
    names too, 313 with the long names. Now such a table comes in blocks of columns that fit, each led by the row
    number, the rows in the same order in each: the conditions, then OUT, n, incl and PRI together, then the cases,
    wrapped within their column after a ',' (never within a name); a table that fits prints as before. Jupyter's
    view of a long table leaves out the same rows in each block."""
    from IPython.lib.pretty import pretty

    tt = wide["sol"].truth_table
    text = str(tt)
    legend, body = text.split("\n\n", 1)
    blocks = [b.splitlines() for b in body.split("\n\n")]
    assert len(blocks) >= 2 and max(map(width, text.splitlines())) <= PRINT_WIDTH, text
    assert [h for b in blocks for h in b[0].split()] == [*tt.conditions, "OUT", "n", "incl", "PRI", "cases"]
    assert any(b[0].split() == ["OUT", "n", "incl", "PRI", "cases"] or b[0].split()[-5:-1] == ["OUT", "n", "incl",
               "PRI"] for b in blocks)
    rows = [str(r) for r in tt.rows.index]
    for b in blocks:
        assert [line.split()[0] for line in b[1:] if not line.startswith(" " * 4)] == rows, b
    cases = blocks[-1]
    column = cases[0].index("cases")
    said = "".join(line[column:] if line.startswith(" " * column) else "\n" + line[column:]
                   for line in cases[1:]).strip("\n").splitlines()
    assert said == list(tt.rows["cases"]), said
    assert any(line.startswith(" " * column) for line in cases) == (width(max(tt.rows["cases"], key=width))
                                                                    > PRINT_WIDTH - column)
    with pd.option_context("display.max_rows", 4):
        view = pretty(tt)
    left_out = f"... {len(rows) - 4} of {len(rows)} rows not shown"
    assert view.count(left_out) == len(blocks) and view.split("\n\n", 1)[0] == legend, view
    first = [line.split()[0] for line in view.split("\n\n")[1].splitlines()[1:]]   # '...' and its second line
    assert first == rows[:2] + ["...", "DataFrame)"] + rows[-2:], view
    assert max(map(width, view.splitlines())) <= PRINT_WIDTH, view


def test_a_solutions_table_too_wide_for_its_terms_gives_a_long_term_a_line_of_its_own(wide):
    """A solution's fit table as wide as its longest term: 140 columns for the intermediate solution with the Chinese
    names (a term of 62 columns, four fit columns, the cases beside), 84 with the Chinese condition names alone. Now
    a term too long for the table and its cases to fit 80 is on its row's line alone ('1  TERM'), its fit and cases
    on the next line in the columns of the others; the cases wrapped after a ','. The model lines ('M1: ... -> Y')
    stay one line each (notebook 03, the drop-in and the workshop read them)."""
    # (the long names' parsimonious solution has 7 models: a covU column each, the table wider than 80 whatever
    # its terms)
    for sol in [wide["inter"]] + [wide["sol"]] * (len(wide["sol"].models) == 1):
        text = str(sol)
        lines = text.splitlines()
        assert too_wide("\n".join(x for x in lines if not re.match(r"M\d+: ", x))) == [], text
        for model in sol.models:
            assert f"{model.name}: {' + '.join(model.terms)} -> {sol.outcome}" in lines
        for fit in sol.models[0].term_fit.to_dict("records"):
            at = next(i for i, x in enumerate(lines) if x.split()[1:2] == [fit["term"]])
            if lines[at].split()[1:] == [fit["term"]]:   # alone: its fit below, its cases after it
                below = lines[at + 1].split()
                assert below[:4] == [f"{fit[k]:.3f}" for k in ("inclS", "PRI", "covS", "covU")], lines[at + 1]
                column = lines[at + 1].index(below[4])
                cases = [lines[at + 1][column:]]
                for x in lines[at + 2:]:
                    if not (x.startswith(" " * column) and x.strip()):
                        break
                    cases.append(x.strip())
                assert "".join(cases).replace("; ", ";") == fit["cases"].replace("; ", ";"), (cases, fit["cases"])
    assert any(re.match(r"\d+  \S+$", x) for x in str(wide["inter"]).splitlines())   # some term alone here


def test_super_subsets_note_breaks_a_long_expression_between_its_terms_never_within_a_name(wide):
    """super_subset's note names the lowest RoN values, each expression kept whole on a line ('DEV + URB 0.432'):
    one of long names is wider than a line, and textwrap cut it within a name ('econo' / 'mic_development_level').
    Now such an expression is broken at its blanks, between its terms; one that fits a line is still whole."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = q.super_subset(wide["data"], wide["names"]["SURV"], incl_cut=0.9, cov_cut=0.6)
    note = str(result).split("\n---", 2)[-1].split("\n", 1)[1]
    assert too_wide(note) == [], note
    low = result.table.sort_values("RoN", kind="stable").head(3)
    for expression, ron in zip(low["expression"], low["RoN"]):
        assert f"{flat(expression)} {ron:.3f}" in flat(note), note
        if width(f"{expression} {ron:.3f}") <= PRINT_WIDTH - 2:   # one that fits a line: on one line
            assert any(f"{expression} {ron:.3f}" in line for line in note.splitlines()), note
    cores = [w.strip(",():").lstrip("~") for w in flat(note).split()]
    assert all(c in {*wide["data"].columns, "ron_cut"} for c in cores if "_" in c), note   # no name cut


def test_a_necessity_xy_table_prints_within_80_columns_naming_every_case(wide):
    """necessity_xy() returned a plain DataFrame: pandas printed its cells cut at 50 characters ('国...') on lines of
    173 columns with Chinese case names (132 with the long names). It is now a ResultFrame, a DataFrame as before
    (its labels, cells and index name), printed in blocks within 80 columns, each led by the rows' labels, a
    cell's list of cases wrapped at its blanks: every case said, in order."""
    n = wide["names"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        xy = q.necessity_xy(q.necessity_typology(wide["data"], n["SURV"], n["STB"]), n["SURV"])
    text = str(xy)
    assert isinstance(xy, pd.DataFrame) and xy.index.name == n["STB"] and "..." not in text
    assert list(xy.columns) == [f"{n['SURV']} in", f"{n['SURV']} out"]
    assert max(map(width, text.splitlines())) <= PRINT_WIDTH, text
    said = flat(text)
    assert all(flat(cell) in said for cell in xy.to_numpy().ravel()) and "国家" * (n is ZH) in said
    assert [b.splitlines()[1].split()[:2] for b in text.split("\n\n")][0] == [n["STB"], "in"]


def test_a_fit_table_too_wide_for_its_labels_gives_a_long_label_a_line_of_its_own(wide):
    """super_subset()'s and pof()'s tables were as wide as their longest label: 116 and 88 columns with the long
    names (an expression of three of them; a term of two). Now a label too long for the values to fit 80 beside it
    is on its row's line alone ('3  LABEL', wrapped at its blanks below it), its values on the next line in their
    columns; every row still reads number, label, values in order."""
    n = wide["names"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        results = [q.super_subset(wide["data"], n["SURV"], incl_cut=0.9, cov_cut=0.6),
                   q.pof(f"{n['DEV']}*{n['URB']} + {n['STB']}", wide["data"], n["SURV"])]
    for result in results:
        text = str(result)
        assert too_wide(text) == [], text
        table, labels = result.table, result.table.iloc[:, 0]
        cols = [c for c in ("inclN", "RoN", "covN", "inclS", "PRI", "covS", "covU") if c in table.columns]
        for i, label in enumerate(labels):
            values = " ".join("-" if v != v else f"{v:.3f}" for v in table[cols].iloc[i])
            assert f" {i + 1} {flat(label)} {values}" in f" {flat(text)}", (label, text)
        if n is LONG:   # some label alone here, its values below
            assert any(re.fullmatch(r"\s*\d+  \S.*[^\d-]", x) for x in re.split("-{20,}", text)[1].splitlines()), text


def test_a_table_of_several_models_too_wide_gives_each_models_covu_a_block_below(wide):
    """The long names' parsimonious solution has 7 models: R's layout (the fit, then a covU column for each model,
    then the cases) ran to 291 columns. A table of several models wider than 80 without its cases now prints as one
    model's (a long term alone on its line, the cases wrapped below) and each model's covU in blocks of columns
    below, each led by the term's number; the model lines stay one line each. A table within 80 keeps R's layout
    (test_qca_minimize compares it with R's)."""
    sols = [wide["sol"]] * (len(wide["sol"].models) > 1)   # (the intermediate one: 3 pairs of one model each)
    for sol in sols:
        text = str(sol)
        lines = text.splitlines()
        assert too_wide("\n".join(x for x in lines if not re.match(r"M\d+: ", x))) == [], text
        assert all(f"{m.name}: {' + '.join(m.terms)} -> {sol.outcome}" in lines for m in sol.models)
        fit = sol.overall_term_fit.sort_values("printed")
        blocks = [b.splitlines() for b in text.split("\n\n")[2:]]   # after the models and the fit table
        names = [h for b in blocks for h in b[0].split()]
        assert names == [f"({m.name})" for m in sol.models], names
        for b in blocks:
            models = [h.strip("()") for h in b[0].split()]
            rows = [x for x in b[1:] if not x.startswith("-")]
            assert [x.split()[0] for x in rows] == [str(n) for n in fit["printed"]], b
            for x, (_, r) in zip(rows, fit.iterrows()):
                end = {m: b[0].index(f"({m})") + len(f"({m})") for m in models}   # right-aligned under it
                said = {m: x[end[m] - 5:end[m]].strip() for m in models}
                assert said == {m: "" if r[f"covU({m})"] != r[f"covU({m})"] else f"{r[f'covU({m})']:.3f}"
                                for m in models}, (x, b[0])
    assert sols or wide["names"] is ZH


def test_result_frames_whose_keys_or_a_header_are_wider_than_a_line_print_within_80_columns(wide):
    """With the long names term_typology() printed lines of 135 columns: its keys (a term of 57 columns and a case of
    30) were wider than the line, so every block was, and each block repeated them. case_typology() printed 89: a
    column of numbers right-aligned under a term of 85 columns. Now a frame whose keys alone are wider than the line
    is printed in blocks led by the row labels alone, the keys first among the columns; a column of numbers under a
    header wider than the line has them under the header's start. Only a word wider than 70 (that term) runs past."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        results = [q.term_typology(wide["sol"]), q.case_typology(wide["sol"])]
    for result in results:
        text = str(result)
        assert too_wide(text) == [], text
        blocks = [b.splitlines() for b in text.split("\n(")[0].split("\n\n")]   # (the count of rows not shown)
        assert {c for b in blocks for c in b[0].split()} == set(map(str, result.columns)), text
        said, shown = flat(text), result.head(q.data.PRINT_CASES)
        for column in result.columns:
            assert all(flat(str(v)) in said for v in shown[column] if isinstance(v, str)), column
        rows = [str(i) for i in shown.index]
        assert all([x.split()[0] for x in b[1:] if not x.startswith(" ")] == rows for b in blocks), text


def test_a_causal_chains_formulas_too_long_beside_outcome_and_model_go_below_them():
    """A causal chain of long names printed lines of 97 columns (127 with three more conditions): its formula,
    wrapped at blanks in the room the outcome and the model leave (44 columns), had terms of 60 without a blank. Now
    such a block prints the formula below each row's outcome and model, indented by two and wrapped at blanks to
    80; every formula said whole, in the order of the rows; a chain that fits prints as before."""
    data = pd.read_csv(ROOT / "data/reference/datasets/LF.csv", index_col="case").rename(columns=LONG)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        chain = q.causal_chain(data, [LONG["STB"], LONG["SURV"]], sol_cov=0.6, incl_cut=0.8)
    text = str(chain)
    assert max(map(width, text.splitlines())) <= PRINT_WIDTH, text
    table = text.split("\n\n")[1]
    assert table.splitlines()[:2] == ["outcome                      model", "  formula"], table
    rows = chain.to_frame()
    formulas = [f"{r['expression']} <-> {r['outcome']}" for r in rows.to_dict("records")]
    said = flat(table)
    at = [said.index(f"{r['outcome']} {r['model']} {f}") for r, f in zip(rows.to_dict("records"), formulas)]
    assert at == sorted(at) and len(at) == len(rows) >= 2, table
