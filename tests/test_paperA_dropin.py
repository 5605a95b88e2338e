"""Dropping Paper A's original case matrix in (README, "Running Paper A on the original case matrix"; data/README.md,
"Dropping in the original data"): what a holder of the confidential matrix relies on."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(shutil.which("git") is None or not (ROOT / ".git").exists(), reason="needs a git checkout")
def test_the_original_case_matrix_is_ignored_by_git():
    """data/raw/paperA_cases.csv holds the paper's confidential matrix: `git add -A` must not pick it up, while the
    committed reconstruction stays tracked. Nor under another name a holder may give it (paperA_cases_2024.csv was
    an untracked file `git add -A` would commit; found by the drop-in audit)."""
    names = [f"data/raw/{n}" for n in ("paperA_cases.csv", "paperA_cases_2024.csv", "paperA_cases_v2.csv",
                                       "paperA_cases (1).csv",
                                       # a name of the holder's own, and the workbook the CSV was saved from, kept
                                       # beside it: untracked files `git add -A` committed (round 27's holder)
                                       "paperA_original.csv", "paperA_matrix_hu2024.csv", "paperA_cases.xlsx",
                                       "paperA_原始数据.xlsx", "paperA_cases.xls")]
    proc = subprocess.run(["git", "-C", str(ROOT), "-c", "core.quotePath=false", "check-ignore", "--no-index", *names],
                          capture_output=True, text=True)
    assert proc.stdout.splitlines() == names, proc.stdout + proc.stderr
    proc = subprocess.run(["git", "-C", str(ROOT), "check-ignore", "--no-index",
                           "data/raw/paperA_cases_reconstruction.csv", "data/raw/paperA_codebook.csv"],
                          capture_output=True, text=True)
    assert proc.stdout == "", proc.stdout


@pytest.mark.skipif(shutil.which("git") is None or not (ROOT / ".git").exists(), reason="needs a git checkout")
def test_what_the_readme_says_git_status_ignored_shows_after_a_drop_in_is_what_git_ignores():
    """README said that after a holder's run and the plain `make` '`git status --ignored` shows only
    `data/raw/paperA_cases.csv` itself, and `build/book/` if you built the book'. On every checkout it shows
    `.uv/`, `.venv/`, `analysis.egg-info/`, `__pycache__/` folders and `build/` as well (a new user running the
    drop-in saw six lines where the README promised one): the sentence now names them, and each name it gives is one
    git ignores in any checkout (.gitignore), whoever's data the notebooks ran on."""
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "`git status --ignored` shows only `data/raw/paperA_cases.csv`" not in readme
    m = re.search(r"`git status --ignored` shows `data/raw/paperA_cases\.csv` itself and otherwise only what every "
                  r"checkout ignores, whoever's data it ran on: (.+?), where your data is left only in `build/book/`",
                  readme)
    assert m, "README no longer says what `git status --ignored` shows after a drop-in in the expected words"
    named = re.findall(r"`([^`]+)`", m.group(1))
    assert named and "build/" in named, named
    paths = [f"analysis/qca/{n}x" if n == "__pycache__/" else n + "x" for n in named]   # a file inside each folder
    proc = subprocess.run(["git", "-C", str(ROOT), "check-ignore", "--no-index", *paths],
                          capture_output=True, text=True)
    assert proc.stdout.splitlines() == paths, proc.stdout + proc.stderr


def test_a_memberships_file_leaves_no_stale_indicator_table(tmp_path):
    """calibration_margins.csv is written from the indicator form only: after an indicator-form run (the
    reconstruction), a memberships-form original left the reconstruction's table in data/derived/paperA/, where the
    book and the reader took it for the analysed data's. Notebook 02 removes it."""
    import json

    from analysis.paper_a import cases as C

    (tmp_path / "calibration_margins.csv").write_text("set\nSYS\n", encoding="utf-8")
    assert C.stale_outputs(tmp_path, "indicators") == []
    assert C.stale_outputs(tmp_path, "memberships") == [tmp_path / "calibration_margins.csv"]
    nb = json.loads((ROOT / "notebooks" / "02_case_calibration.ipynb").read_text(encoding="utf-8"))
    code = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert "C.stale_outputs(OUT, cases.form)" in code and "remove_output(stale)" in code


def test_a_membership_of_one_half_given_directly_is_reported(tmp_path):
    """Memberships form: a value of exactly 0.5 is in no truth-table row and the crisp rule (>= 0.5) counts it in.
    Notebook 02 checked the crossover in the indicator form only and printed 'none' for such a file."""
    import json

    from analysis.paper_a import cases as C

    rows = ["case_id,status,SYS,ORG,PRO,SER,FUN,NOR,EFF"]
    rows += [f"C{i:02d},original,{i % 2},1,0,1,{(i // 2) % 2},1,{(i // 3) % 2}" for i in range(1, 16)]
    rows[6] = "C06,original,0,1,0,1,1,0.5,1"
    path = tmp_path / "paperA_cases.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    cd = C.load_cases(path)
    assert C.crossover_memberships(cd) == [("C06", "NOR")]
    assert C.calibrate_cases(cd, "crisp").loc["C06", "NOR"] == 1          # what the warning has to say
    msg = C.crossover_warning(cd, C.crossover_memberships(cd))
    assert "C06 NOR" in msg and "counts it IN (1)" in msg and "\n" not in msg
    assert C.crossover_warning(C.load_cases(), C.crossover_memberships(C.load_cases())) == ""
    nb = json.loads((ROOT / "notebooks" / "02_case_calibration.ipynb").read_text(encoding="utf-8"))
    code = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert "C.crossover_memberships(cases, fuzzy_anchors)" in code and "C.crossover_warning(" in code


def test_a_membership_of_one_half_given_directly_is_reported_in_chinese_too_in_a_lang_zh_run(tmp_path):
    """crossover_warning was printed in English alone in a lang = "zh" run of notebook 02 (calibration_rule, printed
    just above it, has its Chinese line): with lang 'zh' its Chinese line follows, saying the cases, the side the
    crisp analysis puts them on and the threshold; the notebook passes lang and names the data source in each line."""
    import json

    from analysis.paper_a import cases as C

    rows = ["case_id,status,SYS,ORG,PRO,SER,FUN,NOR,EFF"]
    rows += [f"C{i:02d},original,{i % 2},1,0,1,{(i // 2) % 2},1,{(i // 3) % 2}" for i in range(1, 16)]
    rows[6] = "C06,original,0,1,0,1,1,0.5,1"
    rows[9] = "C09,original,1,1,0,0.5,0,1,1"
    path = tmp_path / "paperA_cases.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    cd = C.load_cases(path)
    pairs = C.crossover_memberships(cd)
    english = C.crossover_warning(cd, pairs, 0.5)
    assert C.crossover_warning(cd, pairs, 0.5, "en") == english and "\n" not in english
    for threshold, side in ((0.5, "属于（1）"), (0.6, "不属于（0）")):
        en, zh = C.crossover_warning(cd, pairs, threshold, "zh").split("\n")
        assert en == C.crossover_warning(cd, pairs, threshold)
        assert zh == (f"警告：{cd.file}：C06 NOR、C09 SER 的隶属度恰为 0.5（既不在集合内也不在集合外）；清晰集分析把它计为{side}"
                      f"（阈值 {threshold:g}），模糊集变体则不把该案例放进任何真值表行。若知道该案例属于哪一侧，请编码为 0 或 1"
                      f"（或 0.5 以外的模糊隶属度）。"), zh
    assert C.crossover_warning(C.load_cases(), C.crossover_memberships(C.load_cases()), 0.5, "zh") == ""
    with pytest.raises(ValueError, match="lang must be 'en' or 'zh'"):
        C.crossover_warning(cd, pairs, 0.5, "cn")
    nb = json.loads((ROOT / "notebooks" / "02_case_calibration.ipynb").read_text(encoding="utf-8"))
    code = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert "C.crossover_warning(cases, at_crossover, crisp_threshold, lang)" in code
    assert "C.source_text(line, DATA_SOURCE, line_lang)" in code


def test_robustness_verdicts_follow_the_ledger_on_a_file_of_another_size():
    """A case file with 16 cases (not Paper A's 15): the ledger marks every claim about the paper's results not
    testable; the robustness table called the same claims 'false at baseline' or 'fragile' (it evaluated the
    baseline without the design check meant for the case removals)."""
    import pandas as pd

    from analysis.paper_a import claims as P
    from analysis.paper_a import robustness as R

    ok = {"n_paths": 4, "n_distinct_models": 1, "n_multi_level": 2, "n_meso_micro": 2, "n_other": 0,
          "SER_in_all": True, "SER_core_in_all": True, "SER_inclN": 1.0, "SER_RoN": 0.8,
          "least_present": "FUN, PRO, SYS", "least_present_separated": True, "error": "", "design_n_cases": 15}
    three = {**ok, "n_paths": 3, "n_multi_level": 1}
    rows = [{"sweep": "baseline", "setting": "b", **three, "n_cases": 16, "changes_table": False,
             "changed_inputs": ""},
            {"sweep": "case_removal", "setting": "without Y", **ok, "n_cases": 15, "changes_table": True,
             "changed_inputs": "truth table, cases"}]
    settings = pd.DataFrame(rows)
    ledger = P.evaluate_claims(rows[0]).set_index("claim_id")["agrees"]
    table = R.claim_robustness(settings).set_index("claim_id")
    for cid in ("A1", "A2", "A5", "A8"):
        assert ledger[cid] == "not testable"
        assert table.loc[cid, "verdict"] == "not testable (design)", table.loc[cid].to_dict()
    text = R.robustness_verdict(table.reset_index(), R.sweep_power(settings))
    assert "False in the analysis itself" not in text and "Fragile (fail in at least one such setting): none." in text
    assert "do not match Paper A's design" in text
    # the 15-case baseline is judged as before
    same = settings.assign(n_cases=[15, 14])
    assert R.claim_robustness(same).set_index("claim_id").loc["A1", "verdict"] == "false at baseline"


def test_header_errors_name_both_forms(tmp_path):
    """A memberships file with Chinese column names (系统整合 …) was read as the indicator form: nine lines of
    'unknown indicator; not in the codebook', each listing the 21 indicators, and never the memberships form the
    author meant. An extra column of a memberships file was 'not in the codebook', which that form does not use."""
    from analysis.paper_a import cases as C
    from analysis.validate import DataValidationError

    zh = tmp_path / "paperA_cases.csv"
    zh.write_text("案例,状态,系统整合,组织整合,专业整合,服务整合,功能整合,规范整合,良好医防融合效果\n"
                  "C01,original,0,1,1,1,1,1,1\n", encoding="utf-8")
    with pytest.raises(DataValidationError) as exc:
        C.load_cases(zh)
    msg = str(exc.value)
    assert len(exc.value.problems) == 1 and "memberships form: case_id, status, SYS, ORG" in msg
    assert "indicator form: case_id, status, SYS1 … EFF3" in msg and "系统整合 → SYS" in msg and "良好医防融合效果 → EFF" in msg
    extra = tmp_path / "extra.csv"
    extra.write_text("case_id,status,SYS,ORG,PRO,SER,FUN,NOR,EFF,source\nC01,original,0,1,1,1,1,1,1,x\n",
                     encoding="utf-8")
    with pytest.raises(DataValidationError) as exc:
        C.load_cases(extra)
    assert ("column 'source': unknown column in the memberships form; it holds text ('x'), so it describes the cases: "
            "keep such columns in a file of your own keyed by case_id (the case file holds case_id, status and the sets "
            "only) (allowed columns: case_id, status, SYS") in str(exc.value)
    assert "codebook" not in str(exc.value)


def test_a_chinese_set_name_beside_short_names_gets_the_short_name(tmp_path):
    """A header with the short names and one set in Chinese (系统整合 beside ORG … EFF) was refused with
    'unknown column in the memberships form' and no word on what was meant, while an all-Chinese header named the
    short names ('系统整合 → SYS'). The column's message now says to write SYS for 系统整合; an unknown column
    that is no set's label gets no hint."""
    from analysis.paper_a import cases as C
    from analysis.validate import DataValidationError

    f = tmp_path / "paperA_cases.csv"
    f.write_text("case_id,status,系统整合,ORG,PRO,SER,FUN,NOR,良好医防融合效果\nC01,original,0,1,1,1,1,1,1\n",
                 encoding="utf-8")
    with pytest.raises(DataValidationError) as exc:
        C.load_cases(f)
    msg = str(exc.value)
    assert "column '系统整合': unknown column in the memberships form; write SYS for 系统整合 (allowed columns:" in msg
    assert "column '良好医防融合效果': unknown column in the memberships form; write EFF for 良好医防融合效果" in msg
    other = tmp_path / "other.csv"
    other.write_text("case_id,status,SYS,ORG,PRO,SER,FUN,NOR,EFF,来源\nC01,original,0,1,1,1,1,1,1,x\n", encoding="utf-8")
    with pytest.raises(DataValidationError) as exc:
        C.load_cases(other)
    assert "column '来源': unknown column in the memberships form; it holds text ('x'), so it describes" in str(exc.value)
    assert "write" not in str(exc.value)   # no set's label: no short name to write


def test_a_chinese_case_name_is_refused_in_words(tmp_path):
    """Case names in Chinese (深圳罗湖 …) were refused with the bare regular expression of the id pattern."""
    from analysis.paper_a import cases as C
    from analysis.validate import DataValidationError

    path = tmp_path / "paperA_cases.csv"
    path.write_text("case_id,status,SYS,ORG,PRO,SER,FUN,NOR,EFF\n深圳罗湖,original,0,1,1,1,1,1,1\n"
                    "C02,original,0,1,1,1,1,1,1\n", encoding="utf-8")
    with pytest.raises(DataValidationError) as exc:
        C.load_cases(path)
    assert exc.value.problems == [
        "row 1 (line 2), column 'case_id': '深圳罗湖' is not a case id: use ASCII letters, digits, '_', '.' or '-', "
        "starting with a letter or digit (e.g. C01); keep case names such as Chinese place names in a list of your "
        "own (ids label the cases in every table and figure)"]
    assert "[A-Za-z0-9]" not in str(exc.value)


def test_readme_states_the_case_ids_the_validator_accepts(tmp_path):
    """README said case ids are 'ASCII letters and digits'; the validator (and data/README.md) also accept '_', '.'
    and '-': a holder with ids such as C-01 would have renamed them for nothing."""
    from analysis.paper_a import cases as C

    path = tmp_path / "paperA_cases.csv"
    path.write_text("case_id,status,SYS,ORG,PRO,SER,FUN,NOR,EFF\nC-01,original,0,1,1,1,1,1,1\n"
                    "C_02,original,1,0,1,1,0,1,0\nc.03,original,1,1,0,0,1,0,1\n", encoding="utf-8")
    assert C.load_cases(path).case_ids == ["C-01", "C_02", "c.03"]
    allowed = "ASCII letters, digits, `_`, `.` or `-`"
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    data_readme = " ".join((ROOT / "data" / "README.md").read_text(encoding="utf-8").split())
    assert f"Case ids are {allowed}" in readme
    assert f"`case_id`: {allowed}" in data_readme


def _memberships_rows() -> list[str]:
    rows = ["case_id,status,SYS,ORG,PRO,SER,FUN,NOR,EFF"]
    return rows + [f"C{i:02d},original,{i % 2},1,0,1,{(i // 2) % 2},1,{(i // 3) % 2}" for i in range(1, 16)]


@pytest.mark.parametrize("encoding, expected", [
    ("gbk", "not UTF-8 text (line 5"),            # Chinese Excel's 'CSV (comma delimited)'
    ("utf-16", "UTF-16 text"),                    # Excel's 'Unicode Text' (with its byte-order mark)
])
def test_a_case_file_in_another_encoding_is_named_as_such(tmp_path, encoding, expected):
    """A case file saved by Chinese Excel (GBK) or as Excel's Unicode text (UTF-16) with an ASCII header: the header
    could not be decoded, so it was read as empty and the error said 'header (): names neither the sets nor the
    indicators', blaming the columns of a file whose columns are right."""
    from analysis.paper_a import cases as C
    from analysis.validate import DataValidationError

    rows = _memberships_rows()
    rows[4] = "北京,original,0,1,0,1,1,1,1"   # a Chinese case name: the only bytes GBK writes differently
    path = tmp_path / "paperA_cases.csv"
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode(encoding))
    with pytest.raises(DataValidationError) as err:
        C.load_cases(path)
    msg = str(err.value)
    assert expected in msg and "CSV UTF-8" in msg, msg
    assert "names neither" not in msg, msg


def test_a_case_file_starting_with_an_empty_line_says_so(tmp_path):
    """An empty first line (the header one line down): the error blamed an empty header's columns."""
    from analysis.paper_a import cases as C
    from analysis.validate import DataValidationError

    path = tmp_path / "paperA_cases.csv"
    path.write_text("\n" + "\n".join(_memberships_rows()) + "\n", encoding="utf-8")
    with pytest.raises(DataValidationError, match=r"line 1 is empty: the header .* must be the first line"):
        C.load_cases(path)


