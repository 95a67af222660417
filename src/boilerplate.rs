//! Boilerplate: navigation, captions, share links, footers, editor's notes,
//! related links and front matter. Each rule looks at one line (and, for
//! caption repeats and related lists, at the lines around it); the rules are
//! named after what they recognise and say why they hold.

use crate::text::Line;
use crate::text::Needles;
use crate::{Boilerplate, BoilerplateKind};

/// A boilerplate block: the index of its first and last line, and what it is.
pub(crate) type Block = (usize, usize, Boilerplate);

/// The longest line a caption, menu, share link or footer line is; longer
/// lines are prose. (Editor's notes and front matter may be longer.)
const SHORT_LINE: usize = 250;

/// Lines that are share, print and mail links, lowercase, trimmed of
/// brackets. Pages pasted as text keep their link labels.
const SHARE_LINES: &[&str] = &[
    "suggest to a friend",
    "print",
    "close",
    "print this page",
    "close window",
    "email",
    "e-mail",
    "share",
    "share this",
    "share this article",
    "share this page",
    "tweet",
    "facebook",
    "twitter",
    "linkedin",
    "whatsapp",
    "wechat",
    "weibo",
    "打印",
    "关闭",
    "打印本页",
    "关闭窗口",
    "分享到",
    "分享",
    // Traditional-script labels and the other buttons of Chinese article
    // bars (forward, bookmark, font size).
    "關閉",
    "關閉窗口",
    "列印",
    "打印本頁",
    "转发",
    "轉發",
    "收藏",
    "推荐",
    "推薦",
    "字号",
    "字號",
    "返回",
    "【打印】",
    // Other buttons of article bars: copy, print versions, forwarding,
    // error reports, font size, listening, more networks.
    "copy link",
    "copy url",
    "copy",
    "link",
    "x",
    "print version",
    "printer-friendly version",
    "send to a friend",
    "email this",
    "listen",
    "listen to this article",
    "telegram",
    "reddit",
    "vk",
    "转寄",
    "轉寄",
    "纠错",
    "我要纠错",
    "糾錯",
    "字体",
    "字體",
    "大中小",
    "字号:大中小",
    "字號:大中小",
];

/// Prefixes of share-link lines ("Share on Facebook", "分享到：").
const SHARE_PREFIXES: &[&str] = &["share on ", "share via ", "share to ", "share:", "分享到"];

/// Prefixes of footer lines: the publisher's address and contacts, and
/// copyright notices. Matched case-insensitively at the start of a line.
const FOOTER_PREFIXES: &[&str] = &[
    "copyright",
    "©",
    "(c) ",
    "all rights reserved",
    "head office:",
    "address:",
    "add:",
    "tel:",
    "tel.:",
    "tel.",
    "telephone:",
    "phone:",
    "fax:",
    "e-mail:",
    "email:",
    "postcode:",
    "zip code:",
    "website:",
    "版权所有",
    "地址：",
    "地址:",
    "电话：",
    "电话:",
    "传真：",
    "传真:",
    "邮编：",
    "网站备案",
    // The same in traditional script, and disclaimers.
    "版權所有",
    "地址：",
    "電話：",
    "傳真：",
    "郵編：",
    "免责声明",
    "免責聲明",
    "disclaimer:",
    // Wire trailers: the agency's standards and contacts for the press.
    "our standards:",
    "media contact",
    "press contact",
    "media inquiries",
    "for media inquiries",
    // Licences of government and open content.
    "all content is available under",
    "open government licence",
    "© crown copyright",
    "crown copyright",
];

/// Phrases that make a short line a footer wherever they stand in it.
const FOOTER_PHRASES: Needles = Needles::new(&[
    "all rights reserved",
    "copyright ©",
    "版权所有",
    "icp备",
    "icp证",
]);

/// Prefixes of editor's notes and disclaimers about the text's origin.
const EDITOR_NOTE_PREFIXES: &[&str] = &[
    "editor's note",
    "editor’s note",
    "editors' note",
    "editors’ note",
    "(editor's note",
    "(editor’s note",
    "note from the editor",
    "编者按",
    "编者注",
    "this article was originally published",
    "this article is originally published",
    "the views expressed",
    "the opinions expressed",
    "the views don't necessarily reflect",
    "the views do not necessarily reflect",
    "the article reflects the author",
];

/// Headings of related-link lists; the short lines after one are its links.
const RELATED_HEADINGS: &[&str] = &[
    "related news",
    "related articles",
    "related stories",
    "related reading",
    "related",
    "related:",
    "read more",
    "read more:",
    "read also",
    "see also",
    "more on this",
    "recommended",
    "you may also like",
    "most popular",
    "相关新闻",
    "相关阅读",
    "相关报道",
    "延伸阅读",
    "推荐阅读",
    "相關新聞",
    "相關閱讀",
    "相關報導",
    "延伸閱讀",
    "推薦閱讀",
    "more stories",
    "more news",
    "top stories",
    "trending",
    "热点新闻",
    "熱門新聞",
];

/// Markers of photo, illustration and video credits.
const CAPTION_MARKERS: Needles = Needles::new(&[
    "photo:",
    "photo：",
    "photos:",
    "photo/",
    "photo by",
    "photo taken",
    "file photo",
    "illustration:",
    "illustration/",
    "image:",
    "graphic:",
    "chart:",
    "video:",
    "credit:",
    "图片来源",
    "图为",
    "资料图",
]);

