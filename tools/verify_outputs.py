"""Check that the outputs on disk are the ones the last build wrote: `make verify`.

    python tools/verify_outputs.py [--stamps build/stamps] NOTEBOOK ...

make compares dates, so it cannot see an output edited by hand after the build (a table "corrected" in a
spreadsheet, a figure touched up): `make -q` says up to date. Nor can it see a file no notebook writes any more (a
table an older run wrote, which stays in data/derived/ and looks current). Each notebook's run records the SHA-256 of
every file it wrote (build/stamps/NAME.sha256, beside the list NAME.outputs; tools/run_notebook.py), and this check
names, one line each:

  changed:  a file whose bytes differ from what its notebook wrote in the last build;
  missing:  a file the last build wrote that is gone;
  stray:    a file in data/derived/, figures/ or notebooks/executed/ that no notebook wrote in the last build;
  no record: a notebook with no record of a build in this checkout (run make);
  out of date: a notebook `make` would run again (an input edited since, other parameters asked for, a run killed
               outright whose half-written outputs are not put back yet).

While a make runs in the checkout (it holds build/stamps/.make.lock, tools/make_lock.py) the outputs are being
rewritten, and each one in flux would be named changed, missing or stray: the check cannot be made now, and that is
said instead, in one line, with an exit status of its own (3), so that a script waiting for the build can tell
"try again later" from "the outputs differ" (both were 1).

Files whose names start with a dot (a failed run's notebook kept for inspection, a killed writer's temporary copy)
are left out. Exit status 0 when every output is as the last build wrote it and there is no stray, 1 when not
(DIFFER), 2 on a bad argument, 3 when the check cannot be made now (CANNOT_CHECK_NOW: also when make, asked which
notebooks it would run again, does not answer, and no output differs). `make verify` exits 2 for
both 1 and 3 (make's own status for any failed step) and shows this status on its last line ("Error 1", "Error 3").
Standard library only, so it runs where the project environment does not (a read-only checkout).
"""
from __future__ import annotations

import argparse
import hashlib
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
OUTPUT_FOLDERS = ("data/derived", "figures", "notebooks/executed")
DIFFER = 1            # an output is not what the last build wrote, or a notebook is out of date
CANNOT_CHECK_NOW = 3  # a make is rewriting the outputs: ask again when it has ended


def sha256_of(path: Path) -> str:
    """A file's SHA-256, read in blocks (the digest sha256sum prints; tools/run_notebook.py records it)."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def recorded(stamps: Path, notebooks: list[str]) -> tuple[dict[str, tuple[str, str]], list[str]]:
    """{path: (sha256, notebook)} over the notebooks' records, and the notebooks without one (never built here, or
    built before hashes were recorded)."""
    files: dict[str, tuple[str, str]] = {}
    unrecorded: list[str] = []
    for name in notebooks:
        record = stamps / f"{name}.sha256"
        if not record.is_file():
            unrecorded.append(name)
            continue
        for line in record.read_text(encoding="utf-8").splitlines():
            digest, _, path = line.partition("  ")
            if path:
                files[path] = (digest, name)
    return files, unrecorded


def findings(root: Path, stamps: Path, notebooks: list[str]) -> tuple[list[str], int]:
    """The lines to report (sorted within each kind) and the number of outputs checked."""
    files, unrecorded = recorded(stamps, notebooks)
    out: list[str] = []
    where = stamps.relative_to(root) if stamps.is_relative_to(root) else stamps
    if unrecorded and len(unrecorded) == len(notebooks):
        return [f"no record: no build is recorded in this checkout ({where}/ holds no NAME.sha256: a fresh clone, or "
                "after make clean); run make, then make verify (git status then shows whether the committed outputs "
                "were reproduced)"], 0
    for name in unrecorded:
        out.append(f"no record: notebooks/{name}.ipynb has no record of a build in this checkout "
                   f"({where}/{name}.sha256 missing); "
                   "run make, then make verify")
    for path, (digest, name) in sorted(files.items()):
        full = root / path
        if not full.is_file():
            out.append(f"missing: {path} (written by notebooks/{name}.ipynb in the last build)")
        elif sha256_of(full) != digest:
            out.append(f"changed: {path} differs from what notebooks/{name}.ipynb wrote in the last build "
                       "(edited by hand? git diff shows the change; delete it and run make to rewrite it: its "
                       "notebook runs again)")
    if not unrecorded:  # with a notebook unrecorded, its outputs would all look stray
        present = sorted(p.relative_to(root).as_posix() for folder in OUTPUT_FOLDERS
                         for p in (root / folder).rglob("*")
                         if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts))
        for path in present:
            if path not in files:
                out.append(f"stray: {path} was written by no notebook in the last build (left by an older run or "
                           "put there by hand?); delete it if nothing needs it")
    return out, len(files)


def out_of_date(root: Path, stamps: Path) -> list[str]:
    """The notebooks `make -n all` in `root` would run with these stamps (build_book.out_of_date_notebooks, the one
    reading of make's plan; the make variables of a calling make, P_ included, come with MAKEFLAGS)."""
    from build_book import out_of_date_notebooks  # a sibling script (tools/ is on sys.path, below)

    return out_of_date_notebooks(root, stamps, (f"STAMPS={stamps}",), strict=True)


def _shown(path: Path, root: Path) -> str:
    """`path` relative to the project `root` where it lies inside it."""
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)


