"""Reading R call strings such as 'truthTable(LF, outcome = "SURV", incl.cut = 0.8)' (to port R scripts and
to re-run R's reference analyses). One parser for the whole project."""
from __future__ import annotations

import re

from .errors import QCAInputError, quoted

__all__ = ["r_call_arguments", "r_vector_text", "R_ONLY_ARGUMENTS", "r_only_message", "refuses_r_only_arguments",
           "refuses_unknown_keywords", "R_KEYWORDS",
           "unknown_keyword_message", "keyword_message",
           "TRUTH_TABLE_ARGUMENTS", "truth_table_argument_message", "SMMR_CASE_NUMBERS", "SMMR_NECESSITY_CASE_NUMBERS",
           "smmr_cases_hint",
           "outcome_given_hint", "SMMR_PAIR_NUMBERS", "SMMR_NECESSITY_PAIR_NUMBERS", "smmr_pairs_hint"]

_ARG = re.compile(r'([A-Za-z_][\w.]*)\s*=\s*("[^"]*"|c\([^)]*\)|[^,\s()]+)')


def _value(text: str, name: str, call: str):
    if text.startswith('"'):
        return text[1:-1]
    if text in ("TRUE", "FALSE"):
        return text == "TRUE"
    if text.startswith("c("):
        items = [t.strip() for t in text[2:-1].split(",") if t.strip()]
        return [_value(t, name, call) for t in items]
    try:
        return float(text)
    except ValueError:
        pass
    if text.isidentifier() or all(part.isidentifier() for part in text.split(".") if part):
        return text                    # an R symbol (a variable name), kept as its name
    raise QCAInputError(f"cannot read the value {quoted(text)} of argument {quoted(name)} in {quoted(call)}")


def split_outside_brackets(text: str) -> list[str]:
    """`text` split at each comma not inside brackets or braces (R's 'DEV[1,2]' joins levels; directional
    expectations, the items of R's c(...)): a comma followed by a closing bracket before any opening one is kept. Read
    once from the end (the regexes it replaces looked ahead from every comma to the end of the text: ',' * 80,000 did
    not return)."""
    cuts, inside = [len(text)], False
    for i in range(len(text) - 1, -1, -1):
        ch = text[i]
        if ch in "]}":
            inside = True
        elif ch in "[{":
            inside = False
        elif ch == "," and not inside:
            cuts.append(i)
    cuts.append(-1)
    return [text[a + 1:b] for a, b in zip(cuts[:0:-1], cuts[-2::-1])]


def r_vector_text(text) -> str | None:
    """The text inside R's vector c(...) copied as text, as this engine writes it: 'c("DEV", "URB")' -> 'DEV, URB',
    'c(10, 12)' -> '10,12' (numbers joined by commas alone); None when `text` is no c(...)."""
    items = r_vector_items(text)
    if items is None:
        return None
    numbers = all(re.fullmatch(r"[\d.;-]*", p) for p in items)
    return ("," if numbers else ", ").join(items)


def r_vector_items(text) -> list[str] | None:
    """The items of R's vector c(...) copied as text, unquoted: 'c("DEV", "~URB*LIT")' -> ['DEV', '~URB*LIT'];
    None when `text` is no c(...)."""
    m = re.fullmatch(r"\s*c\s*\((.*)\)\s*", text) if isinstance(text, str) else None
    if m is None:
        return None
    return [p.strip().strip("'\"") for p in split_outside_brackets(m.group(1))]


def r_call_arguments(call: str) -> dict:
    """The `name = value` arguments of an R call: quoted strings unquoted, TRUE/FALSE as bool, numbers as
    float, c(...) as a list, a bare R symbol as its name. Positional arguments are ignored."""
    return {name: _value(value, name, call) for name, value in _ARG.findall(call)}


#: R QCA arguments this engine does not implement, by the function they belong to: R's name, what it does in R
#: (R QCA's reference manual, minimize() and calibrate()) and what to do here instead. The one table behind the
#: message of the functions (`refuses_r_only_arguments`), of calibrate_frame's specifications and of the CLI's flags.
R_ONLY_ARGUMENTS = {
    "minimize": {
        "all.sol": ("search for all models, the non-minimal ones too",
                    "the engine lists the minimal models (fewest prime implicants), up to max_models (CLI: "
                    "--max-models); for the models of a disjunction you have in mind, check its fit with pof()"),
        "first.min": ("return the first minimal model only", "max_models=1 (CLI: --max-models 1)"),
        "min.pin": ("stop at the depth where new prime implicants no longer solve the PI chart minimally",
                    "the models listed are the minimal ones already"),
        "pi.cons": ("a consistency threshold for a prime implicant to be used",
                    "check a prime implicant's consistency with pof(); leave out rows (remainders) you cannot "
                    "assume with exclude (CLI: --exclude), or raise incl_cut (CLI: --incl-cut) of the truth table"),
        "pi.depth": ("at most that many conditions in a prime implicant",
                     "every prime implicant is derived, within the budget max_implicants (CLI: --max-implicants)"),
        "sol.cons": ("a consistency threshold for a model",
                     "check each model's consistency with pof() (or the solution's fit) and choose among them"),
        "sol.cov": ("a coverage threshold for a model",
                    "check each model's coverage with pof() (or the solution's fit) and choose among them"),
        "sol.depth": ("at most that many prime implicants in a model",
                      "the minimal models are listed, up to max_models (CLI: --max-models)"),
        "max.comb": ("a limit on the combinations of prime implicants searched",
                     "the search is bounded by max_work (CLI: --max-work) and max_chart_cells (CLI: "
                     "--max-chart-cells)"),
        "use.letters": ("write the conditions as the letters A, B, C, ...",
                        "rename the columns before building the truth table (pandas: df.rename(columns={'DEV': "
                        "'A', ...}); CLI: the file's header)"),
        "use.labels": ("print the labels of a categorical condition's levels",
                       "levels are written as numbers (DEV[2]); recode the labels to numbers and keep a key to them"),
        "inf.test": ("a binomial test of each truth table row's consistency against incl.cut ('binom, 0.05')",
                     "a row is positive when its consistency reaches incl_cut (CLI: --incl-cut); "
                     "permutation_benchmark() tests a solution's fit against chance (Braumoeller 2015)"),
    },
    "calibrate": {
        "ecdf": ("calibration by the empirical cumulative distribution function",
                 "calibrate with anchors (method='direct', logistic=False for the linear shapes) or with "
                 "method='indirect'"),
    },
}


