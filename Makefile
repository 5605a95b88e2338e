# Research compendium: 医防融合 (integration of medical treatment and prevention), two papers reproduced.
#
#   make            create the environment if missing, then run every notebook in dependency order
#   make test       unit tests, agreement with R QCA / SetMethods, claims ledgers, the book in a browser, nbval
#   make help       all targets
#
# Each notebook is one target (a stamp in build/stamps/) whose prerequisites are its real inputs:
# the source notebook, the analysis/ modules it imports, raw data, upstream notebooks and its
# parameters, each file's checksum recorded too (build/params/: a copy with an older date reruns). `make verify`
# checks the outputs against the SHA-256 each run records. Parameters go to papermill through make variables, e.g.
#   make P_03_qca="-p incl_cut 0.9"
# A failed or interrupted notebook never touches its stamp, so the next `make` reruns it, and what it wrote is put back. A parameter the
# notebook does not declare stops make before any notebook runs (with the near name: did you mean incl_cut?), and so
# does a value the notebook's own check refuses (tools/check_parameters.py, PARAM_CHECK); a file a parameter names is a prerequisite (a name make
# cannot track, or a file parameter naming no CSV file in data/raw/, stops make before any notebook runs); a
# notebook one of whose outputs (listed in build/stamps/NAME.outputs) has gone missing reruns.

# GNU make 3.82 or later (tested with 4.3 and 4.4.1): 3.81, macOS's /usr/bin/make, has no .SHELLFLAGS (below), so its
# recipes would run without -e, -u and pipefail, a failing step passing unseen. It stops here in one line instead.
ifneq ($(filter 3.81 3.80 3.79% 3.7% 3.6% 2.% 1.%,$(MAKE_VERSION)),)
$(shell printf '%s\n' 'error: GNU make $(MAKE_VERSION) is too old for this Makefile (it needs 3.82 or later; tested with 4.3 and 4.4.1); on macOS, whose make is 3.81: brew install make, then run gmake instead of make' >&2)
$(error GNU make too old)
endif

# An LC_ALL naming a locale this machine does not have (LC_ALL=zh_CN.UTF-8 from a login profile or an ssh client, on
# a server or container without it; locale -a lists those it has) made bash print "warning: setlocale: LC_ALL: cannot
# change locale" at every shell make starts: some seventy lines around make's own output and its one error line. No
# output depends on the locale (the programs fall back to the C locale; Python runs in UTF-8 mode), so make's shells
# run without that LC_ALL (env -u), said once. (Asked of /bin/sh, before SHELL is bash; LANG or LC_CTYPE naming a
# missing locale make bash say nothing.)
LC_ALL_MISSING := $(if $(LC_ALL),$(shell command -v locale >/dev/null 2>&1 && locale 2>&1 >/dev/null | grep -q LC_ALL && echo yes))
ifneq ($(LC_ALL_MISSING),)
SHELL := /usr/bin/env -u LC_ALL bash
$(shell printf '%s\n' 'note: LC_ALL=$(subst ','\'',$(LC_ALL)) names a locale this machine does not have (locale -a lists those it has); make runs its commands without it (no output depends on the locale)' >&2)
else
SHELL := bash
endif
.SHELLFLAGS := -eu -o pipefail -c
.DELETE_ON_ERROR:
# No `.SECONDARY:` (it was there to keep the parameter files, build/params/NAME.txt, which only the stamps' pattern rule
# named, from being deleted as intermediate files): with no prerequisites it made every target an intermediate file,
# and make does not remake a target for an intermediate prerequisite that does not exist, so a notebook whose stamp was
# gone (taken by the runner run by hand, removed to force a rerun) reran alone, not the notebooks using its outputs,
# and `make -q` answered 0. The parameter files are named below, each as its stamp's prerequisite: no file is
# intermediate.
.DEFAULT_GOAL := all
MAKEFLAGS += --no-builtin-rules
# Every path below is relative to the checkout: make -f CHECKOUT/Makefile from another folder found none of its files
# (cksum's errors, then a lock tools/make_lock.py could not take called 'another make is running'). A named goal (all,
# test, a notebook, ...) stops there, naming how; a goal that names a file (.uv/bin/uv) is made where make runs.
# The checkout's path may hold a space ('~/My Projects/...'): make splits such a path into words, so this Makefile's
# path is taken whole (MAKEFILE_LIST holds only it this early) and compared with the working folder by the shell
# (test -ef: the same folder). Read as words, a plain `make` in '/home/x/my work/repo' stopped here saying it ran in
# another folder than '/home/x work/repo'. The folder named in the message is quoted for the shell when it must be.
# (sq: a word quoted for the shell)
sq = '$(subst ','\'',$(1))'
THIS_MAKEFILE := $(strip $(MAKEFILE_LIST))
CHECKOUT := $(shell cd "$$(dirname -- $(call sq,$(THIS_MAKEFILE)))" 2>/dev/null && pwd -P)
ifneq ($(shell [ . -ef $(call sq,$(CHECKOUT)) ] && echo same),same)
ifneq ($(if $(MAKECMDGOALS),$(foreach g,$(MAKECMDGOALS),$(if $(findstring /,$(g)),,$(g))),all),)
CHECKOUT_SH := $(shell printf '%s' $(call sq,$(CHECKOUT)) | LC_ALL=C grep -q '[^A-Za-z0-9._/+=:,@%-]' && \
  printf '%s' $(call sq,$(call sq,$(CHECKOUT))) || printf '%s' $(call sq,$(CHECKOUT)))
ELSEWHERE := error: make runs in the checkout's folder, not $(CURDIR): cd $(CHECKOUT_SH) && make (or make -C $(CHECKOUT_SH))
$(shell printf '%s\n' $(call sq,$(ELSEWHERE)) >&2)
$(error make run from another folder)
endif
endif
# No recipe (the runner and its notebooks' kernels, the tests, the book) gets the user's Python settings: a module on
# PYTHONPATH named as one the notebooks import (seaborn, analysis) was imported instead, IPython runs PYTHONSTARTUP in
# the kernel, PYTHONWARNINGS and PYTHONDEVMODE change which warnings a cell prints, PYTHONOPTIMIZE drops asserts (the
# runner's USER_PYTHON_SETTINGS; it leaves them out of the kernel's environment itself too).
unexport PYTHONPATH PYTHONSTARTUP PYTHONWARNINGS PYTHONDEVMODE PYTHONOPTIMIZE

VENV   := .venv
PY     := $(VENV)/bin/python
# The environment comes from uv.lock only (pyproject.toml's dependency groups, resolved by `uv lock`).
# uv itself is a pinned PyPI package installed into a small venv of its own (.uv/), never a download script.
# The interpreter's real path (sys.executable), not a launcher such as a pyenv shim: uv recreates the venv
# whenever --python names a different executable than the one the venv was made from.
# Quoted in the recipes: its path may hold a space (a home such as '/home/Jane Doe/').
ifndef PYTHON
PYTHON := $(shell (python3.11 -c 'import sys; print(sys.executable)' || python3 -c 'import sys; print(sys.executable)') 2>/dev/null || echo python3)
endif
# PYTHON quoted for the shell (sq): a path holding a quote ('/home/o'brien/...', make PYTHON="...") broke every
# recipe that wrote it between single quotes, and the first, the check of make variables, stopped make saying a
# notebook's parameter was given as a make variable; one holding a double quote broke the bootstrap's error line.
PYTHON_SH = $(call sq,$(PYTHON))
PYTHON_MISSING = printf '%s\n' $(call sq,error: Python >= 3.11 not found as $(PYTHON_SH); install Python 3.11 or run \
  make PYTHON=/path/to/python3.11) >&2
