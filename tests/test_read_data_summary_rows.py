"""read_data's summary rows at the bottom of a table: the labels that may name a case ('N', 'SD') taken for a summary
row only when the row's values or its place say so, the label forms tables write, and the case names warned of kept
in the frame's attrs (data_files.SUMMARY_ROWS) so that the analysis need not warn of them again."""
from __future__ import annotations

import pytest

from analysis.qca.data_files import SUMMARY_ROWS, summary_rows_warned
from analysis.qca.read import read_data, summary_label
from tests._qca_warnings import qca_warnings

HEADER = "case,A,B,Y\n"
CASES = "AU,0.8,0.2,1\nBE,0.6,0.4,0\nCZ,0.1,0.9,1\nDK,0.7,0.3,0\n"


def _read(tmp_path, text: str):
    path = tmp_path / "data.csv"
    path.write_text(text, encoding="utf-8")
    got = {}

    def call():
        got["df"], got["case"] = read_data(path)

    return qca_warnings(call), got["df"]


@pytest.mark.parametrize("text", [
    HEADER + "J,0.8,0.2,1\nK,0.6,0.4,0\nL,0.1,0.9,1\nM,0.7,0.3,0\nN,0.3,0.6,1\n",   # cases named by letters
    HEADER + "ND,0.8,0.2,1\nNE,0.6,0.4,0\nOH,0.1,0.9,1\nSD,0.7,0.3,0\n",           # SD: South Dakota
    HEADER + CASES + "N,3,4,4\n",   # values that are no counts of the 4 rows above
])
def test_a_case_named_n_or_sd_is_no_summary_row(tmp_path, text):
    said, df = _read(tmp_path, text)
    assert not [w for w in said if "summary row" in w]
    assert summary_rows_warned(df) == ()


def test_an_n_row_of_the_counts_of_the_rows_above_is_a_summary_row(tmp_path):
    said, df = _read(tmp_path, HEADER + CASES + "N,4,4,4\n")
    assert any("line 6 ('N': its values are the counts of the rows above) looks like a summary row" in w for w in said)
    assert df.attrs[SUMMARY_ROWS] == ("N",)


def test_sd_below_a_mean_row_is_a_summary_row_and_both_are_kept_as_warned(tmp_path):
    said, df = _read(tmp_path, HEADER + CASES + "Mean,0.55,0.45,0.5\nSD,0.3,0.3,0.58\n")
    assert any("line 6 ('Mean': its values are the means of the rows above), line 7 ('SD': its values are the "
               "standard deviations of the rows above) look like summary rows" in w for w in said), said
    assert summary_rows_warned(df) == ("Mean", "SD")


def test_a_summary_row_of_the_first_column_without_a_case_column_is_not_kept_as_a_case_name(tmp_path):
    said, df = _read(tmp_path, "地区,A,B,Y\n甲,1,0,1\n乙,0,1,0\n丙,1,1,1\n合计,2,2,2\n")
    assert any("'合计': its values are the sums of the rows above" in w for w in said)
    assert summary_rows_warned(df) == ()   # the cases are numbered 1, 2, ...: no case is named '合计'


@pytest.mark.parametrize("label", ["Grand  Total", "grand total", "占比（%）", "百分比(%)", "合计：", "汇 总", "%",
                                   "Valid N (listwise)", "样本量", "Count"])
def test_labels_as_tables_write_them(label):
    assert summary_label(label)


@pytest.mark.parametrize("label", ["N", "SD", "Grand Rapids", "占比高", "County"])
def test_labels_that_name_no_summary_alone(label):
    assert not summary_label(label)


def test_a_total_row_above_the_cases_is_a_summary_row_among_them(tmp_path):
    """A yearbook's table: the province's '合计' row first, then its counties (was: read as a case without a word)."""
    said, df = _read(tmp_path, "县,A,B,Y\n合计,2,2,2\n甲,1,0,1\n乙,0,1,0\n丙,1,1,1\n丁,0,0,0\n")
    assert [w for w in said if "summary row" in w] == [
        f"{tmp_path / 'data.csv'}: line 2 ('合计': its values are the sums of the rows below) looks like a summary row "
        "among the cases (a total or subtotal of other rows, as a spreadsheet adds it), not a case: read as a case, it "
        "enters the analysis as one; delete the line in the file, or drop it after reading: df = df[df['县'] != '合计']"]
    assert summary_rows_warned(df) == ()   # no case column: the cases are numbered


def test_excels_subtotal_rows_above_a_grand_total_are_summary_rows(tmp_path):
    """Excel's Data > Subtotal: 'East Total' below each group, 'Grand Total' at the bottom (was: the subtotals read as
    cases without a word, the grand total's sums not recognised, the subtotals counted in them)."""
    said, df = _read(tmp_path, HEADER + "AU,1,0,1\nBE,0,1,0\nEast Total,1,1,1\nCZ,1,1,1\nDK,0,0,0\n"
                     "West Total,1,1,1\nGrand Total,2,2,2\n")
    said = [w for w in said if "summary row" in w]
    assert len(said) == 2
    assert ("line 4 ('East Total': its values are the sums of the rows of its group above), line 7 ('West Total': its "
            "values are the sums of the rows of its group above) look like summary rows among the cases") in said[0]
    assert "line 8 ('Grand Total': its values are the sums of the rows above) looks like a summary row below" in said[1]
    assert summary_rows_warned(df) == ("East Total", "West Total", "Grand Total")


