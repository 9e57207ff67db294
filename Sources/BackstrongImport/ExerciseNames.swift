// The exercise names Strong, Hevy and FitNotes use, mapped to Backstrong catalog ids (documented in
// docs/exercise-names.md). A name not here is kept as a custom exercise under its own name, never dropped.
import Foundation

public enum ExerciseNames {
    /// (name as an app writes it, catalog id). Matching ignores case, hyphens, apostrophes and extra spaces.
    public static let table: [(name: String, id: String)] = [
        // Hinge
        ("Deadlift (Barbell)", "deadlift"),
        ("Deadlift", "deadlift"),
        ("Barbell Deadlift", "deadlift"),
        ("Conventional Deadlift", "deadlift"),
        ("Romanian Deadlift (Barbell)", "romanian-deadlift-barbell"),
        ("Romanian Deadlift", "romanian-deadlift-barbell"),
        ("Barbell Romanian Deadlift", "romanian-deadlift-barbell"),
        ("Stiff Leg Deadlift (Barbell)", "romanian-deadlift-barbell"),
        ("Stiff-Legged Deadlift", "romanian-deadlift-barbell"),
        ("Romanian Deadlift (Dumbbell)", "romanian-deadlift-dumbbell"),
        ("Dumbbell Romanian Deadlift", "romanian-deadlift-dumbbell"),
        ("Stiff Leg Deadlift (Dumbbell)", "romanian-deadlift-dumbbell"),
        ("Rack Pull", "block-deadlift"),
        ("Rack Pull (Barbell)", "block-deadlift"),
        ("Block Pull", "block-deadlift"),
        ("Deadlift (Kettlebell)", "kettlebell-deadlift"),
        ("Kettlebell Deadlift", "kettlebell-deadlift"),
        ("Cable Pull Through", "cable-pull-through"),
        ("Pull Through (Cable)", "cable-pull-through"),
        ("Glute Bridge", "glute-bridge"),
        ("Glute Bridge (Bodyweight)", "glute-bridge"),
        ("Hip Bridge", "glute-bridge"),
        ("Single Leg Glute Bridge", "single-leg-glute-bridge"),
        ("Single Leg Hip Bridge", "single-leg-glute-bridge"),
        ("Hip Hinge", "hip-hinge-drill"),
        // Pull
        ("Lat Pulldown (Cable)", "lat-pulldown"),
        ("Lat Pulldown (Machine)", "lat-pulldown"),
        ("Lat Pulldown", "lat-pulldown"),
        ("Lat Pulldown - Wide Grip (Cable)", "lat-pulldown"),
        ("Lat Pulldown - Close Grip (Cable)", "lat-pulldown"),
        ("Wide-Grip Lat Pulldown", "lat-pulldown"),
        ("Close-Grip Lat Pulldown", "lat-pulldown"),
        ("Lat Pull Down", "lat-pulldown"),
        ("Seated Row (Cable)", "seated-cable-row"),
        ("Seated Cable Row", "seated-cable-row"),
        ("Seated Cable Row - V Grip (Cable)", "seated-cable-row"),
        ("Seated Cable Row - Bar Grip", "seated-cable-row"),
        ("Cable Row", "seated-cable-row"),
        ("Bent Over One Arm Row (Dumbbell)", "one-arm-dumbbell-row"),
        ("Dumbbell Row", "one-arm-dumbbell-row"),
        ("One-Arm Dumbbell Row", "one-arm-dumbbell-row"),
        ("Single Arm Dumbbell Row", "one-arm-dumbbell-row"),
        ("Pull Up", "pull-up"),
        ("Pull-Up", "pull-up"),
        ("Pullup", "pull-up"),
        ("Pull Up (Weighted)", "pull-up"),
        ("Pull Up (Band)", "assisted-pull-up"),
        ("Band Assisted Pull Up", "assisted-pull-up"),
        ("Band Pull Apart", "band-pull-apart"),
        ("Band Pullaparts", "band-pull-apart"),
        ("Resistance Band Pull Apart", "band-pull-apart"),
        ("Seated Row (Band)", "band-row"),
        ("Band Row", "band-row"),
        ("Lat Pulldown (Band)", "band-pulldown"),
        ("Band Pulldown", "band-pulldown"),
        ("Prone Y Raise", "prone-y-raise"),
        ("Y Raise", "prone-y-raise"),
        // Spinal extension
        ("Back Extension", "back-extension"),
        ("Back Extension (Hyperextension)", "back-extension"),
        ("Back Extension (Machine)", "back-extension"),
        ("Hyperextension", "back-extension"),
        ("Hyperextensions", "back-extension"),
        ("Hyperextensions (Back Extensions)", "back-extension"),
        ("45 Degree Back Extension", "back-extension"),
        ("Back Extension (Weighted Hyperextension)", "loaded-back-extension"),
        ("Weighted Back Extension", "loaded-back-extension"),
        ("Weighted Hyperextension", "loaded-back-extension"),
        ("Back Extension (Stability Ball)", "back-extension-ball"),
        ("Ball Back Extension", "back-extension-ball"),
        ("Back Extension Hold", "back-extension-hold"),
        ("Bird Dog", "bird-dog"),
        ("Superman", "superman"),
        ("Superman Hold", "superman"),
        ("Prone Press Up", "prone-press-up"),
        ("Cobra", "prone-press-up"),
        // Core
        ("Plank", "plank"),
        ("Front Plank", "plank"),
        ("Forearm Plank", "plank"),
        ("Side Plank", "side-plank"),
        ("Side Bridge", "side-plank"),
        ("Dead Bug", "dead-bug"),
        ("Deadbug", "dead-bug"),
        ("Sit Up", "sit-up"),
        ("Sit-Up", "sit-up"),
        ("Curl Up", "curl-up"),
        ("McGill Curl Up", "curl-up"),
        ("Russian Twist", "russian-twist"),
        ("Russian Twist (Bodyweight)", "russian-twist"),
        ("Pallof Press", "pallof-press-cable"),
        ("Pallof Press (Cable)", "pallof-press-cable"),
        ("Pallof Press (Band)", "pallof-press-band"),
        ("Stability Ball Rollout", "stability-ball-rollout"),
        ("Plank Shoulder Tap", "plank-shoulder-tap"),
        ("Shoulder Taps", "plank-shoulder-tap"),
        ("Suitcase Carry", "suitcase-carry"),
        ("Suitcase Carry (Dumbbell)", "suitcase-carry"),
        ("Pelvic Tilt", "pelvic-tilt"),
        ("Pelvic Tilts", "pelvic-tilt"),
        ("Heel Slide", "heel-slide"),
        // Squat and lunge
        ("Squat (Barbell)", "back-squat"),
        ("Back Squat", "back-squat"),
        ("Barbell Squat", "back-squat"),
        ("Full Squat", "back-squat"),
        ("Squat (Bodyweight)", "bodyweight-squat"),
        ("Bodyweight Squat", "bodyweight-squat"),
        ("Air Squat", "bodyweight-squat"),
        ("Box Squat (Bodyweight)", "box-squat-bodyweight"),
        ("Chair Squat", "box-squat-bodyweight"),
        ("Sit to Stand", "box-squat-bodyweight"),
        ("Goblet Squat", "goblet-squat"),
        ("Goblet Squat (Dumbbell)", "goblet-squat"),
        ("Goblet Squat (Kettlebell)", "goblet-squat"),
        ("Dumbbell Goblet Squat", "goblet-squat"),
        ("Wall Sit", "wall-sit"),
        ("Lunge", "lunge"),
        ("Lunge (Bodyweight)", "lunge"),
        ("Forward Lunge", "lunge"),
        ("Reverse Lunge", "reverse-lunge"),
        ("Reverse Lunge (Bodyweight)", "reverse-lunge"),
        ("Reverse Lunge (Dumbbell)", "dumbbell-reverse-lunge"),
        ("Dumbbell Reverse Lunge", "dumbbell-reverse-lunge"),
        ("Split Squat", "split-squat"),
        ("Split Squat (Bodyweight)", "split-squat"),
        ("Split Squat (Dumbbell)", "dumbbell-split-squat"),
        ("Dumbbell Split Squat", "dumbbell-split-squat"),
        ("Step Up", "step-up"),
        ("Step-up", "step-up"),
        ("Step Up (Bodyweight)", "step-up"),
        // Push
        ("Push Up", "push-up"),
        ("Push-Up", "push-up"),
        ("Push Ups", "push-up"),
        ("Pushup", "push-up"),
        ("Incline Push Up", "incline-push-up"),
        ("Incline Push Ups", "incline-push-up"),
        ("Wall Push Up", "wall-push-up"),
        ("Bench Press (Dumbbell)", "dumbbell-bench-press"),
        ("Dumbbell Bench Press", "dumbbell-bench-press"),
        ("Flat Dumbbell Bench Press", "dumbbell-bench-press"),
        ("Floor Press (Dumbbell)", "dumbbell-floor-press"),
        ("Dumbbell Floor Press", "dumbbell-floor-press"),
        ("Overhead Press (Barbell)", "overhead-press"),
        ("Overhead Press", "overhead-press"),
        ("Strict Military Press (Barbell)", "overhead-press"),
        ("Military Press", "overhead-press"),
        ("Standing Barbell Shoulder Press (OHP)", "overhead-press"),
        ("Shoulder Press (Dumbbell)", "seated-dumbbell-press"),
        ("Seated Shoulder Press (Dumbbell)", "seated-dumbbell-press"),
        ("Seated Dumbbell Press", "seated-dumbbell-press"),
        ("Seated Dumbbell Shoulder Press", "seated-dumbbell-press"),
    ]

