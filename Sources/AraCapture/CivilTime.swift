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
    public var date: String { "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))" }

    /// `YYYY-MM-DDTHH:MM:SS+HH:MM`.
    public var iso8601: String {
        let sign = offsetMinutes < 0 ? "-" : "+"
        let offset = abs(offsetMinutes)
        return
            "\(date)T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))\(sign)\(pad(offset / 60, 2)):\(pad(offset % 60, 2))"
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
