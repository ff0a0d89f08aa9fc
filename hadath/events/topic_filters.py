"""Sentences about sport, trade or natural hazards: a club refusing, a firm signing, a road closed for a storm or
deaths in a flood use the words of political events but report none, so such events are vetoed after they are
built.
"""
from __future__ import annotations

from typing import Optional

from hadath.document import Document, Event
from hadath.events.arguments import _tok_at
from hadath.events.non_events import sports_party
from hadath.text.normalize import normalize_word, strip_al


# sport and trade: clubs, players and firms agree, refuse, praise and protest, but no political actor acts
SPORT_WORDS = frozenset(normalize_word(w) for w in (
    "مباراة مباريات لاعب لاعبا لاعبين لاعبو لاعبي نادي ناديا أندية الناديان دوري الدوري كرة بطولة منتخب "
    "مهاجم المهاجم مدرب ملعب جماهير جمهور هدف أهداف انتقال صفقة تصفيات منتخبات أولمبياد ميدالية ميداليات").split())
# every spelling with ال and a proclitic -> the bare word (one dict lookup per token)
SPORT_FORMS = {pre + al + w: w for w in SPORT_WORDS for pre in ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
               for al in ("", "ال")} | {pre + "لل" + w: w for w in SPORT_WORDS for pre in ("", "و", "ف")}
FIRM_WORDS = frozenset(normalize_word(w) for w in "شركة شركات مصرف بنك مخابز متجر مؤسسة".split())
CIVIC_TYPES = frozenset(("ASSAULT", "PROTEST", "COERCE"))


# natural hazards: a road, airport or school closed or an alert raised for a volcano, a flood or a storm is no
# political coercion or mobilization (عاصفة alone is left out: عاصفة الحزم is a military operation)
HAZARD_WORDS = frozenset(normalize_word(w) for w in (
    "بركان براكين ثوران زلزال زلازل هزة إعصار اعصار أعاصير فيضان فيضانات سيول السيل أمطار امطار الأمطار ثلوج "
    "الثلوج ضباب الضباب طقس الطقس غبار الغبار عواصف رملية الرماد تسونامي حرائق").split())
HAZARD_FORMS = frozenset(pre + al + w for w in HAZARD_WORDS for pre in ("", "و", "ف", "ب", "ل", "وب", "ول")
                         for al in ("", "ال") if not (al and w.startswith("ال")))
HAZARD_TYPES = frozenset(("COERCE", "MOBILIZE"))


def _hazard_sentence(doc: Document, sentence: int) -> bool:
    """Whether the sentence names a natural hazard (بسبب ثوران بركان، جراء السيول، بسبب الأحوال الجوية)."""
    sent = doc.sentences[sentence]
    return any(t.norm in HAZARD_FORMS for t in doc.tokens[sent.token_start:sent.token_end])


# "عندما / حين" opens the circumstance of the deaths as well (قتل طيار عندما تحطمت طائرته خلال عرض جوي)
CAUSE_WORDS = frozenset(normalize_word(w) for w in (
    "جراء وجراء بسبب وبسبب اثر إثر وإثر نتيجة بفعل عندما حين حينما").split())
# nouns and perfects of accidents (انقلاب is left out: it is a coup too)
ACCIDENT_WORDS = frozenset(normalize_word(w) for w in (
    "حادث حوادث حادثة غرق انهيار تصادم اصطدام حريق حرائق انزلاق تسرب صاعقة تحطم تحطمت غرقت انهار انهارت "
    "اصطدمت انقلبت").split())


def _hazard_cause(doc: Document, sentence: int) -> bool:
    """``قتل 14 شخصا جراء إعصار``، ``توفي ... إثر حادث سير``: deaths whose stated cause is a natural hazard or an
    accident; nobody attacked."""
    sent = doc.sentences[sentence]
    toks = doc.tokens
    for k in range(sent.token_start, sent.token_end - 1):
        if toks[k].norm in CAUSE_WORDS:
            for j in range(k + 1, min(sent.token_end, k + 3)):
                w = toks[j].norm
                if w in HAZARD_FORMS or strip_al(w) in ACCIDENT_WORDS:
                    return True
    return False


def _sport_sentence(doc: Document, sentence: int) -> bool:
    """Whether the sentence has two or more sports words (with or without ال and a proclitic)."""
    sent = doc.sentences[sentence]
    found = {SPORT_FORMS[t.norm] for t in doc.tokens[sent.token_start:sent.token_end] if t.norm in SPORT_FORMS}
    return len(found) >= 2


# commentators speak for no party: طالب الخبير الأمني بحجب المواقع، انتقد الكاتب السياسة
COMMENTATORS = frozenset(normalize_word(w) for w in (
    "خبير خبيرة محلل محللة محللون محللين كاتب كاتبة باحث باحثة باحثون باحثين أكاديمي اكاديمي "
    "أكاديميون اكاديميون مختص مختصون مختصين").split())


def _firm_subject(doc: Document, ev: Event) -> bool:
    """``رفضت شركة نايكي السماح``، ``وقعت الشركة السعودية للكهرباء مذكرة تفاهم``، ``طالب الخبير الأمني``: the word
    right after a verb trigger (its VSO subject) is a firm or a commentator, whatever country it has."""
    if getattr(ev, "head_tag", "") in ("", None):
        return False
    toks = doc.tokens
    k = _tok_at(doc, ev.trigger.start, 0, len(toks))  # the token holding the trigger's start, by bisection
    if k + 1 >= len(toks) or toks[k].start > ev.trigger.start:
        return False
    return strip_al(toks[k + 1].norm) in FIRM_WORDS or strip_al(toks[k + 1].norm) in COMMENTATORS


def _sport_or_trade(doc: Document, ev: Event, sentence: int, sports: Optional[dict] = None) -> Optional[str]:
    """Why an event of a sports or business sentence is no political event (``رفض الاتحاد الأوروبي لكرة القدم
    احتجاج النادي``، ``وقعت شركة X اتفاقا مع شركة Y``); violence, protests and arrests still count. ``sports``:
    sentence index -> sports sentence, remembered per document."""
    if ev.type in HAZARD_TYPES and _hazard_sentence(doc, sentence):
        return "a natural hazard (volcano, flood, storm): a closure or alert, no political coercion"
    if ev.type == "ASSAULT" and _hazard_cause(doc, sentence):
        return "deaths caused by a natural hazard or an accident (جراء إعصار، إثر حادث): no attack"
    sports = {} if sports is None else sports
    if ev.type in CIVIC_TYPES:
        if ev.type != "COERCE" or ev.mode == "arrest" or (ev.cameo or "")[:3] in ("173", "175"):
            return None
        if sentence not in sports:
            sports[sentence] = _sport_sentence(doc, sentence)
        # a league banning a club from signing players is a sports penalty; an arrest still counts
        return "a sports sentence: a sports penalty, no coercion" if sports[sentence] else None
    if sentence not in sports:
        sports[sentence] = _sport_sentence(doc, sentence)
    if sports[sentence]:
        return "a sports sentence: no political event"
    if sports_party(doc, ev):
        return "a sports club, team or federation as a party: no political event"
    if _firm_subject(doc, ev):
        return "a firm or a commentator as the verb's subject: a business act or an opinion, no political event"
    parties = ev.actor + ev.recipient
    if parties and all(not a.country for a in parties) and \
            any(strip_al(normalize_word(a.text.split()[0])) in FIRM_WORDS for a in parties):
        return "unnamed firms as the parties: a business act, no political event"  # a named firm's deal stays
    return None
