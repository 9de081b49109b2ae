import CPoppler
import Foundation

/// An open PDF. Pages are opened one at a time with ``page(_:)`` and released
/// when their ``PDFPage`` goes away, so memory stays flat on long documents.
public final class PDFDocument {
    /// The path the document was opened from, as the user gave it.
    public let path: String
    /// The file, for opening a second copy on another thread.
    public let url: URL
    /// Number of pages.
    public let pageCount: Int
    private let handle: OpaquePointer

    /// Opens the PDF at `url`.
    ///
    /// - Throws: ``PDFError`` when the file is missing, is not a PDF, is
    ///   encrypted, or poppler cannot parse it.
    public init(url: URL, displayPath: String? = nil) throws(PDFError) {
        let path = displayPath ?? url.path
        self.path = path
        self.url = url
        guard let file = FileHandle(forReadingAtPath: url.path) else {
            throw PDFError(.unreadable, path: path, message: "cannot open the file; check the path")
        }
        // poppler accepts many broken inputs silently; a missing header is the
        // clearest sign the user passed the wrong file, so say so first.
        let head = (try? file.read(upToCount: 1024)) ?? Data()
        try? file.close()
        guard head.range(of: Data("%PDF-".utf8)) != nil else {
            throw PDFError(.notPDF, path: path, message: "not a PDF (no %PDF- header)")
        }
        var error: UnsafeMutablePointer<GError>?
        let uri = url.standardizedFileURL.absoluteString
        guard let document = poppler_document_new_from_file(uri, nil, &error) else {
            let code = error?.pointee.code ?? -1
            let message = error?.pointee.message.map { String(cString: $0) } ?? "unknown error"
            arakit_error_free(error)
            if code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
                throw PDFError(
                    .encrypted, path: path, message: "the PDF is encrypted; decrypt it first (qpdf --decrypt)")
            }
            throw PDFError(.damaged, path: path, message: "poppler cannot read it: \(message)")
        }
        let pages = Int(poppler_document_get_n_pages(document))
        // Checked before `handle` is set: once it is, deinit owns the release.
        guard pages > 0 else {
            arakit_object_unref(UnsafeMutableRawPointer(document))
            throw PDFError(.damaged, path: path, message: "the PDF has no pages (truncated?)")
        }
        handle = document
        pageCount = pages
    }

    deinit {
        arakit_object_unref(UnsafeMutableRawPointer(handle))
    }

    /// The Info dictionary's text fields.
    public var metadata: PDFMetadata {
        PDFMetadata(
            title: Self.take(poppler_document_get_title(handle)),
            author: Self.take(poppler_document_get_author(handle)),
            subject: Self.take(poppler_document_get_subject(handle)),
            keywords: Self.take(poppler_document_get_keywords(handle)),
            creator: Self.take(poppler_document_get_creator(handle)),
            producer: Self.take(poppler_document_get_producer(handle)))
    }

    /// Opens page `number` (1-based).
    public func page(_ number: Int) throws(PDFError) -> PDFPage {
        guard number >= 1, number <= pageCount,
            let page = poppler_document_get_page(handle, Int32(number - 1))
        else {
            throw PDFError(.damaged, path: path, page: number, message: "the page cannot be read")
        }
        return PDFPage(handle: page, number: number, documentPath: path, owner: self)
    }

    /// Converts and frees a GLib string; empty strings read as absent.
    static func take(_ string: UnsafeMutablePointer<gchar>?) -> String? {
        guard let string else { return nil }
        defer { g_free(string) }
        let value = String(cString: string).trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }
}