/// Navigation lines that stand alone: skip links and menu words.
const NAVIGATION_LINES: &[&str] = &[
    "skip to main content",
    "skip to content",
    "main menu",
    "menu",
    "home",
    "back to top",
    "top",
    "返回顶部",
    "首页",
    "首頁",
    "返回首页",
    "返回首頁",
    "返回頂部",
    "上一篇",
    "下一篇",
    "previous article",
    "next article",
    "previous post",
    "next post",
    // Government sites' banners and "you are here" labels.
    "an official website of the united states government",
    "here's how you know",
    "here’s how you know",
    "official websites use .gov",
    "secure .gov websites use https",
    "you are here",
    "当前位置",
    "當前位置",
    "您的位置",
    "您现在的位置",
    "您現在的位置",
    // Feedback prompts of government sites.
    "is this page useful?",
    "was this page helpful?",
    "is there anything wrong with this page?",
    "report a problem with this page",
];

/// Openings of social-media prompts ("Follow us on X", "关注我们"): share
/// bars in all but name.
const FOLLOW_PREFIXES: &[&str] = &[
    "follow us",
    "follow @",
    "like us on",
    "find us on",
    "connect with us",
    "关注我们",
    "關注我們",
    "扫码关注",
    "掃碼關注",
    "扫一扫",
    "掃一掃",
    "扫描二维码",
    "掃描二維碼",
];

/// Openings of subscription and app prompts.
const SUBSCRIBE_PREFIXES: &[&str] = &[
    "subscribe to",
    "subscribe now",
    "sign up for",
    "sign up to",
    "get our newsletter",
    "get the latest",
    "download our app",
    "download the app",
    "点击订阅",
    "點擊訂閱",
    "欢迎订阅",
    "歡迎訂閱",
    "下载客户端",
    "下載客戶端",
];

/// Phrases of cookie and consent notices, found anywhere in a short line
/// that mentions cookies.
const COOKIE_PHRASES: &[&str] = &[
    "we use cookies",
    "uses cookies",
    "use of cookies",
    "accept cookies",
    "accept all cookies",
    "cookie policy",
    "cookie settings",
    "cookies policy",
    "consent to",
    "使用cookie",
    "使用 cookie",
];

/// Names of languages in their own language and script, lowercase: a line
/// of several of them is a language switcher. Ministries and agencies offer
/// the six UN languages and the languages of their region, so the list
/// covers the major written languages of every continent.
const LANGUAGE_NAMES: &[&str] = &[
    // UN languages and their usual short forms.
    "english",
    "français",
    "francais",
    "español",
    "espanol",
    "русский",
    "العربية",
    "عربي",
    "中文",
    "简体",
    "繁體",
    "繁体",
    "简体中文",
    "繁體中文",
    "繁体中文",
    "中文简体",
    "中文繁體",
    // Europe.
    "deutsch",
    "português",
    "portugues",
    "italiano",
    "nederlands",
    "polski",
    "українська",
    "беларуская",
    "čeština",
    "slovenčina",
    "magyar",
    "română",
    "български",
    "српски",
    "srpski",
    "hrvatski",
    "ελληνικά",
    "svenska",
    "norsk",
    "dansk",
    "suomi",
    "eesti",
    "latviešu",
    "lietuvių",
    "türkçe",
    "қазақша",
    "o'zbek",
    "ქართული",
    "հայերեն",
    "azərbaycan",
    // Asia and the Middle East.
    "日本語",
    "한국어",
    "조선어",
    "فارسی",
    "اردو",
    "עברית",
    "हिन्दी",
    "বাংলা",
    "ไทย",
    "tiếng việt",
    "bahasa",
    "indonesia",
    "melayu",
    "filipino",
    "монгол",
    "ລາວ",
    "ខ្មែរ",
    "မြန်မာ",
    // Africa.
    "kiswahili",
    "amharic",
    "hausa",
];

/// The boilerplate blocks of a document, in order, disjoint. Adjacent lines
/// of the same kind form one block.
pub(crate) fn detect(text: &str, lines: &[Line]) -> Vec<Block> {
    let mut kinds: Vec<Option<BoilerplateKind>> = vec![None; lines.len()];
    let mut captions: Vec<&str> = Vec::new();
    let front_matter_end = front_matter(text, lines);
    if let Some(last) = front_matter_end {
        kinds[..=last]
            .iter_mut()
            .for_each(|k| *k = Some(BoilerplateKind::Other));
    }
    let first = front_matter_end.map_or(0, |last| last + 1);
    let mut in_related = false;
    for i in first..lines.len() {
        let line = &lines[i];
        if line.blank {
            continue;
        }
        let s = text[line.span].trim();
        let kind = classify(s).or_else(|| {
            // A repeat of a caption is a caption (pages print the caption
            // under the picture and again as its alt text).
            captions.contains(&s).then_some(BoilerplateKind::Caption)
        });
        let kind = match kind {
            Some(kind) => {
                in_related = kind == BoilerplateKind::Related;
                Some(kind)
            }
            // The short lines after a related heading are its links, up to
            // the first line of prose.
            None if in_related && s.len() <= SHORT_LINE && !ends_sentence(s) => {
                Some(BoilerplateKind::Related)
            }
            None => {
                in_related = false;
                None
            }
        };
        if kind == Some(BoilerplateKind::Caption) {
            captions.push(s);
        }
        kinds[i] = kind;
    }
    blocks(text, lines, &kinds)
}

