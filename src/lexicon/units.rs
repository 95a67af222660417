//! What numbers count and measure: time units, currencies, Chinese
//! classifiers and head nouns, month names. Used by the number grammar
//! (`text::number`) and the statistics extractor.

/// English time units, lowercase, singular and plural: a number followed by
/// one of them is a duration ("11 years", "a 10-year campaign"). Each maps to
/// the plural form reported as the unit.
pub(crate) const EN_TIME_UNITS: &[(&str, &str)] = &[
    ("year", "years"),
    ("years", "years"),
    ("month", "months"),
    ("months", "months"),
    ("week", "weeks"),
    ("weeks", "weeks"),
    ("day", "days"),
    ("days", "days"),
    ("hour", "hours"),
    ("hours", "hours"),
    ("minute", "minutes"),
    ("minutes", "minutes"),
    ("decade", "decades"),
    ("decades", "decades"),
    ("century", "centuries"),
    ("centuries", "centuries"),
];

/// The English time unit `word` names (case-insensitive), as its plural.
pub(crate) fn en_time_unit(word: &str) -> Option<&'static str> {
    EN_TIME_UNITS
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|&(_, plural)| plural)
}

/// Chinese time units written right after a number ("11年", "三个月"):
/// the number is a duration of that unit. Longest first.
pub(crate) const ZH_TIME_UNITS: &[&str] =
    &["个多月", "个月", "小时", "分钟", "星期", "年", "天", "周"];

/// A currency as written and its ISO 4217 code when the writing is
/// unambiguous ("$" alone may be US, Australian, Hong Kong... dollars; "¥"
/// may be yuan or yen: those get no code rather than a guess).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Currency {
    /// The sign or word as it is normally written ("US$", "yuan", "美元").
    pub(crate) written: &'static str,
    /// The ISO 4217 code, when the writing says which currency it is.
    pub(crate) iso: Option<&'static str>,
}

const fn cur(written: &'static str, iso: Option<&'static str>) -> Currency {
    Currency { written, iso }
}

impl Currency {
    /// The counted noun of an amount in this currency, as an English
    /// sentence names it: "$16 billion" counts dollars, "€20" euros,
    /// "RMB 5 billion" yuan. A sign or code names the currency, not the
    /// thing counted, so signs and codes give their noun; words (and
    /// Chinese units, "美元") are their own noun.
    pub(crate) fn noun(self) -> &'static str {
        match self.iso {
            Some("USD" | "HKD" | "AUD" | "CAD") => "dollars",
            Some("EUR") => "euros",
            Some("GBP") => "pounds",
            Some("CNY") if self.written.is_ascii() => "yuan",
            Some("JPY") if self.written.is_ascii() => "yen",
            Some("RUB") if self.written.is_ascii() => "rubles",
            None if self.written == "$" => "dollars",
            _ => self.written,
        }
    }
}

/// Currency signs and codes written before the amount ("$4.5 billion",
/// "US$ 300", "RMB 5 billion", "€20"). Longest first so "US$" wins over "$".
pub(crate) const CURRENCY_PREFIXES: &[Currency] = &[
    cur("US$", Some("USD")),
    cur("HK$", Some("HKD")),
    cur("A$", Some("AUD")),
    cur("C$", Some("CAD")),
    cur("USD", Some("USD")),
    cur("EUR", Some("EUR")),
    cur("GBP", Some("GBP")),
    cur("CNY", Some("CNY")),
    cur("RMB", Some("CNY")),
    cur("JPY", Some("JPY")),
    cur("RUB", Some("RUB")),
    cur("$", None),
    cur("€", Some("EUR")),
    cur("£", Some("GBP")),
    cur("¥", None),
    cur("￥", None),
];

/// Currency words written after the amount in English ("5 billion yuan",
/// "300 million euros"). "pounds" is left out: it is also a weight.
pub(crate) const EN_CURRENCY_WORDS: &[(&str, Currency)] = &[
    ("dollars", cur("dollars", None)),
    ("dollar", cur("dollars", None)),
    ("euros", cur("euros", Some("EUR"))),
    ("euro", cur("euros", Some("EUR"))),
    ("yuan", cur("yuan", Some("CNY"))),
    ("renminbi", cur("yuan", Some("CNY"))),
    ("yen", cur("yen", Some("JPY"))),
    ("rubles", cur("rubles", Some("RUB"))),
    ("roubles", cur("rubles", Some("RUB"))),
];

