//! Where every number comes from: published sources and the assumptions we made.
//!
//! The bibliographic lines are not translated; what a patient reads about them
//! lives in `text/`.

/// When a person last checked every number against docs/evidence.md.
pub const LAST_REVIEWED: &str = "2026-11-24";

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
        Kim2010,
        Va2018,
        Rabago2013Elbow,
        Yelland2011,
        Bertrand2016,
        Plantar2020,
        Louw2019,
        Dagenais2006,
        CareLeaflets,
        TypicalPractice,
        Review2023,
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
    Source {
        slug,
        short,
        reference,
        practice_only,
    }
}

/// Indexed by `SourceId as usize`; a test checks the order matches `SourceId::ALL`.
static SOURCES: [Source; 18] = [
    src("rabago-2013-knee", "Rabago 2013", "Rabago D, et al. Dextrose prolotherapy for knee osteoarthritis: a randomized controlled trial. Ann Fam Med. 2013;11(3):229-37. PMID 23690322.", false),
    src("reeves-2000", "Reeves 2000", "Reeves KD, Hassanein K. Randomized prospective double-blind placebo-controlled study of dextrose prolotherapy for knee osteoarthritis. Altern Ther Health Med. 2000. PMID 10710805.", false),
    src("reeves-2003", "Reeves 2003", "Reeves KD, Hassanein K. Long-term effects of dextrose prolotherapy for anterior cruciate ligament laxity (3-year follow-up). 2003.", false),
    src("sit-2020", "Sit 2020", "Sit RWS, et al. Hypertonic dextrose injections (prolotherapy) in the treatment of symptomatic knee osteoarthritis. Ann Fam Med. 2020;18(3):235.", false),
    src("hung-2016", "Hung 2016", "Hung CY, et al. Dextrose prolotherapy versus control injections in painful osteoarthritis: a network meta-analysis. J Pain Res. 2016;9:847-857. PMID 27799816.", false),
    src("yelland-2004", "Yelland 2004", "Yelland MJ, et al. Prolotherapy injections, saline injections, and exercises for chronic low-back pain: a randomized trial. Spine. 2004;29(1):9-16.", false),
    src("dagenais-2007", "Cochrane 2007", "Dagenais S, et al. Prolotherapy injections for chronic low-back pain. Cochrane Database Syst Rev. 2007;CD004059.pub3.", false),
    src("kim-2010", "Kim 2010", "Kim WM, et al. A randomized controlled trial of intra-articular prolotherapy versus steroid injection for sacroiliac joint pain. J Altern Complement Med. 2010;16(12):1285-90.", false),
    src("va-2018", "VA study 2018", "Retrospective study of sacroiliac joint prolotherapy in a Veterans Affairs clinic. Complement Ther Med. 2018. PMID 29609940.", false),
    src("rabago-2013-elbow", "Rabago 2013; Scarpone 2008", "Rabago D, et al. Dextrose and morrhuate sodium injections for lateral epicondylosis. Am J Phys Med Rehabil. 2013. Scarpone M, et al. Clin J Sport Med. 2008. PMID 18469566.", false),
    src("yelland-2011", "Yelland 2011", "Yelland MJ, et al. Prolotherapy injections and eccentric loading exercises for painful Achilles tendinosis: a randomised trial. Br J Sports Med. 2011;45(5):421-8.", false),
    src("bertrand-2016", "Bertrand 2016", "Bertrand H, et al. Dextrose prolotherapy versus control injections in painful rotator cuff tendinopathy. Arch Phys Med Rehabil. 2016;97(1):17-25. PMID 26301385.", false),
    src("plantar-2020", "AJPMR 2020; Ersen 2018", "Dextrose prolotherapy for plantar fasciitis, randomized trial. Am J Phys Med Rehabil. 2020;99(4):318-24. PMID 31738283. Ersen O, et al. Turk J Phys Med Rehabil. 2018.", false),
    src("louw-2019", "Louw 2019", "Louw WF, et al. Treatment of temporomandibular dysfunction with hypertonic dextrose injection (prolotherapy). Mayo Clin Proc. 2019;94(5):820-832. PMID 30878157.", false),
    src("dagenais-2006", "Dagenais 2006", "Dagenais S, et al. Adverse events associated with prolotherapy: a survey of 171 practitioners. Arch Phys Med Rehabil. 2006;87:909-13. UW Department of Family Medicine patient materials.", false),
    src("care-leaflets", "Care leaflets", "Joint-injection patient leaflets (NHS, orthopaedic clinics) and prolotherapy after-injection instructions.", true),
    src("typical-practice", "Typical practice", "Clinic FAQs and practice descriptions of prolotherapy schedules and aftercare. Low-quality evidence: used only for framing.", true),
    src("review-2023", "Review 2023", "Systematic review of prolotherapy trials. J Rehabil Med. 2023. PMC9989868.", false),
];

listed! {
    /// A parameter no trial measured. The app says so wherever it shows.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum Assumption {
        /// How severity moves the plan within the trial's range.
        SeverityEffect,
        /// How aftercare moves the plan and the speed of improvement.
        AdherenceEffect,
        /// The width of the low-high band around the typical curve.
        ImprovementBand,
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
