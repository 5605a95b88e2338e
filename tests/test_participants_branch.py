"""tools/participants_branch.py (`make participants-branch`): a branch for a workshop's participants, the last
commit without the solutions notebooks, tests and CI, links to the solutions turned into text, and nothing else
changed; the working tree, index and checked-out branch untouched; bad requests refused in one error line."""
from __future__ import annotations

import json
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
pytestmark = pytest.mark.usefixtures("make_finds_python_once")   # tests/conftest.py


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
    _what_make_deps_read(path)
    return path


def _what_make_deps_read(checkout: Path) -> None:
    """What tools/make_deps.py read of each source in the project (build/module-facts.json, make_deps --cache), for a
    copy's build/: it is kept under the SHA-256 of each source and of make_deps.py, so a source the copy holds as the
    project does is not parsed again by its first make (the whole scan, some 1.3 s of CPU of a first make's 1.8 s),
    and one it holds otherwise (the participants' notebook) is. build/ is no part of the branch (.gitignore)."""
    facts = ROOT / "build" / "module-facts.json"
    if facts.is_file():
        (checkout / "build").mkdir(exist_ok=True)
        (checkout / "build" / facts.name).write_bytes(facts.read_bytes())


def test_the_branch_is_the_last_commit_without_the_answers(repo):
    head = git(repo, "rev-parse", "HEAD")
    proc = tool(repo, "--solutions-release", "on the course page on Friday")
    assert proc.returncode == 0, proc.stderr
    assert "note: SOLUTIONS_RELEASE alone is quoted as written in the other language's line; SOLUTIONS_RELEASE_ZH=" \
           in proc.stdout, proc.stdout   # the Chinese line quotes the English: the teacher is told how to say it
    assert git(repo, "rev-parse", "HEAD") == head and not git(repo, "status", "--porcelain")  # nothing else touched
    files = set(git(repo, "ls-tree", "-r", "--name-only", "participants").split("\n")) - {""}
    full = set(git(repo, "ls-tree", "-r", "--name-only", "HEAD").split("\n")) - {""}
    assert not [f for f in files if f.endswith("_solutions.ipynb") or f.startswith(("tests/", ".ci/"))]
    assert files == {f for f in full if not (f.endswith("_solutions.ipynb") or f.startswith(("tests/", ".ci/")))}
    changed = set(git(repo, "diff", "--name-only", "HEAD", "participants", "--diff-filter=M").split())
    linked = {f for f in files if f.endswith((".md", ".ipynb"))
              and "_solutions.ipynb" in (repo / f).read_text(encoding="utf-8")}
    named = {f for f in files if f.endswith((".md", ".ipynb")) and _names_tests(repo / f)}   # marked: not there
    # docs/layout.md: its tests/ entry and what the tests check, left out (build_book.TESTS_IN_PASSING)
    expected = linked | named | {"README.md", "docs/layout.md"}
    assert changed == expected, changed ^ expected  # nothing else
    assert "tests/" not in git(repo, "show", "participants:docs/layout.md").split("```")[1]
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


@pytest.fixture(scope="module")
def branch_copy(repo, tmp_path_factory) -> Path:
    """A copy of the participants' branch as a participant has it (a worktree of `repo` at the branch the tool made),
    for the tests that only run make in it: they each made the branch and a worktree of their own, and each copy's
    first make worked out the notebooks' prerequisites again (tools/make_deps.py, every module parsed: some 1.8 s of
    CPU), make -n each time (a dry run keeps no answer). Detached: the branch may be checked out elsewhere."""
    assert tool(repo).returncode == 0
    work = tmp_path_factory.mktemp("participants") / "participants"
    git(repo, "worktree", "add", "-q", "--detach", str(work), "participants")
    _what_make_deps_read(work)
    return work


def test_make_knows_the_branch_has_no_solutions_notebook(branch_copy):
    work = branch_copy
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