@pytest.mark.parametrize("row, expected", [
    ("C01,original,0,1,0,1,0,1,0,1", "row 1 (line 2): 10 values where the header has 9 columns"),
    ("C01,0,1,0,1,0,1,0", "row 1 (line 2): 8 values where the header has 9 columns"),
    ('C01,"original,0,1,0,1,0,1,0', 'row 1 (line 2): a quote (") opened here is not closed before line 16'),
])
def test_a_row_with_a_value_too_many_or_too_few_is_named(tmp_path, row, expected):
    """A row with one value too many (first data row) made pandas take case_id as the index, and every later
    message was nonsense ('duplicate value 'original' in case_id'); one value too few (status left out, not left
    empty) shifted the row: "status: '0' is not allowed" beside "EFF: empty". Now the row and its count are named."""
    from analysis.paper_a import cases as C
    from analysis.validate import DataValidationError

    rows = _memberships_rows()
    rows[1] = row
    path = tmp_path / "paperA_cases.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with pytest.raises(DataValidationError) as err:
        C.load_cases(path)
    assert len(err.value.problems) == 1 and err.value.problems[0].startswith(expected), err.value.problems
    assert "case_id, status, SYS" in err.value.problems[0] or '"' in row, err.value.problems


def test_excel_trailing_commas_and_blank_rows_are_still_accepted(tmp_path):
    """What Excel adds (empty trailing columns on every line, empty ',,,' rows at the end, CRLF, a BOM) is not a
    row of the wrong length."""
    from analysis.paper_a import cases as C

    rows = [r + ",," for r in _memberships_rows()] + [",,,,,,,,,,"]
    path = tmp_path / "paperA_cases.csv"
    path.write_bytes(b"\xef\xbb\xbf" + ("\r\n".join(rows) + "\r\n").encode("utf-8"))
    assert len(C.load_cases(path).frame) == 15


@pytest.mark.parametrize("form", ["memberships", "indicators"])
def test_an_outcome_the_same_in_every_case_stops_notebook_02(tmp_path, form):
    """A case file whose outcome is 1 in every case passed notebook 02, which wrote its tables, and stopped notebook
    03 with the engine's 'nothing to minimise against ... or include ''' (no file, no column): 02's tables then
    described the new file, 03's and the figures the previous one. Notebook 02 now refuses it, naming the file and
    the outcome's column(s), before writing anything."""
    import json

    from analysis.paper_a import cases as C
    from analysis.validate import DataValidationError

    path = tmp_path / "paperA_cases.csv"
    if form == "memberships":
        rows = [r.rsplit(",", 1)[0] + ",1" for r in _memberships_rows()]
        rows[0] = rows[0].rsplit(",", 1)[0] + ",EFF"
        path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    else:
        frame = C.load_cases().frame.assign(EFF1=0, EFF2=0, EFF3=1, status="original",   # ids of its own: the
                                            case_id=[f"C{i:02d}" for i in range(1, 16)])  # reconstruction's rows are not original
        frame.to_csv(path, index=False)
    cd = C.load_cases(path)
    with pytest.raises(DataValidationError) as err:
        C.check_outcome_varies(cd, C.calibrate_cases(cd, "crisp"), 0.5)
    (msg,) = err.value.problems
    side = "in" if form == "memberships" else "out of"
    assert f"every one of the 15 cases is {side} the outcome" in msg and "crisp_threshold 0.5" in msg, msg
    assert ("column 'EFF'" if form == "memberships" else "columns EFF1, EFF2, EFF3") in msg, msg
    assert err.value.file.endswith("paperA_cases.csv")
    if form == "indicators":  # one EFF indicator of three in every case: all in at crisp_threshold 0.3
        with pytest.raises(DataValidationError, match="every one of the 15 cases is in the outcome .* 0.3"):
            C.check_outcome_varies(cd, C.calibrate_cases(cd, "crisp", threshold=0.3), 0.3)
    rec = C.load_cases()  # the reconstruction: 8 of 15 cases with the outcome
    C.check_outcome_varies(rec, C.calibrate_cases(rec, "crisp"), 0.5)
    nb = json.loads((ROOT / "notebooks" / "02_case_calibration.ipynb").read_text(encoding="utf-8"))
    cells = ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]
    check = next(i for i, c in enumerate(cells) if "C.check_outcome_varies(cases, crisp, crisp_threshold)" in c)
    first_write = next(i for i, c in enumerate(cells) if "write_csv(" in c or "save_figure(" in c)
    assert check < first_write


@pytest.mark.parametrize("untenable, expected", [
    ("XYZ*SYS", "untenable: unknown condition 'XYZ' in term 'XYZ*SYS'"),
    ("SYS*~ORG+", "untenable: "),
])
def test_an_untenable_expression_naming_no_condition_is_refused_as_the_parameter(untenable, expected,
                                                                                   notebook_03_parameters):
    """make P_03_qca="-p untenable XYZ*SYS" passed the parameter check (any string) and stopped notebook 03 later in
    the engine with "unknown condition 'XYZ' in term 'XYZ*SYS'", naming no parameter. The check now parses it with
    the engine's parser and names `untenable` and what it may hold; '' and a valid expression pass."""
    from analysis.paper_a import parameters as PA

    good = notebook_03_parameters
    PA.check_parameters(**good)
    PA.check_parameters(**{**good, "untenable": "SYS*~ORG + ~SER"})
    with pytest.raises(PA.ParameterError) as err:
        PA.check_parameters(**{**good, "untenable": untenable})
    msg = str(err.value)
    assert msg.startswith(expected) and "SYS, ORG, PRO, SER, FUN, NOR" in msg and "'' for none" in msg, msg


@pytest.mark.parametrize("dir_exp, hint", [
    ({"SYS:1": None}, "a key holds a colon ('SYS:1'): write a space after each colon, {SYS: 1, ORG: 1, ...}"),
    ("1,1,1,1,1,0", "got '1,1,1,1,1,0' (a string): write a mapping, e.g. -p dir_exp '{SYS: 1, ORG: 1, PRO: 1, "
                    "SER: 1, FUN: 1, NOR: 0}'"),
])
def test_a_directional_expectation_written_the_wrong_way_gets_the_form_that_works(dir_exp, hint,
                                                                                   notebook_03_parameters):
    """-p dir_exp '{SYS:1, ...}' (YAML without a space after the colon) reads as {'SYS:1': None}, and the engine's
    string form '1,1,1,1,1,0' is not what notebook 03 takes: the check said only 'must give an expectation for each
    of ...', not what to write."""
    from analysis.paper_a import parameters as PA

    good = notebook_03_parameters
    with pytest.raises(PA.ParameterError) as err:
        PA.check_parameters(**{**good, "dir_exp": dir_exp})
    assert hint in str(err.value), str(err.value)



def test_notebook_02_prints_the_same_whether_or_not_an_earlier_run_left_a_stale_table(tmp_path):
    """After a memberships-form original was dropped in, notebook 02 printed 'removed .../calibration_margins.csv' on
    its first run only (the reconstruction's table was there then), and stored that line in its executed copy; `make
    test` re-executes the notebook (nbval), finds no such table, prints no such line, and failed on the user's data
    (README says it passes there). The cell that writes the tables now prints the same whatever an earlier run left:
    it is run here twice, with and without the stale table, and prints the same lines."""
    import contextlib
    import io
    import json
    from types import SimpleNamespace

    import pandas as pd

    from analysis.paper_a import cases as C

    nb = json.loads((ROOT / "notebooks" / "02_case_calibration.ipynb").read_text(encoding="utf-8"))
    cell = next("".join(c["source"]) for c in nb["cells"]
                if c["cell_type"] == "code" and "C.stale_outputs(OUT, cases.form)" in "".join(c["source"]))
    frame = pd.DataFrame({"SYS": [1]}, index=pd.Index(["C01"], name="case"))

    def run(stale: bool) -> str:
        out_dir = tmp_path / ("with" if stale else "without")
        out_dir.mkdir()
        if stale:
            (out_dir / "calibration_margins.csv").write_text("set\nSYS\n", encoding="utf-8")
        namespace = {
            "C": SimpleNamespace(with_source=lambda t, s: t, stale_outputs=C.stale_outputs, DESIGN_N_CASES=15,
                                 calibration_rule=lambda *a, **k: ""),
            "write_csv": lambda table, path: None, "write_json": lambda obj, path: None,
            "remove_output": lambda path: path.unlink(), "relative": lambda path: path.name,
            "OUT": out_dir, "DATA_RAW": tmp_path, "DATA_SOURCE": "original", "margins": None,
            "crisp": frame, "fuzzy": frame, "shares": frame, "presence": frame, "codebook": None,
            "codebook_file": "paperA_codebook.csv", "crisp_threshold": 0.5, "fuzzy_anchors": {},
            "cases": SimpleNamespace(form="memberships", file="data/raw/paperA_cases.csv", is_reconstruction=False,
                                     frame=frame, matches_design=False),
        }
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(compile(cell, "02_case_calibration.ipynb", "exec"), namespace)
        assert not (out_dir / "calibration_margins.csv").exists()     # removed all the same
        return printed.getvalue()

    assert run(stale=True) == run(stale=False)


def test_the_fuzzy_figure_of_a_memberships_file_does_not_claim_the_direct_method():
    """A memberships-form file has no indicator shares: its 'fuzzy variant' is the values as given (the calibration
    rule says so). The figure's title still read 'Fuzzy variant (direct method)' and its caption in
    figures/index.csv 'direct method on the indicator shares', a calibration that never ran (found by dropping in a
    crisp memberships file: the 'fuzzy' heatmap showed the crisp 0/1 values under that title)."""
    import json

    from analysis.figure_catalogue import catalogue
    from analysis.paper_a import cases as C

    for lang in ("en", "zh"):
        given = C.figure_title("memberships_fuzzy", "original", lang, form="memberships")
        direct = C.figure_title("memberships_fuzzy", "original", lang)
        assert direct == C.figure_title("memberships_fuzzy", "original", lang, form="indicators")
        assert ("direct method" in direct or "直接校准法" in direct), direct
        assert "direct method" not in given and "直接校准法" not in given, given
        assert ("as given" in given or "给定" in given) and given.endswith(C.source_tag("original", lang)), given
    # the other figures' titles do not depend on the form
    assert C.figure_title("memberships", "original", form="memberships") == C.figure_title("memberships", "original")
    cap = catalogue("original", form="memberships").loc["paperA_memberships_fuzzy"]
    assert "indicator shares" not in cap["caption_en"] and "as given" in cap["caption_en"], cap["caption_en"]
    assert "指标得分" not in cap["caption_zh"] and "给定" in cap["caption_zh"], cap["caption_zh"]
    assert "direct method on the indicator shares" in catalogue("original").loc["paperA_memberships_fuzzy", "caption_en"]
    with pytest.raises(ValueError, match="form must be"):
        catalogue("original", form="shares")
    # the notebooks that draw the figure and write the index pass the case file's form
    for name, needle in (("02_case_calibration.ipynb", 'figure_title("memberships_fuzzy", DATA_SOURCE, fig_lang, form=cases.form)'),
                         ("04_figures.ipynb", 'figure_title("memberships_fuzzy", source, lang_used, form=meta["form"])')):
        nb = json.loads((ROOT / "notebooks" / name).read_text(encoding="utf-8"))
        code = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
        assert needle in " ".join(code.split()), name   # the call's line may be broken between its arguments
    nb = json.loads((ROOT / "notebooks" / "04_figures.ipynb").read_text(encoding="utf-8"))
    code = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert 'catalogue(paper_a_meta["data_source"], form=paper_a_meta["form"], no_solution=no_solution_A,' in \
        " ".join(code.split())   # the call's line may be broken between its arguments


def test_reconstruction_rows_marked_original_are_refused(tmp_path):
    """The reconstruction is the obvious template for the original matrix (same columns). A holder who copies it,
    sets `status` to original and overwrites only some rows (or none) had the reconstruction's own rows analysed as
    'original': the data_source was 'original', every table and figure lost the reconstruction label and the ledger
    counted the claims as the compendium's reading, not by construction. A row with the reconstruction's case id and
    its very data (indicators, or the crisp memberships they give) marked original is now refused, naming the row."""
    from analysis.paper_a import cases as C
    from analysis.validate import DataValidationError

    recon = (ROOT / "data" / "raw" / "paperA_cases_reconstruction.csv").read_text(encoding="utf-8").splitlines()
    # every row relabelled: the reconstruction itself, called original
    path = tmp_path / "paperA_cases.csv"
    path.write_text("\n".join([recon[0]] + [r.replace(",reconstruction,", ",original,") for r in recon[1:]]) + "\n",
                    encoding="utf-8")
    with pytest.raises(DataValidationError) as exc:
        C.load_cases(path)
    assert len(exc.value.problems) == 15
    msg = exc.value.problems[2]
    assert msg.startswith("row 3 (line 4), column 'status': 'original', but R03 is the reconstruction's case R03")
    assert "set status to 'reconstruction'" in msg
    # a template with its rows overwritten (other values) or renamed is original data
    rows = [recon[0]] + [f"C{i:02d}" + r[3:].replace(",reconstruction,", ",original,") for i, r in
                         enumerate(recon[1:], start=1)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert C.load_cases(path).data_source == "original"
    # rows kept as 'reconstruction' make the file mixed, as documented, and are accepted
    mixed = [recon[0], *recon[1:4], *(f"C{i:02d}" + r[3:].replace(",reconstruction,", ",original,")
                                      for i, r in enumerate(recon[4:], start=4))]
    path.write_text("\n".join(mixed) + "\n", encoding="utf-8")
    assert C.load_cases(path).data_source == "mixed"
    # the memberships form: the reconstruction's crisp memberships under its ids, marked original
    crisp = C.calibrate_cases(C.load_cases(), "crisp")
    lines = ["case_id,status," + ",".join(crisp.columns)]
    lines += [f"{cid},original," + ",".join(str(int(v)) for v in crisp.loc[cid]) for cid in crisp.index]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataValidationError) as exc:
        C.load_cases(path)
    assert len(exc.value.problems) == 15 and "the same crisp memberships" in exc.value.problems[0]
    assert C.load_cases().data_source == "reconstruction"     # the reconstruction itself loads as before


def test_a_sweep_with_no_alternative_is_not_called_powerless():
    """On a crisp memberships file the fuzzy variant is the memberships as given, i.e. the baseline itself: its one
    setting is `same_as_baseline`, and robustness_power.csv says 'no alternative'. The verdict printed under the
    robustness table called it 'powerless (not evidence)', a sweep whose alternatives leave the truth table as it is;
    it had no alternative to try. It is now named apart."""
    import pandas as pd

    from analysis.paper_a import robustness as R

    settings = pd.DataFrame([
        {"sweep": "baseline", "setting": "b", "changes_table": False, "same_as_baseline": True},
        {"sweep": "incl_cut", "setting": "incl_cut=0.9", "changes_table": False, "same_as_baseline": False},
        {"sweep": "n_cut", "setting": "n_cut=2", "changes_table": True, "same_as_baseline": False},
        {"sweep": "fuzzy", "setting": "fuzzy variant, incl_cut=0.8", "changes_table": False, "same_as_baseline": True}])
    power = R.sweep_power(settings)
    assert power.set_index("sweep").loc["fuzzy", "verdict"].startswith("no alternative")
    table = pd.DataFrame(columns=["claim_id", "verdict"])
    text = R.robustness_verdict(table, power)
    first = text.splitlines()[0]
    assert "powerless (not evidence): consistency threshold;" in first and "fuzzy variant" not in first.split(";")[1]
    assert "without an alternative (every setting is the baseline itself; not evidence): fuzzy variant" in first
    assert "无替代设定（各设定即基线本身）：模糊集变体" in text.splitlines()[-1]


@pytest.mark.parametrize("payload, expected", [
    (b"PK\x03\x04binary,x\n1,2\n", "this is a zip archive (an Excel .xlsx workbook or an .ods sheet?), not a CSV"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(200), "this is an old Excel .xls workbook (OLE2 file), not a CSV"),
])
def test_a_workbook_saved_as_the_case_file_is_named_as_one(tmp_path, payload, expected):
    """An Excel workbook renamed (or saved) as paperA_cases.csv: the error said 'not UTF-8 text (line 1, byte 10)'
    or, where the first bytes decode, echoed them as a header; the QCA command line already named the workbook
    (one table of file signatures, analysis.qca.read.binary_kind, now serves both)."""
    from analysis.paper_a import cases as C
    from analysis.validate import DataValidationError

    path = tmp_path / "paperA_cases.csv"
    path.write_bytes(payload)
    with pytest.raises(DataValidationError) as err:
        C.load_cases(path)
    msg = str(err.value)
    assert expected in msg and "CSV UTF-8" in msg, msg


def _no_sufficient_configuration_rows() -> list[str]:
    """15 cases in 8 configurations: 7 rows of two cases, one with the outcome and one without (incl 0.5, below any
    plausible incl_cut), and one case without the outcome alone: no truth-table row is positive."""
    configs = ["0,1,0,1,1,1", "1,1,0,1,0,1", "0,0,1,1,1,0", "1,1,1,1,1,1", "0,1,1,0,1,1", "0,0,0,1,1,1", "1,0,1,1,0,1"]
    rows = ["case_id,status,SYS,ORG,PRO,SER,FUN,NOR,EFF"]
    for i, cfg in enumerate(configs):
        rows += [f"C{2 * i + 1:02d},original,{cfg},1", f"C{2 * i + 2:02d},original,{cfg},0"]
    return rows + ["C15,original,0,1,0,0,0,1,0"]


