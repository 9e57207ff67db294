// Every page controller, registered in this order under the browser-session and CSRF middleware.
import Vapor

enum WebPages {
    static func all() -> [any RouteCollection] {
        [
            AccountPages(),
            ImportPages(),
            ProgressPages(),
            ExercisePages(),
            SettingsPages(),
            LearnPages(),
            OnboardingPages(),
            TodayPage(),
            WorkoutPages(),
            CheckInPage(),
        ]
    }
}
