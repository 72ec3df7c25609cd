import Foundation
import TestSupport
import Testing

/// A rule's message is shown with every finding of the rule, so it must be true for each status the
/// finding can have. A deadline rule's finding is overdue, late or due soon; `plan-deadline` said
/// "the planned regular talk … was not held by its deadline" (未按完成时限完成) and `timely-followup`
/// "… held no timely talk …" (未及时谈话) for a deadline still to come, and for a trigger answered
/// late by a timely talk. `lower-level` said an organization "is not below" a conductor it had been
/// moved under since the talk.
@Suite struct FindingMessageTruthTests {
    /// 2026-07-10: one plan item and one trigger overdue, one of each due soon, one of each done late;
    /// 丙县委 (k) moved from 甲市委 (c) to 乙市委 (d) on 2026-07-01, after 乙市委's talk with it of April.
    static let dataset = """
        {"format": "supervision-talks/1",
         "organizations": [
           {"id": "p", "name": "某省委", "kind": "local-committee", "level": "province"},
           {"id": "c", "name": "甲市委", "kind": "local-committee", "level": "city", "parent": "p"},
           {"id": "d", "name": "乙市委", "kind": "local-committee", "level": "city", "parent": "p"},
           {"id": "g", "name": "某厅党组", "kind": "party-group", "level": "other", "parent": "p"},
           {"id": "k", "name": "丙县委", "kind": "local-committee", "level": "county", "parent": "d",
            "formerParents": [{"parent": "c", "until": "2026-06-30"}]}],
         "people": [{"id": "p-sec", "name": "省委书记"}, {"id": "c-sec", "name": "甲市委书记"},
                    {"id": "d-sec", "name": "乙市委书记"}, {"id": "g-sec", "name": "厅党组书记"},
                    {"id": "k-sec", "name": "丙县委书记"}],
         "appointments": [
           {"person": "p-sec", "organization": "p", "role": "secretary", "from": "2020-01-01"},
           {"person": "c-sec", "organization": "c", "role": "secretary", "from": "2020-01-01"},
           {"person": "d-sec", "organization": "d", "role": "secretary", "from": "2020-01-01"},
           {"person": "g-sec", "organization": "g", "role": "secretary", "from": "2020-01-01"},
           {"person": "k-sec", "organization": "k", "role": "secretary", "from": "2020-01-01"}],
         "terms": [{"organization": "p", "from": "2022-01-01", "to": "2026-12-31", "number": 12}],
         "plans": [
           {"id": "P-OVERDUE", "conductor": "p", "year": 2026, "organization": "c", "talker": "p-sec", "due": "2026-07-01"},
           {"id": "P-SOON", "conductor": "p", "year": 2026, "organization": "d", "talker": "p-sec", "due": "2026-07-15"},
           {"id": "P-LATE", "conductor": "p", "year": 2026, "organization": "g", "talker": "p-sec", "due": "2026-06-30"}],
         "triggers": [
           {"id": "TR-OVERDUE", "organization": "c", "kind": "petitions", "on": "2026-05-04"},
           {"id": "TR-SOON", "organization": "d", "kind": "petitions", "on": "2026-06-12"},
           {"id": "TR-LATE", "organization": "g", "kind": "petitions", "on": "2026-05-04"}],
         "talks": [
           {"id": "T-PLAN", "conductor": "p", "kind": "regular", "organization": "g", "talkee": "g-sec",
            "talker": "p-sec", "held": "2026-07-05", "plan": "P-LATE"},
           {"id": "T-TIMELY", "conductor": "p", "kind": "timely", "organization": "g", "talkee": "g-sec",
            "talker": "p-sec", "held": "2026-06-16", "triggers": ["TR-LATE"]},
           {"id": "T-MOVED", "conductor": "d", "kind": "regular", "organization": "k", "talkee": "k-sec",
            "talker": "d-sec", "held": "2026-04-10"}]}
        """

    /// Each finding looked at, the status it has, what its message must say and what it must not.
    struct Expected: Sendable {
        let rule: String
        let subject: String
        let status: String
        let says: [String: String]
        let mustNotSay: [String]
    }

