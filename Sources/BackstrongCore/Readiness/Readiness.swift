// Readiness stages from the latest bodyweight tests, logged progress and pain history (clinical-rules §7.2),
// plus the trunk-endurance flags of §7.1.
import Foundation

/// Decides the readiness stage.
public enum Readiness {
    /// How far back logged sets count as tests.
    static let loggedTestWindowDays = 56

    public static func assess(_ journal: Journal, today: Day, catalog: ExerciseCatalog = .standard) -> ReadinessResult {
        let latest = journal.assessments.last(where: { $0.date <= today })
        var tests: [String: TestValue] = [:]
        func put(_ test: String, _ value: Double?, _ date: Day?, from: String) {
            guard let value, let date else { return }
            if let existing = tests[test], existing.value >= value { return }
            tests[test] = TestValue(test: test, value: value, from: from, date: date, norm: norm(for: test, profile: journal.profile))
        }
        if let a = latest {
            put("squats", a.squats.map(Double.init), a.date, from: "assessment")
            put("lungesPerSide", a.lungesPerSide.map(Double.init), a.date, from: "assessment")
            put("pushUps", a.pushUps.map(Double.init), a.date, from: "assessment")
            put("plankSeconds", a.plankSeconds, a.date, from: "assessment")
            put("sidePlankLeftSeconds", a.sidePlankLeftSeconds, a.date, from: "assessment")
            put("sidePlankRightSeconds", a.sidePlankRightSeconds, a.date, from: "assessment")
            put("backExtensionHoldSeconds", a.backExtensionHoldSeconds, a.date, from: "assessment")
            put("trunkFlexorHoldSeconds", a.trunkFlexorHoldSeconds, a.date, from: "assessment")
        }
        // Logged holds and reps meeting a threshold count as tests (§7.2); only those after the latest formal test,
        // so an older good hold never overrides a newer failed test.
        let windowStart = today.adding(days: -loggedTestWindowDays)
        let loggedTests: [String: (test: String, seconds: Bool)] = [
            "plank": ("plankSeconds", true), "back-extension-hold": ("backExtensionHoldSeconds", true),
            "bodyweight-squat": ("squats", false), "push-up": ("pushUps", false),
        ]
        for s in journal.sessions where s.day >= windowStart && s.day <= today && latest.map({ s.day > $0.date }) ?? true {
            for log in s.exercises {
                guard let map = loggedTests[log.exerciseId] else { continue }
                for set in log.sets where set.kind.countsForProgression && set.form != .poor
                    && (set.pain ?? 0) <= ClinicalRules.maxAcceptableSetPain
                {
                    put(map.test, map.seconds ? set.seconds : set.reps.map(Double.init), s.day, from: "logged")
                }
            }
        }
        // Pain during tests: the latest test, or the worst set pain of the last two weeks of logs after it.
        let recentLogs = journal.sessions.filter {
            $0.day <= today && $0.day >= today.adding(days: -14) && (latest == nil || $0.day > latest!.date)
        }
        let recentPains = recentLogs.flatMap { $0.exercises.flatMap { $0.sets.compactMap(\.pain) } }
        // Logged pain can only show readiness (pain ≤ the test's); setbacks are handled by the breach rule below.
        if let worst = recentPains.max(), latest?.painDuringTests.map({ worst < $0 }) ?? true {
            tests["painDuringTests"] = TestValue(test: "painDuringTests", value: worst, from: "logged", date: recentLogs.last!.day, norm: nil)
        } else if let a = latest, let p = a.painDuringTests {
            tests["painDuringTests"] = TestValue(test: "painDuringTests", value: p, from: "assessment", date: a.date, norm: nil)
        }

        var foundationReasons: [String] = []
        var missing: [String] = []
        func value(_ t: String) -> Double? { tests[t]?.value }
        func need(_ t: String, _ label: String) -> Double? {
            if let v = value(t) { return v }
            missing.append(t)
            foundationReasons.append("\(label) not tested yet (a missing test does not pass)")
            return nil
        }
        let profile = journal.profile
        if let pain = need("painDuringTests", "Pain during the tests") {
            if pain > ClinicalRules.foundationMaxTestPain {
                foundationReasons.append("pain during tests \(fmt(pain))/10 is above \(fmt(ClinicalRules.foundationMaxTestPain))")
            } else if pain > ClinicalRules.loadingMaxTestPain {
                foundationReasons.append("pain during tests \(fmt(pain))/10: loading starts at \(fmt(ClinicalRules.loadingMaxTestPain))/10 or less")
            }
        }
        // In pregnancy the face-down tests are not asked for: the programme itself leaves out work face down [17].
        let pregnant = profile.conditions.contains(.pregnancy)
        if !pregnant, let b = need("backExtensionHoldSeconds", "Back-extension hold"), b < ClinicalRules.foundationBackExtensionSeconds {
            foundationReasons.append("back-extension hold \(fmt(b)) s is under \(fmt(ClinicalRules.foundationBackExtensionSeconds)) s")
        }
        if !pregnant, let p = need("plankSeconds", "Plank"), p < ClinicalRules.foundationPlankSeconds {
            foundationReasons.append("plank \(fmt(p)) s is under \(fmt(ClinicalRules.foundationPlankSeconds)) s")
        }
        let left = need("sidePlankLeftSeconds", "Left side plank")
        let right = need("sidePlankRightSeconds", "Right side plank")
        for (side, v) in [("left", left), ("right", right)] {
            if let v, v < ClinicalRules.foundationSidePlankSeconds {
                foundationReasons.append("\(side) side plank \(fmt(v)) s is under \(fmt(ClinicalRules.foundationSidePlankSeconds)) s")
            }
        }
        if let l = left, let r = right, l > 0 {
            let ratio = r / l
            if !ClinicalRules.foundationSidePlankRatio.contains(ratio) {
                foundationReasons.append("side planks right/left \(ratioText(ratio, outside: ClinicalRules.foundationSidePlankRatio)) (\(fmt(r)) s / \(fmt(l)) s) are outside \(ClinicalRules.foundationSidePlankRatio.lowerBound)–\(ClinicalRules.foundationSidePlankRatio.upperBound)")
            }
        }
        if profile.sex == .male, (20...29).contains(profile.age) {
            if let p = need("pushUps", "Push-ups"), p < Double(ClinicalRules.pushUpsFairMen20to29) {
                foundationReasons.append("\(Int(p)) push-ups is below \"fair\" (\(ClinicalRules.pushUpsFairMen20to29)+) for men 20–29 [45]")
            }
        }
        if let s = need("squats", "Squats"), s < Double(ClinicalRules.foundationSquats) {
            foundationReasons.append("\(Int(s)) good squats is under \(ClinicalRules.foundationSquats)")
        }

        var stage: Stage
        var reasons: [String] = []
        // Strength was met but for a recent pain breach: then the breach has already cost one stage.
        var heldBackOnlyByPain = false
        if !foundationReasons.isEmpty {
            stage = .foundation
            reasons = ["Foundation (bodyweight and core work) because: " + foundationReasons.joined(separator: "; ") + "."]
        } else {
            stage = .loading
            reasons = ["Loading (light weights): every readiness test passed and pain during tests is \(fmt(value("painDuringTests") ?? 0))/10."]
            let monitor = PainMonitor(journal: journal)
            // Weeks of logs count in the current run of training: a break of two weeks or more starts it again [37].
            let logged = currentTrainingRun(journal.sessions.filter { $0.day <= today }, today: today)
            let weeksOfLogs = logged.first.map { Double($0.day.days(to: today)) / 7 } ?? 0
            // Weeks of logs means training in that many different weeks, not one session long ago.
            let weeksWithLogs = Set(logged.map(\.day.startOfWeek)).count
            // Only weeks with pain scores can show there was no pain breach (imports from other apps have none).
            let checkInWeeks = Set(journal.checkIns.filter { c in logged.first.map { c.date >= $0.day } ?? false && c.date <= today }
                .map(\.date.startOfWeek))
            let weeksWithPain = Set(logged.filter(Self.recordsPain).map(\.day.startOfWeek))
                .union(checkInWeeks.intersection(logged.map(\.day.startOfWeek))).count
            let recentBreaches = logged.filter { $0.day >= today.adding(days: -7 * ClinicalRules.strengthWeeksOfLogs) }
                .flatMap(monitor.breaches(in:))
            let ext = value("backExtensionHoldSeconds") ?? 0
            if pregnant {
                reasons.append("In pregnancy the face-down tests (back-extension hold, plank) are not used, and loads stay light: no progressive main lifts [17].")
            }
            var strengthMissing: [String] = []
            if pregnant {
                strengthMissing.append("pregnancy keeps loads light (RPE 8 or below) [17]")
            } else if ext < ClinicalRules.strengthBackExtensionSeconds {
                strengthMissing.append("back-extension hold \(fmt(ext)) s (needs \(fmt(ClinicalRules.strengthBackExtensionSeconds)) s [40, 42])")
            }
            let everLogged = journal.sessions.contains { $0.day <= today }
            if logged.isEmpty && everLogged {
                strengthMissing.append("no training logged in the last \(ClinicalRules.breakDays) days (needs \(ClinicalRules.strengthWeeksOfLogs) weeks of logs; a break of \(ClinicalRules.breakDays)+ days starts them again [37])")
            } else if weeksOfLogs < Double(ClinicalRules.strengthWeeksOfLogs) {
                let since = logged.first.map { " since \($0.day)" } ?? ""
                strengthMissing.append("\(fmt(weeksOfLogs)) weeks of logged training\(since) (needs \(ClinicalRules.strengthWeeksOfLogs); a break of \(ClinicalRules.breakDays)+ days starts them again)")
            } else if weeksWithLogs < ClinicalRules.strengthWeeksOfLogs {
                strengthMissing.append("training logged in \(PlainEnglish.count(weeksWithLogs, "different week")) (needs \(ClinicalRules.strengthWeeksOfLogs))")
            } else if weeksWithPain < ClinicalRules.strengthWeeksOfLogs {
                strengthMissing.append("pain scores recorded in \(weeksWithPain) of the \(weeksWithLogs) weeks of training logged (needs \(ClinicalRules.strengthWeeksOfLogs): a week without them cannot show there was no pain breach)")
            }
            if let b = recentBreaches.last {
                strengthMissing.append("a pain breach in the last \(ClinicalRules.strengthWeeksOfLogs) weeks (\(b.explanation))")
                heldBackOnlyByPain = strengthMissing.count == 1
            }
            if strengthMissing.isEmpty {
                stage = .strength
                reasons = ["Strength (progressive main lifts): back-extension hold \(fmt(ext)) s, \(fmt(weeksOfLogs)) weeks of logs without a pain breach [43]."]
            } else {
                reasons.append("Not yet strength: " + strengthMissing.joined(separator: "; ") + ".")
            }
        }
        // After recent spinal surgery, start at foundation until two weeks of logs [18], counted from the latest
        // screening or clearance (when the surgery was declared or cleared), not from training before it.
        if profile.conditions.contains(.recentSpinalSurgery), stage > .foundation {
            let since = [profile.clearedOn, journal.screening?.date].compactMap { $0 }.max()
            let logged = journal.sessions.filter { session in session.day <= today && since.map { session.day >= $0 } ?? true }
            let weeks = logged.first.map { $0.day.days(to: today) / 7 } ?? 0
            if weeks < ClinicalRules.postSurgeryFoundationWeeks {
                stage = .foundation
                reasons.append("Kept at foundation after recent spinal surgery until \(ClinicalRules.postSurgeryFoundationWeeks) weeks of logged training\(since.map { " since \($0)" } ?? "") [18].")
            }
        }
        // Pain breaches two weeks running drop one stage (§7.2).
        let breachWeeks = PainMonitor(journal: journal).breachWeeks()
        let thisWeek = today.startOfWeek
        for end in [thisWeek, thisWeek.adding(days: -7)] where breachWeeks.contains(end) && breachWeeks.contains(end.adding(days: -7)) {
            let from = heldBackOnlyByPain ? Stage.strength : stage
            if from > .foundation {
                reasons.append("Dropped from \(from.rawValue) to \(from.lower.rawValue): pain went over the limits in two weeks running (weeks of \(end.adding(days: -7)) and \(end)).")
                stage = from.lower
            }
            break
        }
        return ReadinessResult(
            stage: stage, reasons: reasons, flags: flags(tests: tests, profile: profile), missingTests: missing,
            tests: tests.values.sorted { $0.test < $1.test }, assessedOn: latest?.date)
    }

