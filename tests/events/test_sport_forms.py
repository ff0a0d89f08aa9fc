"""Sports words are counted once whichever spelling (with or without ال) the list holds."""
from hadath.events.topic_filters import SPORT_FORMS, SPORT_WORDS
from hadath.text.normalize import strip_al


def test_both_spellings_of_a_listed_word_map_to_one_base():
    for word in SPORT_WORDS:
        for form in (word, "ال" + strip_al(word), strip_al(word), "و" + strip_al(word)):
            if form in SPORT_FORMS:
                assert SPORT_FORMS[form] == strip_al(SPORT_FORMS[form])


def test_league_with_and_without_article_is_one_word():
    assert SPORT_FORMS["الدوري"] == SPORT_FORMS["دوري"] == SPORT_FORMS["بالدوري"]
