/// A calendar day in the proleptic Gregorian calendar, with no time and no zone.
///
/// Every date in this domain is a civil date: a talk is held "on 2026-03-10", not at an instant.
/// Keeping dates free of `Foundation.Date` and time zones keeps out a whole family of
/// off-by-one-day bugs.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Year × 512 + month × 32 + day: four bytes whose order is the calendar's. A national store
    /// holds millions of dates (a talk has up to eight), and comparing them is most of judging a
    /// deadline: as three `Int`s a date took 24 bytes and a three-part comparison.
    private let packed: UInt32

    public var year: Int { Int(packed >> 9) }
    public var month: Int { Int(packed >> 5 & 0xF) }
    public var day: Int { Int(packed & 0x1F) }

    /// The years a date may have: four digits, as `YYYY-MM-DD` allows.
    public static let validYears = 1...9999

    /// A date, or nil when no such day exists (2026-02-30, month 13, year 0).
    public init?(year: Int, month: Int, day: Int) {
        guard Self.validYears.contains(year), (1...12).contains(month),
            (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        packed = UInt32(year) << 9 | UInt32(month) << 5 | UInt32(day)
    }

    /// Parses exactly `YYYY-MM-DD`; nil for anything else or an impossible day. Read in place
    /// from the text's UTF-8 (a national store's read parses millions of dates).
    public init?(_ text: String) {
        var text = text
        guard let date = text.withUTF8(Self.init(utf8:)) else { return nil }
        self = date
    }

    /// Parses exactly `YYYY-MM-DD` from its UTF-8 bytes, as `init(_:)` does: a store's dates are
    /// read from the bytes SQLite holds, no text made of them.
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard let (y, m, d) = Self.numbers(bytes) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The year, month and day of `YYYY-MM-DD`, or nil.
    private static func numbers(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int, Int)? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
            return nil
        }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        return (y, m, d)
    }

    /// The days of `year`, 1 January to 31 December; nil for a year no date has (`validYears`).
    public static func days(of year: Int) -> ClosedRange<CivilDate>? {
        guard let first = CivilDate(year: year, month: 1, day: 1), let last = CivilDate(year: year, month: 12, day: 31)
        else { return nil }
        return first...last
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `YYYY-MM-DD`, written digit by digit into ten bytes (every year has four digits).
    public var description: String {
        String(unsafeUninitializedCapacity: 10) { bytes in
            func put(_ value: Int, digits: Int, endingAt end: Int) {
                var value = value
                for position in stride(from: end - 1, through: end - digits, by: -1) {
                    bytes[position] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
            }
            put(year, digits: 4, endingAt: 4)
            bytes[4] = UInt8(ascii: "-")
            put(month, digits: 2, endingAt: 7)
            bytes[7] = UInt8(ascii: "-")
            put(day, digits: 2, endingAt: 10)
            return 10
        }
    }

    /// The date as Chinese prose and official documents write it: 2026年11月21日.
    public var chinese: String { "\(year)年\(month)月\(day)日" }

    /// The date in running text: 2026年11月21日 in Chinese, 2026-11-21 in English (tables keep ISO).
    public func prose(_ language: Language) -> String { language == .zh ? chinese : description }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.packed < rhs.packed }

    /// Days since 1970-01-01 (negative before), by the civil-from-days algorithm.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthFromMarch = (month + 9) % 12
        let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date with the given day number, or nil outside years 1–9999.
    public init?(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let m = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        let y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0)
        self.init(year: y, month: m, day: d)
    }

    /// The date `days` later (earlier when negative); nil past the valid years.
    public func adding(days: Int) -> CivilDate? {
        CivilDate(dayNumber: dayNumber + days)
    }

    /// The same day-of-month `months` later, clamped to that month's last day (Civil Code Art. 202).
    ///
    /// Always add to the original date: Jan 31 + 2 months is Mar 31, not Jan 31 + 1 + 1 = Mar 28.
    public func adding(months: Int) -> CivilDate? {
        let index = year * 12 + (month - 1) + months
        let (y, m) = (index / 12, index % 12 + 1)
        guard Self.validYears.contains(y) else { return nil }
        return CivilDate(year: y, month: m, day: min(day, Self.daysIn(month: m, year: y)))
    }

    /// Days from `self` to `other` (positive when `other` is later).
    public func days(to other: CivilDate) -> Int {
        other.dayNumber - dayNumber
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        // 1970-01-01 was a Thursday (4).
        let offset = (dayNumber + 3) % 7
        return (offset < 0 ? offset + 7 : offset) + 1
    }
}
