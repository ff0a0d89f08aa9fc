"""Session 21 code health (no output change): the implied-party rules split by concern, the group-subject rule
reading the argument rules' passive flag rather than explanation text, and a pledge coding its act through a
retyped copy, never by changing the match ``find_triggers`` returned. Sentences written for these tests."""
import hadath
from hadath.events import attack_parties, domestic_parties, group_parties, implied_parties, place_parties
from hadath.events.arguments import note_verb_triggers
from hadath.events.nesting import embedded_triggers
from hadath.events.stage import build_event
from hadath.events.triggers import find_triggers


def _built(text, kind):
    doc = hadath.extract(text, date="2015-08-01")
    matches = find_triggers(doc)
    note_verb_triggers(doc, matches)
    return doc, next(build_event(doc, m) for m in matches if m.pattern.type == kind)


# ---------------------------------------------------------------- the layout
def test_each_concern_has_its_module_and_public_entry_points():
    assert callable(implied_parties.recipient_from_place) and callable(implied_parties.subject_place)
    assert callable(attack_parties.merged_attack_parties) and callable(attack_parties.reporting_source)
    assert callable(domestic_parties.unnamed_detainees) and callable(domestic_parties.domestic_pardon)
    assert callable(group_parties.qualified_group_actor) and callable(place_parties.place_after)


def test_split_modules_share_one_set_of_clues():
    assert attack_parties.NON_STATE_CODES is place_parties.NON_STATE_CODES
    assert domestic_parties.vague is place_parties.vague is group_parties.vague
    assert place_parties.PEOPLE_NOUNS <= group_parties.GROUP_HEADS


def test_no_private_names_cross_the_split():
    """What stage.py and the split modules import from one another is public."""
    import ast
    import inspect

    from hadath.events import stage
    modules = (stage, implied_parties, attack_parties, domestic_parties, group_parties, place_parties)
    for mod in modules:
        for node in ast.parse(inspect.getsource(mod)).body:
            if isinstance(node, ast.ImportFrom) and node.module and node.module.endswith("_parties"):
                assert not [a.name for a in node.names if a.name.startswith("_")], (mod.__name__, node.module)


# ---------------------------------------------------------------- the passive flag
def test_build_event_records_the_passive():
    _, passive = _built("تم اختطاف صحفيين أجانب في العاصمة العراقية أمس.", "ASSAULT")
    _, active = _built("استنكر دبلوماسيون عرب الهجوم على السفارة أمس.", "ACCUSE")
    assert passive.passive is True and active.passive is False


def test_group_subject_after_a_passive_verb_is_not_read():
    doc, ev = _built("تم اختطاف صحفيين أجانب في العاصمة العراقية أمس.", "ASSAULT")
    assert group_parties._subject_after_verb(doc, ev) is None


def test_group_subject_follows_the_flag_not_the_explanation():
    doc, ev = _built("استنكر دبلوماسيون عرب الهجوم على السفارة أمس.", "ACCUSE")
    assert group_parties._subject_after_verb(doc, ev) is not None  # دبلوماسيون right after the verb
    ev.passive = True  # no "passive:" line in its explanation: the flag alone decides
    assert not any("passive:" in x for x in ev.explanation)
    assert group_parties._subject_after_verb(doc, ev) is None


# ---------------------------------------------------------------- a pledge is retyped on a copy
def test_pledge_is_retyped_on_a_copy():
    doc = hadath.extract("تعهد وزير الداخلية الفرنسي أمس بترحيل المهاجرين غير الشرعيين خلال أسابيع.",
                         date="2015-08-01")
    matches = find_triggers(doc)
    found = list(matches)
    patterns = [m.pattern for m in found]
    embedded_triggers(doc, matches)
    assert all(m.pattern is p for m, p in zip(found, patterns))  # what find_triggers returned is unchanged
    host = next(m for m in matches if ">" in m.pattern.id)
    assert host.pattern.type == "COERCE" and all(host is not m for m in found)
    assert found[matches.index(host)].pattern.type == "AGREE" and found[matches.index(host)].first == host.first


def test_no_pledge_leaves_the_matches_alone():
    doc = hadath.extract("وقعت الحكومة اتفاقية تعاون مع الجامعة العربية أمس.", date="2015-08-01")
    matches = find_triggers(doc)
    found = list(matches)
    embedded_triggers(doc, matches)
    assert all(a is b for a, b in zip(found, matches)) and len(found) == len(matches)