# R QCA's truthTable(): those of minimize()'s that minimize() passes on to it
R_ONLY_ARGUMENTS["truth_table"] = {k: R_ONLY_ARGUMENTS["minimize"][k] for k in ("use.letters", "use.labels", "inf.test")}
_ADD = ("a function (or a list of them) adding parameters of fit of one's own",
        "compute it from the memberships the result holds (pof(...).memberships, .outcome_membership)")
R_ONLY_ARGUMENTS["pof"] = {
    "add": _ADD, "use.labels": R_ONLY_ARGUMENTS["minimize"]["use.labels"],
    "inf.test": ("a binomial test of the consistency against incl.cut", "permutation_benchmark() tests a fit against "
                 "chance (Braumoeller 2015)"),
    "incl.cut": ("the cut-offs of inf.test's binomial test", "permutation_benchmark() tests a fit against chance "
                 "(Braumoeller 2015)")}
R_ONLY_ARGUMENTS["pofind"] = {"use.labels": R_ONLY_ARGUMENTS["minimize"]["use.labels"]}
R_ONLY_ARGUMENTS["super_subset"] = {
    "add": ("a function (or a list of them) adding parameters of fit of one's own",
            "score an expression found with pof() and compute the parameter from its memberships"),
    **{k: R_ONLY_ARGUMENTS["minimize"][k] for k in ("use.letters", "use.labels")}}

#: R's name of a function that has another name here (the message names R's function).
R_FUNCTION_NAMES = {"truth_table": "truthTable", "find_rows": "findRows", "super_subset": "superSubset"}


def _r_form(name: str) -> str:
    """A name as R QCA spells it: 'all_sol', '--all-sol', 'All.Sol' -> 'all.sol'."""
    return str(name).strip().lstrip("-").lower().replace("_", ".").replace("-", ".")


def r_only_message(function: str, *given: str) -> str:
    """The message for the first of `given` (keyword arguments, specification keys or flags, as the user wrote
    them) that is an R QCA argument of `function` this engine does not implement; '' when none is."""
    known = R_ONLY_ARGUMENTS.get(function, {})
    given, r_name = next(((g, _r_form(g)) for g in given if _r_form(g) in known), (None, None))
    if r_name is None:
        return ""
    what, instead = known[r_name]
    function = R_FUNCTION_NAMES.get(function, function)
    return (f"{given} is R QCA's {function}(..., {r_name} = ...) ({what}), which this engine does not implement; "
            f"instead: {instead}")


#: truth_table()'s arguments that R QCA's minimize() also takes, passing them on to truthTable() (minimize(LF,
#: outcome = "SURV", incl.cut = 0.8): R QCA's reference manual, minimize()'s `...`). Here the truth table is built
#: first, so given to minimize() they are refused naming truth_table() (the CLI's minimize takes them as flags).
TRUTH_TABLE_ARGUMENTS = ("outcome", "conditions", "incl_cut", "n_cut", "pri_cut", "sort_by", "dcc", "complete")


#: The functions that take a truth table already built (minimize(tt), find_rows(tt), ...): a truth table's argument
#: given to one of them is refused naming truth_table().
TAKE_A_TRUTH_TABLE = ("minimize", "find_rows", "simplifying_assumption_rows", "contradictions", "negated_truth_table",
                      "esa", "esa_rows", "exclude_rows", "untenable_observed_rows")


def truth_table_argument_message(function: str, *given: str) -> str:
    """For a function of TAKE_A_TRUTH_TABLE, the message for the first of `given` (keyword arguments as the user
    wrote them, R's dotted spelling too) that is one of truth_table()'s arguments; '' when none is (or another
    function)."""
    if function not in TAKE_A_TRUTH_TABLE:
        return ""
    name = next((g for g in given if _r_form(g).replace(".", "_") in TRUTH_TABLE_ARGUMENTS), None)
    if name is None:
        return ""
    r_note = " (R QCA's minimize() passes it on to truthTable())" if function == "minimize" else ""
    then = "minimize(tt, include=..., dir_exp=...)" if function == "minimize" else f"{function}(tt, ...)"
    return (f"{name} is an argument of truth_table(), not of {function}(){r_note}: build the truth table with it, "
            f"tt = truth_table(data, outcome, conditions, incl_cut=..., n_cut=...), then {then}")


