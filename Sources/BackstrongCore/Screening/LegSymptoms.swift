// What to say when new leg symptoms are reported after a screening (clinical-rules §2.2 "if one appears later,
// stop and screen again", §4 "new leg symptoms → consultProfessional, screen again"), with the signs that mean
// an emergency department now (§2.1, §2.3: cauda equina syndrome [6]).
import Foundation

/// Messages about leg symptoms reported after the screening.
public enum LegSymptoms {
    /// The signs that make leg symptoms an emergency (§2.3), in plain words.
    public static let emergencySigns =
        "Go to an emergency department now (or call emergency services) if the symptoms are in both legs, a leg is getting weaker, you have numbness around your genitals or buttocks (the saddle area), or a change in bladder or bowel control."

    /// Stop and screen again: for the screening result and the plan's advice.
    public static func screenAgainMessage(reportedOn day: Day) -> String {
        "New leg symptoms were reported on \(day), after these answers: stop training hard, see a doctor or physiotherapist before you train hard again (sooner if they get worse), and answer the screening questions again. \(emergencySigns)"
    }
}
