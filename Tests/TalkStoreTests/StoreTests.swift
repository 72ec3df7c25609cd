import Foundation
import Synchronization
import TalkModel
import TalkStore
import TestSupport
import Testing

func sampleDataset() throws -> DatasetDecoder.Result {
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Fixture.sample)))
    return DatasetDecoder.decode(try JSONReader.parse(bytes))
}

func permissions(_ path: String) throws -> Int {
    (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! NSNumber).intValue
}

@Suite struct StoreTests {
    let folder = Fixture.temporaryFolder()
    var path: String { folder + "/talks.db" }

    @Test func aNewStoreIsOwnerOnlyAndInWriteAheadMode() throws {
        let (store, created) = try SQLiteStore.openOrCreate(at: path)
        NewStoreGuard.keep()
        #expect(created)
        try store.save(try sampleDataset().dataset, source: nil)
        for suffix in ["", "-wal", "-shm"] {
            #expect(try permissions(path + suffix) == 0o600, "\(suffix)")
        }
        #expect(try store.schemaVersion() == 6)
        #expect(try SQLiteStore.openOrCreate(at: path).created == false)
    }

    @Test func whatIsSavedComesBackTheSame() throws {
        let sample = try sampleDataset()
        #expect(sample.problems.isEmpty)
        let store = try SQLiteStore.openOrCreate(at: path).store
        let summary = try store.save(sample.dataset, source: nil)
        #expect(summary.added[.talks] == sample.dataset.talks.count)
        #expect(try store.dataset() == sample.dataset.canonicallySorted())
    }

    @Test func savingTheSameRecordsAgainLeavesThemUnchanged() throws {
        let sample = try sampleDataset().dataset
        let store = try SQLiteStore.openOrCreate(at: path).store
        try store.save(sample, source: nil)
        let before = DatasetEncoder.document(try store.dataset())
        let summary = try store.save(sample, source: nil)
        #expect(summary.added.isEmpty && summary.replaced.isEmpty)
        #expect(summary.unchanged[.talks] == sample.talks.count)
        #expect(DatasetEncoder.document(try store.dataset()) == before)
        // One talk changed: that one is replaced, the others stay unchanged.
        var changed = sample
        changed.talks[0].untruthful.toggle()
        let again = try store.save(changed, source: nil)
        #expect(again.replaced[.talks] == 1 && again.unchanged[.talks] == sample.talks.count - 1)
    }

    /// A load reports its progress every thousand records, those it leaves unchanged included:
    /// a second load of the same large file shows the same progress as the first.
    @Test func aLoadShowsItsProgressWhetherItsRecordsChangeOrNot() throws {
        let many = try sampleWithCopies(2_500) { _, _ in }
        let store = try SQLiteStore.openOrCreate(at: path).store
        var shown: [[Int]] = [[], []]
        for load in 0..<2 {
            try store.save(many, source: nil) { written, total in
                #expect(total == RecordKind.allCases.reduce(0) { $0 + many.count(of: $1) })
                shown[load].append(written)
            }
        }
        #expect(shown[0] == shown[1])
        #expect(shown[0].count == RecordKind.allCases.reduce(0) { $0 + many.count(of: $1) } / 1000)
    }

    /// A whole table is read a thousand rows at a time on another thread (`RowBatch`), each
    /// batch's texts in one buffer that grows as they come: every record comes back as it was
    /// saved, across batches, with texts far longer than a batch first makes room for.
    @Test func aLargeStoreIsReadBackAsSaved() throws {
        let many = try sampleWithCopies(2_500) { copy, n in
            copy.problems = n % 7 == 0 ? [String(repeating: "问题\(n)", count: 1_000), "短"] : []
            copy.measures = n % 3 == 0 ? nil : copy.measures
        }
        let store = try SQLiteStore.openOrCreate(at: path).store
        try store.save(many, source: nil)
        let read = try store.dataset().talks
        #expect(read.count == many.talks.count)
        let saved = Dictionary(uniqueKeysWithValues: many.talks.map { ($0.id, $0) })
        #expect(read.allSatisfy { saved[$0.id] == $0 })
    }

    /// The sample with `count` copies of its first talk, `bulk-0`, `bulk-1`…, each then `changed`.
    func sampleWithCopies(_ count: Int, _ changed: (inout Talk, Int) -> Void) throws -> Dataset {
        var many = try sampleDataset().dataset
        let talk = many.talks[0]
        many.talks += (0..<count).map { n in
            var copy = talk
            copy.id = "bulk-\(n)"
            changed(&copy, n)
            return copy
        }
        return many
    }