# A PYTHON given to make (or in the environment) that is not there (a typo, an interpreter since removed) ran first in
# the check of make variables below, which stopped make with bash's "No such file or directory" and "a notebook's
# parameter given as a make variable". Said here, in the bootstrap's line (command -v: no Python is started).
ifneq ($(filter command line environment,$(origin PYTHON)),)
ifeq ($(shell command -v $(PYTHON_SH) 2>/dev/null),)
$(shell $(PYTHON_MISSING))
$(error no Python)
endif
endif
UV_VERSION := 0.13.9
UV     := .uv/bin/uv
# uv checks TLS against its own bundled roots unless told to load the system's store: behind a proxy that re-signs
# TLS with a CA only the system trusts, a first sync (empty uv cache) fails with 'UnknownIssuer' where pip works.
UV_SYSTEM_CERTS ?= 1
# uv's cache is the user's shared one (uv's rule: $XDG_CACHE_HOME/uv, an absolute one, else ~/.cache/uv) unless it
# can be neither created nor written (HOME=/dev/null, a read-only home on a cluster node): uv then stopped the first
# `make` with "Failed to initialize cache", and only a user who knew of UV_CACHE_DIR got further. The project's own
# .uv/cache (git-ignored) is used then, with a note. A UV_CACHE_DIR the user set is left to uv. Worked out only
# when a uv command runs (a recursive variable).
UV_LOCAL_CACHE := $(CURDIR)/.uv/cache
uv_home_cache = $(shell d="$${XDG_CACHE_HOME:-}"; [ "$${d#/}" != "$$d" ] || d=~/.cache; d="$$d/uv"; p="$$d"; \
  while [ ! -e "$$p" ] && [ ! -L "$$p" ]; do p="$$(dirname "$$p")"; done; [ -d "$$p" ] && [ -w "$$p" ] || printf '%s' "$$d")
UV_CACHE = $(if $(UV_CACHE_DIR),,$(if $(uv_home_cache),printf '%s\n' $(call sq,note: uv's cache $(uv_home_cache) cannot be \
  created or written; using the project's .uv/cache (set UV_CACHE_DIR to choose another)) >&2; \
  UV_CACHE_DIR=$(call sq,$(UV_LOCAL_CACHE))))
UV_SYNC = $(UV_CACHE) UV_SYSTEM_CERTS=$(UV_SYSTEM_CERTS) UV_PYTHON_DOWNLOADS=never UV_PROJECT_ENVIRONMENT=$(VENV) $(UV) sync --locked --compile-bytecode --python $(PYTHON_SH)
ENV_RUN  := $(VENV)/.synced
ENV_TEST := $(ENV_RUN)
ENV_LAB  := $(VENV)/.synced-lab
ENV_BOOK := $(VENV)/.synced-book
ENV_BENCH := $(VENV)/.synced-bench
STAMPS := build/stamps
PARAMS := build/params
RUN_NB := $(PY) tools/run_notebook.py

# (the participants' branch, `make participants-branch`, has no solutions notebook; stripped, so that the lists make
# prints there end '... workshop/qca_workshop)', not '... workshop/qca_workshop )')
NOTEBOOKS := $(strip 00_method_validation 01_policy_evolution 02_case_calibration 03_qca 04_figures \
             workshop/qca_workshop $(if $(wildcard notebooks/workshop/qca_workshop_solutions.ipynb),workshop/qca_workshop_solutions))
STAMP_FILES := $(NOTEBOOKS:%=$(STAMPS)/%.done)

# A P_ variable on the command line that names no notebook (P_03qca, P_05_nothing) would be ignored: stop.
UNKNOWN_P := $(filter-out $(NOTEBOOKS:%=P_%),$(foreach v,$(filter P_%,$(.VARIABLES)),$(if $(filter command line,$(origin $v)),$v)))
ifneq ($(UNKNOWN_P),)
$(shell printf '%s\n' 'error: $(UNKNOWN_P): no such notebook; parameters go to P_<notebook>, one of: $(NOTEBOOKS:%=P_%)' >&2)
$(error unknown P_ variable)
endif

# A notebook's parameter given to make as a variable of its own (make incl_cut=0.9, or make P_03_qca=-p incl_cut=0.9
# unquoted) is a make variable that no notebook reads: every notebook ran on its default while the user believed it
# ran at 0.9. Stop, naming the P_ variable to use (tools/param_files.py stray; run only when such a variable is given,
# and only when a notebook's file holds its name: grep first, as a name a notebook declares stands as it is in its
# file, unless it has a character beyond ASCII, which JSON may escape. A make given its own variables, STAMPS=... as
# the tests give them at every run, started Python to find that no notebook declares them: 0.03-0.07 s of CPU.)
CLI_VARS := $(strip $(foreach v,$(filter-out P_%,$(.VARIABLES)),$(if $(filter command line,$(origin $v)),$v)))
ifneq ($(and $(CLI_VARS),$(wildcard tools/param_files.py)),)
ifneq ($(shell { printf '%s\n' $(foreach v,$(CLI_VARS),$(call sq,$v)) | LC_ALL=C grep -q '[^ -~]' || \
  LC_ALL=C grep -qsF $(foreach v,$(CLI_VARS),-e $(call sq,$v)) $(NOTEBOOKS:%=notebooks/%.ipynb); } || exit 0; \
  MAKE_P_GIVEN='$(foreach v,$(filter P_%,$(.VARIABLES)),$(if $(filter command line,$(origin $v)),$v))' \
  $(PYTHON_SH) tools/param_files.py stray $(NOTEBOOKS) -- $(foreach v,$(CLI_VARS),$(call sq,$v=$(value $v))) || echo x),)