/// What boilerplate line `s` (trimmed) is, if any.
pub(crate) fn classify(s: &str) -> Option<BoilerplateKind> {
    if s.is_empty() {
        return None;
    }
    // Prefixes are checked on the head of the line only, so that a long
    // paragraph costs no more than a short one.
    if may_start_editor_note(s) && crate::text::starts_with_any_ignore_case(s, EDITOR_NOTE_PREFIXES)
    {
        return Some(BoilerplateKind::EditorNote);
    }
    if s.len() > SHORT_LINE {
        return None;
    }
    if let Some(kind) = markdown_residue(s) {
        return Some(kind);
    }
    // Links converted to Markdown keep their labels for the rules below:
    // "[Home](...) > [News](...)", "[Facebook](...) [Twitter](...)".
    let original = s;
    let link_like = matches!(s.as_bytes()[0], b'+' | b'-' | b'*' | b'[' | b'h');
    let delinked;
    let s = if s.as_bytes().contains(&b']') && s.contains("](") {
        delinked = delink(s);
        delinked.as_str()
    } else {
        s
    };
    let lower = s.to_lowercase();
    let lower = lower.as_str();
    let bare = lower.trim_matches(|c: char| "<>[]【】()（）|·•:*_# ".contains(c));
    // Chinese bars space their labels out ("【打 印】 【关 闭】"): read
    // them with the spaces taken out.
    let compact;
    let labels = if !bare.is_ascii()
        && bare.len() <= 60
        && bare.contains([' ', '\u{3000}'])
        && !bare.contains(|c: char| c.is_ascii_alphanumeric())
    {
        compact = bare.split_whitespace().collect::<String>();
        compact.as_str()
    } else {
        bare
    };
    // Each list is looked at only when the line's first byte starts one of
    // its entries.
    let first_of = |s: &str| s.as_bytes().first().map_or(0, |&b| usize::from(b));
    let share_first = SHARE_FIRST[first_of(labels)];
    if share_first
        && (SHARE_LINES.contains(&labels)
            || starts_with_any(labels, SHARE_PREFIXES)
            || is_link_row(labels, SHARE_LINES))
    {
        return Some(BoilerplateKind::Share);
    }
    if is_pagination(bare) || is_tag_line(lower) {
        return Some(BoilerplateKind::Navigation);
    }
    let first = first_of(bare);
    if FOLLOW_FIRST[first]
        && starts_with_any(bare, FOLLOW_PREFIXES)
        && bare.split_whitespace().count() <= 12
    {
        return Some(BoilerplateKind::Share);
    }
    let subscribe = SUBSCRIBE_FIRST[first]
        && starts_with_any(bare, SUBSCRIBE_PREFIXES)
        && bare.split_whitespace().count() <= 20;
    if subscribe || is_cookie_notice(bare) {
        return Some(BoilerplateKind::Other);
    }
    if RELATED_FIRST[first] && RELATED_HEADINGS.contains(&bare) {
        return Some(BoilerplateKind::Related);
    }
    if FOOTER_FIRST[first_of(lower)] && starts_with_any(lower, FOOTER_PREFIXES)
        || FOOTER_PHRASES.in_words_of(lower)
        || is_credit_trailer(lower)
    {
        return Some(BoilerplateKind::Footer);
    }
    if is_caption(lower) {
        return Some(BoilerplateKind::Caption);
    }
    if NAVIGATION_FIRST[first] && NAVIGATION_LINES.contains(&bare)
        || is_breadcrumb(s)
        || LANGUAGE_FIRST[first] && is_link_row(bare, LANGUAGE_NAMES)
    {
        return Some(BoilerplateKind::Navigation);
    }
    if link_like && is_link_line(original) {
        return Some(BoilerplateKind::Other);
    }
    None
}

/// What is left of Markdown and HTML-to-text conversion on a line of its
/// own: the end mark of a press release (`###`, `-30-`), an image
/// (`![alt](url)`), a heading that only labels a part of the page
/// (`## Article:`, `#### Tags:`), a wiki-style tag list (`[[tag]] [[tag]]`)
/// and a line that is only a link (`+ Link: [article](https://...)`, a bare
/// URL).
fn markdown_residue(s: &str) -> Option<BoilerplateKind> {
    let &first = s.as_bytes().first()?;
    if !matches!(
        first,
        b'#' | b'\\' | b'-' | b'!' | b'[' | b'+' | b'*' | b'h' | b'(' | 0xEF
    ) {
        return None;
    }
    // "###", "\###", "# # #", "-30-", "- 30 -", "(END)", "（完）": the end
    // of a release or a wire story.
    if s.len() <= 16 {
        let hashes = s.bytes().filter(|&b| b == b'#').count();
        let only_hashes = s
            .bytes()
            .all(|b| b == b'#' || b == b'\\' || b.is_ascii_whitespace());
        let thirty = s.split_whitespace().collect::<String>() == "-30-";
        if hashes >= 3 && only_hashes || thirty || is_end_mark(s) {
            return Some(BoilerplateKind::Footer);
        }
    }
    if s.starts_with("![") && is_links_only(s) {
        return Some(BoilerplateKind::Caption);
    }
    if first == b'#' {
        let label = s.trim_start_matches('#').trim();
        if label.is_empty() {
            return Some(BoilerplateKind::Other);
        }
        if label.ends_with([':', '：']) && label.split_whitespace().count() <= 3 {
            let lower = label.to_lowercase();
            return Some(if is_tag_line(&lower) {
                BoilerplateKind::Navigation
            } else {
                BoilerplateKind::Other
            });
        }
        return None;
    }
    if s.starts_with("[[") && s.ends_with("]]") {
        let tags = s
            .split("]]")
            .map(|t| t.trim_matches(|c: char| c.is_whitespace() || c == ','))
            .filter(|t| !t.is_empty())
            .all(|t| t.starts_with("[[") && !t[2..].contains(['[', ']']));
        if tags {
            return Some(BoilerplateKind::Navigation);
        }
    }
    None
}

