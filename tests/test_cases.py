"""Paper A's case data: loading, validation (clear errors), indicators → shares → memberships."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.paper_a import cases as C
from analysis.validate import DataValidationError


@pytest.fixture(scope="module")
def codebook():
    return C.load_codebook()


@pytest.fixture(scope="module")
def reconstruction(codebook):
    return C.load_cases(codebook=codebook)


def _write(tmp_path, df: pd.DataFrame, name="cases.csv"):
    path = tmp_path / name
    df.to_csv(path, index=False, lineterminator="\n")
    return path


def _indicator_frame(codebook, n=3):
    cols = codebook["indicator_id"].tolist()
    rows = []
    for i in range(n):
        row = {"case_id": f"T{i + 1:02d}", "status": "original"}
        row.update({c: (i + j) % 2 for j, c in enumerate(cols)})
        rows.append(row)
    return pd.DataFrame(rows)


# ---------------------------------------------------------------- the committed files


def test_codebook_has_indicators_for_every_set(codebook):
    groups = C.indicators_of(codebook)
    assert set(groups) == set(C.SET_NAMES)
    assert all(len(ids) >= 1 for ids in groups.values())
    assert all(i.startswith(s) for s, ids in groups.items() for i in ids)


def test_reconstruction_is_labelled_as_such(reconstruction):
    df = reconstruction.frame
    assert reconstruction.form == "indicators"
    assert len(df) == 15
    assert reconstruction.is_reconstruction
    assert (df["status"] == C.RECONSTRUCTION_STATUS).all()
    assert df["case_id"].str.fullmatch(r"R\d{2}").all()
    assert "reconstruction" in reconstruction.file


def test_shares_are_fractions_of_indicators(reconstruction):
    shares = reconstruction.shares()
    ind = reconstruction.indicators()
    assert list(shares.columns) == list(C.SET_NAMES)
    for s, ids in C.indicators_of(reconstruction.codebook).items():
        np.testing.assert_allclose(shares[s].to_numpy(), ind[ids].sum(axis=1).to_numpy() / len(ids))


# ---------------------------------------------------------------- validation errors


def test_bad_value_names_file_row_and_column(tmp_path, codebook):
    df = _indicator_frame(codebook)
    df.loc[1, "SYS2"] = 2
    path = _write(tmp_path, df)
    with pytest.raises(DataValidationError) as err:
        C.load_cases(path, codebook)
    msg = str(err.value)
    assert "cases.csv" in msg and "row 2 (line 3)" in msg and "'SYS2'" in msg and "one of 0, 1" in msg


def test_non_numeric_value_is_reported(tmp_path, codebook):
    df = _indicator_frame(codebook).astype(object)
    df.loc[0, "NOR3"] = "yes"
    with pytest.raises(DataValidationError, match=r"row 1 \(line 2\), column 'NOR3': 'yes'"):
        C.load_cases(_write(tmp_path, df), codebook)


def test_unknown_indicator_is_reported(tmp_path, codebook):
    df = _indicator_frame(codebook)
    df["SYS9"] = 0
    with pytest.raises(DataValidationError, match=r"column 'SYS9': unknown indicator"):
        C.load_cases(_write(tmp_path, df), codebook)


def test_duplicate_case_ids_are_reported(tmp_path, codebook):
    df = _indicator_frame(codebook)
    df.loc[2, "case_id"] = "T01"
    with pytest.raises(DataValidationError, match=r"row 3 \(line 4\), column 'case_id': duplicate value 'T01'"):
        C.load_cases(_write(tmp_path, df), codebook)


def test_missing_indicator_and_empty_status(tmp_path, codebook):
    df = _indicator_frame(codebook).drop(columns="PRO3")
    df.loc[0, "status"] = ""
    with pytest.raises(DataValidationError) as err:
        C.load_cases(_write(tmp_path, df), codebook)
    assert "missing column 'PRO3'" in str(err.value)


def test_empty_status_is_reported(tmp_path, codebook):
    df = _indicator_frame(codebook)
    df.loc[0, "status"] = ""
    with pytest.raises(DataValidationError, match=r"row 1 \(line 2\), column 'status': empty"):
        C.load_cases(_write(tmp_path, df), codebook)


def test_status_is_enumerated(tmp_path, codebook):
    # issue 11 item 10: a free-text status was read by prefix; now only the documented values are accepted
    df = _indicator_frame(codebook)
    df.loc[1, "status"] = "reconstructed by hand"
    with pytest.raises(DataValidationError) as err:
        C.load_cases(_write(tmp_path, df), codebook)
    text = str(err.value)
    assert "row 2 (line 3), column 'status'" in text and "'reconstruction'" in text and "'original'" in text


@pytest.mark.parametrize("statuses, source", [
    (["reconstruction"] * 3, "reconstruction"),
    (["original"] * 3, "original"),
    (["reconstruction", "original", "reconstruction"], "mixed"),
])
def test_data_source_of_a_file(tmp_path, codebook, statuses, source):
    df = _indicator_frame(codebook)
    df["status"] = statuses
    cd = C.load_cases(_write(tmp_path, df), codebook)
    assert cd.data_source == source
    assert cd.is_reconstruction == (source == "reconstruction")
    assert C.source_tag(source).strip(" ()").startswith(source if source != "original" else "original")
    assert source.upper()[:5] in str(cd).upper()


def test_with_source_puts_the_column_last():
    t = C.with_source(pd.DataFrame({"a": [1, 2]}), "mixed")
    assert t.columns.tolist() == ["a", "data_source"] and (t["data_source"] == "mixed").all()
    with pytest.raises(ValueError, match="data_source must be one of"):
        C.with_source(pd.DataFrame({"a": [1]}), "reconstructed")


def test_design_size(tmp_path, codebook, reconstruction):
    assert reconstruction.matches_design and len(reconstruction.frame) == C.DESIGN_N_CASES
    cd = C.load_cases(_write(tmp_path, _indicator_frame(codebook, n=4)), codebook)
    assert not cd.matches_design


def test_mixed_forms_are_refused(tmp_path, codebook):
    df = _indicator_frame(codebook)
    df["SER"] = 1
    with pytest.raises(DataValidationError, match="mixes set columns"):
        C.load_cases(_write(tmp_path, df), codebook)


def test_missing_file_is_a_clear_error(tmp_path, codebook):
    with pytest.raises(FileNotFoundError, match="file not found"):
        C.load_cases(tmp_path / "nope.csv", codebook)


def test_codebook_errors(tmp_path):
    cb = C.load_codebook().copy()
    cb.loc[0, "indicator_id"] = "ORG7"        # belongs to SYS
    cb = cb[cb["condition"] != "NOR"]         # a set without indicators
    path = _write(tmp_path, cb, "codebook.csv")
    with pytest.raises(DataValidationError) as err:
        C.load_codebook(path)
    msg = str(err.value)
    assert "'ORG7' does not belong to condition 'SYS'" in msg
    assert "no indicator for set(s) NOR" in msg


def test_codebook_unknown_condition(tmp_path):
    cb = C.load_codebook().copy()
    cb.loc[3, "condition"] = "XYZ"
    with pytest.raises(DataValidationError, match=r"row 4 \(line 5\), column 'condition': 'XYZ' is not allowed"):
        C.load_codebook(_write(tmp_path, cb, "codebook.csv"))


# ---------------------------------------------------------------- the membership form (original matrix)


def test_membership_form_loads_and_passes_through(tmp_path, codebook):
    df = pd.DataFrame({"case_id": ["A", "B", "C"], "status": ["original"] * 3,
                       **{s: [1, 0, 1] for s in C.SET_NAMES}})
    df["ORG"] = [0.8, 0.3, 0.6]
    cd = C.load_cases(_write(tmp_path, df), codebook)
    assert cd.form == "memberships" and not cd.is_reconstruction
    crisp = C.calibrate_cases(cd, "crisp")
    assert crisp["ORG"].tolist() == [1, 0, 1]
    fuzzy = C.calibrate_cases(cd, "fuzzy")
    assert fuzzy["ORG"].tolist() == [0.8, 0.3, 0.6]
    with pytest.raises(ValueError, match="set memberships, not indicators"):
        cd.indicators()


def test_membership_out_of_range(tmp_path, codebook):
    df = pd.DataFrame({"case_id": ["A", "B"], "status": ["original"] * 2, **{s: [1, 0] for s in C.SET_NAMES}})
    df["FUN"] = [1.5, 0]
    with pytest.raises(DataValidationError, match=r"row 1 \(line 2\), column 'FUN': 1.5 is out of range"):
        C.load_cases(_write(tmp_path, df), codebook)


# ---------------------------------------------------------------- calibration


def test_crisp_rule_at_least_threshold():
    shares = pd.DataFrame({"A": [0.0, 0.49, 0.5, 2 / 3, 1.0]})
    assert C.crisp_memberships(shares, 0.5)["A"].tolist() == [0, 0, 1, 1, 1]
    assert C.crisp_memberships(shares, 0.6)["A"].tolist() == [0, 0, 0, 1, 1]
    with pytest.raises(ValueError, match="threshold"):
        C.crisp_memberships(shares, 0)


def test_fuzzy_direct_method_anchors():
    shares = pd.DataFrame({"A": [0.1, 0.5, 0.9, 0.0, 1 / 3, 2 / 3, 1.0]})
    m = C.fuzzy_memberships(shares, {"e": 0.1, "c": 0.5, "i": 0.9})["A"].to_numpy()
    np.testing.assert_allclose(m[:3], [0.05, 0.5, 0.95], atol=1e-6)
    assert np.all(np.diff(m[[3, 0, 4, 1, 5, 2, 6]]) > 0)      # increasing in the share
    with pytest.raises(ValueError, match="anchors"):
        C.fuzzy_memberships(shares, {"e": 0.5, "c": 0.4, "i": 0.9})


def test_crossover_cases_found():
    shares = pd.DataFrame({"A": [0.5, 0.25], "B": [1.0, 0.5]}, index=["x", "y"])
    assert C.crossover_cases(shares, 0.5) == [("x", "A"), ("y", "B")]


def test_reconstruction_has_no_share_at_the_crossover(reconstruction):
    assert C.crossover_cases(reconstruction.shares()) == []


def test_calibration_rule_in_words(codebook):
    text = C.calibration_rule(codebook, 0.5, {"e": 0.1, "c": 0.5, "i": 0.9})
    assert "at least 0.5" in text and "crossover at 0.5" in text and "SYS 3" in text and "不低于 0.5" in text
    assert "Paper A's calibration rule is not public" in text


@pytest.mark.parametrize("threshold, said", [(2 / 3, "66%"), (0.5, "50%"), (1 / 3, "33%"), (0.335, "33.5%"),
                                             (0.34, "34%"), (1.0, "100%")])
def test_calibration_rule_says_the_threshold_in_percent_as_the_sets_shares_meet_it(codebook, threshold, said):
    """The rule said 'membership 1 when the share is at least 0.666667 (at least 67% of the indicators present)' for
    crisp_threshold 2/3 on sets of three indicators: two of three (66.7%) are in the set, and the percent said they
    miss it. The percent is cut to whole percents, with decimals where that changes which share reaches it, so that
    every share a set can take meets the percent said exactly when crisp_memberships puts it in the set; in Chinese
    too."""
    text = C.calibration_rule(codebook, threshold)
    assert f"(at least {said} of the indicators present)" in text and f"即至少 {said} 的指标出现" in text, text
    shares = pd.DataFrame({"SYS": [j / 3 for j in range(4)]})
    inside = C.crisp_memberships(shares, threshold)["SYS"].tolist()
    assert inside == [int(round(100 * j / 3, 9) >= float(said[:-1])) for j in range(4)], (inside, said)


# ---------------------------------------------------------------- presence


def test_presence_and_least_present_hand_made():
    crisp = pd.DataFrame({"SYS": [1, 0, 0, 0], "ORG": [1, 1, 1, 0], "PRO": [0, 0, 1, 0],
                          "SER": [1, 1, 1, 1], "FUN": [1, 0, 0, 0], "NOR": [1, 1, 0, 1]})
    shares = crisp.astype(float) * 0.9
    p = C.presence_table(crisp, shares)
    assert p["condition"].tolist()[:3] == ["FUN", "PRO", "SYS"]   # 1 case each, ties broken by name
    assert C.least_present(p)["conditions"] == ("FUN", "PRO", "SYS")
    assert C.least_present(p)["separated"] is True
    crisp2 = crisp.assign(ORG=[1, 0, 0, 0])                          # ORG ties with the three
    p2 = C.presence_table(crisp2, crisp2 * 0.9)
    assert C.least_present(p2)["separated"] is False


def test_labels_and_levels():
    assert C.RAINBOW_LEVELS == {"SYS": "macro", "ORG": "meso", "PRO": "meso", "SER": "micro",
                                "FUN": "enabler", "NOR": "enabler"}
    assert C.set_labels("zh")["SER"] == "服务整合"
    with pytest.raises(ValueError):
        C.set_labels("fr")


def test_crisp_threshold_of_a_third_survives_a_csv_round_trip():
    shares = pd.DataFrame({"SYS": [0.3333333333, 2 / 3, 0.0]})
    assert C.crisp_memberships(shares, 1 / 3)["SYS"].tolist() == [1, 1, 0]
    assert C.crisp_memberships(shares, 1 / 2)["SYS"].tolist() == [0, 1, 0]


def test_codebook_status_says_whose_definition_it_is(tmp_path):
    """An indicator's status is one of two statements (the compendium's own definition, or Paper A's verified one):
    free text such as 'Paper A codebook (verified)' is refused, so no row can claim a source in passing."""
    from analysis.paper_a.cases import load_codebook
    from analysis.paths import DATA_RAW
    from analysis.validate import DataValidationError
    df = pd.read_csv(DATA_RAW / "paperA_codebook.csv")
    df.loc[0, "status"] = "Paper A codebook (verified)"
    df.to_csv(tmp_path / "codebook.csv", index=False)
    with pytest.raises(DataValidationError, match="row 1 .*column 'status'.*is not allowed"):
        load_codebook(tmp_path / "codebook.csv")


def test_excel_case_files_get_the_readers_treatment(tmp_path, codebook):
    """The case-file loader read the header itself before the catalogued reader ran: a semicolon-separated file
    (European Excel) got 'unknown indicator' for its one long column name, and Excel's trailing ',,' columns were
    refused as 'Unnamed: 9', though the README says they are read. Now both are read as read_table reads them."""
    raw = C.DATA_RAW / C.DEFAULT_CASE_FILE
    text = raw.read_text(encoding="utf-8")
    semi = tmp_path / "semicolon.csv"
    semi.write_text(text.replace(",", ";"), encoding="utf-8")
    with pytest.raises(DataValidationError, match="looks separated by ';', not commas"):
        C.load_cases(semi, codebook)
    trailing = tmp_path / "trailing.csv"
    trailing.write_text("".join(line + ",,\n" for line in text.splitlines()), encoding="utf-8")
    pd.testing.assert_frame_equal(C.load_cases(trailing, codebook).frame, C.load_cases(raw, codebook).frame)


def test_a_status_not_allowed_on_every_row_is_one_problem(tmp_path, codebook):
    """A holder's file with status 'Original' (capital O) on every row gave 15 problems saying the same, which the
    pipeline's one `error:` line ran together; now one problem: first row, how many rows, what is allowed."""
    df = _indicator_frame(codebook, n=15)
    df["status"] = "Original"
    with pytest.raises(DataValidationError) as err:
        C.load_cases(_write(tmp_path, df), codebook)
    assert len(err.value.problems) == 1, err.value.problems
    problem = err.value.problems[0]
    assert problem.startswith("row 1 (line 2), column 'status': 'Original' is not allowed (15 rows hold a value not "
                              "allowed, the first here: 'Original' in 15 rows); expected one of ")
    assert "'reconstruction'" in problem and "'original'" in problem