def why_out_of_date(stamps: Path, name: str, root: Path = ROOT) -> str:
    """Why make would run notebook `name` again, where the records say: its stamp taken away by the runner run by hand
    (tools/run_notebook.py NAME, which says so as it ends) while its outputs' record stays. Verify gave every notebook
    make would rerun the same three causes, none of them that one, after README's own example of a run by hand."""
    if (stamps / f"{name}.outputs").exists() and not (stamps / f"{name}.done").exists() and \
            not (stamps / Path(name).parent / f".{name.replace('/', '__')}.rollback").exists():
        return ("run by hand since make's last run of it, tools/run_notebook.py, which took its stamp "
                f"{_shown(stamps / f'{name}.done', root)} away, or the stamp was deleted: make runs it again with make's "
                "parameters")
    given = last_parameters(stamps, name)
    if given:
        return (f"its last run was given {given}, not the defaults: make runs it again on the defaults (or the P_ "
                "values given to make), and its outputs are that run's until then")
    edited = edited_inputs(stamps, name, root)
    if edited:
        return (f"changed since its run: {', '.join(edited)} (other bytes than {_shown(stamps.parent / 'params' / 'src', root)}"
                f"/{name}.sums records, or dated after its stamp): make runs it again on them")
    return ("an input changed since its run, other parameters are asked for, or its last run was killed before it "
            "could put back what it wrote")


def edited_inputs(stamps: Path, name: str, root: Path = ROOT, shown: int = 5) -> list[str]:
    """The files notebook `name` reads (its notebook, the runner, the lock, the analysis/ modules it imports, its raw
    and reference data: the Makefile's list with their checksums, build/params/src/NAME.sums, `cksum`'s 'CRC SIZE
    PATH' a line) that changed since its run: their checksum is not the one recorded (a copy keeping an older date
    too, as make sees it), they are dated after its stamp, or they are gone. make reruns it for them, and `make
    verify` said only 'an input changed since its run' (after an edit of analysis/io.py, for every notebook, without
    naming it). At most `shown`, then how many more; [] without a stamp or a list (the causes are then guessed as
    before). The checksums come from the system's cksum (POSIX, as the Makefile's); without it, dates alone."""
    import shutil
    import subprocess

    stamp = stamps / f"{name}.done"
    sums = stamps.parent / "params" / "src" / f"{name}.sums"
    if not stamp.is_file() or not sums.is_file():
        return []
    ran = stamp.stat().st_mtime_ns
    recorded = {}
    for line in sums.read_text(encoding="utf-8").splitlines():
        parts = line.split(" ", 2)
        if len(parts) == 3:
            recorded[parts[2]] = f"{parts[0]} {parts[1]}"
    present = [p for p in recorded if (root / p).is_file()]
    now = {}
    if present and shutil.which("cksum"):
        done = subprocess.run(["cksum", "--", *present], cwd=root, capture_output=True, text=True, encoding="utf-8",
                              errors="replace", check=False)
        if done.returncode == 0:
            for line in done.stdout.splitlines():
                parts = line.split(" ", 2)
                if len(parts) == 3:
                    now[parts[2]] = f"{parts[0]} {parts[1]}"
    edited = []
    for path, sum_then in recorded.items():
        if path not in present:
            edited.append(f"{path} (gone)")
        elif (path in now and now[path] != sum_then) or (root / path).stat().st_mtime_ns > ran:
            edited.append(path)
    if len(edited) > shown:
        edited = edited[:shown] + [f"{len(edited) - shown} more"]
    return edited