/// Chinese currency words after the amount ("5亿美元", "300万元"), longest
/// first; "元" alone is the yuan in mainland texts.
pub(crate) const ZH_CURRENCY_WORDS: &[(&str, Currency)] = &[
    ("元人民币", cur("元", Some("CNY"))),
    ("美元", cur("美元", Some("USD"))),
    ("欧元", cur("欧元", Some("EUR"))),
    ("英镑", cur("英镑", Some("GBP"))),
    ("日元", cur("日元", Some("JPY"))),
    ("卢布", cur("卢布", Some("RUB"))),
    ("港元", cur("港元", Some("HKD"))),
    ("港币", cur("港元", Some("HKD"))),
    ("元", cur("元", Some("CNY"))),
];

/// Chinese classifiers (measure words) between a number and the counted
/// noun ("5.2万个服务器", "531万台主机", "35名"). A bare Chinese numeral is
/// only a count when one of them (or a time unit, currency or percent)
/// follows: that keeps "一些", "之一", "两国", "十分" out.
pub(crate) const ZH_CLASSIFIERS: &[&str] = &[
    "人次", "个", "台", "名", "位", "家", "人", "次", "起", "件", "项", "条", "座", "所", "架",
    "艘", "枚", "种", "批", "份", "篇", "部", "款", "辆", "套", "例", "处", "股", "支", "只", "吨",
    "户", "倍", "场", "轮", "届", "层", "类", // traditional forms of those that differ
    "個", "臺", "項", "條", "種", "輛", "處", "隻", "場", "輪", "屆", "層", "類", "戶",
];

/// Classifiers that are themselves the unit counted (people, times,
/// incidents), reported as the unit when no noun follows.
pub(crate) const ZH_CLASSIFIER_UNITS: &[&str] = &["人次", "人", "次", "起", "例", "吨", "户", "倍"];

/// Chinese head nouns that close a counted noun phrase; the unit is the
/// longest of them ending the phrase ("计算机恶意程序控制服务器" → "服务器").
/// Chinese has no spaces, so without this list the head cannot be cut out.
pub(crate) const ZH_HEAD_NOUNS: &[&str] = &[
    "服务器",
    "计算机",
    "主机",
    "电脑",
    "网站",
    "设备",
    "终端",
    "漏洞",
    "病毒",
    "木马",
    "程序",
    "网络武器",
    "武器",
    "攻击",
    "事件",
    "案例",
    "案件",
    "邮件",
    "文件",
    "数据",
    "用户",
    "网民",
    "人员",
    "人",
    "企业",
    "公司",
    "机构",
    "组织",
    "单位",
    "部门",
    "国家",
    "地区",
    "城市",
    "项目",
    "条约",
    "协议",
    "士兵",
    "军队",
    "导弹",
    "飞机",
    "舰艇",
    "船只",
    "游客",
    "学生",
    "记者",
    "外交官",
    "难民",
    "患者",
    "病例",
    "疫苗",
    "剂",
    // Traditional forms of the nouns above that differ.
    "服務器",
    "伺服器",
    "計算機",
    "電腦",
    "網站",
    "設備",
    "漏洞",
    "網絡武器",
    "武器",
    "攻擊",
    "用戶",
    "網民",
    "機構",
    "組織",
    "單位",
    "國家",
    "項目",
    "條約",
    "協議",
    "軍隊",
    "導彈",
    "飛機",
    "艦艇",
    "船隻",
    "遊客",
    "學生",
    "記者",
    "外交官",
    "難民",
    // The wholes a share is of ("35%股份", "百分之二十的受访者").
    "股份",
    "股权",
    "份额",
    "受访者",
    "受訪者",
    "人口",
    "美元",
    "元",
    "吨",
    "千米",
    "公里",
    "米",
];

/// English number words that can open a ratio ("one in five", "two in
/// three"): the number after "in" is then a denominator, not a count.
pub(crate) const EN_NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// Nouns that a number after them identifies rather than counts ("point
/// 4", "paragraph 12", "phase 2", "page 3", "round 5"): the lower-case
/// counterparts of "Article 5" and "Resolution 2231", which a capital
/// already marks as names.
pub(crate) const REFERENCE_NOUNS: &[&str] = &[
    "point",
    "points",
    "paragraph",
    "paragraphs",
    "para",
    "item",
    "items",
    "page",
    "pages",
    "article",
    "articles",
    "section",
    "sections",
    "chapter",
    "chapters",
    "clause",
    "clauses",
    "annex",
    "rule",
    "rules",
    "step",
    "option",
    "number",
    "no",
    "line",
    "lines",
    "phase",
    "stage",
    "level",
    "grade",
    "category",
    "class",
    "type",
    "version",
    "round",
    "term",
    "question",
    "resolution",
    "resolutions",
    "unit",
    "gate",
    "pier",
    "terminal",
    "block",
    "route",
    "highway",
    "platform",
    "room",
    "floor",
    "building",
    "district",
    "zone",
];