$(error a notebook's parameter given as a make variable)
endif
endif

# A notebook named by its file (make notebooks/03_qca.ipynb, as the shell completes it; make 03_qca.ipynb) ran nothing:
# make answered "Nothing to be done" for the source notebook (a file that exists, whatever its outputs) or "No rule to
# make target". A notebook's target is its name (make 03_qca): one error line saying so, before anything runs.
nb_file_goal = $(strip $(foreach nb,$(NOTEBOOKS),$(if $(filter $(patsubst ./%,%,$(1)),notebooks/$(nb).ipynb \
  notebooks/executed/$(nb).ipynb $(nb).ipynb notebooks/$(nb) notebooks/executed/$(nb)),$(nb))))
NB_FILE_GOALS := $(strip $(foreach g,$(MAKECMDGOALS),$(if $(call nb_file_goal,$(g)),$(g))))
ifneq ($(NB_FILE_GOALS),)
$(shell printf '%s\n' "error: $(foreach g,$(NB_FILE_GOALS),make $(g) names a notebook's file, which make does not run; \
  write its name: make $(call nb_file_goal,$(g)).) (notebooks: $(NOTEBOOKS))" >&2)
$(error a notebook named by its file)
endif

# make's one-letter flags are MAKEFLAGS' first word; when there are none, that word is a long option (this
# file's own --no-builtin-rules, whose letters include n), hence the filter-out. A dry run (-n, -q) writes nothing.
MAKE_LETTERS := $(filter-out --%,$(firstword -$(MAKEFLAGS)))
DRY_RUN := $(findstring n,$(MAKE_LETTERS))$(findstring q,$(MAKE_LETTERS))

# ---------------------------------------------------------------- the analysis/ modules each notebook reads
# Computed, not typed by hand (tools/make_deps.py): the modules the notebook's code and the runner import, directly
# or through other modules, and those a package loads on first use that they ask for (analysis/qca's and
# analysis/paper_a's _LAZY: qca.permutation_benchmark reads permutation.py; both load every module so, and notebooks
# 01, which only reads data through the engine's reader, and 02, which calibrates, no longer read the minimisation).
# Every notebook depended on every module of analysis/qca/ and of groups typed by hand for it (QCA_SRC, PAPERA_SRC,
# ...): an edit of analysis/qca/cli.py, which no notebook imports, reran all seven, one of
# analysis/paper_a/diagnostics.py, which only 03 imports, reran five; and a module a notebook started to import
# outside its groups was no prerequisite (tests/test_make_prerequisites.py).
# Worked out again (about a second) only when one of the files it reads changed: MODULES_CACHE holds the answer under
# the checksums (cksum) of those files, so an import added by a copy that keeps an older date counts too. A dry run
# (-n, -q) works it out without writing it. The tool keeps what it read of each module in MODULES_FACTS under the
# module's checksum: after an edit only the edited module is parsed again. Where it cannot be worked out (a module
# Python cannot parse, no Python yet, or not this checkout's: make -f CHECKOUT/Makefile .uv/bin/uv elsewhere), every
# notebook takes every analysis/ module for its prerequisites (the tool says why): an extra rerun, never a stale output.
# An answer is taken only whole: its last line says it is complete (MODULES_END); a Python that answers nothing (a
# stand-in) is no answer.
ANALYSIS_MODULES := $(sort $(shell find analysis -name '*.py' ! -path '*/__pycache__/*' 2>/dev/null))
MODULES_INPUTS := tools/make_deps.py tools/run_notebook.py $(NOTEBOOKS:%=notebooks/%.ipynb) $(ANALYSIS_MODULES)
MODULES_CACHE := build/modules-read.txt
MODULES_FACTS := build/module-facts.json
MODULES_END := end-of-modules
MODULES_READ := $(shell key="$$(cksum $(MODULES_INPUTS) 2>&1 | cksum)"; c='$(MODULES_CACHE)'; \
  if [ -f "$$c" ] && [ "$$(head -n 1 "$$c")" = "key $$key" ]; then tail -n +2 "$$c"; \
  elif [ -f tools/make_deps.py ] && command -v $(PYTHON_SH) >/dev/null 2>&1 && \
    out="$$($(PYTHON_SH) tools/make_deps.py --cache $(MODULES_FACTS) $(if $(DRY_RUN),--read-only) $(NOTEBOOKS))" && \
    [ "$${out##*$$'\n'}" = $(MODULES_END) ]; then \
    printf '%s\n' "$$out"; $(if $(DRY_RUN),:,mkdir -p "$$(dirname "$$c")" && \
    { printf 'key %s\n' "$$key"; printf '%s\n' "$$out"; } > "$$c.$$$$.tmp" && mv -f "$$c.$$$$.tmp" "$$c"); \
  else echo '?'; fi)
ifeq ($(MODULES_READ),?)
modules_of = $(ANALYSIS_MODULES)
else
modules_of = $(patsubst $(1):%,%,$(filter $(1):%,$(MODULES_READ)))
endif

# ---------------------------------------------------------------- data by role
R_REF      := $(wildcard data/reference/r-qca/*.json) $(wildcard data/reference/r-setmethods/*.json) \
              data/reference/r-setmethods/LF_panel.csv
RAW_DIR    := data/raw
POLICY_RAW := $(wildcard $(RAW_DIR)/policy_*.csv) $(wildcard $(RAW_DIR)/paperB_*.csv)
# Paper B's stored abstract, which the claims computed from it read (analysis/paper_b/corpus.py, ABSTRACT_FILE): no
# prerequisite before, so an edit of it left notebooks 01 and 04 up to date (tests/test_make_prerequisites.py)
POLICY_REF := data/reference/seeds/000_7f18ffbc0703f230.txt
# the files notebook 02 reads by default (its case_file and codebook_file); a holder's original matrix
# (paperA_cases.csv, or any other name) is a prerequisite only where a parameter names it (param_files, below):
# as one of a glob, dropping it in or editing it reran 02 to 04 and the workshop on the reconstruction for nothing
PAPERA_RAW := $(wildcard $(RAW_DIR)/paperA_cases_reconstruction.csv $(RAW_DIR)/paperA_codebook.csv)

# A file make cannot name: a space in its name (make reads two names), one of make's own characters (: # $ %), a glob
# character (* ? [ ]: a prerequisite or $(wildcard) is read as a pattern), or what the shell commands below, which list
# the files unquoted, read as syntax (quotes, a backslash, ( ) { } < > | & ; and the backquote). A raw file of a group
# above so named ('paperA_cases 2024.csv', a file manager's '... (copy).csv') stopped every `make` with "No rule to
# make target 'data/raw/paperA_cases'", 'paperA_cases(1).csv' with bash's "syntax error near unexpected token", and
# one named 'paperA_cases[1].csv' was no prerequisite at all; it stops here in one line per file
# (tools/param_files.py; make_words.UNSAFE, the one list of such characters).
# (The shell picks out names with any other character than A-Z a-z 0-9 . _ - first, so that Python runs only then: not
# on every make, and not before an interpreter has been found.)
RAW_GLOBS := policy_*.csv paperB_*.csv paperA_*.csv
ifneq ($(shell cd $(call sq,$(RAW_DIR)) 2>/dev/null || exit 0; for f in $(RAW_GLOBS); do [ -e "$$f" ] || continue; \
  case "$$f" in (*[!A-Za-z0-9._-]*) echo y; break;; esac; done),)
ifneq ($(shell $(PYTHON_SH) tools/param_files.py raw $(call sq,$(RAW_DIR)) $(foreach g,$(RAW_GLOBS),'$(g)') || echo x),)
$(error a raw file's name make cannot use)
endif
endif
# Each P_<notebook>'s words, split once by tools/make_words.py as a POSIX shell splits them (quotes and backslashes
# honoured) with nothing in them run or expanded: the recipe passes exactly these words (P_ARGS_, each quoted for its
# shell), and the files they name are found among them (P_WORDS_). A quote left open, or a $ or backquote outside
# single quotes, stops make in one error line naming the variable: pasted into the recipe as it stood, a value
# holding a quote ("it's.csv") broke the recipe's shell, and a quoted file name was no prerequisite. The value is
# read as typed ($(value), P_value): read as $(P_...), make expanded a $ in it first, as a reference to a make
# variable ($HOME became OME, '$x' became ''), and nothing was left for the check to see.
P_value = $(value P_$(1))
make_words = $(shell $(PYTHON_SH) tools/make_words.py $(2) 'P_$(1)' $(call sq,$(call P_value,$(1))))
ifneq ($(strip $(foreach nb,$(NOTEBOOKS),$(if $(call P_value,$(nb)),$(shell $(PYTHON_SH) tools/make_words.py --check \
  'P_$(nb)' $(call sq,$(call P_value,$(nb))) || echo x)))),)
$(error a P_ variable's value cannot be passed as written)
endif
$(foreach nb,$(NOTEBOOKS),$(if $(call P_value,$(nb)),$(eval P_WORDS_$(nb) := $$(call make_words,$(nb),--names))$(eval \
  P_ARGS_$(nb) := $$(call make_words,$(nb),--shell))))
# A value not of the form -p NAME VALUE (make P_03_qca="incl_cut 0.9", the -p left out, was refused by the runner only
# when notebook 03's turn came, after 00 to 02 had run), a parameter name the notebook does not declare (make
# P_03_qca="-p incl_cutt 0.9": the same, with 'did you mean incl_cut?'), a file a parameter names whose name make cannot use (above: it
# was no prerequisite, so an edit of it left the notebook
# up to date), and a file parameter (a name ending in _file: notebook 02's case_file, codebook_file) naming no CSV
# file in $(RAW_DIR)/ (make P_02_case_calibration="-p case_file missing.csv" ran notebooks 00 and 01, then failed
# inside notebook 02), stop make here, before any notebook runs or any parameter file is written: one `error:` line
# each, naming the variable, the file and what is allowed (tools/param_files.py).
ifneq ($(strip $(foreach nb,$(NOTEBOOKS),$(if $(call P_value,$(nb)),$(shell MAKECMDGOALS=$(call sq,$(MAKECMDGOALS)) \
  $(PYTHON_SH) tools/param_files.py param \
  $(call sq,$(RAW_DIR)) '$(nb)' 'P_$(nb)' $(call sq,$(call P_value,$(nb))) || echo x)))),)
$(error a P_ variable's parameters cannot be used as written)
endif

# The engine's numba kernels, compiled once per checkout into their on-disk cache (numba keys it on the
# sources), so a user's first large problem does not pay ~20 s of compilation. _cover.py and _implicants.py hold
# the switches the warm-up sets (and constants the kernels read): a change there runs it again.
KERNELS := $(STAMPS)/kernels.done
$(KERNELS): analysis/qca/_compiled.py analysis/qca/_cover_kernel.py analysis/qca/_row_sums.py analysis/qca/_cover.py \
            analysis/qca/_implicants.py tools/warm_kernels.py | $(ENV_RUN)
	$(PY) tools/warm_kernels.py
	@mkdir -p $(STAMPS) && touch $@

# The package's bytecode for the test run, compiled again only where a source changed (as `uv sync
# --compile-bytecode` does for the environment): the processes the tests start (the CLI, make's scripts, notebook
# kernels, sweep workers) then load analysis/ without compiling it, about 0.15 s of CPU each, where an environment
# setting PYTHONDONTWRITEBYTECODE (which only stops Python writing bytecode as it imports) had them compile it every
# time. Timestamp-checked, so an edited module is compiled afresh on import until the next run. Skipped in a
# checkout that cannot be written (the test recipe then says so in one line).
BYTECODE := $(STAMPS)/bytecode.done
$(BYTECODE): $(wildcard analysis/*.py analysis/*/*.py analysis/*/*/*.py) | $(ENV_RUN)
	@if [ -w analysis ] && [ -w . ]; then $(PY) -m compileall -q --invalidation-mode timestamp analysis && \
	   mkdir -p $(STAMPS) && touch $@; fi

# ---------------------------------------------------------------- default: reproduce everything
# No recipe, so that `make -q` answers 0 when everything is up to date (a recipe, even an echo, makes a phony
# target always out of date); make itself says "Nothing to be done for 'all'" then.
.PHONY: all
all: $(KERNELS) $(STAMP_FILES)

# One notebook by its name (`make 03_qca`, `make workshop/qca_workshop`): it and what it needs, when out of date.
# (Was "No rule to make target '03_qca'".) No recipe, as for all.
.PHONY: $(NOTEBOOKS)
$(foreach nb,$(NOTEBOOKS),$(eval $(nb): $(KERNELS) $(STAMPS)/$(nb).done))

# ---------------------------------------------------------------- environment
# make took any file at .uv/bin/uv for the uv it installs: one half-written by pip when make and pip were killed
# outright (a CI job's time limit, an out-of-memory kill, kill -9 of the process group) crashed every later sync
# ("Segmentation fault") while make -q said it was up to date, and after UV_VERSION was raised here a checkout kept its
# older uv. A uv that does not answer its version as UV_VERSION is out of date and installed again (--force-reinstall:
# pip took the half-written one for installed). (The one make installs only, not a UV given to make, as the tests'
# stand-ins; about 5 ms.)
ifeq ($(UV),.uv/bin/uv)
ifneq ($(wildcard $(UV)),)
ifneq ($(shell exec 2>/dev/null; $(UV) --version | cut -d " " -f 1-2),uv $(UV_VERSION))
$(UV): FORCE
endif
endif
endif
# A Python without its venv module's ensurepip (Debian's and Ubuntu's python3.11 without the python3.11-venv package,
# a fresh machine's usual state) printed venv's nine lines and left a .uv/ without pip; one error line says the
# package to install, and .uv/ is removed. (ensurepip is asked about only when venv failed.)
NO_ENSUREPIP = printf '%s\n' $(call sq,error: $(PYTHON_SH) has no ensurepip: python -m venv needs it to make .uv/ \
  (where make installs uv); on Debian or Ubuntu: sudo apt install python3.11-venv (python3.X-venv for Python 3.X); \
  then run make again) >&2
$(UV):
	@$(PYTHON_SH) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null || \
	  { $(PYTHON_MISSING); exit 2; }
	@echo $(PYTHON_SH) -m venv .uv; if ! out="$$($(PYTHON_SH) -m venv .uv 2>&1)"; then rm -rf .uv; \
	  if ! $(PYTHON_SH) -c 'import ensurepip' 2>/dev/null; then $(NO_ENSUREPIP); else printf '%s\n' "$$out" >&2; fi; \
	  exit 2; fi
	.uv/bin/python -m pip install --quiet --disable-pip-version-check --force-reinstall "uv==$(UV_VERSION)"

# `make` and `make test` share one exact environment: the package, the run and test groups, nothing else.
# The marker holds the checksums (cksum) of the two files it was synced from: make compares dates, and a lock replaced
# by a copy that keeps an older date (cp -p, rsync -a, an archive) left the environment as it was while the notebooks,
# whose checksums record uv.lock, reran in it. A marker whose checksums differ is out of date. (An empty marker, made
# before the checksums were kept, goes by dates alone until the next sync.)
# The marker also names the folder the environment was made for (a last line 'at /path/to/checkout/.venv'): uv writes
# that path into it, in each script's first line and in the editable install of analysis/, which maps the package to
# the checkout's folder. A checkout moved or renamed then stopped at its next notebook with "No module named
# 'analysis'" (a traceback) while make -q said 0, and a copy (cp -a project project-b) ran its notebooks on the
# original checkout's analysis/ modules, not its own, without a word. A marker naming another folder (or none: made
# before the folder was kept) is out of date, and the environment is made again, from uv's cache.
ENV_FILES := pyproject.toml uv.lock
ENV_AT := at $(if $(filter /%,$(VENV)),$(VENV),$(CURDIR)/$(VENV))
ENV_AT_Q := '$(subst ','\'',$(ENV_AT))'
ENV_TEXT = { cksum $(ENV_FILES); printf '%s\n' $(ENV_AT_Q); }
# An environment whose Python is gone (Python upgraded or removed: pyenv uninstall, a Homebrew upgrade; .venv/bin/python
# a broken link) stopped every notebook with "bash: .venv/bin/python: No such file or directory", and make env, the
# marker being up to date, did nothing: it is out of date too (uv sync then makes it again on the Python found now).
# (Its own marker only, $(VENV)/.synced, and its own bin/python, not PY: the tests' stand-in markers and PY=false.)
ifneq ($(shell { [ -s '$(ENV_RUN)' ] && ! $(ENV_TEXT) | cmp -s - '$(ENV_RUN)'; } $(if $(filter $(VENV)/.synced,$(ENV_RUN)),|| \
  { [ -e '$(ENV_RUN)' ] && [ ! -e '$(VENV)/bin/python' ]; }) && echo stale),)
