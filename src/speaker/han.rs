//! The Chinese reader: spokespeople named after their title
//! ("外交部发言人赵立坚"), the subjects of speech verbs ("美方称"), and the
//! reporters of a report of a press conference (outlets, journalists and
//! bodies that publish).

use std::borrow::Cow;

use super::SpeakerRole;
use super::reading::{resolve_or, short_name};
use super::registry::Registry;
use crate::lexicon::calendar::HAN_TIME_WORDS;
use crate::lexicon::han_phrases::HanPhrases;
use crate::lexicon::speakers as lx;
use crate::{Party, Span};

/// [`lx::HAN_SPEECH_VERBS`], with the filter that skips a sentence none of
/// them can stand in.
static HAN_SPEECH_VERBS: HanPhrases = HanPhrases::new(lx::HAN_SPEECH_VERBS);

impl<'a> Registry<'a> {
    /// Chinese attributions: "外交部发言人汪文斌表示", "美方称".
    pub(super) fn han_sentence(&mut self, sentence: Span) {
        let text = self.text;
        let s = &text[sentence];
        // Every rule below reads ideographs: a sentence without any (English
        // with curly quotes, a dash, an accented name) has none to read.
        if !holds_ideograph(s) {
            return;
        }
        self.han_titled(sentence);
        self.han_reported(sentence);
        if !HAN_SPEECH_VERBS.may_occur_in(s) {
            return;
        }
        for verb in HAN_SPEECH_VERBS.words() {
            let mut from = 0;
            while let Some(pos) = s[from..].find(verb) {
                let at = from + pos;
                from = at + verb.len();
                // The subject: the run of ideographs before the verb.
                let before = &s[..at];
                let start = before
                    .char_indices()
                    .rev()
                    .take_while(|&(_, c)| crate::text::is_ideograph(c) || c.is_ascii_alphanumeric())
                    .take(16)
                    .last()
                    .map_or(at, |(i, _)| i);
                if start == at {
                    continue;
                }
                let subject = strip_han_time(&s[start..at]);
                let span = Span::new(
                    sentence.start + start,
                    sentence.start + start + subject.len(),
                );
                let title = lx::HAN_SPOKESPERSON
                    .iter()
                    .find_map(|t| subject.find(t).map(|p| (p, t.len())));
                if let Some((p, title_len)) = title {
                    // A name of two to four ideographs after the title, or none.
                    let name = &subject[p + title_len..];
                    let n = name.chars().count();
                    if (2..=4).contains(&n) || n == 0 {
                        self.han_spokesperson(&subject[..p], (n > 0).then_some(name), span);
                    }
                    continue;
                }
                if let Some((at, &(_, code))) = crate::lexicon::outlets::ending(subject) {
                    let party = code.map(Party::from_static);
                    let name = Cow::Owned(subject[at..].to_owned());
                    self.named(name, SpeakerRole::Outlet, None, party, span);
                    continue;
                }
                // A name said before with its title ("外交部发言人赵立坚
                // ... 赵立坚说"): the subject ends with a speaker's name.
                if let Some(id) = self.speakers.iter().position(|sp| {
                    sp.name.as_deref().is_some_and(|n| {
                        n.chars().count() >= 2
                            && n.chars().all(crate::text::is_ideograph)
                            && subject.ends_with(n)
                    })
                }) {
                    let n = self.speakers[id].name.as_deref().map_or(0, str::len);
                    self.mention(id, Span::new(span.end - n, span.end));
                    continue;
                }
                let ms = crate::party::find_mentions(s, Span::new(start, at));
                if let Some(m) = ms.last().filter(|m| m.span.end == at) {
                    if let Some(p) = m.parties.first() {
                        let name = short_name(p).map_or(Cow::Borrowed(&s[m.span]), Cow::Borrowed);
                        let span =
                            Span::new(sentence.start + m.span.start, sentence.start + m.span.end);
                        self.named(name, SpeakerRole::Organization, None, Some(p.clone()), span);
                    }
                }
            }
        }
    }

