//! Tests for accusations and rebuttals on every dispute, not only cyber
//! security: territory at sea, the war in Ukraine, Taiwan, sanctions,
//! terrorism, history, the balloon incident, and the denials of Moscow.
//! Each category has a fixture in English and one in Chinese.

use demarche::{AccusationCategory as C, Stance, Statement, Tactic};

use crate::accusations::{codes, fixture};

/// The accusation whose span holds `needle`.
fn accusation<'s, 'a>(
    s: &'s Statement<'a>,
    text: &str,
    needle: &str,
) -> &'s demarche::Accusation<'a> {
    s.accusations
        .iter()
        .find(|a| text[a.span].contains(needle))
        .unwrap_or_else(|| {
            let found: Vec<&str> = s.accusations.iter().map(|a| &text[a.span]).collect();
            panic!("no accusation on {needle:?}; found {found:?}")
        })
}

/// The rebuttal whose span holds `needle`.
fn rebuttal<'s, 'a>(s: &'s Statement<'a>, text: &str, needle: &str) -> &'s demarche::Rebuttal<'a> {
    s.rebuttals
        .iter()
        .find(|r| text[r.span].contains(needle))
        .unwrap_or_else(|| {
            let found: Vec<&str> = s.rebuttals.iter().map(|r| &text[r.span]).collect();
            panic!("no rebuttal on {needle:?}; found {found:?}")
        })
}

/// An asserted charge of `category` against `accused`, made by `accuser`.
fn asserted(a: &demarche::Accusation<'_>, accuser: &str, accused: &str, category: C) {
    assert_eq!(a.stance, Stance::Asserted, "{a:?}");
    assert_eq!(codes(a.accuser.as_ref()), [accuser], "{a:?}");
    assert_eq!(codes(a.accused.as_ref()), [accused], "{a:?}");
    assert_eq!(a.category, category, "{a:?}");
}

fn side<'s>(s: &'s Statement<'_>) -> Option<&'s str> {
    s.side.as_ref().map(demarche::Party::code)
}

#[test]
fn south_china_sea_in_english_aggression_by_passive_agents() {
    let text = fixture("dispute_scs_en.txt");
    let s = demarche::analyze(&text);
    assert_eq!(side(&s), Some("PHL"));
    let cannon = accusation(&s, &text, "water cannon");
    asserted(cannon, "PHL", "CHN", C::Aggression);
    assert_eq!(cannon.cameo, "1123");
    asserted(accusation(&s, &text, "rammed"), "PHL", "CHN", C::Aggression);
    asserted(
        accusation(&s, &text, "dangerous and unlawful"),
        "PHL",
        "CHN",
        C::Aggression,
    );
    // A violation takes its category from what it violates.
    asserted(
        accusation(&s, &text, "violated"),
        "PHL",
        "CHN",
        C::Sovereignty,
    );
    // The Philippines' own assertion of its rights charges nobody.
    assert!(
        s.accusations
            .iter()
            .all(|a| codes(a.accused.as_ref()) != ["PHL"])
    );
}

#[test]
fn south_china_sea_in_chinese_answers_with_sovereignty_and_law() {
    let text = fixture("dispute_scs_zh.txt");
    let s = demarche::analyze(&text);
    assert_eq!(side(&s), Some("CHN"));
    let charge = accusation(&s, &text, "指责中国海警");
    assert_eq!(charge.stance, Stance::Reported);
    assert_eq!(codes(charge.accused.as_ref()), ["CHN"]);
    assert_eq!(codes(charge.accuser.as_ref()), ["PHL"]);
    asserted(accusation(&s, &text, "侵犯"), "CHN", "PHL", C::Sovereignty);
    asserted(
        accusation(&s, &text, "屡屡挑衅"),
        "CHN",
        "PHL",
        C::Aggression,
    );
    let claim = rebuttal(&s, &text, "无可争辩的主权");
    assert!(claim.tactics.contains(&Tactic::PrincipledStance));
    let void = rebuttal(&s, &text, "非法无效");
    assert!(void.tactics.contains(&Tactic::Delegitimization));
    let warning = rebuttal(&s, &text, "必要措施");
    assert!(warning.tactics.contains(&Tactic::Warning));
}