$(ENV_RUN): FORCE
endif
ENV_MOVED = if [ -s '$(ENV_RUN)' ] && ! grep -qxF $(ENV_AT_Q) '$(ENV_RUN)'; then \
  made="$$(sed -n 's/^at //p' '$(ENV_RUN)')"; if [ -n "$$made" ]; then why="was made for $$made, not for this \
  folder (the checkout moved, or was copied)"; else why="does not say which folder it was made for (an older make)"; \
  fi; echo "==> $(VENV) $$why: its scripts and its install of analysis/ name the folder it was made in; making it again"; \
  rm -rf '$(VENV)'; fi
$(ENV_RUN): $(ENV_FILES) | $(UV)
	@$(if $(filter $(VENV)/.synced,$(ENV_RUN)),$(ENV_MOVED),:)
	$(UV_SYNC) --group test
	@$(ENV_TEXT) > $@

# Extra groups are added on top (--inexact) and re-added whenever the base environment was re-synced.
$(ENV_LAB): $(ENV_RUN)
	$(UV_SYNC) --inexact --group test --group lab
	@touch $@

$(ENV_BOOK): $(ENV_RUN)
	$(UV_SYNC) --inexact --group test --group book
	@touch $@

$(ENV_BENCH): $(ENV_RUN)
	$(UV_SYNC) --inexact --group test --group bench
	@touch $@

