"""tools/participants_branch.py (`make participants-branch`): a branch for a workshop's participants, the last
commit without the solutions notebooks, tests and CI, links to the solutions turned into text, and nothing else
changed; the working tree, index and checked-out branch untouched; bad requests refused in one error line."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TOOL = ROOT / "tools" / "participants_branch.py"
IDENTITY = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
            "GIT_COMMITTER_EMAIL": "t@example.org"}


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True,
                          env={**os.environ, **IDENTITY}).stdout


def tool(repo: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(TOOL), *args], cwd=repo, capture_output=True, text=True,
                          env={**os.environ, **IDENTITY})


@pytest.fixture(scope="module")
def repo(tmp_path_factory) -> Path:
    """A clone of the repository's last commit, as a teacher has it."""
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout (an unpacked archive): the tool writes a git branch")
    path = tmp_path_factory.mktemp("teacher") / "repo"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(path)], check=True)
    return path


def test_the_branch_is_the_last_commit_without_the_answers(repo):
    head = git(repo, "rev-parse", "HEAD")
    proc = tool(repo, "--solutions-release", "on the course page on Friday")
    assert proc.returncode == 0, proc.stderr
    assert git(repo, "rev-parse", "HEAD") == head and not git(repo, "status", "--porcelain")  # nothing else touched
    files = set(git(repo, "ls-tree", "-r", "--name-only", "participants").split("\n")) - {""}
    full = set(git(repo, "ls-tree", "-r", "--name-only", "HEAD").split("\n")) - {""}
    assert not [f for f in files if f.endswith("_solutions.ipynb") or f.startswith(("tests/", ".ci/"))]
    assert files == {f for f in full if not (f.endswith("_solutions.ipynb") or f.startswith(("tests/", ".ci/")))}
    changed = set(git(repo, "diff", "--name-only", "HEAD", "participants", "--diff-filter=M").split())
    linked = {f for f in files if f.endswith((".md", ".ipynb"))
              and "_solutions.ipynb" in (repo / f).read_text(encoding="utf-8")}
    assert changed == linked | {"README.md"}, changed ^ (linked | {"README.md"})  # nothing else changed
    for f in changed:
        text = git(repo, "show", f"participants:{f}")
        assert "_solutions.ipynb)" not in text, f   # no link left to a notebook the branch lacks
    nb = git(repo, "show", "participants:notebooks/workshop/qca_workshop.ipynb")
    assert "they will be released on the course page on Friday" in nb and "qca_workshop_solutions" not in nb
    assert git(repo, "show", "participants:README.md").startswith("> **Participants' edition of the QCA workshop**")


def test_the_branch_history_holds_participants_trees_only(repo):
    first = git(repo, "rev-parse", "participants").strip()
    assert tool(repo).returncode == 0
    second = git(repo, "rev-parse", "participants").strip()
    assert git(repo, "rev-list", "--parents", "-n", "1", second).split()[1:] == [first]   # a fast-forward
    assert subprocess.run(["git", "merge-base", "--is-ancestor", "HEAD", second], cwd=repo).returncode == 1


