"""Sweeps as joblib tasks: identical results in the same order with one process, two threads and a
dask.distributed local cluster (joblib.parallel_config(backend='dask')); and the power column."""
from __future__ import annotations

import sys
import warnings

import joblib
import pandas as pd
import pytest

from analysis.qca.protocol import robustness_protocol, threshold_range
from analysis.qca.robustness import case_removal, sensitivity_incl_cut
from setmethods_reference import dataset

CONDS = ["DEV", "URB", "LIT", "IND", "STB"]
TESTS = [{"label": "TS1", "incl_cut": 0.7}, {"label": "TS2", "n_cut": 2},
         {"label": "without FI", "drop_cases": ["FI"]}]


def _runs(n_jobs=None):
    lf = dataset("LF")
    return (sensitivity_incl_cut(lf, "SURV", CONDS, cuts=[0.7, 0.75, 0.8, 0.85], incl_cut=0.8,
                                 case_column="case", include="?", n_jobs=n_jobs),
            robustness_protocol(lf, "SURV", CONDS, TESTS, incl_cut=0.8, case_column="case",
                                n_jobs=n_jobs).to_dict(),
            threshold_range(lf, "SURV", CONDS, "incl_cut", 0.02, 3, incl_cut=0.8, case_column="case", n_jobs=n_jobs))


@pytest.fixture(scope="module")
def serial():
    return _runs(1)


def _same(a, b):
    pd.testing.assert_frame_equal(a[0], b[0])
    assert a[1] == b[1]
    pd.testing.assert_frame_equal(a[2], b[2])


def test_two_threads_identical(serial):
    with joblib.parallel_config(backend="threading"):
        _same(serial, _runs(2))


def test_dask_local_cluster_identical(serial, dask_client):
    with joblib.parallel_config(backend="dask"):
        _same(serial, _runs())


def test_power_column(serial):
    sweep = serial[0]
    assert list(sweep.columns[:11]) == ["setting", "incl_cut", "solution", "held_fixed", "n_positive_rows",
                                        "n_models", "models", "inclS", "PRI", "covS", "same_as_baseline"]
    assert sweep.set_index("setting").loc["incl_cut=0.8", "truth_table_changed"] == False  # noqa: E712
    assert sweep["truth_table_changed"].any()
    removal = case_removal(dataset("LF"), "SURV", CONDS, case_column="case", incl_cut=0.8, include="?")
    # dropping a case always changes some row's n, but only some drops change a row's OUT (TruthTable.signature)
    assert removal["truth_table_changed"].any() and not removal["truth_table_changed"].all()


def test_analytic_power_equals_rerunning():
    """truth_table_power (no re-analysis) agrees with the sweeps' truth_table_changed (re-analysis)."""
    from analysis.qca import truth_table
    from analysis.qca.protocol import truth_table_power
    from analysis.qca.robustness import sensitivity_n_cut

    lf = dataset("LF")
    cuts = [0.7, 0.75, 0.79, 0.8, 0.81, 0.85, 0.9, 1.0]
    tt = truth_table(lf, "SURV", CONDS, incl_cut=0.8, case_column="case")
    power = truth_table_power(tt, "incl_cut", cuts)
    sweep = sensitivity_incl_cut(lf, "SURV", CONDS, cuts=cuts, incl_cut=0.8, case_column="case", include="?")
    assert list(power["changes_truth_table"]) == list(sweep["truth_table_changed"])
    assert power["changes_truth_table"].any() and not power["changes_truth_table"].all()
    n_power = truth_table_power(tt, "n_cut", [1, 2, 3])
    n_sweep = sensitivity_n_cut(lf, "SURV", CONDS, cuts=[1, 2, 3], incl_cut=0.8, case_column="case", include="?")
    assert list(n_power["changes_truth_table"]) == list(n_sweep["truth_table_changed"])


def _ec_refused_data(k: int = 19) -> tuple[pd.DataFrame, list[str]]:
    """One positive case with every condition absent, and one case per condition: at incl_cut 0.5 the easy
    counterfactuals of the intermediate solution span more than minimize's default ec_limit."""
    cols = [f"C{i:02d}" for i in range(1, k + 1)]
    rows = [dict(case="P1", **{c: 0 for c in cols}, Y=1.0)]
    for j, c in enumerate(cols):
        rows.append(dict(case=f"N{j + 1}", **{cc: int(cc == c) for cc in cols}, Y=0.0 if j == 0 else 0.6))
    return pd.DataFrame(rows).set_index("case"), cols


def test_a_setting_refused_by_a_budget_is_recorded_and_the_sweep_goes_on():
    """A refusal (QCAComplexityError) in one setting ended the whole sweep without naming the setting; now it is
    that setting's error, said to be a refusal, and the other settings keep their results."""
    from analysis.qca.robustness import sensitivity_incl_cut

    df, cols = _ec_refused_data()
    res = sensitivity_incl_cut(df, "Y", cols, cuts=[1.0, 0.5], include="?", dir_exp=",".join(["1"] * len(cols)))
    assert res["error"].iloc[0] == "" and res["n_models"].iloc[0] >= 1
    assert res["error"].iloc[1].startswith("refused by the engine's default search budgets: ")


def test_warnings_of_worker_processes_reach_the_caller():
    """With worker processes (loky) each setting's warnings went to the workers' stderr: now every task's
    warnings are given again by the caller, in task order, as with one worker."""
    from analysis.qca import QCAWarning
    from analysis.qca.robustness import sensitivity_incl_cut

    df = pd.DataFrame({"A": [0.5, 1, 0, 1, 0, 1], "B": [1, 0, 1, 1, 0, 0], "Y": [1, 1, 0, 1, 0, 0]},
                      index=list("abcdef"))
    counts = {}
    for n_jobs in (1, 2):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            sensitivity_incl_cut(df, "Y", ["A", "B"], cuts=[0.8, 1.0], include="?", n_jobs=n_jobs)
        counts[n_jobs] = [str(w.message) for w in caught if issubclass(w.category, QCAWarning)]
    assert counts[1] and counts[2] == counts[1]


