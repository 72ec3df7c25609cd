import TalkModel
import TalkOffice
import TalkStore

extension Context {
    /// Names typed in flags resolved against the store, each name taken for an id said on standard error.
    func names(_ store: any Store) -> NameLookup {
        NameLookup(store) { note($0.zh, $0.en) }
    }
}

extension Arguments {
    /// A usage error naming every option of `required` that is missing (`record needs --held`);
    /// `given` says which a file supplies instead.
    func require(
        _ required: [any OptionDeclaration], by what: String, given: (Option) -> Bool = { _ in false }
    ) throws(UsageError) {
        let missing = required.filter { !has($0) && !given($0.option) }.map(\.name)
        guard !missing.isEmpty else { return }
        throw fail(
            "\(what) 需要 \(missing.joined(separator: "、"))", "\(what) needs \(missing.joined(separator: ", "))")
    }

    /// Refuses, as a usage error, a `--year` not begun by the as-of day (`--as-of`, else today):
    /// a year's report or copy of it would hold nothing, or another year's items (helper-126, 128).
    func refuseYearNotBegun(_ year: Int) throws(UsageError) {
        let asOf = try self[.asOf]
        guard year <= asOf.year else {
            throw fail(
                "--year \(year) 在查询日 \(asOf) 尚未开始：请写已开始的年度，或给出该年度中的 --as-of",
                "--year \(year) has not begun on the as-of day, \(asOf): give a year begun by then, or an --as-of in it"
            )
        }
    }

    /// Refuses a day after today in any of the date options `dates`, unless `--yes` confirms it: a
    /// talk "held" next year or measures "reported" next week is far more often a slip of the
    /// keyboard than a fact, and once stored it counts as done. No one may be there to answer a
    /// question, so the refusal (exit 2) says to run again with `--yes` when the day is meant.
    /// Today is the day in China Standard Time, as everywhere in the tool.
    /// (A day after 2099, a year mistyped, is refused as every date flag is read: `OptionKeys.date`.)
    func refuseFuture(_ dates: [OptionKey<CivilDate?>], today: CivilDate = todayInChina()) throws {
        guard try !self[.yes] else { return }
        var problems: [Problem] = []
        for key in dates {
            guard let day = try self[key], day > today else { continue }
            problems.append(
                Problem(
                    key.name,
                    Message(
                        zh: "\(day) 晚于今天（北京时间 \(today)）；如确是此日，请加 --yes 再运行",
                        en: "\(day) is after today (\(today), China Standard Time); add --yes if it is meant")))
        }
        guard problems.isEmpty else { throw InputError(source: nil, problems: problems) }
    }

    /// The command's one operand, which must be `action` (`talks plan add`).
    func action(_ action: String) throws(UsageError) {
        let given = try operand(action)
        guard given == action else {
            throw fail("未知的操作 \(given.quoted)，应为 \(action)", "unknown action \(given.quoted); expected \(action)")
        }
    }
}
