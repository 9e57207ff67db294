// Plain-words labels for the core's vocabularies on pages (equipment, muscles, spinal demands, sensitivities,
// conditions), kept apart from the core so its raw values stay the stable interface.
import BackstrongCore
import Foundation

enum PlainWords {
    /// The core's name, capitalised as a label: "Lat pulldown machine".
    static func equipment(_ e: Equipment) -> String { e.name.prefix(1).uppercased() + e.name.dropFirst() }

    static func muscle(_ m: Muscle) -> String {
        switch m {
        case .erectorSpinae: return "spinal erectors (the muscles along your spine)"
        case .latissimusDorsi: return "lats (the wide muscles of the mid back)"
        case .upperBack: return "upper back"
        case .glutes: return "glutes (buttocks)"
        case .hamstrings: return "hamstrings (back of the thighs)"
        case .quadriceps: return "quadriceps (front of the thighs)"
        case .core: return "deep abdominal and trunk muscles"
        case .obliques: return "obliques (sides of the trunk)"
        case .chest: return "chest"
        case .shoulders: return "shoulders"
        case .triceps: return "triceps"
        case .biceps: return "biceps"
        case .hipFlexors: return "hip flexors"
        case .calves: return "calves"
        }
    }

    /// What the exercise asks of the spine, as a sentence.
    static func spinalDemand(_ d: SpinalDemand) -> String {
        switch d {
        case .loadedFlexion: return "Bends the spine forward while it carries a load."
        case .endRangeExtension: return "Arches the back towards the end of its range."
        case .rotation: return "Twists the trunk against resistance."
        case .axialLoad: return "Load presses down through the spine (for example a weight held on the shoulders)."
        case .floorLift: return "Lifts a weight from the floor."
        case .supine: return "Done lying on your back."
        case .overhead: return "Arms stay overhead for a while when standing."
        case .prone: return "Done face down: lying on your front, or holding your body up with your belly towards the floor."
        }
    }

    static func sensitivity(_ s: Sensitivity) -> String {
        switch s {
        case .flexion: return "Bending forward (flexion) brings on or worsens my pain"
        case .extension: return "Arching backward (extension) brings on or worsens my pain"
        case .rotation: return "Twisting brings on or worsens my pain"
        case .axialLoad:
            return "Weight pressing down through my spine (e.g. on my shoulders) brings on or worsens my pain"
        }
    }

    static func condition(_ c: Condition) -> String {
        switch c {
        case .osteoporosis: return "Osteoporosis (low bone density)"
        case .pregnancy: return "Pregnancy"
        case .recentSpinalSurgery: return "Spinal surgery in the last year"
        case .spondylolisthesis: return "Spondylolisthesis (a slipped vertebra)"
        case .spinalStenosis: return "Spinal stenosis (narrowing of the spinal canal)"
        case .sciatica: return "Sciatica (nerve pain down the leg)"
        }
    }

    static func pattern(_ p: MovementPattern) -> String {
        let l = p.label
        return l.prefix(1).uppercased() + l.dropFirst()
    }
}