    private static let byKey: [String: String] = {
        var d: [String: String] = [:]
        for (name, id) in table { d[key(name)] = id }
        return d
    }()

    /// The catalog id for an app's exercise name, or nil when it is not in the table.
    public static func catalogId(for name: String) -> String? { byKey[key(name)] }

    /// Whether the name is an assisted exercise ("Pull Up (Assisted)", "Assisted Dip (Machine)"), whose weight is
    /// the help of a machine or band, not load lifted.
    static func isAssisted(_ name: String) -> Bool {
        key(name).split(whereSeparator: { !$0.isLetter }).contains("assisted")
    }

    /// The matching key: lower case, hyphens and underscores as spaces, no apostrophes or dots, single spaces.
    static func key(_ name: String) -> String {
        var out = ""
        var space = false
        for ch in name.lowercased() {
            if ch == "'" || ch == "’" || ch == "." { continue }
            if ch == " " || ch == "-" || ch == "_" || ch == "\t" {
                space = !out.isEmpty
                continue
            }
            if space { out.append(" ") }
            space = false
            out.append(ch)
        }
        return out
    }

    /// A kebab-case id for a custom exercise, e.g. `Bicep Curl (Barbell)` → `bicep-curl-barbell`.
    public static func slug(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var out = ""
        for scalar in folded.unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, !out.hasSuffix("-") {
                out.append("-")
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        if out.isEmpty { return "exercise-" + String(StableID.hash(name).prefix(8)) }
        return String(out.prefix(150))
    }
}