/// A list item or bare line that holds a link and at most a label
/// ("+ Link: [article](https://...)", "https://example.org/a").
fn is_link_line(s: &str) -> bool {
    let item = s
        .strip_prefix(['+', '-', '*'])
        .filter(|rest| rest.starts_with(' '))
        .map_or(s, str::trim_start);
    let link = match item.split_once(':') {
        Some((label, rest))
            if label.split_whitespace().count() <= 2
                && !label.contains(['[', '(', '/'])
                && !rest.starts_with("//") =>
        {
            rest.trim()
        }
        _ => item,
    };
    is_links_only(link) || is_bare_url(link)
}

/// `s` with each Markdown link or image (`[text](url)`, `![alt](url)`)
/// replaced by its text.
fn delink(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let Some(close) = after.find("](") else {
            break;
        };
        let Some(end) = after[close + 2..].find(')') else {
            break;
        };
        let label = &after[..close];
        if label.contains('[') {
            // Not a link's label: keep the bracket and go on after it.
            out.push_str(&rest[..=open]);
            rest = after;
            continue;
        }
        out.push_str(rest[..open].trim_end_matches('!'));
        out.push_str(label);
        rest = &after[close + 2 + end + 1..];
    }
    out.push_str(rest);
    out
}

/// The end mark of a wire story or a Chinese report on a line of its own:
/// "(END)", "-END-", "（完）".
fn is_end_mark(s: &str) -> bool {
    let bare = s.trim_matches(|c: char| "()（）-—[]【】 ".contains(c));
    (bare.eq_ignore_ascii_case("end") || bare == "完") && s.len() <= 12
}

/// Whether `s` is nothing but Markdown links and images (`[text](url)`,
/// `![alt](url)`), with spaces between them.
fn is_links_only(s: &str) -> bool {
    let mut rest = s.trim();
    if rest.is_empty() {
        return false;
    }
    while !rest.is_empty() {
        let after_bang = rest.strip_prefix('!').unwrap_or(rest);
        let Some(label) = after_bang.strip_prefix('[') else {
            return false;
        };
        let Some(close) = label.find("](") else {
            return false;
        };
        let Some(end) = label[close..].find(')') else {
            return false;
        };
        let url = &label[close + 2..close + end];
        if url.contains(char::is_whitespace) {
            return false;
        }
        rest = label[close + end + 1..].trim_start();
    }
    true
}

/// A bare web address on a line of its own.
fn is_bare_url(s: &str) -> bool {
    (s.starts_with("http://") || s.starts_with("https://")) && !s.contains(char::is_whitespace)
}

/// A tag or keyword list ("Tags: cyber, China", "#### Tags:", "标签：网络安全").
fn is_tag_line(lower: &str) -> bool {
    let lower = lower.trim_start_matches(|c: char| c == '#' || c.is_whitespace());
    if !lower
        .as_bytes()
        .first()
        .is_some_and(|&b| TAG_FIRST[usize::from(b)])
    {
        return false;
    }
    starts_with_any(lower, TAG_LABELS) && lower.chars().count() <= 120 && !ends_sentence(lower)
}

/// The first bytes of [`TAG_LABELS`].
static TAG_FIRST: [bool; 256] = first_bytes(TAG_LABELS);

/// Labels that open a tag or keyword list, lowercase.
const TAG_LABELS: &[&str] = &[
    "tags:",
    "tags：",
    "tag:",
    "tagged:",
    "keywords:",
    "topics:",
    "标签：",
    "标签:",
    "標籤：",
    "標籤:",
    "关键词：",
    "关键词:",
    "關鍵詞：",
    "關鍵字：",
];

/// A cookie or consent notice: a short prompt that speaks to the reader
/// about the site, not about the story.
fn is_cookie_notice(bare: &str) -> bool {
    // Most lines have no "k" at all: one byte search settles them.
    if !bare.as_bytes().contains(&b'k') || !bare.contains("cookie") {
        return false;
    }
    let words = bare.split_whitespace().count();
    // "Accept additional cookies", "Cookies on GOV.UK": a button or banner
    // title; or a sentence with a consent phrase.
    words <= 5
        || words <= 40
            && (bare.starts_with("we use ") || COOKIE_PHRASES.iter().any(|p| bare.contains(p)))
}