#: Keyword arguments a user of R QCA (superSubset(incl.cut = 0.9), truthTable(neg.out = TRUE)) or SetMethods
#: brings to a function that takes another name here, in the underscore form (`_keyword_form`): what to write instead
#: ('{value!r}': the value the user gave).
R_KEYWORDS = {
    "necessity": {"incl_cut": "benchmark={value!r} (the inclN a condition needs to be flagged necessary; R's incl.cut)",
                  "cut": "benchmark={value!r} (the inclN a condition needs to be flagged necessary)",
                  "cov_cut": "super_subset(data, outcome, incl_cut=..., cov_cut=...) (necessity() lists every "
                             "condition with its covN)",
                  "neg_out": "outcome='~Y' (the negated outcome, as R QCA 3 writes it)"},
    "super_subset": {"benchmark": "incl_cut={value!r} (necessity()'s benchmark is super_subset()'s incl_cut)",
                     "use_tilde": "leave it out: a negation is always written '~A'",
                     "neg_out": "outcome='~Y' (the negated outcome, as R QCA 3 writes it)"},
    "truth_table": {"neg_out": "negate_outcome=True, or outcome='~Y'",
                    "benchmark": "incl_cut={value!r} (the consistency a row needs to be positive)",
                    "exclude": "minimize(tt, ..., exclude={value!r}) (the rows kept out of the minimisation, as R's "
                               "truthTable(exclude = ...) codes them negative)",
                    "use_tilde": "leave it out: a negation is always written '~A'"},
    "pof": {"neg_out": "outcome='~Y' (the negated outcome, as R QCA 3 writes it)",
            "setms": "the expression first, pof({value!r}, data, outcome) (R's setms)"},
    # a permutation test's number of permutations (R's QCAfalsePositive, resampling functions: nsim, reps, B, R)
    "permutation_benchmark": dict.fromkeys(
        ("n_permutations", "permutations", "n_perm", "n_perms", "nperm", "nsim", "n_sim", "n_samples", "reps",
         "n_reps", "b", "r", "n_iter", "iterations", "draws"),
        "n_draws={value!r} (the seeded random assignments drawn when there are more than max_exact; at most "
        "max_exact, every assignment is enumerated)"),
    # the result classes' methods (TruthTable.to_frame(complete=True) for R's truthTable(complete = TRUE))
    "TruthTable.to_frame": {"complete": "tt.remainders() for the remainders (complete=True is truth_table()'s, and "
                                        "only for printing)"},
    "TruthTable.to_dict": dict.fromkeys(("rows_limit", "row_limit"), "to_dict() with no argument (a truth table's JSON "
                                        "lists every observed row; rows_limit is a solution's)"),
    **{f"TruthTable.{m}": dict.fromkeys(("out", "outs", "outcome", "output", "out_values"),
                                        "values={value!r} (the OUT values of the rows wanted: '1', '0', 'C', '?')")
       for m in ("out_mask", "configs_with", "rows_with")},
    "ConfigurationChart.path_terms": dict.fromkeys(
        ("model", "path", "paths", "name", "model_group"),
        "group={value!r} (a model group as the chart names it, 'G1'; chart.groups lists them)"),
    "pofind": {"neg_out": "outcome='~Y' (the negated outcome, as R QCA 3 writes it)"},
    "minimize": {"neg_out": "negate_outcome=True in truth_table() (minimize() takes the truth table as it is)",
                 "input": "the truth table first, minimize(tt, ...) (R's input)",
                 # R QCA's minimize(details = TRUE, ...) and what its `...` reads (R QCA 3.25's minimize.R)
                 "details": "leave it out: the fit of every term and model (R's details = TRUE) is always computed and "
                            "printed",
                 "show_cases": "leave it out: a solution always lists the cases of each term (R's show.cases = TRUE)",
                 "method": "leave it out: one exact algorithm here, which lists every minimal model (R's 'CCubes', "
                           "'QMC' and 'eQMC' give the same solutions)",
                 "omit": "exclude={value!r} (R QCA's older name of exclude)",
                 "use_tilde": "leave it out: a negation is always written '~A'"},
    "find_rows": {"neg_out": "negate_outcome=True in truth_table() (find_rows() takes the truth table as it is)",
                  "obj": "the truth table first, find_rows(tt, ...) (R's obj)",
                  "remainders": "observed=True for R's remainders = FALSE (the observed rows too; older R QCA)",
                  "include": "no include: find_rows() compares the parsimonious solutions (include='?') of the outcome "
                             "and of its negation itself"},
    # SetMethods' esa(oldtt, nec_cond, untenable_LR, contrad_rows)
    "esa": {"untenable_lr": "untenable={value!r} (SetMethods' untenable_LR)",
            "contrad_rows": "contradictory_rows={value!r} (SetMethods' contrad_rows)",
            "oldtt": "the truth table first, esa(tt, ...) (SetMethods' oldtt)"},
}


# SetMethods' names (smmr, theory.evaluation, cluster, QCAfit, rob.*): `sol` is the number of the model there
_SOL = "model={value!r} (SetMethods' sol: the number of the model, 1 for M1)"
_OWN_OUTCOME = "leave it out: the solution holds its outcome (for ~Y, minimise the truth table of '~Y')"
for _f in ("smmr", "smmr_pairs", "smmr_focal_conjuncts", "theory_evaluation", "cluster_diagnostics", "case_typology",
           "typology_by_model", "focal_condition_pairs"):
    R_KEYWORDS.setdefault(_f, {})["sol"] = _SOL
