from hadath.ner import translit


def test_ngrams_mark_word_boundaries():
    grams = translit.ngrams("باب")
    assert "<ب" in grams and "ب>" in grams and "<باب>" not in grams  # 2-4-grams of "<باب>" (5 chars)
    assert "<باب" in grams and "باب>" in grams


def test_foreign_words_score_above_ordinary_ones(tmp_path):
    foreign = ["فرانكفورت", "شتوتغارت", "كوبنهاغن", "مانشستر", "ليفربول", "برشلونة", "فالنسيا", "مونتريال",
               "فانكوفر", "سانتياغو", "بوينوس", "ميلانو", "تورينو", "نابولي", "هامبورغ", "دورتموند"]
    ordinary = ["الحكومة", "مجلس", "اجتماع", "الوزراء", "القرار", "المفاوضات", "الاقتصاد", "الاسبوع",
                "المقبل", "الماضي", "الرئيس", "المتحدة", "العلاقات", "الامن", "الشعب", "المدينة"]
    path = tmp_path / "t.tsv"
    translit.build(foreign, foreign, ordinary, path)
    table = translit.load(path)
    # Words in neither list.
    assert translit.scores("فولفسبورغ", table)[0] > translit.scores("المحادثات", table)[0]
    assert translit.bucket(5.0) == "4" and translit.bucket(-5.0) == "0"
    assert translit.scores("", {}) == (0.0, 0.0)