def test_no_sufficient_configuration_is_reported_as_a_result(tmp_path):
    """A dropped-in matrix whose every row is contradictory (or below incl_cut) has no sufficient configuration at
    the documented cut-off, a finding (Schneider & Wagemann 2012). Notebook 03 stopped with the engine's
    'no positive row to minimise ... lower incl_cut' and `make` failed. The analysis now reports the empty solution
    (analyse_configurations(allow_empty=True)), the ledger judges the path claims false on it and the claims on the
    cases (A7, A8) from the data, and the robustness baseline and the standard-vs-ESA table agree with the ledger."""
    import warnings

    from analysis.paper_a import cases as C
    from analysis.paper_a import claims as P
    from analysis.paper_a import configurations as K
    from analysis.paper_a import robustness as R
    from analysis.qca.errors import QCAInputError

    path = tmp_path / "paperA_cases.csv"
    path.write_text("\n".join(_no_sufficient_configuration_rows()) + "\n", encoding="utf-8")
    crisp = C.calibrate_cases(C.load_cases(path), "crisp")
    conditions = list(C.CONDITION_NAMES)
    warnings.simplefilter("ignore")
    with pytest.raises(QCAInputError, match="no positive row"):      # the engine's refusal is kept by default
        K.analyse_configurations(crisp, C.OUTCOME, conditions)
    res = K.analyse_configurations(crisp, C.OUTCOME, conditions, allow_empty=True)
    assert res.no_solution == ("no configuration passes incl_cut = 0.8 (highest row incl 0.500; n_cut = 1): "
                               "no sufficient configuration for EFF")
    assert res.no_solution in str(res) and res.no_solution in res.esa_summary() and res.notes == [res.no_solution]
    assert res.paths.empty and list(res.paths.columns) == K.PATH_COLUMNS and res.n_models == res.n_groups == 0
    assert res.solutions_frame().empty and list(res.solutions_frame().columns) == K.SOLUTION_FRAME_COLUMNS
    assert res.to_dict()["no_solution"] == res.no_solution and res.to_dict()["paths"] == []
    assert all(v != v for v in res.solution_fit.values())
    # asked for a solution anyway (res.reported, res.model, ...), the analysis says there is none, not KeyError
    for attribute in ("reported", "intermediate", "parsimonious", "conservative", "model"):
        with pytest.raises(QCAInputError, match=r"^no (intermediate|parsimonious|conservative) solution: no "
                                                r"configuration passes incl_cut = 0\.8"):
            getattr(res, attribute)
    # without C02 (out of the outcome) its row is consistent: a solution again, and no note
    assert K.analyse_configurations(crisp.drop(index="C02"), C.OUTCOME, conditions, allow_empty=True).no_solution == ""
    ledger = P.claims_ledger(P.analysis_facts(res), "original").set_index("claim_id")
    for cid in ("A1", "A2", "A3", "A5", "A6"):
        assert ledger.loc[cid, "agrees"] == "false", ledger.loc[cid].to_dict()
    assert ledger.loc["A1", "computed"] == f"0 ({res.no_solution})"
    assert "missing from at least one path" not in ledger.loc["A5", "computed"]
    assert "no sufficient configuration" in ledger.loc["A5", "computed"] + ledger.loc["A6", "computed"]
    assert ledger.loc["A7", "computed"].startswith("inclN = 0.857") and ledger.loc["A8", "computed"] != "not computed"
    assert ledger.loc["A1", "evidence"] == "independent"       # levels as for any original file: A1's count is
    assert ledger.loc["A5", "evidence"] == "compendium's reading"   # compared with the paper's, A5 reads 基础保障
    # robustness: the baseline is the analysis itself (no error), so its verdicts are the ledger's
    settings, analyses = R.run_test_set(R.test_set(crisp), crisp)
    assert settings.loc[0, "error"] == "" and analyses[0].no_solution == res.no_solution
    robust = R.claim_robustness(settings).set_index("claim_id")["verdict"]
    assert robust["A1"] == robust["A5"] == "false at baseline" and robust["A10"] == "not testable"
    with pytest.raises(QCAInputError, match="baseline specification has no solution .*no sufficient configuration"):
        R.protocol(settings, analyses, crisp)
    by = R.claims_by_analysis(crisp).set_index("claim_id")
    assert by.loc["A1", "standard"] == by.loc["A1", "esa"] == "false" and by.loc["A7", "esa"] == "false"


@pytest.mark.slow
def test_notebooks_03_and_04_run_to_the_end_without_a_sufficient_configuration(tmp_path, monkeypatch):
    """End to end, the path a holder's matrix without a positive row takes: notebook 03 at n_cut = 2 on the
    reconstruction (nearly every case has a row of its own, so no row is positive; the robustness table's n_cut=2
    setting). It stopped at the truth table with 'no positive row to minimise ... lower incl_cut or n_cut'; it now
    runs to the end, writes every table (the solution's empty, with the finding), the claims ledger judging the path
    claims false, and a labelled panel for each figure of the solution; notebook 04 redraws those panels byte for
    byte. The code cells run here in-process, writing to a copy of data/derived/ and figures/."""
    import contextlib
    import io
    import json

    import matplotlib
    import pandas as pd

    import analysis.paths as paths

    meta = json.loads((ROOT / "data" / "derived" / "paperA" / "calibration.json").read_text(encoding="utf-8"))
    if meta["data_source"] != "reconstruction":    # n_cut = 2 leaves no positive row on the reconstruction
        pytest.skip("Paper A's outputs are not the reconstruction (original data dropped in)")
    matplotlib.use("Agg")
    derived, figures = tmp_path / "derived", tmp_path / "figures"
    shutil.copytree(ROOT / "data" / "derived" / "paperA", derived / "paperA")
    monkeypatch.setattr(paths, "DATA_DERIVED", derived)
    monkeypatch.setattr(paths, "FIGURES", figures)
    monkeypatch.chdir(ROOT / "notebooks")
    nb = json.loads((ROOT / "notebooks" / "03_qca.ipynb").read_text(encoding="utf-8"))
    cells = ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]
    namespace: dict = {}
    with contextlib.redirect_stdout(io.StringIO()) as printed:
        for k, cell in enumerate(cells):
            exec(compile(cell, f"03_qca.ipynb cell {k}", "exec"), namespace)   # noqa: S102 - the notebook's own code
            if k == 0:
                namespace["n_cut"] = 2                                        # as papermill's -p n_cut 2
    text = printed.getvalue()
    note = ("no configuration passes incl_cut = 0.8 (highest row incl 0.667; n_cut = 2): no sufficient configuration "
            "for EFF")
    assert f"solution ({namespace['DATA_SOURCE']}): none; {note}" in text
    # and in Chinese, each line of the finding after its English one (they printed English only)
    from analysis.paper_a.cases import source_tag
    from analysis.paper_a.configurations import no_solution_note_zh

    tag, zh_note = source_tag(namespace["DATA_SOURCE"], "zh"), no_solution_note_zh(note)
    assert zh_note.startswith("没有组态通过 incl_cut = 0.8")
    for zh in (f"解{tag}：无；{zh_note}（下文关于解的每个表与图均如此说明）",
               f"这些阈值下无解，故没有解保持不变的区间{tag}：{zh_note}", f"无中间解，故无反事实{tag}：{zh_note}",
               f"无案例类型、典型案例或比较案例对{tag}：{zh_note}", f"无稳健核心与稳健性拟合{tag}：初始设定无解（{zh_note}）"):
        assert zh in text, zh
    if "deviant cases for coverage of ~EFF (" in text:   # ~EFF without a solution too
        assert f"~EFF 的覆盖度偏离案例{tag}：无，没有组态通过" in text
    # the permutation benchmark says nothing is compared (the engine's one sentence, standards.benchmark_sentence)
    assert re.search(r"permutation benchmark \(reconstruction\): .*no positive row, so none of the [\d,]+ "
                     r"assignments of \d+ positive outcomes \(EFF = 1\) is compared with the observed outcome", text)
    out = derived / "paperA"
    qca = json.loads((out / "qca.json").read_text(encoding="utf-8"))
    assert qca["no_solution"] == note and qca["paths"] == [] and qca["robust_core"] is None
    assert qca["robust_core_empty"] is None and note in qca["robust_core_note"]
    for name in ("paths.csv", "solutions.csv", "deviant_cases.csv", "typical_cases.csv", "threshold_ranges.csv",
                 "robustness_cases.csv", "robustness_single_tests.csv", "chart_models.csv"):
        assert pd.read_csv(out / name).empty, name
    claims = pd.read_csv(out / "claims.csv").set_index("claim_id")
    assert claims.loc["A1", "agrees"] == "false" and note in claims.loc["A1", "computed"]
    assert (claims["evidence"] == "by construction").all()      # still the reconstruction's rows
    checklist = pd.read_csv(out / "checklist.csv").set_index("item")
    assert "no robust core" in checklist.loc["robustness", "why"]
    # the items on the solution quote good_practice's status of the same point: 'not applicable' (they said 'met')
    from analysis.paper_a.checklist import GOOD_PRACTICE_ROWS
    practice = pd.read_csv(out / "good_practice.csv").set_index("standard")
    for item, standard in GOOD_PRACTICE_ROWS.items():
        assert checklist.loc[item, "status"] == practice.loc[standard, "status"] == "not applicable", item
    assert "not applicable 8 (of 19; evidence: " in qca["checklist"]
    assert checklist.loc["core / peripheral chart", "status"] == "not applicable"   # nothing to chart
    for stem in ("paperA_configurations", "paperA_xy", "paperA_truth_table"):
        assert (figures / f"{stem}.png").exists(), stem
    # notebook 04 redraws the two panels from qca.json, byte for byte against notebook 03's files
    from analysis.paper_a import cases as C
    from analysis.plots.qca import no_solution_panel
    from analysis.plots.style import figure_bytes

    title = C.figure_title("xy", "reconstruction", "en")
    assert figure_bytes(no_solution_panel(qca["no_solution"], title=title), "png") == \
        (figures / "paperA_xy.png").read_bytes()
    code04 = "\n".join("".join(c["source"]) for c in json.loads(
        (ROOT / "notebooks" / "04_figures.ipynb").read_text(encoding="utf-8"))["cells"] if c["cell_type"] == "code")
    assert code04.count("no_solution_panel(qca[\"no_solution\"]") == 2


def test_a_solution_of_one_path_is_charted_from_paths_csv_as_notebook_03_charts_it(tmp_path):
    """A dropped-in matrix whose outcome is service integration itself (EFF = SER) has the one-condition
    parsimonious solution SER: one path, whose unique coverage is left undefined (NaN). Notebook 04 reads paths.csv
    with keep_default_na=False, so that cell came back as '' and redrawing the chart stopped make with "could not
    convert string to float: ''" (notebook 03 had drawn it from the frame in memory). The blank cell is drawn blank,
    and the redraw is byte for byte notebook 03's figure, as notebook 04 checks."""
    import json
    import warnings

    import pandas as pd

    from analysis.io import write_csv
    from analysis.paper_a import cases as C
    from analysis.paper_a import configurations as K
    from analysis.plots.configurations import configuration_chart_groups
    from analysis.plots.style import figure_bytes
    from analysis.qca.configurations import CHART_PATH_COLUMNS, ConfigurationChart

    rows = ["case_id,status,SYS,ORG,PRO,SER,FUN,NOR,EFF"]
    configs = ["0,1,0,1,1,1", "1,1,0,1,0,1", "0,0,1,1,1,0", "1,1,1,1,1,1", "0,1,1,0,1,1", "0,0,0,1,1,1",
               "1,0,1,1,0,1", "0,1,0,0,0,1"]
    for i in range(15):
        cfg = configs[i // 2]
        rows.append(f"C{i + 1:02d},original,{cfg},{cfg.split(',')[3]}")   # EFF = SER
    path = tmp_path / "paperA_cases.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    crisp = C.calibrate_cases(C.load_cases(path), "crisp")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = K.analyse_configurations(crisp, C.OUTCOME, list(C.CONDITION_NAMES), report="parsimonious")
    assert list(res.paths["term"]) == ["SER"] and res.paths["covU"].isna().all()
    write_csv(res.paths, tmp_path / "paths.csv")
    write_csv(res.chart.model_fit, tmp_path / "chart_models.csv")
    # read back as notebook 04 reads them
    code04 = "\n".join("".join(c["source"]) for c in json.loads(
        (ROOT / "notebooks" / "04_figures.ipynb").read_text(encoding="utf-8"))["cells"] if c["cell_type"] == "code")
    assert 'derived_csv("paperA/paths.csv", dtype={"path": str, "core": str, "peripheral": str, "cases": str,' in \
        " ".join(code04.split())   # the call's line may be broken between its arguments
    paths = pd.read_csv(tmp_path / "paths.csv", dtype={"path": str, "core": str, "peripheral": str, "cases": str,
                                                        "pair": str, "subsumed_by": str}, keep_default_na=False)
    models = pd.read_csv(tmp_path / "chart_models.csv", dtype={"pair": str}, keep_default_na=False)
    chart = ConfigurationChart(outcome=C.OUTCOME, conditions=tuple(C.CONDITION_NAMES), kind="parsimonious",
                               paths=paths[list(CHART_PATH_COLUMNS)], model_fit=models)
    assert paths.loc[0, "covU"] == ""
    assert figure_bytes(configuration_chart_groups(chart, title="t"), "png") == \
        figure_bytes(configuration_chart_groups(res.chart, title="t"), "png")


def test_a_table_without_a_negative_row_is_refused_in_notebook_03s_terms(tmp_path):
    """A dropped-in matrix in which the outcome varies but every observed configuration passes incl_cut (3 rows of 5
    cases, each 4 in EFF and 1 out: incl 0.8) has nothing to minimise against. Notebook 03 stopped with minimize's
    refusal, which ends 'or include '' for the conservative solution', a parameter notebook 03 does not have. The
    analysis (allow_empty, as the notebook calls it) now refuses it in one line naming the outcome, how many cases
    are in it, incl_cut and the lowest row consistency; it is not reported as a result (the solution would be the
    tautology, no finding about sufficiency), and the engine's own refusal is unchanged."""
    from analysis.paper_a import cases as C
    from analysis.paper_a import configurations as K
    from analysis.qca.errors import QCAInputError

    configs = ["0,1,0,1,1,1", "1,1,0,1,0,1", "0,0,1,1,1,0"]
    rows = ["case_id,status,SYS,ORG,PRO,SER,FUN,NOR,EFF"]
    rows += [f"C{i + 1:02d},original,{configs[i % 3]},{0 if i < 3 else 1}" for i in range(15)]
    path = tmp_path / "paperA_cases.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    crisp = C.calibrate_cases(C.load_cases(path), "crisp")
    with pytest.raises(QCAInputError) as err:
        K.analyse_configurations(crisp, C.OUTCOME, list(C.CONDITION_NAMES), allow_empty=True)
    msg = str(err.value)
    assert msg.startswith("every observed configuration of EFF passes incl_cut = 0.8 (lowest row incl 0.800; "
                          "n_cut = 1; 12 of 15 cases in EFF)"), msg
    assert "raise incl_cut above 0.800" in msg and "include ''" not in msg and "\n" not in msg
    with pytest.raises(QCAInputError, match="nothing to minimise against"):    # the engine's refusal, by default
        K.analyse_configurations(crisp, C.OUTCOME, list(C.CONDITION_NAMES))
    # at incl_cut 0.9 those rows are negative: no sufficient configuration, the finding reported as such
    res = K.analyse_configurations(crisp, C.OUTCOME, list(C.CONDITION_NAMES), incl_cut=0.9, allow_empty=True)
    assert res.no_solution.startswith("no configuration passes incl_cut = 0.9")
    assert K.no_negative_row_note(res.truth_table) == ""
    # rows that reach incl_cut but not pri_cut: the note names pri_cut as what holds them back
    res = K.analyse_configurations(crisp, C.OUTCOME, list(C.CONDITION_NAMES), pri_cut=0.9, allow_empty=True)
    assert res.no_solution == ("no configuration passes pri_cut = 0.9 (3 rows reach incl_cut = 0.8 but have PRI "
                               "below pri_cut = 0.9 (highest PRI 0.800)): no sufficient configuration for EFF")


def test_the_negated_outcome_without_a_sufficient_configuration_is_reported_too(tmp_path):
    """Every case without the outcome shares its configuration with a case with it (three contradictory rows, the
    other rows all positive): EFF has a solution, ~EFF none. Notebook 03's analysis of the negated outcome raised
    the engine's 'no positive row to minimise' for ~EFF; it is now reported as for the outcome (no_solution), and the
    checklist counts the negation as analysed."""
    import warnings

    from analysis.paper_a import cases as C
    from analysis.paper_a import diagnostics as D

    configs = ["0,1,0,1,1,1", "1,1,0,1,0,1", "0,0,1,1,1,0", "1,1,1,1,1,1", "0,1,1,0,1,1", "0,0,0,1,1,1", "1,0,1,1,0,1"]
    rows = ["case_id,status,SYS,ORG,PRO,SER,FUN,NOR,EFF"]
    for i, cfg in enumerate(configs):
        rows += [f"C{2 * i + 1:02d},original,{cfg},1", f"C{2 * i + 2:02d},original,{cfg},{1 if i < 4 else 0}"]
    rows.append("C15,original,0,1,0,0,0,1,1")
    path = tmp_path / "paperA_cases.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    crisp = C.calibrate_cases(C.load_cases(path), "crisp")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nec, neg = D.negated_outcome(crisp, C.OUTCOME, list(C.CONDITION_NAMES),
                                     dir_exp={c: 1 for c in C.CONDITION_NAMES})
    assert neg.outcome == "~EFF" and len(nec) > 0
    assert neg.no_solution == ("no configuration passes incl_cut = 0.8 (highest row incl 0.500; n_cut = 1): "
                               "no sufficient configuration for ~EFF")
    assert neg.solutions_frame().empty and neg.first_paths().empty