for _f in ("smmr", "smmr_pairs", "smmr_focal_conjuncts", "theory_evaluation", "case_typology"):
    R_KEYWORDS[_f].update({"results": f"the solution first, {_f}(sol, ...) (SetMethods' results)",
                           "outcome": _OWN_OUTCOME})
R_KEYWORDS["typology_by_model"].pop("sol")   # it gives every model's types
R_KEYWORDS["smmr"].update({
    "match": "smmr_pairs(sol, ...) (SetMethods' match = TRUE: pairs for comparative case studies)",
    "nec_cond": "necessity_cases(data, outcome, {value!r}, cases) (SetMethods' smmr(necessity = TRUE, nec.cond = ...); "
                "necessity_pairs for match = TRUE)",
    "necessity": "necessity_cases(data, outcome, nec_cond, cases) (SetMethods' smmr(necessity = TRUE, nec.cond = ...))",
    "term": "smmr_focal_conjuncts(sol, term={value!r}) (SetMethods' cases = 2 with term)"})
R_KEYWORDS["theory_evaluation"].update({
    "empirics": "the solution second, theory_evaluation(theory, sol) (SetMethods' empirics)",
    "consh": "haesebrouck_consistency={value!r} (SetMethods' consH)",
    **dict.fromkeys(("print_fit", "print_data"), "leave it out: the fit, the memberships, the cases and the "
                                                 "Boolean forms are always given (.fit, .data, .cases, .intersections)")})
R_KEYWORDS["cluster_diagnostics"].update({
    "unit_id": "unit={value!r} (SetMethods' unit_id)", "cluster_id": "cluster={value!r} (SetMethods' cluster_id)",
    "wicons": "leave it out: the within-unit consistencies are always computed (.within)"})
# R QCA's causalChain(data, ordering, strict, pi.cons, pi.depth, sol.cons, sol.cov, sol.depth, ...) and cna's names
R_KEYWORDS["causal_chain"] = {
    "pi_cons": "incl_cut={value!r} (the consistency a truth table row needs to be positive; not R's pi.cons, a "
               "prime implicant's own consistency, which is not checked here: compare each model's term_fit, "
               "--json gives it, with the pi.cons meant)",
    "con_msc": "incl_cut={value!r} (the consistency a truth table row needs to be positive; not cna's con.msc, a "
               "condition's own consistency, which is not checked here: see each model's term_fit)",
    "con": "sol_cons={value!r} (cna's con: the consistency a model needs)",
    "cov": "sol_cov={value!r} (cna's cov: the coverage a model needs)",
    "all_sol": "all_models={value!r} (True, the default, lists every redundancy-free model as R's causalChain does)",
    "pi_depth": "leave it out: every prime implicant and every redundancy-free model is searched, within "
                "max_models and max_work",
    "maxstep": "sol_depth=N, N the second of cna's three numbers (the disjuncts of a formula: its prime implicants "
               "here); leave out the first and the third (conjuncts of a disjunct, factors of a formula): every prime "
               "implicant is derived, within max_models and max_work",
    "include": "leave it out: each outcome is minimised with the remainders (include='?'), as cna's minimally "
               "sufficient conditions use them",
    "outcome": "outcomes={value!r} (the sets minimised, each on the others)",
    "notcols": "outcomes='~E' (a negated set as the outcome)",
    # cna's csf(inus.only, n.init): here the csf are read off the result, chain.csf and chain.simplest_csf(n)
    "inus_only": "leave it out: chain.csf leaves out the csf with a partial structural redundancy, as cna's default "
                 "inus.only = TRUE does; for inus.only = FALSE read chain.csf.partial_left_out with chain.csf "
                 "(--csf --json: partial_left_out)",
    "n_init": "chain.simplest_csf({value!r}) on the result, chain = causal_chain(data, ...) (cna's csf(n.init = ...): "
              "the csf of the n simplest combinations of one asf per outcome)"}
R_KEYWORDS["configuration_chart"] = {"sol": "leave it out: the chart shows every model (one group per model)"}
R_KEYWORDS["pof"].update({"consh": "haesebrouck_consistency={value!r} (QCAfit's consH)",
                          "necessity": "relation='necessity' (QCAfit's necessity = TRUE)",
                          "cond_lab": "leave it out: the expression's text labels its row (QCAfit's cond.lab)"})
R_KEYWORDS["robustness_protocol"] = {
    "test_sol": "tests=[...] (the test set as specifications, e.g. {{'label': 'incl 0.7', 'incl_cut': 0.7}}: the "
                "protocol finds each solution; SetMethods' test_sol)",
    "initial_sol": "leave it out: the initial solution is found from the protocol's own arguments (incl_cut, n_cut, "
                   "include, dir_exp; SetMethods' initial_sol)"}

#: The sweeps take their search budgets as one mapping (budgets={'max_work': ...}), minimize() and find_rows() as
#: keywords: a budget given as a keyword to a sweep names the mapping.
for _sweep in ("robustness_protocol", "threshold_range"):
    R_KEYWORDS.setdefault(_sweep, {}).update({name: f"budgets={{{{'{name}': {{value!r}}}}}} (the sweep's search budgets, one mapping)"
                          for name in ("max_models", "allow_partial", "max_work", "max_implicants", "max_chart_cells",
                                       "sa_limit", "ec_limit", "max_intermediate_pairs", "max_memberships")})


