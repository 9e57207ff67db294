// The red-flag screening questions and one dated set of answers to them.
import Foundation

/// The screening questions (clinical-rules §2.3). Every one must be answered: an unanswered id is an error, never a "no".
public enum ScreeningQuestion: String, Sendable, Codable, CaseIterable {
    case saddleNumbness, bladderOrBowelChange, progressiveLegWeakness, bothLegsSymptoms, significantTrauma
    case historyOfCancer, unexplainedWeightLoss, feverOrInfection, constantNightPain, longTermSteroids
    case legPainBelowKnee, painWorseningOverWeeks

    /// The question as it is asked of the user.
    public var prompt: String {
        switch self {
        case .saddleNumbness: return "Numbness or tingling around your genitals, buttocks or inner thighs (the saddle area)?"
        case .bladderOrBowelChange: return "New trouble controlling or passing urine or stools?"
        case .progressiveLegWeakness: return "Weakness in a leg or foot that is getting worse?"
        case .bothLegsSymptoms: return "New or worsening pain, numbness or weakness in both legs?"
        case .significantTrauma: return "Did the pain start after a fall, accident or other significant injury?"
        case .historyOfCancer: return "Have you ever had cancer?"
        case .unexplainedWeightLoss: return "Have you lost weight recently without trying?"
        case .feverOrInfection: return "Fever, chills or a current infection alongside the back pain?"
        case .constantNightPain: return "Constant pain at night that does not ease when you change position?"
        case .longTermSteroids: return "Have you taken steroid tablets (more than 5 mg a day) for 3 months or more?"
        case .legPainBelowKnee: return "Pain that travels down a leg below the knee?"
        case .painWorseningOverWeeks: return "Has the pain been getting steadily worse over several weeks?"
        }
    }
}

/// One dated set of screening answers.
public struct Screening: Sendable, Equatable, Encodable {
    public var date: Day
    public var answers: [ScreeningQuestion: Bool]

    public init(date: Day, answers: [ScreeningQuestion: Bool]) {
        self.date = date
        self.answers = answers
    }

    /// All questions answered "no".
    public static func allNo(on date: Day) -> Screening {
        Screening(date: date, answers: Dictionary(uniqueKeysWithValues: ScreeningQuestion.allCases.map { ($0, false) }))
    }

    public func answer(_ q: ScreeningQuestion) -> Bool { answers[q] ?? false }

    enum CodingKeys: String, CodingKey { case date, answers }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(date, forKey: .date)
        try c.encode(Dictionary(uniqueKeysWithValues: answers.map { ($0.key.rawValue, $0.value) }), forKey: .answers)
    }
}
