import AraCore
import Foundation

/// The findings of one bundle.
public struct BundleReview: Sendable {
    public var root: URL
    /// Sorted by path, line, column and code.
    public var findings: [Finding]
    /// The model the findings were computed on; fixes compare against it.
    /// Empty in reviews of several bundles, so memory stays bounded.
    public internal(set) var bundle: AraBundle
}

/// Runs the pipeline: read → rules → findings, filtered by the selection and
/// the bundle's `arakit.toml`.
public struct Reviewer: Sendable {
    /// Replaces the configuration's `select` when set (the CLI's `--select`).
    public var select: [String]?
    /// Added to the configuration's `ignore` (the CLI's `--ignore`).
    public var ignore: [String]
    public var limits: ReadLimits

    public init(select: [String]? = nil, ignore: [String] = [], limits: ReadLimits = .default) {
        self.select = select
        self.ignore = ignore
        self.limits = limits
    }

    /// Reviews one bundle. `overrides` replaces file texts (fixes are checked this way before writing).
    public func review(at root: URL, overrides: [String: String] = [:]) throws(ReviewError) -> BundleReview {
        let result: ReadResult
        let fileSystem: BundleFileSystem
        do {
            fileSystem = try BundleFileSystem(root: root, limits: limits)
            result = try BundleReader(limits: limits).read(at: root, overrides: overrides)
        } catch {
            throw .read(error)
        }
        return try review(result, fileSystem: fileSystem, root: root, overrides: overrides)
    }

    /// Reviews a bundle already read (`arakit render` reads once for its pages and the review).
    public func review(
        _ result: ReadResult, fileSystem: BundleFileSystem, root: URL, overrides: [String: String] = [:]
    ) throws(ReviewError) -> BundleReview {
        let configuration = try ReviewConfiguration.load(from: root)
        let selection = RuleSelection(
            select: select ?? configuration.select ?? ["ALL"], ignore: configuration.ignore + ignore)
        let context = ReviewContext(
            result: result, fileSystem: fileSystem, overrides: overrides, pivotKeys: configuration.pivotKeys)
        var findings = result.diagnostics.map(RuleRegistry.finding)
        // Rules only read the context, so they run on every core; their
        // findings join in registry order, as when they ran one by one.
        let rules = RuleRegistry.rules.filter { selection.isEnabled($0.description.code) }
        let workload = { (rule: any Rule) in rule.workload.rawValue }
        findings += ParallelMap.map(rules, longestFirst: workload) { $0.check(context) }.flatMap { $0 }
        // Each code's selection is worked out once, not once per finding.
        var enabled: [String: Bool] = [:]
        findings = findings.filter { finding in
            let isEnabled = enabled[finding.code] ?? selection.isEnabled(finding.code)
            enabled[finding.code] = isEnabled
            return isEnabled && !configuration.ignores(finding.code, at: finding.location.path)
        }
        findings.sort(by: Finding.ordered)
        return BundleReview(root: root, findings: findings, bundle: result.bundle)
    }

    /// Reviews several bundles in parallel, in the order given. Without
    /// `keepingFixEdits` a fix keeps its summary but not its edits, so the
    /// findings of many bundles stay small.
    public func review(_ roots: [URL], keepingFixEdits: Bool = true) -> [Result<BundleReview, ReviewError>] {
        ParallelMap.map(roots) { root in
            do throws(ReviewError) {
                var result = try review(at: root)
                result.bundle = AraBundle()
                if !keepingFixEdits {
                    for index in result.findings.indices { result.findings[index].fix?.edits = [] }
                }
                return .success(result)
            } catch {
                return .failure(error)
            }
        }
    }
}
