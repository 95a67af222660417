//! News outlets and agencies, with the state whose voice a state outlet
//! carries (used for the outlet of a dateline and, later, a document's side).

/// An outlet's name as written in datelines and attributions, and the party
/// of a state outlet (`None` for independent outlets).
pub(crate) type Outlet = (&'static str, Option<&'static str>);

/// Known outlets, lowercase. Matched case-insensitively on the whole name,
/// and by the side detector as phrases.
pub(crate) const OUTLETS: &[Outlet] = &[
    // Chinese state media: their editorials and reports carry China's voice.
    ("global times", Some("CHN")),
    ("china daily", Some("CHN")),
    ("xinhua", Some("CHN")),
    ("xinhua news agency", Some("CHN")),
    ("people's daily", Some("CHN")),
    ("people's daily online", Some("CHN")),
    ("cgtn", Some("CHN")),
    ("cctv", Some("CHN")),
    ("china central television", Some("CHN")),
    ("china military online", Some("CHN")),
    ("pla daily", Some("CHN")),
    ("china news service", Some("CHN")),
    ("chinanews", Some("CHN")),
    ("china.org.cn", Some("CHN")),
    ("guangming daily", Some("CHN")),
    ("qiushi", Some("CHN")),
    ("ecns", Some("CHN")),
    ("新华社", Some("CHN")),
    ("新华网", Some("CHN")),
    ("人民日报", Some("CHN")),
    ("人民网", Some("CHN")),
    ("环球时报", Some("CHN")),
    ("环球网", Some("CHN")),
    ("中国日报", Some("CHN")),
    ("央视新闻", Some("CHN")),
    ("中国军网", Some("CHN")),
    ("央视", Some("CHN")),
    ("解放军报", Some("CHN")),
    ("中国新闻网", Some("CHN")),
    ("光明日报", Some("CHN")),
    ("北京日报", Some("CHN")),
    ("中央广播电视总台", Some("CHN")),
    ("澎湃新闻", Some("CHN")),
    // Foreign agencies by their Chinese names, in both scripts: how
    // Chinese transcripts label their reporters' questions.
    ("路透社", None),
    ("美联社", None),
    ("美聯社", None),
    ("法新社", None),
    ("彭博社", None),
    ("塔斯社", Some("RUS")),
    ("共同社", Some("JPN")),
    ("韩联社", Some("KOR")),
    ("韓聯社", Some("KOR")),
    // Russian state media.
    ("tass", Some("RUS")),
    ("ria novosti", Some("RUS")),
    ("ria", Some("RUS")),
    ("sputnik", Some("RUS")),
    ("rt", Some("RUS")),
    ("rossiyskaya gazeta", Some("RUS")),
    // Other state broadcasters and agencies whose copy is often quoted.
    ("kcna", Some("PRK")),
    ("irna", Some("IRN")),
    // Independent wires, papers and broadcasters: no side.
    ("reuters", None),
    ("associated press", None),
    ("ap", None),
    ("afp", None),
    ("agence france-presse", None),
    ("bloomberg", None),
    ("bbc", None),
    ("bbc news", None),
    ("cnn", None),
    ("nbc news", None),
    ("nbc", None),
    ("cbs news", None),
    ("abc news", None),
    ("fox news", None),
    ("npr", None),
    ("the new york times", None),
    ("new york times", None),
    ("the washington post", None),
    ("washington post", None),
    ("the wall street journal", None),
    ("wall street journal", None),
    ("financial times", None),
    ("the guardian", None),
    ("the times", None),
    ("the telegraph", None),
    ("the economist", None),
    ("the hill", None),
    ("politico", None),
    ("axios", None),
    ("interfax", None),
    ("kyodo", None),
    ("kyodo news", None),
    ("nhk", None),
    ("yonhap", None),
    ("nikkei", None),
    ("nikkei asia", None),
    ("south china morning post", None),
    ("al jazeera", None),
    ("deutsche welle", None),
    ("dw", None),
    ("le monde", None),
    ("der spiegel", None),
    // More Chinese outlets that carry the state's line, as written in
    // datelines and "来源" lines (both scripts where they differ).
    ("中新网", Some("CHN")),
    ("中新社", Some("CHN")),
    ("中国新闻社", Some("CHN")),
    ("央广网", Some("CHN")),
    ("央视网", Some("CHN")),
    ("中央广播电视总台", Some("CHN")),
    ("国际在线", Some("CHN")),
    ("中国网", Some("CHN")),
    ("参考消息", Some("CHN")),
    ("求是", Some("CHN")),
    ("新華社", Some("CHN")),
    ("人民日報", Some("CHN")),
    ("china radio international", Some("CHN")),
    // Other states' agencies and broadcasters, by region, whose copy
    // carries their government's voice.
    ("itar-tass", Some("RUS")),
    ("ria novosti news agency", Some("RUS")),
    ("interfax-ukraine", None),
    ("ukrinform", Some("UKR")),
    ("belta", Some("BLR")),
    ("kazinform", Some("KAZ")),
    ("yonhap news agency", None),
    ("kcna watch", None),
    ("korean central news agency", Some("PRK")),
    ("vietnam news agency", Some("VNM")),
    ("vna", Some("VNM")),
    ("antara", Some("IDN")),
    ("bernama", Some("MYS")),
    ("philippine news agency", Some("PHL")),
    ("pna", Some("PHL")),
    ("press trust of india", None),
    ("pti", None),
    ("associated press of pakistan", Some("PAK")),
    ("anadolu agency", Some("TUR")),
    ("anadolu", Some("TUR")),
    ("trt world", Some("TUR")),
    ("wafa", Some("PSE")),
    ("saudi press agency", Some("SAU")),
    ("wam", Some("ARE")),
    ("isna", Some("IRN")),
    ("press tv", Some("IRN")),
    ("tasnim", Some("IRN")),
    ("prensa latina", Some("CUB")),
    ("telesur", Some("VEN")),
    ("agencia brasil", Some("BRA")),
    ("efe", None),
    ("ansa", None),
    ("dpa", None),
    ("kyodo news agency", None),
    ("jiji press", None),
    ("jiji", None),
    ("central news agency", Some("TWN")),
    ("focus taiwan", Some("TWN")),
    ("中央社", Some("TWN")),
    ("voice of america", Some("USA")),
    ("voa", Some("USA")),
    ("radio free asia", Some("USA")),
    ("rfa", Some("USA")),
    ("radio free europe/radio liberty", Some("USA")),
    ("rfe/rl", Some("USA")),
    ("france 24", Some("FRA")),
    ("rfi", Some("FRA")),
    ("cbc news", None),
    ("sky news", None),
    ("euronews", None),
    ("the diplomat", None),
    ("the japan times", None),
    ("the straits times", None),
    ("the hindu", None),
    ("the times of india", None),
    ("hindustan times", None),
    ("the moscow times", None),
    ("the kyiv independent", None),
    ("the korea herald", None),
    ("the korea times", None),
    ("inquirer", None),
    ("philippine daily inquirer", None),
    ("abs-cbn news", None),
    ("gma news", None),
    ("rappler", None),
    ("澎湃新闻", None),
    ("联合早报", None),
    ("聯合報", None),
    ("中時新聞網", None),
    ("自由時報", None),
    ("明報", None),
    ("南華早報", None),
    ("中評社", None),
    ("中国评论新闻网", None),
    ("中國評論新聞網", None),
];

