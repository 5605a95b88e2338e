"""The Chinese lines of bad-input catalogue rows (tests/bad_inputs/catalogue.py) that had none: a researcher's own
data and files (a calibration file's codes, ...), read off the message the row's user sees (the command's error:
or warning: line, or the API's error), through analysis/workshop.py's engine_error_zh and engine_warning_zh."""
from __future__ import annotations

import re

import pytest
from test_workshop_rare_lines import _catalogue_message

from analysis.qca import QCAInputError
from analysis.workshop import engine_error_zh, engine_warning_zh

_ID = dict(ids=lambda value: value if re.fullmatch(r"[\w-]+", value) else "zh")
_YAML = "tests/bad_inputs/calibrate_codes_{}.yaml："


@pytest.mark.parametrize("bad_id, zh", [
    ("calibrate-codes-label-missing",
     _YAML.format("label_missing") + "校准 'SURV'（取自列 'SURV'）：标签 '否' 不在 codes 中（位于案例 'AU', 'EE', 'DE', "
     "'GR'；codes：'是'）：请把它加入该集合的 codes 并给出隶属度，或改正这些单元格"),
    ("calibrate-codes-with-thresholds",
     _YAML.format("with_thresholds") + "spec['SURV']：codes 给出每个标签的隶属度，因此该集合是重新编码，而不是校准：请去掉 "
     "type, thresholds（或去掉 codes，以校准该列）"),
    ("calibrate-codes-quoted-memberships",
     _YAML.format("quoted_memberships") + "spec['SURV']：codes['是'] 必须是隶属度，即 0 到 1 之间的数（1 表示属于该集合，0 "
     "表示不属于），现为 str '1'：请写 1，不加引号的数字"),
    ("calibrate-codes-list",
     _YAML.format("list") + "spec['SURV']：codes 必须把原始列的每个标签对应到它的隶属度，例如 codes: {是: 1, 否: 0}（Python "
     "中写作 {'是': 1, '否': 0}），现为 ['是', '否']"),
    ("calibrate-codes-out-of-range",
     _YAML.format("out_of_range") + "spec['SURV']：codes['是'] 必须是隶属度，即 0 到 1 之间的数（1 表示属于该集合，0 表示"
     "不属于），现为 int 100；是百分数吗？请写 1"),
    ("calibrate-frame-codes-label-twice", "spec['Y']：codes 把标签 '1' 写了两次；每个标签只写一次"),
], **_ID)
def test_a_calibration_files_codes_refused_have_a_chinese_line(capsys, monkeypatch, bad_id, zh):
    """A yes/no column recoded by a set's codes (calibrate --spec, calibrate_frame: {codes: {'是': 1, '否': 0}}, new
    last round for a Chinese researcher's 是/否 column) was refused with no Chinese line: a label of the data the codes
    miss, codes beside thresholds, a membership quoted, a percentage or out of [0, 1], codes as a list, a label named
    twice. Each now has its line, the file and the set said first, the hints after."""
    assert engine_error_zh(QCAInputError(_catalogue_message(bad_id, capsys, monkeypatch))) == zh


def test_several_labels_missing_from_codes_are_said_as_them():
    """The labels the codes miss, five at most, are said as the engine lists them, '等' for the rest, and 'them'."""
    said = engine_error_zh(QCAInputError("labels 'a', 'b', 'c', 'd', 'e' ... not in codes (at country 'X', 'Y' ...; "
                                         "codes: '是', '否'): add them to the set's codes with a membership, or correct "
                                         "the cells"))
    assert said == ("标签 'a', 'b', 'c', 'd', 'e' 等 不在 codes 中（位于country 'X', 'Y' ...；codes：'是', '否'）：请把它们加入"
                    "该集合的 codes 并给出隶属度，或改正这些单元格")


@pytest.mark.parametrize("bad_id, zh", [
    ("calibrate-keep-yes-no",
     "--keep SURV：它的单元格是“是/否”标签（'否', '是'），原样复制为文本，而分析不接受这样的集合；要分析它，请不要保留它，而是在 "
     "tests/bad_inputs/calibrate_keep_yes_no.yaml 中重新编码：SURV: {codes: {'是': 1, '否': 0}}"),
    ("calibrate-codes-constant",
     _YAML.format("constant") + "集合 'SURV'：每个案例都高于 0.5（原始列 'SURV' 只有 '是'，codes 为 '是': 1, '否': 0）：该集合在"
     "类别上没有变化（另一侧没有案例），任何分析都无法使用；请检查该列和 codes"),
], **_ID)
def test_a_calibration_files_codes_warned_have_a_chinese_line(capsys, monkeypatch, bad_id, zh):
    """The calibrate command's warnings of a set's codes (--keep of a yes/no column to recode instead; codes that put
    every case on one side of 0.5) had no Chinese line."""
    assert engine_warning_zh(_catalogue_message(bad_id, capsys, monkeypatch, kind="warning")) == zh
