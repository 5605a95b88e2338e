"""Helpers of the workshop notebooks (notebooks/workshop/): what the engine cannot know about a class.

The engine's errors and hints are in English and name the engine's own parameters; a participant meets them through
the workshop's settings, in English and Chinese. `setting_column_error` says a setting names no column of a table,
with the engine's 'did you mean' rule (`near_names`). `explain_exercise_errors` has IPython show, under an engine error
raised in an exercise's cell, why the workshop's settings leave that exercise nothing to compute, naming the setting:
the participant's code may be right; it also has IPython show a KeyError of pandas' label lookup in a cell (lr['dev'],
a case taken for a column) as the engine's errors are shown, with `key_error_note` under it: the column meant, or what
the label is; under a NameError `name_error_note`: R's way of writing (c(...)), the name meant, or the cell above
that makes it; under a cell that does not compile `syntax_error_note` (a full-width '，', R's lr$DEV or dir.exp=);
under an engine function called without an argument it needs `type_error_note`; under an attribute an object of the
engine does not have (sol.expression) `attribute_error_note`; under a file not found (pd.read_csv("LR.csv"))
`file_not_found_note`; and after an exercise's cell that
gave a name the cells above made another value, `rebound_note` (`watch_exercise_cells`). The notebooks switch these
notes on in their first code cell, above the settings (papermill injects its parameters after the settings cell), so
that a mistake typed in the settings (lang = zh, a quote left out, full-width commas: `setting_as_written`, a line
outcome = SURV: `data_column_note`) is explained too, and again in the imports cell with the exercises' notes.
Under the engine errors the exercises meet (a bad outcome name, incl_cut out of range, an unknown condition, directional
expectations of the wrong length, include="x", ...) it adds one line in Chinese, `engine_error_zh`: by the kind of error
and its parameter, with the names and values the error gives (none for an error of another form); and under the
engine warnings a cell meets (a constant condition or outcome, a skewed set) one too, `engine_warning_zh`. The notes
of a partial answer of minimize() (a list cut at max_models, a count stopped at max_work), of configuration_chart and
of good_practice's rows (each standard's printed line, and what most rows say the analysis has) have theirs,
`engine_note_zh`, for a teacher's own data: no exercise meets a partial answer, and the notebooks show no solution's notes.
`check_cells_above`, the first lines of every code cell after the settings (an exercise's or a step's), stops a
cell run before the cells above it (alone after a restart of the kernel: Python's NameError said only "name 'lr' is
not defined") with a line in English and one in Chinese naming those cells and how to run them. The engine's own errors
are unchanged (plain Python, pytest, the command line and the other notebooks never see these notes)."""
from __future__ import annotations

#: Each public name, with its module: loaded on first use (PEP 562), as analysis/qca/__init__.py does, so that a module
#: asking for one name (analysis/paper_a/checklist.py: `from ..workshop import STANDARD_ZH`) loads its module and
#: what that imports, not the whole package, and tools/make_deps.py reads which modules a notebook reads through
#: the names it asks for: an edit of the exercises' notes no longer reruns notebook 03, which reads zh_notes only.
#: `from analysis.workshop import X` gives what it gave.
_LAZY = {
    "_value_hint_zh": "zh_values",
    "R_ONLY_ZH": "zh_r_only",
    **dict.fromkeys(("_error_message_zh", "_FILE_KINDS_ZH", "engine_error_zh", "ENGINE_ERRORS_ZH"), "zh_errors"),
    **dict.fromkeys(("benchmark_sentence_zh", "engine_note_zh", "ENGINE_NOTES_ZH", "ON_BOUND_ZH", "STANDARD_ZH",
                     "STATUS_ZH"), "zh_notes"),
    **dict.fromkeys(("engine_warning_zh", "ENGINE_WARNINGS_ZH"), "zh_warnings"),
    **dict.fromkeys(("column_of_meaning", "LIPSET_MEANINGS_ZH", "meaning_error_note", "PAPER_A_MEANINGS_ZH"),
                    "meanings"),
    **dict.fromkeys(("CellsAboveNotRun", "check_cells_above", "check_settings_set", "EXERCISE_USES", "MADE_BY"),
                    "cells_above"),
    **dict.fromkeys(("decimal_comma_pair", "setting_column_error", "setting_hint", "text_number"), "settings"),
    **dict.fromkeys(("_short_attribute_error", "attribute_error_note", "key_error_note", "name_error_note",
                     "syntax_error_note"), "python_errors"),
    **dict.fromkeys(("case_type_counts", "changes_keys_problem", "changes_solution", "expectations_text", "in_order_of",
                     "is_solution_printout", "model_lines", "same_rows", "same_table", "settings_changed",
                     "solution_zh", "step9_changed"), "steps"),
    **dict.fromkeys(("_WATCHING", "explain_exercise_errors", "rebound_note"), "exercises"),
}


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = globals()[name] = getattr(import_module(f".{module}", __name__), name)
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = ["_error_message_zh", "_FILE_KINDS_ZH", "_short_attribute_error", "_value_hint_zh", "_WATCHING",
           "attribute_error_note", "benchmark_sentence_zh", "case_type_counts", "CellsAboveNotRun",
           "changes_keys_problem", "changes_solution", "check_cells_above", "check_settings_set", "column_of_meaning",
           "decimal_comma_pair", "engine_error_zh", "ENGINE_ERRORS_ZH", "engine_note_zh", "ENGINE_NOTES_ZH",
           "engine_warning_zh", "ENGINE_WARNINGS_ZH", "EXERCISE_USES", "expectations_text", "explain_exercise_errors",
           "in_order_of", "is_solution_printout", "key_error_note", "LIPSET_MEANINGS_ZH", "MADE_BY",
           "meaning_error_note", "model_lines", "name_error_note", "ON_BOUND_ZH", "PAPER_A_MEANINGS_ZH", "R_ONLY_ZH",
           "rebound_note", "same_rows", "same_table", "setting_column_error", "setting_hint", "settings_changed",
           "solution_zh", "STANDARD_ZH", "STATUS_ZH", "step9_changed", "syntax_error_note", "text_number"]
