// What each condition and sensitivity rules out (clinical-rules §2.4 and §8), with the source.
import Foundation

/// Restrictions that stay in force after clearance.
public enum ConditionRestrictions {
    /// Spinal-demand tags a condition excludes.
    public static func excludedDemands(for condition: Condition) -> Set<SpinalDemand> {
        switch condition {
        case .osteoporosis: return [.loadedFlexion, .rotation, .floorLift]  // Giangregorio 2014 [16]
        case .pregnancy: return [.supine, .prone]  // ACOG 804 [17]: no supine work after the first trimester; side-lying, quadruped or standing instead
        case .recentSpinalSurgery: return []  // Oosterhuis 2014 [18]: start at foundation
        case .spondylolisthesis: return [.endRangeExtension]  // Sinaki 1989 [19], Nava-Bringas 2021 [20]
        case .spinalStenosis: return [.endRangeExtension, .overhead]  // Comer 2009 [21]
        case .sciatica: return [.loadedFlexion, .floorLift]  // NICE NG59 [13]; product decision
        }
    }

    /// The spinal-demand tag a sensitivity excludes (§8, product decision).
    public static func excludedDemand(for sensitivity: Sensitivity) -> SpinalDemand {
        switch sensitivity {
        case .flexion: return .loadedFlexion
        case .extension: return .endRangeExtension
        case .rotation: return .rotation
        case .axialLoad: return .axialLoad
        }
    }

    /// Every tag a sensitivity excludes: its own tag, and for flexion lifts from the floor as well, whose bottom
    /// position bends the back most (§8: "hinge from blocks").
    public static func excludedDemands(for sensitivity: Sensitivity) -> [SpinalDemand] {
        sensitivity == .flexion ? [.loadedFlexion, .floorLift] : [excludedDemand(for: sensitivity)]
    }

    /// Every tag excluded for this profile, with the reason for each.
    public static func exclusions(for profile: Profile, screening: Screening?) -> [SpinalDemand: String] {
        var result: [SpinalDemand: String] = [:]
        for s in profile.sensitivities {
            for tag in excludedDemands(for: s) {
                let why = tag == .floorLift ? ": hinge from blocks, not from the floor" : ""
                result[tag] = result[tag] ?? "you listed \(s.phrase) as a movement that provokes your pain\(why)"
            }
        }
        for c in profile.conditions {
            for tag in excludedDemands(for: c).sorted(by: { $0.rawValue < $1.rawValue }) {
                result[tag] = result[tag] ?? "\(c.phrase) \(source(for: c))"
            }
        }
        if screening?.answer(.legPainBelowKnee) == true {
            for tag in excludedDemands(for: .sciatica) {
                result[tag] = result[tag] ?? "leg pain below the knee [13]"
            }
        }
        return result
    }

    public static func source(for condition: Condition) -> String {
        switch condition {
        case .osteoporosis: return "[16]"
        case .pregnancy: return "[17]"
        case .recentSpinalSurgery: return "[18]"
        case .spondylolisthesis: return "[19, 20]"
        case .spinalStenosis: return "[21]"
        case .sciatica: return "[13, 22]"
        }
    }

    public static func clearanceMessage(for condition: Condition) -> String {
        switch condition {
        case .osteoporosis:
            return "With osteoporosis, get a doctor's or physiotherapist's clearance first; loaded bending, twisting and lifts from the floor stay out of your programme."
        case .pregnancy:
            return "In pregnancy, get your midwife's or doctor's clearance first; exercises lying on your back or face down are replaced by ones on your side, on all fours or standing, and effort stays at RPE 8 or below."
        case .recentSpinalSurgery:
            return "After recent spinal surgery, start only when your surgeon or physiotherapist clears you; their limits override this programme."
        case .spondylolisthesis:
            return "With spondylolisthesis, get clearance first; arching past neutral stays out of your programme."
        case .spinalStenosis:
            return "With spinal stenosis, get clearance first; arching past neutral and long overhead work stay out of your programme."
        case .sciatica:
            return "With sciatica, get clearance first; loaded bending and lifts from the floor stay out while it lasts."
        }
    }

    /// Standing advice for a condition, shown with every plan.
    public static func advice(for condition: Condition) -> Advice? {
        switch condition {
        case .pregnancy:
            return Advice(kind: .pregnancyStopSigns, message: "Stop and contact your midwife or doctor if you have bleeding, contractions, fluid leaking, breathlessness before exertion, dizziness, headache, chest pain, calf pain or swelling, muscle weakness, or less fetal movement. Breathe out on effort, never hold your breath; keep effort at RPE 8 or below. [17]", source: "[17]")
        case .recentSpinalSurgery:
            return Advice(kind: .clinicianLimits, message: "Your surgeon's or physiotherapist's limits override this programme. [18]", source: "[18]")
        case .osteoporosis:
            return Advice(kind: .conditionGuidance, message: "With osteoporosis: every day, hold your back straight and tall against gravity for 3–5 seconds a few times (for example standing tall with your shoulder blades drawn back, or the back-extension holds in your plan kept in a straight line). Avoid fast, loaded or full-range forward bending and twisting, and lifting from the floor; loads start light. [16]", source: "[16]")
        case .spondylolisthesis:
            return Advice(kind: .conditionGuidance, message: "With spondylolisthesis: back-extension work stays in a straight line, never arching past it. Bending-biased core work such as pelvic tilts and curl-ups suits you best. [19, 20]", source: "[19, 20]")
        case .spinalStenosis:
            return Advice(kind: .conditionGuidance, message: "With spinal stenosis: arching back and standing long with your arms overhead tend to bring symptoms on, and bending forward eases them. Core work that bends slightly forward (pelvic tilts, curl-ups) suits you, and cycling is a good way to stay active. [21]", source: "[21]")
        case .sciatica:
            return Advice(kind: .screenAgainIfNew, message: "If new numbness, weakness or pain spreads further down the leg, stop and screen again. [13, 22]", source: "[13, 22]")
        default:
            return nil
        }
    }
}
