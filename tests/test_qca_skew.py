"""Warnings for skewed set memberships (share of cases > 0.5 outside [0.2, 0.8], a parameter) and for
outcome memberships of exactly 0.5, in truth tables and necessity results."""
from __future__ import annotations

import warnings

import pandas as pd
import pytest

from analysis.qca import QCAInputError, QCAWarning, necessity, truth_table
from analysis.qca.cli import main


def _data():
    # A: 9 of 10 cases above 0.5 (skewed); B: 5 of 10; Y: 6 of 10, one case at exactly 0.5
    return pd.DataFrame({"A": [0.9, 0.8, 0.7, 0.9, 0.6, 0.8, 0.9, 0.7, 0.6, 0.2],
                         "B": [0.9, 0.1, 0.8, 0.2, 0.7, 0.3, 0.9, 0.1, 0.6, 0.4],
                         "Y": [0.9, 0.2, 0.8, 0.5, 0.7, 0.3, 0.9, 0.6, 0.7, 0.1]},
                        index=[f"c{i}" for i in range(10)])


def test_truth_table_notes_and_warns():
    with pytest.warns(QCAWarning, match="skewed condition 'A': 90%"):
        tt = truth_table(_data(), "Y", ["A", "B"], incl_cut=0.8)
    assert any("skewed condition 'A'" in n for n in tt.notes)
    assert not any("'B'" in n and "skewed" in n for n in tt.notes)
    assert any("exactly 0.5 for case 'c3'" in n for n in tt.notes)   # quoted, as the conditions' notes
    assert tt.to_dict()["notes"] == tt.notes


def test_bounds_are_a_parameter():
    with warnings.catch_warnings():
        warnings.simplefilter("error", QCAWarning)          # nothing skewed within (0.05, 0.95) ...
        tt = truth_table(_data().drop(index="c3"), "Y", ["A", "B"], incl_cut=0.8, skew_bounds=(0.05, 0.95))
    assert tt.notes == []
    tt = truth_table(_data(), "Y", ["A", "B"], skew_bounds=None)   # ... and no check at all with None
    assert not any("skewed" in n for n in tt.notes)
    with pytest.raises(QCAInputError, match="skew_bounds"):
        truth_table(_data(), "Y", ["A", "B"], skew_bounds=(0.8, 0.2))


def test_necessity_notes():
    with pytest.warns(QCAWarning, match="skewed condition 'A'"):
        res = necessity(_data(), "Y", ["A", "B"])
    assert any("skewed condition 'A'" in n for n in res.notes) and "note:" not in str(res)   # warned, not printed again
    assert res.to_dict()["notes"] == list(res.notes)
    assert necessity(_data().drop(index="c3"), "Y", ["A", "B"], skew_bounds=None).notes == ()


def test_cli_prints_warning_lines(tmp_path, capsys):
    path = tmp_path / "d.csv"
    _data().rename_axis("case").to_csv(path)
    code = main(["necessity", str(path), "--outcome", "Y"])
    out, err = capsys.readouterr()
    assert code == 0 and "warning: skewed condition 'A'" in err


def test_a_note_is_shown_once_across_calls():
    """Under the default filter a skew note is shown once per process (notebooks stay byte-identical): nothing on
    the way from truth_table() to necessity() may reset the registry that remembers it (pandas calls that enter
    warnings.catch_warnings() do; the check of case names once used them)."""
    from analysis.qca import skew

    data = _data()
    data["SKEWED_ONCE"] = 1.0   # a note no other test has shown
    skew._REGISTRY.clear()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        truth_table(data, "Y", incl_cut=0.8)
        necessity(data, "Y")
        necessity(data.rename_axis("id"), "Y")
    assert sum("skewed condition 'SKEWED_ONCE'" in str(w.message) for w in caught) == 1


def test_a_note_is_shown_once_whatever_pandas_does_between_calls():
    """Once per process means once, not 'until the next pandas call that enters warnings.catch_warnings()': those
    reset the registry of warnings shown (truth_table() itself makes such a call after its notes), so a second
    truth_table() on the same data showed the note again. Filters still apply: 'always' shows it every time."""
    from analysis.qca import negated_truth_table, skew

    data = _data()
    data["SKEWED_TWICE"] = 1.0   # a note no other test has shown
    skew._REGISTRY.clear()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        tt = truth_table(data, "Y", incl_cut=0.8)
        truth_table(data, "Y", incl_cut=0.8)
        negated_truth_table(tt)
        pd.DataFrame({"a": [1]}).set_index("a")   # any pandas call in between
        truth_table(data, "Y", incl_cut=0.8)
    assert sum("skewed condition 'SKEWED_TWICE'" in str(w.message) for w in caught) == 1
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        truth_table(data, "Y", incl_cut=0.8)
        truth_table(data, "Y", incl_cut=0.8)
    assert sum("skewed condition 'SKEWED_TWICE'" in str(w.message) for w in caught) == 2


def test_a_renamed_note_of_a_negated_value_selection_is_shown_once_too():
    """negated_truth_table of a multi-value outcome's value selection re-issues its build's notes with the outcome
    named as meant ('~Y{2}'); they go through the same once-per-process mechanism (skew.warn_notes), so a second
    call does not show them again (it did: the re-issue bypassed it). tt's skew_bounds leave '~ONCE_MV{2}' (90%)
    skewed and 'ONCE_MV{2}' (10%) not, so the negated table's note is one tt has not said (with the default bounds
    the note repeats tt's and is not warned)."""
    from analysis.qca import negated_truth_table

    data = pd.DataFrame({"A": [0, 1, 0, 1, 0, 1, 0, 1, 0, 1], "B": [0, 0, 1, 1, 0, 0, 1, 1, 0, 1],
                         "ONCE_MV": [2, 0, 1, 0, 1, 0, 1, 0, 1, 1]}, index=[f"c{i}" for i in range(10)])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        tt = truth_table(data, "ONCE_MV{2}", ["A", "B"], skew_bounds=(0.05, 0.85))
        negated_truth_table(tt)
        negated_truth_table(tt)
    assert sum("skewed outcome '~ONCE_MV{2}'" in str(w.message) for w in caught) == 1, [str(w.message) for w in caught]