#[test]
fn war_in_ukraine_aggression_war_crimes_occupation_and_rights() {
    let text = fixture("dispute_ukraine_en.txt");
    let s = demarche::analyze(&text);
    assert_eq!(side(&s), Some("EU"));
    asserted(
        accusation(&s, &text, "missile attack"),
        "EU",
        "RUS",
        C::Aggression,
    );
    let law = accusation(&s, &text, "violations");
    asserted(law, "EU", "RUS", C::WarCrimes);
    assert_eq!(law.cameo, "1124");
    asserted(
        accusation(&s, &text, "illegally occupied by Russia"),
        "EU",
        "RUS",
        C::Sovereignty,
    );
    let rights = accusation(&s, &text, "arbitrary detention");
    asserted(rights, "EU", "RUS", C::HumanRights);
    assert_eq!(rights.cameo, "1122");
    // Support for Ukraine's sovereignty charges nobody.
    assert!(
        s.accusations
            .iter()
            .all(|a| codes(a.accused.as_ref()) == ["RUS"])
    );
}

#[test]
fn taiwan_in_chinese_commitments_interference_separatism_coercion() {
    let text = fixture("dispute_taiwan_zh.txt");
    let s = demarche::analyze(&text);
    assert_eq!(side(&s), Some("CHN"));
    // "美方不顾中方强烈反对……，严重违反……": the US acts, despite China.
    asserted(
        accusation(&s, &text, "批准对台军售"),
        "CHN",
        "USA",
        C::BrokenCommitment,
    );
    asserted(
        accusation(&s, &text, "出尔反尔"),
        "CHN",
        "USA",
        C::BrokenCommitment,
    );
    asserted(accusation(&s, &text, "台独"), "CHN", "TWN", C::Sovereignty);
    asserted(
        accusation(&s, &text, "一些政客粗暴干涉"),
        "CHN",
        "USA",
        C::Interference,
    );
    asserted(accusation(&s, &text, "单边制裁"), "CHN", "USA", C::Coercion);
    asserted(accusation(&s, &text, "政治挑衅"), "CHN", "USA", C::Other);
}

#[test]
fn sanctions_in_english_a_reported_charge_answered() {
    let text = fixture("dispute_sanctions_en.txt");
    let s = demarche::analyze(&text);
    assert_eq!(side(&s), Some("CHN"));
    let charge = accusation(&s, &text, "accused China of forced labour");
    assert_eq!(charge.stance, Stance::Reported);
    assert_eq!(codes(charge.accuser.as_ref()), ["USA"]);
    assert_eq!(codes(charge.accused.as_ref()), ["CHN"]);
    assert_eq!(charge.category, C::HumanRights);
    asserted(
        accusation(&s, &text, "unilateral sanctions"),
        "CHN",
        "USA",
        C::Coercion,
    );
    asserted(
        accusation(&s, &text, "repeatedly broken"),
        "CHN",
        "USA",
        C::BrokenCommitment,
    );
    asserted(
        accusation(&s, &text, "meddled"),
        "CHN",
        "USA",
        C::Interference,
    );
    asserted(
        accusation(&s, &text, "political provocation"),
        "CHN",
        "USA",
        C::Other,
    );
    assert!(
        rebuttal(&s, &text, "so-called forced labour")
            .tactics
            .contains(&Tactic::Delegitimization)
    );
    assert!(
        rebuttal(&s, &text, "decided to impose sanctions")
            .tactics
            .contains(&Tactic::Warning)
    );
    assert!(
        rebuttal(&s, &text, "responsibility lies entirely")
            .tactics
            .contains(&Tactic::CounterAccusation)
    );
}

#[test]
fn terrorism_in_english_and_a_governments_concern() {
    let text = fixture("dispute_terrorism_en.txt");
    let s = demarche::analyze(&text);
    assert_eq!(side(&s), Some("USA"));
    let sponsor = accusation(&s, &text, "state sponsor");
    asserted(sponsor, "USA", "IRN", C::Terrorism);
    assert_eq!(sponsor.cameo, "1121");
    // Issue 15: "X is deeply concerned that Y ..." is X's own charge.
    let concern = accusation(&s, &text, "concerned that Iran");
    assert_eq!(concern.stance, Stance::Asserted);
    assert_eq!(codes(concern.accused.as_ref()), ["IRN"]);
}