def test_a_failing_summarize_callback_names_its_setting():
    from analysis.qca import QCAInputError
    from analysis.qca.robustness import sensitivity_incl_cut

    df = pd.DataFrame({"A": [1, 1, 0, 1, 0, 1], "B": [1, 0, 1, 1, 0, 0], "Y": [1, 1, 0, 1, 0, 0]},
                      index=list("abcdef"))

    def summarize(solution):
        raise ZeroDivisionError("no")

    with pytest.raises(QCAInputError, match=r"^setting incl_cut=0\.8: summarize\(\) raised ZeroDivisionError: no"):
        sensitivity_incl_cut(df, "Y", ["A", "B"], cuts=[0.8], include="?", summarize=summarize)


def test_a_note_given_again_by_a_sweep_is_shown_once_per_process():
    """A sweep gives its tasks' warnings again in the caller (run_tasks); the engine's notes (skew, prepare_data)
    went out with warnings.warn there, past skew.warn_notes, so a second sweep (or the sweep after a truth table)
    showed the same note again under the default filter. They now go through warn_notes: shown once; 'always'
    still shows every task's (the CLI counts them)."""
    from analysis.qca import QCAWarning, skew, truth_table
    from analysis.qca.robustness import sensitivity_incl_cut

    df = pd.DataFrame({"A": [0.5, 1, 0, 1, 0, 1], "B": [1, 0, 1, 1, 0, 0], "Y": [1, 1, 0, 1, 0, 0]},
                      index=["sweep_once_" + c for c in "abcdef"])   # a note no other test has shown
    needle = "condition 'A' has membership exactly 0.5 for case(s) 'sweep_once_a'"
    skew._REGISTRY.clear()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        truth_table(df, "Y", ["A", "B"], incl_cut=0.8)
        for _ in range(2):
            sensitivity_incl_cut(df, "Y", ["A", "B"], cuts=[0.8, 1.0], include="?")
            robustness_protocol(df, "Y", ["A", "B"], [{"label": "t", "incl_cut": 0.9}], incl_cut=0.8, include="?")
    mine = [w for w in caught if needle in str(w.message)]
    assert len(mine) == 1 and mine[0].category is QCAWarning, [str(w.message) for w in caught]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        sensitivity_incl_cut(df, "Y", ["A", "B"], cuts=[0.8, 1.0], include="?")
    assert sum(needle in str(w.message) for w in caught) >= 2


def test_a_warning_only_some_tests_give_names_them_once():
    """A protocol's tests ran through run_tasks, which gave each test's warnings again without saying which test
    gave them: two recalibrations of DEV gave two skew notes, the CLI adding '(N times)' at most. A warning only
    some tasks give is now given once, naming them (and past five, how many more); one every task gives is about
    the data and is given once, saying so ('all 14')."""
    tests = [{"label": "DEV high", "calibrate": {"DEV": {"thresholds": "e=350, c=1000, i=1200"}}},
             {"label": "DEV higher", "calibrate": {"DEV": {"thresholds": "e=350, c=1050, i=1200"}}},
             {"label": "n 2", "n_cut": 2}]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        robustness_protocol(dataset("LF"), "SURV", CONDS, tests, incl_cut=0.8, case_column="case",
                            raw=dataset("LR"))
    skew = [str(w.message) for w in caught if "skewed condition 'DEV'" in str(w.message)]
    assert len(skew) == 2 and skew[0].endswith("(test DEV high)") and skew[1].endswith("(test DEV higher)"), skew

    from analysis.qca.protocol import run_tasks

    def warn_some(i):
        if i % 2:
            warnings.warn("odd setting", UserWarning)
        warnings.warn("every setting", UserWarning)
        return i

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert run_tasks(warn_some, list(range(14)), 1, label=lambda t: f"setting {t}") == list(range(14))
    said = [str(w.message) for w in caught]
    assert said.count("every setting (all 14)") == 1 and not any(m == "every setting" for m in said)
    assert [m for m in said if m.startswith("odd")] == [
        "odd setting (setting 1; setting 3; setting 5; setting 7; setting 9; and 2 more of 14)"]

    def warn_most(i):
        if i != 4:
            warnings.warn("all but one", UserWarning)
        return i

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        run_tasks(warn_most, list(range(14)), 1, label=lambda t: f"setting {t}")
    assert [str(w.message) for w in caught] == ["all but one (all but setting 4)"]


def test_case_removal_does_not_compare_a_run_that_takes_a_level_away():
    """Removing the only case at a multi-value condition's top level leaves another truth table (DEV 0..1 for
    0..2): case_removal compared its solution with the baseline's as if nothing but a case had changed ('without
    FR: DEV*STB' beside DEV[2] + DEV[1]*STB[1]; found by the multi-value audit), where robustness_protocol refuses
    such a test. That row now says why it is not compared; the others run as before."""
    lm = dataset("LM").set_index("case")
    lm.loc[lm["DEV"] == 2, "DEV"] = 1
    lm.loc["FR", "DEV"] = 2
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        df = case_removal(lm, "SURV", CONDS, include="?").set_index("removed_case")
    fr = df.loc["FR"]
    assert fr["n_models"] == 0 and not fr["same_as_baseline"]
    assert fr["error"] == ("without FR, condition 'DEV' has levels 0..1, not the initial data's 0..2 (another truth "
                           "table): not compared")
    assert (df.drop(index="FR")["error"].fillna("") == "").all() and df.drop(index="FR")["n_models"].min() >= 1
_DYING_WORKER = """
import os, sys
import dask, joblib, pandas as pd
from distributed import Client, LocalCluster
from analysis.qca.robustness import sensitivity_incl_cut

if __name__ == "__main__":
    def die(solution):          # a worker killed mid-task (out of memory, a node lost): its process ends
        os._exit(3)
    lf = pd.read_csv(sys.argv[1], index_col="case")
    dask.config.set({"distributed.scheduler.allowed-failures": 0})    # fail at the first death, not the fourth
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \\
            Client(cluster), joblib.parallel_config(backend="dask"):
        try:
            sensitivity_incl_cut(lf, "SURV", ["DEV", "URB", "LIT", "IND", "STB"], include="?", summarize=die)
        except Exception as err:
            print(f"RAISED {type(err).__name__}: {err} NOTES {getattr(err, '__notes__', [])}", flush=True)
"""