/// Last words of outlets' names ("... Times", "... Daily", "... News"):
/// a short capitalised name ending in one reads as an outlet.
const NAME_ENDINGS: &[&str] = &[
    "Times",
    "Daily",
    "News",
    "Online",
    "Post",
    "Press",
    "Agency",
    "Herald",
    "Journal",
    "Gazette",
    "Tribune",
    "Network",
    "TV",
    "Radio",
    "Media",
    "Review",
    "Telegraph",
    "Observer",
    "Weekly",
    "Net",
    "Inquirer",
    "Chronicle",
    "Standard",
    "Independent",
    "Broadcasting",
    "Television",
    "Wire",
];

/// Top-level domains that end a website's name given as its outlet
/// ("http://www.CRNTT.com", "news.cn", "eng.mil.cn").
const DOMAIN_ENDINGS: &[&str] = &[
    "com", "cn", "net", "org", "ru", "uk", "gov", "media", "info", "news", "tv", "jp", "kr", "de",
    "fr", "in", "ph", "eu", "int", "io", "co", "hk", "tw", "mo", "sg", "au", "ca", "us", "vn",
    "id", "my", "pk", "ir", "tr", "ua", "by", "kz", "br", "mx", "za", "ng", "eg", "sa", "ae", "il",
    "it", "es", "pl", "nz",
];

/// Whether `name` reads as an outlet's name by its shape: a known outlet, a
/// short capitalised name ending in an outlet word ("Manila Times"), a
/// Chinese name ending in 社, 网, 报, 台 or 新闻 ("财联社"), or a website's
/// address ("http://www.CRNTT.com").
pub(crate) fn looks_like(name: &str) -> bool {
    let name = name.trim();
    if name.is_empty() || name.len() > 60 {
        return false;
    }
    if find(name).is_some() || is_domain(name) {
        return true;
    }
    let words = name.split_whitespace().count();
    if name.chars().all(crate::text::is_ideograph) {
        let chars = name.chars().count();
        return (2..=10).contains(&chars)
            && CHINESE_OUTLET_ENDINGS.iter().any(|e| name.ends_with(e));
    }
    words <= 5
        && name
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()))
        && name
            .split_whitespace()
            .last()
            .is_some_and(|w| NAME_ENDINGS.contains(&w))
}

