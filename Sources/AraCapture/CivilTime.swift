/// Calendar dates and ISO 8601 times from epoch seconds and a UTC offset,
/// computed directly (days-from-civil), so ten thousand commits cost nothing
/// and the result never depends on the machine's time zone.
public struct CivilTime: Hashable, Sendable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int
    public var offsetMinutes: Int

    public init(epoch: Int64, offsetMinutes: Int) {
        let local = epoch + Int64(offsetMinutes) * 60
        let days = Int(local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
        let seconds = Int(local - Int64(days) * 86_400)
        hour = seconds / 3600
        minute = seconds % 3600 / 60
        second = seconds % 60
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.offsetMinutes = offsetMinutes
    }

    /// `YYYY-MM-DD`.
    public var date: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(10)
        appendDate(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `YYYY-MM-DDTHH:MM:SS+HH:MM`.
    public var iso8601: String {
        let offset = abs(offsetMinutes)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(25)
        appendDate(to: &bytes)
        bytes.append(UInt8(ascii: "T"))
        Self.append(hour, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        Self.append(minute, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        Self.append(second, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: offsetMinutes < 0 ? "-" : "+"))
        Self.append(offset / 60, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        Self.append(offset % 60, width: 2, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private func appendDate(to bytes: inout [UInt8]) {
        Self.append(year, width: 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        Self.append(month, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        Self.append(day, width: 2, to: &bytes)
    }

    /// `value` in decimal, zeros in front up to `width` characters (a minus
    /// sign counts as one, as it did when this padded `String(value)`).
    /// Bytes, not string interpolation: every commit is stamped three times,
    /// and interpolating was a tenth of capturing a long history.
    static func append(_ value: Int, width: Int, to bytes: inout [UInt8]) {
        var rest = value.magnitude
        var power: UInt = 1
        var count = value < 0 ? 2 : 1
        while rest / power >= 10 {
            power *= 10
            count += 1
        }
        for _ in count..<max(width, count) { bytes.append(UInt8(ascii: "0")) }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        while power > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / power))
            rest %= power
            power /= 10
        }
    }
}
