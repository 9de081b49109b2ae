/// The object a file name names: `table3_x.md` → `table 3`, `figure4_y.md` → `figure 4`.
enum FileObject {
    static func name(_ path: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        for (prefix, kind) in [("table", "table"), ("figure", "figure"), ("fig", "figure")] where name.hasPrefix(prefix)
        {
            if let number = Int(name.dropFirst(prefix.count).prefix(while: \.isNumber)) { return "\(kind) \(number)" }
        }
        return nil
    }
}
