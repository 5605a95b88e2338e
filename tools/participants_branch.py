"""A git branch for a workshop's participants (`make participants-branch`): the last commit without the answers.

    python tools/participants_branch.py [--branch participants] [--solutions-release TEXT] [--solutions-release-zh TEXT]

The branch holds the tree of HEAD (the last commit: uncommitted changes are not in it) without the solutions
notebooks (`*_solutions.ipynb`, the source and the executed copy) and without the tests and CI (they check the
solutions); links to a solutions notebook become text marked "(not in this edition)", and the notebook it solves
says where the solutions will be released, as in the participants' edition of the book (tools/build_book.py, whose
rules this reuses: where, in English and in Chinese); README.md starts with a note saying what this edition is, in
English and in Chinese, its teacher's notes on the exercises ('What each exercise teaches', which answer some) are
left out, and so are the commands that do not work in this edition (`make test`, `make test-explore`: no tests;
`make participants-branch`: no solutions to leave out), its prose on the tests and CI (as the participants' book:
build_book.without_commands_not_here) and the teacher's paragraph on writing this branch. `make`, `make lab` and
`make book-participants` work on it. Push it (`git push origin participants`) and hand out its Binder link
(https://mybinder.org/v2/gh/OWNER/REPO/participants?labpath=notebooks/workshop/qca_workshop.ipynb).

Only the branch is written: the working tree, the index and the branch checked out are not touched. The branch's
history holds participants' trees only (each commit's parent is the branch's previous commit, never a commit of
the full repository; in a clone without the branch, origin's branch of that name), so it is pushed as a
fast-forward and its history never holds the solutions; a branch of that
name whose history holds them (a branch of the full repository) is refused, not written on. That is a
convenience, not secrecy: anyone who can read the full repository can read the solutions.
"""
from __future__ import annotations

import argparse
import copy
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_book import (NOT_FOR_PARTICIPANTS, SOLUTIONS_SUFFIX, add_release_options, is_solutions,  # noqa: E402
                        participants_notebook, release_where, with_edition_paragraph,
                        without_commands_not_here, without_solution_links, without_teacher_notes,
                        without_test_mentions)

DEFAULT_BRANCH = "participants"
LEFT_OUT = ("tests/", ".ci/")  # they test the solutions: the full repository runs them
NOT_HERE = NOT_FOR_PARTICIPANTS  # make targets that do not work in this edition (build_book.py)


class BranchError(Exception):
    """The branch cannot be written: the message says why."""


def readme_note(release: str | None, release_zh: str | None = None) -> str:
    """The note README.md starts with in this edition: what it is, where the solutions will be released
    (build_book.release_where) and which commands work, in English and then in Chinese."""
    where, where_zh = release_where(release, release_zh)
    return ("> **Participants' edition of the QCA workshop** (参与者版). This branch is the compendium without the "
            f"workshop's solutions; {where}. It has no tests (they check the "
            "solutions): `make`, `make lab` and `make book-participants` work, `make test` belongs to the full "
            "repository.\n>\n"
            "> **QCA 工作坊参与者版。** 本分支是不含工作坊参考答案笔记本的项目；参考答案不在本版中，"
            f"{where_zh}。本分支不含测试（测试核对的是参考答案）：`make`、`make lab` 和 `make book-participants` "
            "可以使用，`make test` 属于完整仓库。\n\n")


def branch_readme(readme: str, release: str | None, release_zh: str | None = None) -> str:
    """README's body as this edition holds it: the commands that work here (build_book.without_commands_not_here, as
    the participants' book lists them), and the teacher's paragraph on writing this branch ('**Without the
    solutions.**', `make participants-branch ...`) replaced by what this edition is, in English and in Chinese."""
    return with_edition_paragraph(without_commands_not_here(readme), release, release_zh,
                                  ("the tests and CI are left out, and so are the solutions",
                                   "不含测试和 CI，也不含参考答案"))


def _git(root: Path, *args: str, env: dict | None = None, data: bytes | None = None) -> str:
    proc = subprocess.run(["git", *args], cwd=root, input=data, capture_output=True,
                          env={**os.environ, **(env or {})})
    if proc.returncode:  # git's last line says why ('fatal: unable to auto-detect email address ...')
        lines = [ln for ln in proc.stderr.decode(errors="replace").splitlines() if ln.strip()]
        raise BranchError(f"git {args[0]}: {lines[-1].strip() if lines else f'exit status {proc.returncode}'}")
    return proc.stdout.decode()


def left_out(path: str) -> bool:
    """A file the participants' edition does not hold: a solutions notebook, the tests, CI."""
    return is_solutions(path) or path.startswith(LEFT_OUT)


def rewritten(path: str) -> bool:
    """A file whose text may link to or name a solutions notebook (`participants_file`); any other is kept as is."""
    return path.endswith((".ipynb", ".md"))


def participants_file(path: str, data: bytes, paths: set[str], release: str | None,
                      release_zh: str | None = None) -> bytes:
    """A notebook or markdown file (`rewritten`) as the participants' edition holds it: its bytes, unchanged
    unless it links to or names a solutions notebook."""
    if path.endswith(".ipynb"):
        own = path[:-len(".ipynb")] + SOLUTIONS_SUFFIX
        before = json.loads(data)
        nb = participants_notebook(copy.deepcopy(before), Path(own).name if own in paths else None, release,
                                   release_zh)
        if nb == before:
            return data
        for cell in nb.get("cells", []):  # sources as lists of lines, as the runner and Jupyter write them
            if isinstance(cell.get("source"), str):
                cell["source"] = cell["source"].splitlines(keepends=True)
        return (json.dumps(nb, indent=1, ensure_ascii=False) + "\n").encode()
    text = without_solution_links(data.decode("utf-8"))
    if path == "README.md":
        text = readme_note(release, release_zh) + branch_readme(without_teacher_notes(text), release, release_zh)
    return without_test_mentions(text).encode("utf-8")   # the tests it names: not in this edition