def test_the_notebooks_number_of_indicators_per_set_is_the_codebooks():
    """Notebooks 02 and 03 reason from a number typed in their text: 'With three binary indicators per set a share can
    only be 0, ⅓, ⅔ or 1' (02), 'the reconstruction's sets have three indicators each, so their shares move in
    thirds' (03). That number is the codebook's (paperA_codebook.csv): every set, the outcome included, has exactly
    that many indicators. (02 now prints the shares its codebook allows, computed, and types the number only as the
    compendium's codebook's: 'With the compendium's codebook (three indicators per set)'.)"""
    import json
    import re

    from analysis.paths import ROOT

    per_set = {s: len(ids) for s, ids in C.indicators_of(C.load_codebook()).items()}
    words = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}
    for name, phrase in (("02_case_calibration", r"With the compendium's codebook \((\w+) indicators per set\)"),
                         ("03_qca", r"the reconstruction's sets have (\w+) indicators each")):
        nb = json.loads((ROOT / "notebooks" / f"{name}.ipynb").read_text(encoding="utf-8"))
        text = " ".join(" ".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown").split())
        m = re.search(phrase, text)
        assert m, f"notebook {name} no longer states the number of indicators per set in the expected words"
        assert set(per_set.values()) == {next(n for n, w in words.items() if w == m[1])}, (name, per_set)


def test_notebook_02_states_paper_a_s_design_as_its_abstract_does():
    """Notebook 02 opens with Paper A's design, '15 cases of integrated service systems ... from 18 publications' and
    'generic cases R01–R15': typed. The counts are the stored abstract's (最终筛选出文献18篇，案例15个), the engine's
    DESIGN_N_CASES, and the reconstruction's case ids."""
    import json
    import re

    from analysis.paths import ROOT

    nb = json.loads((ROOT / "notebooks" / "02_case_calibration.ipynb").read_text(encoding="utf-8"))
    first = " ".join("".join(nb["cells"][0]["source"]).split())
    m = re.search(r"(\d+) cases of integrated service systems \(医共体 / 医联体\) from (\d+) publications", first)
    assert m, "notebook 02 no longer states Paper A's design in the expected words"
    abstract = (ROOT / "data" / "reference" / "seeds" / "003_9a6248d882d62700.txt").read_text(encoding="utf-8")
    stated = re.search(r"文献(\d+)篇[,，]\s*案例(\d+)个", abstract)
    assert stated, "the stored abstract no longer gives the numbers of publications and cases"
    assert (int(m[1]), int(m[2])) == (int(stated[2]), int(stated[1])) == (C.DESIGN_N_CASES, int(stated[1]))
    ids = C.load_cases().frame["case_id"].tolist()
    span = re.search(r"generic cases (\w+)–(\w+)", first)
    assert span and [span[1], span[2]] == [ids[0], ids[-1]] and len(ids) == C.DESIGN_N_CASES, (span, ids)
