// The Learn pages' text, written for Backstrong: why strength helps, starting safely, the pain rules, and when to
// see a professional. Topic ids and section anchors are stable: other pages link to them (e.g. a decrease's reason
// links to /learn/pain-rules#set-pain). Thresholds quoted here come from ClinicalRules, not from copies.
import BackstrongCore
import Foundation

struct LearnLink: Encodable {
    var href: String
    var text: String
}

struct LearnSection: Encodable {
    /// Anchor id, stable once published.
    var id: String
    var heading: String
    var paragraphs: [String]
    var points: [String] = []
    var links: [LearnLink] = []
    /// Shown as a warning box (emergencies).
    var urgent: Bool = false
}

struct LearnTopic: Encodable {
    var id: String
    var title: String
    var summary: String
    var sections: [LearnSection]
}

enum LearnTopics {
    static let whyStrength = "why-strength"
    static let startSafely = "start-safely"
    static let painRules = "pain-rules"
    static let seeAProfessional = "see-a-professional"

    static func topic(_ id: String) -> LearnTopic? { all.first { $0.id == id } }

    static var all: [LearnTopic] { [why, start, pain, professional] }

    static let why = LearnTopic(
        id: whyStrength, title: "Why a stronger back helps",
        summary:
            "Strong, enduring muscles around your spine share out the work of everyday life, so each task asks less of any one part.",
        sections: [
            LearnSection(
                id: "muscles", heading: "Muscles do the carrying",
                paragraphs: [
                    "Your spine is a column of bones and discs, but it is the muscles around it that hold it up and move it. The long muscles beside the spine straighten you up, the deep muscles of your belly and sides wrap around your trunk like a corset, your glutes and hamstrings power bending and lifting, and the muscles of your mid and upper back hold your shoulders and ribcage in place.",
                    "When these muscles get stronger, carrying shopping, lifting a child or getting out of a low chair uses a smaller share of what they can do. The same task becomes less of a strain, and your back has more in reserve on a bad day.",
                ]),
            LearnSection(
                id: "posture", heading: "Posture you can keep up",
                paragraphs: [
                    "There is no single correct posture. What helps is being able to hold a position for as long as you need and to change it easily. Muscles with good endurance let you sit, stand or carry for longer before they tire and start to ache.",
                    "That is why Backstrong includes timed holds such as planks and side planks alongside lifting: they build the staying power that everyday posture relies on. Moving often during the day matters as much as how you sit.",
                ]),
            LearnSection(
                id: "stability", heading: "A steady spine under load",
                paragraphs: [
                    "Spinal stability means your muscles can keep your trunk steady when something pushes or pulls on it: a bag swinging on one side, a step off a kerb, a door that sticks. Core exercises train exactly this. In a bird dog or a side plank your job is not to move but to stay still while your arms, legs or gravity try to move you.",
                    "Lifts such as the hip hinge, rows and squats then teach you to keep that steadiness while you move a weight, which is what daily life asks of you.",
                ]),
            LearnSection(
                id: "expectations", heading: "What to expect",
                paragraphs: [
                    "Exercise is one of the best supported ways to manage long-lasting low back pain. No single kind of exercise has been shown to beat the others; strength training is a good choice because you can see your progress in numbers and build it up in small, safe steps.",
                    "On average the improvement is moderate rather than dramatic, and it takes weeks. Sleep, stress and how active you are the rest of the day all play a part too. Many people find that feeling stronger also makes them less worried about moving, which helps in its own right.",
                ],
                links: [LearnLink(href: "/learn/start-safely", text: "How to start safely")]),
        ])