#: SetMethods' smmr(match = FALSE, cases = n) for sufficiency numbers its case types (its help page): what each
#: number selects there and the call that selects it here, where the types are named.
SMMR_CASE_NUMBERS = {
    1: ("typical cases", "smmr(sol, 'typical')"),
    2: ("typical cases for each focal conjunct of a term", "smmr_focal_conjuncts(sol, term=1)"),
    3: ("deviant cases consistency", "smmr(sol, 'deviant consistency')"),
    4: ("deviant cases coverage", "smmr(sol, 'deviant coverage')"),
    5: ("individually irrelevant cases", "smmr(sol, 'irrelevant')"),
    6: ("all of the above", "smmr(sol, t) for each t of 'typical', 'deviant consistency', 'deviant coverage', "
                            "'irrelevant'"),
}


#: The same for smmr(necessity = TRUE, match = FALSE, cases = n): the types of cases for a necessary condition
#: (data/reference/r-setmethods/LF_smmr.json, single_nec_cases1..3), necessity_cases' cases here.
SMMR_NECESSITY_CASE_NUMBERS = {
    1: ("typical cases", "necessity_cases(data, outcome, nec_cond, 'typical')"),
    2: ("deviant cases consistency", "necessity_cases(data, outcome, nec_cond, 'deviant consistency')"),
    3: ("deviant cases relevance", "necessity_cases(data, outcome, nec_cond, 'deviant relevance')"),
}


#: SetMethods' smmr(match = TRUE, cases = n): the kind of pairs and what they are matched by, smmr_pairs' pairs and by
#: here (data/reference/r-setmethods/LF_smmr.json, match_cases1..6; analysis.method_validation compares them).
SMMR_PAIR_NUMBERS = {1: ("typical-typical", "focal conjunct"), 2: ("typical-irrelevant", "focal conjunct"),
                     3: ("typical-deviant consistency", "term"), 4: ("deviant coverage-irrelevant", "truth table row"),
                     5: ("typical-typical", "term"), 6: ("typical-irrelevant", "term")}
#: The same for smmr(necessity = TRUE, match = TRUE, cases = n): necessity_pairs' pairs here.
SMMR_NECESSITY_PAIR_NUMBERS = {1: "typical-deviant relevance", 2: "typical-deviant consistency",
                               3: "typical-irrelevant", 4: "typical-typical"}