    @Test func aReplacedTalkLosesListsItNoLongerHas() throws {
        var sample = try sampleDataset().dataset
        let store = try SQLiteStore.openOrCreate(at: path).store
        try store.save(sample, source: nil)
        let index = try #require(sample.talks.firstIndex { !$0.problems.isEmpty && !$0.steps.isEmpty })
        sample.talks[index].problems = []
        sample.talks[index].steps = [.commitment]
        var one = Dataset()
        one.talks = [sample.talks[index]]
        try store.save(one, source: nil)
        let stored = try #require(try store.talks(.id(sample.talks[index].id)).first)
        #expect(stored == sample.talks[index])
    }

    @Test func aRefusedSaveWritesNothing() throws {
        let store = try SQLiteStore.openOrCreate(at: path).store
        try store.save(try sampleDataset().dataset, source: nil)
        let before = DatasetEncoder.document(try store.dataset())
        var bad = Dataset()
        bad.people = [Person(id: "p-new", name: "新人")]
        var talk = Talk(
            id: "T-new", conductor: "jd", kind: .regular, organization: "jz", talkee: "p-new", talker: "p-missing",
            held: CivilDate("2026-05-01")!)
        talk.problems = ["x"]
        bad.talks = [talk]
        #expect(throws: InputError.self) { try store.save(bad, source: "bad.json") }
        #expect(DatasetEncoder.document(try store.dataset()) == before)
        #expect(try !store.exists(.people, id: "p-new"))
    }

    /// A document of a thousand records or more is validated by a second connection on another
    /// core while it is written (`SQLStore.save`): its problems still stop it whole, and come
    /// before the error its writing meets (a talk ended before it was held fails the table's CHECK
    /// too, which would name no place in the document).
    @Test func aLargeDocumentWithProblemsWritesNothing() throws {
        let store = try SQLiteStore.openOrCreate(at: path).store
        try store.save(try sampleDataset().dataset, source: nil)
        let before = DatasetEncoder.document(try store.dataset())
        let entries = try store.auditEntries().count
        let unknown = try sampleWithCopies(2_500) { copy, n in if n == 2_499 { copy.talker = "p-missing" } }
        let backwards = try sampleWithCopies(2_500) { copy, n in
            if n == 3 { copy.ended = CivilDate("2000-01-01")! }
        }
        for (bad, place) in [(unknown, "talker"), (backwards, "ended")] {
            let error = try #require(throws: InputError.self) { try store.save(bad, source: "bad.json") }
            #expect(error.problems.count == 1)
            #expect(error.problems.first?.location.hasSuffix(place) == true, "\(error.problems)")
            #expect(DatasetEncoder.document(try store.dataset()) == before)
            #expect(try store.auditEntries().count == entries)
        }
    }