def test_make_test_on_the_branch_is_one_error_line(branch_copy):
    """The branch has no tests/, and README's note says `make test` belongs to the full repository; yet a participant
    typing `make test` there got the test tools synced, tools/install_browser.sh (apt-get Chromium, with sudo on a
    laptop) and then pytest's 'file or directory not found: tests'. Now it stops before anything is installed, in
    one error line; make test and make test-explore alike. So does `make participants-branch` there (no solutions
    notebook to leave out), which synced the environment before the tool refused. (Each goal run, then dry-run: the
    run keeps make's answer of the notebooks' prerequisites for the dry run, which works it out again otherwise.)"""
    work = branch_copy
    for target, says in [("test", "error: no tests/"), ("test-explore", "error: no tests/"),
                         ("participants-branch", "error: no *_solutions.ipynb in this copy")]:
        proc = subprocess.run(["make", target], cwd=work, capture_output=True, text=True)
        dry = subprocess.run(["make", "-n", target], cwd=work, capture_output=True, text=True)
        assert "install_browser" not in dry.stdout and "pytest" not in dry.stdout and "uv" not in dry.stdout, dry.stdout
        assert "participants_branch.py" not in dry.stdout, dry.stdout
        assert proc.returncode == 2
        lines = proc.stderr.splitlines()   # the error, then make's own 'make: *** [Makefile:...] Error 2'
        assert lines[0].startswith(says) and [ln for ln in lines if "error:" in ln] == lines[:1], lines
        assert f"make {target.split('-')[0]}" in lines[0] and "belongs to the full repository" in lines[0], lines


def _help_targets(where: Path) -> tuple[list[str], str]:
    out = subprocess.run(["make", "help"], cwd=where, capture_output=True, text=True, check=True).stdout
    # every description starts in one column ('make participants-branch' ran into its text, one space apart)
    starts = {len(m.group(1)) for m in re.finditer(r"^((?:make(?: \S+)?|Parameters:) +)\S", out, flags=re.M)}
    assert len(starts) == 1, out
    return re.findall(r"^make (\S+) ", out, flags=re.M), out


def test_make_help_on_the_branch_lists_only_what_works_there(repo, branch_copy):
    """`make help` on the branch offered `make test` and `make test-explore` (one error line there: no tests/) and
    `make participants-branch` (refused there: no solutions notebook to leave out), read from the Makefile's text
    whatever the copy holds. The branch's help now lists every other target of the full repository's help and not
    those three, and says where make test belongs."""
    work = branch_copy
    gone = ["test", "test-explore", "participants-branch"]
    full, _ = _help_targets(repo)
    assert set(gone) <= set(full) and "book-participants" in full, full
    here, text = _help_targets(work)
    assert here == [t for t in full if t not in gone], here
    listed = _listed_commands(git(repo, "show", "participants:README.md"))   # what the branch's README lists
    assert set(listed) - {""} <= set(here), set(listed) - set(here)
    assert "make test belongs to the full repository" in text and text.count("\n") == len(here) + 3, text
    assert "(names: 00_method_validation " in text and "workshop/qca_workshop)" in text, text   # no ' )' left


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
    assert "### Running it" in readme and "### The book" in readme   # the rest of the workshop section is kept
    assert "## Timing" in git(repo, "show", "participants:docs/workshop.md")   # and its page (README's Timing before)


def _participants_readme(release=None, release_zh=None) -> str:
    """README.md as the branch holds it (the tool's rewriting, called in-process: no branch needed)."""
    sys.path.insert(0, str(ROOT / "tools"))
    import participants_branch as pb

    paths = {"notebooks/workshop/qca_workshop_solutions.ipynb"}
    return pb.participants_file("README.md", (ROOT / "README.md").read_bytes(), paths, release, release_zh).decode()


def _names_tests(path: Path) -> bool:
    """Whether a markdown file (a notebook: its markdown cells) names a test in backticks outside a table's rows."""
    sys.path.insert(0, str(ROOT / "tools"))
    import build_book as bb

    text = path.read_text(encoding="utf-8")
    if path.suffix == ".ipynb":
        text = "\n".join("".join(c["source"]) for c in json.loads(text)["cells"] if c["cell_type"] == "markdown")
    return any(bb.TEST_RUN.search(line) for line in text.splitlines() if not line.lstrip().startswith("|"))


def _unmarked_tests(text: str) -> list[str]:
    """The tests a participants' text names (in backticks, outside a table's rows) without the mark saying they are
    not in that edition."""
    import build_book as bb

    return [m.group(0) for line in text.splitlines() if not line.lstrip().startswith("|")
            for m in bb.TEST_RUN.finditer(line)
            if not line[m.end():].startswith((f" ({bb.TEST_MARK})", f", {bb.TEST_MARK})"))]


