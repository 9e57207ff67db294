// Who the person is and what they train with: the profile part of a journal.
import Foundation

/// The person's profile as they gave it.
public struct Profile: Sendable, Equatable, Codable {
    public var age: Int
    public var bodyweightKg: Double
    public var experience: Experience
    /// Training days per week, 2–5.
    public var daysPerWeek: Int
    public var equipment: [Equipment]
    public var sensitivities: [Sensitivity]
    public var conditions: [Condition]
    /// A clinician has seen the person since the screening answers and cleared them to train.
    public var clearedByProfessional: Bool
    /// When that clearance was given (shown to the user; a clearance older than the screening does not count).
    public var clearedOn: Day?
    public var units: Units
    public var sex: Sex?

    public init(
        age: Int, bodyweightKg: Double, experience: Experience = .novice, daysPerWeek: Int = 3,
        equipment: [Equipment] = [], sensitivities: [Sensitivity] = [], conditions: [Condition] = [],
        clearedByProfessional: Bool = false, clearedOn: Day? = nil, units: Units = .kg, sex: Sex? = nil
    ) {
        self.age = age
        self.bodyweightKg = bodyweightKg
        self.experience = experience
        self.daysPerWeek = daysPerWeek
        self.equipment = equipment
        self.sensitivities = sensitivities
        self.conditions = conditions
        self.clearedByProfessional = clearedByProfessional
        self.clearedOn = clearedOn
        self.units = units
        self.sex = sex
    }
}
