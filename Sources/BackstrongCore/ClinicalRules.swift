// Every clinical threshold the engine uses, in one place, each with its source from
// ../shared/docs/clinical-rules.md §11 ([n]) or marked as a product decision (ours, tunable).
import Foundation

/// The numbers behind Backstrong's clinical rules.
public enum ClinicalRules {
    // MARK: Screening (§2.3)
    /// Age above which night pain or worsening pain becomes urgent: NICE CKS [5] (product decision).
    public static let olderAgeFlag = 50
    /// Age below which night pain or worsening pain becomes urgent: NICE CKS [5] (product decision).
    public static let youngerAgeFlag = 20
    /// Age above which trauma or steroid use carries an added reason: Henschke 2009 [2].
    public static let fractureRiskAge = 70
    /// Two or more consult-level answers count together as urgent: flags count together [1, 3] (product decision).
    public static let consultAnswersMakingUrgent = 2

    // MARK: Pain monitoring (§4), after Silbernagel 2007 [27]; thresholds are product decisions
    /// Highest acceptable pain during a set (0–10): above it, decrease or regress next time.
    public static let maxAcceptableSetPain = 5.0
    /// Next-morning pain this far above baseline is a breach: NPRS MDC 2 points, Childs 2005 [23].
    public static let morningPainMargin = 2.0
    /// Without any baseline, next-morning pain above this counts as a breach (product decision).
    public static let morningPainWithoutBaseline = 5.0
    /// Days of resting pain averaged for the baseline when no pre-workout pain was logged.
    public static let baselineWindowDays = 7
    /// Change in NPRS counted as clinically important: MDC 2 points [23], consensus 2 points or 30 % [24].
    public static let clinicallyImportantPainChange = 2.0

    // MARK: Load progression (§5)
    /// Largest single load increase: ACSM 2009 [29] (+2–10 %).
    public static let maxIncreaseFraction = 0.10
    /// Smallest load increase: ACSM 2009 [29].
    public static let minIncreaseFraction = 0.02
    /// Target increase by experience: NSCA [33] (novices 5–10 %, advanced 2–5 %).
    public static func targetIncreaseFraction(for experience: Experience) -> Double {
        switch experience {
        case .novice: return 0.10
        case .returning: return 0.075
        case .trained: return 0.05
        }
    }
    /// Workouts in a row at the top of the range before an increase: 2-for-2 [33], Simson 2017 [30].
    public static let workoutsAtTopBeforeIncrease = 2
    /// Highest RPE that still allows an increase (2 reps in reserve): Simson 2017 [30], Zourdos 2016 [35].
    public static let maxRPEForIncrease = 8.0
    /// RPE below this drives no decision (rating error is large far from failure): Hackett 2017 [36].
    public static let minMeaningfulRPE = 7.0
    /// RPE at or above this counts as a grinding set for the deload rule (product decision on [35]).
    public static let grindingRPE = 9.5
    /// A decrease is about this fraction of the load, 1–2 equipment steps (product decision).
    public static let decreaseFraction = 0.10
    /// Most sets per exercise before the engine progresses the variation instead (product decision; [30] uses 2–4).
    public static let maxSets = 4
    /// How far back a load counts as "lifted before" for going back to it by one step over 10 % (product decision).
    public static let returnToLiftedWeeks = 12
    /// Deload load: Simson 2017 [30] (week 11 at 80 %).
    public static let deloadFraction = 0.80
    /// A workout at or below this share of the one before counts as lighter (a deload or a lighter day); when both
    /// went well, the next workout returns to the heavier load [30] (product decision).
    public static let lighterWorkoutFraction = 0.9
    /// Consecutive training weeks before a deload week (product decision; the trial's light week came after 10) [30].
    public static let weeksBeforeDeload = 8
    /// Days without training that count as a break: Caterisano 2019 [37].
    public static let breakDays = 14
    /// Restart load after a break, then back to it over the transition: [37] (product decision on the figure).
    public static let restartFraction = 0.80
    /// Weeks to return to the pre-break load: [37] (2–4 weeks).
    public static let restartTransitionWeeks = 3
    /// How long after a restart the engine keeps building back towards the pre-break load: the upper end of [37]'s
    /// 2–4 weeks.
    public static let restartRampWeeks = 4
    /// Starting load as a fraction of estimated 1RM for novices: ACSM [32] (40–50 %).
    public static let startFractionOfOneRepMax = 0.45
    /// Body weight counted for starting loads (product decision): strength does not grow in step with body weight
    /// (extra body weight is not extra strength), so a heavy beginner is not started heavy; §5.3 asks for the
    /// lightest load at RPE ≤ 6 when no 1RM is known.
    public static let startLoadBodyweightCapKg = 100.0
    /// Starting-load multiplier by experience (product decision).
    public static func startLoadMultiplier(for experience: Experience) -> Double {
        switch experience {
        case .novice: return 1.0
        case .returning: return 1.25
        case .trained: return 1.5
        }
    }
    /// STarT Back [14]: a total of 3 or less is low risk.
    public static let startBackLowMaxTotal = 3
    /// STarT Back [14]: with a total of 4 or more, a distress subscale of 4 or more is high risk (else medium).
    public static let startBackHighMinDistress = 4
    /// Keele's copyright line, shown with every STarT Back category (clinical-rules §3, [14, 15]).
    public static let startBackCopyright = "STarT Back Screening Tool © Keele University 01/08/07"
    /// Highest RPE prescribed in pregnancy: ACOG 804 [17] (product decision RPE ≤ 8).
    public static let pregnancyMaxRPE = 8.0

