"""What a referenced statement said: the content of a speech, a cable or remarks that the sentence's news is about.

"استدعت البحرين القائم بالأعمال الإيراني على كلمة ألقاها خامنئي أكد فيها وقوف بلاده مع..."، "ترفض مصر تدخل قطر ردا
على تصريحات من وزير خارجيتها قال فيها إن بلاده مستعدة إذا طلب منها"، "إن الخطاب الذي ألقاه خامنئي وتوعد خلاله بتحدي
السياسات الأمريكية مزعج": the sentence reports the summons, the refusal or the judgement; what the statement said
"in it" (فيه / فيها / خلاله) was reported before, and the news gold codes no event for it (docs/eval-news.md: an event
only referenced as the object or cause of another is not coded). A statement is referenced when a word of
reference stands right before its noun (على، بسبب، ردا على، ضد) or a relative clause describes it (التصريحات التي
أدلى بها ... والتي ادعى فيها) while no setting word (في، خلال) puts the report inside it (في الكلمة التي ألقاها أكد
فيها: the speaker's own news). A statement that is the sentence's own act (تلقى برقية أكد خلالها، أصدر بيانا يستنكرون
فيه) is neither, and what it says stays an event. Session 16; words: data/referenced_statements_words.yaml.
"""
from __future__ import annotations

from hadath.document import Document
from hadath.events.nesting import RELATIVES, SENTENCE_STOPS
from hadath.events.triggers import TriggerMatch
from hadath.events.wordlists import words
from hadath.text.normalize import strip_al

STATEMENT_NOUNS = words("referenced_statements", "statement_nouns")
IN_IT = words("referenced_statements", "in_it")
REFERENCE_HEADS = words("referenced_statements", "reference_heads")
SETTING_HEADS = words("referenced_statements", "setting_heads")
STATEMENT_REACH = 12  # words from the statement noun to the verb of "in it" (الخطاب الذي ألقاه خامنئي يوم السبت وتوعد)
RELATIVE_REACH = 25  # the same when a relative opens the verb's clause: the relative points back to the noun
_CLAUSE_STOPS = SENTENCE_STOPS | frozenset("،,")


def _statement_noun(tok) -> bool:
    """A statement noun, bare, with ال or a possessive (تصريحاته), ب / ل / و peeled by the stem."""
    stem = tok.stem_norm
    return stem in STATEMENT_NOUNS or strip_al(stem) in STATEMENT_NOUNS or strip_al(tok.norm) in STATEMENT_NOUNS


def _referenced(toks, s: int, verb: int, start: int) -> bool:
    """The statement noun at ``s`` is what another act is about: a word of reference right before it, or a relative
    between it and the verb of "in it" with no setting word before it."""
    before = toks[s - 1].norm if s > start else ""
    if before in REFERENCE_HEADS:
        return True
    if before in SETTING_HEADS:
        return False
    return any(_relative(toks[j].norm) for j in range(s + 1, verb))


def _relative(w: str) -> bool:
    """A relative pronoun, bare or after و (والتي ادعى فيها)."""
    return w in RELATIVES or (w[:1] == "و" and w[1:] in RELATIVES)


def _statement_before(toks, verb: int, start: int) -> int | None:
    """The nearest statement noun before the verb at ``verb`` within ``STATEMENT_REACH`` words (past commas), or
    None; when a relative opens the verb's clause (والتي ادعى فيها) the noun may stand further back, past quotes and
    brackets (التصريحات التي أدلى بها المالكي لقناة X بتاريخ 17 يوليو (تموز) الحالي، والتي ادعى فيها)."""
    relative = verb > start and _relative(toks[verb - 1].norm)
    reach = RELATIVE_REACH if relative else STATEMENT_REACH
    for s in range(verb - 1, max(start, verb - reach) - 1, -1):
        if toks[s].is_punct and (toks[s].norm in SENTENCE_STOPS if relative else toks[s].norm not in ("،", ",")):
            return None
        if not toks[s].is_punct and _statement_noun(toks[s]):
            return s
    return None


def _content_spans(doc: Document) -> list[tuple[int, int]]:
    """[first, end) token spans of what referenced statements said: from the verb before "in it" to the clause end."""
    toks = doc.tokens
    spans = []
    for sent in doc.sentences:
        for k in range(sent.token_start + 2, sent.token_end):
            if toks[k].norm not in IN_IT or toks[k - 1].is_punct:
                continue
            verb = k - 1
            s = _statement_before(toks, verb, sent.token_start)
            if s is None or not _referenced(toks, s, verb, sent.token_start):
                continue
            end = next((j for j in range(k + 1, sent.token_end) if toks[j].is_punct and toks[j].norm in _CLAUSE_STOPS),
                       sent.token_end)
            spans.append((verb, end))
    return spans


def referenced_statement_contents(doc: Document, matches: list[TriggerMatch]) -> set:
    """ids of triggers in what a referenced statement said (على كلمة ألقاها أكد فيها وقوف، ردا على تصريحات قال فيها
    إن بلاده مستعدة إذا طلب منها، أقوال كيري التي انتقد فيها إسرائيل وحذرها): reported before, not the news."""
    spans = _content_spans(doc)
    if not spans:
        return set()
    return {id(m) for m in matches if any(a <= m.first < b for a, b in spans)}
