"""The specifications of a sweep (robustness_protocol, threshold_range; the sensitivity sweeps of
analysis.qca.robustness) run as independent joblib tasks: the arguments every specification gets (the search budgets,
minimize()'s include, dir_exp and exclude), one specification of the protocol run, the tasks run in order on any
backend with their warnings given again, and the one-line record of a setting without a solution.
"""
from __future__ import annotations

import math
import warnings
from typing import Mapping, Sequence

import numpy as np
import pandas as pd
from joblib import delayed

from ._near import did_you_mean, hints_by_name
from ._parallel import (dask_scheduler_address, dask_scheduler_lost, parallel, refuse_unpicklable, shared_on_dask,
                        worker_died)
from .checks import flag, whole, workers
from .errors import QCAComplexityError, QCAInputError, QCANoSolutionError, quoted, user_stacklevel
from .expressions import expression_membership
from .measures import _coverage as coverage  # inputs checked
from .skew import warn_notes

#: What one setting of a sweep may end in without ending the sweep: its record says why (`task_error`).
TASK_ERRORS = (QCAInputError, QCAComplexityError)


def task_error(err: Exception, default_budgets: bool = True) -> str:
    """The one-line record of a setting that has no solution (`TASK_ERRORS`); a refusal says it is one, by the
    engine's default budgets (the sensitivity sweeps do not raise them) or by those given (`default_budgets`
    False: robustness_protocol's and threshold_range's `budgets`)."""
    line = str(err).splitlines()[0]
    if not isinstance(err, QCAComplexityError):
        return line
    return f"refused by the engine's {'default ' * default_budgets}search budgets: {line}"


#: the budgets whose None minimize() and truth_table() read as their default (max_models: list them all)
_NONE_IS_DEFAULT = ("max_models", "sa_limit", "ec_limit", "max_memberships")


def spec_budgets(budgets, who: str) -> tuple[dict, dict]:
    """The search budgets a sweep of specifications passes to each of them (robustness_protocol, threshold_range):
    minimize()'s (BUDGETS, but n_jobs: the sweep's own) and truth_table()'s max_memberships, so that a refusal's
    advice to raise one can be followed. Returns (truth_table()'s, minimize()'s); unknown keys are an error."""
    from .minimize import BUDGETS

    if budgets is None:
        return {}, {}
    if not isinstance(budgets, Mapping):
        raise QCAInputError(f"budgets of {who} must be a mapping such as {{'max_work': 1_000_000}}, got {quoted(budgets)}")
    allowed = [k for k in BUDGETS if k != "n_jobs"] + ["max_memberships"]
    unknown = sorted(set(budgets) - set(allowed), key=str)
    if unknown:
        from .data import near_names

        meant = hints_by_name((u, f"; {did_you_mean(near)}" if (near := near_names(str(u).replace(".", "_").lower(),
                                                                                  allowed)) else "") for u in unknown)
        raise QCAInputError(f"budgets of {who}: unknown {', '.join(map(quoted, unknown))}{meant}; allowed: "
                            f"{', '.join(allowed)} (n_jobs is the sweep's own argument)")
    for k, v in budgets.items():   # each value checked here, once, as minimize() and truth_table() check it: named
        try:                       # as a budget of the sweep, not as a failure of its first specification
            flag(k, v) if k == "allow_partial" else None if v is None and k in _NONE_IS_DEFAULT else whole(k, v)
        except QCAInputError as err:
            raise QCAInputError(f"budgets of {who}: {err}") from None
    tt = {k: v for k, v in budgets.items() if k == "max_memberships"}
    return tt, {k: v for k, v in budgets.items() if k != "max_memberships"}


def _hoisted(task) -> tuple:
    """(task without its data frames, their positions in it, the frames): each frame becomes an argument of its own
    of the joblib call, so that joblib's Dask backend sends it to the cluster once (it scatters a call's large
    arguments, one future per object) rather than inside every task of a sweep that shares it."""
    if not isinstance(task, tuple):
        return task, (), ()
    slots = tuple(i for i, item in enumerate(task) if isinstance(item, pd.DataFrame))
    if not slots:
        return task, (), ()
    return tuple(None if i in slots else item for i, item in enumerate(task)), slots, tuple(task[i] for i in slots)


def _recorded(func, task, label: str, slots: tuple = (), *frames):
    """func(task) with the warnings it raises, for the caller to give again (a worker process's warnings would
    otherwise go to its own stderr), and the engine's error (naming the task, `label`) returned, not raised: the
    caller raises the first in task order (joblib would raise whichever failed first in time). `slots` and `frames`:
    the task's data frames, put back at their positions (_hoisted)."""
    if slots:
        task = list(task)
        for i, frame in zip(slots, frames):
            task[i] = frame
        task = tuple(task)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result, error = func(task), None
        except (QCAInputError, QCAComplexityError) as err:
            result, error = None, type(err)(f"{label}: {err}" if label else str(err))
    # the engine's notes (skew.warn_notes, filename 'analysis.qca') marked, to be given again by the same mechanism
    return result, [(w.category, str(w.message), w.filename == "analysis.qca") for w in caught], error


