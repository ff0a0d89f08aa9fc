"""Arabic text layer: bytes to text, normalization with an offset map, sentences, tokens and clitics."""
from hadath.text.decode import DecodeError, EmptyInputError, decode_bytes
from hadath.text.normalize import Normalized, normalize, normalize_word, strip_al
from hadath.text.sentences import split_sentences
from hadath.text.tokens import stem_norm, tokenize

__all__ = [
    "DecodeError", "EmptyInputError", "decode_bytes", "Normalized", "normalize", "normalize_word", "strip_al",
    "split_sentences", "stem_norm", "tokenize",
]
