"""The versions README.md names as tested are the ones uv.lock pins: a list typed by hand drifts with every `make lock`
(README's 'Tested versions' paragraph and the book's tool choice, docs/book-tool-choice.md)."""
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def locked_versions() -> dict[str, set[str]]:
    """Package name (lower case, '-' for '_') -> every version uv.lock holds (more than one where it forks by Python)."""
    lock = tomllib.loads((ROOT / "uv.lock").read_text(encoding="utf-8"))
    out: dict[str, set[str]] = {}
    for package in lock["package"]:
        out.setdefault(package["name"].lower().replace("_", "-"), set()).add(package["version"])
    return out


def named_versions(text: str, names: dict[str, str]) -> dict[str, str]:
    """'pandas 3.1.1, numpy 2.4.6 ...' -> {'pandas': '3.1.1', ...} for the names given (text name -> lock name)."""
    found = {}
    for shown, package in names.items():
        m = re.search(rf"(?<![\w-]){re.escape(shown)} (\d+(?:\.\d+)+)", text)
        assert m, f"no version of {shown} named"
        found[package] = m.group(1)
    return found


def _agrees(stated: str, locked: set[str]) -> bool:
    return any(v == stated or v.startswith(stated + ".") for v in locked)


def test_readme_tested_versions_are_the_lock():
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    paragraph = readme.split("**Tested versions**", 1)[1].split("| target |", 1)[0]
    names = {n: n for n in ("pandas", "numpy", "matplotlib", "seaborn", "joblib", "numba", "papermill", "ipykernel",
                            "nbconvert", "jupyterlab", "pytest", "nbval", "hypothesis", "selenium", "dask", "pyarrow")}
    lock = locked_versions()
    for package, stated in named_versions(paragraph, names).items():
        assert _agrees(stated, lock[package]), (package, stated, sorted(lock[package]))


def test_book_tool_versions_are_the_lock():
    text = " ".join((ROOT / "docs" / "book-tool-choice.md").read_text(encoding="utf-8").split())
    section = text.split("## Dependencies", 1)[1].split("## ", 1)[0]
    names = {"resolves Sphinx": "sphinx", "MyST-NB": "myst-nb", "MyST-Parser": "myst-parser",
             "Sphinx Book Theme": "sphinx-book-theme", "the pydata-sphinx-theme": "pydata-sphinx-theme"}
    lock = locked_versions()
    for package, stated in named_versions(section, names).items():
        assert _agrees(stated, lock[package]), (package, stated, sorted(lock[package]))
