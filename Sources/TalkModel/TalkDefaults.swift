/// What a talk may leave out and gets filled in, the same for `talks record` and a talks sheet:
/// the conductor is the organization's parent, the talkee its secretary on the day held.
public enum TalkDefaults {
    /// The committee that holds talks with `organization`: its parent on `day` (the tree has
    /// history: an organization transferred later was talked to by its parent of that day).
    public static func conductor(of organization: String, on day: CivilDate, in lookup: some RecordLookup) throws
        -> String?
    {
        try lookup.parent(of: organization, on: day)
    }

    /// Whether a talk of `kind` (its vocabulary word; nil when not given) left without a talkee
    /// gets one filled in: a supervision talk is held with the top leader (Art. 5); a talk of
    /// another kind (任前谈话, 诫勉谈话) with whoever it names, often not the sitting secretary.
    public static func fillsTalkee(kind: String?) -> Bool {
        kind.flatMap(TalkKind.init(rawValue:))?.isSupervision ?? true
    }

    /// Why a talk of a `kind` that `fillsTalkee` does not fill needs its talkee given: none was, or
    /// only the secretary's `post`, which names no one for it.
    public static func noTalkee(ofKind kind: String?, post: String? = nil) -> Message {
        let label = kind.flatMap(TalkKind.init(rawValue:))?.label ?? Message(zh: "该类", en: "this kind of")
        let given = post.map { (zh: "\($0.quotedInChinese) 是职务", en: "\($0.quoted) is a post") }
        return Message(
            zh: "\(given?.zh ?? "未填被谈话人")：\(label.zh)不是监督谈话，被谈话人不一定是该单位的书记，不能代为填写；请填写被谈话人",
            en: "\(given?.en ?? "no talkee given"): a talk of kind \(label.en) is no supervision talk, and its talkee "
                + "is not always the organization's secretary, so none is filled in; give the talkee")
    }

    /// The person a supervision talk with `organization` is held with (Art. 7): its secretary on
    /// `day`, or nil when none is recorded.
    public static func talkee(of organization: String, on day: CivilDate, in lookup: some RecordLookup) throws
        -> String?
    {
        try lookup.secretaryAppointments(of: organization).filter { $0.covers(day) }.first?.person
    }
}
