"""The conda/Binder spec and the pip path must pin the same versions."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _pins_from_in(name):
    pins = {}
    for line in (ROOT / "requirements" / name).read_text().splitlines():
        line = line.split("#")[0].strip()
        if not line or line.startswith("-"):
            continue
        pkg, ver = line.split("==")
        pins[pkg.strip().lower()] = ver.strip()
    return pins


def _pins_from_environment_yml():
    pins = {}
    for line in (ROOT / "environment.yml").read_text().splitlines():
        m = re.match(r"^\s*-\s*([A-Za-z0-9_.\-]+)=([0-9][^\s#]*)\s*(#.*)?$", line)
        if m and m.group(1) != "python":
            pins[m.group(1).lower()] = m.group(2)
    return pins


def _locked(name):
    locked = {}
    for line in (ROOT / "requirements" / name).read_text().splitlines():
        m = re.match(r"^([A-Za-z0-9_.\-]+)==(\S+)", line)
        if m:
            locked[m.group(1).lower()] = m.group(2)
    return locked


def test_environment_yml_pins_match_pip_requirements():
    pip_pins = {}
    for name in ("run.in", "test.in", "lab.in"):
        pip_pins.update(_pins_from_in(name))
    conda_pins = _pins_from_environment_yml()
    assert conda_pins == pip_pins


def test_lock_files_honour_the_top_level_pins():
    for src, lock in (("run.in", "run.txt"), ("test.in", "test.txt"), ("lab.in", "lab.txt")):
        locked = _locked(lock)
        for pkg, ver in _pins_from_in(src).items():
            assert locked.get(pkg) == ver, f"requirements/{lock} has {pkg}=={locked.get(pkg)}, {src} pins {ver}"


def test_required_packages_are_pinned():
    pins = {}
    for name in ("run.in", "test.in", "lab.in"):
        pins.update(_pins_from_in(name))
    for pkg in ("jupyterlab", "papermill", "pandas", "matplotlib", "seaborn", "nbval", "pytest"):
        assert pkg in pins, f"{pkg} is not pinned"