def test_the_participants_editions_mark_the_tests_they_name(book_readme):
    """The participants' branch has no tests/ (they check the solutions), but its README, notebook 00, data/README.md,
    docs/ and the participants' book cited `tests/test_qca_r_parity.py`, `test_qca_protocol.py::...` and the like as
    where a claim is proven: a participant looked for files that are not there. Each test named is now marked '(full
    repository only)' in both editions (a table's rows, docs/bad-inputs.md's fixture files, are left: the text above
    the table says it once); the full README is unchanged. The engine's guide and the workshop's page (README's
    engine and workshop sections before: most of the tests it named) are marked as the README is."""
    sys.path.insert(0, str(ROOT / "tools"))
    import build_book as bb
    import participants_branch as pb

    full = (ROOT / "README.md").read_text(encoding="utf-8")
    runs = [m for line in full.splitlines() if not line.lstrip().startswith("|") for m in bb.TEST_RUN.finditer(line)]
    assert len(_unmarked_tests(full)) == len(runs) >= 3   # none marked in the full README
    for text in (_participants_readme(), book_readme):
        assert _unmarked_tests(text) == [] and text.count(bb.TEST_MARK) >= len(runs), _unmarked_tests(text)
    for rel in ("notebooks/00_method_validation.ipynb", "docs/bad-inputs.md", "data/README.md",
                "docs/engine-guide.md", "docs/workshop.md"):
        before = (ROOT / rel).read_bytes()
        after = pb.participants_file(rel, before, set(), None).decode("utf-8")
        assert _unmarked_tests(before.decode("utf-8")) and _unmarked_tests(after) == [], rel
        assert bb.TEST_MARK in after
    nb = json.loads(pb.participants_file("notebooks/00_method_validation.ipynb",
                                         (ROOT / "notebooks" / "00_method_validation.ipynb").read_bytes(), set(), None))
    said = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    assert "`tests/test_qca_diagnostics.py` (full repository only)" in said


def _listed_commands(readme: str) -> list[str]:
    """The make targets README lists as commands: its command table's rows and its code blocks' lines."""
    table = re.findall(r"^\| `make ?([a-z-]*)`", readme, flags=re.M)
    blocks = re.findall(r"^```bash\n(.*?)^```", readme, flags=re.M | re.S)
    return table + [m for b in blocks for m in re.findall(r"^make ?([a-z-]*)\b", b, flags=re.M)]


def test_the_branch_readme_lists_only_commands_that_work_there():
    """The branch's README kept the full repository's command table and 'Two commands' (`make test`: no tests/ on
    the branch, one error line; `make participants-branch`: nothing to leave out there) and the teacher's paragraph
    telling how to write the branch (`make participants-branch SOLUTIONS_RELEASE=...`). It now lists the full
    README's commands but those three (the branch's `make help` offers the others: checked in
    test_make_help_on_the_branch_lists_only_what_works_there), `make lab` is its second command, and the paragraph
    says what this edition is."""
    readme = _participants_readme("on the course page after the session")
    listed = _listed_commands(readme)
    assert "" in listed and "lab" in listed[listed.index("", 1):], listed   # the two commands: make, make lab
    full = _listed_commands((ROOT / "README.md").read_text(encoding="utf-8"))
    assert set(full) - set(listed) == {"test", "test-explore", "participants-branch"}, listed
    assert "make participants-branch" not in readme
    said = readme[readme.index("**Without the solutions.**"):].split("\n\n", 1)[0]
    assert "participants' edition" in said and "on the course page after the session" in said and "参与者版" in said


@pytest.fixture(scope="module")
def book_readme(tmp_path_factory) -> str:
    """README.md as the participants' book stages it (tools/build_book.py, in-process: nothing built)."""
    sys.path.insert(0, str(ROOT / "tools"))
    import build_book as bb

    src = tmp_path_factory.mktemp("pbook") / "src"
    bb.stage(ROOT, src, "participants")
    return (src / "README.md").read_text(encoding="utf-8")


def test_the_participants_book_lists_the_commands_of_the_branch(book_readme):
    """`make book-participants` is built from the full repository, where `make test` and `make participants-branch`
    work, and its README kept them in the command table and 'Two commands', though the book is shown to
    participants, whose branch has neither (the branch's README already dropped them). The book now lists the same
    commands as the branch's README: the full README's but those three, `make lab` its second command."""
    listed = _listed_commands(book_readme)
    assert listed == _listed_commands(_participants_readme()), listed
    full = _listed_commands((ROOT / "README.md").read_text(encoding="utf-8"))
    assert set(full) - set(listed) == {"test", "test-explore", "participants-branch"}, listed
    assert "" in listed and "lab" in listed[listed.index("", 1):], listed