/// A wire story's credit trailer ("Reporting by A; Editing by B"): a
/// credit opening, and an editing credit, a semicolon or a handful of
/// words, so that a sentence opening "Reporting by state media ..." stays
/// prose.
fn is_credit_trailer(lower: &str) -> bool {
    const OPENINGS: &[&str] = &[
        "reporting by",
        "additional reporting by",
        "writing by",
        "editing by",
    ];
    matches!(lower.as_bytes().first(), Some(b'r' | b'a' | b'w' | b'e'))
        && starts_with_any(lower, OPENINGS)
        && (lower.contains("editing by")
            || lower.contains(';')
            || lower.split_whitespace().count() <= 8)
}

/// Words of a pagination bar besides the page numbers.
const PAGINATION_WORDS: &[&str] = &[
    "next",
    "previous",
    "prev",
    "page",
    "first",
    "last",
    "»",
    "«",
    "›",
    "‹",
    ">>",
    "<<",
    "...",
    "…",
    "上一页",
    "下一页",
    "上一頁",
    "下一頁",
    "首页",
    "尾页",
    "末页",
    "首頁",
    "尾頁",
    "末頁",
];

/// A pagination bar: page numbers ("1 2 3", "第1頁 第2頁") and paging words
/// ("Next", "下一页") and nothing else, with at least one word or numbered
/// page ("第2页"), so that a row of figures is not taken for one.
fn is_pagination(bare: &str) -> bool {
    // A bar opens with a page number, a paging word or an arrow.
    if !bare.starts_with(|c: char| c.is_ascii_digit() || "第pnfl»«›‹<>.…上下首尾末".contains(c))
    {
        return false;
    }
    let mut parts = 0;
    let mut worded = false;
    for part in bare.split(|c: char| c.is_whitespace() || "|【】[]".contains(c)) {
        if part.is_empty() {
            continue;
        }
        let numbered = ["第", "page"].iter().any(|open| {
            part.strip_prefix(open)
                .map(|r| r.trim_end_matches(['页', '頁']))
                .is_some_and(|n| {
                    !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit())
                })
        });
        let number = part.len() <= 3 && part.bytes().all(|b| b.is_ascii_digit());
        let word = PAGINATION_WORDS.contains(&part);
        if !(numbered || number || word) {
            return false;
        }
        worded |= numbered || word;
        parts += 1;
    }
    parts >= 2 && worded
}

/// The first bytes of the follow-us and subscription prompts and of the
/// language names: a line whose first byte starts none is no such line.
static FOLLOW_FIRST: [bool; 256] = first_bytes(FOLLOW_PREFIXES);
static SHARE_FIRST: [bool; 256] = or_tables(first_bytes(SHARE_LINES), first_bytes(SHARE_PREFIXES));
static RELATED_FIRST: [bool; 256] = first_bytes(RELATED_HEADINGS);
static FOOTER_FIRST: [bool; 256] = first_bytes(FOOTER_PREFIXES);
static NAVIGATION_FIRST: [bool; 256] = first_bytes(NAVIGATION_LINES);
static SUBSCRIBE_FIRST: [bool; 256] = first_bytes(SUBSCRIBE_PREFIXES);
static LANGUAGE_FIRST: [bool; 256] = first_bytes(LANGUAGE_NAMES);

/// The first bytes of the editor's-note prefixes, both cases.
static EDITOR_NOTE_FIRST: [bool; 256] = first_bytes(EDITOR_NOTE_PREFIXES);

const fn or_tables(a: [bool; 256], b: [bool; 256]) -> [bool; 256] {
    let mut out = a;
    let mut i = 0;
    while i < 256 {
        out[i] |= b[i];
        i += 1;
    }
    out
}

const fn first_bytes(prefixes: &[&str]) -> [bool; 256] {
    let mut table = [false; 256];
    let mut i = 0;
    while i < prefixes.len() {
        let b = prefixes[i].as_bytes()[0];
        table[b.to_ascii_lowercase() as usize] = true;
        table[b.to_ascii_uppercase() as usize] = true;
        i += 1;
    }
    table
}

/// Whether `s` (not empty) may start with an editor's-note prefix: its
/// first byte starts one, in either ASCII case. Most lines of prose are
/// settled by this one lookup.
fn may_start_editor_note(s: &str) -> bool {
    EDITOR_NOTE_FIRST[usize::from(s.as_bytes()[0])]
}

fn starts_with_any(s: &str, prefixes: &[&str]) -> bool {
    prefixes.iter().any(|p| s.starts_with(p))
}

fn ends_sentence(s: &str) -> bool {
    s.ends_with(['.', '!', '?', '。', '！', '？', '"', '”'])
}

/// A caption names a photo or illustration credit ("Cyber security. Photo:
/// IC", "Illustration: Liu Rui/GT") or is a Chinese photographer's credit
/// ending in 摄.
fn is_caption(lower: &str) -> bool {
    // Traditional-script credits open the line; matching them anywhere
    // would cost every Chinese line a comparison per character.
    if lower.starts_with("圖片來源") || lower.starts_with("圖為") || lower.starts_with("資料圖")
    {
        return lower.chars().count() <= 80;
    }
    let unbracketed = lower.trim_end_matches([')', '）']);
    CAPTION_MARKERS.in_words_of(lower) && lower.split_whitespace().count() <= 40
        || (unbracketed.ends_with('摄') || unbracketed.ends_with('攝'))
            && lower.chars().count() <= 80
}