#[test]
fn history_in_chinese_war_crimes_and_a_so_called_charge() {
    let text = fixture("dispute_history_zh.txt");
    let s = demarche::analyze(&text);
    asserted(accusation(&s, &text, "大屠杀"), "CHN", "JPN", C::WarCrimes);
    asserted(
        accusation(&s, &text, "屡屡挑衅"),
        "CHN",
        "JPN",
        C::Aggression,
    );
    // "美方所谓'种族灭绝'": the US's charge against China, reported.
    let so_called = s
        .accusations
        .iter()
        .find(|a| a.stance == Stance::Reported)
        .expect("a reported charge");
    assert_eq!(codes(so_called.accuser.as_ref()), ["USA"]);
    assert_eq!(codes(so_called.accused.as_ref()), ["CHN"]);
    assert_eq!(so_called.category, C::HumanRights);
}

#[test]
fn balloon_in_english_espionage_and_sovereignty_by_the_prc() {
    let text = fixture("dispute_balloon_en.txt");
    let s = demarche::analyze(&text);
    assert_eq!(side(&s), Some("USA"));
    asserted(accusation(&s, &text, "surveil"), "USA", "CHN", C::Espionage);
    asserted(
        accusation(&s, &text, "violation of our sovereignty"),
        "USA",
        "CHN",
        C::Sovereignty,
    );
}

#[test]
fn balloon_in_chinese_denial_and_counter_charges() {
    let text = fixture("dispute_balloon_zh.txt");
    let s = demarche::analyze(&text);
    assert_eq!(side(&s), Some("CHN"));
    let charge = accusation(&s, &text, "指责中国");
    assert_eq!(charge.stance, Stance::Reported);
    assert_eq!(codes(charge.accused.as_ref()), ["CHN"]);
    assert_eq!(charge.category, C::Espionage);
    asserted(
        accusation(&s, &text, "动用武力"),
        "CHN",
        "USA",
        C::Aggression,
    );
    asserted(accusation(&s, &text, "窃听"), "CHN", "USA", C::Espionage);
    let terror = accusation(&s, &text, "恐怖袭击");
    assert_eq!(terror.stance, Stance::Reported);
    assert_eq!(codes(terror.accuser.as_ref()), ["IND"]);
    assert_eq!(codes(terror.accused.as_ref()), ["PAK"]);
    assert_eq!(terror.category, C::Terrorism);
    assert!(
        rebuttal(&s, &text, "毫无根据")
            .tactics
            .contains(&Tactic::Delegitimization)
    );
    assert!(
        rebuttal(&s, &text, "从不")
            .tactics
            .contains(&Tactic::Denial)
    );
}

#[test]
fn russian_denials_reject_demand_proof_and_blame_prejudice() {
    let text = fixture("dispute_ru_denial_en.txt");
    let s = demarche::analyze(&text);
    assert_eq!(side(&s), Some("RUS"));
    let charge = accusation(&s, &text, "accused Russia");
    assert_eq!(charge.stance, Stance::Reported);
    assert_eq!(codes(charge.accuser.as_ref()), ["GBR"]);
    assert_eq!(codes(charge.accused.as_ref()), ["RUS"]);
    for (needle, tactic) in [
        ("categorically reject", Tactic::Delegitimization),
        ("no evidence has been presented", Tactic::DemandForEvidence),
        ("Russophobia", Tactic::MotiveAttribution),
        ("provide proof", Tactic::DemandForEvidence),
        ("resolute response", Tactic::Warning),
    ] {
        let r = rebuttal(&s, &text, needle);
        assert!(r.tactics.contains(&tactic), "{needle}: {:?}", r.tactics);
        assert_eq!(codes(r.rebutter.as_ref()), ["RUS"]);
    }
}

/// A wrongful act with no agent, or with the speaker's own side as its
/// agent, charges nobody else.
#[test]
fn no_agent_or_own_side_is_no_accusation() {
    for text in [
        "Statement by the Department of State\n\nThe United States conducted a freedom of navigation operation. Provocations threaten peace in the region.",
        "外交部发言人答记者问\n\n中方从不侵犯任何国家的主权。挑衅无助于地区和平稳定。",
        "EU Statement on Ukraine\n\nThe EU condemns all violations of international humanitarian law.",
    ] {
        let s = demarche::analyze(text);
        assert!(s.accusations.is_empty(), "{text}: {:?}", s.accusations);
    }
}

