"""Input checks shared by the CLI, the Python API and the HTTP API: one clear message, never a traceback."""
from __future__ import annotations

import datetime as dt
from typing import Optional


class InputError(ValueError):
    """Bad user input; the message is a complete one-line explanation."""


def check_date(date: Optional[str]) -> Optional[str]:
    """Return an ISO date string or None; raise InputError for anything that is not a real date."""
    if date is None or date == "":
        return None
    try:
        return dt.date.fromisoformat(str(date).strip()[:10]).isoformat()
    except ValueError:
        raise InputError(f"not a date (expected YYYY-MM-DD): {date!r}") from None


def check_text(text: object) -> str:
    if not isinstance(text, str):
        raise InputError(f"text must be a string, got {type(text).__name__}")
    if not text.strip():
        raise InputError("empty text: nothing to extract")
    return text
