"""Trigger words that are mentioned, not reported: no act of their own.

The rules live in one module per family, each with its cases and their sessions in its docstring:

- ``mentioned_prospects``: warnings with nobody warned or of a danger, forecasts, threats told of things, sanctions
  moves as prospects, plotted attacks, obligations and the acts they demand, negated conditions, fears;
- ``mentioned_protests``: causes and purposes of a protest, a person's part in a known protest, security forces
  massing, a protest given as the motive of another act (استدعاء سفيرها احتجاجا على);
- ``mentioned_background``: acts answered or stood behind, acts years ago, tallies over months or years, acts named
  in a concession (رغم التوصل إلى الاتفاق), acts named by a time frame (بعد مرور عامين على هجوم، غداة هجوم، منذ
  اندلاع الاشتباكات، في ذكرى، التي أعقبت مجزرة; session 22);
- ``mentioned_charges``: what an accusation charges, people accused of a charge, detentions told after a release,
  suspects' allegiance, charge grounds;
- ``mentioned_speech``: condemned attacks, commentators' views, verbal attacks, "what X calls", public advisories,
  concern about a situation, a measure defended (دافع عن الاتفاق);
- ``mentioned_nouns``: verbal nouns read as verbs (تعاون / دعم / رفض, after إنّ), refusals given as means, governed
  aid nouns, things that arrive, arrivals only reached for or hindered (الوصول إلى، تأخير وصول), texts that prevent,
  reinforcements a strike hits;
- ``referenced_statements``: what a referenced statement said (ردا على تصريحات قال فيها);
- ``non_events.rescued_captives``: releases of captives held by another party (a rescue, session 17);
- ``non_events.party_noun_homographs`` and ``prompted_acts``: a verb read in a noun opening a named party
  (طالباً سعودياً: a student) and دعا after ما / مما ("which prompted"), session 17 round 2;
- ``non_events.search_homographs``: بحث ... عن is searching, not discussing (session 22).

A verb describing an indefinite act noun left out (من هجمات محتملة تستهدف المطارات) goes with that noun
(``nesting.asyndetic_relatives``). Their word lists are in data/mentioned_acts_words.yaml (helpers shared by the
families: ``mentioned_tokens``).

Each ``*(doc, matches) -> set`` returns ids of trigger matches that ``stage.code_document`` leaves out, like the
rules of ``non_events``; every rule stays importable from here.
"""
from __future__ import annotations

from hadath.document import Document
from hadath.events.mentioned_background import answered_acts, conceded_acts, framed_acts, period_tallies, years_ago
from hadath.events.mentioned_charges import (accused_acts, accused_people, charge_grounds, released_detentions,
                                             suspects_allegiance)
from hadath.events.mentioned_nouns import (attacked_reinforcements, document_preventions, governed_aid_nouns,
                                           inna_subjects, masdar_readings, means_refusals, thing_arrivals,
                                           thing_subject_arrivals, unrealized_arrivals)
from hadath.events.mentioned_prospects import (danger_warnings, feared_acts, obliged_acts, plotted_attacks,
                                               predicted_outcomes, prospective_sanction_moves, thing_threats,
                                               unaddressed_obligations, unaddressed_warnings, unreal_acts)
from hadath.events.mentioned_protests import (known_protest_roles, protested_causes, purposes_of_other_acts,
                                              purposes_of_protests, security_crowds)
from hadath.events.mentioned_speech import (commentators_views, condemned_nouns, defended_measures, public_advisories,
                                            relative_descriptions, situation_concerns, verbal_attacks)
from hadath.events.nesting import asyndetic_relatives
from hadath.events.non_events import (came_after_acts, party_noun_homographs, prompted_acts, rescued_captives,
                                      search_homographs, topic_acts)
from hadath.events.referenced_statements import referenced_statement_contents
from hadath.events.triggers import TriggerMatch


def mentioned_acts(doc: Document, matches: list[TriggerMatch]) -> set:
    """The union of this module's rules (the one call ``stage.code_document`` needs)."""
    out = unaddressed_warnings(doc, matches) | danger_warnings(doc, matches) | thing_arrivals(doc, matches) | \
        thing_subject_arrivals(doc, matches) | unrealized_arrivals(doc, matches) | \
        answered_acts(doc, matches) | \
        prospective_sanction_moves(doc, matches) | protested_causes(doc, matches) | plotted_attacks(doc, matches) | \
        masdar_readings(doc, matches) | condemned_nouns(doc, matches) | means_refusals(doc, matches) | \
        unaddressed_obligations(doc, matches) | obliged_acts(doc, matches) | security_crowds(doc, matches) | \
        known_protest_roles(doc, matches) | years_ago(doc, matches) | purposes_of_protests(doc, matches) | \
        accused_acts(doc, matches) | period_tallies(doc, matches) | document_preventions(doc, matches) | \
        commentators_views(doc, matches) | unreal_acts(doc, matches) | verbal_attacks(doc, matches) | \
        released_detentions(doc, matches) | predicted_outcomes(doc, matches) | relative_descriptions(doc, matches) | \
        suspects_allegiance(doc, matches) | public_advisories(doc, matches) | accused_people(doc, matches) | \
        charge_grounds(doc, matches) | governed_aid_nouns(doc, matches) | thing_threats(doc, matches) | \
        attacked_reinforcements(doc, matches) | \
        situation_concerns(doc, matches) | feared_acts(doc, matches) | referenced_statement_contents(doc, matches) | \
        inna_subjects(doc, matches) | rescued_captives(doc, matches) | purposes_of_other_acts(doc, matches) | \
        conceded_acts(doc, matches) | defended_measures(doc, matches) | party_noun_homographs(doc, matches) | \
        prompted_acts(doc, matches) | came_after_acts(doc, matches) | topic_acts(doc, matches) | \
        search_homographs(doc, matches) | framed_acts(doc, matches)
    return out | asyndetic_relatives(doc, matches, out)  # هجمات محتملة تستهدف: the verb describes the noun left out