    /// A ratio with two decimals, or more when two would round it into the range it is outside of (0.798, not 0.80).
    static func ratioText(_ ratio: Double, outside range: ClosedRange<Double>) -> String {
        for digits in 2...4 {
            let text = String(format: "%.\(digits)f", ratio)
            if let shown = Double(text), !range.contains(shown) { return text }
        }
        return String(format: "%.4f", ratio)
    }

    /// Whether a session has any pain score: before, after, the next morning, or in a set.
    static func recordsPain(_ s: Session) -> Bool {
        s.painBefore != nil || s.painAfter != nil || s.nextMorningPain != nil
            || s.exercises.contains { $0.sets.contains { $0.pain != nil } }
    }

    /// The sessions of the current run of training: those after the last break of two weeks or more [37], and
    /// none when the latest is two weeks or more before `today`.
    static func currentTrainingRun(_ sessions: [Session], today: Day) -> [Session] {
        guard let last = sessions.last, last.day.days(to: today) < ClinicalRules.breakDays else { return [] }
        var start = 0
        for i in sessions.indices.dropFirst() where sessions[i - 1].day.days(to: sessions[i].day) >= ClinicalRules.breakDays {
            start = i
        }
        return Array(sessions[start...])
    }

    /// The trunk-endurance flags of clinical-rules §7.1.
    static func flags(tests: [String: TestValue], profile: Profile) -> [ReadinessFlag] {
        var flags: [ReadinessFlag] = []
        let ext = tests["backExtensionHoldSeconds"]?.value
        let flex = tests["trunkFlexorHoldSeconds"]?.value
        let left = tests["sidePlankLeftSeconds"]?.value
        let right = tests["sidePlankRightSeconds"]?.value
        if let flex, let ext, ext > 0 {
            let r = flex / ext
            if r >= ClinicalRules.flexorExtensorRatioLimit {
                flags.append(ReadinessFlag(
                    id: "flexorExtensorRatio",
                    message: "Flexor/extensor ratio \(String(format: "%.2f", r)) (\(fmt(flex)) s / \(fmt(ext)) s) is \(ClinicalRules.flexorExtensorRatioLimit) or more: your back extensors tire sooner than your front trunk muscles.",
                    value: r, source: "[39]"))
            }
        }
        if let left, let right, left > 0 {
            let r = right / left
            if !ClinicalRules.sidePlankSymmetry.contains(r) {
                flags.append(ReadinessFlag(
                    id: "sidePlankAsymmetry",
                    message: "Side planks differ: right/left \(ratioText(r, outside: ClinicalRules.sidePlankSymmetry)) (\(fmt(right)) s / \(fmt(left)) s), outside \(ClinicalRules.sidePlankSymmetry.lowerBound)–\(ClinicalRules.sidePlankSymmetry.upperBound).",
                    value: r, source: "[39]"))
            }
        }
        if let ext, ext > 0 {
            for (side, v) in [("right", right), ("left", left)] {
                guard let v else { continue }
                let r = v / ext
                if r >= ClinicalRules.sideToExtensorRatioLimit {
                    flags.append(ReadinessFlag(
                        id: "sideToExtensorRatio",
                        message: "\(side.capitalized) side plank / back extension \(String(format: "%.2f", r)) (\(fmt(v)) s / \(fmt(ext)) s) is \(ClinicalRules.sideToExtensorRatioLimit) or more: extensor endurance is low relative to the sides.",
                        value: r, source: "[39]"))
                    break
                }
            }
            if profile.sex == .male, ext < ClinicalRules.extensorEnduranceLowMaleSeconds {
                flags.append(ReadinessFlag(
                    id: "extensorEnduranceLow",
                    message: "Back-extension hold \(fmt(ext)) s is under \(fmt(ClinicalRules.extensorEnduranceLowMaleSeconds)) s, which in men predicts low back pain within a year; it is what this programme trains.",
                    value: ext, source: "[41, 42]"))
            }
        }
        return flags
    }