def test_multi_value_levels_are_checked_as_sets_of_their_own():
    """Multi-value conditions were skipped by the skew check. Each level is a crisp set (the cases at that level), so
    the same bounds apply to each: one note per condition names the levels outside them. LM's DEV (8, 5, 5 of 18
    cases) is not skewed; a level held by 2 of 20 cases is, and so is one held by 17 of 20."""
    lm = pd.read_csv("data/reference/datasets/LM.csv", index_col="case")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        assert not any("'DEV'" in n for n in truth_table(lm, "SURV", ["DEV", "URB", "LIT", "IND", "STB"]).notes)
    d = pd.DataFrame({"M": [0] * 9 + [1] * 9 + [2] * 2, "N": [0] * 17 + [1, 2, 2],
                      "B": [0, 1] * 10, "Y": [0, 1, 1, 0] * 5}, index=[f"c{i}" for i in range(20)])
    with pytest.warns(QCAWarning, match=r"skewed condition 'M' \(multi-value, 3 levels\): the share of cases at "
                                        r"level M\[2\] 10% lies outside \[0.133, 0.8\] \(\[0.2, 0.8\] with the "
                                        r"lower bound scaled by 2/3"):
        tt = truth_table(d, "Y", ["M", "N", "B"])
    note_n = [n for n in tt.notes if "'N'" in n]
    assert len(note_n) == 1 and "at levels N[0] 85%, N[1] 5%, N[2] 10% lies" in note_n[0]   # was 'level(s)'
    assert not any("'B'" in n for n in tt.notes)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        assert any("'M' (multi-value, 3 levels)" in n for n in necessity(d, "Y", ["M", "N", "B"]).notes)
        assert not any("skewed" in n for n in truth_table(d, "Y", ["M", "N", "B"], skew_bounds=None).notes)
        assert not any("'M'" in n for n in truth_table(d, "Y", ["M", "N", "B"], skew_bounds=(0.05, 0.95)).notes)


@pytest.mark.parametrize("kind", ["half", "summary"])
def test_a_note_of_prepare_data_is_shown_once_too(kind):
    """prepare_data's own notes (a membership of exactly 0.5, a summary row such as 合计) go through the same
    once-per-process mechanism as the skew notes (skew.warn_notes): the same note from two calls in one process, a
    pandas call in between, is shown once under the default filter (it was shown at every call), with the same
    category and text; 'always' still shows it every time."""
    from analysis.qca import prepare_data, skew

    data = pd.DataFrame({"A": [0.2, 0.8, 0.3, 0.9, 0.7, 0.1, 0.6, 0.4],
                         "B": [0.1, 0.9, 0.8, 0.2, 0.3, 0.7, 0.6, 0.4],
                         "Y": [0.3, 0.7, 0.2, 0.8, 0.6, 0.4, 0.9, 0.1]},
                        index=[f"c{i}" for i in range(8)])
    if kind == "half":
        data.loc["c3", "PREP_ONCE"] = 0.5   # a note no other test has shown
        data["PREP_ONCE"] = data["PREP_ONCE"].fillna(0.7)
        conditions = ["A", "B", "PREP_ONCE"]
        needle = "condition 'PREP_ONCE' has membership exactly 0.5 for case(s) 'c3'"
    else:
        data = data.rename(index={"c7": "中位数"})   # a note no other test has shown (a median row)
        conditions, needle = ["A", "B"], "case '中位数' looks like a summary row"
    skew._REGISTRY.clear()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        truth_table(data, "Y", conditions, incl_cut=0.8)
        pd.DataFrame({"a": [1]}).set_index("a")   # any pandas call in between
        truth_table(data, "Y", conditions, incl_cut=0.8)
        necessity(data, "Y", conditions)
    mine = [w for w in caught if needle in str(w.message)]
    assert len(mine) == 1, [str(w.message) for w in caught]
    assert mine[0].category is QCAWarning and str(mine[0].message) in prepare_data(data, "Y", conditions,
                                                                                 warn=False).warnings
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        truth_table(data, "Y", conditions, incl_cut=0.8)
        truth_table(data, "Y", conditions, incl_cut=0.8)
    assert sum(needle in str(w.message) for w in caught) == 2


def test_a_multi_value_level_is_rare_against_what_its_number_of_levels_allows():
    """Skew is a calibration problem: a set with few (or nearly all) cases in it inflates consistency (or makes
    necessity trivial) beside sets that split the cases (Schneider & Wagemann 2012). With six levels an even
    split gives each level 1/6 of the cases, below 0.2, so the fixed bound flagged every level of every condition of
    five or more levels, a note with nothing to act on. The lower bound is now the crisp one scaled to the share an
    even split gives a level (0.2 * 2/6 for six levels; unchanged for two); a level above the upper bound still
    leaves the condition nearly constant, whatever its number of levels."""
    even = [v for v in range(6) for _ in range(4)]        # 4 of 24 cases at each of six levels
    rare = [0] * 5 + [1] * 5 + [2] * 5 + [3] * 5 + [4] * 3 + [5]   # level 5: 1 of 24 cases
    d = pd.DataFrame({"E": even, "R": rare, "B": [0, 1] * 12, "Y": [0, 1, 1, 0] * 6},
                     index=[f"c{i}" for i in range(24)])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        notes = truth_table(d, "Y", ["E", "R", "B"]).notes
    assert not any("'E'" in n for n in notes), notes
    note_r = [n for n in notes if "'R'" in n]
    assert len(note_r) == 1 and "R[5] 4%" in note_r[0] and "R[4]" not in note_r[0], note_r
    assert "[0.0667, 0.8]" in note_r[0] and "6 levels" in note_r[0], note_r