/// A breadcrumb or section path: two to six short parts separated by `>`,
/// `»`, `›`, `/` or `|` with spaces around ("Home > Roll News", "CHINA /
/// POLITICS"). Parts are at most four words and carry no sentence
/// punctuation.
pub(crate) fn is_breadcrumb(s: &str) -> bool {
    breadcrumb_parts(s).is_some()
}

const BREADCRUMB_SEPARATORS: [char; 6] = ['>', '»', '›', '/', '|', '＞'];

/// Whether `b` may be a byte of a breadcrumb separator: the UTF-8 of every
/// separator holds one of these ('»' is C2 BB, '›' is E2 80 BA, '＞' is
/// EF BC 9E), so a line without any has no separator.
fn may_be_in_separator(b: u8) -> bool {
    matches!(b, b'>' | b'/' | b'|' | 0xC2 | 0xE2 | 0xEF)
}

/// Whether a byte of `s` is [`may_be_in_separator`], sixteen bytes at a
/// time.
fn may_hold_separator(s: &str) -> bool {
    use crate::text::ascii::{self, first_equal};
    let mask = |w: u64| {
        first_equal(w, b'>')
            | first_equal(w, b'/')
            | first_equal(w, b'|')
            | first_equal(w, 0xC2)
            | first_equal(w, 0xE2)
            | first_equal(w, 0xEF)
    };
    ascii::find(s.as_bytes(), 0, mask, may_be_in_separator).is_some()
}

/// The parts of a breadcrumb line, if `s` is one.
pub(crate) fn breadcrumb_parts(s: &str) -> Option<Vec<&str>> {
    if !may_hold_separator(s) {
        return None;
    }
    let s = strip_location_label(s.trim());
    for sep in BREADCRUMB_SEPARATORS {
        if !s.contains(sep) {
            continue;
        }
        // Every separator stands between spaces (any Unicode space: pages
        // often use no-break spaces), except in a bare "Home>News".
        let spaced = s.match_indices(sep).all(|(i, _)| {
            s[..i].ends_with(char::is_whitespace)
                && s[i + sep.len_utf8()..].starts_with(char::is_whitespace)
        });
        let bare_arrows = sep == '>' && !s.contains(char::is_whitespace);
        if !(spaced || bare_arrows) {
            continue;
        }
        let parts: Vec<&str> = s.split(sep).map(str::trim).collect();
        let is_label = |p: &&str| {
            !p.is_empty()
                && p.split_whitespace().count() <= 4
                && p.chars().count() <= 30
                && !p.contains(['.', ',', ':', '!', '?', '。', '，'])
        };
        let ok = (2..=6).contains(&parts.len())
            && (parts.iter().all(is_label)
                || is_arrow(sep)
                    && parts.split_last().is_some_and(|(last, before)| {
                        before.iter().all(is_label) && is_title_crumb(last, before)
                    }));
        // A slash path is only a section when its parts are capitalised
        // labels ("CHINA / POLITICS"), not prose ("and / or").
        let labels = sep != '/'
            || parts
                .iter()
                .all(|p| p.chars().next().is_some_and(|c| !c.is_lowercase()));
        if ok && labels {
            return Some(parts);
        }
    }
    None
}

/// A language switcher: a row of two or more language names ("English |
/// Français | 中文").
pub(crate) fn is_language_switcher(s: &str) -> bool {
    let lower = s.to_lowercase();
    let bare = lower.trim_matches(|c: char| "<>[]【】()（）|·•: ".contains(c));
    is_link_row(bare, LANGUAGE_NAMES)
}

/// A path without its "You are here:" or "当前位置：" label.
fn strip_location_label(s: &str) -> &str {
    const LABELS: &[&str] = &[
        "You are here:",
        "You are here：",
        "当前位置：",
        "当前位置:",
        "當前位置：",
        "您的位置：",
        "您的位置:",
        "您现在的位置：",
        "您現在的位置：",
        "位置：",
    ];
    LABELS
        .iter()
        .find_map(|l| s.strip_prefix(l))
        .map_or(s, str::trim_start)
}

/// Whether `sep` is an arrow of a path (not a slash or bar, which also
/// stand between a headline and an outlet's name).
fn is_arrow(sep: char) -> bool {
    matches!(sep, '>' | '»' | '›' | '＞')
}

/// The page's own title as the last crumb of a path ("Home > World News >
/// Statements On ..."): after at least two labels or after "Home", a title
/// of at most twenty words that is not a sentence of prose.
fn is_title_crumb(last: &str, before: &[&str]) -> bool {
    let home = before
        .first()
        .is_some_and(|p| NAVIGATION_LINES.contains(&p.to_lowercase().as_str()));
    (before.len() >= 2 || home)
        && !last.is_empty()
        && last.split_whitespace().count() <= 20
        && last.len() <= 200
        && !ends_sentence(last)
}

/// Whether a part of a breadcrumb is the page's title rather than a section
/// label (more than four words or thirty characters).
pub(crate) fn is_title_part(part: &str) -> bool {
    part.split_whitespace().count() > 4
        || part.chars().count() > 30
        || part.contains(['.', ',', ':', '!', '?', '。', '，'])
}

