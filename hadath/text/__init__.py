"""Arabic text layer: bytes to text, normalization with an offset map, sentences, tokens and clitics."""
from hadath.text.normalize import Normalized, normalize, normalize_word, strip_al
from hadath.text.sentences import split_sentences
from hadath.text.tokens import tokenize

__all__ = ["Normalized", "normalize", "normalize_word", "strip_al", "split_sentences", "tokenize"]