    static let start = LearnTopic(
        id: startSafely, title: "How to start safely",
        summary:
            "Check for warning signs, test what your body can do without weights, then start light and let good form decide when the weight goes up.",
        sections: [
            LearnSection(
                id: "screen-first", heading: "Answer the safety questions first",
                paragraphs: [
                    "Before any programme, Backstrong asks about signs that need a doctor rather than a workout. If one of them applies, it tells you whom to see and how soon, and it does not give you a programme until a professional has cleared you."
                ],
                links: [LearnLink(href: "/learn/see-a-professional", text: "When to see a professional")]),
            LearnSection(
                id: "bodyweight-tests", heading: "Bodyweight tests come before weights",
                paragraphs: [
                    "A few simple tests, such as squats, push-ups, a plank and a back-extension hold, show how strong and how enduring your muscles are right now and whether they cause pain. Backstrong uses the results to choose your starting stage. Some people begin with bodyweight exercises only and move on to weights once the tests show they are ready."
                ]),
            LearnSection(
                id: "start-light", heading: "Start light, add a little at a time",
                paragraphs: [
                    "Your first weights are meant to feel easy. Backstrong adds weight only when you have done every rep of every set with good form and the effort was moderate, and then only a small step, a few percent at a time. A step that feels too small is far better than a setback that costs you weeks."
                ]),
            LearnSection(
                id: "form-first", heading: "Form before load",
                paragraphs: [
                    "Each exercise page lists the steps, a few form cues and the common mistakes. When you log a set you rate your form; a set with poor form never counts towards adding weight. If you are unsure, use a mirror or film yourself from the side."
                ],
                points: [
                    "Move slowly and with control, especially on the way down.",
                    "Keep your back in a comfortable middle position unless the exercise says otherwise.",
                    "Breathe out during the hardest part; do not hold your breath for long.",
                    "Stop the set if your form slips; the last rep is never worth a bad one.",
                ],
                links: [LearnLink(href: "/exercises", text: "Exercise library")]),
            LearnSection(
                id: "rest-days", heading: "Rest days are part of training",
                paragraphs: [
                    "Muscles get stronger while they recover between sessions, not during them. Backstrong plans 2 to 5 training days a week, never puts the same main lift on two days in a row, and drops to a lighter week after a long stretch of steady increases. Good sleep helps recovery more than anything you can buy."
                ]),
            LearnSection(
                id: "some-discomfort", heading: "Some discomfort is expected",
                paragraphs: [
                    "Mild pain while you train is common and usually harmless, as long as it stays moderate and settles by the next morning. Backstrong asks you to score your pain so it can adjust the next workout for you."
                ],
                links: [LearnLink(href: "/learn/pain-rules", text: "What the pain rules mean")]),
        ])

    static var pain: LearnTopic {
        let setLimit = Display.number(ClinicalRules.maxAcceptableSetPain)
        let margin = Display.number(ClinicalRules.morningPainMargin)
        return LearnTopic(
            id: painRules, title: "What the pain rules mean",
            summary:
                "You score your pain from 0 (none) to 10 (the worst you can imagine) before and after each workout, during each set and the next morning. Backstrong uses those scores to decide whether your next workout gets heavier, stays the same or gets lighter.",
            sections: [
                LearnSection(
                    id: "why-rules", heading: "Why there are rules",
                    paragraphs: [
                        "Training with some pain can be fine, and staying active usually helps a sore back. The rules below keep the amount of pain in a range that is unlikely to do harm, and they make Backstrong back off automatically when your back is telling you to.",
                        "The limits are adapted from a well-known way of guiding exercise for painful tendons. They have not been tested for lifting with back pain, so treat them as a careful starting point, and let your own judgement and your clinician's advice come first.",
                    ]),
                LearnSection(
                    id: "set-pain", heading: "During a set: \(setLimit) out of 10 or less",
                    paragraphs: [
                        "After each set you score the pain you felt during it. Up to \(setLimit) out of 10 is acceptable. If any set of an exercise goes above \(setLimit), the next time you do that exercise Backstrong makes it lighter (by about 10 %) or switches to an easier version, and it never adds weight; the other exercises of your next workout stay where they are. A set without a pain score never counts towards more weight, so score every set."
                    ],
                    points: [
                        "0 to 3: fine, carry on.",
                        "4 to \(setLimit): acceptable; keep an eye on it.",
                        "Above \(setLimit): too much for now. Stop that exercise for today.",
                        "Sharp, shooting or spreading pain, or pain going down a leg: stop the set, whatever the number.",
                    ]),
                LearnSection(
                    id: "after-session", heading: "Just after the workout: \(setLimit) out of 10 or less",
                    paragraphs: [
                        "When you finish a workout you score your pain just after it. Up to \(setLimit) out of 10 is acceptable. Above \(setLimit), nothing gets heavier in your next workout: every exercise stays where it is."
                    ]),
                LearnSection(
                    id: "next-morning", heading: "The next morning: no more than \(margin) points above your usual",
                    paragraphs: [
                        "The morning after a workout you get a one-tap question about your pain. Backstrong compares it with your usual level: your pain before that workout, or if you did not score it, your average resting pain over the past week.",
                        "If the morning score is \(margin) or more points above your usual level, the next workout does not get heavier: it stays the same or gets lighter. One point above is normal day-to-day variation and is fine. \(margin) points is used because on a 0 to 10 scale that is about the smallest change that reliably means something has really changed.",
                    ]),
                LearnSection(
                    id: "weekly-trend", heading: "Week by week: not rising",
                    paragraphs: [
                        "Backstrong also averages your next-morning pain scores for each week. If this week's average is higher than last week's, it holds your weights where they are for now. If it goes up two weeks in a row, it advises you to see a professional.",
                        "On your progress page, a change of \(margin) points or more between your first week and your latest is reported as a real (clinically important) change, better or worse. Smaller changes are shown as no clear change yet.",
                    ],
                    links: [LearnLink(href: "/progress", text: "Your progress")]),
                LearnSection(
                    id: "leg-symptoms", heading: "New symptoms in your legs",
                    paragraphs: [
                        "New numbness, pins and needles or weakness in a leg is different from ordinary back pain. If you report it, Backstrong advises you to see a professional and to answer the safety questions again before training on."
                    ],
                    links: [LearnLink(href: "/learn/see-a-professional", text: "When to see a professional")]),
                LearnSection(
                    id: "what-the-app-does", heading: "What Backstrong does when a rule applies",
                    paragraphs: [
                        "Every change to your plan comes with its reason, shown next to the exercise on your workout page, with a link to the rule on this page. Nothing is hidden: you can always see why a weight went up, stayed or came down."
                    ],
                    points: [
                        "Set pain above \(setLimit): lighter or easier next time, never heavier.",
                        "Pain just after a workout above \(setLimit): no increase next workout.",
                        "Next-morning pain \(margin) or more above your usual: no increase next workout.",
                        "Weekly average higher than last week: no increases this week; two weeks running: see a professional.",
                        "New leg symptoms: see a professional and answer the safety questions again.",
                    ]),
            ])
    }