def _tests_and_ci_prose(readme: str) -> list[str]:
    """The lines of README (below a participants' note) that speak of `make test`, CI or what tests check."""
    body = readme[readme.index("\n# "):] if readme.startswith("> **Participants'") else readme
    return [line for line in body.splitlines()
            if re.search(r"make test|\.ci/|\bCI runs|^tests/|a test fails|checked by nbval|in the suite|the tests, the "
                         r"book|test goals|functions, tested|notebook 00, tests|bad_input_table", line)]


def test_the_participants_readme_says_nothing_of_the_tests_and_ci(book_readme):
    """The branch's README (and the participants' book) still said "`make test` adds the `book` group", "CI runs
    exactly `make test` (see `.ci/run`)", what `make test` needs from outside Python (a browser, with sudo), that
    "`make test` still passes on your data", and listed `.ci/run` and `tests/` in the layout, though neither the
    tests nor CI are in the branch. Both editions now say what holds there (`make report` and `make
    book-participants` add the book group); the full README is unchanged. Nor do they say in passing what the tests
    check: the layout's executed copies "(committed; checked by nbval)", the package "(pure functions, tested)",
    method_validation.py "(notebook 00, tests)", fuzz_api.py's "a small run is in the suite", make's "goals given with
    `clean`, `verify`, the tests, the book or `bench`" and "the test goals (nbval reruns the notebooks)" were left in
    both editions. Nor do they list tools/bad_input_table.py in the layout: it writes docs/bad-inputs.md from the
    tests' catalogue (tests/bad_inputs/), and on the branch, without tests/, it failed."""
    full = _tests_and_ci_prose((ROOT / "README.md").read_text(encoding="utf-8"))
    assert len(full) >= 6, full   # the full README says all that: the rules below must find it
    assert _tests_and_ci_prose(_participants_readme()) == [], _tests_and_ci_prose(_participants_readme())
    assert _tests_and_ci_prose(book_readme) == [], _tests_and_ci_prose(book_readme)
    assert "`make report` and `make book-participants` add the `book` group" in book_readme


def test_the_participants_engine_guide_says_nothing_of_make_test():
    """README's engine section said that `make test` does not run Ray's backend, and the participants' editions said
    it without `make test` (TESTS_PROSE, a rule for the README only). The section is now the engine's guide,
    docs/engine-guide.md: both editions say it there without `make test` (build_book.TESTS_IN_PASSING, applied by
    without_test_mentions to every page); the full page is unchanged."""
    sys.path.insert(0, str(ROOT / "tools"))
    import build_book as bb
    import participants_branch as pb

    full = (ROOT / "docs" / "engine-guide.md").read_text(encoding="utf-8")
    assert "`make test` does not run it" in " ".join(full.split())   # the rule must find its text
    branch = pb.participants_file("docs/engine-guide.md", full.encode("utf-8"), set(), None).decode("utf-8")
    for text in (branch, bb.participants_text(full)):
        assert "make test" not in text and "; Ray is not in the lock. Ray 2.60.0 installs" in " ".join(text.split())


@pytest.mark.parametrize("release, release_zh, says, says_zh", [
    (None, None, "they will be released by your teacher after the session", "课后由老师发布"),
    ("on the course page after the session", "课后在课程网页上发布",
     "they will be released on the course page after the session", "课后在课程网页上发布"),
    ("on the course page after the session", None,   # the English alone: quoted, never the default's 'by your teacher'
     "they will be released on the course page after the session", "发布时间和地点：on the course page after the session"),
    (None, "课后在课程网页上发布", "the time and place of their release: 课后在课程网页上发布", "课后在课程网页上发布"),
], ids=["defaults", "both", "english-alone", "chinese-alone"])
def test_where_the_solutions_will_be_released_is_said_in_chinese_too(release, release_zh, says, says_zh):
    """SOLUTIONS_RELEASE was said in English only: the participants' notebook's Chinese half said only '将另行发布'
    (to be released separately), the README's note had no Chinese at all. Both now say where in both languages:
    SOLUTIONS_RELEASE_ZH (--solutions-release-zh) in Chinese, the English text quoted when it is given alone."""
    sys.path.insert(0, str(ROOT / "tools"))
    import build_book as bb

    note = bb.release_note(release, release_zh)
    english, chinese = note.split(" 参考答案", 1)
    assert says in english and not re.search(r"[\u4e00-\u9fff]", english.replace(says, "")), note
    assert says_zh in chinese and "本版" in chinese, note
    readme = _participants_readme(release, release_zh)
    head = readme[:readme.index("\n# ")]
    assert says in head and says_zh in head and "参与者版" in head and "make test" in head.split("**QCA 工作坊")[1]
    nb = json.loads(participants_file_of_notebook(release, release_zh))
    assert note in "".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")


