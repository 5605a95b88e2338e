"""What the notebook's steps and exercises' checks compute and print: a solution or none (in Chinese too),
the settings a step ran at, exercise 5's changes, tables and rows compared, step 10's counts."""
from __future__ import annotations

import re
from typing import Mapping

from analysis.qca import QCAInputError
from analysis.qca._near import did_you_mean, hints_by_name
from analysis.workshop.meanings import near_columns
from analysis.workshop.zh_hints import _hints_zh

#: Exercise 5's texts for "no parsimonious solution" (step 9's parsimonious_sets: no table, no positive row, no
#: negative row), each with what the Chinese line under it says.
NO_SOLUTION_ZH = {
    "none (no configuration holds paperA_n_cut cases)": "无（没有组态包含 paperA_n_cut 个案例）",
    "none (no sufficient configuration)": "无（没有充分组态）",
    "none (no negative row: nothing to minimise against)": "无（没有负组态，无可对照）",
}


def is_no_solution(solution) -> bool:
    """Whether exercise 5's `solution` (models as text or sets, or parsimonious_sets' 'none (...)') says there is
    none."""
    return isinstance(solution, str) and solution.startswith("none (")


def changes_solution(without, whole) -> bool:
    """Whether the parsimonious solution without a case (`without`) differs from the one with every case (`whole`),
    each as exercise 5 writes it (the same form for both). Two runs without a solution are no change, whatever says
    why (at paperA_n_cut = 2 the table has no positive row, the table without R12 no negative one: neither has a
    solution to change)."""
    return without != whole and not (is_no_solution(without) and is_no_solution(whole))


def solution_zh(solution) -> str | None:
    """The Chinese of a 'none (...)' text of exercise 5 (NO_SOLUTION_ZH), else None (a solution's models read the
    same in both languages)."""
    return NO_SOLUTION_ZH.get(solution) if isinstance(solution, str) else None


def model_lines(solution) -> list[str]:
    """A solution as exercise 5 prints it, one model a line: minimize's result (its models' expressions), its models'
    expressions joined by ' | ' or listed, or a 'none (...)' text as it is."""
    if hasattr(solution, "models"):
        return [m.expression for m in solution.models]
    if isinstance(solution, (list, tuple)) and all(isinstance(m, str) for m in solution):
        return [m.strip() for m in solution]
    text = str(solution)
    return [text] if is_no_solution(text) else [m.strip() for m in text.split("|")]


def in_order_of(values, index):
    """Exercise 1's `values` in the order of `index` (lr's countries) when they are a Series of the same countries in
    another order (lr["DEV"].sort_values(), calibrated to see the values in order): read country by country; anything
    else as it is (compared position by position)."""
    import pandas as pd

    if (isinstance(values, pd.Series) and values.index.is_unique and not values.index.equals(index)
            and sorted(map(str, values.index)) == sorted(map(str, index))):
        return values.reindex(index)
    return values


def _setting_value(value) -> str:
    """A setting's value as a message writes it: a number as %g (1.0 as 1), anything else as Python writes it."""
    return f"{value:g}" if isinstance(value, (int, float)) and not isinstance(value, bool) else repr(value)


