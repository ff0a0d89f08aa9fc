"""Session 29 (coop): agreements stated in a joint statement (triggers.tsv agree.s29-bayan-mushtarak: أكدت X و Y في
بيان مشترك) signings whose frame is too long for support.waqqa3a (agree.s29-waqqa3a-ma3a: وقعت X ...، مع Y على اتفاقية) and an
agreement reached after a long coordinated subject (agree.s29-tawaSala-ila: توصلت X و Y و Z أمس إلى اتفاق).
Sentences written for these tests."""
import pytest

import hadath


def _agree(text):
    doc = hadath.extract(text, date="2015-08-01")
    return [({a.country for a in e.actor}, {a.country for a in e.recipient}) for e in doc.events if e.type == "AGREE"]


@pytest.mark.parametrize("text, sides", [
    ("أكدت ألمانيا وإيطاليا في بيان مشترك أمس أن مكافحة الهجرة غير الشرعية أولوية للبلدين.", {"DEU", "ITA"}),
    ("أعلنت اليابان والهند في إعلان مشترك اليوم أن التبادل التجاري بين البلدين سيتضاعف.", {"JPN", "IND"}),
])
def test_joint_statement_is_an_agreement_of_its_two_sides(text, sides):
    got = _agree(text)
    assert got and got[0][0] | got[0][1] == sides and got[0][0] and got[0][1], got


def test_a_statement_of_one_party_is_no_agreement():
    # no مشترك: one state's statement
    got = _agree("أكدت ألمانيا في بيان أمس أن مكافحة الهجرة غير الشرعية أولوية للحكومة.")
    assert not got, got


def test_signing_with_the_partner_after_a_long_frame():
    got = _agree("وقعت الأرجنتين أمس في العاصمة بوينس آيرس، مع جمهورية تشيلي على اتفاقية للتعاون في مجال الطاقة.")
    assert got and got[0] == ({"ARG"}, {"CHL"}), got


def test_signing_of_a_protocol_with_a_partner():
    got = _agree("وقعت كندا الأسبوع الماضي في مدينة جنيف السويسرية، مع المكسيك على بروتوكول لتنظيم العمالة الموسمية.")
    assert got and got[0] == ({"CAN"}, {"MEX"}), got


def test_happening_verb_with_nothing_signed_is_no_agreement():
    # وقع "took place": a clash with مع and على but no signed thing after على
    got = _agree("وقعت اشتباكات عنيفة أمس في مدينة بنغازي الليبية مع وصول تعزيزات على الطريق الساحلي.")
    assert not got, got


def test_agreement_reached_after_a_long_list_of_parties():
    got = _agree("توصلت كندا والمكسيك والولايات المتحدة أمس في أوتاوا إلى الاتفاق الذي طال انتظاره بشأن تجارة الأخشاب.")
    assert got and got[0][0] == {"CAN"} and got[0][1] == {"MEX", "USA"}, got


def test_a_club_reaching_a_transfer_deal_is_no_agreement():
    # the sport veto still holds for the longer frame
    got = _agree("توصل فريق برشلونة الإسباني لكرة القدم إلى اتفاق مع نادي ليون الفرنسي لضم المهاجم.")
    assert not got, got
