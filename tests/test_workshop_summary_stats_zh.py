"""The Chinese line of read_data's summary-row warning names every row, whatever the row's values are of the rows
above: sums, means, means in percent (a '占比' row) or counts (an 'N' row)."""
from __future__ import annotations

import pytest

from analysis.qca.read import read_data
from analysis.workshop.zh_warnings import engine_warning_zh
from tests._qca_warnings import qca_warnings

HERE = "tests/bad_inputs"


@pytest.mark.parametrize("name, said", [
    ("summary_row_count_n.csv", "第 7 行（'N'：其值为上方各行的个数（非空单元格数））"),
    ("summary_rows_total_share_cn.csv", "第 7 行（'合计'：其值为上方各行之和）、第 8 行（'占比(%)'：其值为上方各行的均值（百分数））"),
])
def test_each_summary_row_is_named_in_chinese(name, said):
    warned = [w for w in qca_warnings(lambda: read_data(f"{HERE}/{name}")) if "summary row" in w]
    assert len(warned) == 1
    assert said in engine_warning_zh(warned[0])


def test_summary_rows_among_the_cases_are_said_in_chinese(tmp_path):
    path = tmp_path / "data.csv"
    path.write_text("县,A,B,Y\n合计,2,2,2\n甲,1,0,1\n乙,0,1,0\n丙,1,1,1\n丁,0,0,0\n", encoding="utf-8")
    warned = [w for w in qca_warnings(lambda: read_data(path)) if "summary row" in w]
    assert engine_warning_zh(warned[0]) == (
        f"{path}：第 2 行（'合计'：其值为下方各行之和）看起来是夹在案例中的汇总行（其他行的合计或小计，电子表格所加），不是案例："
        "作为案例读入，会被当作案例进入分析；请在文件中删除该行，或在读入后去掉：df = df[df['县'] != '合计']")
