import AraCLI
import AraCore
import AraView
import ArgumentParser
import Foundation

package struct RenderCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a bundle as a static, self-contained web site.",
        discussion: """
            Writes an overview, a page per claim with its proof chain down to the \
            cited table cells, the logic layer, evidence tables, sessions, staging and \
            the exploration graph laid out by Graphviz (`dot` must be on PATH). The \
            pages open from the file system: no network, no outside scripts or fonts.

            Examples:
              arakit render my-paper --out site
              arakit render my-paper --out site --force   # replace an earlier site
              xdg-open site/index.html

            Exit status: 0 written, 2 usage, read or write error.
            """
    )

    @Argument(help: "The bundle directory (the folder that holds PAPER.md).", completion: .directory)
    var bundle: String

    @Option(help: ArgumentHelp("The directory to write the site into.", valueName: "dir"), completion: .directory)
    var out: String

    @Flag(help: "Replace the output directory when it already holds files.")
    var force = false

    package init() {}

    package func run() throws {
        let root = URL(fileURLWithPath: bundle)
        let output = URL(fileURLWithPath: out)
        if BundleFileSystem.isInside(output, root: root) {
            throw CLIError(ViewError.outputInsideBundle(path: out).description)
        }
        do {
            let started = Date()
            let renderer = SiteRenderer(graphviz: try Graphviz.locate())
            // Each file is written as it is made: a large site is never held whole.
            let site = try SiteDirectory(output, replacing: force)
            defer { site.abandon() }
            let outcome = try renderer.render(bundleAt: root) { path, data in site.add(path, data) }
            try site.commit()
            for note in outcome.notes { StandardError.write("render: " + note) }
            let elapsed = String(format: "%.2f", Date().timeIntervalSince(started))
            StandardError.write("rendered \(site.count) files into \(out) in \(elapsed) s")
            print(output.appendingPathComponent("index.html").path)
        } catch {
            throw CLIError(error.description)
        }
    }
}