/// A website's address: an optional scheme and "www.", then two or more
/// dot-separated labels of letters, digits and hyphens ending in a known
/// top-level domain.
pub(crate) fn is_domain(name: &str) -> bool {
    let host = name
        .strip_prefix("https://")
        .or_else(|| name.strip_prefix("http://"))
        .unwrap_or(name)
        .trim_end_matches('/');
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && labels
            .last()
            .is_some_and(|tld| DOMAIN_ENDINGS.iter().any(|d| d.eq_ignore_ascii_case(tld)))
}

/// Endings of Chinese outlets' names: news agencies (社), websites (网),
/// papers (报), broadcasters (台), apps (客户端) and "…新闻" brands, in
/// both scripts.
pub(crate) const CHINESE_OUTLET_ENDINGS: &[&str] =
    &["客户端", "新闻", "新聞", "社", "网", "網", "报", "報", "台"];

/// The outlet named exactly by `name` (case-insensitive), if known.
///
/// Most names are turned away by [`SHAPES`] before the list: a name equal
/// to an outlet's, ignoring ASCII case, has its length and its first byte
/// in ASCII lower case.
pub(crate) fn find(name: &str) -> Option<&'static Outlet> {
    let name = name.trim();
    let &first = name.as_bytes().first()?;
    if SHAPES[usize::from(first.to_ascii_lowercase())] & super::shape::length_bit(name.len()) == 0 {
        return None;
    }
    OUTLETS
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name) || *n == name)
}

/// For each first byte of an outlet's name, in ASCII lower case, the
/// lengths of those names, built at compile time.
const SHAPES: [u64; 256] = {
    let mut t = [0u64; 256];
    let mut i = 0;
    while i < OUTLETS.len() {
        let n = OUTLETS[i].0.as_bytes();
        if !n.is_empty() {
            t[n[0].to_ascii_lowercase() as usize] |= super::shape::length_bit(n.len());
        }
        i += 1;
    }
    t
};

/// The outlet that ends `subject` as whole words ("U.S. broadcaster NBC
/// News" ends with "NBC News"), case-insensitively, with the byte offset in
/// `subject` where its name starts. The longest such name wins.
pub(crate) fn ending(subject: &str) -> Option<(usize, &'static Outlet)> {
    OUTLETS
        .iter()
        .filter_map(|outlet| {
            let n = outlet.0.len();
            let start = subject.len().checked_sub(n)?;
            let tail = subject.get(start..)?;
            let bounded = subject[..start]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            (bounded && (tail.eq_ignore_ascii_case(outlet.0))).then_some((start, outlet))
        })
        .min_by_key(|&(start, _)| start)
}

#[cfg(test)]
mod tests {
    /// The lookup without the [`super::SHAPES`] filter.
    fn find_unfiltered(name: &str) -> Option<&'static super::Outlet> {
        let name = name.trim();
        super::OUTLETS
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name) || *n == name)
    }

    #[test]
    fn shape_filter_keeps_every_outlet() {
        let mut names = vec![
            String::new(),
            " ".to_string(),
            "The Hill".to_string(),
            "the Foreign Ministry".to_string(),
            "Reuter".to_string(),
        ];
        for (n, _) in super::OUTLETS {
            names.extend([
                n.to_string(),
                n.to_uppercase(),
                format!(" {n} "),
                format!("{n}s"),
                n[..n.len() - n.chars().last().map_or(0, char::len_utf8)].to_string(),
            ]);
        }
        for n in &names {
            assert_eq!(super::find(n), find_unfiltered(n), "{n}");
        }
        assert!(super::find("REUTERS").is_some());
    }

    #[test]
    fn outlet_shapes() {
        for name in [
            "Manila Standard",
            "Harbor Ledger Daily",
            "财联社",
            "央视网",
            "http://www.CRNTT.com",
            "news.example.co",
            "Reuters",
        ] {
            assert!(super::looks_like(name), "{name}");
        }
        for name in [
            "The ministry said",
            "Beijing",
            "外交部发言人",
            "www",
            "example.notatld",
            "the daily news",
            "",
        ] {
            assert!(!super::looks_like(name), "{name}");
        }
    }
}