    static let professional = LearnTopic(
        id: seeAProfessional, title: "When to see a professional",
        summary:
            "Backstrong teaches and refers; it does not diagnose. Most back pain is not caused by anything serious, but a few signs need a doctor, some of them urgently.",
        sections: [
            LearnSection(
                id: "emergency", heading: "Go to an emergency department now",
                paragraphs: [
                    "These signs can mean the nerves at the bottom of the spine are being squeezed, which needs treatment within hours. Go to an emergency department or call your emergency number; do not wait to see whether it passes, and do not train."
                ],
                points: [
                    "Numbness or tingling around your genitals, back passage, buttocks or inner thighs.",
                    "New trouble passing urine, controlling your bladder or bowels, or not feeling when they are full.",
                    "New or worsening numbness, tingling or weakness in both legs.",
                    "Weakness in a leg that is getting steadily worse, such as a foot that starts to drag.",
                ],
                urgent: true),
            LearnSection(
                id: "same-day", heading: "See a doctor today",
                paragraphs: ["Contact a doctor the same day (or an urgent care service) if your back pain comes with:"],
                points: [
                    "A fever, feeling generally unwell, or a recent infection.",
                    "A fall, accident or blow to the back. After a major accident such as a car crash or a fall from a height, go to an emergency department.",
                ]),
            LearnSection(
                id: "soon", heading: "See a doctor within days to two weeks",
                paragraphs: [
                    "Book an appointment soon, and bring your answers to Backstrong's safety questions, if you have back pain together with:"
                ],
                points: [
                    "Cancer in the past (sooner, within a day, if the pain is constant at night or has been getting worse for weeks).",
                    "Weight loss you cannot explain.",
                    "Long-term use of steroid tablets.",
                    "Pain that is there all night and does not ease with rest, or that keeps getting worse week after week, especially if you are over 50 or under 20.",
                ]),
            LearnSection(
                id: "before-starting", heading: "Get a go-ahead before you start",
                paragraphs: [
                    "Some conditions do not stop you training but change what is safe: osteoporosis, pregnancy, spinal surgery in the last year, spondylolisthesis, spinal stenosis and sciatica, or pain running below the knee. See your doctor or a physiotherapist first. When they have cleared you, tick the clearance in your settings with its date; Backstrong then adapts the exercises to the condition."
                ],
                links: [LearnLink(href: "/settings", text: "Settings")]),
            LearnSection(
                id: "while-training", heading: "While you are training",
                paragraphs: ["Check in with a professional if:"],
                points: [
                    "Your pain keeps rising week after week, or Backstrong advises it.",
                    "You get new numbness, pins and needles or weakness in a leg.",
                    "Sets keep hurting above 5 out of 10 even after the weights have come down.",
                    "You are worried, for any reason. Asking is never wrong.",
                ],
                links: [LearnLink(href: "/learn/pain-rules", text: "What the pain rules mean")]),
            LearnSection(
                id: "whom", heading: "Whom to see",
                paragraphs: [
                    "For most questions, start with your family doctor (GP). A physiotherapist can examine your back and tailor the exercises to you. For the emergency signs above, go straight to an emergency department.",
                    "It helps to bring your answers to the safety questions and your training journal: you can download it as a file in your settings.",
                ]),
        ])
}