def test_make_knows_the_branch_has_no_solutions_notebook(repo, tmp_path):
    tool(repo)
    work = tmp_path / "participants"
    git(repo, "worktree", "add", "-q", str(work), "participants")
    proc = subprocess.run(["make", "-n", "all"], cwd=work, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "tools/run_notebook.py workshop/qca_workshop " in proc.stdout   # the participants' notebook runs
    assert "qca_workshop_solutions" not in proc.stdout + proc.stderr


@pytest.mark.parametrize("args, checkout, says", [
    (["--branch", "a..b"], None, "git check-ref-format"),
    ([], "participants", "branch 'participants' is checked out in "),
    (["--branch", "again"], "--detach participants", "HEAD holds no *_solutions.ipynb"),
])
def test_bad_requests_are_one_error_line(repo, tmp_path, args, checkout, says):
    tool(repo)
    where = repo
    if checkout:
        where = tmp_path / "w"
        git(repo, "worktree", "add", "-q", "-f", *(["--detach"] if checkout.startswith("--") else []), str(where),
            "participants")
        where = where if checkout.startswith("--") else repo  # the branch checked out elsewhere is refused too
    proc = tool(where, *args)
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: ") and says in proc.stderr and proc.stderr.count("\n") == 1, proc.stderr


def test_make_test_on_the_branch_is_one_error_line(repo, tmp_path):
    """The branch has no tests/, and README's note says `make test` belongs to the full repository; yet a participant
    typing `make test` there got the test tools synced, tools/install_browser.sh (apt-get Chromium, with sudo on a
    laptop) and then pytest's 'file or directory not found: tests'. Now it stops before anything is installed, in
    one error line; make test and make test-explore alike."""
    tool(repo)
    work = tmp_path / "participants"
    git(repo, "worktree", "add", "-q", "--detach", str(work), "participants")   # the branch may be out elsewhere
    for target in ("test", "test-explore"):
        dry = subprocess.run(["make", "-n", target], cwd=work, capture_output=True, text=True)
        assert "install_browser" not in dry.stdout and "pytest" not in dry.stdout and "uv" not in dry.stdout, dry.stdout
        proc = subprocess.run(["make", target], cwd=work, capture_output=True, text=True)
        assert proc.returncode == 2
        lines = proc.stderr.splitlines()   # the error, then make's own 'make: *** [Makefile:...] Error 2'
        assert lines[0].startswith("error: no tests/") and [ln for ln in lines if "error:" in ln] == lines[:1], lines
        assert "make test belongs to the full repository" in proc.stderr


def _help_targets(where: Path) -> tuple[list[str], str]:
    out = subprocess.run(["make", "help"], cwd=where, capture_output=True, text=True, check=True).stdout
    return re.findall(r"^make (\S+) ", out, flags=re.M), out


def test_make_help_on_the_branch_lists_only_what_works_there(repo, tmp_path):
    """`make help` on the branch offered `make test` and `make test-explore` (one error line there: no tests/) and
    `make participants-branch` (refused there: no solutions notebook to leave out), read from the Makefile's text
    whatever the copy holds. The branch's help now lists every other target of the full repository's help and not
    those three, and says where make test belongs."""
    tool(repo)
    work = tmp_path / "participants"
    git(repo, "worktree", "add", "-q", "--detach", str(work), "participants")
    gone = ["test", "test-explore", "participants-branch"]
    full, _ = _help_targets(repo)
    assert set(gone) <= set(full) and "book-participants" in full, full
    here, text = _help_targets(work)
    assert here == [t for t in full if t not in gone], here
    assert "make test belongs to the full repository" in text and text.count("\n") == len(here) + 3, text


def _section(readme: str, heading: str) -> str:
    start = readme.index(heading)
    return readme[start:readme.index("\n### ", start + 1)]


def test_the_branch_readme_leaves_out_the_teachers_notes(repo):
    """The branch's README (its first page on GitHub, and the participants' book's first page) kept 'What each
    exercise teaches', the teacher's notes that answer exercise 3 (which known solution each expectation gives, and
    why: 10 of the 12 easy on the fuzzy data) and exercise 4 (raising incl_cut turns a row negative and changes the
    parsimonious solution). The heading stays, with a line saying the notes are not in this edition."""
    tool(repo)
    full = _section(git(repo, "show", "HEAD:README.md"), "### What each exercise teaches")
    part = _section(git(repo, "show", "participants:README.md"), "### What each exercise teaches")
    answers = [line.strip() for line in full.splitlines()[1:] if len(line.strip()) > 30]
    assert len(answers) >= 10 and "equals the parsimonious one" in full
    assert [a for a in answers if a in part] == []
    assert "not in this edition" in part
    readme = git(repo, "show", "participants:README.md")
    assert "### Timing" in readme and "### The book" in readme   # the rest of the workshop section is kept
