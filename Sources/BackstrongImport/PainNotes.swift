// Finds notes that mention pain or the back ("lower back felt weird", "back tweak", "shoulder pain"), so the
// user can see them as possible past flare-ups. They are listed, never turned into pain scores.
import Foundation

public enum PainNotes {
    /// Words that mean pain or injury wherever they appear.
    static let painWords: Set<String> = [
        "pain", "painful", "hurt", "hurts", "hurting", "ache", "aches", "aching", "achy", "tweak", "tweaked",
        "tweaky", "twinge", "twinged", "strain", "strained", "injury", "injured", "injure", "spasm", "spasms",
        "sciatica", "sciatic", "flare", "flared", "flareup", "numb", "numbness", "tingling", "pinched", "ouch",
        "herniated", "herniation", "slipped",
    ]
    /// Words that name the spine or the low back on their own.
    static let backWords: Set<String> = ["lumbar", "spine", "spinal", "disc", "disk", "si", "sacroiliac", "lowback"]
    /// Words that, near "back", say something was wrong with it.
    static let backSymptoms: Set<String> = [
        "weird", "off", "tight", "tightness", "stiff", "stiffness", "sore", "soreness", "funny", "strange", "twinge",
        "locked", "gave", "tender", "uncomfortable", "niggle", "niggly", "tweak", "tweaked",
    ]
    /// Words after which a pain word is denied ("no pain", "without pain").
    static let negations: Set<String> = ["no", "without", "zero", "0"]

    /// Whether the text mentions pain, an injury or a problem with the back.
    public static func mentionsPain(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        for (i, w) in words.enumerated() {
            if painWords.contains(w) {
                let denied = i > 0 && negations.contains(words[i - 1])
                let free = i + 1 < words.count && words[i + 1] == "free"
                if !denied && !free { return true }
            }
            if backWords.contains(w) && w != "si" { return true }
            if w == "si" && i + 1 < words.count && words[i + 1] == "joint" { return true }
            if w == "back" {
                if i > 0 && (words[i - 1] == "lower" || words[i - 1] == "low") { return true }
                let window = words[max(0, i - 3)..<min(words.count, i + 4)]
                if window.contains(where: backSymptoms.contains) { return true }
            }
        }
        return false
    }
}
