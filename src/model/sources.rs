//! Where every number comes from: published sources and the assumptions we made.
//!
//! The bibliographic lines are not translated; what a patient reads about them
//! lives in `text/`.

/// When a person last checked every number against docs/evidence.md.
pub const LAST_REVIEWED: &str = "2026-12-02";

/// When this version of the guide was published (the evidence base's revision date).
pub const PUBLISHED: &str = "2026-11-30";

listed! {
    /// One published source (or a clearly named practice convention).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum SourceId {
        Rabago2013Knee,
        ReevesHassanein2000,
        ReevesHassanein2003,
        Sit2020,
        Hung2016,
        Yelland2004,
        Dagenais2007,
        Klein1993,
        Ongley1987,
        Kim2010,
        Va2018,
        Rabago2013Elbow,
        Yelland2019,
        Yelland2011,
        Bertrand2016,
        Plantar2020,
        Ersen2018,
        Louw2019,
        Dagenais2006,
        CareLeaflets,
        TypicalPractice,
        Review2023,
        NiceKnee,
        NhsBack,
        StatPearlsSi,
        Smidt2002,
        NiceAchilles,
        ShoulderCohort,
        NhsPlantar,
        NhsJaw,
    }
}

impl SourceId {
    /// Short label shown beside a number, e.g. "Rabago 2013".
    pub fn short(self) -> &'static str {
        self.source().short
    }

    /// A stable id for anchors (`#src-rabago-2013-knee`).
    pub fn slug(self) -> &'static str {
        self.source().slug
    }

    /// The full reference.
    pub fn source(self) -> &'static Source {
        &SOURCES[self as usize]
    }
}

/// A reference as the sources list prints it.
#[derive(Debug, PartialEq, Eq)]
pub struct Source {
    pub slug: &'static str,
    pub short: &'static str,
    /// The whole reference: only the sources list shows it, and that is built into the page's
    /// HTML, so the wasm does not carry it.
    #[cfg(not(target_arch = "wasm32"))]
    pub reference: &'static str,
    /// True for practice conventions and clinic leaflets: lower-quality evidence.
    pub practice_only: bool,
}

const fn src(
    slug: &'static str,
    short: &'static str,
    reference: &'static str,
    practice_only: bool,
) -> Source {
    #[cfg(target_arch = "wasm32")]
    let _ = reference;
    Source {
        slug,
        short,
        #[cfg(not(target_arch = "wasm32"))]
        reference,
        practice_only,
    }
}