def settings_changed(step: int, changed: Mapping[str, tuple], table: bool | None = True,
                     reader: int | None = None) -> str | None:
    """An exercise's '✗ check' (English, then Chinese on a line of its own) when a setting changed since step `step`
    built the truth table the exercise's check compares with (the settings cell run again alone): its table no longer
    follows the settings, which the participant's code reads, so a right answer would be told wrong or a wrong one
    right. `changed`: each setting the table was built with, as (its value now, the table's value); None when none
    differs. table=False: the step ran at those settings and built no table (every row a remainder); table=None: the
    step ran at those settings, some of which its table does not depend on (step 6's dir_exp: its intermediate
    solution). reader: the number of a later step that reads the step's results (step 5: step 4's table; step 7: step
    6's solutions; step 10: step 9's solution): a note that it shows nothing."""
    changed = {name: values for name, values in changed.items() if values[0] != values[1]}
    if not changed:
        return None
    now = ", ".join(f"{name} = {_setting_value(values[0])}" for name, values in changed.items())
    then = ", ".join(f"{name} = {_setting_value(values[1])}" for name, values in changed.items())
    built, built_zh = ((f"step {step} ran at {then}", f"第 {step} 步是在 {then} 下运行的") if table is None else
                       (f"step {step}'s truth table was built at {then}", f"第 {step} 步的真值表是在 {then} 下构建的")
                       if table else (f"step {step} ran at {then} and built no truth table",
                                      f"第 {step} 步是在 {then} 下运行的，没有构建真值表"))
    again, again_zh = (("runs again", "会重新运行") if table is None else ("builds its table again", "会重新构建真值表"))
    head, head_zh = ("✗ check", "检查未通过") if reader is None else ("note", "注意")
    reads, reads_zh = ((f"this exercise's check compares with {'that' if table else 'its'} table",
                        f"本练习的检查要与{'该表' if table else '该步的真值表'}比较") if reader is None else
                       (f"step {reader} reads its results, so it shows nothing until step {step} runs again",
                        f"第 {reader} 步读取的是该步的结果，因此在第 {step} 步重新运行之前这里不显示任何内容"))
    return (f"{head}: {built}, and the settings now say {now}: a setting changed since step {step} ran, and {reads}. "
            f"Select this cell, use Run → Run All Above Selected Cell (step {step} {again}), then run this cell again\n"
            f"  {head_zh}：{built_zh}，而设置现在为 {now}：第 {step} 步运行后设置改变了，而{reads_zh}。请选中本单元格，使用 "
            f"Run → Run All Above Selected Cell（第 {step} 步{again_zh}），然后再运行本单元格")


def step9_changed(built: Mapping, paperA_incl_cut, paperA_n_cut, paperA_outcome, table: bool = True,
                  reader: int | None = None) -> str | None:
    """settings_changed for step 9 (exercise 5 and step 10): `built` holds the settings step 9 ran at (step9_settings:
    paperA_incl_cut, paperA_n_cut and the outcome it analysed); the others are the settings now, paperA_outcome None
    standing for the last of Paper A's sets, as step 9 reads it."""
    from analysis.paper_a.cases import SET_NAMES

    now = {"paperA_incl_cut": paperA_incl_cut, "paperA_n_cut": paperA_n_cut,
           "paperA_outcome": paperA_outcome or SET_NAMES[-1]}
    return settings_changed(9, {name: (value, built[name]) for name, value in now.items()}, table=table, reader=reader)


def changes_keys_problem(changes, cases) -> str | None:
    """Exercise 5's '✗ check' (English, then Chinese on a line of its own) when `changes` is no dict, or has keys that
    are no case of Paper A's table (`cases`): which keys, and the case each is probably meant to be ('r01', 'R1',
    the full-width 'Ｒ01': 'R01'); None when every key is a case."""
    import unicodedata

    cases = [str(c) for c in cases]
    listed = ", ".join(cases)
    if not isinstance(changes, dict):
        return (f"✗ check: changes is a {type(changes).__name__}, not a dict: exercise 5 asks for {{case: the "
                f"parsimonious solution without that case}}, for the cases whose removal changes it (Paper A's cases: "
                f"{listed})\n"
                f"  检查未通过：changes 是 {type(changes).__name__}，不是 dict：练习 5 要求 {{案例: 删除该案例后的简约解}}，"
                f"只列出删除后会改变简约解的案例（论文 A 的案例：{listed}）")
    wrong = [key for key in changes if key not in set(cases)]
    if not wrong:
        return None
    meant = []
    for key in wrong:
        text = unicodedata.normalize("NFKC", str(key)).strip()
        near = [c for c in cases if c.casefold() == text.casefold()] or near_columns(text, cases)
        typed = re.fullmatch(r"([A-Za-z]+)(\d+)", text)
        if not near and typed:   # 'R1' for 'R01': the same letters and number
            near = [c for c in cases if (m := re.fullmatch(r"([A-Za-z]+)(\d+)", c)) and m.group(1).casefold()
                    == typed.group(1).casefold() and int(m.group(2)) == int(typed.group(2))]
        meant.append((key, f"; {did_you_mean(near[:1])}" if near and len(meant) < 3 else ""))
    keys = ", ".join(map(repr, wrong))
    said = f"the key {keys}, which is" if len(wrong) == 1 else f"the keys {keys}, which are"
    hint = hints_by_name(meant)   # the engine's one form ("; 'R1': did you mean 'R01'?"), said in Chinese as the
    hint_zh = f"；{_hints_zh(hint)}" if hint else ""   # engine's messages are
    return (f"✗ check: changes has {said} no case of Paper A's table{hint} (its cases: {listed})\n"
            f"  检查未通过：changes 的键 {keys} 不是论文 A 表中的案例{hint_zh}（表中的案例：{listed}）")