.PHONY: env
env: $(ENV_RUN) ## create or update the project environment (.venv) from uv.lock only

.PHONY: lock
lock: | $(UV) ## re-resolve uv.lock after editing pyproject.toml's dependencies, and regenerate environment.yml
	$(UV_CACHE) UV_SYSTEM_CERTS=$(UV_SYSTEM_CERTS) $(UV) lock --python $(PYTHON_SH)
	$(call sq,$(if $(wildcard $(PY)),$(PY),$(PYTHON))) tools/environment_yml.py  # reads the lock's markers with packaging (in .venv)

# ---------------------------------------------------------------- each notebook's files
# What each notebook reads besides its parameters and upstream notebooks' outputs: the notebook, the runner, the
# analysis/ modules it reads (modules_of, above: computed), the lock, reference and raw data. Each is a prerequisite of
# the notebook's stamp, and each file's checksum is kept in $(PARAMS)/src/NAME.sums (see file_sums, below), so a
# module, notebook or data file replaced by a copy that keeps an older date reruns the notebook as an edit does.
NB_COMMON := tools/run_notebook.py uv.lock
SRC_00_method_validation := $(R_REF) \
    data/reference/datasets/LC.csv data/reference/datasets/LF.csv data/reference/datasets/LM.csv \
    data/reference/datasets/CVF.csv data/reference/datasets/d.BWB.csv data/reference/datasets/LR.csv
SRC_01_policy_evolution := $(POLICY_RAW) $(POLICY_REF)
SRC_02_case_calibration := $(PAPERA_RAW)
SRC_03_qca :=
SRC_04_figures := $(POLICY_RAW) $(POLICY_REF)
WORKSHOP_DATA := data/reference/datasets/LR.csv data/reference/datasets/LC.csv data/reference/datasets/LF.csv
SRC_workshop/qca_workshop := $(WORKSHOP_DATA)
SRC_workshop/qca_workshop_solutions := $(WORKSHOP_DATA)
$(foreach nb,$(NOTEBOOKS),$(eval SRC_$(nb) := notebooks/$(nb).ipynb $(NB_COMMON) $(sort $(call modules_of,$(nb)) $(SRC_$(nb)))))