def _whole_number(value):
    """A whole number given as a number or its text ('3'), else None."""
    if isinstance(value, str) and re.fullmatch(r"\s*\d+\s*", value):
        return int(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value == value and float(value).is_integer():
        return int(value)
    return None


def smmr_pairs_hint(value, necessity: bool = False) -> str:
    """For SetMethods' number of a kind of pairs given as smmr_pairs' pairs (pairs=3) or necessity_pairs' (necessity):
    what that number selects there (smmr(match = TRUE, cases = n)) and what to write here; '' for anything else."""
    number = _whole_number(value)
    if necessity:
        if number not in SMMR_NECESSITY_PAIR_NUMBERS:
            return ""
        kind = SMMR_NECESSITY_PAIR_NUMBERS[number]
        return (f"; SetMethods' smmr(necessity = TRUE, match = TRUE, cases = {number}) is pairs={kind!r} here: the "
                "kinds are named here, not numbered")
    if number not in SMMR_PAIR_NUMBERS:
        return ""
    kind, by = SMMR_PAIR_NUMBERS[number]
    return (f"; SetMethods' smmr(match = TRUE, cases = {number}) is smmr_pairs(sol, {kind!r}, by={by!r}) here: the "
            "kinds are named here, not numbered")


def smmr_cases_hint(value, necessity: bool = False) -> str:
    """For SetMethods' number of a case type given as smmr's cases (cases=3, or the text '3'): what that number
    selects there and what to write here; '' for anything else. necessity: the numbers of smmr(necessity = TRUE),
    given to necessity_cases."""
    table = SMMR_NECESSITY_CASE_NUMBERS if necessity else SMMR_CASE_NUMBERS
    number = _whole_number(value)
    if number not in table:
        return ""
    what, call = table[number]
    if necessity:
        return (f"; SetMethods' smmr(necessity = TRUE, cases = {int(number)}) ({what}) is {call} here: the types "
                "are named here, not numbered (SetMethods' 1, 2, 3 are 'typical', 'deviant consistency', "
                "'deviant relevance')")
    return (f"; SetMethods' smmr(cases = {int(number)}) ({what}) is {call} here: the types are named here, not "
            "numbered (SetMethods' 1, 3, 4, 5 are 'typical', 'deviant consistency', 'deviant coverage', 'irrelevant')")


def outcome_given_hint(value, outcome, argument: str) -> str:
    """For a solution's outcome given where `argument` is taken ("smmr(sol, 'SURV')", "theory_evaluation('A*B', sol,
    'SURV')", as SetMethods' smmr(results, outcome, ...) and theory.evaluation(theory, empirics, outcome, ...) take
    it): the outcome is no argument here and what `argument` is; '' when `value` does not name `outcome`."""
    def norm(text):
        return re.sub(r"\s+", "", str(text)).lstrip("~").casefold()

    if not isinstance(value, str) or not isinstance(outcome, str) or not value.strip() or norm(value) != norm(outcome):
        return ""
    base = outcome.strip().lstrip("~")
    return (f"; {value!r} is the outcome, which is not an argument here: the solution holds its outcome ({outcome!r}; "
            f"for ~{base}, minimise the truth table of '~{base}'), so leave it out; {argument}")


def _keyword_form(name: str) -> str:
    """A keyword as this engine spells it: 'incl.cut', 'Incl-Cut', 'incl cut' -> 'incl_cut'."""
    return re.sub(r"[.\-\s]+", "_", str(name).strip().lower())


#: The arguments R_KEYWORDS suggests that take a cut-off (a number): 'benchmark={value!r}', 'incl_cut={value!r}'.
CUT_OFF_SUGGESTIONS = ("benchmark={value!r}", "incl_cut={value!r}")


class _Written:
    """A value as a suggestion writes it, already quoted: R_KEYWORDS' '{value!r}' shows it as it is."""

    def __init__(self, text: str):
        self.text = text

    def __repr__(self) -> str:
        return self.text


def _suggested(instead: str, value) -> str:
    """How R_KEYWORDS' advice `instead` writes the value the user gave: quoted (a long one cut), but for a cut-off
    (CUT_OFF_SUGGESTIONS) given as text the number it takes ('0,9' and '0.9' -> 0.9, as checks.text_number_hint reads
    them), or '...' for a text that is no number: the text itself, decimal comma and all, would be refused in turn."""
    if not instead.startswith(CUT_OFF_SUGGESTIONS) or not isinstance(value, str):
        return quoted(value)
    from .checks import text_number_hint

    number = re.search(r"write ([^,\s]+)$", text_number_hint(value).split(", a number")[0])
    return number.group(1) if number else "..."


def unknown_keyword_message(function: str, f, given: dict, keywords=()) -> str:
    """The message for the first of `given` (keyword arguments as the user gave them) that `f` does not take:
    what to write instead (R's name for another argument here, R_KEYWORDS; R's dotted spelling of an argument
    here, 'show.cases'; a near name, 'benchmrk'), and the arguments `f` takes; '' when `f` takes them all.
    `keywords`: the names `f`'s **kwargs takes (find_rows' minimize() budgets); without them a function with
    **kwargs takes any name."""
    import inspect

    params = inspect.signature(f).parameters
    if any(p.kind is p.VAR_KEYWORD for p in params.values()) and not keywords:
        return ""
    names = [n for n, p in params.items() if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
             and not n.startswith("_") and n != "self"] + [k for k in keywords if k not in params]
    unknown = next((g for g in given if g not in params and g not in keywords), None)
    if unknown is None:
        return ""
    from .data import near_names

    norm = _keyword_form(unknown)
    instead = R_KEYWORDS.get(function, {}).get(norm)
    if instead is not None:   # 'leave it out: ...' (an R argument whose work is always done here) or what to write
        said = instead.format(value=_Written(_suggested(instead, given[unknown])))
        hint = f"; {said}" if said.startswith("leave it out") else f"; write {said}"
    else:
        near = [norm] if norm in names else near_names(norm, names)
        hint = f"; did you mean {' or '.join(map(repr, near))}?" if near else ""
    return f"{function}() takes no argument {unknown!r}{hint} " + (
        f"(its arguments: {', '.join(names)})" if names else "(it takes no arguments)")


#: Functions whose R counterpart takes its arguments in another order: the call to write here (a call in R's order
#: that Python cannot bind, pof('A*B', 'Y', data = df), is answered with it).
R_CALL_ORDER = {
    "pof": "R's pof(setms, outcome, data) takes the outcome second and R's arrow 'A -> Y' the outcome in the "
           "expression; here the data come second, then the outcome: write pof({expression!r}, data, {outcome!r}{relation}",
    "find_rows": "R QCA's findRows(obj, expression, observed, type) names the truth table obj and takes the type "
                 "last (older versions: findRows(expression, obj, remainders, type)); here the truth table comes "
                 "first, then the type: write find_rows(tt, 'untenable', "
                 "expression={expression!r}) (R's type = 1), find_rows(tt, 'csa') (type = 2), 'ssr' (3), 'all' (0)",
    "smmr": "SetMethods' smmr(results, outcome, sol, match, cases) takes the outcome and the model by position; here "
            "the solution holds its outcome: write smmr(sol, 'typical', model=1) (cases = 1), 'deviant consistency' "
            "(3), 'deviant coverage' (4), 'irrelevant' (5); smmr_focal_conjuncts(sol, term=1) (2); smmr_pairs() for "
            "match = TRUE",
    "threshold_range": "SetMethods' rob.inclrange(), rob.ncutrange() and rob.calibrange() are one function here, "
                       "the threshold moved named fourth: write threshold_range(data, outcome, conditions, 'incl_cut', "
                       "step, max_runs, incl_cut=...) ('n_cut'; 'calibration' with raw=, calibrate_set=, "
                       "thresholds=)",
    "cluster_diagnostics": "SetMethods' cluster(data, results, outcome, unit_id, cluster_id, sol, necessity) takes "
                           "sol and necessity by position; here they are keywords: write cluster_diagnostics(data, "
                           "results, outcome, unit, cluster, model=1, necessity=False)",
}


def pof_frame_hint(frame) -> str:
    """What to write for R's pof(setms = a data frame of memberships, outcome), which scores each column: pofind() for
    the columns one by one (and their negations), pof() with their text for a union. One column is said as one (pof()
    of its name scores it: no union), and a frame of more than four columns, shown by its first four, says so."""
    cols = [str(c) for c in frame.columns]
    if not cols:   # pof('', ...) would be no advice
        return ("it has no columns: give an expression naming the data's sets, e.g. pof('A*~B + C', data, outcome) "
                "(the data: one DataFrame holding these sets and the outcome)")
    if len(cols) == 1:
        return (f"R's pof() given a data frame of memberships scores its column; here write pof({cols[0]!r}, data, "
                f"outcome), or pofind(data, outcome, conditions={cols!r}, relation=...) for the column and its "
                "negation (the data: one DataFrame holding this column and the outcome)")
    shown, more = cols[:4], len(cols) - 4
    others = f" (the first 4 of its {len(cols)} columns: add the other {more})" if more > 0 else ""
    return (f"R's pof() given a data frame of memberships scores each column; here write pofind(data, outcome, "
            f"conditions={shown!r}, relation=...){others} for each column (and its negation), or "
            f"pof({' + '.join(shown)!r}, data, outcome) for their union (the data: one DataFrame holding these columns "
            "and the outcome)")


#: find_rows' row types by name, with R's findRows numbers for them (type = 0-3). Kept here, where the R-order hint of
#: find_rows reads them too, so that a module reading r_calls (errors.py, and through it every notebook) does not read
#: find_rows and the minimisation it imports (tools/make_deps.py counts imports inside functions).
ROW_TYPES = {"all": 0, "untenable": 1, "csa": 2, "ssr": 3}


def _call_parts(args: tuple, kwargs: dict, function: str = "") -> dict:
    """The expression and the outcome of a call in R's order, for R_CALL_ORDER's example: pof('A*B', 'Y', data=df)
    and pof('A*B -> Y', data=df) give A*B and Y; findRows('~A*B', obj = tt) gives ~A*B (else '~DEV*IND'). For
    find_rows, a type given as text ('untenable', '2') is no expression: find_rows(tt, 'untenable', 'DEV', type=1)
    gives DEV (was: 'untenable', the first text)."""
    given = [*args, *(v for k, v in kwargs.items() if k in ("expression", "setms", "outcome"))]
    texts = [a for a in given if isinstance(a, str)]
    if function == "find_rows":
        texts = [t for t in texts if t.strip().lower() not in ROW_TYPES and not t.strip().isdigit()]
    expression = next((t for t in texts if re.search(r"[*+~]|->|<-", t)), texts[0] if texts else "~DEV*IND")
    outcome = next((t for t in texts if t is not expression), "Y")
    relation = ") (relation='necessity' for necessity)"
    arrow = re.fullmatch(r"\s*(.+?)\s*(->|=>|<-|<=)\s*(~?\s*[\w.]+)\s*", expression)
    if arrow:
        expression, sign, outcome = arrow.groups()
        relation = ", relation='necessity')" if sign.startswith("<") else ")"
    return {"expression": expression.strip(), "outcome": outcome.strip(), "relation": relation}


def call_message(function: str, f, args: tuple, kwargs: dict) -> str:
    """For a call of a function of R_CALL_ORDER that does not bind to `f` (a value given twice, a required argument
    missing, too many): Python's reason with `function`'s name, the arguments in order, and the call to write, as R's
    counterpart orders them otherwise. For any other function, a call with more positional arguments than it takes
    (esa(tt, 'LIT', 'x', 'y', 'z')): how many were given, the arguments it takes by position, in order, and those it
    takes by keyword only (Python's 'takes from 1 to 4 positional arguments but 5 were given' named none of them).
    '' when the call binds (a TypeError raised inside the function is not the call's), and for another function's
    other failures (a required argument missing, a value given twice: Python's TypeError names the argument)."""
    import inspect

    sig = inspect.signature(f)
    try:
        sig.bind(*args, **kwargs)
        return ""
    except TypeError as exc:
        problem = str(exc)
    params = [p for n, p in sig.parameters.items() if n != "self"]
    if function not in R_CALL_ORDER:
        if problem != "too many positional arguments":
            return ""
        by_position = [p.name for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
        by_keyword = [p.name for p in params if p.kind is p.KEYWORD_ONLY and not p.name.startswith("_")]
        given = len(args) - ("self" in sig.parameters)   # a method's call: args holds the instance
        # esa(tt, 'LIT', 'URB', ...): names written one after another, meant for one argument
        several = ("; several names or values for one argument go in it as one list, e.g. ['A', 'B'], not one "
                   "after another" if len(args) > 1 and isinstance(args[-1], str) and isinstance(args[-2], str) else "")
        return (f"{function}() got {given} positional argument{'s' * (given != 1)} and takes "
                + (f"at most {len(by_position)} (in order: {', '.join(by_position)})" if by_position else "none")
                + (f"; the others by keyword only: {', '.join(f'{n}=...' for n in by_keyword)}" if by_keyword else "")
                + several)
    problem = re.sub(r"^(missing a required)", r"is \1", re.sub(r"^(multiple values|too many)", r"got \1", problem))
    names = [n for n, p in sig.parameters.items() if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD) and n != "self"]
    order = R_CALL_ORDER.get(function)
    if function == "pof" and args and hasattr(args[0], "columns"):   # R's pof(data frame of memberships, outcome)
        order = pof_frame_hint(args[0])
    return (f"{function}() {problem} (its arguments in order: {', '.join(names)})"
            + (f"; {order.format(**_call_parts(args, kwargs, function))}" if order else ""))


def keyword_message(function: str, f, given: dict, keywords=(), r_function: str | None = None) -> str:
    """The message refusing the first keyword of `given` that `f` does not take (see refuses_r_only_arguments):
    an R-only argument of R's `r_function` (default `function`), a truth table's argument, or another name with
    the one meant; '' when `f` takes them all. `keywords`: the names `f`'s **kwargs takes."""
    return (r_only_message(r_function or function, *given) or truth_table_argument_message(function, *given)
            or unknown_keyword_message(function, f, given, keywords))


def placeholder_message(function: str, f, args: tuple, kwargs: dict) -> str:
    """For a call holding Python's `...` (Ellipsis) as an argument, copied from a hint or an example
    (truth_table(data, ...)): which argument it stands for and that it is a placeholder to fill in; '' when no
    argument is `...`."""
    import inspect

    if not any(a is ... for a in args) and not any(v is ... for v in kwargs.values()):
        return ""
    try:
        bound = inspect.signature(f).bind_partial(*args, **kwargs).arguments
    except TypeError:
        bound = {**{f"argument {i + 1}": a for i, a in enumerate(args)}, **kwargs}
    names = [n for n, v in bound.items() if v is ...]
    which = ", ".join(names)
    return (f"{function}() got ... for {which}: the '...' of a hint or an example is a placeholder, not a value; "
            + ("write it in its place" if len(names) == 1 else "write them in their place"))


def text_argument_message(function: str, f, args: tuple, kwargs: dict) -> str:
    """For a call that failed with an array (a Categorical too), Series or DataFrame where the function takes one
    text (an argument annotated str, or with a text default: smmr(sol, cases=df['type'])): which argument, what it got
    and an example, or pd.NA given for one; '' when no such argument is given one (numpy and pandas refuse a truth
    value of many values, or of NA, which named neither)."""
    import inspect

    import numpy as np
    import pandas as pd

    try:
        sig = inspect.signature(f)
        bound = sig.bind_partial(*args, **kwargs).arguments
    except TypeError:
        return ""
    for name, value in bound.items():
        p = sig.parameters[name]
        text = p.annotation in ("str", "str | None", str) or (p.annotation is p.empty and isinstance(p.default, str))
        many = (np.ndarray, pd.Series, pd.DataFrame, pd.Index, pd.api.extensions.ExtensionArray)
        if text and (isinstance(value, many) or value is pd.NA):
            what = ("pd.NA (a missing value)" if value is pd.NA else
                    f"a {type(value).__name__} of shape {'x'.join(map(str, np.shape(value)))}")
            example = f", e.g. {name}={p.default!r}" if isinstance(p.default, str) and p.default else ""
            return f"{function}() takes one text for {name}, got {what}{example}"
    return ""


def refuses_r_only_arguments(function: str):
    """Decorator: a call of the function with an R-only argument of R's `function` (all_sol=True, or
    **{'all.sol': True}) raises QCAInputError with `r_only_message`, not Python's bare TypeError, and so does one
    with a truth table's argument given to minimize (incl_cut=0.8: `truth_table_argument_message`) or with any other
    keyword the function does not take (necessity(..., incl_cut=0.9): `unknown_keyword_message`, naming the
    argument meant); a call that fails with Python's `...` as an argument (truth_table(data, ...), a hint copied as
    it is) says which argument the placeholder stands for (`placeholder_message`), and one failing on an array given
    for a text argument names it (`text_argument_message`); every other call goes through
    unchanged. The arguments are looked at only when the call raises (a keyword the function does not take fails
    before its body runs): a call that works pays for one frame, nothing more, so the small functions called in loops
    (consistency, parse_term) carry it too."""
    import functools
    import inspect

    def decorate(f):
        taken = frozenset(inspect.signature(f).parameters)

        @functools.wraps(f)
        def checked(*args, **kwargs):
            try:
                return f(*args, **kwargs)
            except Exception as error:
                message = placeholder_message(function, f, args, kwargs)   # truth_table(data, ...) copied from a hint
                if not message and isinstance(error, ValueError) and not isinstance(error, QCAInputError):
                    message = text_argument_message(function, f, args, kwargs)
                if not message and isinstance(error, TypeError):
                    message = keyword_message(function, f, kwargs) if kwargs.keys() - taken else ""
                    message = message or call_message(function, f, args, kwargs)   # R's order: pof(e, 'Y', data=df)
                    # an array of one name ('unhashable type'), pd.NA ('boolean value of NA is ambiguous')
                    message = message or text_argument_message(function, f, args, kwargs)
                if message:
                    raise QCAInputError(message) from None
                raise
        return checked
    return decorate


def refuses_unknown_keywords(cls):
    """Class decorator for a class users build themselves (ConfigurationChart, from a chart's saved tables): a keyword
    its constructor does not take raises QCAInputError naming the one meant and the arguments taken
    ('ConfigurationChart() takes no argument 'modelfit'; did you mean 'model_fit'?'), as the functions do, not
    Python's TypeError naming __init__. Looked at only when the constructor raises TypeError, as in
    refuses_r_only_arguments; other TypeErrors (a missing argument) pass unchanged."""
    import functools
    import inspect

    init = cls.__init__
    taken = frozenset(inspect.signature(init).parameters)

    @functools.wraps(init)
    def checked(self, *args, **kwargs):
        try:
            init(self, *args, **kwargs)
        except TypeError:
            message = unknown_keyword_message(cls.__name__, cls, kwargs) if kwargs.keys() - taken else ""
            if message:
                raise QCAInputError(message) from None
            raise
    cls.__init__ = checked
    return cls
