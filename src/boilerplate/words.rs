//! The words of boilerplate lines: share and follow prompts, footers,
//! editor's notes, related-link headings, caption credits, navigation
//! labels, language names; the tables of their first bytes, which settle
//! most lines of prose with one lookup; and how the lists are looked up.

use crate::text::Needles;

/// Lines that are share, print and mail links, lowercase, trimmed of
/// brackets. Pages pasted as text keep their link labels.
pub(super) const SHARE_LINES: &[&str] = &[
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
pub(super) const SHARE_PREFIXES: &[&str] =
    &["share on ", "share via ", "share to ", "share:", "分享到"];

/// Prefixes of footer lines: the publisher's address and contacts, and
/// copyright notices. Matched case-insensitively at the start of a line.
pub(super) const FOOTER_PREFIXES: &[&str] = &[
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
pub(super) const FOOTER_PHRASES: Needles = Needles::new(&[
    "all rights reserved",
    "copyright ©",
    "版权所有",
    "icp备",
    "icp证",
]);

/// Prefixes of editor's notes and disclaimers about the text's origin.
pub(super) const EDITOR_NOTE_PREFIXES: &[&str] = &[
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
pub(super) const RELATED_HEADINGS: &[&str] = &[
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
pub(super) const CAPTION_MARKERS: Needles = Needles::new(&[
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
pub(super) const NAVIGATION_LINES: &[&str] = &[
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
pub(super) const FOLLOW_PREFIXES: &[&str] = &[
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
pub(super) const SUBSCRIBE_PREFIXES: &[&str] = &[
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
pub(super) const COOKIE_PHRASES: &[&str] = &[
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
pub(super) const LANGUAGE_NAMES: &[&str] = &[
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

/// The first bytes of the follow-us and subscription prompts and of the
/// language names: a line whose first byte starts none is no such line.
pub(super) static FOLLOW_FIRST: [bool; 256] = first_bytes(FOLLOW_PREFIXES);

pub(super) static SHARE_FIRST: [bool; 256] =
    or_tables(first_bytes(SHARE_LINES), first_bytes(SHARE_PREFIXES));

pub(super) static RELATED_FIRST: [bool; 256] = first_bytes(RELATED_HEADINGS);

pub(super) static FOOTER_FIRST: [bool; 256] = first_bytes(FOOTER_PREFIXES);

pub(super) static NAVIGATION_FIRST: [bool; 256] = first_bytes(NAVIGATION_LINES);

pub(super) static SUBSCRIBE_FIRST: [bool; 256] = first_bytes(SUBSCRIBE_PREFIXES);

pub(super) static LANGUAGE_FIRST: [bool; 256] = first_bytes(LANGUAGE_NAMES);

/// The first bytes of the editor's-note prefixes, both cases.
pub(super) static EDITOR_NOTE_FIRST: [bool; 256] = first_bytes(EDITOR_NOTE_PREFIXES);

const fn or_tables(a: [bool; 256], b: [bool; 256]) -> [bool; 256] {
    let mut out = a;
    let mut i = 0;
    while i < 256 {
        out[i] |= b[i];
        i += 1;
    }
    out
}

pub(super) const fn first_bytes(prefixes: &[&str]) -> [bool; 256] {
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

pub(super) fn starts_with_any(s: &str, prefixes: &[&str]) -> bool {
    prefixes.iter().any(|p| s.starts_with(p))
}

pub(super) fn ends_sentence(s: &str) -> bool {
    s.ends_with(['.', '!', '?', '。', '！', '？', '"', '”'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_byte_tables_hold_every_entry() {
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
    }
}
