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

    /// The person a supervision talk with `organization` is held with (Art. 7): its secretary on
    /// `day`, or nil when none is recorded.
    public static func talkee(of organization: String, on day: CivilDate, in lookup: some RecordLookup) throws
        -> String?
    {
        try lookup.secretaryAppointments(of: organization).filter { $0.covers(day) }.first?.person
    }
}
