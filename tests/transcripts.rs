//! Transcript labels of every shape: outlets asking, podium speakers named
//! by a surname in capitals and by the full name of the page's opening,
//! briefings of remarks with no question, and Chinese labels in
//! traditional characters, with title marks and ASCII colons.

use crate::speakers::named;
use demarche::{Party, SpeakerRole, Statement, TurnKind};

/// The speaker of turn `i`.
fn turn_speaker<'s>(s: &'s Statement<'_>, i: usize) -> &'s demarche::Speaker<'s> {
    assert!(s.turns.len() > i, "{} turns", s.turns.len());
    let id = s.turns[i].speaker.expect("a speaker");
    &s.speakers[id]
}

#[test]
fn an_outlet_that_asks_is_a_journalist_not_a_party() {
    let text = "\
Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on June 4, 2024

Agence France-Presse: The Philippine coast guard said on Monday that its vessel was blocked. What is China's response?

Lin Jian: China's position on the South China Sea is consistent and clear.

Rossiya Segodnya: Could you share more on the visit?

Lin Jian: I have nothing to release at the moment.";
    let s = demarche::analyze(text);
    let afp = turn_speaker(&s, 0);
    assert_eq!(afp.name.as_deref(), Some("Agence France-Presse"));
    assert_eq!(afp.role, SpeakerRole::Journalist);
    assert_eq!(afp.party, None);
    assert_eq!(s.turns[0].kind, TurnKind::Question);
    assert_eq!(turn_speaker(&s, 2).role, SpeakerRole::Journalist);
    assert_eq!(s.turns[1].kind, TurnKind::Answer);
}

#[test]
fn a_surname_in_capitals_takes_the_full_name_of_the_opening() {
    let text = "\
Press Briefing by Press Secretary Karine Jean-Pierre and Deputy National Security Adviser Jon Finer

MS. JEAN-PIERRE: Good afternoon, everyone. I have two things at the top.

Q Thank you. On the sanctions announced today, will there be more?

MR. FINER: We will keep the pressure on.

Q And on the summit?

MS. JEAN-PIERRE: We will have more to share later this week.";
    let s = demarche::analyze(text);
    assert_eq!(
        turn_speaker(&s, 0).name.as_deref(),
        Some("Karine Jean-Pierre")
    );
    assert_eq!(turn_speaker(&s, 0).role, SpeakerRole::Spokesperson);
    assert_eq!(turn_speaker(&s, 2).name.as_deref(), Some("Jon Finer"));
    // One speaker for every label of the same person.
    assert_eq!(s.turns[0].speaker, s.turns[4].speaker);
    assert_eq!(s.turns[1].kind, TurnKind::Question);
    assert_eq!(s.turns[2].kind, TurnKind::Answer);
}

#[test]
fn a_briefing_of_remarks_without_questions_is_a_transcript() {
    let text = "\
Press Briefing of Ms. Ana Reyes with the Department of Foreign Affairs

MS. REYES: Good morning to the members of the press corps. With us today is Department of Foreign Affairs Assistant Secretary Carlo Santos.

ASEC SANTOS: Thank you, Ana. The Department lodged a diplomatic protest on Sunday.

MS. REYES: Thank you, Assistant Secretary.";
    let s = demarche::analyze(text);
    assert_eq!(s.turns.len(), 3, "{:#?}", s.turns);
    assert!(s.turns.iter().all(|t| t.kind == TurnKind::Remark));
    assert_eq!(turn_speaker(&s, 0).name.as_deref(), Some("Ana Reyes"));
    let santos = turn_speaker(&s, 1);
    assert_eq!(santos.name.as_deref(), Some("Carlo Santos"));
    // A title other than an honorific makes an official.
    assert_eq!(santos.role, SpeakerRole::Official);
}

#[test]
fn two_labels_in_capitals_from_one_speaker_make_no_transcript() {
    let text = "\
MR. LEE: The talks were useful.

We will meet again next month.

MR. LEE: That is all.";
    let s = demarche::analyze(text);
    assert!(s.turns.is_empty(), "{:#?}", s.turns);
}