/// A row of link labels: two or more words from `words`, and nothing else
/// ("Print | Email | Share", "English Français Español Русский").
/// Stops at the first part that is not a label, so a line of prose costs
/// one word.
fn is_link_row(bare: &str, words: &[&str]) -> bool {
    let mut parts = 0;
    for part in bare.split(|c: char| {
        matches!(c, '|' | '·' | '/' | '[' | ']' | '【' | '】' | '<' | '>') || c.is_whitespace()
    }) {
        if part.is_empty() {
            continue;
        }
        if !words.contains(&part) {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

/// The last line of a front-matter block (`---` lines around `key: value`
/// lines at the very start, as content sites export), if there is one.
pub(crate) fn front_matter(text: &str, lines: &[Line]) -> Option<usize> {
    let mut nonblank = lines.iter().enumerate().filter(|(_, l)| !l.blank);
    let (_, first) = nonblank.next()?;
    if text[first.span].trim() != "---" {
        return None;
    }
    nonblank
        .take(200)
        .find(|(_, l)| text[l.span].trim() == "---")
        .map(|(i, _)| i)
}

/// Adjacent lines of one kind (blank lines between them included) become one
/// block spanning from the first line's start to the last line's end.
fn blocks(text: &str, lines: &[Line], kinds: &[Option<BoilerplateKind>]) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    for (i, kind) in kinds.iter().enumerate() {
        let Some(kind) = *kind else { continue };
        let span = crate::text::trim_span(text, lines[i].span);
        match out.last_mut() {
            Some((_, last, b)) if b.kind == kind && lines[*last + 1..i].iter().all(|l| l.blank) => {
                *last = i;
                b.span.end = span.end;
            }
            _ => out.push((i, i, Boilerplate { kind, span })),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(s: &str) -> Option<BoilerplateKind> {
        classify(s)
    }

    #[test]
    fn each_kind() {
        use BoilerplateKind::*;
        assert_eq!(
            kind("Home > News > Spokesperson's Remarks"),
            Some(Navigation)
        );
        assert_eq!(kind("WORLD / ASIA-PACIFIC"), Some(Navigation));
        assert_eq!(
            kind("English | Français | Español | Русский | 中文"),
            Some(Navigation)
        );
        assert_eq!(
            kind("Ambassador Wang meets the press. Photo: Xinhua"),
            Some(Caption)
        );
        assert_eq!(kind("新华社记者 李明 摄"), Some(Caption));
        assert_eq!(kind("[Print] [Close]"), Some(Share));
        assert_eq!(kind("<Suggest to a friend>"), Some(Share));
        assert_eq!(
            kind("Copyright © 2021 Embassy of the People's Republic of China"),
            Some(Footer)
        );
        assert_eq!(
            kind("Address: 3505 International Place, NW Tel: 202-495-2266"),
            Some(Footer)
        );
        assert_eq!(
            kind("Editor's Note: The article first ran in Chinese."),
            Some(EditorNote)
        );
        assert_eq!(kind("Related Articles"), Some(Related));
    }

    #[test]
    fn web_page_residue() {
        use BoilerplateKind::*;
        for (line, want) in [
            ("\\###", Footer),
            ("###", Footer),
            ("- 30 -", Footer),
            ("![Ministers meet](https://example.org/a.jpg)", Caption),
            ("#### Tags:", Navigation),
            ("Tags: cyber, diplomacy", Navigation),
            ("[[Cyber]] [[Diplomacy]]", Navigation),
            ("## Article:", Other),
            ("+ Link: [article](https://example.org/story)", Other),
            ("https://example.org/story/123", Other),
            ("【 第1頁 第2頁 第3頁 】", Navigation),
            ("第1页 第2页 下一页", Navigation),
            ("« Previous 1 2 3 Next »", Navigation),
            ("【打 印】 【关 闭】", Share),
            ("】 【列 印】", Share),
            ("عربي Español Русский Français 简体中文", Navigation),
            ("English | Deutsch | 日本語 | 한국어 | Türkçe", Navigation),
            ("Follow us on X and Telegram", Share),
            ("扫码关注我们的微信公众号", Share),
            (
                "We use cookies to improve your experience on our site.",
                Other,
            ),
            ("Subscribe to our newsletter", Other),
            ("版權所有 © 某某新聞網", Footer),
            ("（新华社记者 李明 摄）", Caption),
            ("相關新聞", Related),
            ("下一篇", Navigation),
            ("（完）", Footer),
            ("(END)", Footer),
            ("-END-", Footer),
            ("【我要纠错】", Share),
            ("Facebook X Telegram Reddit Copy link", Share),
            ("You are here: Home > News > Press Releases", Navigation),
            ("当前位置：首页 > 新闻 > 外交动态", Navigation),
            ("Here's how you know", Navigation),
            ("Media contact: press@example.org", Footer),
            ("Accept additional cookies", Other),
            (
                "We use some essential cookies to make this website work.",
                Other,
            ),
            ("Reporting by Jane Doe; Editing by Sam Smith", Footer),
            ("© Crown copyright", Footer),
            ("Is this page useful?", Navigation),
            (
                "[Home](https://example.org/) > [News](https://example.org/news/)",
                Navigation,
            ),
            (
                "[Facebook](https://fb.example/x) [Twitter](https://t.example/x) [Email](mailto:a@b.c)",
                Share,
            ),
            ("**Related News**", Related),
            ("### Related articles", Related),
        ] {
            assert_eq!(classify(line), Some(want), "{line}");
        }
    }

    #[test]
    fn residue_rules_leave_prose_alone() {
        for line in [
            "The drills closed an area of 2,400 square kilometres for five days.",
            "- The ministry said the talks would go on.",
            "See [the report](https://example.org/r) for the figures, the ministry said.",
            "# of vessels: 12",
            "Page 3 of the report lists 41 cyber weapons.",
            "1 2",
            "Following the talks, the two sides issued a joint statement.",
            "订阅用户数量增加了30%。",
            "Reporting by state media suggested that the vessel had been damaged in the collision.",
            "The cookies were served at the reception, the embassy said.",
            "(The end of the talks was announced later.)",
            "完成了任务。",
        ] {
            assert_eq!(classify(line), None, "{line}");
        }
    }

    #[test]
    fn title_crumb_ends_a_path() {
        assert_eq!(delink("a [b](u) ![c](v) [d] e"), "a b c [d] e");
        assert_eq!(delink("[x](unclosed"), "[x](unclosed");
        assert_eq!(
            breadcrumb_parts("Home > World News > Statements On Downing Of A Balloon"),
            Some(vec![
                "Home",
                "World News",
                "Statements On Downing Of A Balloon"
            ])
        );
        assert!(is_title_part("Statements On Downing Of A Balloon"));
        // A bar before an outlet's name is no path with a title.
        assert!(!is_breadcrumb(
            "Envoy rejects spying claims, calls them absurd | Harbor Ledger"
        ));
        assert!(!is_breadcrumb(
            "Growth > 5% was reported, the ministry said."
        ));
    }

    #[test]
    fn pre_filters_cannot_drop_a_match() {
        for sep in BREADCRUMB_SEPARATORS {
            assert!(sep.to_string().bytes().any(may_be_in_separator), "{sep}");
        }
        for p in EDITOR_NOTE_PREFIXES {
            let upper = p.to_ascii_uppercase();
            assert!(may_start_editor_note(p) && may_start_editor_note(&upper));
        }
        for (table, words) in [
            (&SHARE_FIRST, SHARE_LINES),
            (&SHARE_FIRST, SHARE_PREFIXES),
            (&RELATED_FIRST, RELATED_HEADINGS),
            (&FOOTER_FIRST, FOOTER_PREFIXES),
            (&NAVIGATION_FIRST, NAVIGATION_LINES),
            (&FOLLOW_FIRST, FOLLOW_PREFIXES),
            (&SUBSCRIBE_FIRST, SUBSCRIBE_PREFIXES),
            (&LANGUAGE_FIRST, LANGUAGE_NAMES),
        ] {
            for w in words {
                assert!(table[usize::from(w.as_bytes()[0])], "{w}");
                assert_eq!(&w.to_lowercase(), w, "matched on lowercased lines");
            }
        }
        // On every line of the fixtures, the filtered test agrees with the
        // plain one.
        for text in crate::testing::fixture_texts() {
            for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
                assert_eq!(
                    may_hold_separator(line),
                    line.bytes().any(may_be_in_separator)
                );
                assert_eq!(
                    may_start_editor_note(line)
                        && crate::text::starts_with_any_ignore_case(line, EDITOR_NOTE_PREFIXES),
                    crate::text::starts_with_any_ignore_case(line, EDITOR_NOTE_PREFIXES)
                );
            }
        }
    }

    #[test]
    fn prose_is_not_boilerplate() {
        assert_eq!(
            kind("China firmly opposes all forms of cyber attacks."),
            None
        );
        assert_eq!(kind("The US and/or its allies said so."), None);
        assert_eq!(kind("Home is where the heart is, he said."), None);
        assert_eq!(kind("Printing presses were seized."), None);
    }

    #[test]
    fn caption_repeats_and_related_lists() {
        let text = "Headline\nMinisters meet\n\nMinisters meet\n\nBody text. Photo: AFP\n\nRelated News\nChina rejects claims\nUS official speaks";
        let lines = crate::text::lines(text);
        let blocks = detect(text, &lines);
        let kinds: Vec<(&str, BoilerplateKind)> = blocks
            .iter()
            .map(|(_, _, b)| (&text[b.span], b.kind))
            .collect();
        assert!(kinds.contains(&("Body text. Photo: AFP", BoilerplateKind::Caption)));
        assert!(kinds.contains(&(
            "Related News\nChina rejects claims\nUS official speaks",
            BoilerplateKind::Related
        )));
    }

    #[test]
    fn front_matter_block() {
        let text = "---\ntitle: A title\ndate: 2021-07-20\n---\nBody.";
        let lines = crate::text::lines(text);
        let blocks = detect(text, &lines);
        assert_eq!(blocks.len(), 1);
        assert_eq!(blocks[0].2.kind, BoilerplateKind::Other);
        assert_eq!(
            &text[blocks[0].2.span],
            "---\ntitle: A title\ndate: 2021-07-20\n---"
        );
    }
}
