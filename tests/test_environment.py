"""One source of truth for dependencies: pyproject.toml's groups, resolved into uv.lock; environment.yml is
generated from the lock (tools/environment_yml.py) and must not drift from it."""
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

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


def test_a_python_without_ensurepip_is_told_the_package_to_install(tmp_path):
    """Debian's and Ubuntu's python3.11 without the python3.11-venv package (a fresh machine's usual state): python
    -m venv .uv printed venv's nine lines ("The virtual environment was not created successfully because ensurepip
    is not available ...") and left a .uv/ without pip. One error line names the package; .uv/ is removed."""
    python = tmp_path / "bin" / "python3.11"   # a stand-in whose venv fails as Debian's does
    python.parent.mkdir()
    python.write_text('#!/bin/sh\nif [ "$1" = -m ] && [ "$2" = venv ]; then mkdir -p "$3/bin"; printf "%s\\n" '
                      '"The virtual environment was not created successfully because ensurepip is not" "available." '
                      '"" "    apt install python3.11-venv"; exit 1; fi\n'
                      'case "$2" in *ensurepip*) exit 1;; esac\nexit 0\n', encoding="utf-8")
    python.chmod(0o755)
    run = subprocess.run(["make", "-s", "-f", str(ROOT / "Makefile"), f"PYTHON={python}", ".uv/bin/uv"],
                         cwd=tmp_path, capture_output=True, text=True)
    said = [line for line in run.stderr.splitlines() if "*** " not in line and not line.startswith("cksum:")]
    assert run.returncode == 2 and len(said) == 1, run.stderr
    assert said[0].startswith(f"error: '{python}' has no ensurepip: ") and "apt install python3.11-venv" in said[0]
    assert "The virtual environment" not in run.stdout + run.stderr and not (tmp_path / ".uv").exists()


@pytest.mark.parametrize("folder_name", ["py dir 工作", "o'brien", 'py "dq" dir', "it's \"both\""])
def test_a_python_whose_path_has_a_space_or_a_quote_is_used(folder_name, tmp_path):
    """The interpreter make finds (python3.11 on PATH) or is given (make PYTHON=...) was unquoted in the recipes: one
    whose path has a space (a home such as '/home/Jane Doe/.pyenv/...') stopped the first `make` with "error: Python
    >= 3.11 not found as '/home/Jane Doe/...'", though it was there, and would have split the uv sync's --python.
    With a quote in its path (a home such as /home/o'brien/): the recipes wrote it between single
    quotes, so a single quote ended them: make stopped before anything ran with "a notebook's parameter given as a
    make variable" (its check of make variables runs PYTHON), and a double quote broke the bootstrap's error line
    (bash: unexpected EOF). Quoted for the shell (PYTHON_SH), it is used as given; one that is not there gets one
    error line."""
    import shlex

    folder = tmp_path / folder_name
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
                          "env", "lock"], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    uv_calls = [shlex.split(x) for x in out.stdout.splitlines() if f"{tmp_path}/uv " in x]
    assert len(uv_calls) == 2, out.stdout
    for words in uv_calls:
        assert words[words.index("--python") + 1] == str(python), words
    # one not there: one line, in the checkout too (where make's check of the make variables ran it first and
    # stopped make saying "a notebook's parameter given as a make variable")
    missing = folder / "python3.99"
    for where, goal in ((tmp_path, ".uv/bin/uv"), (ROOT, "env")):
        run = subprocess.run(["make", "-n" if where == ROOT else "-s", "-f", str(ROOT / "Makefile"),
                              f"PYTHON={missing}", goal], cwd=where, capture_output=True, text=True)
        said = [line for line in run.stderr.splitlines() if "*** " not in line and not line.startswith("cksum:")]
        assert run.returncode == 2 and len(said) == 1, run.stderr   # (cksum's lines: make run outside a checkout)
        assert said[0].startswith("error: Python >= 3.11 not found as "), run.stderr
        assert shlex.split(said[0].split(" not found as ", 1)[1].split(";")[0]) == [str(missing)], run.stderr