    static func norm(for test: String, profile: Profile) -> String? {
        switch test {
        case "backExtensionHoldSeconds":
            return "adults 18–55: \(fmt(ClinicalRules.extensionNorm.mean)) ± \(fmt(ClinicalRules.extensionNorm.sd)) s [40]"
        case "trunkFlexorHoldSeconds":
            return "adults 18–55: \(fmt(ClinicalRules.flexionNorm.mean)) ± \(fmt(ClinicalRules.flexionNorm.sd)) s [40]"
        case "sidePlankLeftSeconds": return "adults 18–55: about \(fmt(ClinicalRules.sidePlankNorm.left)) s [40]"
        case "sidePlankRightSeconds": return "adults 18–55: about \(fmt(ClinicalRules.sidePlankNorm.right)) s [40]"
        case "plankSeconds":
            switch profile.sex {
            case .male: return "men: \(fmt(ClinicalRules.plankNorm.men)) s on average [44]"
            case .female: return "women: \(fmt(ClinicalRules.plankNorm.women)) s on average [44]"
            case nil: return "men \(fmt(ClinicalRules.plankNorm.men)) s, women \(fmt(ClinicalRules.plankNorm.women)) s on average [44]"
            }
        case "pushUps":
            if profile.sex == .male, (20...29).contains(profile.age) { return "men 20–29: 17–21 fair, 22–28 good [45]" }
            return nil
        default: return nil
        }
    }
}