/// Indexed by `SourceId as usize`; a test checks the order matches `SourceId::ALL`.
static SOURCES: [Source; 30] = [
    src("rabago-2013-knee", "Rabago 2013", "Rabago D, et al. Dextrose prolotherapy for knee osteoarthritis: a randomized controlled trial. Ann Fam Med. 2013;11(3):229-37. PMID 23690322.", false),
    src("reeves-2000", "Reeves 2000", "Reeves KD, Hassanein K. Randomized prospective double-blind placebo-controlled study of dextrose prolotherapy for knee osteoarthritis. Altern Ther Health Med. 2000. PMID 10710805.", false),
    src("reeves-2003", "Reeves 2003", "Reeves KD, Hassanein K. Long-term effects of dextrose prolotherapy for anterior cruciate ligament laxity: a prospective and consecutive patient study. Altern Ther Health Med. 2003;9(3):58-62. PMID 12776476.", false),
    src("sit-2020", "Sit 2020", "Sit RWS, et al. Efficacy of intra-articular hypertonic dextrose (prolotherapy) for knee osteoarthritis: a randomized controlled trial. Ann Fam Med. 2020;18(3):235-242.", false),
    src("hung-2016", "Hung 2016", "Hung CY, et al. Comparative effectiveness of dextrose prolotherapy versus control injections and exercise in the management of osteoarthritis pain: a systematic review and meta-analysis. J Pain Res. 2016;9:847-857. PMID 27799816.", false),
    src("yelland-2004", "Yelland 2004", "Yelland MJ, et al. Prolotherapy injections, saline injections, and exercises for chronic low-back pain: a randomized trial. Spine. 2004;29(1):9-16. PMID 14699269.", false),
    src("dagenais-2007", "Cochrane 2007", "Dagenais S, et al. Prolotherapy injections for chronic low-back pain. Cochrane Database Syst Rev. 2007;CD004059.pub3. PMID 17443537.", false),
    src("klein-1993", "Klein 1993", "Klein RG, Eek BC, DeLong WB, Mooney V. A randomized double-blind trial of dextrose-glycerine-phenol injections for chronic, low back pain. J Spinal Disord. 1993;6(1):23-33. PMID 8439713.", false),
    src("ongley-1987", "Ongley 1987", "Ongley MJ, Klein RG, Dorman TA, Eek BC, Hubert LJ. A new approach to the treatment of chronic low back pain. Lancet. 1987;2(8551):143-6. PMID 2439856.", false),
    src("kim-2010", "Kim 2010", "Kim WM, et al. A randomized controlled trial of intra-articular prolotherapy versus steroid injection for sacroiliac joint pain. J Altern Complement Med. 2010;16(12):1285-90. PMID 21138388.", false),
    src("va-2018", "Hoffman 2018", "Hoffman MD, Agnish V. Functional outcome from sacroiliac joint prolotherapy in patients with sacroiliac joint instability (a retrospective study in a Veterans Affairs clinic). Complement Ther Med. 2018;37:64-68. PMID 29609940.", false),
    src("rabago-2013-elbow", "Rabago 2013; Scarpone 2008", "Rabago D, et al. Hypertonic dextrose and morrhuate sodium injections (prolotherapy) for lateral epicondylosis (tennis elbow): results of a single-blind, pilot-level, randomized controlled trial. Am J Phys Med Rehabil. 2013;92(7):587-96. PMID 23291605. Scarpone M, et al. The efficacy of prolotherapy for lateral epicondylosis: a pilot study. Clin J Sport Med. 2008. PMID 18469566.", false),
    src("yelland-2019", "Yelland 2019", "Yelland M, et al. Prolotherapy injections and physiotherapy used singly and in combination for lateral epicondylalgia: a randomised trial. BMC Musculoskelet Disord. 2019;20:509. PMID 31679521.", false),
    src("yelland-2011", "Yelland 2011", "Yelland MJ, et al. Prolotherapy injections and eccentric loading exercises for painful Achilles tendinosis: a randomised trial. Br J Sports Med. 2011;45(5):421-8. PMID 19549615.", false),
    src("bertrand-2016", "Bertrand 2016", "Bertrand H, et al. Dextrose prolotherapy versus control injections in painful rotator cuff tendinopathy. Arch Phys Med Rehabil. 2016;97(1):17-25. PMID 26301385.", false),
    src("plantar-2020", "AJPMR 2020", "Effect of dextrose prolotherapy on pain intensity, disability, and plantar fascia thickness in unilateral plantar fasciitis: a randomized, controlled, double-blind study. Am J Phys Med Rehabil. 2020;99(4):318-24. PMID 31738283.", false),
    src("ersen-2018", "Ersen 2018", "Ersen O, et al. A randomized-controlled trial of prolotherapy injections in the treatment of plantar fasciitis. Turk J Phys Med Rehabil. 2018;64(1):59-65. PMID 31453490.", false),
    src("louw-2019", "Louw 2019", "Louw WF, et al. Treatment of temporomandibular dysfunction with hypertonic dextrose injection (prolotherapy). Mayo Clin Proc. 2019;94(5):820-832. PMID 30878157.", false),
    src("dagenais-2006", "Dagenais 2006", "Dagenais S, et al. Side effects and adverse events related to intraligamentous injection of sclerosing solutions (prolotherapy) for back and neck pain: a survey of practitioners. Arch Phys Med Rehabil. 2006;87(7):909-13. PMID 16813776. With University of Wisconsin patient materials.", false),
    src("care-leaflets", "Care leaflets", "Joint-injection leaflets (NHS, orthopaedic clinics), prolotherapy aftercare sheets, NHS pages on clots, cauda equina, meningitis, sepsis; NHS and Versus Arthritis pages on joint infection.", true),
    src("typical-practice", "Typical practice", "Clinic FAQs and practice descriptions of prolotherapy schedules and aftercare.", true),
    src("review-2023", "Review 2023", "Waluyo Y, et al. Efficacy of prolotherapy for osteoarthritis: a systematic review. J Rehabil Med. 2023;55:jrm00372. PMC9989868.", false),
    src("nice-knee", "NICE CG177", "NICE CG177, osteoarthritis: information for the public. Course over about 6 years in adults over 50: cohort study (Nicholls 2014, Osteoarthritis Cartilage), PMID 25305072.", true),
    src("nhs-back", "NHS; PMID 22586331", "NHS pages on low back pain and self-care. Course: Costa 2012, PMID 22586331.", true),
    src("statpearls-si", "StatPearls", "StatPearls: sacroiliac joint dysfunction. NCBI Bookshelf.", true),
    src("smidt-2002", "Smidt 2002", "nidirect: tennis elbow. Smidt N, et al. Corticosteroid injections, physiotherapy, or a wait-and-see policy for lateral epicondylitis: a randomised controlled trial. Lancet. 2002;359:657-62. PMID 11879861.", false),
    src("nice-achilles", "Lagas 2022", "Lagas IF, et al. One fifth of patients with Achilles tendinopathy have symptoms after 10 years: a prospective cohort study. J Sports Sci. 2022;40(22):2475-83. doi:10.1080/02640414.2022.2163537. With NICE IPG571 (Achilles tendinopathy): information for the public.", true),
    src("shoulder-cohort", "NHS; PMC1239746", "NHS musculoskeletal service pages on shoulder pain. New shoulder pain in general practice, course over a year: Br J Gen Pract cohort, PMC1239746.", true),
    src("nhs-plantar", "NHS", "NHS: plantar fasciitis. Course: NHS Choices, heel pain (four in five cases resolve within a year).", true),
    src("nhs-jaw", "NHS Wales 111; PMID 12756926", "NHS Wales 111: temporomandibular disorder. Course over 5 years of jaw muscle pain: Rammelsberg P, et al. J Orofac Pain. 2003;17(1):9-20. PMID 12756926.", true),
];

