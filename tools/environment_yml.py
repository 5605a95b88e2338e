"""Write environment.yml (conda / Binder) from uv.lock, so the two can never drift apart.

    python tools/environment_yml.py           # rewrite environment.yml
    python tools/environment_yml.py --check   # exit 1 when environment.yml is not what the lock gives

Why generated and not hand-kept: uv.lock is the one source of truth (`make` syncs .venv from it exactly).
Conda users get the direct dependencies of the package and of the run, test and lab groups, each pinned to
the version the lock resolved for Python 3.11 (the tested floor), from conda-forge; pip then installs the
package itself. Transitive pins stay conda's business: conda-forge builds differ from PyPI wheels anyway.
Where the lock forks a package by Python version, the fork taken is the one whose resolution markers hold for the
newest Python 3.11 on Linux (what conda's python=3.11 installs, what Binder runs): the markers are evaluated by the
`packaging` library (in the lock's run group, so in .venv), not matched as text.
"""
from __future__ import annotations

import argparse
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GROUPS = ("run", "test", "lab")
PYTHON = "3.11"
# The environment the lock's markers are evaluated in: conda's python=3.11 is the newest 3.11 release (any patch
# number above every 3.11.x a lock forks at), on Linux (Binder).
MARKER_ENVIRONMENT = {"python_version": PYTHON, "python_full_version": f"{PYTHON}.99", "sys_platform": "linux",
                      "platform_system": "Linux", "os_name": "posix", "platform_machine": "x86_64",
                      "implementation_name": "cpython", "platform_python_implementation": "CPython"}
# PyPI name -> conda-forge name where they differ
CONDA_NAMES: dict[str, str] = {}


def _name(requirement: str) -> str:
    return re.split(r"[\s\[<>=!~;]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def direct_requirements(pyproject: dict) -> dict[str, list[str]]:
    """{section: [package names]} for the project's dependencies and each group (include-group resolved)."""
    groups = pyproject.get("dependency-groups", {})

    def expand(group: str) -> list[str]:
        out: list[str] = []
        for item in groups[group]:
            if isinstance(item, dict):
                out += [n for n in expand(item["include-group"]) if n not in out]
            elif _name(item) not in out:
                out.append(_name(item))
        return out

    sections = {"package": [_name(r) for r in pyproject["project"]["dependencies"]]}
    seen = set(sections["package"])
    for g in GROUPS:
        names = [n for n in expand(g) if n not in seen]
        seen.update(names)
        sections[g] = names
    return sections


def locked_versions(lock: dict) -> dict[str, str]:
    """Package -> version resolved for the Python floor: of a package the lock lists more than once (forked by
    Python version), the entry one of whose resolution markers holds in MARKER_ENVIRONMENT."""
    try:
        from packaging.markers import Marker
    except ImportError:
        raise SystemExit("error: tools/environment_yml.py needs the packaging library to read uv.lock's markers; "
                         "run it with .venv/bin/python (`make env` creates it)") from None
    entries: dict[str, list[dict]] = {}
    for pkg in lock["package"]:
        if "version" in pkg:
            entries.setdefault(pkg["name"], []).append(pkg)
    out: dict[str, str] = {}
    for name, pkgs in entries.items():
        if len(pkgs) == 1:
            out[name] = pkgs[0]["version"]
            continue
        fits = [p for p in pkgs if any(Marker(m).evaluate(MARKER_ENVIRONMENT) for m in p.get("resolution-markers", []))]
        if len({p["version"] for p in fits}) != 1:
            found = ", ".join(p["version"] for p in fits) or "none"
            raise SystemExit(f"error: uv.lock lists {name} {len(pkgs)} times and the resolution markers of "
                             f"{found} hold for Python {MARKER_ENVIRONMENT['python_full_version']} on Linux; "
                             "exactly one must (run `make lock`)")
        out[name] = fits[0]["version"]
    return out


def render(pyproject: dict, lock: dict) -> str:
    versions = locked_versions(lock)
    lines = ["# GENERATED from uv.lock by tools/environment_yml.py (`make lock`); do not edit by hand.",
             "# Conda / Binder environment: the direct dependencies at the versions uv.lock resolved for",
             f"# Python {PYTHON}; tests/test_environment.py fails when this file and the lock disagree.",
             "name: yifang-ronghe-compendium", "channels:", "  - conda-forge", "  - nodefaults",
             "dependencies:", f"  - python={PYTHON}", "  - pip"]
    for section, names in direct_requirements(pyproject).items():
        if not names:
            continue
        lines.append(f"  # {section}")
        for n in names:
            if n not in versions:
                raise SystemExit(f"error: {n} is a dependency in pyproject.toml but not in uv.lock; run `make lock`")
            lines.append(f"  - {CONDA_NAMES.get(n, n)}={versions[n]}")
    lines += ["  - pip:", "      - --no-deps -e ."]
    return "\n".join(lines) + "\n"


def write_atomic(path: Path, text: str) -> None:
    """Write `text` all or nothing (analysis/qca/atomic.py's write_atomic: a temporary file, then a rename), loaded
    from its file: it needs the standard library only, and importing it as analysis.qca would load the engine. A
    `make lock` stopped or failing (a full disk) while it wrote environment.yml left it half-written."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("_atomic", Path(__file__).resolve().parents[1] / "analysis" / "qca"
                                                  / "atomic.py")
    atomic = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(atomic)
    atomic.write_atomic(path, text.encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only check; exit 1 when environment.yml is stale")
    args = ap.parse_args(argv)
    text = render(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8")), tomllib.loads((ROOT / "uv.lock").read_text(encoding="utf-8")))
    target = ROOT / "environment.yml"
    if args.check:
        if target.read_text(encoding="utf-8") != text:
            print("error: environment.yml differs from what uv.lock gives; run `make lock`", file=sys.stderr)
            return 1
        return 0
    write_atomic(target, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