def test_an_empty_multi_value_level_is_left_to_prepare_datas_note():
    """A Likert scale 1-5 read as levels 0..5 has no case at level 0, which prepare_data already notes ('level(s) 0
    have no case'). The skew note repeated it as 'DEV[0] 0%' (an uncoded level, not a skewed set) and scaled its
    bound by the six levels; it now leaves out empty levels and counts the levels that hold cases (five here, each
    of 1 to 3 of 8 cases: not skewed)."""
    d = pd.read_csv("tests/bad_inputs/likert_scale.csv", index_col="case")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        notes = truth_table(d, "SURV", ["DEV", "URB", "LIT", "IND", "STB"]).notes
    assert any("level(s) 0 have no case" in n for n in notes)
    assert not any("skewed condition 'DEV'" in n for n in notes), notes
    m = pd.DataFrame({"M": [0] * 9 + [1] * 10 + [3], "B": [0, 1] * 10, "Y": [0, 1, 1, 0] * 5},
                     index=[f"c{i}" for i in range(20)])   # level 2 empty, level 3 held by 1 of 20
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        note = [n for n in truth_table(m, "Y", ["M", "B"]).notes if "skewed condition 'M'" in n]
    assert len(note) == 1 and "M[3] 5%" in note[0] and "M[2]" not in note[0], note
    assert "(multi-value, 3 levels with cases)" in note[0] and "[0.133, 0.8]" in note[0], note


def test_the_bounds_are_inclusive_and_a_half_membership_is_not_above_half():
    """The rule as documented: the share of cases with membership *above* 0.5 is skewed only *outside* [0.2, 0.8]
    (a level of a multi-value condition: outside [0.2 * 2/k, 0.8]). Shares exactly at a bound are not skewed, and
    a case at exactly 0.5 is not above 0.5. No other test put a share on a bound or a condition case at 0.5."""
    n = 10
    d = pd.DataFrame({"LO": [1] * 2 + [0] * 8,                       # 2 of 10 above 0.5: on the lower bound
                      "HI": [1] * 8 + [0] * 2,                       # 8 of 10: on the upper bound
                      "H": [0.9] + [0.5] * 2 + [0.1] * 7,            # 1 of 10 above 0.5 (0.5 is not above)
                      "M": [0] + [1] * 3 + [2] * 3 + [3] * 3,        # 4 levels: level 0 at 1 of 10 = 0.2 * 2/4
                      "Y": [0, 1] * 5}, index=[f"c{i}" for i in range(n)])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        notes = truth_table(d, "Y", ["LO", "HI", "H", "M"]).notes
    skewed = [nt for nt in notes if nt.startswith("skewed")]
    assert len(skewed) == 1 and skewed[0].startswith("skewed condition 'H': 10% of cases"), notes