def participants_file_of_notebook(release, release_zh) -> bytes:
    sys.path.insert(0, str(ROOT / "tools"))
    import participants_branch as pb

    rel = "notebooks/workshop/qca_workshop.ipynb"
    return pb.participants_file(rel, (ROOT / rel).read_bytes(), {rel.replace(".ipynb", "_solutions.ipynb")},
                                release, release_zh)


def test_the_workshops_opening_says_the_solutions_and_the_settings_in_chinese_too():
    """The workshop's opening cell said 'Solutions: `qca_workshop_solutions.ipynb`.' and 'The next cell holds the
    workshop settings ...' in English alone. Both have their Chinese now; the participants' edition replaces the
    sentence on the solutions with its Chinese (one release note in both languages), leaving no mention of the
    solutions notebook."""
    sys.path.insert(0, str(ROOT / "tools"))
    import build_book as bb

    def opening(nb):
        return "".join(nb["cells"][0]["source"])

    full = json.loads((ROOT / "notebooks" / "workshop" / "qca_workshop.ipynb").read_text(encoding="utf-8"))
    text = opening(full)
    assert "Solutions: `qca_workshop_solutions.ipynb`. 参考答案：`qca_workshop_solutions.ipynb`。" in text, text
    assert re.search(r"the one after it holds the workshop settings: .*Run All Cells\*\. 下一个单元格开启工作坊提示"
                     r"（[^（）]+）；再下一个单元格是工作坊设置", text), text   # the notes' cell comes first
    part = opening(json.loads(participants_file_of_notebook(None, None)))
    assert bb.release_note(None) in part and "qca_workshop_solutions" not in part and part.count("参考答案") == 1, part


def test_a_branch_of_the_full_repository_is_not_written_on(repo):
    """`make participants-branch PARTICIPANTS_BRANCH=dev`, dev being a branch of the full repository (not checked
    out), wrote the participants' edition on top of it: the teacher's branch moved, and its history, pushed to
    participants, held the solutions, though the tool promises a history of participants' trees only. Such a branch
    is now refused in one error line saying why and what to do; the branch stays where it was."""
    git(repo, "branch", "-f", "teachers-draft", "HEAD")
    tip = git(repo, "rev-parse", "teachers-draft")
    proc = tool(repo, "--branch", "teachers-draft")
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1, proc.stderr
    assert proc.stderr.startswith("error: branch 'teachers-draft' exists and is not a participants' edition: its "
                                  "history holds the solutions"), proc.stderr
    assert "git branch -D teachers-draft" in proc.stderr and "PARTICIPANTS_BRANCH=" in proc.stderr
    assert git(repo, "rev-parse", "teachers-draft") == tip
    for _ in range(2):   # a participants' edition of that name: written on, as ever
        assert tool(repo, "--branch", "edition-for-friday").returncode == 0


def test_a_fresh_clone_continues_the_branch_pushed_before(repo, tmp_path):
    """In a fresh clone (the teacher's other laptop, next term) the participants' branch exists only as
    origin/participants; the tool wrote a new branch without a parent, and `git push origin participants`, which it
    prints, was refused as not a fast-forward. It now continues origin's branch (after the same check that its
    history holds participants' trees only), so the push is a fast-forward again."""
    assert tool(repo, "--branch", "for-the-clone").returncode == 0
    pushed = git(repo, "rev-parse", "for-the-clone").strip()
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(repo), str(clone)], check=True)
    assert not git(clone, "branch", "--list", "for-the-clone").strip()   # only origin/for-the-clone
    proc = tool(clone, "--branch", "for-the-clone")
    assert proc.returncode == 0, proc.stderr
    written = git(clone, "rev-parse", "for-the-clone").strip()
    assert git(clone, "rev-list", "--parents", "-n", "1", written).split()[1:] == [pushed]   # a fast-forward
    git(clone, "branch", "-f", "draft", "HEAD")
    git(clone, "push", "-q", "origin", "draft:refs/heads/draft")   # a branch of the full repository, on origin only
    git(clone, "branch", "-D", "draft")
    git(clone, "fetch", "-q", "origin")
    proc = tool(clone, "--branch", "draft")
    assert proc.returncode == 2 and "branch 'draft' on origin exists and is not a participants' edition" in proc.stderr