# ---------------------------------------------------------------- parameters (a file per notebook, rewritten only on change)
# Written while make reads this file (not by a rule forced to run), so that `make -n` and `make -q` tell the
# truth: a stamp is out of date only when its notebook's P_<name> really changed. A dry run (-n, -q) writes
# nothing: a changed parameter there only marks its file out of date.
# (DRY_RUN: make's -n or -q, above)
# One make at a time runs a checkout's notebooks (tools/make_lock.py): a second make (another terminal, make -k beside a
# running make) ran the same notebooks side by side, each runner refusing those the other held, -k going on with the
# next, and rewrote the parameter files the first was running with; two failed makes and a build neither finished.
# It now stops here, before anything is written, in one `error:` line naming the other make. Taken by a make that
# would run notebooks (all, a notebook by name, a stamp, clean) or reads what they write while it may be rewritten
# (test and test-explore rerun the notebooks under nbval; report and the books build from their outputs), not by a
# dry run (-n, -q: they only read) nor by a make a recipe of the holding make started. A Python that cannot be run
# (exit status other than 2) is said by the $(UV) rule, not here.
LOCKING_GOALS := all $(NOTEBOOKS) clean $(STAMPS)/% test test-explore report book book-participants
ifeq ($(DRY_RUN),)
ifneq ($(if $(MAKECMDGOALS),$(filter $(LOCKING_GOALS),$(MAKECMDGOALS)),all),)
ifneq ($(shell $(PYTHON_SH) tools/make_lock.py $(call sq,$(STAMPS)/.make.lock) "$$PPID" || [ $$? -ne 2 ] || echo x),)
$(error another make is running in this checkout)
endif
endif
endif
# A failed run keeps its partial notebook, notebooks/executed/.NAME.failed.ipynb, for inspection (the runner's error
# line names it); it holds what that run read and printed. The run put its outputs back, so its notebook stays up to
# date and a plain `make` did not run it again: the copy stayed, unnamed, with a holder's confidential matrix in it
# after a failed `make P_02_case_calibration="-p case_file paperA_cases.csv"` (README, "Running Paper A on the
# original case matrix"). It now lasts until the next make that runs notebooks (all, a notebook, a stamp), which
# removes it before it runs anything, saying so; a dry run (-n, -q) removes nothing.
EXECUTED := notebooks/executed
FAILED_COPIES := $(wildcard $(EXECUTED)/.*.failed.ipynb $(EXECUTED)/*/.*.failed.ipynb)
ifneq ($(and $(FAILED_COPIES),$(if $(DRY_RUN),,yes)),)
ifneq ($(if $(MAKECMDGOALS),$(filter all $(NOTEBOOKS) $(STAMPS)/%,$(MAKECMDGOALS)),all),)
$(foreach f,$(FAILED_COPIES),$(shell rm -f $(call sq,$(f)) && printf '%s\n' $(call sq,note: removed $(f): the partial notebook an earlier failed run left for inspection (kept until the next make)) >&2))
endif
endif
# The file holds the parameters and the files they name as found now (param_files, below), so a named file
# that was deleted or renamed changes it too: the notebook reruns (and says the file is missing).
param_files = $(foreach w,$(P_WORDS_$(1)),$(foreach f,$(wildcard $(RAW_DIR)/$(w) notebooks/$(w) $(w)),$(if $(wildcard $(f)/.),,$(f))))
# Each named file's checksum (cksum: CRC and size) follows: make compares dates, and a file replaced by a copy that keeps
# an older date (cp -p, rsync -a, unpacked from an archive) was older than the stamp, so its notebook kept the old
# file's results; its checksum changes the parameter file, which reruns the notebook.
file_sums = $(if $(strip $(1)),cksum $(1);,)
params_text = { printf '%s\n' $(call sq,$(call P_value,$(1))) 'files: $(strip $(call param_files,$(1)))'; $(call file_sums,$(call param_files,$(1))) }
# The file a run's parameters replace is kept, with its date, as NAME.txt.prev until that run succeeds: a run that
# fails (a refused parameter, say) puts it back (the notebook's recipe), so its outputs, which the runner put back
# too, are up to date again (`make -q` 0), and asking again for the kept parameters takes it back, not a new file
# (a run that never started, stopped or killed, reruns nothing).
# (params_update: the shell that rewrites one notebook's file when its text changed; one shell for every file, below)
params_update = $(call text_to_t,$(call params_text,$(1))); $(call t_is,$(PARAMS)/$(1).txt) || { \
  P='$(PARAMS)/$(1).txt'; mkdir -p "$${P%/*}" && \
  if [ -e "$$P.prev" ] && { $(call t_is,"$$P.prev"); }; then mv -f "$$P.prev" "$$P"; \
  else { [ -e "$$P.prev" ] || [ ! -e "$$P" ] || cp -p "$$P" "$$P.prev"; } && \
  $(call put_t,"$$P.tmp",$(call params_text,$(1))) && mv -f "$$P.tmp" "$$P"; fi; } || :;
$(PARAMS)/%.txt:
	@mkdir -p $(@D)
	@$(call params_text,$*) > $@
$(foreach nb,$(NOTEBOOKS),$(eval $(STAMPS)/$(nb).done: $(PARAMS)/$(nb).txt))

# The raw files are found by a glob, so one deleted or renamed would go unnoticed (the glob no longer lists it):
# each group's list of names is kept the same way, in $(PARAMS)/raw/GROUP.list, and is a prerequisite too; with each
# file's checksum, so that a file replaced by an older-dated copy reruns its notebooks as an edit does (file_sums).
RAW_LIST_policy := $(POLICY_RAW)
RAW_LIST_paperA := $(PAPERA_RAW)
list_text = { printf '%s\n' $(RAW_LIST_$(1)); $(call file_sums,$(RAW_LIST_$(1))) }
list_update = $(call text_to_t,$(call list_text,$(1))); $(call t_is,$(PARAMS)/raw/$(1).list) || { \
  mkdir -p $(PARAMS)/raw && $(call put_t,$(PARAMS)/raw/$(1).list.tmp,$(call list_text,$(1))) && \
  mv -f $(PARAMS)/raw/$(1).list.tmp $(PARAMS)/raw/$(1).list; } || :;
$(PARAMS)/raw/%.list:
	@mkdir -p $(@D)
	@$(call list_text,$*) > $@

# Each notebook's files with their checksums, kept the same way in $(PARAMS)/src/NAME.sums (the names too: a module
# deleted, renamed or added changes it).
sums_text = { $(call file_sums,$(SRC_$(1))) }
sums_update = $(call text_to_t,$(call sums_text,$(1))); $(call t_is,$(PARAMS)/src/$(1).sums) || { \
  P='$(PARAMS)/src/$(1).sums'; mkdir -p "$${P%/*}" && $(call put_t,"$$P.tmp",$(call sums_text,$(1))) && \
  mv -f "$$P.tmp" "$$P"; } || :;
$(PARAMS)/src/%.sums:
	@mkdir -p $(@D)
	@$(call sums_text,$*) > $@

# The three kinds of file above are checked, and those whose text changed rewritten, by one shell (not a shell, a cmp
# and a cksum per file: sixteen files, some 40 processes at every make, -n and -q too, a tenth of a second of CPU).
# Each file is compared as cmp compares it, byte for byte: text_to_t puts the text and a final '.' in $t (the '.'
# keeps its final line ends; a text whose command failed has none, so it matches no file), and t_is reads the file
# whole (read's -d '': to a NUL byte, which a text never holds, so a file holding one differs; a file that cannot be
# read is empty, and no text is) and compares. put_t writes $t's text (the text's command again if it failed, as
# before). A dry run (-n, -q) writes nothing: it marks the files whose text changed out of date (FORCE).
text_to_t = t="$$($(1) && printf .)" || :
t_is = f=; { IFS= read -r -d '' f && f=; } 2>/dev/null < $(1) || :; [ "$$t" = "$$f." ]
put_t = case $$t in *.) printf '%s' "$${t%.}" > $(1);; *) $(2) > $(1);; esac
ifneq ($(DRY_RUN),)
$(foreach f,$(shell \
  $(foreach nb,$(NOTEBOOKS),$(call text_to_t,$(call params_text,$(nb))); $(call t_is,$(PARAMS)/$(nb).txt) || \
    echo $(PARAMS)/$(nb).txt;) \
  $(foreach g,policy paperA,$(call text_to_t,$(call list_text,$(g))); $(call t_is,$(PARAMS)/raw/$(g).list) || \
    echo $(PARAMS)/raw/$(g).list;) \
  $(foreach nb,$(NOTEBOOKS),$(call text_to_t,$(call sums_text,$(nb))); $(call t_is,$(PARAMS)/src/$(nb).sums) || \
    echo $(PARAMS)/src/$(nb).sums;)),$(eval $(f): FORCE))
else
$(shell $(foreach nb,$(NOTEBOOKS),$(call params_update,$(nb))) $(foreach g,policy paperA,$(call list_update,$(g))) \
  $(foreach nb,$(NOTEBOOKS),$(call sums_update,$(nb))))
endif

.PHONY: FORCE
FORCE:

# ---------------------------------------------------------------- notebooks
# The runner refuses parameters a notebook does not declare, and lists every file the notebook wrote in
# $(STAMPS)/NAME.outputs (written atomically, after success). It writes the stamp last, dated when the run
# started (not ended, as `touch` would), so a notebook or input edited during the run leaves it out of date. A run
# that does not succeed puts the parameter file back (--params; and the `||` below, for a refusal before it starts):
# the runner does it too because SIGTERM to make alone kills the recipe's shell before its `||` runs.
# The recipe is not echoed (the runner's own '==> running NAME' line says what runs; `make -n` still lists it): its
# two lines of shell read as an alarm to a new user. A failure stays loud: the runner's error and make's 'Error N'.
$(STAMPS)/%.done: notebooks/%.ipynb $(PARAMS)/%.txt tools/run_notebook.py uv.lock | $(ENV_RUN)
	@mkdir -p $(@D)
	@$(note_$*)
	@$(RUN_NB) $* --manifest $(STAMPS)/$*.outputs --params $(PARAMS)/$*.txt --stamp $@ $(P_ARGS_$*) || \
	  { status=$$?; if [ -e $(PARAMS)/$*.txt.prev ]; then mv -f $(PARAMS)/$*.txt.prev $(PARAMS)/$*.txt; fi; exit $$status; }
	@rm -f $(PARAMS)/$*.txt.prev

# A value a notebook's own check refuses (make P_03_qca="-p incl_cut 1.5": the check in the first code cell after its
# parameters cell) stopped the build only when that notebook's turn came, on a fresh clone after 00 to 02 had run. Each
# notebook given a P_ value has its check asked first (tools/check_parameters.py, in .venv), before any notebook runs
# (and before the kernels' warm-up, 10 to 20 s on a fresh clone):
# one `error:` line naming the variable and the check's message. $(PARAMS)/NAME.checked records a check passed for the
# parameters in $(PARAMS)/NAME.txt, so the same values are not checked again (and `make -q` answers 0 once built);
# refused, the parameter file is put back as the runner's failure puts it back (the last good run stays up to date).
# Not echoed (@): a refused value showed two lines of shell (the check and its put-back) above its one `error:` line;
# a passed check prints nothing. `make -n` still lists it.
PARAM_CHECK := $(PY) tools/check_parameters.py
P_SET := $(foreach nb,$(NOTEBOOKS),$(if $(call P_value,$(nb)),$(nb)))
$(PARAMS)/%.checked: $(PARAMS)/%.txt notebooks/%.ipynb tools/check_parameters.py | $(ENV_RUN)
	@$(PARAM_CHECK) $* $(P_ARGS_$*) || \
	  { status=$$?; if [ -e $(PARAMS)/$*.txt.prev ]; then mv -f $(PARAMS)/$*.txt.prev $(PARAMS)/$*.txt; fi; exit $$status; }
	@touch $@
$(STAMP_FILES) $(KERNELS): | $(P_SET:%=$(PARAMS)/%.checked)

# Paper A's original matrix in place (README, "Running Paper A on the original case matrix") while notebook 02 runs
# on another case file (a plain `make`: the reconstruction) is said here, on the terminal: said in the executed
# notebook, it kept a plain `make` from writing the committed notebook back byte for byte.
# The CSV file, or else the workbook or Stata or SPSS file (read as it is: analysis/paper_a/case_workbook.py; the
# suffixes of analysis/paper_a/parameters.py's READ_WORKBOOK_SUFFIXES), the first there.
ORIGINAL_CASES := $(or $(notdir $(firstword $(wildcard $(addprefix $(RAW_DIR)/paperA_cases,.csv .xlsx .xlsm .xls .ods .dta .sav .zsav .por)))),paperA_cases.csv)
ORIGINAL_UNANALYSED := $(if $(wildcard $(RAW_DIR)/$(ORIGINAL_CASES)),$(if $(filter $(ORIGINAL_CASES),$(P_WORDS_02_case_calibration)),,yes))
ORIGINAL_NOTE := printf '%s\n' 'note: $(RAW_DIR)/$(ORIGINAL_CASES) is in place but not analysed (case_file is the default, the reconstruction, or the file P_02_case_calibration names); to analyse it: make P_02_case_calibration="-p case_file $(ORIGINAL_CASES)"' >&2
# The file is no prerequisite of a plain `make` (PAPERA_RAW), so dropped in or edited since notebook 02 last ran it
# reruns nothing: said then, whatever runs, until 02 runs again (on it, or on the reconstruction with the note below).
ifneq ($(ORIGINAL_UNANALYSED),)
ifneq ($(shell [ -e '$(STAMPS)/02_case_calibration.done' ] && [ '$(RAW_DIR)/$(ORIGINAL_CASES)' -nt '$(STAMPS)/02_case_calibration.done' ] && echo newer),)
$(shell $(ORIGINAL_NOTE))
ORIGINAL_NOTED := yes
endif
endif
note_02_case_calibration = $(if $(ORIGINAL_UNANALYSED),$(if $(ORIGINAL_NOTED),,$(ORIGINAL_NOTE)))

# A notebook one of whose listed outputs is missing (deleted by hand) is out of date: it reruns.
MISSING_OUTPUTS := $(shell find $(STAMPS) -name '*.outputs' 2>/dev/null | sort | while IFS= read -r m; do \
    while IFS= read -r f; do [ -e "$$f" ] || { echo "$${m%.outputs}.done"; break; }; done < "$$m"; done)
ifneq ($(MISSING_OUTPUTS),)
$(info ==> outputs missing, rerunning: $(patsubst $(STAMPS)/%.done,%,$(MISSING_OUTPUTS)))
$(MISSING_OUTPUTS): FORCE
endif

# A runner killed outright (SIGKILL: an out-of-memory kill, a CI time limit, kill -9) cannot put back what its notebook
# wrote: the outputs are half-written, and its record of the files it replaced (build/stamps/.NAME.rollback/, named
# by tools/run_notebook.py) stays until the notebook's next run undoes it first. The recipe had put the parameter file
# back, so the notebook looked up to date (make -q 0) and the half-written outputs stood as the build's. It reruns.
KILLED_RUNS := $(strip $(foreach nb,$(NOTEBOOKS),\
  $(if $(wildcard $(dir $(STAMPS)/$(nb)).$(subst /,__,$(nb)).rollback),$(STAMPS)/$(nb).done)))
# A record whose notebook's lock (the runner's hold_lock, build/stamps/.NAME.lock) is held belongs to a run going on now
# (a make in another terminal), not a killed one: `make -q` or `make verify` beside a running make said "a run was
# killed". Out of date all the same (the running make writes the stamp when it is done). Where flock(1) is missing,
# every record is taken for a killed run's, as before.
lock_of = $(dir $(STAMPS)/$(1)).$(subst /,__,$(1)).lock
RUNNING_NOW := $(if $(KILLED_RUNS),$(shell command -v flock >/dev/null 2>&1 || exit 0; \
  for pair in $(foreach nb,$(patsubst $(STAMPS)/%.done,%,$(KILLED_RUNS)),$(nb)=$(call lock_of,$(nb))); do \
    l="$${pair#*=}"; if [ -e "$$l" ] && ! flock -n "$$l" true 2>/dev/null; then printf '%s\n' "$${pair%%=*}"; fi; done))
KILLED_NOW := $(filter-out $(RUNNING_NOW),$(patsubst $(STAMPS)/%.done,%,$(KILLED_RUNS)))
ifneq ($(KILLED_RUNS),)
$(if $(KILLED_NOW),$(info ==> a run was killed before it could put back what it wrote, rerunning: $(KILLED_NOW)))
$(if $(RUNNING_NOW),$(info ==> being run now by another runner in this checkout (another make?), not up to date until it ends: $(RUNNING_NOW)))
$(KILLED_RUNS): FORCE
endif

# Any file a parameter names (a name in $(RAW_DIR)/, a path from notebooks/ or from the project root, or an
# absolute path) is a prerequisite of its notebook: edit it and the notebook reruns. (Found by a glob, so a named
# file deleted or renamed leaves the list: the parameter file records the list, see params_text, and reruns it.)
$(foreach nb,$(NOTEBOOKS),$(eval $(STAMPS)/$(nb).done: $(call param_files,$(nb))))

$(foreach nb,$(NOTEBOOKS),$(eval $(STAMPS)/$(nb).done: $(SRC_$(nb)) $(PARAMS)/src/$(nb).sums))
$(STAMPS)/01_policy_evolution.done $(STAMPS)/04_figures.done: $(PARAMS)/raw/policy.list
$(STAMPS)/02_case_calibration.done: $(PARAMS)/raw/paperA.list
$(STAMPS)/03_qca.done: $(STAMPS)/02_case_calibration.done
$(STAMPS)/04_figures.done: $(STAMPS)/00_method_validation.done $(STAMPS)/01_policy_evolution.done $(STAMPS)/03_qca.done
$(STAMPS)/workshop/qca_workshop.done $(STAMPS)/workshop/qca_workshop_solutions.done: $(STAMPS)/02_case_calibration.done

# ---------------------------------------------------------------- checks, lab, report, benchmarks
.PHONY: test test-explore
# The participants' branch (`make participants-branch`) has no tests/ (they check the solutions): there `make test`
# would install the test tools and a browser (with sudo) and then find nothing to run. One error line instead.
ifeq ($(wildcard tests/.),)
test test-explore:
	@echo "error: no tests/ in this copy (the participants' edition of the workshop leaves them out: they check the solutions); make test belongs to the full repository. make, make lab and make book-participants work here" >&2; exit 2
else
# pytest-xdist workers: one per core, at most 4 (each holds its own kernels and module fixtures); a test file runs
# whole on one worker (--dist loadfile), so a module's fixtures are built once and a notebook's cells stay in order.
# TEST_WORKERS=0 runs the suite in one process.
TEST_WORKERS ?= $(shell n=$$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1); [ "$$n" -gt 4 ] && n=4; echo $$n)
READ_ONLY_TEST := cannot be written (a read-only checkout?): make test re-runs the notebooks (nbval), which write \
  data/derived/ and figures/, and writes to build/; run it in a writable copy (git clone)
test: $(ENV_TEST) $(ENV_BOOK) $(KERNELS) $(BYTECODE) browser ## run every test: unit, R QCA agreement, claims, the book in a browser, nbval of the notebooks
	@for d in . data/derived figures notebooks/executed; do if [ -e "$$d" ] && [ ! -w "$$d" ]; then \
	   echo "error: $$(if [ "$$d" = . ]; then echo $(call sq,$(CURDIR)); else echo "$$d/"; fi) $(READ_ONLY_TEST)" >&2; exit 2; fi; done
	@missing="$$(for nb in $(NOTEBOOKS); do [ -e notebooks/executed/$$nb.ipynb ] || printf '%s ' $$nb; done)"; \
	 if [ -n "$$missing" ]; then echo "error: no executed copy of: $$missing(after make clean?): run make first; make test checks the executed notebooks and what they wrote" >&2; exit 2; fi
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadfile tests notebooks/executed --nbval --nbval-sanitize-with tests/nbval_sanitize.cfg -p no:cacheprovider

# Property tests with fresh random examples (`make test` runs them derandomised: the same examples each time).
.PHONY: test-explore
test-explore: $(ENV_TEST) $(KERNELS) $(BYTECODE) ## property tests (Hypothesis) with new random examples, to look for counterexamples
	HYPOTHESIS_PROFILE=explore $(PY) -m pytest tests -m hypothesis -p no:cacheprovider
endif

# The book's browser test needs Debian's chromium + chromium-driver (installed once, with apt-get).
.PHONY: browser
browser:
	@if [ -n "$${SKIP_BROWSER_TESTS:-}" ]; then echo "==> SKIP_BROWSER_TESTS set: browser tests will be skipped"; \
	 elif [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then :; else tools/install_browser.sh; fi

# make compares dates: an output edited by hand after the build, or one no notebook writes any more (left by an older
# run), looks up to date. Each run records its outputs' SHA-256 (build/stamps/NAME.sha256); this names every output
# that differs, is missing or was written by no notebook, and every notebook make would run again. Runs with the
# system Python (standard library only), so a checkout without .venv, or read-only, can be checked too.
# Beside a running make (another terminal) it cannot check now: one line says so, and the check exits 3, not the 1 of
# outputs that differ. make exits 2 for both (its status for any failed step); its last line shows the check's
# (Error 1, Error 3), and tools/verify_outputs.py run directly exits with it.
.PHONY: verify
verify: ## check the outputs are what the last build wrote: none edited by hand, missing or stray (left by an older run); make's last line says Error 1 when not, Error 3 when it cannot check now (a make is running here: try again when it ends)
	@$(PYTHON_SH) tools/verify_outputs.py --stamps '$(STAMPS)' $(NOTEBOOKS)

.PHONY: lab
# As root (a container, a teaching VM) Jupyter refuses to start without --allow-root.
LAB_ROOT := $(if $(filter 0,$(shell id -u 2>/dev/null)),--allow-root,)
lab: $(ENV_LAB) ## open the notebooks in JupyterLab
	$(VENV)/bin/jupyter lab notebooks/ $(LAB_ROOT)

# The book is built from the committed executed notebooks as they are (nothing is re-run; `make` first to
# refresh them): Sphinx + MyST-NB + Sphinx Book Theme, offline (docs/book-tool-choice.md). It refuses outputs that are
# not what the build wrote (make verify's check: edited by hand or missing; with no build recorded, those git sees
# modified), naming them and how to rebuild them: it does not rebuild them itself (tools/build_book.py). Notebooks `make` would
# run again (02 ran, then 03 failed: outputs of two runs) are named on the book's first page and their own.
# BOOK_EDITION=participants (or `make book-participants`): the participants' edition, without the workshop's
# solutions notebook, to build/book-participants/ (never build/book/); SOLUTIONS_RELEASE="on the course page on
# Friday" says where the solutions will be released, SOLUTIONS_RELEASE_ZH="周五在课程网页上发布" the same in Chinese
# (tools/build_book.py reads them from the environment). Given on make's command line, each is passed as written:
# make would read '$5' in it as its variable 5 (empty) and '$(HOME)' as the home folder.
ifeq ($(origin SOLUTIONS_RELEASE),command line)
override SOLUTIONS_RELEASE := $(value SOLUTIONS_RELEASE)
export SOLUTIONS_RELEASE
endif
ifeq ($(origin SOLUTIONS_RELEASE_ZH),command line)
override SOLUTIONS_RELEASE_ZH := $(value SOLUTIONS_RELEASE_ZH)
export SOLUTIONS_RELEASE_ZH
endif
BOOK_EDITION ?= full
.PHONY: report book book-participants
report: $(ENV_BOOK) ## build the book (every executed notebook, READMEs, claims ledgers, figure index, API and CLI reference) to build/book/ (opens offline; refuses outputs edited since the build)
	@$(MAKE) -s -q all 2>/dev/null || echo "warning: the executed notebooks are not up to date with their inputs and the default parameters (make -q all): the book shows them as they are; run make first to refresh them" >&2
	$(PY) tools/build_book.py --edition '$(BOOK_EDITION)'
book: report ## the same as make report
book-participants: ## the book for a workshop's participants: no solutions notebook, to build/book-participants/
	@$(MAKE) --no-print-directory report BOOK_EDITION=participants
# PARTICIPANTS_BRANCH=name (default participants); SOLUTIONS_RELEASE (and SOLUTIONS_RELEASE_ZH) as for book-participants.
# In the participants' edition (no solutions notebook to leave out) one error line, before any environment is synced.
.PHONY: participants-branch
PARTICIPANTS_BRANCH ?= participants
ifeq ($(wildcard notebooks/*_solutions.ipynb notebooks/*/*_solutions.ipynb),)
participants-branch:
	@echo "error: no *_solutions.ipynb in this copy: it is already the participants' edition of the workshop (nothing to leave out); make participants-branch belongs to the full repository. make, make lab and make book-participants work here" >&2; exit 2