    /// A save inside a transaction that has already changed the store is validated against those
    /// changes, which a second connection would not see: a person deleted first is unknown to the
    /// talks that name it after.
    @Test func aLargeDocumentIsValidatedAgainstTheChangesBeforeIt() throws {
        let store = try SQLiteStore.openOrCreate(at: path).store
        var sample = try sampleDataset().dataset
        sample.people.append(Person(id: "p-leaving", name: "将删除"))
        try store.save(sample, source: nil)
        let many = try sampleWithCopies(2_500) { copy, _ in copy.talker = "p-leaving" }
        let error = try #require(throws: InputError.self) {
            try store.writing {
                #expect(try store.delete(.people, key: "p-leaving"))
                try store.save(many, source: "many.json")
            }
        }
        #expect(error.problems.contains { $0.message.en.contains("p-leaving") }, "\(error.problems)")
        #expect(try store.exists(.people, id: "p-leaving"))
    }

    /// The validation done beside the writing reads the store by its name, through a second
    /// connection: a file renamed over the store's while the first had it open is another store,
    /// and the document is validated against the one written. Another history (helper-184), or a
    /// copy of the store at the same last audit entry with a person put in behind the tool's back
    /// (helper-185): validated against either, which holds the person named, the load failed at
    /// its commit, exit 70.
    @Test(arguments: [false, true]) func aLargeDocumentIsValidatedAgainstTheFileWritten(copied: Bool) throws {
        let other = folder + "/other.db"
        do {
            try SQLiteStore.openOrCreate(at: path).store.save(try sampleDataset().dataset, source: nil)
            if copied {
                try FileManager.default.copyItem(atPath: path, toPath: other)
                _ = try sqlite3(other, "INSERT INTO person (id, name) VALUES ('p-elsewhere', '别处')")
            } else {
                var sample = try sampleDataset().dataset
                sample.people.append(Person(id: "p-elsewhere", name: "别处"))
                try SQLiteStore.openOrCreate(at: other).store.save(sample, source: nil)
            }
        }
        let store = try SQLiteStore.openOrCreate(at: path).store
        #expect(rename(other, path) == 0)
        let many = try sampleWithCopies(2_500) { copy, _ in copy.talker = "p-elsewhere" }
        let error = try #require(throws: InputError.self) { try store.save(many, source: "many.json") }
        #expect(error.problems.contains { $0.message.en.contains("p-elsewhere") }, "\(error.problems)")
    }

    /// The second connection opens the file as its folder really was when the first opened it: a
    /// link to the folder pointed elsewhere meanwhile leads to another store (helper-186: the loop
    /// a document made through the store's parents was stored, validated against a copy lacking
    /// the parent it closed on).
    @Test func aLargeDocumentIsValidatedInTheFolderWritten() throws {
        let (first, second, link) = (folder + "/A", folder + "/B", folder + "/link")
        for made in [first, second] {
            try FileManager.default.createDirectory(atPath: made, withIntermediateDirectories: true)
        }
        try SQLiteStore.openOrCreate(at: first + "/s.db").store.save(try sampleDataset().dataset, source: nil)
        try FileManager.default.copyItem(atPath: first + "/s.db", toPath: second + "/s.db")
        _ = try sqlite3(second + "/s.db", "INSERT INTO person (id, name) VALUES ('p-elsewhere', '别处')")
        #expect(symlink("A", link) == 0)
        let store = try SQLiteStore.openOrCreate(at: link + "/s.db").store
        #expect(unlink(link) == 0 && symlink("B", link) == 0)
        let many = try sampleWithCopies(2_500) { copy, _ in copy.talker = "p-elsewhere" }
        let error = try #require(throws: InputError.self) { try store.save(many, source: "many.json") }
        #expect(error.problems.contains { $0.message.en.contains("p-elsewhere") }, "\(error.problems)")
    }

    /// The store's file renamed while a load writes it: the load is not committed into a file no
    /// longer at its name, and says so (it said "loaded", and the file moved lacked its talks).
    @Test func aWriteToAFileMovedMeanwhileIsNotCommitted() throws {
        let sample = try sampleDataset().dataset
        try SQLiteStore.openOrCreate(at: path).store.save(sample, source: nil)
        let store = try SQLiteStore.openOrCreate(at: path).store
        let moved = folder + "/moved.db"
        var renamed = false
        let error = try #require(throws: StoreError.self) {
            try store.save(
                try sampleWithCopies(2_500) { _, _ in }, source: "many.json",
                progress: { _, _ in
                    if !renamed { renamed = rename(path, moved) == 0 }
                })
        }
        #expect(renamed)
        guard case .moved(let named, committed: false) = error else {
            Issue.record("\(error)")
            return
        }
        #expect(named == path)
        #expect(try SQLiteStore.openOrCreate(at: moved).store.count(.talks) == sample.talks.count)
    }

    /// Stores made and written by several threads at once each come out whole, and the guard that
    /// removes a store being made on Ctrl-C, one a process, survives them: two threads freed its
    /// names twice, and the parallel tests crashed now and then.
    @Test func storesMadeOnEveryCoreAtOnceAreEachWhole() throws {
        let sample = try sampleDataset().dataset
        let folder = self.folder
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            do {
                for n in 0..<4 {
                    let store = try SQLiteStore.openOrCreate(at: folder + "/\(thread)-\(n).db").store
                    try store.save(sample, source: nil)
                    if try store.dataset() != sample.canonicallySorted() {
                        failures.withLock { $0.append("\(thread)-\(n)") }
                    }
                }
                for n in 0..<2_000 {
                    NewStoreGuard.guardFiles([folder + "/none-\(thread)-\(n)"], note: "interrupted")
                    NewStoreGuard.keep()
                }
            } catch {
                failures.withLock { $0.append("\(thread): \(error)") }
            }
        }
        #expect(failures.withLock { $0 }.isEmpty)
    }

    @Test func aStoreFromANewerVersionIsRefused() throws {
        _ = try SQLiteStore.openOrCreate(at: path)
        try sqlite3(path, "INSERT INTO schema_migration VALUES (99, 'from the future')")
        #expect(throws: StoreError.self) { try SQLiteStore.open(at: path) }
    }

    @Test func anotherProgramsDatabaseIsNeverWrittenInto() throws {
        let foreign = folder + "/other.sqlite"
        try sqlite3(foreign, "CREATE TABLE accounts (id INTEGER);")
        #expect(throws: StoreError.self) { try SQLiteStore.open(at: foreign) }
        #expect(throws: StoreError.self) { try SQLiteStore.open(at: folder + "/missing.db") }
        Fixture.write(
            "not a database at all, just text that is long enough to look like a header", to: folder + "/text.db")
        #expect(throws: StoreError.self) { try SQLiteStore.open(at: folder + "/text.db") }
    }

    @Test func talkIDsAreNumberedPerYear() throws {
        let store = try SQLiteStore.openOrCreate(at: path).store
        #expect(try store.nextTalkID(year: 2027) == "T2027-001")
        try store.save(try sampleDataset().dataset, source: nil)
        #expect(try store.nextTalkID(year: 2026) == "T2026-030")
        #expect(try store.nextTalkID(year: 2025) == "T2025-008")
    }

    @Test func planAndTriggerIDsFollowTheOfficesTwoDigitNumbering() throws {
        let store = try SQLiteStore.openOrCreate(at: path).store
        #expect(try store.nextPlanID(year: 2026) == "P2026-01")
        #expect(try store.nextTriggerID(year: 2026) == "TR2026-01")
        try store.save(try sampleDataset().dataset, source: nil)
        #expect(try store.nextPlanID(year: 2026) == "P2026-17")
        #expect(try store.nextPlanID(year: 2025) == "P2025-07")
        #expect(try store.nextPlanID(year: 2027) == "P2027-01")
        #expect(try store.nextTriggerID(year: 2026) == "TR2026-06")
        #expect(try store.nextTriggerID(year: 2025) == "TR2025-02")
    }

    @Test func textsKeepEveryCharacter() throws {
        let store = try SQLiteStore.openOrCreate(at: path).store
        var d = try sampleDataset().dataset
        d.talks[0].problems = ["", "含\u{0}空字符", "emoji 😀 与“引号”"]
        try store.save(d, source: nil)
        #expect(try store.talks(.id(d.talks[0].id)).first?.problems == d.talks[0].problems)
    }

    /// Every field a kind declares as naming another record (`Record.references`) keeps that
    /// record from being deleted through the store's tables (`RecordTable.referenceColumns`): the
    /// refusal names each kind that refers to it with its first referring record, as the dataset
    /// itself says.
    @Test func aReferredRecordIsNotDeletedAndEveryReferringKindIsNamed() throws {
        let sample = try sampleDataset().dataset
        let store = try SQLiteStore.openOrCreate(at: path).store
        try store.save(sample, source: nil)
        func referring<R: Record>(_: R.Type, to target: RecordKind, _ id: String) -> [String] {
            sample[keyPath: R.all].filter { record in
                R.references.contains { $0.target == target && $0.ids(record).contains { $0.id == id } }
            }.map(\.recordKey).sorted(by: codePointOrder)
        }
        var refused = Set<RecordKind>()
        for target in RecordKind.allCases where target.record.hasID {
            for id in DatasetEncoder.keys(target, sample) {
                let expected = RecordKind.allCases.compactMap { kind in
                    referring(kind.record, to: target, id).first.map { (kind, $0) }
                }
                guard !expected.isEmpty else { continue }
                let error = #expect(throws: InputError.self) { try store.delete(target, key: id) }
                let messages = error?.problems.map(\.message.en) ?? []
                #expect(messages.count == expected.count, "\(target) \(id)")
                for ((kind, first), message) in zip(expected, messages) {
                    #expect(message.contains("referred to by \(kind.rawValue) \(first)"), "\(message)")
                }
                refused.insert(target)
            }
        }
        #expect(refused == [.organizations, .people, .plans, .triggers])
        #expect(try store.dataset() == sample.canonicallySorted())
    }
}