def test_the_participants_book_built_on_the_branch_says_what_the_branch_says(repo, tmp_path):
    """README says `make book-participants` works on the participants' branch, and it built, but the book rewrote the
    branch's files a second time: each test the branch had marked was marked again ('`tests/test_qca_oracle.py` (full
    repository only) (full repository only)', '(`test_qca_smmr_by_hand.py` (full repository only), full repository
    only)': 38 marks on README's page where 21 tests are named), and the branch's paragraph on the edition, written with
    the teacher's SOLUTIONS_RELEASE, was written anew with the default: 'they will be released by your teacher after
    the session' under the branch's note 'on the course page after the session'. Staged on the branch, the book now
    shows the branch's text as the branch holds it."""
    sys.path.insert(0, str(ROOT / "tools"))
    import build_book as bb

    assert tool(repo, "--branch", "for-the-book", "--solutions-release", "on the course page after the session",
                "--solutions-release-zh", "课后在课程网页上发布").returncode == 0
    work = tmp_path / "branch"
    git(repo, "worktree", "add", "-q", str(work), "for-the-book")
    src = tmp_path / "src"
    bb.stage(work, src, "participants")   # make book-participants on the branch: no SOLUTIONS_RELEASE given
    branch_readme = (work / "README.md").read_text(encoding="utf-8")
    staged_readme = (src / "README.md").read_text(encoding="utf-8")
    said = staged_readme[staged_readme.index("**Without the solutions.**"):].split("\n\n", 1)[0]
    assert said in branch_readme and "on the course page after the session" in said, said
    assert "released by your teacher" not in staged_readme and "the tests and CI are left out" in said
    twice = re.compile(rf"\({bb.TEST_MARK}\)[,)]? \(?{bb.TEST_MARK}|\({bb.TEST_MARK}\), {bb.TEST_MARK}")
    pages = ["README.md", "data/README.md", "docs/r-to-engine.md", "docs/bad-inputs.md", "docs/engine-guide.md"]
    assert staged_readme.count(bb.TEST_MARK) == branch_readme.count(bb.TEST_MARK) >= 3   # 21 before the engine's
    assert (src / "docs" / "engine-guide.md").read_text(encoding="utf-8").count(bb.TEST_MARK) >= 10   # guide moved
    for rel in pages:
        text = (src / rel).read_text(encoding="utf-8")
        assert not twice.search(text), (rel, twice.search(text))
        assert (rel == "README.md" or text.count(bb.TEST_MARK)
                == (work / rel).read_text(encoding="utf-8").count(bb.TEST_MARK)), rel
    nb = json.loads((src / "notebooks" / "00_method_validation.ipynb").read_text(encoding="utf-8"))
    said = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    assert "`tests/test_qca_diagnostics.py` (full repository only)" in said and not twice.search(said)


def test_the_participants_editions_say_which_book_they_are(book_readme):
    """README's 'The book' kept, in both participants' editions, the teacher's paragraph 'That book holds the
    solutions notebook: do not hand it to participants. ... The full book is built as before.': on the participants'
    branch, whose `make report` builds a book without the solutions, that was false, and the participants' book told
    its readers it was not to be handed to them. Both editions now say what this book is instead, in English and in
    Chinese; the full README is unchanged."""
    sys.path.insert(0, str(ROOT / "tools"))
    import build_book as bb

    full = (ROOT / "README.md").read_text(encoding="utf-8")
    assert bb.TEACHERS_BOOK.search(full) and bb.TEACHERS_BOOK_NOTE not in full   # the rule finds its text
    for text in (_participants_readme("on the course page after the session"), book_readme):
        book = text[text.index("### The book"):text.index("\n## ", text.index("### The book"))]
        assert "That book holds the solutions notebook" not in book and "The full book is built as before" not in book
        assert bb.TEACHERS_BOOK_NOTE in book and "本书为参与者版" in book