    /// The reporters of a Chinese report of a press conference: the outlet
    /// it is told by ("据北京日报", "据新华社报道"), the journalist who asks
    /// ("有记者提问", with the outlet before it when named: "路透社记者问"),
    /// and a body that publishes ("中国网络空间安全协会今天发布了").
    fn han_reported(&mut self, sentence: Span) {
        let text = self.text;
        let s = &text[sentence];
        let run_after = |at: usize| {
            let len: usize = s[at..]
                .chars()
                .take_while(|&c| crate::text::is_ideograph(c))
                .take(12)
                .map(char::len_utf8)
                .sum();
            &s[at..at + len]
        };
        // "据X", "据X报道": the outlet the report is told by.
        for (at, _) in s.match_indices('据').chain(s.match_indices('據')) {
            let from = at + '据'.len_utf8();
            let run = run_after(from);
            let name = ["报道", "報道", "報導", "消息"]
                .iter()
                .find_map(|v| run.find(v).map(|i| &run[..i]))
                .unwrap_or(run);
            if crate::lexicon::outlets::looks_like(name) {
                let party = crate::lexicon::outlets::find(name)
                    .and_then(|&(_, c)| c.map(Party::from_static));
                let span = Span::new(sentence.start + from, sentence.start + from + name.len());
                self.named(Cow::Borrowed(name), SpeakerRole::Outlet, None, party, span);
            }
        }
        // "有记者提问": a journalist, unnamed.
        for asks in lx::HAN_JOURNALIST_ASKS {
            for (at, _) in s.match_indices(asks) {
                // The mention is the noun, "记者", without the verb.
                let noun = asks.char_indices().nth(2).map_or(asks.len(), |(i, _)| i);
                let span = Span::new(sentence.start + at, sentence.start + at + noun);
                self.unnamed(SpeakerRole::Journalist, None, None, span);
            }
        }
        // "协会今天发布了": a body publishes.
        for verb in lx::HAN_PUBLISHING_VERBS {
            for (at, _) in s.match_indices(verb) {
                let end = strip_han_time(&s[..at]).len();
                let start = ideographs_before(s, end, 16);
                let name = &s[start..end];
                if name.chars().count() >= 4
                    && lx::HAN_BODY_ENDINGS.iter().any(|e| name.ends_with(e))
                {
                    let party = resolve_or(name, None);
                    let span = Span::new(sentence.start + start, sentence.start + end);
                    self.named(
                        Cow::Borrowed(name),
                        SpeakerRole::Organization,
                        None,
                        party,
                        span,
                    );
                }
            }
        }
    }

    /// Spokespeople named after their title, with or without a verb
    /// ("外交部发言人赵立坚主持例行记者会", "發言人毛寧表示"): the office before
    /// the title is the affiliation, and the name is the two or three
    /// ideographs after it, as far as [`han_name_len`] reads.
    fn han_titled(&mut self, sentence: Span) {
        let text = self.text;
        let s = &text[sentence];
        for title in lx::HAN_SPOKESPERSON {
            let mut from = 0;
            while let Some(pos) = s[from..].find(title) {
                let at = from + pos;
                from = at + title.len();
                let rest = &s[from..];
                let Some(n) = han_name_len(rest) else {
                    continue;
                };
                let name = &rest[..n];
                // The office: the ideographs before the title.
                let office_start = ideographs_before(s, at, 12);
                // A date glued before the office ("9月13日外交部") is no
                // part of it.
                let office_start =
                    office_start + crate::text::after_glued_date(&s[office_start..at]);
                let span = Span::new(sentence.start + office_start, sentence.start + from + n);
                self.han_spokesperson(&s[office_start..at], Some(name), span);
            }
        }
    }

    /// A spokesperson of `office` (the ideographs before the title, maybe
    /// none), named or not: the office is the affiliation and gives the
    /// party, else the document's side.
    fn han_spokesperson(&mut self, office: &'a str, name: Option<&'a str>, span: Span) {
        let party = resolve_or(office, self.side());
        let affiliation = (!office.is_empty()).then_some(Cow::Borrowed(office));
        let name = name.map(Cow::Borrowed);
        self.named_or_unnamed(name, SpeakerRole::Spokesperson, affiliation, party, span);
    }
}

