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
];

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
}