def _sweep_script_output(tmp_path, script_text: str, timeout: int, what: str) -> str:
    """What a script (given LF.csv's path) printed, run in a process group of its own; if it has not ended after
    `timeout` seconds the group is killed and the test fails: a hung sweep must not hang the suite."""
    import os
    import signal
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    script, out = tmp_path / "sweep_script.py", tmp_path / "out.txt"
    script.write_text(script_text)
    with open(out, "w") as fh:     # a file, not a pipe: the workers of a hung run would keep a pipe open
        proc = subprocess.Popen([sys.executable, str(script), str(root / "data/reference/datasets/LF.csv")],
                                cwd=root, stdout=fh, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            pytest.fail(f"the sweep hung after {what} (killed after {timeout} s)")
    return out.read_text()


def test_a_dask_worker_that_dies_ends_the_sweep_with_an_error_instead_of_hanging(tmp_path):
    """joblib 1.6's Dask backend calls a batch's callback only for a result: a batch that failed on the scheduler
    (its worker died: KilledWorker) left Parallel waiting for it forever. The engine's dispatch (_parallel) now
    reports such a failure to joblib, which raises it, with the sweep's note naming the first setting without a
    result (it was only on loky's error)."""
    pytest.importorskip("distributed")
    text = _sweep_script_output(tmp_path, _DYING_WORKER, 120, "a Dask worker died")
    assert "RAISED KilledWorker: " in text, text
    # as with loky's TerminatedWorkerError: where the sweep's results stopped (every task dies: the first setting)
    assert text.rstrip().endswith("NOTES ['no result from setting incl_cut=0.75 on']"), text


_KILLED_POOL_WORKER = """
import os, signal, sys
import joblib, pandas as pd
from analysis.qca.robustness import sensitivity_incl_cut

if __name__ == "__main__":
    def killed(solution):       # the out-of-memory killer ends a worker mid-task: SIGKILL, nothing runs after it
        if solution.truth_table.incl_cut[0] == 0.75:
            os.kill(os.getpid(), signal.SIGKILL)
        return {}
    lf = pd.read_csv(sys.argv[1], index_col="case")
    with joblib.parallel_config(backend="multiprocessing"):
        try:
            sensitivity_incl_cut(lf, "SURV", ["DEV", "URB", "LIT", "IND", "STB"], cuts=[0.7, 0.75, 0.8, 0.85],
                                 include="?", summarize=killed, n_jobs=2)
        except Exception as err:
            print(f"RAISED {type(err).__name__}: {err} NOTES {getattr(err, '__notes__', [])}", flush=True)
"""


def test_a_multiprocessing_worker_killed_mid_task_ends_the_sweep_with_an_error_instead_of_hanging(tmp_path):
    """joblib's 'multiprocessing' backend (a multiprocessing.Pool) replaced a worker killed mid-task (SIGKILL, as
    the out-of-memory killer sends) without a word, and Parallel waited forever for the task it held. The engine's
    dispatch (_parallel) now watches the pool: loky's TerminatedWorkerError with the exit codes, and the sweep's
    note naming the first setting without a result, as with loky."""
    text = _sweep_script_output(tmp_path, _KILLED_POOL_WORKER, 60, "a multiprocessing worker was killed")
    assert text.startswith("RAISED TerminatedWorkerError: A worker process of joblib's multiprocessing pool"), text
    assert "The exit codes of the workers are {SIGKILL(-9)}" in text, text
    assert text.rstrip().endswith("NOTES ['no result from setting incl_cut=0.7 on']"), text


def test_a_multiprocessing_sweep_whose_workers_live_is_not_stopped():
    """The watch on the pool's workers does not take the pool's own end (joblib terminates it after each call)
    for a death: two multiprocessing sweeps in a row give one process's results."""
    with joblib.parallel_config(backend="multiprocessing"):
        runs = [sensitivity_incl_cut(dataset("LF"), "SURV", CONDS, cuts=[0.7, 0.8, 0.9], incl_cut=0.8,
                                     case_column="case", n_jobs=2) for _ in range(2)]
    serial = sensitivity_incl_cut(dataset("LF"), "SURV", CONDS, cuts=[0.7, 0.8, 0.9], incl_cut=0.8,
                                  case_column="case", n_jobs=1)
    for run in runs:
        pd.testing.assert_frame_equal(run, serial)


@pytest.mark.parametrize("configured", [0, "two", 2.5, -2000])
def test_a_bad_n_jobs_in_joblib_parallel_config_is_named(configured):
    """With n_jobs=None a sweep takes joblib.parallel_config's n_jobs, which the engine did not check: 0 gave
    joblib's bare ValueError 'n_jobs == 0 in Parallel has no meaning', 'two' a TypeError from a comparison. Now
    a QCAInputError names parallel_config's n_jobs and what is allowed, as for the parameter n_jobs."""
    from analysis.qca import QCAInputError

    with joblib.parallel_config(n_jobs=configured), pytest.raises(
            QCAInputError, match=r"^n_jobs is None, so joblib.parallel_config's n_jobs applies: it must be None or a "
                                 r"whole number other than 0 from -1024 to 1024 \(-1: every core\), got "):
        sensitivity_incl_cut(dataset("LF"), "SURV", CONDS, cuts=[0.8], incl_cut=0.8, case_column="case")


def test_a_bad_n_jobs_in_joblib_parallel_config_is_named_by_minimize():
    """The search for every minimal model asks joblib how many workers it has (n_jobs=None: parallel_config's)."""
    from pathlib import Path

    from analysis.qca import QCAInputError, minimize, truth_table

    df = pd.read_csv(Path(__file__).resolve().parents[1] / "benchmarks/data/issue10_k09_n045.csv", index_col="case")
    tt = truth_table(df, "Y", [c for c in df if c != "Y"], incl_cut=1.0)
    with joblib.parallel_config(n_jobs=0), pytest.raises(QCAInputError, match=r"^n_jobs is None, so joblib"):
        minimize(tt, include="?")


def test_a_good_n_jobs_in_joblib_parallel_config_is_used():
    with joblib.parallel_config(n_jobs=2, backend="threading"):
        res = sensitivity_incl_cut(dataset("LF"), "SURV", CONDS, cuts=[0.8, 0.9], incl_cut=0.8, case_column="case")
    pd.testing.assert_frame_equal(res, sensitivity_incl_cut(dataset("LF"), "SURV", CONDS, cuts=[0.8, 0.9],
                                                            incl_cut=0.8, case_column="case", n_jobs=1))


def test_the_error_of_a_sweep_is_its_first_failing_setting_whichever_fails_first_in_time():
    """With workers, joblib raised the error of the task that failed first in time: a sweep whose settings 0.7 and
    0.8 both fail named 'setting incl_cut=0.8' when 0.7 took longer, 'setting incl_cut=0.7' with one process; which
    one came out of a Dask cluster varied from run to run. The error is now the first failing setting's in the
    order given, with any backend (later settings may still have run)."""
    import time

    from analysis.qca import QCAInputError

    def summarize(solution):
        if solution.truth_table.incl_cut[0] == 0.7:
            time.sleep(0.5)
        raise ValueError("no")

    for n_jobs, backend in ((1, "loky"), (2, "threading")):
        with joblib.parallel_config(backend=backend), \
                pytest.raises(QCAInputError, match=r"^setting incl_cut=0\.7: summarize\(\) raised ValueError: no"):
            sensitivity_incl_cut(dataset("LF"), "SURV", CONDS, cuts=[0.7, 0.8], incl_cut=0.8, case_column="case",
                                 summarize=summarize, n_jobs=n_jobs)


def test_multiprocessing_backend_identical(serial):
    """joblib's 'multiprocessing' backend returns no generator; the sweeps run on it as on any other."""
    with joblib.parallel_config(backend="multiprocessing"):
        _same(serial, _runs(2))


def test_a_note_every_specification_gives_is_given_once_saying_so(tmp_path, capsys):
    """A protocol of 5 tests on data with a membership of exactly 0.5 reported the note '(6 times)' on the command
    line: run_tasks gave it again once per specification (the initial one and the 5 tests) and the CLI counted the
    copies, which read as 6 of 5 specifications. A warning every task gave is now given once, saying what it
    concerns: 'all 6 specifications: IS and 5 tests' (a sweep: 'all N settings'); one some gave still names them.
    Under the default filter it is still shown once per process with the plain note (nothing shown twice)."""
    import yaml

    from analysis.qca import QCAWarning, skew, truth_table
    from analysis.qca.cli import main
    from analysis.qca.robustness import sensitivity_incl_cut

    df = pd.DataFrame({"A": [0.5, 1, 0, 1, 0, 1, 0.9, 0.2], "B": [1, 0, 1, 1, 0, 0, 0.8, 0.3],
                       "Y": [1, 1, 0, 1, 0, 0, 0.9, 0.1]},
                      index=pd.Index(["every_spec_" + c for c in "abcdefgh"], name="case"))
    needle = "condition 'A' has membership exactly 0.5 for case(s) 'every_spec_a'"
    tests = [{"label": f"t{i}", "incl_cut": c} for i, c in enumerate([0.7, 0.75, 0.85, 0.9, 0.95], 1)]
    data, spec = tmp_path / "d.csv", tmp_path / "s.yaml"
    df.to_csv(data)
    spec.write_text(yaml.safe_dump({"outcome": "Y", "conditions": ["A", "B"], "incl_cut": 0.8, "tests": tests}))
    assert main(["robustness", str(data), "--spec", str(spec)]) == 0
    said = [line for line in capsys.readouterr().err.splitlines() if needle in line]
    assert said == [f"warning: {needle}: such cases belong to no truth table row (maximum ambiguity); recalibrate "
                    "to avoid 0.5 (all 6 specifications: IS and 5 tests)"], said

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        sensitivity_incl_cut(df, "Y", ["A", "B"], cuts=[0.8, 0.9, 1.0], include="?")
    swept = [str(w.message) for w in caught if needle in str(w.message)]
    assert len(swept) == 2 and swept[1].endswith("(all 3 settings)"), swept   # the baseline's, then the sweep's

    skew._REGISTRY.clear()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        truth_table(df.rename(index=lambda c: c + "_"), "Y", ["A", "B"], incl_cut=0.8)
        robustness_protocol(df.rename(index=lambda c: c + "_"), "Y", ["A", "B"], tests, incl_cut=0.8)
    mine = [w for w in caught if needle.replace("_a'", "_a_'") in str(w.message)]
    assert len(mine) == 1 and mine[0].category is QCAWarning, [str(w.message) for w in mine]


def test_a_warning_names_the_initial_specification_as_such():
    """A warning only some specifications of a protocol gave named them by run_tasks' label, 'test <label>', the
    initial specification included: '(test IS; test n2)', though IS is the specification the tests test. It now
    reads '(IS; test n2)', as the warning every specification gives says 'IS and N tests'."""
    df = pd.DataFrame({"A": [0.5, 1, 0, 1, 0, 1, 0.9, 0.2, 0.8, 0.1], "B": [1, 0, 1, 1, 0, 0, 0.8, 0.3, 0.7, 0.6],
                       "Y": [1, 1, 0, 1, 0, 0, 0.9, 0.1, 0.8, 0.2]},
                      index=["is_named_" + c for c in "abcdefghij"])
    tests = [{"label": f"d{i}", "drop_cases": ["is_named_a", f"is_named_{c}"]} for i, c in enumerate("bcd", 1)]
    tests.append({"label": "n2", "n_cut": 2})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        robustness_protocol(df, "Y", ["A", "B"], tests, incl_cut=0.8)
    said = [str(w.message) for w in caught if "'is_named_a'" in str(w.message)]
    assert len(said) == 1 and said[0].endswith("(IS; test n2)"), said


@pytest.fixture(scope="module")
def dask_client():
    """One in-process Dask cluster (about 1 s to start) for the tests of this module that need one."""
    distributed = pytest.importorskip("distributed")
    # dashboard on a free port (None takes 8787, and warns when another cluster on the machine has it)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=":0") as cl, \
            distributed.Client(cl) as client:
        yield client


_WORKER_WITHOUT_ENGINE = """
import sys
import joblib, pandas as pd
from distributed import Client, LocalCluster
from analysis.qca.robustness import sensitivity_incl_cut


def without_engine():   # a remote worker where the project is not installed: 'analysis' cannot be imported
    import importlib.abc
    class Missing(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target=None):
            if name.split(".")[0] == "analysis":
                raise ModuleNotFoundError(f"No module named {name!r}")
    for name in [m for m in sys.modules if m.split(".")[0] == "analysis"]:
        del sys.modules[name]
    sys.meta_path.insert(0, Missing())


if __name__ == "__main__":
    lf = pd.read_csv(sys.argv[1], index_col="case")
    # two workers: on a cluster of one thread joblib runs every task in this process, and no worker needs the engine
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \\
            Client(cluster) as client, joblib.parallel_config(backend="dask"):
        client.run(without_engine)
        try:
            sensitivity_incl_cut(lf, "SURV", ["DEV", "URB", "LIT", "IND", "STB"], cuts=[0.7, 0.8], incl_cut=0.8)
        except Exception as err:
            print(f"RAISED {type(err).__name__}: {err}", flush=True)
"""


@pytest.mark.slow
def test_a_dask_worker_without_the_engine_is_an_error_not_a_hang(tmp_path):
    """A Dask worker that cannot import analysis (a remote worker without the project installed) could not unpickle
    the tasks sent to it: distributed logged a ModuleNotFoundError in the worker's log and the sweep waited forever
    (found by the sweep helper, round 31: killed after 200 s). The sweep now asks each worker for the engine first
    and refuses at once, naming the worker and what to install."""
    pytest.importorskip("distributed")
    text = _sweep_script_output(tmp_path, _WORKER_WITHOUT_ENGINE, 90, "its worker could not import the engine")
    assert text.startswith("RAISED QCAInputError: Dask workers tcp://"), text   # two workers (was 'worker(s)')
    assert ("cannot import this engine (ModuleNotFoundError: No module named 'analysis'), so they could not read the "
            "sweep's tasks" in text and "install this project on every worker" in text), text


def test_a_dask_worker_with_another_version_of_the_engine_is_refused(dask_client, monkeypatch):
    """A worker running another copy of the engine (an older install) would give results of its own, silently mixed
    with this process's. The sweep compares each worker's engine_fingerprint (its source) with its own first; here
    the worker's answer is replaced by another fingerprint, the real cluster answering through Client.run."""
    from analysis.qca import QCAInputError, _parallel

    def other_copy():
        return lambda: ("ok", "0123456789abcdef")

    monkeypatch.setattr(_parallel, "_engine_on_worker", other_copy)
    with joblib.parallel_config(backend="dask"), pytest.raises(QCAInputError) as err:
        sensitivity_incl_cut(dataset("LF"), "SURV", CONDS, cuts=[0.7, 0.8], incl_cut=0.8, case_column="case")
    assert str(err.value).startswith("Dask worker inproc://"), err.value   # one worker (was 'worker(s) ... run')
    assert (f" runs another version of analysis.qca (source fingerprint 0123456789abcdef, this process's "
            f"{_parallel.engine_fingerprint()}), so its results could differ" in str(err.value)), err.value
    monkeypatch.undo()   # the real probe: the in-process worker has this very engine, and the sweep runs
    with joblib.parallel_config(backend="dask"):
        got = sensitivity_incl_cut(dataset("LF"), "SURV", CONDS, cuts=[0.7, 0.8], incl_cut=0.8, case_column="case")
    pd.testing.assert_frame_equal(got, sensitivity_incl_cut(dataset("LF"), "SURV", CONDS, cuts=[0.7, 0.8],
                                                            incl_cut=0.8, case_column="case", n_jobs=1))


def test_the_engine_fingerprint_follows_the_source(tmp_path):
    """engine_fingerprint changes with any .py file of the engine, and not with line endings."""
    from pathlib import Path

    from analysis.qca import _parallel

    src = Path(_parallel.__file__).parent
    for name in ("_parallel.py", "errors.py"):
        (tmp_path / name).write_bytes((src / name).read_bytes())
    before = _parallel.engine_fingerprint(str(tmp_path))
    (tmp_path / "errors.py").write_bytes((src / "errors.py").read_bytes().replace(b"\n", b"\r\n"))
    assert _parallel.engine_fingerprint(str(tmp_path)) == before
    (tmp_path / "errors.py").write_bytes((src / "errors.py").read_bytes() + b"# changed\n")
    assert _parallel.engine_fingerprint(str(tmp_path)) != before


def test_a_dask_sweep_sends_the_data_its_settings_share_once(dask_client, monkeypatch):
    """Each task of a sweep carried its data inside its task tuple, which joblib's Dask backend cannot scatter (it
    scatters a call's large arguments only): a sweep of 12 cut-offs and a protocol of 4 tests pickled LF 15 times on
    an in-process cluster,
    and 200 times for 200 settings on a 2-process one (one copy per task sent to the scheduler); a protocol copied the
    data for every test of cut-offs only. A task's frames are now arguments of their own (protocol_tasks._hoisted), so Dask
    sends a frame the tasks share once (here: never pickled, the cluster being in this process), results as before."""
    pickled = []
    reduce = pd.DataFrame.__reduce__

    def counted(frame):
        pickled.append(len(frame))
        return reduce(frame)

    lf = dataset("LF")
    cuts = [round(0.7 + 0.02 * i, 2) for i in range(12)]
    tests = [{"label": f"ic {c}", "incl_cut": c} for c in cuts[::3]]
    serial = (sensitivity_incl_cut(lf, "SURV", CONDS, cuts=cuts, incl_cut=0.8, case_column="case", n_jobs=1),
              robustness_protocol(lf, "SURV", CONDS, tests, incl_cut=0.8, case_column="case", n_jobs=1).to_dict())
    monkeypatch.setattr(pd.DataFrame, "__reduce__", counted)
    with joblib.parallel_config(backend="dask"):
        sweep = sensitivity_incl_cut(lf, "SURV", CONDS, cuts=cuts, incl_cut=0.8, case_column="case")
        protocol = robustness_protocol(lf, "SURV", CONDS, tests, incl_cut=0.8, case_column="case").to_dict()
    monkeypatch.undo()
    assert len(pickled) <= 2, pickled    # at most once per call (a cluster of other processes pickles to scatter)
    pd.testing.assert_frame_equal(sweep, serial[0])
    assert protocol == serial[1]


def test_case_removal_holds_its_data_once_not_once_per_case(monkeypatch):
    """case_removal built every setting's data (n - 1 cases) before the sweep began: n copies of the data held at once
    and each sent with its task (2,000 fuzzy cases of 8 conditions: 400 MB and 11 s before the first task ran, 92 MB
    and 1.6 s now). Each task now takes its case out of the one frame the tasks share; the rows are as before (the
    level check of multi-value data included: test_case_removal_does_not_compare_a_run_that_takes_a_level_away)."""
    import numpy as np

    from analysis.qca import robustness

    rng = np.random.default_rng(31)
    df = pd.DataFrame(rng.uniform(0.02, 0.98, size=(40, 4)).round(2), columns=["A", "B", "C", "Y"],
                      index=[f"c{i}" for i in range(40)])
    held = []
    run_tasks = robustness.run_tasks

    def spy(func, tasks, *args, **kwargs):
        held.append({id(item): item for task in tasks for item in task if isinstance(item, pd.DataFrame)})
        return run_tasks(func, tasks, *args, **kwargs)

    monkeypatch.setattr(robustness, "run_tasks", spy)
    got = case_removal(df, "Y", ["A", "B", "C"], incl_cut=0.8, include="?", n_jobs=1)
    assert [len(frames) for frames in held] == [1]   # was [40]: one frame per setting
    assert next(iter(held[0].values())) is df
    assert list(got["removed_case"]) == list(df.index) and (got["error"] == "").all()
    for i in (0, 17, 39):   # each row is the analysis of the data without that case
        rest = df.drop(index=df.index[i])
        own, _ = robustness.run_setting(rest, "Y", ["A", "B", "C"], incl_cut=0.8, include="?")
        assert got.loc[i, "models"] == own["models"] and got.loc[i, "inclS"] == own["inclS"]


def test_a_sweep_shows_joblibs_progress_when_asked(capsys):
    """README: joblib.parallel_config(verbose=10) prints joblib's progress lines for a sweep (the engine's dispatch
    leaves joblib's verbosity to the configuration), and a sweep prints nothing of the kind without it."""
    for verbose, shown in ((10, True), (0, False)):
        with joblib.parallel_config(backend="threading", n_jobs=2, verbose=verbose):
            sensitivity_incl_cut(dataset("LF"), "SURV", CONDS, cuts=[0.7, 0.8, 0.9], incl_cut=0.8, case_column="case")
        err = capsys.readouterr().err
        assert ("Done   3 out of   3" in err) == shown and ("[Parallel(n_jobs=2)]" in err) == shown, err


def test_a_protocol_of_case_dropping_tests_holds_the_data_once(monkeypatch):
    """robustness_protocol built each test's data before its tasks ran: a leave-one-out test set of n tests (each
    dropping one case) held n copies of the data at once and sent each with its task, as case_removal did. A test
    that only drops or keeps cases now carries a mask of the initial cases, and its task takes them; a test that
    recalibrates keeps its own frame. The protocol is the same (LF with drop, keep and mixed tests; 60 cases left out
    one at a time: the same JSON before and after)."""
    from analysis.qca import protocol

    lf = dataset("LF")
    tests = [{"label": f"without {c}", "drop_cases": [c]} for c in lf["case"][:6]] + [
        {"label": "first 14", "keep_cases": list(lf["case"][:14])}, {"label": "n 2", "n_cut": 2}]
    held = []
    run_tasks = protocol.run_tasks

    def spy(func, tasks, *args, **kwargs):
        held.append({id(item) for task in tasks for item in task if isinstance(item, pd.DataFrame)})
        return run_tasks(func, tasks, *args, **kwargs)

    monkeypatch.setattr(protocol, "run_tasks", spy)
    rob = robustness_protocol(lf, "SURV", CONDS, tests, incl_cut=0.8, case_column="case", n_jobs=1)
    assert [len(frames) for frames in held] == [1]   # was [8]: the initial data, and a copy per case-dropping test
    specs = rob.specifications.set_index("label")
    assert specs.loc["without FI", "expression"] != "" and specs.loc["first 14", "error"] == ""
    alone = robustness_protocol(lf[lf["case"] != "FI"], "SURV", CONDS, [{"label": "n 2", "n_cut": 2}], incl_cut=0.8,
                                case_column="case", n_jobs=1)
    assert specs.loc["without FI", "expression"] == alone.specifications.set_index("label").loc["IS", "expression"]


def test_a_refusal_of_many_dask_workers_names_five_and_counts_the_rest():
    """A cluster of hundreds of workers without the engine gave every address in the one error line; now five and
    how many more."""
    from analysis.qca._parallel import _some

    workers = [f"tcp://10.0.0.{i}:8786" for i in range(1, 201)]
    assert _some(workers) == ", ".join(workers[:5]) + " and 195 more of 200"
    assert _some(workers[:2]) == "tcp://10.0.0.1:8786, tcp://10.0.0.2:8786"


def test_a_dask_sweep_stopped_early_leaves_no_batch_on_the_cluster(dask_client):
    """joblib 1.6's Dask backend did not cancel the batches of a call that stopped early (Ctrl-C, the first failing
    setting's error, a worker's death): those still queued ran to their end, and their results stayed in the
    cluster's memory, held by the backend (and by its collector, left waiting for them) for as long as the
    parallel_config block lasted. A sweep stopped by its first setting's error, while the next setting still runs
    and two more wait their turn, now leaves nothing on the scheduler within 2 s (the running one's thread ends when
    it ends, its result dropped); the cluster then runs the next sweep as before."""
    import time

    from analysis.qca import QCAInputError

    def summarize(solution):
        if solution.truth_table.incl_cut[0] == 0.7:
            raise ValueError("no")
        time.sleep(3)   # the settings after the failing one: still running, or queued, when the sweep stops
        return {}

    def batches():
        return dask_client.run_on_scheduler(
            lambda dask_scheduler: sorted(str(k) for k in dask_scheduler.tasks if str(k).startswith("batch_of")))

    lf = dataset("LF")
    with joblib.parallel_config(backend="dask"):
        with pytest.raises(QCAInputError, match=r"^setting incl_cut=0\.7: summarize\(\) raised ValueError: no"):
            sensitivity_incl_cut(lf, "SURV", CONDS, cuts=[0.7, 0.75, 0.8, 0.85, 0.9], incl_cut=0.8,
                                 case_column="case", summarize=summarize)
        deadline = time.monotonic() + 2
        while batches() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert batches() == []
        again = sensitivity_incl_cut(lf, "SURV", CONDS, cuts=[0.8, 0.9], incl_cut=0.8, case_column="case")
    pd.testing.assert_frame_equal(again, sensitivity_incl_cut(lf, "SURV", CONDS, cuts=[0.8, 0.9], incl_cut=0.8,
                                                              case_column="case", n_jobs=1))


_UNPICKLABLE_CALLBACK = """
import sys, threading
import joblib, pandas as pd
from distributed import Client, LocalCluster
from analysis.qca.robustness import sensitivity_incl_cut

if __name__ == "__main__":
    lock = threading.Lock()
    def summarize(solution):    # a callback holding a lock (an open file, a connection): it cannot be pickled
        with lock:
            return {"rows": len(solution.truth_table.rows)}
    lf = pd.read_csv(sys.argv[1], index_col="case")
    conds = ["DEV", "URB", "LIT", "IND", "STB"]
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster, \\
            Client(cluster), joblib.parallel_config(backend="dask"):
        try:
            sensitivity_incl_cut(lf, "SURV", conds, cuts=[0.8, 0.9], summarize=summarize)
        except Exception as err:
            print(f"RAISED {type(err).__name__}: {err}", flush=True)
    print("ALONE", sensitivity_incl_cut(lf, "SURV", conds, cuts=[0.8, 0.9], summarize=summarize, n_jobs=1)["rows"].tolist())
"""


def test_a_dask_sweep_whose_callback_cannot_be_pickled_is_refused_instead_of_hanging(tmp_path):
    """A summarize callback holding a lock cannot be pickled: joblib 1.6's Dask backend failed to send its task on
    the client's event loop, distributed logged the TypeError there, and the sweep waited forever. It is now one
    QCAInputError naming the first setting and the cause, before any task is sent; the same callback in one process
    (n_jobs=1 outside the Dask block) runs as before."""
    pytest.importorskip("distributed")
    text = _sweep_script_output(tmp_path, _UNPICKLABLE_CALLBACK, 120, "a callback that cannot be pickled")
    assert text.startswith("RAISED QCAInputError: setting incl_cut=0.8 cannot be sent to the Dask workers: pickling it "
                           "failed (TypeError: cannot pickle '_thread.lock' object)"), text
    assert "ALONE [" in text, text


def _process_group(pgid: int) -> list[str]:
    """The command lines of the processes of process group `pgid` (Linux's /proc)."""
    from pathlib import Path

    found = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                stat, cmd = (d / "stat").read_text(), (d / "cmdline").read_bytes()
            except OSError:   # ended meanwhile
                continue
            if int(stat.rsplit(")", 1)[1].split()[2]) == pgid:
                found.append(cmd.replace(b"\0", b" ").decode(errors="replace"))
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="process groups and SIGHUP as on Linux (/proc)")
def test_a_terminal_closing_on_a_loky_sweep_gives_one_error_line_and_no_traceback(tmp_path):
    """A terminal closing sends SIGHUP to the run's process group: loky's resource tracker, in that group, died with
    the workers, and the robustness command, stopping on the signal, started another tracker, which printed a
    'KeyError' traceback for every semaphore and memmapping folder the run then released (9 after the error line,
    by hand). The engine now starts the tracker with SIGHUP blocked (_parallel._tracker_outlives_hangup): the run
    ends with its one error line, status 129, nothing of it left running."""
    import os
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    import numpy as np

    rng = np.random.default_rng(2)
    x = rng.random((400, 10))
    y = np.clip(np.maximum(np.minimum(x[:, 0], x[:, 1]), np.minimum(x[:, 2], 1 - x[:, 3])) + rng.normal(0, 0.1, 400),
                0, 1)
    data = pd.DataFrame((np.c_[x, y].round(2) + 0.001).clip(max=1), columns=[f"C{i}" for i in range(10)] + ["Y"])
    data.insert(0, "case", [f"c{i:03d}" for i in range(400)])
    data.to_csv(tmp_path / "big.csv", index=False, encoding="utf-8")
    tests = "".join(f"  - {{label: t{i}, incl_cut: {0.93 + i * 0.001:.3f}}}\n" for i in range(30))
    (tmp_path / "sweep.yaml").write_text(f"outcome: Y\nincl_cut: 0.95\ninclude: '?'\ntests:\n{tests}", encoding="utf-8")
    root = Path(__file__).resolve().parents[1]
    with open(tmp_path / "err.txt", "w", encoding="utf-8") as err:
        proc = subprocess.Popen([sys.executable, "-m", "analysis.qca", "robustness", str(tmp_path / "big.csv"),
                                 "--spec", str(tmp_path / "sweep.yaml"), "--n-jobs", "2"], cwd=root,
                                stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and proc.poll() is None:   # the sweep's two workers running
                if sum("popen_loky" in cmd for cmd in _process_group(proc.pid)) >= 2:
                    break
                time.sleep(0.2)
            assert proc.poll() is None, "the sweep ended before its workers were seen"
            time.sleep(1)
            os.killpg(proc.pid, signal.SIGHUP)
            assert proc.wait(timeout=60) == 128 + signal.SIGHUP
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
    time.sleep(2)   # a tracker started anew would print its tracebacks after the run ended
    text = (tmp_path / "err.txt").read_text(encoding="utf-8")
    assert text == "error: terminated (SIGHUP) before the output was written\n", text
    assert _process_group(proc.pid) == []   # nothing of the run left


def test_a_dask_sweep_sends_its_data_as_a_task_so_a_killed_worker_does_not_lose_it(dask_client, monkeypatch):
    """joblib's Dask backend scatters a call's large arguments (a sweep's data frame) to one worker, data Dask cannot
    recompute: a worker killed mid-sweep that held it lost it (distributed: 'lose scattered data, which can't be
    recovered'), and the sweep failed with FutureCancelledError ('already forgotten') though Dask reruns a killed
    worker's tasks (seen with `dask scheduler` and two `dask worker`s: tests/test_qca_sweeps_dask_remote.py). Each
    shared frame is now the result of a task (_parallel.shared_on_dask), which Dask recomputes, and nothing is
    scattered (so no batch's submission waits on a scatter, where an abort could miss it); the futures are dropped
    after the call; results as before."""
    import distributed

    scattered = []
    scatter = distributed.Client.scatter

    def spied(self, data, *args, **kwargs):
        scattered.extend(type(d).__name__ for d in (data if isinstance(data, list) else [data]))
        return scatter(self, data, *args, **kwargs)

    lf = dataset("LF")
    serial = sensitivity_incl_cut(lf, "SURV", CONDS, cuts=[0.7, 0.8], incl_cut=0.8, case_column="case", n_jobs=1)
    monkeypatch.setattr(distributed.Client, "scatter", spied)
    with joblib.parallel_config(backend="dask"):
        sweep = sensitivity_incl_cut(lf, "SURV", CONDS, cuts=[0.7, 0.8], incl_cut=0.8, case_column="case")
        assert joblib.parallel.get_active_backend()[0].data_futures == {}   # dropped with the call
    assert scattered == [], scattered
    pd.testing.assert_frame_equal(sweep, serial)


def test_a_dask_sweep_whose_data_holds_an_unpicklable_value_is_refused_naming_the_column(dask_client):
    """The pickling check before a Dask sweep left data frames out (sent apart): a column holding a lock (an object
    column of the user's frame, carried into every setting) failed inside distributed with its TypeError ('cannot
    pickle '_thread.lock' object', or 'Could not serialize object of type LLGExpr') and its traceback. The check now pickles each shared
    frame's object columns once: one QCAInputError naming the first setting and the column; an object column of
    plain text is sent as before (results equal to one process's)."""
    import threading

    from analysis.qca.errors import QCAInputError

    lf = dataset("LF").set_index("case")
    lf["note"] = ["plain text"] * len(lf)
    lf["note"] = lf["note"].astype(object)
    serial = sensitivity_incl_cut(lf, "SURV", CONDS, cuts=[0.7, 0.8], include="?", n_jobs=1)
    with joblib.parallel_config(backend="dask"):
        pd.testing.assert_frame_equal(sensitivity_incl_cut(lf, "SURV", CONDS, cuts=[0.7, 0.8], include="?"), serial)
        lf["note"] = [threading.Lock() for _ in range(len(lf))]
        with pytest.raises(QCAInputError) as err:
            sensitivity_incl_cut(lf, "SURV", CONDS, cuts=[0.7, 0.8], include="?")
    assert str(err.value).startswith("setting incl_cut=0.7 cannot be sent to the Dask workers: column 'note' of its "
                                     "data cannot be pickled (TypeError: cannot pickle '_thread.lock' object)"), err


def _thread_name(_):
    import threading
    return threading.current_thread().name


def test_a_dask_cluster_of_one_thread_is_said_to_run_the_sweep_in_this_process(dask_client):
    """joblib's Dask backend counts the cluster's threads as its jobs, and joblib runs a call of one job in the calling
    process: on a cluster of one worker thread a sweep (and minimize's split search) ran on the user's machine, not on
    the cluster, without a word. It is a warning naming the scheduler and what to do, once per backend and scheduler;
    a cluster of two threads (dask_client) runs the tasks on its worker and says nothing."""
    import distributed

    from analysis.qca import QCAWarning
    from analysis.qca._parallel import parallel

    lf = dataset("LF")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0") as cl, \
            distributed.Client(cl) as client, joblib.parallel_config(backend="dask"):
        with pytest.warns(QCAWarning) as caught:
            sweep = sensitivity_incl_cut(lf, "SURV", CONDS, cuts=[0.7, 0.8], incl_cut=0.8, case_column="case")
        said = [str(w.message) for w in caught if "one worker thread" in str(w.message)]
        assert said == [f"the Dask cluster at {client.scheduler.address} has one worker thread in all (worker "
                        f"{next(iter(client.ncores()))}), so joblib runs every task of this call in this process, not "
                        "on the cluster; give its worker more threads (dask worker --nthreads 2) or start more "
                        "workers to compute there, or run without the Dask backend"], said
        from analysis.workshop import engine_warning_zh   # its Chinese line, for a teacher running on a cluster

        assert engine_warning_zh(said[0]) == (
            f"{client.scheduler.address} 上的 Dask 集群总共只有一个工作线程（工作进程 {next(iter(client.ncores()))}），因此 "
            "joblib 在本进程中运行这次调用的每个任务，而不是在集群上；请给它的工作进程更多线程（dask worker --nthreads 2）或"
            "启动更多工作进程，以便在集群上计算，或不用 Dask 后端运行")
        assert len(sweep) == 2
        with warnings.catch_warnings(record=True) as again:   # once per backend and scheduler
            warnings.simplefilter("always")
            ran = set(parallel(None)(joblib.delayed(_thread_name)(i) for i in range(3)))
        assert ran == {"MainThread"}   # the fallback the warning names: this process, not the cluster's worker
        assert not [w for w in again if "one worker thread" in str(w.message)]
    with joblib.parallel_config(backend="dask"), warnings.catch_warnings(record=True) as two:
        warnings.simplefilter("always")
        ran = set(parallel(None)(joblib.delayed(_thread_name)(i) for i in range(3)))
    assert "MainThread" not in ran and not [w for w in two if "one worker thread" in str(w.message)]


def test_a_dask_cluster_that_gets_one_thread_while_joblib_waits_is_said_to_run_the_call_here():
    """A cluster with no worker yet: joblib waits for one (wait_for_workers_timeout), then counts its threads; when the
    worker that came has one thread, the call runs in this process, and that is said too (the count is read where
    joblib reads it, not before)."""
    import threading

    import distributed

    from analysis.qca import QCAWarning
    from analysis.qca._parallel import parallel

    with distributed.LocalCluster(n_workers=0, threads_per_worker=1, processes=False, dashboard_address=":0") as cl, \
            distributed.Client(cl) as client, joblib.parallel_config(backend="dask", wait_for_workers_timeout=60):
        assert client.ncores() == {}
        later = threading.Timer(0.5, cl.scale, args=(1,))
        later.start()
        try:
            with pytest.warns(QCAWarning, match=r"^the Dask cluster at .* has one worker thread in all") as caught:
                ran = set(parallel(None)(joblib.delayed(_thread_name)(i) for i in range(3)))
        finally:
            later.join()
        assert ran == {"MainThread"} and len(caught) == 1