else
participants-branch: | $(ENV_RUN) ## a git branch for participants: the last commit without solutions, tests and CI (push it, link Binder to it)
	$(PY) tools/participants_branch.py --branch '$(PARTICIPANTS_BRANCH)'
endif

.PHONY: bench
# workers for a long cover search (-1: every core); `make bench BENCH_JOBS=1` for one process
BENCH_JOBS ?= -1
bench: $(ENV_BENCH) $(KERNELS) ## speed of the public QCA engine (API and CLI, medians, peak memory), every answer checked; R QCA times beside
	$(PY) benchmarks/run.py --jobs $(BENCH_JOBS) $(BENCH_ARGS)

# Not part of `make`: rebuilds the raw file itself (a seeded search; see tools/reconstruction/README.md).
.PHONY: reconstruction
reconstruction: $(ENV_RUN) ## regenerate data/raw/paperA_cases_reconstruction.csv byte-identically (a seeded search)
	$(PY) tools/reconstruction/generate.py

# Goals given together run one after the other, as they are typed, when one of them deletes or reads what the
# notebooks write (clean; verify, the tests, the book) or times the engine (bench: beside a notebook, on cores the
# notebook shares, its figures were not the engine's): with -j2 make started them side by side. `make -j2 clean all`
# ran clean's rm -rf beside all, removing build/ while make wrote the files the stamps need ("build/params/src/
# NAME.sums: No such file or directory"): make stopped with nothing rebuilt and the outputs gone; `make -j2 all
# verify` checked beside the notebook all was running and failed. Such a make runs serially throughout (.NOTPARALLEL
# with no prerequisites: the whole make, in GNU make 4.3 and 4.4), its notebooks one at a time; `make -j2` alone, or
# with notebooks' names, still runs two at once (tests/test_make_parallel.py).
SERIAL_GOALS := clean verify test test-explore report book book-participants participants-branch bench
ifneq ($(and $(filter $(SERIAL_GOALS),$(MAKECMDGOALS)),$(word 2,$(MAKECMDGOALS))),)
.NOTPARALLEL:
endif