#[test]
fn traditional_chinese_labels_with_title_marks_and_ascii_colons() {
    let text = "\
9月13日外交部發言人毛寧主持例行記者會

鳳凰衛視記者:美方昨天宣布新的制裁措施,中方有何回應?

毛寧:中方堅決反對美方的非法單邊制裁。

《亞洲週刊》記者:請問中方對有關報導有何評論?

毛寧:我不掌握你提到的情況。";
    let s = demarche::analyze(text);
    assert_eq!(s.turns.len(), 4, "{:#?}", s.turns);
    assert_eq!(s.turns[0].kind, TurnKind::Question);
    assert_eq!(s.turns[1].kind, TurnKind::Answer);
    let first = turn_speaker(&s, 0);
    assert_eq!(first.role, SpeakerRole::Journalist);
    assert_eq!(first.name, None);
    assert_eq!(first.affiliation.as_deref(), Some("鳳凰衛視"));
    // Journalists of two outlets are two speakers.
    let second = turn_speaker(&s, 2);
    assert_eq!(second.affiliation.as_deref(), Some("亞洲週刊"));
    assert_ne!(s.turns[0].speaker, s.turns[2].speaker);
    assert_eq!(turn_speaker(&s, 1).name.as_deref(), Some("毛寧"));
}

#[test]
fn podium_speakers_speak_for_the_side_of_the_document() {
    let text = "\
Embassy of the People's Republic of China in Belgium

Spokesperson of the Chinese Embassy Answers Questions on the Sanctions

Q: The Council announced sanctions today. What is the Embassy's response?

A: The sanctions are based on nothing but lies and disinformation. China has decided to take countermeasures.";
    let s = demarche::analyze(text);
    assert_eq!(s.side, Some(Party::CHN));
    assert_eq!(s.turns.len(), 2, "{:#?}", s.turns);
    let answer = turn_speaker(&s, 1);
    assert_eq!(answer.party, Some(Party::CHN));
    assert_eq!(turn_speaker(&s, 0).party, None);
}

#[test]
fn a_family_name_said_alone_is_the_same_speaker() {
    let text = "\
Chinese foreign-ministry spokesman Guo Jiakun rejected the report on Tuesday.

Guo said the allegations \"are nothing but a smear campaign against China.\"";
    let s = demarche::analyze(text);
    let guo: Vec<_> = s
        .speakers
        .iter()
        .filter(|sp| sp.name.as_deref().is_some_and(|n| n.starts_with("Guo")))
        .collect();
    assert_eq!(guo.len(), 1, "{:#?}", s.speakers);
    assert_eq!(guo[0].name.as_deref(), Some("Guo Jiakun"));
    // The quotation ends the clause Guo's verb opens.
    assert_eq!(s.quotes.len(), 1);
    assert_eq!(s.quotes[0].speaker, Some(guo[0].id));
}

#[test]
fn a_chinese_spokesperson_is_named_by_title_in_either_script() {
    for (text, name) in [
        (
            "外交部发言人林剑主持例行记者会。林剑表示,中方坚决反对。",
            "林剑",
        ),
        (
            "外交部發言人毛寧主持例行記者會。毛寧說:“中方堅決反對。”",
            "毛寧",
        ),
    ] {
        let s = demarche::analyze(text);
        let found: Vec<_> = s
            .speakers
            .iter()
            .filter(|sp| sp.name.as_deref() == Some(name))
            .collect();
        assert_eq!(found.len(), 1, "{text}: {:#?}", s.speakers);
        assert_eq!(found[0].role, SpeakerRole::Spokesperson);
        assert_eq!(found[0].party, Some(Party::CHN));
        assert_eq!(found[0].mentions.len(), 2, "{text}");
    }
}

#[test]
fn every_sentence_has_a_voice_with_its_cue() {
    let text = "\
Foreign Ministry Spokesperson Mao Ning's Regular Press Conference

Reuters: The Philippines said its vessel was rammed on Sunday. How does China respond?

Mao Ning: The Philippine vessel intruded into China's waters. China urges the Philippines to stop its provocations.";
    let s = demarche::analyze(text);
    assert_eq!(s.voices.len(), s.sentences.len());
    for (v, sentence) in s.voices.iter().zip(&s.sentences) {
        assert_eq!(v.sentence, *sentence);
    }
    let mao: Vec<_> = s
        .voices
        .iter()
        .filter(|v| v.cue.is_some_and(|c| &text[c] == "Mao Ning:"))
        .collect();
    assert_eq!(mao.len(), 2, "{:#?}", s.voices);
    assert!(mao.iter().all(|v| v.kind == demarche::VoiceKind::Speaker));
    let asked: Vec<_> = s
        .voices
        .iter()
        .filter(|v| v.cue.is_some_and(|c| &text[c] == "Reuters:"))
        .collect();
    assert_eq!(asked.len(), 2, "{:#?}", s.voices);
    let id = asked[0].speaker.expect("the journalist");
    assert_eq!(s.speakers[id].role, SpeakerRole::Journalist);
}

