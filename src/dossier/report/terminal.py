"""Text from articles made safe to print on a terminal.

Titles, names and sentences come from the inputs: a bidirectional override (U+202E reverses what follows),
an escape sequence (ESC, C1 controls) or a carriage return can make a terminal show something else than
the data. ``terminal_safe`` turns tabs and line breaks into spaces and every other control or bidi
formatting character into a visible ``\\uXXXX``.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SPACES = {"\t": " ", "\n": " ", "\r": " ", "\x0b": " ", "\x0c": " "}


def terminal_safe(text: str) -> str:
    """``text`` with control and bidi formatting characters made visible (``\\u202e``), breaks as spaces."""
    return _UNSAFE.sub(lambda m: _SPACES.get(m.group(), f"\\u{ord(m.group()):04x}"), text)