/// A command that judges rules reads only the talk lists and notes they read (`Store.dataset(reads:)`).
@Suite struct RecordReadingTests {
    let folder = Fixture.temporaryFolder()

    /// A store holding the sample, and all of it as read back.
    func sampleStore() throws -> (any Store, Dataset) {
        let store = try SQLiteStore.openOrCreate(at: folder + "/talks.db").store
        try store.save(try sampleDataset().dataset, source: nil)
        return (store, try store.dataset())
    }

    @Test func onlyTheListsAskedForAreRead() throws {
        let (store, whole) = try sampleStore()
        #expect(whole.talks.contains { !$0.steps.isEmpty && !$0.problems.isEmpty })
        let steps = try store.dataset(reads: RecordReads(whole: [.step]))
        #expect(steps.talks.map(\.steps) == whole.talks.map(\.steps))
        #expect(steps.talks.allSatisfy { $0.problems.isEmpty && $0.requirements.isEmpty && $0.participants.isEmpty })
        let none = try store.dataset(reads: RecordReads())
        #expect(none.talks.allSatisfy { $0.steps.isEmpty && $0.problems.isEmpty })
        // A trigger's note (confidential) only when asked for.
        #expect(whole.triggers.contains { $0.note != nil })
        #expect(steps.triggers.allSatisfy { $0.note == nil })
        #expect(try store.dataset(reads: .triggerNote).triggers == whole.triggers)
        // Everything else of a talk and a trigger is read whole.
        var cleared = whole
        for i in cleared.triggers.indices { cleared.triggers[i].note = nil }
        for i in cleared.talks.indices {
            cleared.talks[i].steps = []
            cleared.talks[i].problems = []
            cleared.talks[i].requirements = []
            cleared.talks[i].participants = []
            cleared.talks[i].archive?.copiedTo = []
        }
        #expect(none == cleared)
    }