#: a SOLUTIONS_RELEASE with what markdown, HTML, a notebook's maths and make would each read as their own
AWKWARD_RELEASE = (r"""on the "course" page (it's \\share\sols) at 5 *pm* <b>sharp</b> for $5 & [free](x) """
                   r"""~~or~~ _not_ {x} #1! `y`""")


def _rendered_text(markdown: str, renderer: str) -> str:
    """The text a reader sees of `markdown`: rendered to HTML (mistune, nbconvert's renderer; markdown-it, the
    CommonMark parser under the book's MyST), tags dropped, entities read."""
    import html

    if renderer == "mistune":
        import mistune
        out = mistune.create_markdown()(markdown)
    else:
        markdown_it = pytest.importorskip("markdown_it")
        out = markdown_it.MarkdownIt("commonmark").render(markdown)
    return html.unescape(re.sub(r"<[^>]+>", "", out))


@pytest.mark.parametrize("renderer", ["mistune", "markdown-it"])
def test_a_solutions_release_with_markup_comes_out_as_written(renderer):
    """SOLUTIONS_RELEASE went into the participants' notebook and README (markdown) as given: '*pm*' came out
    italic, '<b>sharp</b>' bold, '[free](x)' a link, a backslash was eaten, and in a notebook '$5 ... $' could start
    maths. Each character markup reads is escaped now (build_book.as_written): the note, the README's note of the
    participants' branch and the edition's paragraph show the text as written, in both languages."""
    sys.path.insert(0, str(ROOT / "tools"))
    import build_book as bb
    import participants_branch as pb

    for release, release_zh in [(AWKWARD_RELEASE, AWKWARD_RELEASE), (AWKWARD_RELEASE, None),
                                (None, AWKWARD_RELEASE)]:
        note = _rendered_text(bb.release_note(release, release_zh), renderer)
        english, chinese = note.split(" 参考答案", 1)
        assert english.count(AWKWARD_RELEASE) == 1 and chinese.count(AWKWARD_RELEASE) == 1, note
        assert _rendered_text(pb.readme_note(release, release_zh), renderer).count(AWKWARD_RELEASE) == 2
        paragraph = bb.with_edition_paragraph("**Without the solutions.** make participants-branch\n", release,
                                              release_zh)
        assert _rendered_text(paragraph, renderer).count(AWKWARD_RELEASE) == 2, paragraph


def test_make_passes_a_solutions_release_with_dollars_as_written(tmp_path):
    """`make book-participants SOLUTIONS_RELEASE='... $5 ...'`: make read '$5' in a command-line value as its
    variable 5 (empty) and '$(HOME)' as the home folder, so the edition said 'for  & ...'. The Makefile now passes
    the value as written to the tools, and to the `make report` it runs (the sub-make); from the environment it
    was already passed as is."""
    show = "show-release: ; @printf '%s\\n' \"$$SOLUTIONS_RELEASE\""
    value = AWKWARD_RELEASE + " $(HOME) $$6"
    for how in (["show-release"], ["-s", "sub-release"]):
        sub = "sub-release: ; @$(MAKE) -s show-release"
        run = subprocess.run(["make", "-s", "--no-print-directory", "-C", str(ROOT), f"--eval={show}",
                              f"--eval={sub}", *how, f"SOLUTIONS_RELEASE={value}"],
                             capture_output=True, text=True, encoding="utf-8", timeout=120)
        assert run.returncode == 0, run.stderr
        assert run.stdout.splitlines()[-1] == value, run.stdout


def test_the_release_options_are_defined_once_for_both_tools(capsys):
    """--solutions-release and --solutions-release-zh, their environment defaults and their help, were written out in
    tools/build_book.py and again in tools/participants_branch.py: a change of one (a default, the Chinese help)
    would leave the other behind. build_book.add_release_options now defines them for both."""
    from _scripts import load_script

    helps = []
    for script in ("tools/build_book.py", "tools/participants_branch.py"):
        with pytest.raises(SystemExit):
            load_script(script).main(["--help"])
        out = capsys.readouterr().out
        helps.append(out[out.rindex("  --solutions-release-zh TEXT"):])   # its help, after the usage line
    assert helps[0] == helps[1] and "$SOLUTIONS_RELEASE_ZH" in helps[0]
    source = (ROOT / "tools" / "participants_branch.py").read_text(encoding="utf-8")
    assert '"--solutions-release' not in source and "add_release_options(parser)" in source
