"""Session 28 (consult): a bare meeting noun with no party of its own takes the sides its بين list (or gathering
verb) names, when the candidate is built (meeting_parties.listed_sides)."""
import hadath


def _consults(text):
    return [(sorted({a.country for a in e.actor}), sorted({a.country for a in e.recipient}))
            for e in hadath.extract(text).events if e.type == "CONSULT"]


def test_gathering_verb_names_both_sides():
    text = "قال مصدر مطلع إن اللقاء الذي جمع الرئيس اللبناني ميشال عون بوزير الخارجية الفرنسي في بيروت أمس كان إيجابيا."
    assert (["LBN"], ["FRA"]) in _consults(text)


def test_between_list_after_bare_noun():
    text = "وقال المتحدث إن محادثات بين الرئيس (دونالد) ترامب والرئيس إيمانويل ماكرون انتهت مساء أمس."
    assert (["USA"], ["FRA"]) in _consults(text)


def test_internal_sides():
    text = "قال المبعوث إن محادثات السلام بين كافة الأطراف الليبية ستستأنف الأسبوع المقبل في جنيف."
    assert (["LBY"], ["LBY"]) in _consults(text)


def test_one_country_list_is_no_meeting_of_two_states():
    # session 31b (meet): a government and a rebel group of one country are two camps (meeting_parties._domestic_sides,
    # tested in test_meet_s31b.py); two offices of one state are still no meeting of two sides
    text = "قال المبعوث إن محادثات بين وزير الخارجية اليمني ووزير الداخلية اليمني ستعقد قريبا."
    assert _consults(text) == []