/// Every category of the contract has its CAMEO code in the 11x family.
#[test]
fn every_category_has_a_cameo_code() {
    let mut seen = std::collections::BTreeMap::new();
    for name in [
        "dispute_scs_en.txt",
        "dispute_scs_zh.txt",
        "dispute_ukraine_en.txt",
        "dispute_taiwan_zh.txt",
        "dispute_sanctions_en.txt",
        "dispute_terrorism_en.txt",
        "dispute_history_zh.txt",
        "dispute_balloon_en.txt",
        "dispute_balloon_zh.txt",
    ] {
        let text = fixture(name);
        for a in demarche::analyze(&text).accusations {
            assert!(a.cameo.starts_with("11"), "{name}: {}", a.cameo);
            seen.insert(format!("{:?}", a.category), a.cameo.to_string());
        }
    }
    for (category, cameo) in [
        ("Aggression", "1123"),
        ("Sovereignty", "1123"),
        ("WarCrimes", "1124"),
        ("Terrorism", "1121"),
        ("HumanRights", "1122"),
        ("Espionage", "1125"),
        ("Interference", "112"),
        ("BrokenCommitment", "112"),
    ] {
        assert_eq!(
            seen.get(category).map(String::as_str),
            Some(cameo),
            "{category}"
        );
    }
}

/// The agent of an act is found where diplomatic prose puts it: the party
/// urged to stop it, the modifier right before it, the topic of a Chinese
/// sentence rather than the instrument it uses.
#[test]
fn agents_urged_adjacent_and_not_instruments() {
    let text = "Chinese Foreign Ministry\n\nChina urges the US and its allies to stop cyber attacks against China. The world has to grapple with American government hacking.";
    let s = demarche::analyze(text);
    for needle in ["to stop cyber attacks", "American government hacking"] {
        let a = accusation(&s, text, needle);
        assert_eq!(
            codes(a.accused.as_ref()).first().map(String::as_str),
            Some("USA"),
            "{needle}"
        );
        assert_eq!(a.stance, Stance::Asserted);
    }
    let text = "外交部声明\n\n美国政府以德国、荷兰等为跳板，对中国实施网络攻击。";
    let s = demarche::analyze(text);
    let a = accusation(&s, text, "网络攻击");
    assert_eq!(codes(a.accused.as_ref()), ["USA"]);
}

/// A charge announced with a colon continues in the bullet items under it:
/// each is the same accuser's charge on the same accused, of the category
/// its own act names.
#[test]
fn bullet_items_continue_a_charge_announced_with_a_colon() {
    let text = "Source: The Record\n\nChina hits back at hacking claims\n\nOn Tuesday the Chinese Foreign Ministry accused the US of:\n\n* Being the world's largest source of cyber attacks.\n* Wiretapping its own allies for years.\n\nThe ministry did not give details.";
    let s = demarche::analyze(text);
    assert_eq!(side(&s), None);
    for (needle, category) in [
        ("largest source", C::CyberAttack),
        ("Wiretapping", C::Espionage),
    ] {
        let a = accusation(&s, text, needle);
        assert_eq!(a.stance, Stance::Reported, "{needle}");
        assert_eq!(codes(a.accuser.as_ref()), ["CHN"], "{needle}");
        assert_eq!(codes(a.accused.as_ref()), ["USA"], "{needle}");
        assert_eq!(a.category, category, "{needle}");
    }
    assert!(
        !s.accusations
            .iter()
            .any(|a| text[a.span].contains("did not give"))
    );
}

/// The protests of `s` as (form, protester's party, target's party, cameo).
fn protests(
    s: &Statement<'_>,
) -> Vec<(
    demarche::ProtestForm,
    Option<String>,
    Option<String>,
    String,
)> {
    let party = |a: &Option<demarche::Actor<'_>>| {
        a.as_ref()
            .and_then(|a| a.principal())
            .map(|p| p.code().to_string())
    };
    s.protests
        .iter()
        .map(|p| {
            (
                p.form,
                party(&p.protester),
                party(&p.target),
                p.cameo.to_string(),
            )
        })
        .collect()
}