def test_a_uv_that_is_not_the_pinned_one_is_out_of_date(tmp_path):
    """make took any file at .uv/bin/uv for the uv it installs: one half-written by pip when make and pip were
    killed outright crashed every later sync ("Segmentation fault") while `make -q` said up to date, and a raised
    UV_VERSION left a checkout on its older uv. A uv that does not answer its version as UV_VERSION is out of date
    (stand-ins in a copy of the Makefile), and is installed again with --force-reinstall (pip took the half-written
    one for installed)."""
    import re
    import shutil

    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    pinned = re.search(r"^UV_VERSION := (\S+)$", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M).group(1)
    uv = tmp_path / ".uv" / "bin" / "uv"
    uv.parent.mkdir(parents=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAKE")}

    def question(*extra: str) -> subprocess.CompletedProcess:
        return subprocess.run(["make", "-q", *extra, ".uv/bin/uv"], cwd=tmp_path, env=env, capture_output=True,
                              text=True, timeout=60)

    def stand_in(content: bytes) -> None:
        uv.write_bytes(content)
        uv.chmod(0o755)

    stand_in(f"#!/bin/sh\necho 'uv {pinned} (x86_64-unknown-linux-gnu)'\n".encode())
    assert question().returncode == 0, question().stderr
    assert question(f"UV_VERSION={pinned}.1").returncode == 1           # the Makefile asks for another uv
    stand_in(b"#!/bin/sh\necho 'uv 0.0.1 (x86_64-unknown-linux-gnu)'\n")
    assert question().returncode == 1
    stand_in(b"\x7fELF\x02\x01\x01" + bytes(57))                    # half-written: the binary's first bytes
    half = question()
    assert half.returncode == 1 and "Segmentation" not in half.stderr and "exec format" not in half.stderr, half.stderr
    plan = subprocess.run(["make", "-n", ".uv/bin/uv"], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=60).stdout
    assert f'--force-reinstall "uv=={pinned}"' in plan, plan

FAKE_UV = '''
import os, sys
# uv's own rule (uv cache dir): UV_CACHE_DIR, else $XDG_CACHE_HOME/uv (an absolute one), else ~/.cache/uv
xdg = os.environ.get("XDG_CACHE_HOME", "")
cache = os.environ.get("UV_CACHE_DIR") or os.path.join(
    xdg if os.path.isabs(xdg) else os.path.join(os.path.expanduser("~"), ".cache"), "uv")
if sys.argv[1:3] == ["cache", "dir"]:
    print(cache)
    sys.exit(0)
with open(os.environ["FAKE_UV_LOG"], "a") as log:
    log.write(repr(os.environ.get("UV_CACHE_DIR")) + "\\n")
p = cache
while not os.path.lexists(p):
    p = os.path.dirname(p)
if not (os.path.isdir(p) and os.access(p, os.W_OK)):  # what uv cannot do: create its cache
    print(f"error: Failed to initialize cache at `{cache}`", file=sys.stderr)
    sys.exit(2)
'''


@pytest.mark.parametrize("home", ["writable", "unwritable", "unwritable, UV_CACHE_DIR set"])
def test_a_home_that_cannot_hold_uvs_cache_falls_back_to_the_projects(tmp_path, home):
    """A fresh machine whose home cannot be written (HOME=/dev/null, a read-only home on a cluster node) stopped the
    first `make` at its first step with uv's "error: Failed to initialize cache at `/dev/null/.cache/uv`": only a
    user who knew of UV_CACHE_DIR got further. uv's cache is then the project's own .uv/cache (git-ignored), with a
    note; a home that can hold it keeps uv's shared cache (UV_CACHE_DIR left unset), and a UV_CACHE_DIR the user
    set is theirs. A stand-in uv that fails as uv does: nothing is downloaded."""
    uv, log = tmp_path / "uv", tmp_path / "uv.log"
    uv.write_text(f"#!{sys.executable}\n{FAKE_UV}", encoding="utf-8")
    uv.chmod(0o755)
    env = {k: v for k, v in os.environ.items()
           if k not in ("UV_CACHE_DIR", "XDG_CACHE_HOME", "MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    env.update(FAKE_UV_LOG=str(log), HOME=str(tmp_path / "home") if home == "writable" else os.devnull)
    if home.endswith("set"):
        env["UV_CACHE_DIR"] = str(tmp_path / "mine")
    (tmp_path / "home").mkdir()
    run = subprocess.run(["make", f"UV={uv}", f"ENV_RUN={tmp_path}/synced", "env"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    expected = {"writable": None, "unwritable": str(ROOT / ".uv" / "cache"),
                "unwritable, UV_CACHE_DIR set": str(tmp_path / "mine")}[home]
    assert log.read_text().splitlines() == [repr(expected)]
    notes = [line for line in run.stderr.splitlines() if "cache" in line]
    if home == "unwritable":
        assert notes == [f"note: uv's cache {os.devnull}/.cache/uv cannot be created or written; using the "
                         f"project's .uv/cache (set UV_CACHE_DIR to choose another)"], run.stderr
    else:
        assert notes == [], run.stderr


@pytest.mark.skipif(not (ROOT / ".uv" / "bin" / "uv").exists(), reason="needs the project's uv (make env)")
@pytest.mark.parametrize("xdg", [None, "", "relative", "/abs/cache"])
def test_the_stand_in_uv_finds_its_cache_as_uv_does(tmp_path, xdg):
    """The stand-in above answers `uv cache dir` by uv's rule, checked here against the project's pinned uv."""
    env = {k: v for k, v in os.environ.items() if k not in ("UV_CACHE_DIR", "XDG_CACHE_HOME")}
    env["HOME"] = str(tmp_path)
    if xdg is not None:
        env["XDG_CACHE_HOME"] = xdg
    fake = tmp_path / "fake_uv.py"
    fake.write_text(FAKE_UV, encoding="utf-8")
    answers = [subprocess.run(cmd + ["cache", "dir"], env=env, capture_output=True, text=True, check=True).stdout
               for cmd in ([str(ROOT / ".uv" / "bin" / "uv")], [sys.executable, str(fake)])]
    assert answers[0] == answers[1]


def test_environment_yml_pins_what_the_lock_installs_for_its_python():
    """The conda route (environment.yml) and the uv route (.venv, synced exactly from uv.lock) agree on every package
    they share: each pin is the version installed here, read independently of tools/environment_yml.py's choice
    among the lock's per-Python forks (numpy 2.4 for Python 3.11, 2.5 from 3.12). Checked where .venv's Python is the
    one environment.yml names; a package of a group `make` does not install (jupyterlab: make lab) is left out."""
    from importlib.metadata import PackageNotFoundError, version

    pins = dict(line.strip()[2:].split("=", 1) for line in (ROOT / "environment.yml").read_text(encoding="utf-8")
                .splitlines() if line.startswith("  - ") and "=" in line and not line.strip().startswith("- --"))
    if pins.pop("python") != f"{sys.version_info.major}.{sys.version_info.minor}":
        pytest.skip("environment.yml names another Python than this environment's")
    checked = 0
    for name, pinned in pins.items():
        try:
            installed = version(name)
        except PackageNotFoundError:
            continue
        assert installed == pinned, f"{name}: environment.yml pins {pinned}, uv.lock installed {installed}"
        checked += 1
    assert checked >= 15, pins


def _environment_yml_tool():
    import importlib.util

    spec = importlib.util.spec_from_file_location("environment_yml_tool", ROOT / "tools" / "environment_yml.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_environment_yml_is_written_all_or_nothing(tmp_path, monkeypatch):
    """`make lock` stopped or failing (a full disk) while it wrote environment.yml left it half-written: it is now
    written to a temporary file and renamed into place (analysis/qca/atomic.py). A write that fails at the rename
    leaves the old file as it was, and no temporary file."""
    import errno
    import shutil

    tool = _environment_yml_tool()
    for name in ("pyproject.toml", "uv.lock"):
        shutil.copy(ROOT / name, tmp_path / name)
    (tmp_path / "environment.yml").write_text("the last one\n", encoding="utf-8")
    monkeypatch.setattr(tool, "ROOT", tmp_path)

    def full_disk(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OSError):
        tool.main([])
    assert (tmp_path / "environment.yml").read_text(encoding="utf-8") == "the last one\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["environment.yml", "pyproject.toml", "uv.lock"]
    monkeypatch.undo()
    monkeypatch.setattr(tool, "ROOT", tmp_path)
    assert tool.main([]) == 0
    assert (tmp_path / "environment.yml").read_text(encoding="utf-8") == (ROOT / "environment.yml").read_text(
        encoding="utf-8")


def test_environment_yml_takes_the_python_3_11_fork_whatever_form_its_markers_have():
    """A package the lock forks by Python version: the pin is the fork whose markers hold for Python 3.11, however
    the markers are written (listed 3.13-first, '<=', 'and' with a platform, a 3.11.5 patch split, no '< 3.12' text
    at all); matching the text "< '3.12'" picked the wrong fork or the first one listed."""
    tool = _environment_yml_tool()

    def fork(name, version, *markers):
        return {"name": name, "version": version, "resolution-markers": list(markers)}

    lock = {"package": [
        fork("a", "3.0", "python_full_version >= '3.13'"),
        fork("a", "1.0", "python_full_version < '3.12'"),
        fork("a", "2.0", "python_full_version == '3.12.*'"),
        fork("b", "2.0", "python_full_version >= '3.12'"),
        fork("b", "1.0", "python_full_version <= '3.11.99'"),
        fork("c", "1.0", "python_full_version >= '3.11' and python_full_version < '3.13' and sys_platform == 'linux'"),
        fork("c", "9.0", "python_full_version < '3.12' and sys_platform == 'win32'"),
        fork("c", "3.0", "python_full_version >= '3.13'"),
        fork("d", "0.9", "python_full_version < '3.11.5'"),
        fork("d", "1.0", "python_full_version >= '3.11.5' and python_full_version < '3.12'"),
        fork("d", "0.5", "python_full_version >= '3.12'"),
        fork("e", "1.0", "python_version == '3.11'"),
        fork("e", "0.1", "python_version < '3.11'"),
        fork("e", "2.0", "python_version > '3.11'"),
        {"name": "f", "version": "4.2"},
    ]}
    assert tool.locked_versions(lock) == {"a": "1.0", "b": "1.0", "c": "1.0", "d": "1.0", "e": "1.0", "f": "4.2"}


def test_environment_yml_names_a_package_no_fork_of_which_fits():
    tool = _environment_yml_tool()
    lock = {"package": [{"name": "g", "version": "1", "resolution-markers": ["python_full_version >= '3.12'"]},
                        {"name": "g", "version": "2", "resolution-markers": ["python_full_version >= '3.13'"]}]}
    with pytest.raises(SystemExit, match="uv.lock lists g 2 times .* none hold"):
        tool.locked_versions(lock)


def test_packaging_which_environment_yml_reads_markers_with_is_in_the_locked_run_group():
    """tools/environment_yml.py evaluates markers with packaging: it must be what `make` installs (the run group,
    through the package's dependencies), not a library that happens to be on this machine."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    lock = {p["name"]: p for p in tomllib.loads((ROOT / "uv.lock").read_text(encoding="utf-8"))["package"]}
    tool = _environment_yml_tool()
    todo = [*tool.direct_requirements(pyproject)["package"], *tool.direct_requirements(pyproject)["run"]]
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name in seen or name not in lock:
            continue
        seen.add(name)
        todo += [d["name"] for d in lock[name].get("dependencies", [])]
    assert "packaging" in seen


@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="needs the git checkout")
def test_a_clone_with_autocrlf_checks_out_the_committed_bytes(tmp_path):
    """A clone made with core.autocrlf=true (Git for Windows' default; some users set it everywhere) wrote every text
    file with CRLF: the notebooks, raw data and scripts were not the committed bytes, and after `make` (which writes
    LF, byte for byte the committed outputs) git status listed 83 outputs as modified, so a reproduction checked with
    git status, as this README says to, looked failed. .gitattributes now fixes LF for every text file: each tracked
    file, checked out with autocrlf=true, is its committed blob."""
    listed = subprocess.run(["git", "ls-files", "-s", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    blobs = {}
    for entry in listed.split(b"\0"):
        if entry:
            meta, path = entry.split(b"\t", 1)
            mode, blob, _stage = meta.split()
            if mode != b"120000":    # a symbolic link is no file
                blobs[path.decode()] = blob.decode()
    prefix = f"{tmp_path}/"
    subprocess.run(["git", "-c", "core.autocrlf=true", "checkout-index", f"--prefix={prefix}", "--stdin", "-z"],
                   cwd=ROOT, input="\0".join(blobs).encode(), check=True, capture_output=True)
    hashed = subprocess.run(["git", "hash-object", "--no-filters", "--stdin-paths"], cwd=ROOT, check=True,
                            input="\n".join(prefix + p for p in blobs).encode(), capture_output=True).stdout.split()
    changed = [p for (p, blob), got in zip(blobs.items(), hashed) if got.decode() != blob]
    assert not changed, f"{len(changed)} files checked out with other bytes than committed, e.g. {changed[:5]}"