def run_tasks(func, tasks: Sequence, n_jobs: int | None = None, label=None, caught_out: list | None = None,
              every: str | None = None) -> list:
    """func(task) for every task through joblib, results in task order (any backend, any n_jobs). The tasks'
    warnings are given again here, whatever process ran them, in the order first given: one that only some tasks
    gave, once, naming them (label(task), e.g. 'test TS1'), or 'all but' the fewer others; one every task of two or
    more gave (a note on the data), once, saying so: `every` ('all 6 specifications: IS and 5 tests'; default 'all
    N'), an engine note shown once per process as the note itself (skew.warn_notes); without `label`, as they gave
    it; or, with `caught_out`, appended to it as (task position, category, message, is an engine note) for
    the caller to give. An engine error names the task (label(task)), and the error raised is the first failing
    task's in task order (warnings are then not given); the error of a worker that died (`worker_died`: loky's
    TerminatedWorkerError, Dask's KilledWorker, Ray's ActorDiedError) gets a note naming the first task without a
    result (it, or one running beside it, was in the worker); so does the error of a Dask client that lost its
    scheduler (`_parallel.dask_scheduler_lost`), saying so and what to do."""
    out = []
    labels = [label(t) if label else "" for t in tasks]
    given: dict = {}   # (category, message, note) -> [positions of the tasks that gave it]
    # each task's data frames as arguments of their own: Dask sends a frame the tasks share once (_hoisted)
    hoisted = [_hoisted(t) for t in tasks]
    refuse_unpicklable(func, tasks, labels)   # on Dask, where it waited forever for such a task (or its data)
    jobs = (delayed(_recorded)(func, t, lab, slots, *frames) for (t, slots, frames), lab in zip(hoisted, labels))
    results = ()
    address = dask_scheduler_address()   # while connected: a client that lost its scheduler may not say it
    try:   # the shared data's sending too: a Dask scheduler lost before the first task fails there
        with shared_on_dask([f for _, _, frames in hoisted for f in frames]):   # on Dask: a task's result, recomputed
            try:   # a list on a backend without generators (_parallel.parallel): its worker's death is raised here
                results = parallel(workers(n_jobs), return_as="generator")(jobs)   # in order; closing it stops the rest
                for i, (result, caught, error) in enumerate(results):
                    if error is not None:
                        raise error
                    if caught_out is not None:
                        caught_out += [(i, *w) for w in caught]
                        caught = ()
                    for w in caught:
                        given.setdefault(w, []).append(i)
                    out.append(result)
            finally:
                if hasattr(results, "close"):   # a list on a backend without generators (_parallel.parallel)
                    results.close()
    except Exception as exc:   # a worker died, the scheduler was lost: results come in order, so say where
        lost = (None if isinstance(exc, (QCAInputError, QCAComplexityError)) else
                dask_scheduler_lost(exc, address=address))
        if label and lost:
            exc.add_note(f"no result from {labels[len(out)]} on: {lost}")
        elif label and worker_died(exc):
            exc.add_note(f"no result from {labels[len(out)]} on")
        raise
    for (category, message, note), where in given.items():
        where_labels = list(dict.fromkeys(labels[i] for i in where))
        if label and len(set(where)) < len(tasks):   # some tasks only: once, naming them (or the others)
            gave = set(where)
            others = [lab for i, lab in enumerate(labels) if i not in gave]
            named, prefix = (others, "all but ") if len(others) < len(where_labels) else (where_labels, "")
            shown = "; ".join(named[:_WHERE_SHOWN])
            more = f"; and {len(named) - _WHERE_SHOWN} more of {len(tasks)}" if len(named) > _WHERE_SHOWN else ""
            if note:   # its where kept apart, as for every task's (skew.give_again says a note once)
                warn_notes([message], where=f"{prefix}{shown}{more}")
            else:
                warnings.warn(f"{message} ({prefix}{shown}{more})", category, stacklevel=user_stacklevel())
            continue
        elif label and len(tasks) > 1:   # every task: once, not once per task (the CLI counted the copies)
            said = every or f"all {len(tasks)}"
            if note:
                warn_notes([message], where=said)
            else:
                warnings.warn(f"{message} ({said})", category, stacklevel=user_stacklevel())
            continue
        for _ in where:   # a warning every task gave is about the data: given as they gave it
            if note:   # shown once per process, as the notes of the same call outside a sweep are
                warn_notes([message])
            else:
                warnings.warn(message, category, stacklevel=user_stacklevel())
    return out


#: How many tasks a re-given warning names before 'and N more'.
_WHERE_SHOWN = 5