def last_parameters(stamps: Path, name: str) -> str:
    """The parameters the notebook's last recorded run was given (build/stamps/NAME.params, one `-p KEY VALUE` a line,
    written by tools/run_notebook.py, whose parameters_path names it), as one line; '' for the defaults or no record."""
    record = stamps / f"{name}.params"
    if not record.is_file():
        return ""
    return " ".join(line for line in record.read_text(encoding="utf-8").splitlines() if line)


def problems(n: int) -> str:
    """'1 problem', '4 problems': a count in the number it takes (the engine's errors.counted, which this tool, run by
    plain Python where analysis/ cannot be imported, does not use)."""
    return f"{n} problem{'' if n == 1 else 's'}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("notebooks", nargs="+", help="the notebooks of the build (the Makefile's NOTEBOOKS)")
    ap.add_argument("--stamps", default=str(ROOT / "build" / "stamps"), help="the build's records (build/stamps)")
    ap.add_argument("--root", default=str(ROOT), help=argparse.SUPPRESS)  # the tests' stand-in project
    ap.add_argument("--no-make", action="store_true", help="do not ask make which notebooks are out of date")
    args = ap.parse_args(argv)
    root = Path(args.root)
    stamps = Path(args.stamps)
    if not stamps.is_absolute():
        stamps = root / stamps
    from make_lock import other_make  # a sibling script, standard library only

    # (not the make running this check, make all verify: its notebooks have run by now)
    running = other_make(stamps / ".make.lock")
    if running:   # its outputs are being rewritten: each would be called changed, missing or stray meanwhile
        who = f" (process {running})" if running is not True else ""
        print(f"verify: cannot check now: a make{who} is running in this checkout and rewriting the outputs; run make "
              f"verify when it has ended (exit status {CANNOT_CHECK_NOW}, not {DIFFER}: no output was compared)",
              file=sys.stderr)
        return CANNOT_CHECK_NOW
    lines, checked = findings(root, stamps, args.notebooks)
    if not args.no_make and checked:
        from build_book import MakeUnanswered

        try:
            stale = out_of_date(root, stamps)
        except MakeUnanswered as err:   # the outputs were compared; whether a notebook is out of date is not known
            for line in lines:
                print(line)
            status = DIFFER if lines else CANNOT_CHECK_NOW   # named outputs differ whatever make would say
            print(f"verify: cannot check now which notebooks make would run again ({err}); the outputs were "
                  f"compared: {problems(len(lines))} above; run make verify again (exit status {status})",
                  file=sys.stderr)
            return status
        lines += [f"out of date: notebooks/{name}.ipynb would be run again by make ({why_out_of_date(stamps, name, root)}); "
                  "run make" for name in stale]
    for line in lines:
        print(line)
    if lines:
        print(f"verify: {problems(len(lines))} above; the outputs are not (all) what the last build wrote",
              file=sys.stderr)
        return DIFFER
    print(f"verify: all {checked} outputs of the last build are as it wrote them; no stray file in "
          f"{', '.join(f + '/' for f in OUTPUT_FOLDERS)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
