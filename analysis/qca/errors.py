"""Errors of the QCA engine: each says what is wrong and what is allowed."""


class QCAInputError(ValueError):
    """Bad input to the QCA engine (data, parameter or expression)."""


class QCADataError(QCAInputError):
    """A value in the data is wrong (non-numeric, missing, outside what a set allows): the message names the
    column and the cases; the command line adds the file."""


class QCAComplexityError(RuntimeError):
    """A problem too large to solve exactly within the engine's budget; the message says why
    and what to change (fewer conditions, a higher n_cut, an opt-in shortcut)."""
