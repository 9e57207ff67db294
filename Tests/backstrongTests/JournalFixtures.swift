// Small journals written inline for the CLI tests, each with the one fact under test and valid everything else.
import Foundation

enum JournalFixtures {
    /// Fixed days so that no output depends on the clock.
    static let screenedOn = "2026-11-02"
    static let today = "2026-11-23"

    /// A valid journal: a novice with dumbbells, all screening answers "no", one round of tests, and `sessions`
    /// (JSON array elements) as logged.
    static func journal(sessions: [String] = []) -> String {
        let answers = [
            "saddleNumbness", "bladderOrBowelChange", "progressiveLegWeakness", "bothLegsSymptoms", "significantTrauma",
            "historyOfCancer", "unexplainedWeightLoss", "feverOrInfection", "constantNightPain", "longTermSteroids",
            "legPainBelowKnee", "painWorseningOverWeeks",
        ].map { "\"\($0)\": false" }.joined(separator: ", ")
        return """
            {
              "formatVersion": 1,
              "profile": {"age": 38, "bodyweightKg": 72, "experience": "novice", "daysPerWeek": 3,
                          "equipment": ["dumbbells"], "units": "kg"},
              "screening": {"date": "\(screenedOn)", "answers": {\(answers)}},
              "assessments": [{"date": "2026-11-03", "squats": 14, "pushUps": 10, "plankSeconds": 40,
                               "sidePlankLeftSeconds": 30, "sidePlankRightSeconds": 30,
                               "backExtensionHoldSeconds": 70, "painDuringTests": 2}],
              "sessions": [\(sessions.joined(separator: ",\n"))]
            }
            """
    }

    /// One session on `date` with two sets of `exerciseId`; `pain` is the pain logged during the second set.
    static func session(date: String = "2026-11-05", exerciseId: String = "goblet-squat", pain: Int = 2) -> String {
        """
        {"date": "\(date)", "exercises": [{"exerciseId": "\(exerciseId)", "sets": [
          {"weightKg": 8, "reps": 12, "rpe": 6, "form": "good", "pain": 2},
          {"weightKg": 8, "reps": 12, "rpe": 7, "form": "good", "pain": \(pain)}
        ]}], "painBefore": 2, "painAfter": 2}
        """
    }
}