def test_data_readme_states_what_a_matrix_without_a_sufficient_configuration_gives(tmp_path):
    """data/README.md's drop-in section said nothing of a matrix without a sufficient configuration, which stopped
    `make` until it was reported as a result. It now quotes the sentence notebook 03 prints and names the tables
    written without rows: both checked against the code (the note's words, the tables NO_SOLUTION_COLUMNS and the
    notebook write)."""
    import warnings

    from analysis.paper_a import cases as C
    from analysis.paper_a import configurations as K
    from analysis.paper_a import robustness as R

    text = " ".join((ROOT / "data" / "README.md").read_text(encoding="utf-8").split())
    path = tmp_path / "paperA_cases.csv"
    path.write_text("\n".join(_no_sufficient_configuration_rows()) + "\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = K.analyse_configurations(C.calibrate_cases(C.load_cases(path), "crisp"), C.OUTCOME,
                                       list(C.CONDITION_NAMES), allow_empty=True)
    head, tail = res.no_solution.split(" (highest row incl ")
    assert f"`solution: none; {head} (highest row incl …; n_cut = 1): no sufficient configuration for EFF`" in text
    assert tail.endswith("n_cut = 1): no sufficient configuration for EFF")
    for name in ("paths", "solutions", "chart_models", "threshold_ranges", "deviant_cases", "typical_cases",
                 "comparative_pairs", "robustness_cases", "robustness_single_tests"):
        assert f"`{name}.csv`" in text.split("no sufficient configuration**")[1].split("are written without rows")[0]
    assert set(R.NO_SOLUTION_COLUMNS) == {"deviant", "by_model", "typical", "pairs", "robustness_cases",
                                          "single_tests"}
    assert "`no_solution`" in text and "A1–A3, A5 and A6 false" in text


def test_the_captions_of_the_figures_of_no_solution_say_what_the_figures_show():
    """Without a sufficient configuration the configuration chart and the XY plot are a panel saying so, but
    figures/index.csv (and the book's table made from it) still captioned them 'configuration chart (Fiss 2011) of
    the reported solution ...' and 'membership of each case in the reported solution ...', figures that were not
    there. catalogue(no_solution=...) captions those two as what they show; notebook 04 passes qca.json's finding."""
    from analysis.figure_catalogue import PAPER_A_SOLUTION_FIGURES, catalogue

    note = "no configuration passes incl_cut = 0.8 (highest row incl 0.500; n_cut = 1): no sufficient configuration for EFF"
    plain, empty = catalogue("original"), catalogue("original", no_solution=note)
    assert set(PAPER_A_SOLUTION_FIGURES) == {"paperA_configurations", "paperA_xy"}
    for name in PAPER_A_SOLUTION_FIGURES:
        en, zh = empty.loc[name, "caption_en"], empty.loc[name, "caption_zh"]
        assert en.startswith("Paper A: no ") and note in en and "panel" in en and "(data: the original case data)" in en
        assert "Fiss" not in en and "membership of each case" not in en
        assert "没有充分组态" in zh and "原文案例数据" in zh
    others = [n for n in plain.index if n not in PAPER_A_SOLUTION_FIGURES]
    assert empty.loc[others].equals(plain.loc[others])
    assert catalogue("original", no_solution="").equals(plain)


def test_settings_identical_to_a_baseline_without_a_solution_are_said_once_with_it(tmp_path):
    """On a dropped-in matrix without a sufficient configuration, the settings that are the baseline itself
    (incl_cut=0.8 and n_cut=1 of the sweeps; the fuzzy variant of a crisp memberships file) share its finding. The
    verdict listed them among the settings without any solution, beside the real alternatives, as though three more
    specifications had failed ('incl_cut=0.75, incl_cut=0.8, ..., n_cut=1, n_cut=2, ..., fuzzy variant, incl_cut=0.8');
    qca.json's list held them too. They are now said once, with the baseline's finding, as no alternatives, and only
    the alternatives are listed (and in no_solution_settings, which notebook 03 writes to qca.json)."""
    import warnings

    from analysis.paper_a import cases as C
    from analysis.paper_a import robustness as R

    path = tmp_path / "paperA_cases.csv"
    path.write_text("\n".join(_no_sufficient_configuration_rows()) + "\n", encoding="utf-8")
    crisp = C.calibrate_cases(C.load_cases(path), "crisp")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        settings, _ = R.run_test_set(R.test_set(crisp, fuzzy=crisp, case_removal=False), crisp)
    same = ["incl_cut=0.8", "n_cut=1", "fuzzy variant, incl_cut=0.8"]
    assert R.no_solution_settings(settings, same=True) == same
    listed = R.no_solution_settings(settings)
    assert listed == ["incl_cut=0.75", "incl_cut=0.85", "incl_cut=0.9", "incl_cut=1", "n_cut=2"]
    text = R.robustness_verdict(R.claim_robustness(settings), R.sweep_power(settings), settings)
    assert ("No sufficient configuration in the analysis itself: no configuration passes incl_cut = 0.8 (highest row "
            "incl 0.500; n_cut = 1): no sufficient configuration for EFF; nor in the settings that are the baseline "
            "itself (no alternatives; not counted): incl_cut=0.8; n_cut=1; fuzzy variant, incl_cut=0.8.") in text
    # the line's subject, before its first colon, takes the data source's name (robustness_verdict's data_source)
    named = R.robustness_verdict(R.claim_robustness(settings), R.sweep_power(settings), settings, data_source="original")
    assert "No sufficient configuration in the analysis itself (original data): no configuration passes" in named, named
    counted = next(line for line in text.splitlines() if line.startswith("Settings without a sufficient"))
    assert counted.endswith(": " + "; ".join(listed) + ".")
    assert all(s not in counted.split(": ", 1)[1].split("; ") for s in same)
    assert sum(line.count("n_cut=1") for line in text.splitlines()) == 1


def test_the_no_solution_panel_says_its_finding_in_chinese_under_chinese_labels(tmp_path):
    """The 'No sufficient configuration' panel (analysis.plots.qca.no_solution_panel) translated its heading under
    Chinese labels but kept the finding in English ('no configuration passes incl_cut = 0.8 (highest row incl ...'),
    while every other figure switches its words with `lang`. The finding now has its Chinese (configurations.
    no_solution_note_zh, each of no_solution_note's sentences with the same numbers), drawn in the language the
    figure actually uses, and notebooks 03 and 04 pass it to both panels."""
    import json
    import re
    import warnings

    import matplotlib.pyplot as plt

    from analysis.paper_a import cases as C
    from analysis.paper_a import configurations as K
    from analysis.plots.qca import no_solution_panel
    from analysis.plots.style import cjk_font

    path = tmp_path / "paperA_cases.csv"
    path.write_text("\n".join(_no_sufficient_configuration_rows()) + "\n", encoding="utf-8")
    crisp = C.calibrate_cases(C.load_cases(path), "crisp")
    notes = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for kwargs in ({}, {"incl_cut": 0.5, "pri_cut": 0.6}):   # incl_cut holds the rows back; pri_cut does
            notes[str(kwargs)] = K.analyse_configurations(crisp, C.OUTCOME, list(C.CONDITION_NAMES), allow_empty=True,
                                                          **kwargs).no_solution
    assert len({n.split(" (")[1][:12] for n in notes.values()}) == 2, notes   # two different sentences
    for note in notes.values():
        zh = K.no_solution_note_zh(note)
        assert zh.endswith("EFF 没有充分组态") and zh != note
        # the same numbers, and no English word but the parameters' names
        assert re.findall(r"\d+(?:\.\d+)?", zh) == re.findall(r"\d+(?:\.\d+)?", note)
        assert not set(re.findall(r"[A-Za-z]+", zh)) - {"incl_cut", "n_cut", "pri_cut", "PRI", "EFF", "incl", "cut",
                                                        "n", "pri"}
    assert K.no_solution_note_zh("something else") == "something else"   # never dropped
    one = ("no configuration passes pri_cut = 0.9 (1 row reaches incl_cut = 0.8 but has PRI below pri_cut = 0.9 "
           "(highest PRI 0.800)): no sufficient configuration for EFF")   # one row: it said '1 row(s) reach ... have'
    assert K.no_solution_note_zh(one) == ("没有组态通过 pri_cut = 0.9（1 行达到 incl_cut = 0.8，但 PRI 低于 pri_cut = 0.9，"
                                          "最高 PRI 0.800）：EFF 没有充分组态")
    note = notes["{}"]
    if cjk_font() is not None:   # without a CJK font the figure falls back to English, message and all
        fig = no_solution_panel(note, title="t", lang="zh", message_zh=K.no_solution_note_zh(note))
        drawn = " ".join(t.get_text() for t in fig.axes[0].texts).replace("\n", "")
        plt.close(fig)
        assert "没有组态通过 incl_cut = 0.8" in drawn and "no configuration" not in drawn
    fig = no_solution_panel(note, title="t", lang="en", message_zh=K.no_solution_note_zh(note))
    assert "no configuration passes" in " ".join(t.get_text() for t in fig.axes[0].texts).replace("\n", " ")
    plt.close(fig)
    for name, arg in (("03_qca", "res.no_solution"), ("04_figures", 'qca["no_solution"]')):
        code = "\n".join("".join(c["source"]) for c in json.loads(
            (ROOT / "notebooks" / f"{name}.ipynb").read_text(encoding="utf-8"))["cells"] if c["cell_type"] == "code")
        assert code.count("no_solution_panel(") == code.count(f"message_zh=K.no_solution_note_zh({arg})") == 2, name