def _shown(code: str) -> str:
    """What a fresh Python process shows on stderr for `code` under the default warning filters (as a notebook
    shows a warning: warnings.showwarning writes the formatted warning to stderr)."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    return done.stderr


def test_a_qca_warning_is_shown_as_one_clean_line():
    """A QCAWarning is shown as 'QCAWarning: <message>': no 'analysis.qca:0:' location (the fixed location that kept
    notebooks byte-identical), no caller's path or line (a warning issued with a stacklevel), no source line. Other
    warnings are shown as Python shows them."""
    err = _shown("import warnings\n"
                 "from analysis.qca import QCAWarning\n"
                 "from analysis.qca.skew import warn_notes\n"
                 "warn_notes(['a note'])\n"
                 "warnings.warn('with a stacklevel', QCAWarning, stacklevel=1)\n"
                 "warnings.warn('someone else', UserWarning)\n")
    lines = err.splitlines()
    assert lines[:2] == ["QCAWarning: a note", "QCAWarning: with a stacklevel"]
    assert lines[2].startswith("<string>:6: UserWarning: someone else")


def test_a_clean_qca_warning_is_still_caught_and_filtered():
    """The display is all that changes: pytest.warns, catch_warnings(record=True) and filters work as before."""
    from analysis.qca.skew import warn_notes

    with pytest.warns(QCAWarning, match="caught note"):
        warnings.warn("caught note", QCAWarning)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        warn_notes(["recorded note"])
    assert [str(w.message) for w in caught] == ["recorded note"] and caught[0].category is QCAWarning
    with warnings.catch_warnings():
        warnings.simplefilter("error", QCAWarning)
        with pytest.raises(QCAWarning, match="raised note"):
            warn_notes(["raised note"])


def test_necessity_shows_a_membership_of_half_once():
    """necessity() on data with a membership of exactly 0.5 showed the note twice: as a QCAWarning and again as a
    'note:' line under the printed table (the CLI: on stderr and on stdout). As truth_table() does, the notes are
    given once, as QCAWarnings, and kept in .notes and the JSON (to_dict), not printed again."""
    data = _data()
    data.loc["c1", "B"] = 0.5
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        res = necessity(data, "Y", ["A", "B"])
    note = next(n for n in res.notes if "condition 'B' has membership exactly 0.5" in n)
    shown = [str(w.message) for w in caught] + str(res).splitlines()
    assert sum(note in line for line in shown) == 1, shown
    assert sum("skewed condition 'A'" in line for line in shown) == 1, shown
    assert note in res.to_dict()["notes"]


@pytest.mark.parametrize("bounds, said", [
    ("01", "skew_bounds must be two shares (low, high) such as (0.2, 0.8) or None, got '01'"),
    ("0.2,0.8", "got '0.2,0.8': write (0.2, 0.8), a pair of numbers"),
    (("0.2", "0.8"), "got ('0.2', '0.8'): write (0.2, 0.8), a pair of numbers"),
    ("20%, 80%", "got '20%, 80%': write (0.2, 0.8), a pair of numbers"),
    ((20, 80), "skew_bounds must satisfy 0 <= low < high <= 1, got (20, 80); a percentage? write (0.2, 0.8)"),
    ((0.8, 0.2), "got (0.8, 0.2); the lower bound first: (0.2, 0.8)"),
    ((0.5, 2), "got (0.5, 2)"),   # a share and a number above 1: not read as percentages (0.005, 0.02)
    ((0, 80), "got (0, 80); a percentage? write (0, 0.8)"),
    ((True, 1), "got (True, 1)"),
])
def test_skew_bounds_given_as_text_or_percentages_are_refused_with_the_pair_to_write(bounds, said):
    """skew_bounds='01' was read character by character as (0, 1) and checked nothing; ('0.2', '0.8') was read as
    numbers, which every other numeric parameter refuses; (20, 80) and (0.8, 0.2) were refused without the pair meant."""
    with pytest.raises(QCAInputError) as exc:
        truth_table(_data(), "Y", ["A", "B"], skew_bounds=bounds)
    assert str(exc.value).endswith(said), str(exc.value)


def _skewed_outcome():
    # Y: 9 of 10 cases in (skewed); ~Y has a positive row (c0), so find_rows' csa and ssr build both tables
    return pd.DataFrame({"A": [0, 0, 1, 1, 0, 1, 0, 1, 1, 0], "B": [0, 1, 0, 1, 1, 1, 1, 0, 1, 1],
                         "Y": [0, 1, 1, 1, 1, 1, 1, 1, 1, 1]}, index=[f"c{i}" for i in range(10)])


@pytest.mark.parametrize("outcome", ["Y", "~Y"])
def test_the_negated_outcomes_skew_is_the_outcomes_and_warned_once(outcome):
    """find_rows (csa, ssr; esa's contradictory rows) builds the negated outcome's table (negated_truth_table): its
    outcome is the same set as tt's, as skewed ('~Y': 10% after 'Y': 90%), and its note was a second warning of one
    fact (find-rows and esa --csa on HC.csv's ~VOTE printed both). It stays in the negated table's notes."""
    from analysis.qca import find_rows, negated_truth_table

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        tt = truth_table(_skewed_outcome(), outcome, ["A", "B"])
        find_rows(tt, "all")
        neg = negated_truth_table(tt)
    said = [str(w.message) for w in caught if "skewed outcome" in str(w.message)]
    assert len(said) == 1 and said[0].startswith(f"skewed outcome '{outcome}': "), said
    assert any(n.startswith("skewed outcome '") for n in neg.notes)


@pytest.mark.parametrize("command", [["find-rows"], ["esa", "--csa"]])
@pytest.mark.parametrize("outcome", ["Y", "~Y"])
def test_the_cli_warns_of_a_skewed_outcome_once_where_it_builds_its_negation(tmp_path, capsys, command, outcome):
    path = tmp_path / "d.csv"
    _skewed_outcome().rename_axis("case").to_csv(path)
    code = main([command[0], str(path), "--outcome", outcome, *command[1:]])
    err = capsys.readouterr().err
    assert code == 0 and err.count("skewed outcome") == 1 and f"skewed outcome '{outcome}': " in err, err


def test_a_note_only_the_negated_outcome_has_is_still_warned():
    """Cases at exactly 0.5 are in neither Y nor ~Y: Y (70% in) is not skewed while ~Y (10% in) is, a fact of the
    negated table alone, warned of; its note on the memberships of 0.5 repeats the outcome's (the same cases)."""
    from analysis.qca import negated_truth_table

    data = pd.DataFrame({"A": [1, 0, 1, 0, 1, 0, 1, 0, 1, 0], "B": [1, 1, 0, 0, 1, 1, 0, 0, 1, 0],
                         "Y": [0.9] * 7 + [0.5, 0.5, 0.1]}, index=[f"c{i}" for i in range(10)])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        tt = truth_table(data, "Y", ["A", "B"])
        negated_truth_table(tt)
    said = [str(w.message) for w in caught]
    assert [s[:31] for s in said if "skewed outcome" in s] == ["skewed outcome '~Y': 10% of cas"], said
    assert sum("has membership exactly 0.5" in s for s in said) == 1, said   # the note on them, once
    # ~Y's skew note counts them too: 2 of its 10 cases are at 0.5, neither in ~Y nor out of it
    assert [s for s in said if "skewed outcome" in s][0].count("; 2 of 10 cases at exactly 0.5") == 1, said


def _skew_warned(call) -> list[str]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        call()
    return [str(w.message) for w in caught if str(w.message).startswith("skewed ")]


def test_super_subset_and_the_cases_of_a_necessary_condition_warn_of_skew_as_necessity_does():
    """A skewed set makes a necessity claim suspect (a common condition is 'necessary' with a low RoN; Schneider &
    Wagemann 2012): necessity() warned of it, super_subset() and the case diagnostics of a necessary condition said
    nothing on the same data. Each now gives necessity's notes (skew.membership_warnings), each once per call
    (necessity_pairs ranks its cases by necessity_cases, which read the data again)."""
    from analysis.qca import necessity_cases, necessity_pairs, necessity_typology, super_subset

    data = _data()
    both = _skew_warned(lambda: necessity(data, "Y", ["A", "B"]))
    own = _skew_warned(lambda: necessity(data, "Y", ["A"]))
    assert both and any("'A'" in n for n in own)
    assert _skew_warned(lambda: super_subset(data, "Y", ["A", "B"])) == both
    assert _skew_warned(lambda: super_subset(data, "Y", ["A", "B"], relation="sufficiency", incl_cut=0.8)) == both
    assert _skew_warned(lambda: necessity_cases(data, "Y", "A")) == own
    assert _skew_warned(lambda: necessity_typology(data, "Y", "A")) == own
    assert _skew_warned(lambda: necessity_pairs(data, "Y", "A", "typical-typical")) == own
    assert _skew_warned(lambda: super_subset(data, "Y", ["A", "B"], skew_bounds=None)) == []


@pytest.mark.parametrize("relation", ["necessity", "sufficiency"])
def test_pof_warns_of_the_skew_of_its_sets_as_necessity_does(relation, tmp_path, capsys):
    """pof('A', ..., relation='necessity') (CLI pof --necessity) fitted a condition 90% of cases are in, the fit
    necessity() warns is suspect, without a word; it now gives necessity's notes on the sets it reads."""
    from analysis.qca import pof

    data = _data()
    assert _skew_warned(lambda: pof("A", data, "Y", relation)) == _skew_warned(lambda: necessity(data, "Y", ["A"]))
    path = tmp_path / "d.csv"
    data.rename_axis("case").to_csv(path)
    code = main(["pof", str(path), "--outcome", "Y", "--expression", "A"]
                + (["--necessity"] if relation == "necessity" else []))
    err = capsys.readouterr().err
    assert code == 0 and err.count("warning: skewed condition 'A': 90%") == 1, err


@pytest.mark.parametrize("args", [["super-subset"], ["cases", "--nec-cond", "A"],
                                  ["cases", "--nec-cond", "A", "--pairs", "typical-typical"]])
def test_the_cli_warns_of_skew_once_for_super_subset_and_cases_of_a_necessary_condition(tmp_path, capsys, args):
    path = tmp_path / "d.csv"
    _data().rename_axis("case").to_csv(path)
    code = main([args[0], str(path), "--outcome", "Y", *args[1:]])
    err = capsys.readouterr().err
    assert code == 0 and err.count("warning: skewed condition 'A': 90%") == 1 and " times)" not in err, err


def test_a_robustness_file_gives_a_note_of_its_specifications_and_of_its_range_once(tmp_path, capsys):
    """robustness with tests and a range on data with a skewed set said the note twice in one call, once for the
    specifications ('all 3 specifications: IS and 2 tests') and once for the range ('incl_cut range: at every
    step'); it is one note on one data set, said once, naming both."""
    data, spec = tmp_path / "d.csv", tmp_path / "s.yaml"
    _data().drop(index="c3").rename_axis("case").to_csv(data)
    spec.write_text("outcome: Y\nconditions: [A, B]\nincl_cut: 0.8\ntests:\n  - {label: incl 0.75, incl_cut: 0.75}\n"
                    "  - {label: n 2, n_cut: 2}\nranges:\n  - {parameter: incl_cut, step: 0.01, max_runs: 3}\n",
                    encoding="utf-8")
    code = main(["robustness", str(data), "--spec", str(spec)])
    err = capsys.readouterr().err
    said = [line for line in err.splitlines() if "skewed condition 'A'" in line]
    assert code == 0 and len(said) == 1, err
    assert said[0].endswith("(check RoN and coverage) (all 3 specifications: IS and 2 tests; incl_cut range: at "
                            "every step)"), said


@pytest.mark.parametrize("bounds", [None, (0.05, 0.95)])
def test_the_negated_outcomes_table_is_read_with_the_tables_skew_bounds(bounds):
    """negated_truth_table read the negated outcome with the default skew_bounds whatever tt's: a table built with
    skew_bounds=None (no check) or bounds its sets lie within gave skew notes through find_rows and esa (csa) all
    the same. The table keeps its bounds (TruthTable.skew_bounds) and its negation is read with them."""
    from analysis.qca import find_rows, negated_truth_table

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        tt = truth_table(_skewed_outcome(), "Y", ["A", "B"], skew_bounds=bounds)
        find_rows(tt, "all")
        neg = negated_truth_table(tt)
    assert [str(w.message) for w in caught if "skewed" in str(w.message)] == []
    assert tt.skew_bounds == neg.skew_bounds == bounds and not any("skewed" in n for n in neg.notes)


@pytest.mark.parametrize("bounds", [None, (0.05, 0.95), (0.55, 0.95)])
def test_the_cases_of_a_necessary_condition_take_necessitys_skew_bounds(bounds):
    """necessity() and super_subset() take skew_bounds (None: no check); the case diagnostics of a necessary
    condition checked the default bounds whatever the caller wanted. They take the same argument now and say what
    necessity() says under it: nothing with None, nothing of A (90%) within (0.05, 0.95), Y's 60% under (0.55,
    0.95) where B's 50% is skewed."""
    from analysis.qca import necessity_cases, necessity_pairs, necessity_typology

    data = _data()
    for cond in ("A", "B"):
        own = _skew_warned(lambda: necessity(data, "Y", [cond], skew_bounds=bounds))
        if bounds is None:
            assert own == []
        assert _skew_warned(lambda: necessity_cases(data, "Y", cond, skew_bounds=bounds)) == own
        assert _skew_warned(lambda: necessity_cases(data, "Y", cond, "deviant consistency", conditions=["A", "B"],
                                                    skew_bounds=bounds)) == own
        assert _skew_warned(lambda: necessity_typology(data, "Y", cond, skew_bounds=bounds)) == own
        assert _skew_warned(lambda: necessity_pairs(data, "Y", cond, "typical-typical", skew_bounds=bounds)) == own
    assert any("'B'" in n for n in _skew_warned(lambda: necessity(data, "Y", ["B"], skew_bounds=(0.55, 0.95))))


def test_the_cases_of_a_necessary_condition_warn_only_of_the_sets_they_read():
    """With the truth table's conditions (deviant consistency cases ranked per row), necessity_cases and
    necessity_pairs warned of every condition of the table: B's cases warned that A (not in B) is skewed. They
    warn of the necessary condition's sets and the outcome only, as necessity() of B does (CLI too)."""
    from analysis.qca import necessity_cases, necessity_pairs

    data = _data()
    own = _skew_warned(lambda: necessity(data, "Y", ["B"], skew_bounds=(0.2, 0.8)))
    assert not any("'A'" in n for n in own)
    assert _skew_warned(lambda: necessity_cases(data, "Y", "B", "deviant consistency", conditions=["A", "B"])) == own
    assert _skew_warned(lambda: necessity_pairs(data, "Y", "B", "typical-deviant consistency",
                                                conditions=["A", "B"])) == own


def test_the_cli_cases_of_a_necessary_condition_warns_only_of_its_sets(tmp_path, capsys):
    path = tmp_path / "d.csv"
    _data().rename_axis("case").to_csv(path)
    code = main(["cases", str(path), "--outcome", "Y", "--nec-cond", "B", "--type", "deviant-consistency",
                 "--conditions", "A,B"])
    err = capsys.readouterr().err
    assert code == 0 and "skewed condition 'A'" not in err, err


def _panel():
    """_data() as a panel: five units (CASE) observed in two waves (WAVE)."""
    return _data().reset_index(drop=True).assign(CASE=[f"u{i % 5}" for i in range(10)],
                                                 WAVE=[1 + i // 5 for i in range(10)])


def test_cluster_diagnostics_warn_of_skew_as_necessity_and_pof_do():
    """cluster_diagnostics (CLI cluster, --necessity too) said nothing of a skewed set, where necessity() and pof()
    warn of the same sets on the same (pooled) data; it now gives their notes, once a call, and takes skew_bounds."""
    from analysis.qca import cluster_diagnostics, pof

    data = _data()
    own = _skew_warned(lambda: necessity(data, "Y", ["A", "B"]))
    assert any("'A'" in n for n in own)
    assert _skew_warned(lambda: pof("A*B", data, "Y")) == own
    for nec in (False, True):
        assert _skew_warned(lambda: cluster_diagnostics(_panel(), "A*B", "Y", "CASE", "WAVE", necessity=nec)) == own
    assert _skew_warned(lambda: cluster_diagnostics(_panel(), "A*B", "Y", "CASE", "WAVE", skew_bounds=None)) == []


@pytest.mark.parametrize("extra", [[], ["--necessity"]])
def test_the_cli_cluster_warns_of_skew_once(tmp_path, capsys, extra):
    path = tmp_path / "panel.csv"
    _panel().to_csv(path, index=False)
    code = main(["cluster", str(path), "--outcome", "Y", "--expression", "A*B", "--unit", "CASE", "--cluster",
                 "WAVE", *extra])
    err = capsys.readouterr().err
    assert code == 0 and err.count("warning: skewed condition 'A': 90%") == 1 and " times)" not in err, err


@pytest.mark.parametrize("bounds", [None, (0.05, 0.95), (0.55, 0.95)])
def test_pof_takes_necessitys_skew_bounds(bounds):
    """pof() warned of skewed sets at the default bounds only, where necessity(), super_subset(), the case
    diagnostics of a necessary condition and cluster_diagnostics() take skew_bounds (None: no check)."""
    from analysis.qca import pof

    data = _data()
    own = _skew_warned(lambda: necessity(data, "Y", ["A", "B"], skew_bounds=bounds))
    for relation in ("sufficiency", "necessity"):
        assert _skew_warned(lambda: pof("A*B", data, "Y", relation, skew_bounds=bounds)) == own


def test_robustness_protocol_and_threshold_range_take_skew_bounds():
    """robustness_protocol() and threshold_range() built every truth table at the default bounds (0.2, 0.8), whatever
    the caller wanted: a skewed set was warned of on every run, with no way to move the bounds or leave the check
    out, where truth_table() and necessity() take skew_bounds. Both now pass it to every specification's table (None:
    no check), and refuse a bad value once, naming skew_bounds, before any specification runs."""
    from analysis.qca import robustness_protocol, threshold_range

    data = _data().drop(index="c3")
    tests = [{"label": "incl 0.7", "incl_cut": 0.7}]
    runs = {"protocol": lambda **kw: robustness_protocol(data, "Y", ["A", "B"], tests, incl_cut=0.8, n_jobs=1, **kw),
            "range": lambda **kw: threshold_range(data, "Y", ["A", "B"], "incl_cut", 0.05, 2, incl_cut=0.8, n_jobs=1,
                                                  **kw)}
    for name, run in runs.items():
        default = _skew_warned(run)
        assert any("skewed condition 'A': 89%" in n for n in default), (name, default)
        assert _skew_warned(lambda: run(skew_bounds=None)) == [], name
        assert _skew_warned(lambda: run(skew_bounds=(0.05, 0.95))) == [], name
        assert _skew_warned(lambda: run(skew_bounds=(0.2, 0.8))) == default, name
        with pytest.raises(QCAInputError) as err:
            run(skew_bounds=(0.8, 0.2))
        assert str(err.value) == "skew_bounds must satisfy 0 <= low < high <= 1, got (0.8, 0.2); the lower bound " \
                                 "first: (0.2, 0.8)", name


@pytest.mark.parametrize("bounds, flag, recorded", [
    ((0.2, 0.8), "0.2,0.8", [0.2, 0.8]),
    ((0.05, 0.95), "0.05,0.95", [0.05, 0.95]),
    (None, "none", None),
])
def test_the_protocols_initial_specification_records_its_skew_bounds(tmp_path, capsys, bounds, flag, recorded):
    """The protocol's `initial` (to_dict()['initial'], the CLI's robustness --json) gave the initial specification's
    cut-offs, options and budgets but not the skew bounds every truth table was built with: a JSON file from a run
    with --skew-bounds none (no skew warning) could not be told from one whose sets were not skewed. It now records
    them, as the checked pair or None."""
    import json

    from analysis.qca import robustness_protocol

    data = _data().drop(index="c3")
    tests = [{"label": "incl 0.7", "incl_cut": 0.7}]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        prot = robustness_protocol(data, "Y", ["A", "B"], tests, incl_cut=0.8, n_jobs=1, skew_bounds=bounds)
    assert prot.initial["skew_bounds"] == bounds and prot.to_dict()["initial"]["skew_bounds"] == recorded
    path, spec = tmp_path / "d.csv", tmp_path / "s.yaml"
    data.rename_axis("case").to_csv(path)
    spec.write_text("outcome: Y\nconditions: [A, B]\nincl_cut: 0.8\ntests:\n  - {label: incl 0.7, incl_cut: 0.7}\n",
                    encoding="utf-8")
    assert main(["robustness", str(path), "--spec", str(spec), "--skew-bounds", flag, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["protocol"]["initial"]["skew_bounds"] == recorded


SPEC = ("outcome: Y\nconditions: [A, B]\nincl_cut: 0.8\n{bounds}tests:\n  - {{label: incl 0.7, incl_cut: 0.7}}\n"
        "ranges:\n  - {{parameter: incl_cut, step: 0.05, max_runs: 2}}\n")


def test_a_sweep_file_carries_skew_bounds_for_the_protocol_and_the_ranges(tmp_path):
    """A sweep file could not carry skew_bounds ("unknown key"), although run_spec_file's argument and the CLI's
    --skew-bounds set them: the setting did not travel with the test set. The file's skew_bounds now reaches the
    protocol and every range (none: no check) and the JSON's `initial`; with the argument left at its default the
    file's applies; given both, they must agree (as no_solution's file key and flag)."""
    import json

    from analysis.qca.sweep_spec import run_spec_file

    data = _data().drop(index="c3")
    path = tmp_path / "s.yaml"
    path.write_text(SPEC.format(bounds=""), encoding="utf-8")
    default = _skew_warned(lambda: run_spec_file(data, path))
    assert any("skewed condition 'A': 89%" in n for n in default), default
    for bounds, recorded in (("[0.05, 0.95]", [0.05, 0.95]), ("none", None)):
        path.write_text(SPEC.format(bounds=f"skew_bounds: {bounds}\n"), encoding="utf-8")
        assert _skew_warned(lambda: run_spec_file(data, path)) == []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", QCAWarning)
            out = json.loads(run_spec_file(data, path, as_json=True))
            agreed = json.loads(run_spec_file(data, path, as_json=True, skew_bounds=recorded and tuple(recorded)))
        assert out["protocol"]["initial"]["skew_bounds"] == recorded and agreed == out
    with pytest.raises(QCAInputError) as err:
        run_spec_file(data, path, skew_bounds=(0.2, 0.8))   # given, and not the file's none
    assert str(err.value) == (f"skew_bounds=(0.2, 0.8) (--skew-bounds 0.2,0.8 on the command line) but {path} says "
                              "'skew_bounds: none'; give the bounds once (the file's key, or the argument / flag)")


@pytest.mark.parametrize("bounds, said", [
    ("'0.2,0.8'", "skew_bounds must be two shares [low, high] such as [0.2, 0.8] or none (no check), got '0.2,0.8': "
                  "write [0.2, 0.8], a pair of numbers"),
    ("[20, 80]", "skew_bounds must satisfy 0 <= low < high <= 1, got [20, 80]; a percentage? write [0.2, 0.8]"),
    ("[0.8, 0.2]", "skew_bounds must satisfy 0 <= low < high <= 1, got [0.8, 0.2]; the lower bound first: [0.2, 0.8]"),
    ("'off'", "skew_bounds must be two shares [low, high] such as [0.2, 0.8] or none (no check), got 'off'"),
])
def test_a_sweep_files_bad_skew_bounds_are_refused_naming_the_file(tmp_path, capsys, bounds, said):
    """The file's skew_bounds are checked as the argument's are (skew.check_bounds), the message naming the file and
    writing the pairs as the file writes them (a list; none for None), before anything runs."""
    spec, data = tmp_path / "s.yaml", tmp_path / "d.csv"
    spec.write_text(SPEC.format(bounds=f"skew_bounds: {bounds}\n"), encoding="utf-8")
    _data().rename_axis("case").to_csv(data)
    assert main(["robustness", str(data), "--spec", str(spec)]) == 2
    out, err = capsys.readouterr()
    assert not out and err == f"error: {spec}: {said}\n", err


def test_robustness_takes_the_files_skew_bounds_unless_the_flag_says_otherwise(tmp_path, capsys):
    import json

    spec, data = tmp_path / "s.yaml", tmp_path / "d.csv"
    spec.write_text(SPEC.format(bounds="skew_bounds: [0.05, 0.95]\n"), encoding="utf-8")
    _data().drop(index="c3").rename_axis("case").to_csv(data)
    for flags in ([], ["--skew-bounds", "0.05,0.95"]):
        assert main(["robustness", str(data), "--spec", str(spec), "--json", *flags]) == 0
        out, err = capsys.readouterr()
        assert json.loads(out)["protocol"]["initial"]["skew_bounds"] == [0.05, 0.95] and "skewed" not in err, err
    assert main(["robustness", str(data), "--spec", str(spec), "--skew-bounds", "0.2,0.8"]) == 2
    out, err = capsys.readouterr()
    assert not out and err == (f"error: skew_bounds=(0.2, 0.8) (--skew-bounds 0.2,0.8 on the command line) but {spec} "
                               "says 'skew_bounds: [0.05, 0.95]'; give the bounds once (the file's key, or the "
                               "argument / flag)\n"), err


def test_a_set_mostly_at_exactly_half_says_how_many_cases_sit_there():
    """A set whose cases mostly sit at exactly 0.5 was '0% of cases have membership above 0.5 ... skewed', which reads
    as a rare set where it is an ambiguous one: the note now counts the cases at 0.5 (7 of 10 here: 0.5 is neither
    above nor below, so the share above 0.5, counted as SetMethods' skew.check counts it, stays 0%)."""
    df = pd.DataFrame({"A": [0.5] * 7 + [0.2, 0.1, 0.3], "B": [0.9, 0.1, 0.8, 0.2, 0.7, 0.3, 0.9, 0.1, 0.6, 0.4],
                       "Y": [0.9, 0.2, 0.8, 0.4, 0.7, 0.3, 0.9, 0.6, 0.7, 0.1]}, index=[f"c{i}" for i in range(10)])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tt = truth_table(df, "Y", ["A", "B"], incl_cut=0.8)
    note = next(n for n in tt.notes if n.startswith("skewed condition 'A'"))
    assert note == ("skewed condition 'A': 0% of cases have membership above 0.5 (outside [0.2, 0.8]; 7 of 10 cases at "
                    "exactly 0.5, neither in nor out); consistency may be inflated and necessity of low relevance "
                    "(check RoN and coverage)")
    # a skewed set without a case at 0.5 keeps its note as it was
    plain = next(n for n in truth_table(_data(), "Y", ["A", "B"], incl_cut=0.8).notes if "skewed condition 'A'" in n)
    assert "exactly 0.5" not in plain


@pytest.mark.parametrize("bounds", [(0.2, 0.8), None, (0.05, 0.95)])
@pytest.mark.parametrize("relation", ["necessity", "sufficiency"])
def test_pofind_warns_of_skew_as_pof_and_necessity_do(relation, bounds):
    """pofind(data, 'Y', 'A, B') fitted A, which 90% of the cases are in, and an outcome with a case at exactly 0.5
    without a word (it read the data with warn=False and gave only the outcome-identity notes), while pof('A*B', ...)
    and necessity() on the same data warn of both: a reader of pofind's inclN 0.9+ for A met no caution. pofind now
    gives the same notes for the same data and takes skew_bounds as they do (None: no check)."""
    from analysis.qca import pof, pofind

    data = _data()
    own = _skew_warned(lambda: necessity(data, "Y", ["A", "B"], skew_bounds=bounds))
    if bounds == (0.2, 0.8):
        assert any("skewed condition 'A': 90%" in n for n in own)
    assert _skew_warned(lambda: pofind(data, "Y", "A, B", relation, skew_bounds=bounds)) == own
    assert _skew_warned(lambda: pof("A*B", data, "Y", relation, skew_bounds=bounds)) == own

    def half(call):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            call()
        return [str(w.message) for w in caught if "exactly 0.5" in str(w.message) and "outcome" in str(w.message)]
    assert half(lambda: pofind(data, "Y", "A, B", relation)) == half(lambda: pof("A*B", data, "Y", relation)) != []


@pytest.mark.parametrize("n_in, said", [(2001, "80.04%"), (1999, "79.96%"), (2000, "80%"), (1500, "60%"),
                                        (499, "19.96%"), (501, "20.04%"), (2499, "99.96%"), (1, "0.04%")])
def test_a_share_of_cases_is_not_rounded_onto_or_across_a_skew_bound(n_in, said):
    """With 2,001 of 2,500 cases in A, necessity() warned "skewed condition 'A': 80% of cases ... (outside [0.2,
    0.8])": the share rounded to whole percents onto the bound it lies beyond, and 1,999 of 2,500 (not skewed) read
    '80%' in good_practice's skew row as a share on the bound. The share is said with the decimals it takes to stay
    on its side of each bound (skew.skew_share_said, the permutation benchmark's rule): in the engine's note and its
    Chinese line, good_practice's skew row and its Chinese line, and Paper A's skew_report (English and Chinese)."""
    from analysis.paper_a import claims as P
    from analysis.qca import good_practice
    from analysis.qca.skew import at_bound, is_skewed
    from analysis.workshop import engine_note_zh, engine_warning_zh

    share = n_in / 2500
    shown = float(said[:-1]) / 100   # the expectation itself keeps the share's side of each bound
    assert (is_skewed(shown), at_bound(shown)) == (is_skewed(share), at_bound(share)), said
    df = pd.DataFrame({"A": [0.9] * n_in + [0.1] * (2500 - n_in), "Y": ([0.9, 0.1] * 1250)})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tt = truth_table(df, "Y", ["A"], incl_cut=0.8)
        row = good_practice(tt).to_frame().set_index("standard").loc["skewed set memberships", "has"]
    notes = [n for n in tt.notes if n.startswith("skewed condition 'A'")]
    if is_skewed(share):
        assert notes and notes[0].startswith(f"skewed condition 'A': {said} of cases have membership above 0.5"), notes
        assert f"条件 'A' 偏斜：{said} 的案例隶属度高于 0.5" in (engine_warning_zh(notes[0]) or ""), notes[0]
        assert "; skewed: A" in row, row
    else:
        assert not notes, notes
    assert f": A {said}, Y 50%" in row, row
    assert f"A {said}，Y 50%" in (engine_note_zh(row) or ""), row
    report, report_zh = P.skew_report({"A": share}, 0.8), P.skew_report_zh({"A": share}, 0.8)
    assert (f"A ({said} in)" in report) == (is_skewed(share) or at_bound(share)), report
    assert (f"A（{said} 的案例属于该集合）" in report_zh) == (is_skewed(share) or at_bound(share)), report_zh
    focus = P._focus_necessary({"SER_inclN": 0.95, "SER_RoN": 0.6, "SER_share_in": share, "skew_cut": 0.8})[0]
    assert (f"SER holds for {said} of cases" in focus) == (is_skewed(share) or at_bound(share)), focus   # the focus necessity claim