listed! {
    /// A parameter no trial measured. The app says so wherever it shows.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum Assumption {
        /// How severity moves the plan within the trial's range.
        SeverityEffect,
        /// How aftercare moves the example plan (never a result).
        AdherenceEffect,
        /// Real dates are illustrative: the clinic sets them.
        IllustrativeDates,
    }
}

/// Why a number is what it is: the sources behind it, and the assumption it leans on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Basis {
    pub sources: &'static [SourceId],
    pub assumption: Option<Assumption>,
}

impl Basis {
    /// Backed by sources alone.
    pub const fn cited(sources: &'static [SourceId]) -> Basis {
        Basis {
            sources,
            assumption: None,
        }
    }

    /// Backed by sources, shaped by an assumption.
    pub const fn assumed(sources: &'static [SourceId], assumption: Assumption) -> Basis {
        Basis {
            sources,
            assumption: Some(assumption),
        }
    }

    /// A number must name a source or be marked as an assumption.
    pub fn is_accounted_for(&self) -> bool {
        !self.sources.is_empty() || self.assumption.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assumption_order_matches_ids() {
        for (i, a) in Assumption::ALL.iter().enumerate() {
            assert_eq!(*a as usize, i);
        }
    }

    #[test]
    fn table_order_matches_ids() {
        for (i, id) in SourceId::ALL.iter().enumerate() {
            assert_eq!(*id as usize, i);
        }
        let mut slugs: Vec<_> = SourceId::ALL.iter().map(|s| s.slug()).collect();
        slugs.sort_unstable();
        slugs.dedup();
        assert_eq!(slugs.len(), SourceId::ALL.len(), "slugs must be unique");
    }
}