def write_branch(root: Path, branch: str = DEFAULT_BRANCH, release: str | None = None,
                 release_zh: str | None = None) -> str:
    """Write the participants' branch from HEAD; return its new commit."""
    _git(root, "check-ref-format", "--branch", branch)
    worktree = None  # a worktree with the branch checked out: moving it would leave its files behind
    for block in _git(root, "worktree", "list", "--porcelain").split("\n\n"):
        fields = dict(line.split(" ", 1) for line in block.splitlines() if " " in line)
        if fields.get("branch") == f"refs/heads/{branch}":
            worktree = fields.get("worktree")
    if worktree:
        where = "here" if Path(worktree).resolve() == root.resolve() else f"in {worktree}"
        raise BranchError(f"branch {branch!r} is checked out {where}: switch that worktree to another branch first "
                          "(or name another branch: --branch, make participants-branch PARTICIPANTS_BRANCH=...)")
    head = _git(root, "rev-parse", "--verify", "HEAD^{commit}").strip()
    entries = [line.split("\t", 1) for line in _git(root, "ls-tree", "-r", "-z", "--full-tree", "HEAD").split("\0")
               if line]
    paths = {p for _, p in entries}
    if not any(is_solutions(p) for p in paths):
        raise BranchError("HEAD holds no *_solutions.ipynb: nothing to leave out (is this already a participants' "
                          "branch?)")
    with tempfile.TemporaryDirectory() as tmp:
        env = {"GIT_INDEX_FILE": str(Path(tmp) / "index")}
        _git(root, "read-tree", "HEAD", env=env)
        removed, replaced = [], []   # given to git at once: one update-index per file took seconds (234 tests)
        for meta, path in entries:
            mode, kind, sha = meta.split()
            if left_out(path):
                removed.append(path)
                continue
            if kind != "blob" or not rewritten(path):  # kept as they are, never read (figures, data)
                continue
            data = subprocess.run(["git", "cat-file", "blob", sha], cwd=root, capture_output=True, check=True).stdout
            new = participants_file(path, data, paths, release, release_zh)
            if new != data:
                blob = _git(root, "hash-object", "-w", "--stdin", data=new).strip()
                replaced.append(f"{mode} {blob}\t{path}")
        if removed:
            _git(root, "update-index", "--force-remove", "-z", "--stdin", env=env,
                 data="".join(f"{path}\0" for path in removed).encode())
        if replaced:
            _git(root, "update-index", "-z", "--index-info", env=env,
                 data="".join(f"{line}\0" for line in replaced).encode())
        tree = _git(root, "write-tree", env=env).strip()
    def tip(ref: str) -> str:
        return subprocess.run(["git", "rev-parse", "-q", "--verify", f"{ref}^{{commit}}"], cwd=root,
                              capture_output=True, text=True).stdout.strip()

    local = tip(f"refs/heads/{branch}")
    # none here (a fresh clone): the branch pushed before, so that pushing this one is a fast-forward again
    previous = local or tip(f"refs/remotes/origin/{branch}")
    if previous:   # the new commit goes on top of it: its history must hold participants' trees only
        held = _git(root, "log", "-1", "--format=%h", previous, "--", f":(glob)**/*{SOLUTIONS_SUFFIX}").strip()
        if held:
            where, delete = (("", f"git branch -D {branch}") if local else
                             (" on origin", f"git push origin --delete {branch}"))
            raise BranchError(f"branch {branch!r}{where} exists and is not a participants' edition: its history holds "
                              f"the solutions (commit {held} has a *{SOLUTIONS_SUFFIX}), and the edition written on "
                              "top of it would carry them to whoever gets the branch; name another branch (--branch, "
                              "make participants-branch PARTICIPANTS_BRANCH=...), or, if it is yours to replace, delete "
                              f"it first: {delete}")
    parent = ["-p", previous] if previous else []
    message = f"Participants' edition of {head[:12]}: without the solutions notebooks, tests and CI\n"
    commit = _git(root, "commit-tree", tree, *parent, data=message.encode()).strip()
    _git(root, "update-ref", f"refs/heads/{branch}", commit, *([local] if local else []))
    return commit


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--branch", default=DEFAULT_BRANCH, help=f"branch to write (default {DEFAULT_BRANCH!r})")
    add_release_options(parser)
    args = parser.parse_args(argv)
    root = Path.cwd()
    try:
        root = Path(_git(root, "rev-parse", "--show-toplevel").strip())
        commit = write_branch(root, args.branch, args.solutions_release, args.solutions_release_zh)
    except BranchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    dirty = _git(root, "status", "--porcelain", "--untracked-files=no").strip()
    print(f"==> branch {args.branch} at {commit[:12]}: the last commit without the solutions, tests and CI"
          + (" (uncommitted changes here are not in it)" if dirty else ""))
    if bool((args.solutions_release or "").strip()) != bool((args.solutions_release_zh or "").strip()):
        given, other = (("SOLUTIONS_RELEASE", "SOLUTIONS_RELEASE_ZH") if (args.solutions_release or "").strip() else
                        ("SOLUTIONS_RELEASE_ZH", "SOLUTIONS_RELEASE"))
        print(f"    note: {given} alone is quoted as written in the other language's line; {other}=... says it "
              "in that language too")
    print(f"    push it: git push origin {args.branch}; Binder: "
          f"https://mybinder.org/v2/gh/OWNER/REPO/{args.branch}?labpath=notebooks/workshop/qca_workshop.ipynb")
    return 0


if __name__ == "__main__":
    sys.exit(main())