    static let planSays = ["en": "must be held by the plan item's deadline", "zh": "应在完成时限内完成"]
    static let planFalse = ["was not held", "not held by its deadline", "未按完成时限完成"]
    static let timelySays = ["en": "should hold a timely talk", "zh": "应及时谈话"]
    static let timelyFalse = ["held no timely talk", "未及时谈话"]

    static let expected: [Expected] = [
        Expected(rule: "plan-deadline", subject: "P-SOON", status: "due-soon", says: planSays, mustNotSay: planFalse),
        Expected(rule: "plan-deadline", subject: "P-OVERDUE", status: "overdue", says: planSays, mustNotSay: planFalse),
        Expected(rule: "plan-deadline", subject: "P-LATE", status: "late", says: planSays, mustNotSay: planFalse),
        Expected(
            rule: "timely-followup", subject: "TR-SOON", status: "due-soon", says: timelySays, mustNotSay: timelyFalse),
        Expected(
            rule: "timely-followup", subject: "TR-OVERDUE", status: "overdue", says: timelySays,
            mustNotSay: timelyFalse),
        // Answered by a timely talk after the due date: it was held, so "held no timely talk" is false.
        Expected(
            rule: "timely-followup", subject: "TR-LATE", status: "late", says: timelySays, mustNotSay: timelyFalse),
        // 丙县委 is below 乙市委 on the as-of date; on the day of the talk it was not.
        Expected(
            rule: "lower-level", subject: "T-MOVED", status: "not-met",
            says: ["en": "丙县委 (k) was not below 乙市委 (d) on the day of the talk", "zh": "谈话当日"],
            mustNotSay: ["is not below"]),
    ]

    @Test(arguments: ["en", "zh"])
    func everyMessageIsTrueForTheStatusItIsShownWith(language: String) throws {
        let w = try Workspace(loaded: false)
        let load = try w.run("load", w.file("store.json", Self.dataset))
        #expect(load.status == 0, "\(load.stderr)")
        let check = try w.run("--lang", language, "check", "--as-of", "2026-07-10", "--format", "json")
        let overdue = try w.run("--lang", language, "overdue", "--as-of", "2026-07-10", "--format", "json")
        let table = try w.run("--lang", language, "check", "--as-of", "2026-07-10")
        for run in [check, overdue, table] { #expect(run.status == 1, "\(run.stderr)") }
        func findings(_ run: Run) throws -> [[String: Any]] {
            let json = try #require(try JSONSerialization.jsonObject(with: run.output) as? [String: Any])
            return try #require(json["findings"] as? [[String: Any]])
        }
        let checked = try findings(check)
        let listed = try findings(overdue)
        for item in Self.expected {
            func finding(in list: [[String: Any]]) -> [String: Any]? {
                list.first {
                    $0["rule"] as? String == item.rule
                        && ($0["subject"] as? [String: Any])?["id"] as? String == item.subject
                }
            }
            let found = try #require(finding(in: checked), "\(item.rule) \(item.subject)")
            #expect(found["status"] as? String == item.status, "\(item.subject): \(found)")
            let message = try #require(found["message"] as? String, "\(item.subject)")
            let says = try #require(item.says[language])
            #expect(message.contains(says), "\(item.subject): \(message)")
            for wrong in item.mustNotSay {
                #expect(!message.contains(wrong), "\(item.subject) (\(item.status)): \(message)")
            }
            // The work list lists what is still to do (overdue, due soon) with the same message.
            if ["overdue", "due-soon"].contains(item.status) {
                let inList = try #require(finding(in: listed), "overdue lists \(item.subject)")
                #expect(inList["message"] as? String == message, "\(item.subject)")
            }
        }
        // No table row says a deadline passed or a talk was not held.
        for wrong in Self.planFalse + Self.timelyFalse + ["is not below"] {
            #expect(!table.stdout.contains(wrong), "\(wrong)")
        }
    }
}