    /// A list a rule only counts is read as that many empty texts: the confidential texts never
    /// leave the store, the counts are right, and a list read whole is read whole beside it.
    @Test func aListOnlyCountedIsReadAsThatManyEmptyTexts() throws {
        let (store, whole) = try sampleStore()
        #expect(whole.talks.contains { !$0.problems.isEmpty && !$0.requirements.isEmpty })
        let counted = try store.dataset(reads: RecordReads(whole: [.step], counted: [.problem, .requirement]))
        #expect(counted.talks.map(\.problems.count) == whole.talks.map(\.problems.count))
        #expect(counted.talks.map(\.requirements.count) == whole.talks.map(\.requirements.count))
        #expect(counted.talks.allSatisfy { ($0.problems + $0.requirements).allSatisfy(\.isEmpty) })
        #expect(counted.talks.map(\.steps) == whole.talks.map(\.steps))
        #expect(counted.talks.allSatisfy { $0.participants.isEmpty })
    }

    /// Equal lists are read as one array, held once for every talk that has it (`SharedLists`):
    /// lists of words, and lists only counted; texts read whole are each their own, and every
    /// list reads as it was saved.
    @Test func equalListsAreReadAsOneArray() throws {
        let (store, whole) = try sampleStore()
        let counted = try store.dataset(
            reads: RecordReads(whole: [.step, .participant, .copiedTo], counted: [.problem, .requirement]))
        func storage<T>(_ list: [T]) -> UnsafeRawPointer? {
            list.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
        }
        let steps = counted.talks.map(\.steps).filter { !$0.isEmpty }
        #expect(Set(steps.map(storage)).count == Set(steps).count && steps.count > Set(steps).count)
        let participants = counted.talks.map(\.participants).filter { !$0.isEmpty }
        #expect(Set(participants.map(storage)).count == Set(participants).count)
        let problems = counted.talks.map(\.problems).filter { !$0.isEmpty }
        #expect(Set(problems.map(storage)).count == Set(problems.map(\.count)).count)
        #expect(counted.talks.map(\.steps) == whole.talks.map(\.steps))
        #expect(counted.talks.map(\.participants) == whole.talks.map(\.participants))
        #expect(counted.talks.map { $0.archive?.copiedTo } == whole.talks.map { $0.archive?.copiedTo })
        let texts = whole.talks.flatMap { [$0.problems, $0.requirements] }.filter { !$0.isEmpty }
        #expect(Set(texts.map(storage)).count == texts.count)
    }
}
