//! Protests and démarches: the phrases of a government's formal complaint
//! to another, by form. The facts follow the CAMEO codebook's 11x
//! "disapprove" family: 114 "complain officially" (representations, a
//! protest, a summons, dissatisfaction) and 111 "criticize or denounce"
//! (a condemnation). The lists are written here for press statements in
//! English and Chinese, in both scripts.

use crate::ProtestForm;

/// Each phrase and the form of protest it makes.
pub(crate) static PROTESTS: &[(&str, ProtestForm)] = &[
    // Representations: the formal complaint one ministry makes to another
    // ("lodged solemn representations", a démarche), the most frequent
    // protest of Chinese and Japanese foreign ministries.
    ("representations", ProtestForm::Representations),
    ("démarche", ProtestForm::Representations),
    ("démarches", ProtestForm::Representations),
    ("demarche", ProtestForm::Representations),
    ("demarches", ProtestForm::Representations),
    ("交涉", ProtestForm::Representations),
    // A protest, lodged or sent as a note.
    ("lodged a protest", ProtestForm::Protest),
    ("lodged a strong protest", ProtestForm::Protest),
    ("lodged a diplomatic protest", ProtestForm::Protest),
    ("filed a diplomatic protest", ProtestForm::Protest),
    ("diplomatic protest", ProtestForm::Protest),
    ("note of protest", ProtestForm::Protest),
    ("protest note", ProtestForm::Protest),
    ("strongly protests", ProtestForm::Protest),
    ("strongly protested", ProtestForm::Protest),
    ("protested to", ProtestForm::Protest),
    ("抗议", ProtestForm::Protest),
    ("抗議", ProtestForm::Protest),
    // A summons of another state's envoy to hear the complaint.
    ("summoned", ProtestForm::Summons),
    ("summons the", ProtestForm::Summons),
    ("召见", ProtestForm::Summons),
    ("召見", ProtestForm::Summons),
    // A condemnation (CAMEO 111).
    ("condemns", ProtestForm::Condemnation),
    ("condemned", ProtestForm::Condemnation),
    ("strongly condemn", ProtestForm::Condemnation),
    ("condemn in the strongest terms", ProtestForm::Condemnation),
    ("谴责", ProtestForm::Condemnation),
    ("譴責", ProtestForm::Condemnation),
    // Dissatisfaction and regret stated officially (CAMEO 114).
    ("strong dissatisfaction", ProtestForm::Complaint),
    ("strongly deplores", ProtestForm::Complaint),
    ("deplores", ProtestForm::Complaint),
    ("deplored", ProtestForm::Complaint),
    ("强烈不满", ProtestForm::Complaint),
    ("強烈不滿", ProtestForm::Complaint),
];

/// Words before "representations" that make them a démarche ("lodged
/// solemn representations", "made stern representations").
pub(crate) const DEMARCHE_WORDS: &[&str] = &[
    "lodged", "lodge", "lodges", "made", "make", "makes", "solemn", "stern", "strong", "serious",
    "提出", "严正", "嚴正", "紧急", "緊急",
];

/// Envoys a government summons to hear a protest.
pub(crate) const ENVOYS: &[&str] = &[
    "ambassador",
    "envoy",
    "chargé",
    "charge d'affaires",
    "chargé d'affaires",
    "diplomat",
    "consul",
    "大使",
    "代办",
    "代辦",
    "使节",
    "使節",
    "领事",
    "領事",
];

/// Words that mark the party a protest is made to ("向美方提出", "with the
/// US side", "to Japan").
pub(crate) const ADDRESSEE_MARKS: &[&str] = &[
    "向", "对", "對", "与", "與", "同", "with the", "with", "to the", "to",
];
