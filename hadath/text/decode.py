"""Bytes to text: UTF-8 (with or without BOM), UTF-16 (with BOM, or BOM-less by its NUL pattern),
Windows-1256 and ISO-8859-6, chosen by which decoding yields plausible Arabic text.

The text is returned as decoded, minus the BOM (newlines are not rewritten, so offsets refer to exactly what
was in the file). Undecodable input raises :class:`DecodeError`, empty input :class:`EmptyInputError`; both
carry a one-line message naming the input.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

SAMPLE = 1 << 16  # bytes inspected when guessing a legacy code page


class DecodeError(ValueError):
    """The bytes are not text in any supported encoding."""


class EmptyInputError(DecodeError):
    """The input is empty or only whitespace."""


# C0/C1 controls other than tab, newline, carriage return, form feed; they do not occur in real text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_LETTER = re.compile(r"[^\W\d_]")


def _clean(text: str, name: str) -> str:
    if not text.strip() or not text.strip("\ufeff \t\r\n\x00"):
        raise EmptyInputError(f"{name}: empty input (no text)")
    return text


def _implausible(text: str) -> str | None:
    """Why ``text`` does not look like real text, or None when it does."""
    if not text:
        return None
    controls = len(_CONTROL.findall(text))
    if controls > max(2, len(text) // 1000):
        return f"{controls} control characters"
    sample = text[:SAMPLE]
    odd = sum(1 for c in set(sample) if unicodedata.category(c) in ("Cn", "Co", "Cs"))
    if odd > 2:
        return "unassigned or private-use characters"
    return None


def _utf16_guess(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when the NUL bytes fall on one parity, as in BOM-less UTF-16 text."""
    sample = data[:SAMPLE]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even = sample[0::2]
    odd = sample[1::2]
    half = len(sample) // 2
    # Arabic in UTF-16 has 0x06 as its high byte; ASCII has 0x00.
    hi_odd = (odd.count(0) + odd.count(6)) / half
    hi_even = (even.count(0) + even.count(6)) / half
    if hi_odd > 0.6 and hi_even < 0.3:
        return "utf-16-le"
    if hi_even > 0.6 and hi_odd < 0.3:
        return "utf-16-be"
    return None


def _legacy_score(text: str) -> float:
    """Share of letters that are Arabic letters, minus a penalty for controls: higher is more plausible."""
    letters = len(_LETTER.findall(text))
    if not letters:
        return 0.0
    arabic = len(_ARABIC_LETTER.findall(text))
    return arabic / letters - 10 * len(_CONTROL.findall(text)) / max(1, len(text))


def decode_bytes(data: bytes, name: str = "<input>") -> str:
    """Decode ``data`` (a whole file) to text; raise DecodeError / EmptyInputError with a clear message."""
    if not data or not data.strip():
        raise EmptyInputError(f"{name}: empty input (no text)")
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
        text = _mostly_utf8(data)
        if text is None:
            raise DecodeError(f"{name}: invalid UTF-8 after a UTF-8 byte-order mark")
        why = _implausible(text)
        if why:
            raise DecodeError(f"{name}: not text ({why} in UTF-8 input)")
        return _clean(text, name)
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        enc = "utf-16-le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
        return _strict(data[2:], enc, name)
    guess = _utf16_guess(data)
    if guess:
        return _strict(data, guess, name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _mostly_utf8(data)
        if text is None:
            return _legacy(data, name)
    why = _implausible(text)
    if why:
        raise DecodeError(f"{name}: not text ({why} in UTF-8 input)")
    return _clean(text, name)


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken sequences (a truncated last character, a stray byte) decodes with U+FFFD in
    their place; a legacy code page gives far more errors than valid multi-byte characters."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    if bad == 0:
        return text
    multibyte = sum(1 for c in text[:SAMPLE] if c > "\x7f") - min(bad, SAMPLE)
    if bad <= max(1, len(data) // 1000) and multibyte >= 10 * bad:
        return text
    return None


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as e:
        raise DecodeError(f"{name}: invalid {encoding.upper()} at byte {e.start}") from None
    why = _implausible(text)
    if why:
        raise DecodeError(f"{name}: not text ({why} in {encoding.upper()} input)")
    return _clean(text, name)


def _legacy(data: bytes, name: str) -> str:
    """Windows-1256 or ISO-8859-6, whichever gives more plausible Arabic; error if neither does."""
    sample = data[:SAMPLE]
    best: tuple[float, str] | None = None
    for enc in ("cp1256", "iso-8859-6"):
        try:
            head = sample.decode(enc)
        except UnicodeDecodeError:
            continue
        if _implausible(head):
            continue
        score = _legacy_score(head)
        if score < 0.5 and _ascii_share(head) < 0.75:
            continue  # neither Arabic nor (nearly all) ASCII: not this code page
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue  # ISO-8859-6 leaves bytes undefined: a later one rules it out
        if _implausible(text):
            continue
        if best is None or score > best[0]:
            best = (score, text)
    if best is None:
        raise DecodeError(f"{name}: not text in UTF-8, UTF-16, Windows-1256 or ISO-8859-6 (binary or unknown "
                          "encoding)")
    return _clean(best[1], name)


def _ascii_share(text: str) -> float:
    return sum(1 for c in text if c < "\x80") / max(1, len(text))