.PHONY: clean
# (.*.tmp: a temporary copy analysis/io.py leaves only if the writing kernel was killed outright)
clean: ## delete derived outputs (data/derived, figures, executed notebooks, build); never data/raw
	rm -rf build data/derived/* data/derived/.*.tmp figures/* figures/.*.tmp notebooks/executed/*.ipynb \
		notebooks/executed/.*.ipynb notebooks/executed/*/*.ipynb notebooks/executed/*/.*.ipynb

.PHONY: help
# Only what works in this copy is listed: the participants' branch (`make participants-branch`) has no tests/ (make
# test and make test-explore say so in one error line) and no solutions notebook to leave out (make
# participants-branch refuses), so those three are not offered there.
HELP_NOT_HERE := $(if $(wildcard tests/.),,test test-explore) \
                 $(if $(wildcard notebooks/*_solutions.ipynb notebooks/*/*_solutions.ipynb),,participants-branch)
help: ## list the targets
	@echo "make                     reproduce everything (creates .venv first if missing)"
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/^([a-z-]+):.*## /\1\t/' | \
	  awk -F'\t' -v not_here=' $(strip $(HELP_NOT_HERE)) ' 'index(not_here, " " $$1 " ") == 0 {printf "make %-20s%s\n", $$1 " ", $$2}'
	@$(if $(wildcard tests/.),:,echo "(the participants' edition of the workshop: no tests/ here, make test belongs to the full repository)")
	@echo "make NOTEBOOK            one notebook and what it needs, e.g. make 03_qca (names: $(NOTEBOOKS))"
	@echo "Parameters:              make P_03_qca=\"-p incl_cut 0.9\" (any notebook: P_<notebook name>)"
