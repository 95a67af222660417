//! A generator of English press statements for the benches: ministry
//! transcripts, embassy statements and government releases of the usual
//! length (3 to 6 KB, paragraphs of 200 to 600 bytes), assembled from the
//! parts below in a fixed pseudo-random order, so every run sees the same
//! corpus. The sentences are written for this bench.

/// Headlines, one per document.
const HEADLINES: &[&str] = &[
    "Foreign Ministry Spokesperson's Regular Press Conference",
    "Statement by the Press Secretary on Malicious Cyber Activity",
    "Embassy Spokesperson's Remarks on the So-called Espionage Report",
    "Joint Statement on Responsible State Behaviour in Cyberspace",
    "UK and Allies Expose Campaign of Cyber Espionage",
];

/// Datelines, in the formats the sources print.
const DATELINES: &[&str] = &[
    "2024-03-12 15:20",
    "Published: Mar 12, 2024 09:41 PM",
    "March 12, 2024",
    "12 March 2024",
    "2024-03-12 07:00:00-04:00",
];

/// Paragraphs of prose: attributions, accusations, rebuttals, figures,
/// dates and quotes, as statements carry them.
const PARAGRAPHS: &[&str] = &[
    "On Monday, the United States and several of its allies accused the Ministry of State Security of sponsoring a hacking group that targeted energy firms, universities and shipping companies in at least twelve countries. The accusation was made in a joint statement that offered no technical evidence, according to officials familiar with the matter.",
    "The spokesperson said the so-called evidence released by the US side does not hold water. \"We firmly oppose groundless accusations and smears of this kind, and we urge the relevant countries to stop politicising cybersecurity issues,\" he told reporters at the regular briefing in Beijing.",
    "According to statistics from the National Computer Network Emergency Response Team, about 52,000 servers located abroad took control of some 5.31 million hosts in China in 2020, an increase of nearly 18 per cent over the previous year. More than 60 per cent of those servers were located in North America.",
    "Journalist: Reuters reported that the European Union would consider sanctions against the companies named in the report. Do you have any comment on that?",
    "Spokesperson Li Wei: China is a staunch defender of cybersecurity and one of the main victims of cyber attacks. We have always opposed and cracked down on all forms of cyber attacks in accordance with law, and we will take necessary measures to safeguard our legitimate rights and interests.",
    "The Press Secretary said the administration had held the group responsible for a campaign that stole intellectual property worth billions of dollars over the past decade. The Justice Department charged four nationals with conspiracy to commit computer fraud last July, and the indictment was unsealed on Thursday.",
    "For a long time, the United States has conducted large-scale, organised and indiscriminate cyber espionage, surveillance and attacks against foreign governments, enterprises and individuals. Such practices are the real threat to global cybersecurity, and the world has seen clearly who is the biggest hacker empire.",
    "The Minister for Security said: \"Today we are calling out a pattern of reckless behaviour in cyberspace. We will continue to work with our partners to hold those responsible to account, and we have imposed sanctions on two individuals and one front company.\"",
    "The statement noted that the attacks began in May of this year and intensified in the same month last year, when a third of the affected networks belonged to hospitals. Nearly 400 organisations received warnings from the national cyber centre in the first quarter alone.",
    "We call on all parties to address cyber issues through dialogue and cooperation on the basis of mutual respect, equality and mutual benefit, rather than pointing fingers at others. Cyberspace is a shared space, and smearing other countries out of political purposes will only undermine mutual trust.",
    "The embassy rejected the claims as a huge lie, saying the report was not based on facts and had been prepared out of political motives. It demanded that the authors publish the evidence they claim to have and stop spreading disinformation about the country's diplomatic missions.",
    "Asked about the deadline, an official said the measures would take effect within 30 days and would be reviewed after six months. The department has received more than 1,200 reports since last week, about a quarter of which concerned suspected phishing emails sent to ministries.",
];

/// Boilerplate that pages print around a statement.
const FOOTERS: &[&str] = &[
    "Share: Facebook | Twitter | Email | Print",
    "Copyright © 2024 Ministry of Foreign Affairs. All rights reserved.",
    "Address: 2 Chaoyangmen Nandajie, Beijing   Tel: 86-10-65961114",
    "Related News",
];

/// A small linear congruential generator: the same sequence every run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

/// Press statements of 3 to 6 KB, about `total` bytes in all.
pub(crate) fn statements(total: usize) -> Vec<String> {
    let mut rng = Lcg(0x5eed);
    let mut docs = Vec::new();
    let mut size = 0;
    while size < total {
        let mut doc = String::new();
        doc.push_str(HEADLINES[rng.next(HEADLINES.len())]);
        doc.push_str("\n\n");
        doc.push_str(DATELINES[rng.next(DATELINES.len())]);
        doc.push_str("\n\n");
        let target = 3_000 + rng.next(3_000);
        while doc.len() < target {
            doc.push_str(PARAGRAPHS[rng.next(PARAGRAPHS.len())]);
            doc.push_str("\n\n");
        }
        for footer in FOOTERS.iter().filter(|_| rng.next(2) == 0) {
            doc.push_str(footer);
            doc.push('\n');
        }
        size += doc.len();
        docs.push(doc);
    }
    docs
}
