"""The command line's JSON text: `dumps(obj)` is json.dumps(obj, indent=2, ensure_ascii=False, allow_nan=False),
byte for byte, written faster.

json.dumps uses its C encoder only without `indent`; with indent=2 every value goes through the pure-Python
encoder, 1.8 s for the 53 MB truth table of 100,000 cases x 30 conditions. Indented JSON of a list or dict none of
whose values is a non-empty list or dict is the C encoder's output with the item separator ',\\n' + the indent of
its items, and line breaks after the opening and before the closing bracket (a string's line breaks are written
as \\n, so no other line break is in the text). So the C encoder writes those (and every value: numbers, strings,
None, and json's errors for what it cannot write); only containers holding containers are walked here, their keys
written by json's own string encoder, and a list of records (dicts of the same keys: truth table rows, table
rows) a key at a time (`_records`). A dict holding containers with a key that is not a string (json writes 1 as
"1") is left to json.dumps whole, its lines indented to their depth. What json refuses it refuses with the same
error type (a NaN: ValueError, whose message has no repr of the value here).
"""
from __future__ import annotations

import json
from itertools import chain
from json.encoder import c_make_encoder, encode_basestring

__all__ = ["dumps"]

_SCALARS = frozenset({str, int, float, bool, type(None)})
_OPTIONS = dict(ensure_ascii=False, allow_nan=False)
_ENCODERS: dict[str, object] = {}   # item separator -> json's C encoder


def _encoder(separator: str):
    """json's C encoder (what JSONEncoder.encode makes for each call, made once per separator: 0.8 -> 0.2 us a
    number), with json.dumps' defaults (circular references checked, no default) and _OPTIONS."""
    encode = _ENCODERS.get(separator)
    if encode is None:
        encode = _ENCODERS[separator] = c_make_encoder({}, json.JSONEncoder().default, encode_basestring, None, ": ",
                                                       separator, False, False, False)
    return encode


def _flat(depth: int):
    """The C encoder writing a container at `depth` whose values are no non-empty containers: items on their
    lines (',\n' + their indent)."""
    return _encoder(",\n" + "  " * (depth + 1))


def dumps(obj) -> str:
    """json.dumps(obj, indent=2, ensure_ascii=False, allow_nan=False)."""
    if c_make_encoder is None:   # json without its C accelerator
        return json.dumps(obj, indent=2, **_OPTIONS)
    return _encode(obj, 0)


def _encode(o, depth: int) -> str:
    if isinstance(o, dict):
        values = o.values()
    elif isinstance(o, (list, tuple)):
        values = o
    else:   # a number, a string, None, or what json refuses (its own error)
        return "".join(_flat(depth)(o, 0))
    inner = "\n" + "  " * (depth + 1)
    types = set(map(type, values))   # a quick look first: a list of 30 numbers took 3 us in the loop below
    if types <= _SCALARS or not any(isinstance(v, (dict, list, tuple)) and v for v in values):
        text = "".join(_flat(depth)(o, 0))
        return text if len(text) == 2 else f"{text[0]}{inner}{text[1:-1]}\n{'  ' * depth}{text[-1]}"
    if isinstance(o, dict):
        if not all(isinstance(k, str) for k in o):
            return json.dumps(o, indent=2, **_OPTIONS).replace("\n", "\n" + "  " * depth)
        body = ("," + inner).join(f"{encode_basestring(k)}: {_encode(v, depth + 1)}" for k, v in o.items())
        return f"{{{inner}{body}\n{'  ' * depth}}}"
    items = _records(o, depth + 1)
    if items is None:
        items = [_encode(v, depth + 1) for v in o]
    body = ("," + inner).join(items)
    return f"[{inner}{body}\n{'  ' * depth}]"


def _records(rows, depth: int) -> list[str] | None:
    """Dicts at `depth` with the same string keys (a truth table's rows, a table's records, fit records), written a
    key at a time: one C encoder call writes a key's values for every row when they are all numbers, strings or
    None, or all lists of them (1.9 -> 0.7 s for 100,000 rows); a key with other values (lists of lists: a term's
    case_rows) has each value written by _encode. None for other lists.

    A key's scalars are written separated by NUL, which JSON text never holds (json writes it \\u0000). A key's
    lists are written as one list of lists whose every separator is that of the lists' items; they are cut where
    one list ends and the next begins: ']' + separator + '[', which the items cannot hold (no value but a list
    ends with ']', and a string holds no line break)."""
    first = rows[0]
    if type(first) is not dict or not all(type(k) is str for k in first):
        return None
    keys = list(first)
    if not keys or not all(type(r) is dict and list(r) == keys for r in rows):
        return None
    columns = []
    for k in keys:
        values = [r[k] for r in rows]
        types = set(map(type, values))
        if types <= _SCALARS:
            columns.append("".join(_encoder("\0")(values, 0))[1:-1].split("\0"))
        elif types <= {list, tuple} and set(map(type, chain.from_iterable(values))) <= _SCALARS:
            sep, pad = ",\n" + "  " * (depth + 2), "\n" + "  " * (depth + 2)
            inner = "".join(_encoder(sep)(values, 0))[2:-2].split("]" + sep + "[")
            end = "\n" + "  " * (depth + 1) + "]"
            columns.append([f"[{pad}{t}{end}" if t else "[]" for t in inner])
        else:   # containers of containers (a term's case_rows): each value on its own, the other keys as above
            columns.append([_encode(v, depth + 1) for v in values])
    pad = "\n" + "  " * (depth + 1)
    template = "{" + ",".join(f"{pad}{encode_basestring(k).replace('%', '%%')}: %s" for k in keys) + "\n" \
        + "  " * depth + "}"
    return [template % values for values in zip(*columns)]
