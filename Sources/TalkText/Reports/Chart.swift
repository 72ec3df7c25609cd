import TalkModel

/// A small chart drawn as inline SVG, so a report needs no script and no network.
public struct Chart {
    public enum Kind {
        /// One horizontal bar per label, each split into segments (covered and uncovered, on time
        /// and late…); the segments' colours are named in a legend.
        case stackedBars(rows: [(label: String, values: [Int])], series: [String])
        /// Columns per period (months), stacked by series.
        case columns(periods: [String], values: [[Int]], series: [String])
    }

    public let title: String
    public let kind: Kind

    /// Colours that print distinctly in grey as well: dark, light, striking, neutral.
    static let palette = ["#2f5d8a", "#9cc3e4", "#c0392b", "#e0a526", "#7f8c8d"]

    public func svg() -> String {
        switch kind {
        case .stackedBars(let rows, let series): stackedBars(rows, series)
        case .columns(let periods, let values, let series): columns(periods, values, series)
        }
    }

    private func legend(_ series: [String], y: Int) -> String {
        var out = ""
        var x = 0
        for (i, name) in series.enumerated() {
            out +=
                "<rect x=\"\(x)\" y=\"\(y)\" width=\"10\" height=\"10\" fill=\"\(Self.palette[i % Self.palette.count])\"/>"
            out += "<text x=\"\(x + 14)\" y=\"\(y + 9)\" font-size=\"10\">\(escape(name))</text>"
            x += 24 + DisplayWidth.of(name) * 6
        }
        return out + "\n"
    }

    private func stackedBars(_ rows: [(label: String, values: [Int])], _ series: [String]) -> String {
        let labelWidth = min(200, (rows.map { DisplayWidth.of($0.label) }.max() ?? 4) * 6 + 8)
        let barWidth = 600 - labelWidth - 60
        let height = rows.count * 22 + 30
        var out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 600 \(height)\" width=\"600\" height=\"\(height)\" role=\"img\">\n"
        for (r, row) in rows.enumerated() {
            let y = r * 22
            let total = row.values.reduce(0, +)
            out +=
                "<text x=\"\(labelWidth - 6)\" y=\"\(y + 14)\" font-size=\"10\" text-anchor=\"end\">\(escape(row.label))</text>"
            var x = Double(labelWidth)
            for (i, value) in row.values.enumerated() where value > 0 {
                let width = Double(barWidth) * Double(value) / Double(max(total, 1))
                out +=
                    "<rect x=\"\(format(x))\" y=\"\(y + 3)\" width=\"\(format(width))\" height=\"15\" fill=\"\(Self.palette[i % Self.palette.count])\"/>"
                x += width
            }
            if total == 0 {
                out +=
                    "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(barWidth)\" height=\"15\" fill=\"none\" stroke=\"#bbb\"/>"
            }
            out +=
                "<text x=\"\(labelWidth + barWidth + 6)\" y=\"\(y + 14)\" font-size=\"10\">\(row.values.map(String.init).joined(separator: "/"))</text>\n"
        }
        return out + legend(series, y: rows.count * 22 + 10) + "</svg>\n"
    }

    private func columns(_ periods: [String], _ values: [[Int]], _ series: [String]) -> String {
        let top = max(1, values.map { $0.reduce(0, +) }.max() ?? 1)
        let plotHeight = 140
        let step = 560 / max(periods.count, 1)
        var out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 600 200\" width=\"600\" height=\"200\" role=\"img\">\n"
        out += "<line x1=\"30\" y1=\"\(plotHeight + 10)\" x2=\"590\" y2=\"\(plotHeight + 10)\" stroke=\"#555\"/>\n"
        out += "<text x=\"26\" y=\"18\" font-size=\"9\" text-anchor=\"end\">\(top)</text>"
        out += "<text x=\"26\" y=\"\(plotHeight + 10)\" font-size=\"9\" text-anchor=\"end\">0</text>\n"
        for (p, period) in periods.enumerated() {
            let x = 30 + p * step + step / 5
            var base = Double(plotHeight + 10)
            for (i, value) in values[p].enumerated() where value > 0 {
                let height = Double(plotHeight) * Double(value) / Double(top)
                base -= height
                out +=
                    "<rect x=\"\(x)\" y=\"\(format(base))\" width=\"\(step * 3 / 5)\" height=\"\(format(height))\" fill=\"\(Self.palette[i % Self.palette.count])\"/>"
            }
            let total = values[p].reduce(0, +)
            if total > 0 {
                out +=
                    "<text x=\"\(x + step * 3 / 10)\" y=\"\(format(base - 3))\" font-size=\"9\" text-anchor=\"middle\">\(total)</text>"
            }
            out +=
                "<text x=\"\(x + step * 3 / 10)\" y=\"\(plotHeight + 24)\" font-size=\"9\" text-anchor=\"middle\">\(escape(period))</text>\n"
        }
        return out + legend(series, y: plotHeight + 34) + "</svg>\n"
    }

    /// The figures the chart draws as a table (a label column, one column per series), for
    /// renderings that draw no pictures: Word documents.
    public var table: (headers: [String], rows: [[String]]) {
        switch kind {
        case .stackedBars(let rows, let series):
            ([""] + series, rows.map { [$0.label] + $0.values.map(String.init) })
        case .columns(let periods, let values, let series):
            ([""] + series, zip(periods, values).map { [$0] + $1.map(String.init) })
        }
    }

    /// Numbers with at most one decimal, the same on every machine.
    private func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }
}