def test_a_case_named_like_a_subtotal_without_a_grand_total_is_a_case(tmp_path):
    said, df = _read(tmp_path, HEADER + "AU,1,0,1\nOil Total,0,1,0\nCZ,1,1,1\nDK,0,0,0\n")
    assert not [w for w in said if "summary row" in w]


def test_a_total_row_above_the_cases_whose_values_are_no_statistic_of_them_is_a_case(tmp_path):
    said, df = _read(tmp_path, "县,A,B,Y\n合计,1,0,1\n甲,1,0,1\n乙,0,1,0\n丙,1,1,1\n")
    assert not [w for w in said if "summary row" in w]


def test_a_summary_row_read_data_warned_of_is_not_warned_of_again_by_the_analysis(tmp_path):
    """read_data names the row, its line and its sums; truth_table's later 'case '合计' looks like a summary row'
    said it a second time. Its note stays in QCAData.warnings; a frame not read by read_data is still warned."""
    from analysis.qca import prepare_data, skew, truth_table

    path = tmp_path / "data.csv"
    path.write_text("case,A,B,Y\na,1,0,1\nb,0,1,0\nc,1,1,1\nd,0,0,0\ne,1,0,1\nf,0,1,1\n合计,3,3,4\n", encoding="utf-8")
    said = []

    def call():
        df, case = read_data(path)
        skew._REGISTRY.clear()
        said.append(prepare_data(df, "Y{1}", case_column=case, warn=False).warnings)
        truth_table(df, "Y{1}", case_column=case)

    warned = [w for w in qca_warnings(call) if "summary row" in w]
    assert len(warned) == 1 and warned[0].startswith(f"{path}: line 8 ('合计'"), warned
    assert any(n.startswith("case '合计' looks like a summary row") for n in said[0])
    df, case = read_data(path)
    df.attrs.clear()   # the same rows, not read by read_data: the analysis says it
    skew._REGISTRY.clear()
    assert any(w.startswith("case '合计' looks like a summary row")
               for w in qca_warnings(lambda: truth_table(df, "Y{1}", case_column=case)))


@pytest.mark.parametrize("label", ["N=4", "n = 4", "(N=4)", "N＝4"])
def test_a_count_row_labelled_with_its_count_is_a_summary_row(tmp_path, label):
    """'N=4' below 4 cases (a table's count row, its count in the label) was read as a case without a word (its
    values then refused as memberships of 4, or analysed as a case)."""
    said, df = _read(tmp_path, HEADER + CASES + f"{label},4,4,4\n")
    assert any(f"line 6 ('{label}': its values are the counts of the rows above) looks like a summary row" in w
               for w in said), said
    assert summary_rows_warned(df) == (label,)


def test_a_case_named_like_a_count_of_other_rows_is_a_case(tmp_path):
    """'N=7' below 4 cases, its values memberships: not the count of the rows above, so a case."""
    said, df = _read(tmp_path, HEADER + CASES + "N=7,0.3,0.6,1\n")
    assert not [w for w in said if "summary row" in w]


def test_an_sd_row_of_the_standard_deviations_of_the_rows_above_is_a_summary_row(tmp_path):
    """'SD' alone at the bottom (no 'Mean' row above it) was taken for South Dakota: a summary row when its values
    are the standard deviations of the rows above (n - 1, to the decimals written), a case otherwise."""
    said, df = _read(tmp_path, HEADER + CASES + "SD,0.31,0.31,0.58\n")
    assert any("line 6 ('SD': its values are the standard deviations of the rows above) looks like a summary row" in w
               for w in said), said
    said, _ = _read(tmp_path, HEADER + CASES + "SD,0.7,0.2,1\n")   # South Dakota's memberships
    assert not [w for w in said if "summary row" in w]


def test_the_workshop_says_the_standard_deviations_row_in_chinese(tmp_path):
    from analysis.workshop.zh_warnings import engine_warning_zh

    said, _ = _read(tmp_path, HEADER + CASES + "SD,0.31,0.31,0.58\n")
    line = engine_warning_zh(next(w for w in said if "summary row" in w))
    assert line and "其值为上方各行的标准差" in line, line


def test_a_column_name_typed_again_in_full_width_is_warned_of(tmp_path):
    """'DEV' and 'ＤＥＶ' in one header were read as two columns, both conditions, without a word; names of other
    characters (Chinese names) and a full-width name without an ASCII twin are no warning."""
    from analysis.workshop.zh_warnings import engine_warning_zh

    said, df = _read(tmp_path, "case,DEV,ＤＥＶ,Ｙ\nAU,0.8,0.8,1\nBE,0.6,0.6,0\n")
    assert [w.split(": ", 1)[1] for w in said] == [
        "column names 'DEV' (column 2) and 'ＤＥＶ' (column 3) are one name, the second in full-width characters (typed "
        "with a Chinese input method, 全角): read as two columns; delete the copy, or rename it if it holds another set"]
    assert "列名 'DEV'（第 2 列）和 'ＤＥＶ'（第 3 列）是同一个名称" in engine_warning_zh(said[0])
    said, _ = _read(tmp_path, "case,财政投入,ＤＥＶ,Y\nAU,0.8,0.8,1\nBE,0.6,0.6,0\n")
    assert not said