#[test]
fn reported_words_and_the_documents_own() {
    let text = "\
The Embassy firmly opposes the sanctions.

According to media reports, the Council will adopt new measures next week.

Spokesperson Lin Jian said the measures were unlawful.";
    let s = demarche::analyze(text);
    assert_eq!(s.voices.len(), 3, "{:#?}", s.voices);
    assert_eq!(s.voices[0].kind, demarche::VoiceKind::Document);
    assert_eq!(s.voices[0].cue, None);
    assert_eq!(s.voices[1].kind, demarche::VoiceKind::Reported);
    // The cue is the words that credit the media.
    let cue = s.voices[1].cue.map(|c| &text[c]).expect("a cue");
    assert!(cue.contains("media"), "{cue}");
    assert_eq!(s.voices[2].kind, demarche::VoiceKind::Speaker);
    let id = s.voices[2].speaker.expect("Lin Jian");
    assert_eq!(s.speakers[id].name.as_deref(), Some("Lin Jian"));
}

#[test]
fn the_issuer_of_a_statement_is_a_speaker() {
    let text = "\
EU Statement on the Situation in the South China Sea

The European Union is concerned by the dangerous manoeuvres of the coast guard vessels.";
    let s = demarche::analyze(text);
    let eu: Vec<_> = s
        .speakers
        .iter()
        .filter(|sp| sp.name.as_deref() == Some("EU"))
        .collect();
    assert_eq!(eu.len(), 1, "{:#?}", s.speakers);
    assert_eq!(eu[0].role, SpeakerRole::Organization);
    assert_eq!(eu[0].party, Some(Party::from_static("EU")));

    let text = "\
Statement by Secretary of State Antony J. Blinken

The United States condemns the attack.";
    let s = demarche::analyze(text);
    let blinken = named(&s, "Antony J. Blinken").expect("the issuer");
    assert_eq!(blinken.role, SpeakerRole::Official);
    let chinese = demarche::analyze("中华人民共和国外交部声明\n\n中方对此表示强烈谴责。");
    assert!(
        chinese
            .speakers
            .iter()
            .any(|sp| sp.name.as_deref() == Some("中华人民共和国外交部")
                && sp.party == Some(Party::CHN)),
        "{:#?}",
        chinese.speakers
    );
}

#[test]
fn titles_of_every_office_are_not_part_of_the_name() {
    let text = "Senator Maria Lopez said the vote would come soon. Chair Powell said rates would hold. \
                Admiral John Aquilino said the drills were routine.";
    let s = demarche::analyze(text);
    let names: Vec<&str> = s
        .speakers
        .iter()
        .filter_map(|sp| sp.name.as_deref())
        .collect();
    assert_eq!(
        names,
        ["Maria Lopez", "Powell", "John Aquilino"],
        "{:#?}",
        s.speakers
    );
    assert!(s.speakers.iter().all(|sp| sp.role == SpeakerRole::Official));
}

#[test]
fn bodies_of_organisations_and_their_own_names() {
    let text = "According to the OHCHR, civilian casualties rose in May. \
                NATO condemned the attack, the Alliance said in a statement. \
                \"We stand with our partners,\" the Alliance concluded.";
    let s = demarche::analyze(text);
    let ohchr = named(&s, "OHCHR").expect("the OHCHR keeps its name");
    assert_eq!(ohchr.party, Some(Party::from_static("UN")));
    let nato = named(&s, "NATO").expect("the Alliance is NATO");
    assert_eq!(s.quotes.len(), 1, "{:#?}", s.quotes);
    assert_eq!(s.quotes[0].speaker, Some(nato.id));
}