#[test]
fn protests_and_demarches_in_an_english_transcript() {
    use demarche::ProtestForm as F;
    let text = "Foreign Ministry Spokesperson's Regular Press Conference\n\n\
        Kyodo News: The Japanese coast guard detained a Chinese fishing boat near the islands. \
        What is China's response?\n\n\
        Lin Jian: China has lodged stern representations with the Japanese side and demanded \
        the immediate release of the crew. The Foreign Ministry summoned the Japanese \
        ambassador to China on Tuesday. China strongly condemns the illegal detention.\n\n\
        Reuters: The court summoned two witnesses in the fraud case. Any comment?\n\n\
        Lin Jian: I am not aware of the case.\n";
    let s = demarche::analyze(text);
    let found = protests(&s);
    let jpn = Some("JPN".to_string());
    let chn = Some("CHN".to_string());
    assert!(
        found.contains(&(F::Representations, chn.clone(), jpn.clone(), "114".into())),
        "{found:?}"
    );
    assert!(
        found.contains(&(F::Summons, chn.clone(), jpn.clone(), "114".into())),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|p| p.0 == F::Condemnation && p.1 == chn && p.3 == "111"),
        "{found:?}"
    );
    // A court's summons of witnesses is no diplomatic protest.
    assert_eq!(
        found.iter().filter(|p| p.0 == F::Summons).count(),
        1,
        "{found:?}"
    );
    // The condemnation rests on the charge of its sentence.
    let condemnation = s
        .protests
        .iter()
        .find(|p| p.form == F::Condemnation)
        .expect("condemnation");
    if let Some(i) = condemnation.accusation {
        assert!(condemnation.span.contains(s.accusations[i].span));
    }
}

#[test]
fn protests_and_demarches_in_a_chinese_statement() {
    use demarche::ProtestForm as F;
    let text = "外交部发言人就菲律宾船只擅闯仁爱礁答记者问\n\n\
        菲方船只擅自闯入中国仁爱礁邻近海域，严重侵犯中国主权。中方对此表示强烈不满，\
        已向菲方提出严正交涉和强烈抗议。外交部副部长召见菲律宾驻华大使。";
    let s = demarche::analyze(text);
    let found = protests(&s);
    let phl = Some("PHL".to_string());
    let chn = Some("CHN".to_string());
    for form in [F::Complaint, F::Representations, F::Protest] {
        assert!(
            found.contains(&(form, chn.clone(), phl.clone(), "114".into())),
            "{form:?} in {found:?}"
        );
    }
    assert!(
        found.iter().any(|p| p.0 == F::Summons && p.2 == phl),
        "{found:?}"
    );
}

#[test]
fn posing_as_what_one_is_not_is_hypocrisy() {
    let text = "Foreign Ministry Spokesperson's Remarks\n\n\
        The US has the nerve to call itself a defender of cyber security. \
        美方竟自诩“网络安全卫士”。";
    let s = demarche::analyze(text);
    let en = accusation(&s, text, "has the nerve");
    assert_eq!(en.category, C::Hypocrisy);
    let zh = accusation(&s, text, "自诩");
    assert_eq!(zh.category, C::Hypocrisy);
}

#[test]
fn the_accuser_named_as_the_real_perpetrator_is_a_counter_accusation() {
    let text = "Chinese Foreign Ministry Spokesperson Lin Jian's Remarks on the Cyber \
        Accusations of the US\n\n\
        Q: The US accused China of hacking its networks on Monday. What is your response?\n\n\
        A: The accusation is groundless. The perpetrators of the attacks are now accusing \
        their victims of hacking. 美方才是网络攻击的罪魁祸首。";
    let s = demarche::analyze(text);
    let en = rebuttal(&s, text, "perpetrators");
    assert!(
        en.tactics.contains(&Tactic::CounterAccusation),
        "{:?}",
        en.tactics
    );
    assert!(
        en.tactics.contains(&Tactic::VictimClaim),
        "{:?}",
        en.tactics
    );
    let zh = rebuttal(&s, text, "罪魁祸首");
    assert!(
        zh.tactics.contains(&Tactic::CounterAccusation),
        "{:?}",
        zh.tactics
    );
}