def is_solution_printout(value) -> bool:
    """Whether `value` is a solution's printout (str(solution), print's text: 'M1: ... -> Y', a model a line, and the
    fit of its terms) rather than its models' expressions: it lists at most 20 models, so it cannot be read back as
    the solution."""
    return isinstance(value, str) and re.match(r"M1: .+ <?-> \S+$", value.split("\n", 1)[0]) is not None


def expectations_text(dir_exp, conditions) -> str | None:
    """Directional expectations as exercise 3 names them, one entry per condition in order ('0,0,0,0,0'; '-' for no
    expectation), however the participant wrote them for minimize: '0, 0, 0, 0, 0', R QCA 3's literals
    '~DEV, ~URB, ~LIT, ~IND, ~STB' or 'DEV=0, URB=0, ...' all read '0,0,0,0,0'. None when minimize cannot read
    them (parse_dir_exp refuses them), or for anything but text (a key of exercise 3's dict)."""
    from analysis.qca import parse_dir_exp

    if not isinstance(dir_exp, str):
        return None
    try:
        read = parse_dir_exp(dir_exp, list(conditions), [2] * len(conditions))
    except QCAInputError:
        return None
    return ",".join("-" if values is None else ";".join(map(str, sorted(values))) for values in read.values())


def same_table(a, b) -> bool:
    """Whether truth tables `a` and `b` are the same table: the same object, or one built again from the same data
    and settings (the same outcome, conditions, cut-offs and rows): exercise 3's and 4's checks take a solution of
    truth_table(...) rebuilt in the answer's own line as one of the step's table."""
    if a is b:
        return True
    try:
        return (type(a) is type(b) and a.outcome == b.outcome and list(a.conditions) == list(b.conditions)
                and tuple(a.incl_cut) == tuple(b.incl_cut) and a.n_cut == b.n_cut and a.to_frame().equals(b.to_frame()))
    except Exception:   # not truth tables: not the same
        return False


def same_rows(a, b) -> bool:
    """Whether truth tables `a` and `b` hold the same observed configurations with the same consistency (incl),
    whatever the order of their conditions: exercise 4's check takes the fuzzy table built with the five conditions
    listed in another order (whose rows are numbered otherwise) as step 6's rows."""
    try:
        frames = [t.to_frame() for t in (a, b)]
        if sorted(a.conditions) != sorted(b.conditions):
            return False
        keyed = [f.set_index(sorted(a.conditions))["incl"].sort_index() for f in frames]
        return keyed[0].equals(keyed[1])
    except Exception:   # not truth tables: not the same rows
        return False


def case_type_counts(typology) -> str:
    """Step 10's count of the cases of each type of case_typology(solution), most first, each type named in English
    and in Chinese with the words of the XY figure's legend and the step's own text (typical / 典型, deviant coverage /
    覆盖度偏离, ...): the counts were printed with the English names alone."""
    from analysis.plots.diagnostics import _TYPE_ZH

    counts = typology["type"].value_counts()
    return "\n".join(f"{kind} / {_TYPE_ZH.get(kind, kind)}: {n}" for kind, n in counts.items())