def test_the_chinese_caption_of_no_solution_says_what_the_english_says():
    """The English caption of a figure without a solution quotes the finding, which names the cut-off that holds the
    rows back: incl_cut, or pri_cut when rows reach incl_cut but their PRI is below pri_cut. The Chinese caption
    said '没有组态通过一致性阈值' (no configuration passes the consistency threshold) whatever the finding: false
    when rows pass incl_cut and pri_cut holds them back, and without the cut-off's value the English gives. It now
    names the same cut-off with its value."""
    import warnings

    import pandas as pd

    from analysis.figure_catalogue import PAPER_A_SOLUTION_FIGURES, catalogue
    from analysis.paper_a.configurations import no_solution_note
    from analysis.qca import truth_table

    data = pd.DataFrame({"A": [0.6, 0.7, 0.2, 0.3], "B": [0.8, 0.9, 0.1, 0.2], "Y": [0.55, 0.6, 0.4, 0.45]},
                        index=["a", "b", "c", "d"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        by_pri = no_solution_note(truth_table(data, "Y", ["A", "B"], incl_cut=0.8, pri_cut=0.9))
        by_incl = no_solution_note(truth_table(data, "Y", ["A", "B"], incl_cut=0.99))
    assert "passes pri_cut = 0.9" in by_pri and "passes incl_cut = 0.99" in by_incl   # the two findings
    for note, named, value, not_said in ((by_pri, "PRI", "pri_cut = 0.9", "没有组态通过一致性阈值"),
                                         (by_incl, "一致性", "incl_cut = 0.99", "PRI")):
        table = catalogue("original", no_solution=note)
        for name in PAPER_A_SOLUTION_FIGURES:
            en, zh = table.loc[name, "caption_en"], table.loc[name, "caption_zh"]
            assert value in en and value in zh and named in zh and not_said not in zh, (note, zh)
            assert "没有充分组态" in zh and "原文案例数据" in zh


def test_notebook_tables_of_reconstructed_cases_say_so():
    """Reconstructions are labelled in every table: notebooks 02 and 03 showed their tables of the cases (necessity,
    truth table, solutions, paths, case types, robustness, claims) under one banner at the top, so a table read on its
    own did not say it came from the reconstruction (the book reader's finding). Each table of results is now shown
    through cases.source_label, which names the source in the table's top-left corner; the original data's tables
    are shown as they are."""
    import ast
    import json

    import pandas as pd

    from analysis.paper_a.cases import SOURCE_LABELS, source_label

    df = pd.DataFrame({"inclN": [0.9]}, index=["SER"])
    assert str(source_label(df, "reconstruction")).splitlines()[0].startswith("reconstruction / 重建数据")
    assert source_label(df, "mixed").columns.name == SOURCE_LABELS["mixed"]
    assert source_label(df, "original") is df and df.columns.name is None   # the caller's table is not changed
    assert source_label("text", "reconstruction") == "text"
    with pytest.raises(ValueError, match="data_source must be one of"):
        source_label(df, "reconstructed")
    # results tables: every display() of notebook 03, and those of notebook 02 showing the cases' data
    definitions = {"C.conditions_frame()", "codebook[['indicator_id', 'condition', 'indicator_zh', 'indicator_en']]"}
    for name in ("02_case_calibration", "03_qca"):
        cells = json.loads((ROOT / "notebooks" / f"{name}.ipynb").read_text(encoding="utf-8"))["cells"]
        calls = [node for c in cells if c["cell_type"] == "code"
                 for node in ast.walk(ast.parse("".join(c["source"])))
                 if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "display"]
        shown = [ast.unparse(call.args[0]) for call in calls]
        bare = [s for s in shown if not s.startswith("C.source_label(") and s not in definitions]
        assert calls and not bare, (name, bare)
    executed = (ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8")
    # on the reconstruction (not on a holder's original matrix, whose qca.json also holds the word, in
    # "is_reconstruction": false, and whose tables are shown as they are)
    if json.loads((ROOT / "data" / "derived" / "paperA" / "qca.json").read_text(encoding="utf-8"))["data_source"] \
            == "reconstruction":
        assert executed.count("reconstruction / 重建数据") >= 20


def test_a_table_with_named_or_multi_level_columns_is_labelled_too():
    """source_label returned a table with a named or multi-level column index as it was, unlabelled: notebook 03's
    configuration chart (res.chart.symbols(), columns group / path), the paths of every model of the reconstruction,
    was the one table of results shown without 'reconstruction / 重建数据', though every display() passed it
    through source_label. Such a table now carries the label in its top-left corner too, before its first column
    level's name; labelling twice adds nothing, and the original data's tables are shown as they are."""
    import json

    from analysis.paper_a.cases import SOURCE_LABELS, source_label

    cols = pd.MultiIndex.from_tuples([("G1", 1), ("G1", 2), ("G2", 1)], names=["group", "path"])
    chart = pd.DataFrame([["●", "", "⊗"]], index=pd.Index(["SYS"], name="condition"), columns=cols)
    shown = source_label(chart, "reconstruction")
    assert str(shown).splitlines()[0].startswith("reconstruction / 重建数据"), str(shown)
    assert shown.columns.names == [f"{SOURCE_LABELS['reconstruction']}: group", "path"]
    assert chart.columns.names == ["group", "path"]   # the caller's table is not changed
    assert source_label(shown, "reconstruction").columns.names == shown.columns.names   # once
    named = pd.DataFrame({"EFF in": [1]}, index=["SER in"]).rename_axis(columns="outcome")
    assert source_label(named, "mixed").columns.name == f"{SOURCE_LABELS['mixed']}: outcome"
    assert source_label(chart, "original") is chart
    # every table of results notebook 03 shows on the reconstruction says so (the figures are images with their title)
    if json.loads((ROOT / "data" / "derived" / "paperA" / "qca.json").read_text(encoding="utf-8"))["data_source"] \
            == "reconstruction":
        cells = json.loads((ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8"))["cells"]
        tables = ["".join(o["data"]["text/plain"]) for c in cells if c["cell_type"] == "code" for o in c["outputs"]
                  if "text/html" in o.get("data", {})]
        bare = [t.splitlines()[0][:80] for t in tables if "reconstruction / 重建数据" not in t]
        assert tables and not bare, bare


def test_the_printed_solutions_name_their_data_source():
    """Notebook 03 prints its solutions as R does ('--- ESA intermediate ---', 'M1: ... -> EFF'), the printout a paper
    quotes, and its tables are labelled 'reconstruction / 重建数据', but the printed solutions of EFF and of ~EFF and
    the model the case typology reads ('M1: ...' under 'Deviant cases') named no data source: read on their own,
    the reconstruction's paths looked like Paper A's. Each header now names it, as the necessary disjunctions'
    lines do ('EFF (reconstruction): ...')."""
    import json

    source = json.loads((ROOT / "data" / "derived" / "paperA" / "qca.json").read_text(encoding="utf-8"))["data_source"]
    cells = json.loads((ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8"))["cells"]
    lines = [line for c in cells if c["cell_type"] == "code" for o in c["outputs"] if o["output_type"] == "stream"
             for line in "".join(o["text"]).splitlines()]
    headers = [line for line in lines if re.fullmatch(r"--- .+ ---", line)]
    assert len(headers) >= 7, headers   # standard and ESA: three solutions each; the negation's reported solution
    assert all(h.endswith(f" ({source}) ---") for h in headers), headers
    # the model of the case types, and each parsimonious model's simplifying assumptions (M1, M2, ... M12: 'M1' alone)
    typology = [line for line in lines if re.match(r"M1\b", line) and "->" not in line]
    assert typology and all(line.startswith(f"M1 ({source}): ") for line in typology), typology


# ---------------------------------------------------------------- a holder's matrix as Chinese spreadsheets write it

def _matrix(tmp_path, header, rows, name="paperA_cases.csv"):
    path = tmp_path / name
    path.write_text("\n".join([",".join(header)] + [",".join(r) for r in rows]) + "\n", encoding="utf-8")
    return path


SETS = ["SYS", "ORG", "PRO", "SER", "FUN", "NOR", "EFF"]
CRISP = ["0101011", "0101110", "1100010", "1011110", "1101011", "1101011", "0111000", "1011011", "1101010",
         "0100010", "1000011", "0101110", "1100110", "0001010", "0111110"]


def _problems(path):
    from analysis.paper_a.cases import load_cases
    from analysis.validate import DataValidationError

    with pytest.raises(DataValidationError) as exc:
        load_cases(path)
    return exc.value.problems


@pytest.mark.parametrize("yes, no", [("是", "否"), ("TRUE", "FALSE")])
def test_a_matrix_of_yes_no_words_is_one_problem_saying_what_to_write(tmp_path, yes, no):
    """15 cases with 是/否 (or Excel's TRUE/FALSE) for 1/0: 105 problems, one per cell, the first 20 shown and none
    saying why. Now one problem for the seven columns, naming the first cell, how many cells hold which words, and
    to recode them to 1/0; one column so written is its own problem, with the same advice."""
    rows = [[f"Site{i + 1:02d}", "original", *[yes if v == "1" else no for v in r]] for i, r in enumerate(CRISP)]
    problems = _problems(_matrix(tmp_path, ["case_id", "status", *SETS], rows))
    assert problems == [f"row 1 (line 2), column 'SYS': '{no}' is not a number >= 0 and <= 1 (105 values of columns SYS, "
                        f"ORG, PRO, SER, FUN, NOR, EFF in 15 rows are not numbers: '{no}' in 47 cells, '{yes}' in 58 "
                        "cells): a yes/no label: recode it to 1/0 (in pandas: df[col] = df[col].map({"
                        f"'{yes}': 1, '{no}': 0}}); or export numeric codes, not value labels)"]
    rows = [[f"Site{i + 1:02d}", "original", *r[:-1], yes if r[-1] == "1" else no] for i, r in enumerate(CRISP)]
    problems = _problems(_matrix(tmp_path, ["case_id", "status", *SETS], rows))
    assert problems == [f"row 1 (line 2), column 'EFF': '{yes}' is not a number >= 0 and <= 1 (15 rows hold a value "
                        f"that is not a number, the first here: '{yes}' in 5 rows, '{no}' in 10 rows): a yes/no label: "
                        f"recode it to 1/0 (in pandas: df[col] = df[col].map({{'{yes}': 1, '{no}': 0}}); or export "
                        "numeric codes, not value labels)"]


def test_memberships_in_percent_are_one_problem_per_column_naming_the_scale(tmp_path):
    rows = [[f"Site{i + 1:02d}", "original", *[str(int(v) * 100) for v in r]] for i, r in enumerate(CRISP)]
    problems = _problems(_matrix(tmp_path, ["case_id", "status", *SETS], rows))
    assert len(problems) == 7, problems
    assert problems[0].startswith("row 1 (line 2), column 'ORG': 100 is out of range (11 rows hold a value out of "
                                  "range, the first here: '100' in 11 rows); expected a number >= 0 and <= 1")
    assert "another scale (a percentage, a 1-5 rating)" in problems[0]


def test_chinese_place_names_as_case_ids_are_one_problem(tmp_path):
    names = ["深圳罗湖", "浙江德清", "安徽天长", "山西高平", "福建尤溪", "江苏启东", "四川彭州", "广东阳西", "河南郏县",
             "湖北宜城", "云南禄丰", "贵州遵义", "宁夏盐池", "青海互助", "甘肃玉门"]
    rows = [[n, "original", *r] for n, r in zip(names, CRISP)]
    problems = _problems(_matrix(tmp_path, ["case_id", "status", *SETS], rows))
    assert len(problems) == 1, problems
    assert problems[0].startswith("row 1 (line 2), column 'case_id': '深圳罗湖' is not a case id")
    assert problems[0].endswith("(15 rows hold such a value: '深圳罗湖', '浙江德清', '安徽天长', '山西高平', '福建尤溪' "
                                "and 10 more)")


@pytest.mark.parametrize("header, expected", [
    (["case_id", "status", "SYS", "ORG", "PRO", "SER", "FUN", "NOR", "Y"],
     "column 'Y': unknown column in the memberships form; the header has no EFF (the outcome, 良好医防融合效果): if 'Y' "
     "holds the outcome, name it EFF (allowed columns: case_id, status, SYS, ORG, PRO, SER, FUN, NOR, EFF)"),
    (["case_id", "status", "SYS", "ORG", "PRO", "SER", "FUN", "NOR", "结果"],
     "column '结果': unknown column in the memberships form; the header has no EFF (the outcome, 良好医防融合效果): if "
     "'结果' holds the outcome, name it EFF"),
    (["case_id", "status", "sys", "org", "pro", "ser", "fun", "nor", "eff"],
     "write the short names: 'sys' → SYS, 'org' → ORG, 'pro' → PRO, 'ser' → SER, 'fun' → FUN, 'nor' → NOR, 'eff' → EFF"),
    (["case_id", "status", "SYS ", "ORG ", "PRO ", "SER ", "FUN ", "NOR ", "EFF "],
     "write the short names: 'SYS ' → SYS, 'ORG ' → ORG"),
    (["案例", "状态", "系统整合", "组织整合", "专业整合", "服务整合", "功能整合", "规范整合", "良好医防融合效果"],
     "write the short names: 案例 → case_id, 状态 → status, 系统整合 → SYS, 组织整合 → ORG"),
    (["case", "status", *SETS], "column 'case': unknown column in the memberships form; write case_id for 'case'"),
    (["SER", "EFF", "case_id", "NOR", "SYS", "status", "FUN", "ORG", "pro"],
     "column 'pro': unknown column in the memberships form; write PRO for 'pro'"),
    (["", "status", *SETS], "missing column 'case_id': the case ids, one per row (e.g. C01; ASCII letters, digits, "
                            "'_', '.' or '-') (the first column has no name: name it case_id)"),
    (["case_id", *SETS], "missing column 'status': add it with 'original' on every row taken from Paper A's own case "
                         "matrix ('reconstruction' on a row copied from the compendium's reconstruction)"),
])
def test_a_header_written_otherwise_says_which_column_was_meant(tmp_path, header, expected):
    """An outcome named Y / 结果, sets in lower case or with a space (Excel), a case column named 'case' / 案例 or left
    unnamed, no status column: the messages named the column and stopped there ('unknown column 'Y'', 'names
    neither the sets nor the indicators', "missing column 'status'"), not what it should be called or hold."""
    rows = []
    for i, r in enumerate(CRISP[:4]):
        values = dict(zip(SETS, r))
        row = []
        for h in header:
            key = h.strip().upper()
            row.append(values.get(key, values["EFF"] if h in ("Y", "结果", "良好医防融合效果") else
                                  "original" if h in ("status", "状态") else
                                  values.get({"组织整合": "ORG", "系统整合": "SYS", "专业整合": "PRO", "服务整合": "SER",
                                              "功能整合": "FUN", "规范整合": "NOR"}.get(h, ""), f"C{i + 1:02d}")))
        rows.append(row)
    problems = _problems(_matrix(tmp_path, header, rows))
    assert len(problems) == 1 and expected in problems[0], problems


def test_a_reordered_matrix_with_a_bom_and_crlf_reads_as_the_plain_one(tmp_path):
    """Excel's 'CSV UTF-8' (a BOM, CRLF line ends) with the columns in another order reads as the plain file."""
    from analysis.paper_a.cases import load_cases

    rows = [[f"Site{i + 1:02d}", "original", *r] for i, r in enumerate(CRISP)]
    plain = load_cases(_matrix(tmp_path, ["case_id", "status", *SETS], rows, "plain.csv"))
    order = ["EFF", "SER", "case_id", "NOR", "SYS", "status", "FUN", "ORG", "PRO"]
    cols = ["case_id", "status", *SETS]
    text = "\r\n".join([",".join(order)] + [",".join(r[cols.index(c)] for c in order) for r in rows]) + "\r\n"
    (tmp_path / "excel.csv").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    excel = load_cases(tmp_path / "excel.csv")
    assert excel.frame.equals(plain.frame) and excel.data_source == "original" and excel.form == "memberships"


def test_a_gbk_header_that_reads_as_utf8_is_named_as_gbk(tmp_path):
    """Chinese Excel's 'CSV (comma delimited)' writes GBK; 状态 in GBK (D7 B4 CC AC) is also valid UTF-8 ('״̬'), so a
    matrix with ASCII data and a 状态 column passed the encoding check and was refused for an unknown column '״̬' and a
    missing status column. It is now named as a GBK file, with how to save it."""
    rows = [f"Site{i + 1:02d},original," + ",".join(r) for i, r in enumerate(CRISP)]
    path = tmp_path / "paperA_cases.csv"
    path.write_bytes(("case_id,状态," + ",".join(SETS) + "\n" + "\n".join(rows) + "\n").encode("gbk"))
    assert _problems(path) == ["the header holds '״̬', which is 状态 in GBK: the file is GBK (what Chinese Excel's 'CSV "
                               "(comma delimited)' writes), read as UTF-8; save it as 'CSV UTF-8 (comma delimited)'"]


def test_a_gbk_status_that_reads_as_utf8_is_named_as_gbk(tmp_path):
    """原始 in GBK (D4 AD CA BC) is valid UTF-8 too ('ԭʼ'): a matrix saved by Chinese Excel with an ASCII header and
    原始 in its status column passed the encoding check and was refused for 'ԭʼ' in 15 rows, a value the holder never
    wrote (UTF-8 原始 is refused saying to write 'original'). It is named as a GBK file, as a header so misread is."""
    rows = [f"Site{i + 1:02d},原始," + ",".join(r) for i, r in enumerate(CRISP)]
    path = tmp_path / "paperA_cases.csv"
    path.write_bytes(("case_id,status," + ",".join(SETS) + "\n" + "\n".join(rows) + "\n").encode("gbk"))
    assert _problems(path) == ["column 'status' holds 'ԭʼ', which is 原始 in GBK: the file is GBK (what Chinese Excel's "
                               "'CSV (comma delimited)' writes), read as UTF-8; save it as 'CSV UTF-8 (comma delimited)'"]


@pytest.mark.parametrize("ids", [[f"{i:02d}" for i in range(1, 16)], [str(i) for i in range(1, 16)],
                                 [f"{i}e1" for i in range(1, 16)]])
def test_case_ids_that_read_back_as_numbers_are_refused(tmp_path, ids):
    """Case ids 01 … 15 (a holder's numbering) passed validation; notebook 03 read them back from calibrated_crisp.csv
    with pandas as the numbers 1 … 15, so qca.json and the paths named case '1', and notebook 04 stopped: its redraw
    of notebook 02's membership figure (labelled 01 …) differed. Such ids (and 1e1, which reads as 10) are refused at
    load in one problem, saying to start them with a letter."""
    rows = [[cid, "original", *r] for cid, r in zip(ids, CRISP)]
    problems = _problems(_matrix(tmp_path, ["case_id", "status", *SETS], rows))
    assert problems == [f"row 1 (line 2), column 'case_id': '{ids[0]}' reads as a number in the tables notebook 02 "
                        "writes, and notebooks 03 and 04, reading them back, would label the case with that number "
                        f"(leading zeros lost): start the id with a letter, e.g. 'C{ids[0]}' (15 rows hold such a "
                        f"value: {', '.join(repr(i) for i in ids[:5])} and 10 more)"]


def test_a_case_id_that_reads_back_as_missing_is_refused(tmp_path):
    from analysis.paper_a import cases as C

    rows = [["NA" if i == 0 else f"C{i + 1:02d}", "original", *r] for i, r in enumerate(CRISP)]
    assert _problems(_matrix(tmp_path, ["case_id", "status", *SETS], rows)) == [
        "row 1 (line 2), column 'case_id': 'NA' reads as a missing value in the tables notebook 02 writes (notebooks 03 "
        "and 04 read them back): use another id, e.g. 'C_NA'"]
    for good in ("C01", "R1", "site-1", "A1e5", "x.01"):    # a letter first: read back as written
        assert C._check_case_id(good) is None, good


def test_the_verdict_says_the_calibration_was_not_tested_on_a_memberships_file():
    """A memberships-form matrix (the original dropped in, crisp or fuzzy) has no indicator shares, so the test set
    has no calibration sweeps; the verdict listed the sweeps that ran and said nothing of the calibration, reading as
    a robustness verdict that had tested it. It now names the calibration sweeps as not run, and why; the indicator
    form (the reconstruction) runs them and its verdict is as before."""
    import pandas as pd

    from analysis.paper_a import robustness as R

    assert R.not_run_sweeps("memberships") == ("calibration", "calibration_set")
    assert R.not_run_sweeps("indicators") == ()
    settings = pd.DataFrame([
        {"sweep": "baseline", "setting": "b", "changes_table": False, "same_as_baseline": True},
        {"sweep": "n_cut", "setting": "n_cut=2", "changes_table": True, "same_as_baseline": False}])
    power, table = R.sweep_power(settings), pd.DataFrame(columns=["claim_id", "verdict"])
    text = R.robustness_verdict(table, power, not_run=R.not_run_sweeps("memberships"))
    assert text.splitlines()[0] == (
        "Sweeps that can change the truth table: frequency threshold; not run (memberships given directly: no indicator "
        "shares to recalibrate, so the calibration is not tested): calibration threshold, calibration of one set.")
    assert text.splitlines()[-1].endswith("；未运行（隶属度直接给出，无指标得分可重新校准，校准未检验）：校准阈值、单个集合的校准。")
    assert R.robustness_verdict(table, power, not_run=R.not_run_sweeps("indicators")) == R.robustness_verdict(table, power)
    import json

    nb = json.loads((ROOT / "notebooks" / "03_qca.ipynb").read_text(encoding="utf-8"))
    code = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert 'R.robustness_verdict(robust_table, power, settings, not_run=R.not_run_sweeps(meta["form"]), ' \
           'data_source=DATA_SOURCE,' in " ".join(code.split())   # the call may be broken between its arguments


@pytest.mark.parametrize("written, meant", [("原始", "original"), ("原始数据", "original"), ("重建", "reconstruction"),
                                            ("Original", "original")])
def test_a_status_written_in_chinese_says_what_to_write(tmp_path, written, meant):
    """A holder writing the status in Chinese (原始 for 'original', 重建 for 'reconstruction') was refused with 'is not
    allowed; expected one of ...', never saying 原始 is 'original': one problem now says what to write for it."""
    rows = [[f"Site{i + 1:02d}", written, *r] for i, r in enumerate(CRISP)]
    problems = _problems(_matrix(tmp_path, ["case_id", "status", *SETS], rows))
    assert problems == [f"row 1 (line 2), column 'status': '{written}' is not allowed (15 rows hold a value not "
                        f"allowed, the first here: '{written}' in 15 rows); expected one of 'reconstruction', "
                        f"'original': write '{meant}' for '{written}'"], problems


@pytest.mark.parametrize("labels", [["合计"], ["Total"], ["总计", "平均"]])
def test_a_totals_row_below_the_cases_is_one_problem_saying_to_delete_it(tmp_path, labels):
    """A holder's matrix with Excel's totals row (合计 / 总计 / Total, the column sums) below the 15 cases: it was read as
    a case and refused with a problem per column (its counts out of [0, 1]) and one for its empty status, none saying
    it was a totals row. One problem now names its row and says to delete it."""
    rows = [[f"Site{i + 1:02d}", "original", *r] for i, r in enumerate(CRISP)]
    sums = [str(sum(int(r[j]) for r in CRISP)) for j in range(len(SETS))]
    rows += [[label, "", *sums] for label in labels]
    problems = _problems(_matrix(tmp_path, ["case_id", "status", *SETS], rows))
    if len(labels) == 1:
        assert problems == [f"row 16 (line 17), column 'case_id': '{labels[0]}' is a summary row (a total, mean or "
                            "count below the cases), not a case: delete it; the case file holds one row per case, and "
                            "the analysis counts the cases itself"], problems
    else:
        assert problems == ["rows 16, 17 (lines 17, 18), column 'case_id': '总计', '平均' are summary rows (a total, "
                            "mean or count below the cases), not cases: delete them; the case file holds one row per "
                            "case, and the analysis counts the cases itself"], problems


@pytest.mark.parametrize("name", ["地区", "名称"])
def test_a_descriptive_column_is_refused_saying_to_keep_it_in_a_file_of_its_own(tmp_path, name):
    """A holder's matrix with a column describing the cases (地区, the region; or 名称 beside case_id) was refused as
    'unknown column in the memberships form' and no more: it now says the column holds text, so it describes the
    cases, and to keep it in a file of one's own keyed by case_id."""
    regions = ["广东", "浙江", "安徽", "山西", "福建"] * 3
    rows = [[f"Site{i + 1:02d}", "original", regions[i], *r] for i, r in enumerate(CRISP)]
    problems = _problems(_matrix(tmp_path, ["case_id", "status", name, *SETS], rows))
    assert problems == [f"column '{name}': unknown column in the memberships form; it holds text ('广东', '浙江', "
                        "'安徽', ...), so it describes the cases: keep such columns in a file of your own keyed by "
                        "case_id (the case file holds case_id, status and the sets only) (allowed columns: case_id, "
                        "status, SYS, ORG, PRO, SER, FUN, NOR, EFF)"], problems


def test_a_totals_row_does_not_hide_the_other_problems_of_the_matrix(tmp_path):
    """A totals row (合计) below the cases stopped the check: the holder deleted it, reran, and only then learnt of an
    out-of-range value and a status written in Chinese above it. Now one run names every problem, the totals row's
    among them, each row by its number in the file (the cases after a summary row keep theirs)."""
    rows = [[f"Site{i + 1:02d}", "original", *r] for i, r in enumerate(CRISP)]
    rows[2][2 + SETS.index("ORG")] = "7"
    rows[4][1] = "原始"
    sums = [str(sum(int(r[j]) for r in CRISP)) for j in range(len(SETS))]
    rows.insert(10, ["合计", "", *sums])   # a subtotal between the cases: the rows after it keep their file numbers
    rows[12][0] = "Site03"                 # the 12th case repeats the 3rd's id
    problems = _problems(_matrix(tmp_path, ["case_id", "status", *SETS], rows))
    assert problems == [
        "row 3 (line 4), column 'ORG': 7 is out of range; expected a number >= 0 and <= 1; values above 1 look like "
        "another scale (a percentage, a 1-5 rating): a share or membership is in [0, 1], so divide or calibrate them "
        "first",
        "row 5 (line 6), column 'status': '原始' is not allowed; expected one of 'reconstruction', 'original': write "
        "'original' for '原始'",
        "row 11 (line 12), column 'case_id': '合计' is a summary row (a total, mean or count below the cases), not a "
        "case: delete it; the case file holds one row per case, and the analysis counts the cases itself",
        "row 13 (line 14), column 'case_id': duplicate value 'Site03' (first at row 3); values must be unique"], problems


def test_a_totals_row_and_a_blank_line_keep_every_problem_on_its_line(tmp_path):
    """The totals-row check (which leaves that row out of the values checked, keeping the other rows' file numbers)
    and the file's true lines (a blank line above a row moves it down; pandas skips it) meet here: every problem
    names its row as the data counts it and the line it is on in the file."""
    rows = [[f"Site{i + 1:02d}", "original", *r] for i, r in enumerate(CRISP)]
    rows[2][2 + SETS.index("ORG")] = "7"
    sums = [str(sum(int(r[j]) for r in CRISP)) for j in range(len(SETS))]
    rows.insert(10, ["合计", "", *sums])
    rows[12][0] = "Site03"
    lines = [",".join(["case_id", "status", *SETS])] + [",".join(r) for r in rows]
    lines.insert(2, "")                      # a blank line after the first case
    path = tmp_path / "paperA_cases.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = _problems(path)
    assert [p.split(", column")[0] for p in problems] == ["row 3 (line 5)", "row 11 (line 13)", "row 13 (line 15)"], \
        problems


def test_a_descriptive_column_beside_a_missing_outcome_is_two_problems(tmp_path):
    """With EFF left out and a column 地区 added, 地区 was asked whether it held the outcome ('if '地区' holds the
    outcome, name it EFF'), though it holds place names. Now 地区 gets the advice for a descriptive column and the
    missing EFF a problem of its own; a numeric column in EFF's place still gets the outcome hint."""
    regions = ["广东", "浙江", "安徽", "山西", "福建"] * 3
    rows = [[f"Site{i + 1:02d}", "original", regions[i], *r[:-1]] for i, r in enumerate(CRISP)]
    problems = _problems(_matrix(tmp_path, ["case_id", "status", "地区", *SETS[:-1]], rows))
    assert problems == [
        "column '地区': unknown column in the memberships form; it holds text ('广东', '浙江', '安徽', ...), so it "
        "describes the cases: keep such columns in a file of your own keyed by case_id (the case file holds case_id, "
        "status and the sets only) (allowed columns: case_id, status, SYS, ORG, PRO, SER, FUN, NOR, EFF)",
        "missing column 'EFF': the outcome (良好医防融合效果), one membership per case (expected columns: case_id, "
        "status, SYS, ORG, PRO, SER, FUN, NOR, EFF)"], problems
    rows = [[f"Site{i + 1:02d}", "original", regions[i], *r] for i, r in enumerate(CRISP)]
    problems = _problems(_matrix(tmp_path, ["case_id", "status", "地区", *SETS[:-1], "Y"], rows))
    assert len(problems) == 2 and "it holds text" in problems[0], problems
    assert problems[1].startswith("column 'Y': unknown column in the memberships form; the header has no EFF (the "
                                  "outcome, 良好医防融合效果): if 'Y' holds the outcome, name it EFF"), problems
    # a set missing beside an unknown column is named too (it went unsaid until the column was fixed)
    rows = [[f"Site{i + 1:02d}", "original", regions[i], *r[1:]] for i, r in enumerate(CRISP)]
    problems = _problems(_matrix(tmp_path, ["case_id", "status", "地区", *SETS[1:]], rows))
    assert problems[1:] == ["missing column 'SYS' (expected columns: case_id, status, SYS, ORG, PRO, SER, FUN, NOR, "
                            "EFF)"], problems


def test_a_totals_row_labelled_beside_an_empty_case_id_is_named_as_one(tmp_path):
    """Excel's totals row with 合计 typed in the second column (the first left empty, or merged) was read as a case: 9
    problems (an empty case_id, '合计' not a status, a count out of [0, 1] per set), none saying it was a totals row.
    It is now the one problem of a summary row, naming the column that holds 合计; an empty id elsewhere is still
    refused as empty."""
    rows = [[f"Site{i + 1:02d}", "original", *r] for i, r in enumerate(CRISP)]
    sums = [str(sum(int(r[j]) for r in CRISP)) for j in range(len(SETS))]
    problems = _problems(_matrix(tmp_path, ["case_id", "status", *SETS], rows + [["", "合计", *sums]]))
    assert problems == ["row 16 (line 17), column 'status': '合计' is a summary row (a total, mean or count below the "
                        "cases), not a case: delete it; the case file holds one row per case, and the analysis counts "
                        "the cases itself"], problems
    rows[3][0] = ""
    problems = _problems(_matrix(tmp_path, ["case_id", "status", *SETS], rows + [["", "合计", *sums]]))
    assert [p[:40] for p in problems] == ["row 4 (line 5), column 'case_id': empty;", "row 16 (line 17), column 'status': '合计' "]


def test_a_repeated_column_beside_a_totals_row_is_said_in_the_same_run(tmp_path):
    """A header naming EFF twice (a column pasted twice) and a totals row: only the totals row was named, and the
    repeated column came up on the next run, once the row was deleted. Both are said at once."""
    rows = [[f"Site{i + 1:02d}", "original", *r, r[-1]] for i, r in enumerate(CRISP)]
    sums = [str(sum(int(r[j]) for r in CRISP)) for j in range(len(SETS))]
    problems = _problems(_matrix(tmp_path, ["case_id", "status", *SETS, "EFF"], rows + [["合计", "", *sums, sums[-1]]]))
    assert problems[0] == "duplicate column name: EFF", problems
    assert len(problems) == 2 and problems[1].startswith("row 16 (line 17), column 'case_id': '合计' is a summary row")


def test_a_row_of_empty_cells_above_a_totals_row_keeps_the_rows_numbered_as_the_checks_number_them(tmp_path):
    """A row emptied in Excel (',,,,,,,,' left between the cases) is a row to pandas and to the value checks
    (analysis.validate: 'row 3 (line 4)'), but the totals-row and row-length checks counted rows with their own csv
    loop that skipped it: the 合计 row below was 'row 11 (line 13)' beside value problems of 'row 12'. One line
    counter (analysis.qca.read.data_records) now numbers every row and line of the case file's messages."""
    rows = [[f"Site{i + 1:02d}", "original", *r] for i, r in enumerate(CRISP)]
    sums = [str(sum(int(r[j]) for r in CRISP)) for j in range(len(SETS))]
    rows.insert(10, ["合计", "", *sums])
    rows.insert(2, [""] * (2 + len(SETS)))       # an emptied row: its commas are left
    rows[12][2 + SETS.index("ORG")] = "7"        # the case below the totals row: row 13 (line 14)
    problems = _problems(_matrix(tmp_path, ["case_id", "status", *SETS], rows))
    where = [p.split(")", 1)[0] + ")" for p in problems]
    assert set(where) == {"row 3 (line 4)", "row 12 (line 13)", "row 13 (line 14)"}, problems
    assert any(p.startswith("row 12 (line 13), column 'case_id': '合计' is a summary row") for p in problems), problems
    rows[5] = rows[5][:-1]                        # a value left out below the emptied row: row 6 (line 7)
    problems = _problems(_matrix(tmp_path, ["case_id", "status", *SETS], rows))
    assert problems[0].startswith("row 6 (line 7): 8 values where the header has 9 columns"), problems


def test_the_validated_tables_keep_their_lines_in_the_engines_carrier(tmp_path):
    """analysis.validate kept a table's lines in a carrier of its own (_Lines) beside the engine's FileLines: one
    carrier now serves both (a validated table's lines are the engine's FileLines, without case names), and a frame
    sorted or cut since still has none."""
    from analysis.qca.data import file_lines, kept_lines
    from analysis.validate import read_frame, row_lines

    path = tmp_path / "t.csv"
    path.write_text("case_id,x\n\nA,1\nB,\"2\n\"\nC,3\n", encoding="utf-8")
    df = read_frame(path)
    kept = kept_lines(df)
    assert kept is not None and kept.lines == (3, 4, 6) and row_lines(df) == (3, 4, 6)
    assert file_lines(df, df["case_id"]) is None       # no case names: the engine's messages do not use them
    assert row_lines(df.iloc[:2]) is None


@pytest.mark.parametrize("mark", ["NA", "N/A", "#N/A", "-", ".", "NULL", "NaN"])
@pytest.mark.parametrize("form", ["memberships", "indicators"])
def test_a_missing_value_mark_in_the_matrix_is_named_as_a_missing_value(tmp_path, mark, form):
    """A holder's matrix with a case not coded in one cell, written as R, SPSS, Stata or Excel write a missing value
    ('NA', '.', '#N/A', ...): the message called it 'text labels (e.g. SPSS value labels): export the numeric codes'
    (or, for 'NaN' in a set, only "NaN is not a number"), which is not what it is. It now says the cell marks a
    missing value and that QCA needs every case coded: code the cell or leave the case out of the file."""
    from analysis.paper_a.cases import load_codebook

    if form == "memberships":
        header = ["case_id", "status", *SETS]
        rows = [[f"C{i + 1:02d}", "original", *r] for i, r in enumerate(CRISP)]
        rows[4][6] = mark                                        # row 5, FUN
        where, allowed = "row 5 (line 6), column 'FUN'", "a number >= 0 and <= 1"
    else:
        ids = load_codebook()["indicator_id"].tolist()
        header = ["case_id", "status", *ids]
        rows = [[f"C{i + 1:02d}", "original", *[r[k // 3] for k in range(len(ids))]] for i, r in enumerate(CRISP)]
        rows[7][2 + ids.index("PRO2")] = mark                     # row 8, PRO2
        where, allowed = "row 8 (line 9), column 'PRO2'", "one of 0, 1"
    problems = _problems(_matrix(tmp_path, header, rows))
    assert problems == [f"{where}: {mark!r} is not {allowed}: a mark of a missing value (as R, SPSS, Stata or Excel "
                        "write one): QCA places every case in a configuration, so every cell needs a value: code the "
                        "case here, or leave the case out of the file"], problems


@pytest.mark.parametrize("form", ["memberships", "indicators"])
def test_full_width_digits_in_the_matrix_are_refused_as_the_engine_refuses_them(tmp_path, form):
    """A holder's matrix typed with a Chinese input method: '１' (U+FF11) where 1 is meant. Python's float() reads
    '１' and '０.９' as 1 and 0.9, so the case file took them without a word, while the engine's reader refuses them
    (analysis.qca.checks.float_text: digits 0-9 only; data._value_hint's hint) as it refuses '0。9'. The case file now
    follows the engine's one rule: the cell named, with what to write."""
    from analysis.paper_a.cases import load_codebook

    if form == "memberships":
        header = ["case_id", "status", *SETS]
        rows = [[f"C{i + 1:02d}", "original", *r] for i, r in enumerate(CRISP)]
        rows[4][6] = "１"                                         # row 5, FUN
        where, allowed, plain = "row 5 (line 6), column 'FUN'", "a number >= 0 and <= 1", "1"
    else:
        ids = load_codebook()["indicator_id"].tolist()
        header = ["case_id", "status", *ids]
        rows = [[f"C{i + 1:02d}", "original", *[r[k // 3] for k in range(len(ids))]] for i, r in enumerate(CRISP)]
        rows[7][2 + ids.index("PRO2")] = "０"                      # row 8, PRO2
        where, allowed, plain = "row 8 (line 9), column 'PRO2'", "one of 0, 1", "0"
    written = rows[4][6] if form == "memberships" else rows[7][2 + ids.index("PRO2")]
    problems = _problems(_matrix(tmp_path, header, rows))
    assert problems == [f"{where}: {written!r} is not {allowed}: full-width characters (e.g. {written!r}, typed with a "
                        "Chinese or Japanese input method, 全角): write numbers with ASCII (half-width, 半角) digits, "
                        f"point and signs, e.g. {plain!r}"], problems


def test_missing_value_marks_in_several_cells_are_one_problem(tmp_path):
    """Several cells of several sets marked missing ('NA', as R's write.csv writes them) are one problem naming how
    many and where the first is, as 是/否 in every set is."""
    rows = [[f"C{i + 1:02d}", "original", *r] for i, r in enumerate(CRISP)]
    rows[2][3], rows[2][4], rows[9][8] = "NA", "NA", "NA"        # row 3: ORG, PRO; row 10: EFF
    problems = _problems(_matrix(tmp_path, ["case_id", "status", *SETS], rows))
    assert len(problems) == 1, problems
    assert problems[0].startswith("row 3 (line 4), column 'ORG': 'NA' is not a number >= 0 and <= 1 (3 values of "
                                  "columns ORG, PRO, EFF in 2 rows are not numbers: 'NA' in 3 cells): a mark of a "
                                  "missing value"), problems[0]
    assert problems[0].endswith("code the case here, or leave the case out of the file"), problems[0]


def test_missing_value_marks_of_several_kinds_in_a_column_are_one_problem_naming_them(tmp_path):
    """A column marked missing in several ways ('缺失' as a Chinese table writes it, 'NA', '.', '-' as R, SPSS, Stata
    or Excel do): each kind alone was named a missing value, together they got no hint at all ('is not a number >= 0
    and <= 1 (4 rows hold ...)'). One problem now lists the marks and says they mark missing values."""
    rows = [[f"C{i + 1:02d}", "original", *r] for i, r in enumerate(CRISP)]
    for row, mark in zip((2, 5, 8, 11), ("缺失", "NA", ".", "-")):
        rows[row][4] = mark                                          # PRO
    problems = _problems(_matrix(tmp_path, ["case_id", "status", *SETS], rows))
    assert problems == ["row 3 (line 4), column 'PRO': '缺失' is not a number >= 0 and <= 1 (4 rows hold a value that "
                        "is not a number, the first here: '缺失' in 1 row, 'NA' in 1 row, '.' in 1 row, '-' in 1 row): "
                        "a mark of a missing value (as R, SPSS, Stata or Excel write one, or a Chinese table: '缺失', "
                        "'—'): QCA places every case in a configuration, so every cell needs a value: code the case "
                        "here, or leave the case out of the file"], problems


def test_a_matrix_written_in_chinese_names_every_problem_in_one_run(tmp_path):
    """A holder's matrix as kept in a Chinese spreadsheet: the header in Chinese (案例, 状态, 系统整合 …), place names
    as case ids, 原始 as the status and 是/否 as the memberships. The first run named only the header; renamed, the
    second named the other three; a third ran. The header's problem still says which short name each column takes,
    and the values are now checked under those names in the same run, so one run names all four."""
    names = ["深圳罗湖", "浙江德清", "安徽天长", "山西高平"]
    zh = ["系统整合", "组织整合", "专业整合", "服务整合", "功能整合", "规范整合", "医防融合效果"]
    rows = [[n, "原始", *["是" if v == "1" else "否" for v in r]] for n, r in zip(names, CRISP)]
    problems = _problems(_matrix(tmp_path, ["案例", "状态", *zh], rows))
    assert len(problems) == 4, problems
    assert problems[0].startswith("header (案例, 状态, 系统整合, 组织整合, 专业整合, 服务整合, 功能整合, 规范整合, "
                                  "医防融合效果): names neither the sets")
    assert problems[0].endswith("write the short names: 案例 → case_id, 状态 → status, 系统整合 → SYS, 组织整合 → ORG, "
                                "专业整合 → PRO, 服务整合 → SER, 功能整合 → FUN, 规范整合 → NOR, 医防融合效果 → EFF; "
                                "the values are checked below under those names"), problems[0]
    assert problems[1].startswith("row 1 (line 2), column 'case_id': '深圳罗湖' is not a case id"), problems[1]
    assert problems[2].startswith("row 1 (line 2), column 'status': '原始' is not allowed"), problems[2]
    assert problems[2].endswith("write 'original' for '原始'"), problems[2]
    assert problems[3].startswith("row 1 (line 2), column 'SYS': '否' is not a number >= 0 and <= 1 (28 values of "
                                  "columns SYS, ORG, PRO, SER, FUN, NOR, EFF in 4 rows"), problems[3]
    # a header renamed in part, or naming a column twice once renamed, is the header's problem alone, as before
    rows = [[f"C{i + 1:02d}", "original", *r] for i, r in enumerate(CRISP[:4])]
    problems = _problems(_matrix(tmp_path, ["案例", "状态", *zh[:-1], "备注"], rows))
    assert len(problems) == 1 and "the values are checked" not in problems[0], problems
    # with nothing else wrong, the header is the one problem, saying nothing about values
    problems = _problems(_matrix(tmp_path, ["案例", "状态", *zh], rows))
    assert len(problems) == 1 and problems[0].endswith("医防融合效果 → EFF"), problems


def test_notebooks_02_and_03_tell_a_holder_and_a_reader_the_same_in_chinese():
    """Notebook 02's opening told a holder of Paper A's matrix where to put it and how to run it in English only: the
    Chinese paragraph said the matrix is not public and stopped, though a holder is most likely a Chinese reader. It
    now says in Chinese, as in English, the file, the status to write and the make command. Notebook 03's opening
    said in English that every claim on the reconstruction is checked by construction, in Chinese only that agreement
    is (结论一致是构造所致): both now say every claim, agreement and disagreement alike, as the ledger labels them."""
    import json

    def opening(name):
        nb = json.loads((ROOT / "notebooks" / f"{name}.ipynb").read_text(encoding="utf-8"))
        return "".join(nb["cells"][0]["source"])

    text = opening("02_case_calibration")
    en = text[text.index("**The paper's case matrix is not public.**"):text.index("**原文案例矩阵未公开。**")]
    zh = text[text.index("**原文案例矩阵未公开。**"):text.index("The case file's `status` column")]
    for needed in ("`data/raw/paperA_cases.csv`", "`status`", "`original`", 'case_file = "paperA_cases.csv"',
                   'make P_02_case_calibration="-p case_file paperA_cases.csv"'):
        assert needed in " ".join(en.replace("> ", "").split()), needed
        assert needed in " ".join(zh.replace("> ", "").split()), needed
    text = opening("03_qca")
    assert "every claim is checked **by construction**" in text
    assert "所有论断的核对均视为构造所致" in text and "结论一致是构造所致" not in text


def _figure_cell(name: str) -> str:
    """The code cell of notebook `name` that saves Paper A's figures (the one calling save_figure)."""
    import json

    nb = json.loads((ROOT / "notebooks" / f"{name}.ipynb").read_text(encoding="utf-8"))
    cells = ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]
    (cell,) = [c for c in cells if "save_figure(" in c and "import" not in c]
    return cell


@pytest.mark.parametrize("name, figures", [
    ("02_case_calibration", ("paperA_memberships", "paperA_memberships_fuzzy")),
    ("03_qca", ("paperA_configurations", "paperA_xy", "paperA_truth_table")),
])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_chinese_run_of_02_and_03_draws_the_english_figures_too(name, figures, lang):
    """A holder's `make P_02_case_calibration="-p case_file paperA_cases.csv -p lang zh" P_03_qca="-p lang zh"`
    wrote only the *_zh figures: the English ones stayed the reconstruction's beside the holder's tables, and
    notebook 04, which checks the English figures against those tables, stopped make. The figure cells of 02 and 03
    now draw every English figure, and with lang = "zh" the Chinese variants beside them (each in its own labels);
    the figures shown are in the language asked for. The cell runs here as written, its drawing stubbed."""
    from types import SimpleNamespace

    from analysis.paper_a import cases as C
    from analysis.paper_a import configurations as K
    from analysis.plots.style import figure_languages

    saved, shown, style = {}, [], []

    def draw(*args, lang, **kwargs):
        return SimpleNamespace(lang=lang, style=style[-1])

    def save_figure(fig, stem):
        assert Path(stem).name not in saved, stem
        saved[Path(stem).name] = (fig.lang, fig.style)

    def apply_style(lang_asked):
        style.append(lang_asked)
        return lang_asked   # as with a CJK font installed

    namespace = dict(
        lang=lang, apply_style=apply_style, figure_languages=figure_languages, save_figure=save_figure,
        show_figure=lambda fig: shown.append(fig.lang), FIGURES=Path("figures"), C=C, K=K, DATA_SOURCE="original",
        membership_heatmap=draw, crisp=None, fuzzy=None, cases=SimpleNamespace(form="indicators"),
        configuration_chart_groups=draw, case_type_xy=draw, truth_table_view=draw, no_solution_panel=draw,
        R=SimpleNamespace(deviant_cases=lambda res: None), res=SimpleNamespace(no_solution="", chart=None,
                                                                             solution_fit=None),
        tt=SimpleNamespace(rows=[]), contra={"row": []}, conditions=list(C.CONDITION_NAMES), outcome=C.OUTCOME,
        analysis="esa", report_solution="intermediate", model="", max_paths=100, incl_cut=0.8, n_cut=1)
    exec(compile(_figure_cell(name), name, "exec"), namespace)
    expected = {f: ("en", "en") for f in figures}
    if lang == "zh":
        expected |= {f"{f}_zh": ("zh", "zh") for f in figures}
    assert saved == expected
    assert shown and set(shown) == {lang}


def test_robustness_table_tests_nothing_it_calls_not_testable_by_design():
    """On a 14-case file the verdict of a claim about the paper's results is 'not testable (design)', but
    robustness.csv still filled its holds/breaks columns ('ORG at threshold ⅓' under calibration_set_breaks, a
    tested_settings count): a reader took those for breaks of the claim. Such a claim's row now tests nothing, as its
    verdict says: every `<sweep>_holds` 'n/a', every `<sweep>_breaks` and `no_solution_breaks` empty, 0 settings."""
    import pandas as pd

    from analysis.paper_a import robustness as R

    ok = {"n_paths": 4, "n_distinct_models": 1, "n_multi_level": 2, "n_meso_micro": 2, "n_other": 0,
          "SER_in_all": True, "SER_core_in_all": True, "SER_inclN": 1.0, "SER_RoN": 0.8,
          "least_present": "FUN, PRO, SYS", "least_present_separated": True, "error": "", "design_n_cases": 15}
    three = {**ok, "n_paths": 3, "n_multi_level": 1}
    rows = [{"sweep": "baseline", "setting": "b", **ok, "n_cases": 14, "changes_table": False, "changed_inputs": ""},
            {"sweep": "calibration_set", "setting": "ORG at threshold ⅓", **three, "n_cases": 14,
             "changes_table": True, "changed_inputs": "truth table, cases, calibration"},
            {"sweep": "n_cut", "setting": "n_cut=2", **ok, "n_cases": 14, "changes_table": True,
             "changed_inputs": "truth table, cases"}]
    table = R.claim_robustness(pd.DataFrame(rows)).set_index("claim_id")
    design = table[table["verdict"] == "not testable (design)"]
    assert {"A1", "A2", "A5", "A8"} <= set(design.index)
    for cid, row in design.iterrows():
        for col in table.columns:
            if col.endswith("_holds"):
                assert row[col] == "n/a", (cid, col, row[col])
            elif col.endswith("_breaks"):
                assert row[col] == "", (cid, col, row[col])
        assert row["tested_settings"] == 0, cid
    # at Paper A's 15 cases the same settings do test (and break) A1
    same = R.claim_robustness(pd.DataFrame(rows).assign(n_cases=15)).set_index("claim_id")
    assert same.loc["A1", "calibration_set_breaks"] == "ORG at threshold ⅓" and same.loc["A1", "verdict"] == "fragile"


def _reconstruction_workbook(path, edit=None):
    """The reconstruction's case matrix written by openpyxl as a holder's workbook (numbers as numbers, sheet '矩阵'),
    `edit(ws)` applied first."""
    import openpyxl

    from analysis.paths import DATA_RAW

    table = pd.read_csv(DATA_RAW / "paperA_cases_reconstruction.csv", dtype=str, keep_default_na=False)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "矩阵"
    ws.append(list(table.columns))
    for row in table.itertuples(index=False):
        ws.append([int(v) if v.isdigit() else v for v in row])
    if edit is not None:
        edit(ws)
    wb.save(path)
    return path


def test_an_xlsx_case_file_is_read_as_the_csv_saved_from_it(tmp_path):
    """A holder keeps Paper A's matrix in Excel: data/raw/paperA_cases.xlsx was refused ('this is a zip archive ...,
    not a CSV text file'). It is read by the engine's reader of workbooks and checked as the CSV: the same cases."""
    from analysis.paper_a import cases as C

    book = C.load_cases(_reconstruction_workbook(tmp_path / "paperA_cases.xlsx"))
    csv = C.load_cases()
    pd.testing.assert_frame_equal(book.frame, csv.frame)
    assert book.form == csv.form and book.file.endswith("paperA_cases.xlsx")


def test_an_xlsx_case_file_s_problems_name_its_cells(tmp_path):
    """Every problem of a workbook names the workbook, its sheet and the cell as Excel shows it (rows as Excel counts
    them), not the lines of a CSV file the holder never saw."""
    from analysis.paper_a import cases as C
    from analysis.validate import DataValidationError

    def edit(ws):
        ws["C4"] = 7          # R03's SYS1
        ws["A5"] = "C 3"      # R04's id

    path = _reconstruction_workbook(tmp_path / "paperA_cases.xlsx", edit)
    with pytest.raises(DataValidationError) as err:
        C.load_cases(path)
    msg = str(err.value)
    # the sheet too (it said the workbook only, though the docstrings promised the sheet)
    assert "paperA_cases.xlsx (sheet '矩阵'): 2 problems" in msg and "paperA_cases.csv" not in msg, msg
    assert "row 3 (cell C4), column 'SYS1': '7' is not allowed; expected one of 0, 1" in msg, msg
    assert "row 4 (cell A5), column 'case_id': 'C 3' is not a case id" in msg, msg


def test_an_xlsx_case_file_saved_without_formula_values_is_refused_naming_the_cell(tmp_path):
    from analysis.paper_a import cases as C
    from analysis.validate import DataValidationError

    path = _reconstruction_workbook(tmp_path / "paperA_cases.xlsx", lambda ws: ws.__setitem__("D3", "=C3"))
    with pytest.raises(DataValidationError) as err:
        C.load_cases(path)
    assert "1 problem:\n  - sheet '矩阵', cell D3 holds a formula (=C3) saved without its value" in str(err.value)


def _reconstruction_in(path, edit=None):
    """The reconstruction's case matrix saved as a holder keeps it, in the format `path`'s suffix names: an old Excel
    workbook (.xls, xlwt), a LibreOffice sheet (.ods), a Stata (.dta, pandas) or SPSS (.sav, pyreadstat) file; numbers
    as numbers, the sheet '矩阵'; `edit(rows)` applied to the rows (the header first) before."""
    from analysis.paths import DATA_RAW

    table = pd.read_csv(DATA_RAW / "paperA_cases_reconstruction.csv", dtype=str, keep_default_na=False)
    rows = [list(table.columns)] + [[int(v) if v.isdigit() else v for v in r] for r in table.itertuples(index=False)]
    if edit is not None:
        edit(rows)
    if path.suffix == ".xls":
        from test_read_workbook_xls import write_xls

        return write_xls(path, {"矩阵": rows})
    if path.suffix == ".ods":
        from test_read_workbook_ods import write_ods

        return write_ods(path, {"矩阵": rows})
    frame = pd.DataFrame(rows[1:], columns=rows[0])
    if path.suffix == ".dta":
        frame.to_stata(path, write_index=False)
    else:
        import pyreadstat

        pyreadstat.write_sav(frame, str(path))
    return path


@pytest.mark.parametrize("suffix", [".xls", ".ods", ".dta", ".sav"])
def test_a_case_file_in_every_format_the_engine_reads_is_read_as_the_csv_saved_from_it(tmp_path, suffix):
    """The engine reads .xls and .ods workbooks and Stata and SPSS files (analysis.qca.read.read_data); Paper A's case
    file took only an .xlsx one, and refused the others as 'a zip archive (an Excel .xlsx workbook or an .ods sheet?),
    not a CSV' or 'an old Excel .xls workbook (OLE2 file), not a CSV'. Each is read by the engine's one reader and
    checked as the CSV saved from it: the same cases."""
    import warnings

    from analysis.paper_a import cases as C

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")   # an .xls workbook: the engine says once what it cannot check in one
        book = C.load_cases(_reconstruction_in(tmp_path / f"paperA_cases{suffix}"))
    csv = C.load_cases()
    pd.testing.assert_frame_equal(book.frame, csv.frame)
    assert book.form == csv.form and book.file.endswith(f"paperA_cases{suffix}")


@pytest.mark.parametrize("suffix, where", [
    (".ods", "paperA_cases.ods (sheet '矩阵'): 2 problems"),
    (".xls", "paperA_cases.xls (sheet '矩阵'): 2 problems"),
    (".sav", "paperA_cases.sav (SPSS file): 2 problems"),
    (".dta", "paperA_cases.dta (Stata file): 2 problems")])
def test_the_problems_of_a_case_file_of_another_format_name_its_cells(tmp_path, suffix, where):
    """As for an .xlsx workbook: the file, its sheet and the cell as the spreadsheet shows it; a Stata or SPSS file's
    case (its row in Data View), not the lines of a CSV text the holder never saw."""
    import warnings

    from analysis.paper_a import cases as C
    from analysis.validate import DataValidationError

    def edit(rows):
        rows[3][2] = 7        # R03's SYS1 (cell C4)
        rows[4][0] = "C 3"    # R04's id (cell A5)

    path = _reconstruction_in(tmp_path / f"paperA_cases{suffix}", edit)
    with pytest.raises(DataValidationError) as err, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        C.load_cases(path)
    msg = str(err.value)
    assert where in msg and "paperA_cases.csv" not in msg and not re.search(r"\bline \d", msg), msg
    if suffix in (".ods", ".xls"):
        assert "row 3 (cell C4), column 'SYS1': '7' is not allowed; expected one of 0, 1" in msg, msg
        assert "row 4 (cell A5), column 'case_id': 'C 3' is not a case id" in msg, msg
    else:
        assert "row 3, column 'SYS1': '7' is not allowed; expected one of 0, 1" in msg, msg
        assert "row 4, column 'case_id': 'C 3' is not a case id" in msg, msg


def _own_codebook(tmp_path, per_set: int = 4) -> Path:
    """A holder's own codebook (notebook 02's `codebook_file`): `per_set` indicators per set, not the compendium's 3."""
    from analysis.paper_a import cases as C

    template = pd.read_csv(ROOT / "data" / "raw" / C.CODEBOOK_FILE, dtype=str, keep_default_na=False)
    rows = [{**template.iloc[0].to_dict(), "indicator_id": f"{s}{k}", "condition": s} for s in C.SET_NAMES
            for k in range(1, per_set + 1)]
    path = tmp_path / "paperA_codebook_own.csv"
    pd.DataFrame(rows, columns=template.columns).to_csv(path, index=False)
    return path


def test_a_holders_own_codebook_is_checked_against_the_reconstruction_in_its_own_codebook(tmp_path):
    """Notebook 02's codebook_file lets a holder code the cases with indicators of their own. The check of rows marked
    'original' that are the reconstruction's own read the reconstruction with the holder's codebook, so every case file
    (either form) was refused with 'data/raw/paperA_cases_reconstruction.csv: missing column SYS4 ...': a file the holder
    never touched, named as the problem. The reconstruction is read in its own codebook: the holder's file loads, and a
    reconstruction row kept under 'original' in the memberships form is still refused."""
    from analysis.paper_a import cases as C
    from analysis.validate import DataValidationError

    codebook = C.load_codebook(_own_codebook(tmp_path))
    ids = codebook["indicator_id"].tolist()
    path = tmp_path / "paperA_cases.csv"
    rows = [",".join(["case_id", "status", *ids])]
    rows += [",".join([f"C{i:02d}", "original", *(str((i * 7 + j * 3) % 2) for j in range(len(ids)))])
             for i in range(1, 16)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    cases = C.load_cases(path, codebook)
    assert (cases.form, cases.data_source, len(cases.frame)) == ("indicators", "original", 15)
    assert list(cases.shares().columns) == list(C.SET_NAMES)
    # the memberships form with the holder's codebook: the reconstruction's crisp memberships (in its own codebook)
    # under its ids, marked original, are still the template's rows
    recon = pd.read_csv(ROOT / "data" / "raw" / C.DEFAULT_CASE_FILE, index_col="case_id").drop(columns="status")
    crisp = C.crisp_memberships(C.indicator_shares(recon, C.load_codebook()))
    lines = ["case_id,status," + ",".join(crisp.columns)]
    lines += [f"{cid},original," + ",".join(str(int(v)) for v in crisp.loc[cid]) for cid in crisp.index]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataValidationError) as exc:
        C.load_cases(path, codebook)
    assert exc.value.file.endswith("paperA_cases.csv") and len(exc.value.problems) == 15
    assert "the same crisp memberships" in exc.value.problems[0]


@pytest.mark.parametrize("name, expected", [
    # Valentijn et al. 2013 call Paper A's service integration clinical integration: a holder may keep that name
    ("CLI", "column 'CLI': unknown column in the memberships form; the header has no SER (service integration, "
            "服务整合): if 'CLI' holds service integration, name it SER (allowed columns: case_id, status, SYS, ORG, "
            "PRO, SER, FUN, NOR, EFF)"),
    ("服务", "column '服务': unknown column in the memberships form; the header has no SER (service integration, "
            "服务整合): if '服务' holds service integration, name it SER"),
    # a set's English name, or Valentijn's, is the set meant
    ("service integration", "column 'service integration': unknown column in the memberships form; write SER for "
                            "'service integration'"),
    ("Clinical integration", "write SER for 'Clinical integration'"),
])
def test_a_condition_named_otherwise_says_which_set_it_would_be(tmp_path, name, expected):
    """One condition under a name of its own (Valentijn's 'clinical integration' for Paper A's service integration,
    CLI, or its English name): the outcome so named was asked 'if Y holds the outcome, name it EFF', but a condition
    got two bare problems, an unknown column and a missing SER, leaving the holder to match them. The one set the
    header lacks, beside the one column not recognised, is now said as the outcome is; an English or Valentijn
    name is the set meant."""
    header = [name if s == "SER" else s for s in SETS]
    rows = [[f"C{i + 1:02d}", "original", *r] for i, r in enumerate(CRISP)]
    problems = _problems(_matrix(tmp_path, ["case_id", "status", *header], rows))
    assert len(problems) == 1 and expected in problems[0], problems


def test_two_conditions_named_otherwise_are_not_paired_by_guess(tmp_path):
    """Two columns not recognised and two sets missing: which is which is not guessed; each is said on its own."""
    header = ["case_id", "status", "SYS", "ORG", "X1", "X2", "FUN", "NOR", "EFF"]
    rows = [[f"C{i + 1:02d}", "original", *r] for i, r in enumerate(CRISP)]
    problems = _problems(_matrix(tmp_path, header, rows))
    assert [p.split(" (")[0] for p in problems] == [
        "column 'X1': unknown column in the memberships form", "column 'X2': unknown column in the memberships form",
        "missing column 'PRO'", "missing column 'SER'"], problems


def test_a_holders_own_codebook_is_named_where_it_is_used(tmp_path):
    """With a codebook of the holder's own (notebook 02's codebook_file), an indicator not in it was said to be 'not
    in the codebook paperA_codebook.csv', a file the holder's data were not checked against, and the ledger's A9 said
    its indicator shares were read 'with the compendium's codebook'. Both now name the codebook read; with the
    compendium's own, both say so as before."""
    from analysis.paper_a import cases as C
    from analysis.paper_a import claims as P
    from analysis.validate import DataValidationError

    own = _own_codebook(tmp_path, per_set=2)
    codebook = C.load_codebook(own)
    ids = codebook["indicator_id"].tolist()
    path = tmp_path / "paperA_cases.csv"
    rows = [",".join(["case_id", "status", *ids, "SYS9"])]
    rows += [",".join([f"C{i:02d}", "original", *(str((i + j) % 2) for j in range(len(ids) + 1))])
             for i in range(1, 16)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with pytest.raises(DataValidationError) as exc:
        C.load_cases(path, codebook)
    assert exc.value.problems[0].startswith("column 'SYS9': unknown indicator; not in the codebook "
                                            "paperA_codebook_own.csv"), exc.value.problems
    with pytest.raises(DataValidationError) as exc:
        C.load_cases(path)
    assert "not in the codebook paperA_codebook.csv" in exc.value.problems[0]

    def a9_note(**facts):
        ledger = P.claims_ledger({"n_cases": 15, **facts}, "original")
        return ledger.set_index("claim_id").loc["A9", "note"]

    assert a9_note().endswith("with the compendium's codebook")
    assert a9_note(codebook_file="data/raw/paperA_codebook.csv").endswith("with the compendium's codebook")
    assert a9_note(codebook_file="data/raw/paperA_codebook_own.csv").endswith(
        "with the codebook data/raw/paperA_codebook_own.csv (not the compendium's)")
    # notebook 03 hands the ledger the codebook notebook 02 read (calibration.json)
    import json

    nb = json.loads((ROOT / "notebooks" / "03_qca.ipynb").read_text(encoding="utf-8"))
    code = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert 'facts["codebook_file"] = meta["codebook_file"]' in code


def test_the_tests_of_the_reconstructions_outputs_skip_on_dropped_in_data(tmp_path, monkeypatch):
    """README: after a drop-in, `make test` passes, its tests of the reconstruction's outputs skipping. Four of them
    read data/derived/paperA/ for the reconstruction's own results and failed on a holder's data (A9 'false at
    baseline', qca.json's data_source 'original', no claim fragile only through a setting without a solution, the
    checklist's ESA item): run here on the outputs relabelled as original data, each now skips, saying why."""
    import json
    import re

    import analysis.paths as paths
    import test_chinese_terms
    import test_paperA_claims
    import test_paperA_protocol
    from _paperA_outputs import REASON

    derived = tmp_path / "derived"
    shutil.copytree(ROOT / "data" / "derived" / "paperA", derived / "paperA")
    meta_file = derived / "paperA" / "calibration.json"
    meta = json.loads(meta_file.read_text(encoding="utf-8"))
    meta_file.write_text(json.dumps({**meta, "data_source": "original", "is_reconstruction": False}), encoding="utf-8")
    monkeypatch.setattr(paths, "DATA_DERIVED", derived)
    for test in (test_paperA_claims.test_the_derived_robustness_table_labels_a9_s_one_kind_of_evidence,
                 test_paperA_claims.test_the_robustness_verdict_on_reconstructed_cases_says_so_first,
                 test_paperA_protocol.test_checklist_esa_item_says_when_the_esa_solutions_meet_on_other_remainders,
                 test_chinese_terms.test_the_robustness_verdict_s_chinese_line_keeps_the_english_hedges):
        with pytest.raises(pytest.skip.Exception, match=re.escape(REASON)):
            test()


@pytest.mark.parametrize("source, says", [("original", "数据：原文案例数据。"),
                                          ("reconstruction", "数据：本项目的重建数据，并非原文数据。")])
def test_the_books_chinese_headline_names_the_data_in_chinese(tmp_path, source, says):
    """The claims page's Chinese headline of Paper A's ledger ended '数据：original。' on a holder's matrix (and
    '数据：reconstruction。' on the reconstruction): the one Chinese sentence of the page naming what the verdicts were
    computed on said it in the ledger's English column value. It now says it as the figures' Chinese captions do
    (analysis.figure_catalogue.PAPER_A_DATA), and so does the English one, which said the column's value
    ('Data: reconstruction.'): 'Data: the compendium's reconstruction of the cases, not the paper's data.'."""
    from _scripts import load_script

    bb = load_script("tools/build_book.py")
    table = pd.read_csv(ROOT / "data" / "derived" / "paperA" / "claims.csv", dtype=str, keep_default_na=False)
    table["data_source"] = source
    path = tmp_path / "claims.csv"
    table.to_csv(path, index=False)
    assert bb.evidence_headline(path, "zh").endswith(says), bb.evidence_headline(path, "zh")
    english = {"original": "the original case data", "reconstruction": "the compendium's reconstruction of the cases, "
                                                                        "not the paper's data"}[source]
    assert bb.evidence_headline(path).endswith(f" Data: {english}."), bb.evidence_headline(path)


@pytest.mark.parametrize("source", ["original", "reconstruction", "mixed"])
def test_the_saved_claims_headlines_name_the_data_as_the_captions_and_the_book_do(tmp_path, source):
    """qca.json's claims_headline / claims_headline_zh (analysis.paper_a.claims.saved_headline) end with the data the
    verdicts rest on, as notebook 03's captions of Paper A's figures and the book's claims page say it, and follow the
    data source of the case file: a holder's original matrix is 'the original case data', not the reconstruction."""
    from _scripts import load_script

    from analysis.figure_catalogue import catalogue
    from analysis.paper_a import claims as P

    bb = load_script("tools/build_book.py")
    table = pd.read_csv(ROOT / "data" / "derived" / "paperA" / "claims.csv", dtype=str, keep_default_na=False)
    table["data_source"] = source
    path = tmp_path / "claims.csv"
    table.to_csv(path, index=False)
    captions = catalogue(paper_a_source=source).loc["paperA_truth_table"]
    for lang, caption, opening, closing in (("en", captions["caption_en"], "(data: ", ")."),
                                            ("zh", captions["caption_zh"], "（数据：", "）。")):
        saved = P.saved_headline(table, source, lang)
        assert saved == bb.evidence_headline(path, lang), (saved, bb.evidence_headline(path, lang))
        words = caption[caption.rindex(opening) + len(opening):-len(closing)]
        assert saved.endswith(f" Data: {words}." if lang == "en" else f"数据：{words}。"), (saved, words)
    assert ("reconstruct" in P.saved_headline(table, source)) == (source != "original")


@pytest.mark.parametrize("shown", ["3-Feb", "Feb-03", "3-Feb-24", "2月3日"])
def test_a_fraction_excel_turned_into_a_date_says_so(tmp_path, shown):
    """A membership of 2/3 typed into Excel becomes the date 3 February, and the CSV saved from the sheet holds it as
    Excel shows it: '3-Feb' (English), '2月3日' (Chinese). The file was refused for 'text labels (e.g. SPSS value
    labels)', a cause the holder never met (the workbook itself says 'holds a date'). It says what Excel did and
    what to type."""
    rows = [f"C{i + 1:02d},original," + ",".join(r) for i, r in enumerate(CRISP)]
    rows[1] = rows[1].split(",", 3)[0] + ",original," + shown + "," + rows[1].split(",", 3)[3]
    path = tmp_path / "paperA_cases.csv"
    path.write_text("case_id,status," + ",".join(SETS) + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    (problem,) = _problems(path)
    assert problem.startswith(f"row 2 (line 3), column 'SYS': {shown!r} is not a number >= 0 and <= 1: "), problem
    assert problem.endswith(f"a date as Excel shows one (e.g. {shown!r}): Excel turns a fraction typed as 1/2 or 2/3 "
                            "into a date (2 January, 3 February); type the value as a decimal (0.5, 0.67) in a cell "
                            "formatted as Number or General, and save the file again"), problem


@pytest.mark.parametrize("source", ["original", "reconstruction", "mixed"])
def test_every_robustness_verdict_line_names_its_data_source(source):
    """Notebook 03's robustness verdict ('Hold in every setting that changes what they rest on: A9 ...', its Chinese
    line) relied on the source warning printed above it, which the original data do not print: on the original matrix
    no line of it named its data source, where every other printed result line does (cases.source_text). Each line
    stating a result now names it before its subject's colon, the original data's too; the indented lines are the
    body of the line above them."""
    import pandas as pd

    from analysis.paper_a import robustness as R
    from analysis.paper_a.cases import source_tag, source_text, source_warning

    settings = pd.DataFrame([
        {"sweep": "baseline", "setting": "b", "changes_table": False, "same_as_baseline": True, "no_solution": None},
        {"sweep": "n_cut", "setting": "n_cut=2", "changes_table": True, "same_as_baseline": False,
         "no_solution": "no configuration passes n_cut = 2: no sufficient configuration for EFF"}])
    table = pd.DataFrame([
        {"claim_id": "A1", "verdict": "fragile", "n_cut_holds": "0/1", "no_solution_breaks": "n_cut=2"},
        {"claim_id": "A2", "verdict": "robust", "n_cut_holds": "1/1", "no_solution_breaks": ""},
        {"claim_id": "A3", "verdict": "not tested", "n_cut_holds": "n/a", "no_solution_breaks": ""},
        {"claim_id": "A4", "verdict": "false at baseline", "n_cut_holds": "n/a", "no_solution_breaks": ""}])
    text = R.robustness_verdict(table, R.sweep_power(settings), settings, data_source=source)
    warning = [w for w in source_warning(source).splitlines() if w]
    lines = text.splitlines()
    assert lines[:len(warning)] == warning
    results = [line for line in lines[len(warning):] if not line.startswith(" ")]
    assert len(results) >= 6, text
    for line in results[:-1]:
        assert source_tag(source) in line.split(": ")[0] and source_text(line, source) == line, line
    assert results[-1].startswith("可改变真值表的扫描" + source_tag(source, "zh") + "："), results[-1]
    plain = R.robustness_verdict(table, R.sweep_power(settings), settings).splitlines()
    assert [line.replace(source_tag(source), "").replace(source_tag(source, "zh"), "") for line in lines[len(warning):]] \
        == plain


def test_every_printed_result_line_names_its_data_source():
    """Notebook 03's tables are labelled 'reconstruction / 重建数据' and its printed solutions '(reconstruction)', but
    the summary lines printed beside them did not name the data source: 'consistent with necessity (inclN): SER',
    'robust core: ...', the standards of good practice's header, the checklist's counts, the claims' headline, the
    ESA summary, and notebook 02's calibration margins and least-present conditions: quoted on their own, the
    reconstruction's results read as Paper A's. Each line stating a result now names it as the printed solutions do,
    before its subject's colon (analysis.paper_a.cases.source_text: 'consistent with necessity (inclN)
    (reconstruction): SER'; a Chinese line takes （重建数据）). Left as they are: a printout's body under its labelled
    header (indented lines, R's 'M1: ...' and 'From C1P1:'), lines under the source warning (its verdict), the file
    list, the calibration rule (a rule, not a result) and lines that already say 'data source: reconstruction'."""
    import json

    from analysis.paper_a.cases import SOURCE_NAMES, source_tag, source_text

    # the one implementation: before the first colon of the first line, once; at the end without one; Chinese: （）
    assert source_text("robust core: (empty)", "mixed") == "robust core (mixed, reconstructed + original rows): (empty)"
    assert source_text("met 13 (of 17)\n- x: y", "original") == "met 13 (of 17) (original data)\n- x: y"
    assert source_text(source_text("a: b", "reconstruction"), "reconstruction") == "a (reconstruction): b"
    assert source_text("论文：一致", "reconstruction", "zh") == "论文（重建数据）：一致"
    with pytest.raises(ValueError, match="data_source must be one of"):
        source_text("a: b", "reconstructed")
    source = json.loads((ROOT / "data" / "derived" / "paperA" / "qca.json").read_text(encoding="utf-8"))["data_source"]
    tags = (source_tag(source), source_tag(source, "zh"))
    exempt = re.compile(r"M\d+: |From C\d+P\d+:$|data/|parameters OK|<CaseData |Each set's share|各集合得分")
    bare, labelled = [], 0
    for name in ("02_case_calibration", "03_qca"):
        cells = json.loads((ROOT / "notebooks" / "executed" / f"{name}.ipynb").read_text(encoding="utf-8"))["cells"]
        for c in cells:
            for o in c.get("outputs", []) if c["cell_type"] == "code" else ():
                if o["output_type"] != "stream":
                    continue
                for line in "".join(o["text"]).splitlines():
                    if line.startswith(("WARNING", "注意")):
                        continue   # the source warning itself (the robustness verdict below it names the source too)
                    if (not line.strip() or line[0].isspace() or line.startswith("-") or exempt.match(line)
                            or f"data source: {source}" in line or line.startswith(f"data: {SOURCE_NAMES[source][0]};")):
                        continue
                    if ": " in line or "：" in line:   # a subject, a colon, a result
                        if tags[0] in line.split(": ")[0] or tags[1] in line.split("：")[0]:
                            labelled += 1
                        else:
                            bare.append(f"{name}: {line[:100]}")
    assert not bare, bare
    assert labelled >= 30, labelled
