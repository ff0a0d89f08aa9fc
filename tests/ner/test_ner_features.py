from hadath.ner.features import Featurizer, Resources, strip_enclitic, strip_proclitics
from hadath.ner.train import pieces_to_tokens, to_pieces

COUNTS = {"بغداد": 50, "وزير": 40, "زير": 1, "عراق": 3, "لندن": 9}


def test_proclitics_stripped_only_when_the_rest_is_a_known_word():
    assert strip_proclitics("وبغداد", COUNTS) == ("و", "بغداد")
    assert strip_proclitics("وزير", COUNTS) == ("", "وزير")
    assert strip_proclitics("للعراق", COUNTS) == ("لل", "عراق")
    assert strip_proclitics("والعراق", COUNTS) == ("وال", "عراق")
    assert strip_proclitics("بلندن", COUNTS) == ("ب", "لندن")
    assert strip_enclitic("حكومتها") == "حكومت"


def test_features_share_the_stem_across_clitic_forms():
    f = Featurizer(Resources(words={"بغداد": ("BIGCITY",)}, counts=COUNTS))
    a, b = f.sentence(["في", "بغداد"]), f.sentence(["وفي", "وبغداد"])
    assert "st=بغداد" in a[1] and "st=بغداد" in b[1]
    assert "g=BIGCITY" in b[1] and "+1:g=BIGCITY" in b[0]


def test_phrase_gazetteer_marks_longest_match():
    key = ("ولايات", "متحدة")
    f = Featurizer(Resources(phrases={"ولايات": [(key, "COUNTRY")]}))
    feats = f.sentence(["زار", "الولايات", "المتحدة", "امس"])
    assert "ph=B-COUNTRY" in feats[1] and "ph=I-COUNTRY" in feats[2] and not any(x.startswith("ph=") for x in feats[3])


def test_punctuation_split_like_the_tokenizer_and_projected_back():
    words, tags, owner = to_pieces((["(أ", "ف", "ب)", "قال", "بوش:"], ["B-ORG", "I-ORG", "I-ORG", "O", "B-PER"]))
    assert words == ["(", "ا", "ف", "ب", ")", "قال", "بوش", ":"]
    assert tags == ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "B-PER", "O"]
    assert pieces_to_tokens(tags, owner, 5) == ["B-ORG", "I-ORG", "I-ORG", "O", "B-PER"]
