// A piece of advice that accompanies a plan, e.g. "see a professional", with its reason.
import Foundation

/// Advice shown with a plan or prescription.
public struct Advice: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// See a doctor or physiotherapist.
        case consultProfessional
        /// Answer the screening questions again.
        case screenAgain
        /// Screening stopped the programme.
        case referral
        /// Clearance is needed before the programme starts.
        case needsClearance
        case pregnancyStopSigns
        case clinicianLimits
        case screenAgainIfNew
        /// A deload week is due.
        case deload
        /// Back after a break of two weeks or more.
        case restart
        /// Readiness tests are missing or old.
        case assessment
        /// No movement of a pattern was possible with the equipment and restrictions.
        case substitution
        /// Clinician-led care suggested.
        case riskStratification
        /// The next session waits a day so that no lift comes back within 48 hours.
        case restDay
        /// How to train with a condition: what helps and what to avoid (clinical-rules §2.4).
        case conditionGuidance

        /// A short heading in words, for text output ("See a professional"); the raw value stays the JSON value.
        public var label: String {
            switch self {
            case .consultProfessional: return "See a professional"
            case .screenAgain: return "Screen again"
            case .referral: return "Referral"
            case .needsClearance: return "Clearance needed"
            case .pregnancyStopSigns: return "Pregnancy: when to stop"
            case .clinicianLimits: return "Your clinician's limits"
            case .screenAgainIfNew: return "If something new appears"
            case .deload: return "Lighter week"
            case .restart: return "After a break"
            case .assessment: return "Readiness tests"
            case .substitution: return "Substitution"
            case .riskStratification: return "Risk (STarT Back)"
            case .restDay: return "Rest day"
            case .conditionGuidance: return "Your condition"
            }
        }
    }

    public var kind: Kind
    public var message: String
    public var source: String?

    public init(kind: Kind, message: String, source: String? = nil) {
        self.kind = kind
        self.message = message
        self.source = source
    }
}