def model_key(solution) -> tuple:
    """The set of a solution's models, each as a set of terms: order-free, for comparing two solutions. Beyond
    max_models (a partial solution) the models listed are the first ones only, so the count is part of the key."""
    models = tuple(sorted(tuple(sorted(m.terms)) for m in solution.models))
    return (solution.n_models, models) if solution.partial else models


def _budgets_given(tt_args: Mapping, solve: Mapping) -> bool:
    """Whether a specification's truth_table() and minimize() arguments hold a budget (spec_budgets) besides the
    cut-offs, skew_bounds and the solution's options."""
    return bool(set(tt_args) - {"incl_cut", "n_cut", "pri_cut", "skew_bounds"}) or bool(set(solve) - {"include", "dir_exp", "exclude"})


def _run_one(task) -> dict:
    """One specification: truth table, minimisation, the chosen model's membership for every initial case."""
    from .minimize import minimize, refuse_partial_count
    from .truth_table import truth_table

    label, data, base, outcome, conditions, tt_args, solve, model, *rows = task
    if data is None:   # a test that drops or keeps cases only: its cases are taken from base here, in the worker
        data = base[rows[0]]
    rec = {"label": label, "error": ""}
    try:
        tt = truth_table(data, outcome, conditions, **tt_args)
        observed = tt.rows.loc[tt.rows["n"] > 0, "n"]   # the cases in rows that count on the test's own table
        rec["cases_counted"] = (int(observed[observed >= tt.n_cut].sum()), len(tt.data.cases))
        exclude = solve.get("exclude")
        if exclude is not None:   # exclude's rows coded OUT = 0 here, as minimize(exclude=) would, so that power is
            from .esa import exclude_rows   # judged on the table minimisation sees (an excluded row that only
            tt = exclude_rows(tt, exclude, what="exclude")   # turns into a remainder changes nothing)
        rec["truth_table"] = tt.signature  # what minimisation sees (the OUT of each row), for the sweeps' power
        sol = minimize(tt, **{k: v for k, v in solve.items() if k != "exclude"})
        refuse_partial_count(sol)
    except TASK_ERRORS as err:
        # no sufficient configuration (a truth table, no positive row) is a finding, told apart by the error's type
        rec.update({"error": task_error(err, default_budgets=not _budgets_given(tt_args, solve)), "membership": None,
                    "models": (),
                    "no_solution": isinstance(err, QCANoSolutionError)})
        rec.setdefault("truth_table", None)
        if rec["no_solution"] and rec["truth_table"] is not None:
            # the empty solution's own covS, Σmin(0, Y) / ΣY = 0 on the test's cases and outcome (its inclS and
            # PRI are 0/0, left out: NaN), as the empty robust core's covS is 0
            rec["covS"] = coverage(np.zeros(len(tt.data.y)), np.asarray(tt.data.y, float))
        return rec
    models = sol.models
    if model is not None and model >= len(models):
        rec.update({"error": f"model {model + 1} asked for, the solution has {len(models)}", "membership": None,
                    "models": tuple(m.expression for m in models), "too_few_models": bool(models)})
        return rec

    def membership(expr) -> np.ndarray:   # on the specification's own data, dropped cases on the initial data
        mem = pd.Series(expression_membership(base[list(conditions)], expr), index=base.index)
        mem.loc[data.index] = expression_membership(data[list(conditions)], expr)
        return mem.to_numpy()

    chosen = list(models) if model is None else [models[model]]   # None: every model (test_models='all')
    m = chosen[0]
    rec.update({"models": tuple(m2.expression for m2 in models), "n_models": int(sol.n_models),
                "model_key": model_key(sol), "partial": bool(sol.partial),
                "expression": " | ".join(m2.expression for m2 in chosen), "terms": tuple(m.terms),
                "membership": membership(m.expression),
                # one model's fit; a row standing for several models has none of its own (NaN)
                **{k: float(m.fit[k]) if len(chosen) == 1 else math.nan for k in ("inclS", "PRI", "covS")}})
    if model is None:
        rec["model_memberships"] = [(m2.expression, tuple(m2.terms), membership(m2.expression) if i else
                                     rec["membership"]) for i, m2 in enumerate(chosen)]
    return rec


def _kind(include, dir_exp) -> str:
    """minimize.solution_kind, imported when used (as minimize itself is here)."""
    from .minimize import solution_kind

    return solution_kind(include, dir_exp)


def _solve_args(include, dir_exp, exclude, qd) -> dict:
    """minimize()'s include, dir_exp and exclude for every specification, checked once before any runs (a typo
    there is an error of the whole protocol, not a test without solution)."""
    from .esa import parse_rows
    from .minimize import parse_dir_exp

    _kind(include, dir_exp)   # include minimize() takes, '?' with dir_exp
    if dir_exp is not None:
        parse_dir_exp(dir_exp, qd.conditions, qd.noflevels)
    if exclude is not None:
        exclude = parse_rows(exclude, int(np.prod(qd.noflevels)), "exclude")
    return {"include": include, "dir_exp": dir_exp, "exclude": exclude}