    // MARK: Dose (§5.2, Simson 2017 [30]; ACSM [29])
    /// Sets and reps per stage for loaded and bodyweight exercises.
    public static func dose(for stage: Stage) -> (sets: Int, repsMin: Int, repsMax: Int, restSeconds: Int) {
        switch stage {
        case .foundation: return (2, 12, 15, 60)  // [30] weeks 1–4: 2 × 12–15, 1 min rest
        case .loading: return (2, 12, 15, 60)  // [30] weeks 1–4
        case .strength: return (3, 6, 10, 120)  // [30] weeks 5–10: 2–3 × 6–10, 2 min rest
        }
    }
    /// Holds per set for isometric exercises: McGill big 3 [49] (holds ≤ 10 s, progress by adding holds).
    public static let holdsPerSet = (min: 3, max: 6)

    // MARK: Schedule (§5.3): Garber (ACSM) 2011 [31]
    /// Days per week at or below which no two training days may be consecutive [31].
    public static let maxDaysWithoutConsecutive = 3
    /// Minimum hours between two sessions of the same main lift [31] (≥ 48 h).
    public static let mainLiftMinimumGapDays = 2

    // MARK: 1RM (§6): Epley 1985, Brzycki 1993 [38]
    /// Highest rep count for which the 1RM formulas are valid [38].
    public static let oneRepMaxValidReps = 10
    /// Rep count from which Brzycki is undefined [38].
    public static let brzyckiUndefinedFromReps = 37

    // MARK: Trunk endurance (§7.1)
    /// Flexor/extensor ratio at or above which a flag is raised: McGill 1999 [39] (criterion 2°, boundary ours).
    public static let flexorExtensorRatioLimit = 1.00
    /// Right/left side-bridge ratio outside which a flag is raised [39] (boundary ours).
    public static let sidePlankSymmetry = 0.95...1.05
    /// Side bridge / extension ratio at or above which a flag is raised [39] (boundary ours).
    public static let sideToExtensorRatioLimit = 0.75
    /// Biering-Sørensen below this predicts LBP within a year in men: [41, 42].
    public static let extensorEnduranceLowMaleSeconds = 176.0
    /// Norms 18–55 y, n=116 [40]: mean ± SD seconds.
    public static let extensionNorm = (mean: 101.0, sd: 51.0)
    public static let flexionNorm = (mean: 160.0, sd: 102.0)
    public static let sidePlankNorm = (right: 54.0, left: 55.0)
    /// Plank norms, Strand 2014 [44]: mean seconds.
    public static let plankNorm = (men: 124.0, women: 83.0)

    // MARK: Readiness stages (§7.2, product decisions: no source gives thresholds)
    public static let foundationMaxTestPain = 5.0
    public static let loadingMaxTestPain = 3.0
    public static let foundationBackExtensionSeconds = 60.0
    public static let foundationPlankSeconds = 30.0
    public static let foundationSidePlankSeconds = 20.0
    public static let foundationSidePlankRatio = 0.80...1.25
    /// Push-ups "fair" for men 20–29, CSEP/ACSM [45]; elsewhere push-ups do not gate.
    public static let pushUpsFairMen20to29 = 17
    public static let foundationSquats = 10
    /// Back-extension hold for the strength stage: norm 101 s less ≈ 1 SEM [40, 42].
    public static let strengthBackExtensionSeconds = 90.0
    /// Weeks of logs without a pain breach for the strength stage.
    public static let strengthWeeksOfLogs = 4
    /// Weeks of logs before someone after recent spinal surgery leaves foundation (product decision on [18]).
    public static let postSurgeryFoundationWeeks = 2
}