#[test]
fn names_without_articles_openers_ranks_or_dates() {
    let text = "Maria Zakharova said the claims were baseless. The diplomat added that London \
                had shown no proof. According to the New York Times, the talks failed. As the \
                Foreign Ministry said, talks continue. Coast Guard Spokesperson Commodore Jay \
                Tarriela said the ship was blocked.";
    let s = demarche::analyze(text);
    let names: Vec<&str> = s
        .speakers
        .iter()
        .filter_map(|sp| sp.name.as_deref())
        .collect();
    assert!(names.contains(&"New York Times"), "{names:?}");
    assert!(names.contains(&"Jay Tarriela"), "{names:?}");
    assert!(
        !names
            .iter()
            .any(|n| n.starts_with("As ") || n.contains("diplomat")),
        "{names:?}"
    );
    let zakharova = named(&s, "Maria Zakharova").expect("named");
    // "The diplomat" points back to her.
    assert_eq!(zakharova.mentions.len(), 2, "{:#?}", s.speakers);

    let s = demarche::analyze("9月13日外交部發言人毛寧主持例行記者會。");
    let mao = named(&s, "毛寧").expect("the spokesperson");
    assert_eq!(mao.affiliation.as_deref(), Some("外交部"));
}

#[test]
fn quotes_carried_from_the_last_speaker_and_given_to_accusers() {
    // A report quotes a statement paragraph by paragraph after naming it.
    let text = "NATO backs its partners after the cyberattack\n\n\
                BRUSSELS, July 19. The Alliance said in its statement that it stood with its partners.\n\n\
                \"We stand in solidarity with all those affected by these malicious cyber activities.\"";
    let s = demarche::analyze(text);
    assert_eq!(s.quotes.len(), 1, "{:#?}", s.quotes);
    let id = s.quotes[0].speaker.expect("the statement's speaker");
    assert_eq!(s.speakers[id].name.as_deref(), Some("NATO"));

    // Words quoted inside a reported charge are the accuser's.
    let text = "The Mission rejected the EU's groundless accusations that China engaged in \
                activities that \"undermined the integrity of cyberspace worldwide.\" \
                The EU said so on Monday.";
    let s = demarche::analyze(text);
    let quoted = s
        .quotes
        .iter()
        .find(|q| text[q.span].starts_with("undermined"))
        .expect("the quotation");
    let id = quoted.speaker.expect("the accuser");
    assert_eq!(s.speakers[id].party, Some(Party::from_static("EU")));
}

#[test]
fn a_chinese_title_before_a_verb_names_no_one() {
    let s = demarche::analyze("外交部发言人表示，中方坚决反对。");
    assert!(
        s.speakers
            .iter()
            .all(|sp| sp.name.as_deref() != Some("表示")),
        "{:#?}",
        s.speakers
    );
    assert!(
        s.speakers
            .iter()
            .any(|sp| sp.name.is_none() && sp.role == SpeakerRole::Spokesperson)
    );
}

#[test]
fn the_statement_speaks_for_its_issuer() {
    let text =
        "NATO said it would act.\n\n\"We stand together with our partners,\" the statement says.";
    let s = demarche::analyze(text);
    assert_eq!(s.quotes.len(), 1, "{:#?}", s.quotes);
    let id = s.quotes[0].speaker.expect("the statement's issuer");
    assert_eq!(s.speakers[id].name.as_deref(), Some("NATO"));
    // "said in a statement" still reads the body before it as the speaker.
    let s = demarche::analyze("The Embassy in a statement said the claims were false.");
    assert!(
        s.speakers
            .iter()
            .any(|sp| sp.name.is_none() || sp.name.as_deref() == Some("Embassy")),
        "{:#?}",
        s.speakers
    );
}

#[test]
fn a_statement_page_quotes_its_issuer() {
    let text = "Press Release, Washington, 4 February 2023 : Statement From Secretary of Defense Jane Q. Doe:-\n\n\
                \u{201c}This afternoon, at the direction of the President, our aircraft brought down the balloon over our territorial waters.\u{201d}";
    let s = demarche::analyze(text);
    let doe = named(&s, "Jane Q. Doe").expect("the issuer");
    assert_eq!(s.quotes.len(), 1, "{:#?}", s.quotes);
    assert_eq!(s.quotes[0].speaker, Some(doe.id));
}
