"""analysis/workshop/ is a package of modules with one job each (it was one file of 6,289 lines, four times the next
module): each module says its job in its docstring, no module imports one that imports it back (directly or through
others, at module level or inside a function), and every name the package re-exports for the notebooks and tests
(`from analysis.workshop import X`) is there."""
from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "analysis" / "workshop"


def _modules() -> dict[str, ast.Module]:
    return {p.stem: ast.parse(p.read_text(encoding="utf-8")) for p in sorted(PACKAGE.glob("*.py"))
            if p.stem != "__init__"}


def test_each_module_of_the_workshop_says_its_job_and_none_imports_one_that_imports_it_back():
    modules = _modules()
    assert len(modules) >= 10
    assert [name for name, tree in modules.items() if not ast.get_docstring(tree)] == []
    imports = {name: {node.module.removeprefix("analysis.workshop.") for node in ast.walk(tree)
                      if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("analysis.workshop.")}
               for name, tree in modules.items()}
    assert set().union(*imports.values()) <= set(modules)
    ordered: set[str] = set()
    while len(ordered) < len(imports):   # a module imports only those before it: no cycle
        ready = {name for name, needs in imports.items() if name not in ordered and needs <= ordered}
        assert ready, f"an import cycle among {sorted(set(imports) - ordered)}"
        ordered |= ready


def test_every_name_the_workshop_re_exports_is_there():
    import analysis.workshop as workshop

    assert len(workshop.__all__) == len(set(workshop.__all__)) >= 40
    assert [name for name in workshop.__all__ if not hasattr(workshop, name)] == []
    # loaded on first use: each name of __all__ is in _LAZY (and nothing else), and is its module's own object
    assert sorted(workshop._LAZY) == sorted(workshop.__all__)
    from importlib import import_module

    assert [n for n, m in workshop._LAZY.items()
            if getattr(workshop, n) is not getattr(import_module(f"analysis.workshop.{m}"), n)] == []


def test_the_errors_table_is_its_families_lists_in_order():
    """ENGINE_ERRORS_ZH was one list of 2,425 lines in zh_errors.py, its forms not grouped; each family of forms is
    now a module's list (zh_errors_*.py), and the table is those lists one after the other, each form once: a form
    added to a family's module is in the table, and zh_errors.py keeps no form of its own."""
    import importlib

    from analysis.workshop import zh_errors

    families = sorted(p.stem for p in PACKAGE.glob("zh_errors_*.py"))
    assert len(families) >= 8
    lists = {name: next(value for key, value in vars(importlib.import_module(f"analysis.workshop.{name}")).items()
                        if key.endswith("_ZH") and isinstance(value, list)) for name in families}
    table = zh_errors.ENGINE_ERRORS_ZH
    starts = sorted((table.index(forms[0]), name) for name, forms in lists.items())
    assert [form for _, name in starts for form in lists[name]] == table
