import Foundation

/// Where the page builders put their pages: each page is handed on as bytes
/// the moment it is made, so that `render` writes it out at once instead of
/// holding the whole site (50,000 Markdown files make 400 MB of pages).
struct SitePages {
    private let emit: (String, Data) -> Void

    init(_ emit: @escaping (String, Data) -> Void) {
        self.emit = emit
    }

    func add(_ path: String, _ html: String) {
        emit(path, Data(html.utf8))
    }
}
