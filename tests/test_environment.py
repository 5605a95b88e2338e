"""One source of truth for dependencies: pyproject.toml's groups, resolved into uv.lock; environment.yml is
generated from the lock (tools/environment_yml.py) and must not drift from it."""
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_environment_yml_is_generated_from_the_lock():
    r = subprocess.run([sys.executable, "tools/environment_yml.py", "--check"], cwd=ROOT, capture_output=True,
                       text=True)
    assert r.returncode == 0, r.stderr


def test_required_packages_are_declared_and_locked():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    declared = " ".join(pyproject["project"]["dependencies"] + [
        d for g in pyproject["dependency-groups"].values() for d in g if isinstance(d, str)])
    locked = {p["name"] for p in tomllib.loads((ROOT / "uv.lock").read_text(encoding="utf-8"))["package"]}
    for pkg in ("jupyterlab", "papermill", "pandas", "matplotlib", "seaborn", "nbval", "pytest", "joblib"):
        assert pkg in declared, f"{pkg} is not declared in pyproject.toml"
        assert pkg in locked, f"{pkg} is not in uv.lock"


def test_installed_versions_are_the_locked_ones():
    """The running environment is the lock's (make syncs it exactly); a hand-installed upgrade fails here."""
    from importlib.metadata import version
    lock = {p["name"]: p.get("version") for p in tomllib.loads((ROOT / "uv.lock").read_text(encoding="utf-8"))["package"]}
    for pkg in ("pandas", "matplotlib", "seaborn", "papermill", "pytest", "nbval"):
        assert version(pkg) == lock[pkg], f"{pkg} {version(pkg)} installed, uv.lock has {lock[pkg]}"


def test_make_lab_starts_as_root_too():
    """Jupyter refuses to run as root without --allow-root (containers, teaching VMs run as root): `make lab` adds
    it exactly when the user is root."""
    import os

    out = subprocess.run(["make", "-n", "lab"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    line = next(x for x in out.splitlines() if "jupyter lab" in x)
    assert ("--allow-root" in line) == (os.geteuid() == 0), line


def test_uv_trusts_the_systems_certificates():
    """uv checks TLS against its own bundled roots by default, not the system's store: behind a proxy that
    re-signs TLS with a CA only the system trusts (this workplace, many company and university networks) a fresh
    user's first `make` (empty uv cache) failed with 'invalid peer certificate: UnknownIssuer', while pip and curl
    worked. Every uv call that may download (sync, lock) loads the system's store (UV_SYSTEM_CERTS)."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:  # an environment marker that does not exist: make shows the sync
        out = subprocess.run(["make", "-n", f"ENV_RUN={tmp}/synced", f"UV={tmp}/uv", "env", "lock"], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout
    uv_calls = [x for x in out.splitlines() if f"{tmp}/uv " in x and (" sync " in x or " lock " in x)]
    assert len(uv_calls) == 2, out
    for line in uv_calls:
        assert "UV_SYSTEM_CERTS=1" in line.split(f"{tmp}/uv")[0], line


def test_citation_names_the_packages_version():
    """CITATION.cff cites the version pyproject.toml declares (they drifted once: 0.1.0 against 0.2.0)."""
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    cited = [line.split(":", 1)[1].strip() for line in (ROOT / "CITATION.cff").read_text(encoding="utf-8").splitlines()
             if line.startswith("version:")]
    assert cited == [version]


def test_a_python_whose_path_has_a_space_is_used(tmp_path):
    """The interpreter make finds (python3.11 on PATH) or is given (make PYTHON=...) was unquoted in the recipes: one
    whose path has a space (a home such as '/home/Jane Doe/.pyenv/...') stopped the first `make` with "error: Python
    >= 3.11 not found as '/home/Jane Doe/...'", though it was there, and would have split the uv sync's --python."""
    import shlex

    folder = tmp_path / "py dir 工作"
    folder.mkdir()
    python = folder / "python3.11"  # a stand-in that records how it was called
    python.write_text('#!/bin/sh\nprintf "%s\\n" "$*" >> "$(dirname "$0")/calls"\n', encoding="utf-8")
    python.chmod(0o755)
    run = subprocess.run(["make", "-f", str(ROOT / "Makefile"), f"PYTHON={python}", ".uv/bin/uv"], cwd=tmp_path,
                         capture_output=True, text=True)
    assert "not found" not in run.stderr, run.stderr
    calls = (folder / "calls").read_text(encoding="utf-8").splitlines() if (folder / "calls").exists() else []
    assert calls[1:] == ["-m venv .uv"], (calls, run.stderr)
    out = subprocess.run(["make", "-n", f"PYTHON={python}", f"ENV_RUN={tmp_path}/synced", f"UV={tmp_path}/uv",
                          "env", "lock"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    uv_calls = [shlex.split(x) for x in out.splitlines() if f"{tmp_path}/uv " in x]
    assert len(uv_calls) == 2, out
    for words in uv_calls:
        assert words[words.index("--python") + 1] == str(python), words