/// `s` without the words of time that end it ("中国协会今天" gives "中国协会").
fn strip_han_time(mut s: &str) -> &str {
    while let Some(w) = HAN_TIME_WORDS.iter().find(|w| s.ends_with(*w)) {
        s = &s[..s.len() - w.len()];
    }
    s
}

/// The length in bytes of the Chinese personal name that opens `rest`:
/// two or three ideographs, the length after which the text goes on with
/// a word that follows names in statements (a speech verb, 主持, 在, 就,
/// 应询, a date), or ends. `None` when no length fits.
fn han_name_len(rest: &str) -> Option<usize> {
    /// Words that follow a spokesperson's name: what they do, and when.
    const NEXT: &[&str] = &[
        "主持", "在", "就", "应询", "應詢", "答", "回答", "宣布", "对", "對", "于", "於", "也",
        "还", "還", "则", "則", "再次",
    ];
    let opens_with_next = |s: &str| {
        NEXT.iter()
            .chain(lx::HAN_SPEECH_VERBS)
            .chain(HAN_TIME_WORDS)
            .any(|w| s.starts_with(w))
    };
    // "外交部发言人表示": no name, the verb follows the title.
    if opens_with_next(rest) {
        return None;
    }
    let ends: Vec<usize> = rest
        .char_indices()
        .take(4)
        .take_while(|&(_, c)| crate::text::is_ideograph(c))
        .map(|(i, c)| i + c.len_utf8())
        .collect();
    let fits = |end: usize| {
        let after = &rest[end..];
        after.is_empty()
            || !after.starts_with(crate::text::is_ideograph)
            || after.starts_with(|c: char| c.is_ascii_digit())
            || opens_with_next(after)
            || after.starts_with(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'])
    };
    // Two ideographs before three: a three-ideograph name followed by a
    // fitting word would have its third char start that word only by chance.
    [1, 2]
        .into_iter()
        .filter_map(|k| ends.get(k).copied())
        .find(|&end| fits(end))
}

/// The start of the run of at most `max` ideographs that ends at byte `at`
/// of `s` (`at` itself when none stands there): the Chinese name of a body
/// or an office before a title or a verb.
pub(crate) fn ideographs_before(s: &str, at: usize, max: usize) -> usize {
    s[..at]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| crate::text::is_ideograph(c))
        .take(max)
        .last()
        .map_or(at, |(i, _)| i)
}

/// Whether `s` may hold an ideograph: a byte that opens a three-byte char of
/// U+3400..U+9FFF (the CJK ideographs and their extension A), whose UTF-8
/// starts with 0xE3..=0xE9. Curly quotes and dashes (0xE2) and Latin
/// letters with accents (two bytes) do not.
fn holds_ideograph(s: &str) -> bool {
    s.bytes().any(|b| (0xE3..=0xE9).contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_of_two_or_three_ideographs_before_a_fitting_word() {
        assert_eq!(han_name_len("赵立坚主持例行记者会"), Some("赵立坚".len()));
        assert_eq!(han_name_len("毛宁表示"), Some("毛宁".len()));
        assert_eq!(han_name_len("汪文斌"), Some("汪文斌".len()));
        // The verb right after the title: no name.
        assert_eq!(han_name_len("表示，中方反对"), None);
        assert_eq!(han_name_len("今天说"), None);
    }

    #[test]
    fn time_words_are_cut_from_a_subject() {
        assert_eq!(strip_han_time("中国协会今天"), "中国协会");
        assert_eq!(strip_han_time("外交部日前"), "外交部");
        assert_eq!(strip_han_time("外交部"), "外交部");
    }

    #[test]
    fn the_ideographs_before_a_position() {
        let s = "9月13日外交部发言人";
        let at = s.find("发言人").unwrap_or(0);
        assert_eq!(&s[ideographs_before(s, at, 12)..at], "日外交部");
        assert_eq!(&s[ideographs_before(s, at, 2)..at], "交部");
        assert_eq!(ideographs_before("abc", 3, 5), 3);
    }
}
