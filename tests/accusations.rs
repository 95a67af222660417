//! Tests for the accusations area: the document's side, accusations
//! (reported and asserted, with their parties, category and codes) and
//! rebuttals (tactics, rebutter, target).

use demarche::{AccusationCategory, Party, Stance, Statement, Tactic};
use proptest::prelude::*;

/// A fixture statement by file name (shared with the disputes' tests).
pub(crate) fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The party codes of an actor, principal first (shared with the
/// disputes' tests).
pub(crate) fn codes(actor: Option<&demarche::Actor<'_>>) -> Vec<String> {
    actor.map_or_else(Vec::new, |a| {
        a.parties.iter().map(|p| p.code().to_owned()).collect()
    })
}

/// The accusation whose span holds `needle`, if any.
fn accusation<'s, 'a>(
    s: &'s Statement<'a>,
    text: &str,
    needle: &str,
) -> Option<&'s demarche::Accusation<'a>> {
    s.accusations.iter().find(|a| text[a.span].contains(needle))
}

fn rebuttal<'s, 'a>(
    s: &'s Statement<'a>,
    text: &str,
    needle: &str,
) -> Option<&'s demarche::Rebuttal<'a>> {
    s.rebuttals.iter().find(|r| text[r.span].contains(needle))
}

/// Every span in bounds and on char boundaries; every target a valid index.
fn check(text: &str, s: &Statement<'_>) {
    let ok = |span: demarche::Span| {
        span.start <= span.end
            && span.end <= text.len()
            && text.is_char_boundary(span.start)
            && text.is_char_boundary(span.end)
    };
    for a in &s.accusations {
        assert!(ok(a.span), "accusation span {:?}", a.span);
        for actor in [&a.accuser, &a.accused].into_iter().flatten() {
            assert!(ok(actor.span));
        }
        for t in [&a.charge, &a.cue].into_iter().flatten() {
            assert!(ok(t.span));
        }
        assert_eq!(a.plover, "ACCUSE");
        assert!(a.cameo.starts_with("11"), "cameo {}", a.cameo);
    }
    for r in &s.rebuttals {
        assert!(ok(r.span));
        assert!(!r.tactics.is_empty());
        assert!(
            r.tactics.windows(2).all(|w| w[0] < w[1]),
            "tactics sorted, unique"
        );
        assert!(r.cues.iter().all(|c| ok(c.span)));
        if let Some(t) = r.target {
            assert!(
                t < s.accusations.len(),
                "target {t} of {}",
                s.accusations.len()
            );
        }
    }
    assert!(
        s.accusations
            .windows(2)
            .all(|w| w[0].span.start <= w[1].span.start)
    );
}

#[test]
fn white_house_attribution_is_the_sides_own_charge() {
    let text = fixture("accusations_whitehouse.txt");
    let s = demarche::analyze(&text);
    check(&text, &s);
    assert_eq!(s.side, Some(Party::USA));
    let a = accusation(&s, &text, "formally attribute").expect("the attribution");
    assert_eq!(a.stance, Stance::Asserted);
    assert_eq!(codes(a.accuser.as_ref()), ["USA"]);
    assert_eq!(
        codes(a.accused.as_ref()).first().map(String::as_str),
        Some("CHN")
    );
    assert_eq!(a.category, AccusationCategory::Espionage);
    assert_eq!(a.cameo, "1125");
    let ops = accusation(&s, &text, "cyber operations").expect("the operations");
    assert_eq!(ops.stance, Stance::Asserted);
    assert_eq!(ops.category, AccusationCategory::CyberAttack);
    // Nobody accuses the United States here: nothing to rebut.
    assert!(s.rebuttals.is_empty(), "{:?}", s.rebuttals);
}

#[test]
fn uk_statement_asserts_against_russia() {
    let text = fixture("accusations_govuk.txt");
    let s = demarche::analyze(&text);
    check(&text, &s);
    assert_eq!(s.side, Some(Party::GBR));
    let cyber = accusation(&s, &text, "cyber attacks").expect("the campaign");
    assert_eq!(cyber.stance, Stance::Asserted);
    assert_eq!(codes(cyber.accuser.as_ref()), ["GBR"]);
    assert_eq!(codes(cyber.accused.as_ref()), ["RUS"]);
    let lies = accusation(&s, &text, "false information").expect("the disinformation");
    // "..., the Foreign Secretary said": the side's own voice, not Ukraine's.
    assert_eq!(lies.stance, Stance::Asserted);
    assert_eq!(lies.category, AccusationCategory::Disinformation);
    assert_eq!(lies.cameo, "111");
    assert!(s.rebuttals.is_empty(), "{:?}", s.rebuttals);
}

#[test]
fn russian_embassy_denial_reports_and_rebuts() {
    let text = fixture("accusations_ru_embassy.txt");
    let s = demarche::analyze(&text);
    check(&text, &s);
    assert_eq!(s.side, Some(Party::RUS));
    let a = accusation(&s, &text, "London accused Russia").expect("the reported charge");
    assert_eq!(a.stance, Stance::Reported);
    assert_eq!(codes(a.accuser.as_ref()), ["GBR"]);
    assert_eq!(codes(a.accused.as_ref()), ["RUS"]);
    assert_eq!(a.category, AccusationCategory::CyberAttack);
    assert_eq!(
        a.charge.as_ref().map(|c| c.as_str()),
        Some("a cyber campaign against European media")
    );
    let index = s.accusations.iter().position(|x| std::ptr::eq(x, a));

    let rejects = rebuttal(&s, &text, "unfounded accusations").expect("rejection");
    assert_eq!(rejects.tactics, [Tactic::Delegitimization]);
    assert_eq!(rejects.target, index);
    assert_eq!(rejects.cameo, "016");
    assert_eq!(codes(rejects.rebutter.as_ref()), ["RUS"]);
    let nothing = rebuttal(&s, &text, "nothing to do with").expect("denial");
    assert!(nothing.tactics.contains(&Tactic::Denial));
    assert!(nothing.tactics.contains(&Tactic::PrincipledStance));
    let evidence = rebuttal(&s, &text, "demand evidence").expect("evidence");
    assert!(evidence.tactics.contains(&Tactic::DemandForEvidence));
    assert!(evidence.tactics.contains(&Tactic::MotiveAttribution));
    let warning = rebuttal(&s, &text, "countermeasures").expect("warning");
    assert_eq!(warning.tactics, [Tactic::Warning]);
    assert_eq!(warning.cameo, "130");
    // A threat is no charge: the conditional sentence accuses nobody.
    assert!(accusation(&s, &text, "countermeasures").is_none());
}

#[test]
fn chinese_embassy_counter_accuses_in_both_languages() {
    let text = fixture("accusations_cn_mission.txt");
    let s = demarche::analyze(&text);
    check(&text, &s);
    assert_eq!(s.side, Some(Party::CHN));
    let reported = accusation(&s, &text, "accused China of hacking").expect("reported");
    assert_eq!(reported.stance, Stance::Reported);
    assert_eq!(codes(reported.accused.as_ref()), ["CHN"]);
    let counter = accusation(&s, &text, "largest source of").expect("counter-accusation");
    assert_eq!(counter.stance, Stance::Asserted);
    assert_eq!(codes(counter.accuser.as_ref()), ["CHN"]);
    assert_eq!(codes(counter.accused.as_ref()), ["USA"]);
    assert_eq!(counter.category, AccusationCategory::CyberAttack);
    // China opposing attacks, or suffering them, is no charge against China.
    assert!(
        s.accusations
            .iter()
            .all(|a| a.stance == Stance::Reported || codes(a.accused.as_ref()) != ["CHN"])
    );

    let r = rebuttal(&s, &text, "groundless accusations").expect("delegitimization");
    assert_eq!(
        r.tactics,
        [Tactic::Delegitimization, Tactic::MotiveAttribution]
    );
    let target = r.target.expect("a target");
    assert_eq!(s.accusations[target].stance, Stance::Reported);
    let denial = rebuttal(&s, &text, "never encourages").expect("denial");
    assert_eq!(denial.tactics, [Tactic::Denial, Tactic::PrincipledStance]);
    let counter_r = rebuttal(&s, &text, "largest source").expect("counter");
    assert_eq!(counter_r.tactics, [Tactic::CounterAccusation]);
    let victim = rebuttal(&s, &text, "major victim").expect("victim");
    assert_eq!(victim.tactics, [Tactic::VictimClaim]);
    let appeal = rebuttal(&s, &text, "dialogue and cooperation").expect("appeal");
    assert!(appeal.tactics.contains(&Tactic::AppealForCooperation));
    let zh = rebuttal(&s, &text, "毫无根据").expect("Chinese rebuttal");
    assert_eq!(
        zh.tactics,
        [Tactic::Delegitimization, Tactic::PrincipledStance]
    );
    let zh_acc = accusation(&s, &text, "指责").expect("Chinese reported charge");
    assert_eq!(codes(zh_acc.accused.as_ref()), ["CHN"]);
}

#[test]
fn a_news_agency_speaks_for_no_side() {
    let text = "Reuters\n\nA headline about talks\n\nJuly 2, 2024\n\nThe US accused Russia of hacking, officials said.";
    let s = demarche::analyze(text);
    check(text, &s);
    assert_eq!(s.side, None);
    let a = s.accusations.first().expect("one accusation");
    assert_eq!(a.stance, Stance::Reported);
    assert_eq!(codes(a.accuser.as_ref()), ["USA"]);
    assert_eq!(codes(a.accused.as_ref()), ["RUS"]);
}

#[test]
fn passive_charges_name_the_accuser_after_by() {
    let text = "Chinese FM Spokesperson: remarks\n\nChina was accused by Washington of espionage last week.";
    let s = demarche::analyze(text);
    check(text, &s);
    let a = accusation(&s, text, "accused by").expect("passive charge");
    assert_eq!(a.stance, Stance::Reported);
    assert_eq!(codes(a.accuser.as_ref()), ["USA"]);
    assert_eq!(codes(a.accused.as_ref()), ["CHN"]);
    assert_eq!(a.category, AccusationCategory::Espionage);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}") {
        let s = demarche::analyze(&text);
        check(&text, &s);
    }

    #[test]
    fn cue_soup_stays_in_bounds(words in prop::collection::vec(prop::sample::select(vec![
        "The US", "China", "accused", "of", "hacking", "groundless", "accusations", "by",
        "against", "\u{201c}", "\"", "smear", "so-called", "said", ",", ";", ".", "中方",
        "美方", "指责", "贼喊捉贼", "victim", "we will retaliate", "it", "they", "if",
        "Russia", "NATO", "the top three", "from", "\u{2019}s", "\n", "🙂", "\u{0}",
    ]), 0..80)) {
        let text = words.join(" ");
        let s = demarche::analyze(&text);
        check(&text, &s);
    }
}
