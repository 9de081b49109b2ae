// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "AraKit",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "arakit", targets: ["arakit"]),
        .executable(name: "arakit-git", targets: ["arakit-git"]),
        .executable(name: "arakit-full", targets: ["arakit-full"]),
        .library(name: "AraCore", targets: ["AraCore"]),
        .library(name: "AraReview", targets: ["AraReview"]),
        .library(name: "AraGit", targets: ["AraGit"]),
        .library(name: "AraCapture", targets: ["AraCapture"]),
        .library(name: "AraPDF", targets: ["AraPDF"]),
        .library(name: "AraCompile", targets: ["AraCompile"]),
        .library(name: "AraRead", targets: ["AraRead"]),
        .library(name: "AraComplete", targets: ["AraComplete"]),
        .library(name: "AraPack", targets: ["AraPack"]),
        .library(name: "AraView", targets: ["AraView"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", exact: "0.12.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // cmark-gfm with its GFM extensions (tables). libcmark-gfm.pc already links
        // both libraries; the extensions have no .pc of their own.
        .systemLibrary(
            name: "CCMarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(
            name: "AraCore",
            dependencies: ["CCMarkGFM", "CLibC", "Yams"]
        ),
        // C library calls the Glibc module does not show (malloc.h, CPU affinity); a header only.
        .systemLibrary(name: "CLibC"),
        // libgit2 for reading history; AraKit never shells out to `git`.
        .systemLibrary(
            name: "CLibGit2",
            pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"])]
        ),
        .target(
            name: "AraGit",
            dependencies: ["CLibGit2"]
        ),
        .target(
            name: "AraCapture",
            dependencies: ["AraCore", "AraGit"]
        ),
        // poppler-glib (text, boxes, images) and cairo (rendering regions to PNG).
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev", "libcairo2-dev"])]
        ),
        .target(
            name: "AraPDF",
            dependencies: ["CPoppler"]
        ),
        .target(
            name: "AraCompile",
            dependencies: ["AraCore", "AraPDF", "AraGit", "AraCapture"]
        ),
        .target(
            name: "AraReview",
            dependencies: ["AraCore", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        // Progressive reading: targets resolved one step, for `read`, MCP and the web view.
        .target(
            name: "AraRead",
            dependencies: ["AraCore", "AraReview"]
        ),
        // Guarded completion: writes a field or a block only when review finds nothing new.
        .target(
            name: "AraComplete",
            dependencies: ["AraCore", "AraReview"]
        ),
        // Archives, digests, signatures: ZIPFoundation (chosen over libarchive by
        // measurement, SPEC.md §16) and swift-crypto's SHA-256 and Ed25519.
        .target(
            name: "AraPack",
            dependencies: [
                "AraCore", "AraReview", "ZIPFoundation", .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The bundle as a static site (HTML, Graphviz's SVG) and its live server.
        .target(
            name: "AraView",
            dependencies: ["AraCore", "AraReview", "AraRead", "CCMarkGFM", "CLibC"]
        ),
        // SQLite with FTS5 (Debian's libsqlite3-dev) for `arakit search`'s per-bundle indexes.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(
            name: "AraSearch",
            dependencies: ["AraCore", "CSQLite"]
        ),
        // The MCP server (`arakit mcp`) on the official Swift SDK.
        .target(
            name: "AraMCP",
            dependencies: [
                "AraComplete", "AraCore", "AraRead", "AraReview", "AraSearch",
                .product(name: "MCP", package: "swift-sdk"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The commands that read and check bundles, with the options, errors
        // and root text both executables share.
        .target(
            name: "AraCLI",
            dependencies: [
                "AraCore", "AraReview", "AraRead", "AraComplete", "AraPack", "AraSearch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The commands that read git history: capture, record, promote, hooks.
        .target(
            name: "AraCLIGit",
            dependencies: [
                "AraCLI", "AraCore", "AraGit", "AraCapture",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The commands that need poppler, cairo, Graphviz or the MCP SDK.
        .target(
            name: "AraCLITools",
            dependencies: [
                "AraCLI", "AraCore", "AraReview", "AraPDF", "AraCompile", "AraRead",
                "AraView", "AraSearch", "AraMCP",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `arakit`: starts fast, loading none of those libraries, and hands the
        // other commands to `arakit-full` beside it (SPEC.md §12.6).
        .executableTarget(
            name: "arakit",
            dependencies: ["AraCLI", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            linkerSettings: lightLinking
        ),
        // `arakit-git`: the git commands without poppler, cairo and the rest;
        // a post-commit hook starts it on every commit.
        .executableTarget(
            name: "arakit-git",
            dependencies: ["AraCLI", "AraCLIGit", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            linkerSettings: lightLinking
        ),
        .executableTarget(
            name: "arakit-full",
            dependencies: [
                "AraCLI", "AraCLIGit", "AraCLITools",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: startUpLinking
        ),
        // In-process timing harness for `make bench`; not installed for users.
        .executableTarget(
            name: "ara-bench",
            dependencies: ["AraCore"]
        ),
        // The fuzzed entry points, shared by `arakit-fuzz` (libFuzzer, `make fuzz`)
        // and the test that replays every committed regression input.
        .target(
            name: "AraFuzzTargets",
            dependencies: [
                "AraCore", "AraReview", "AraCompile", "AraPDF", "AraPack", "AraSearch", "AraView", "CSQLite",
            ]
        ),
        // Built with -DARAKIT_FUZZING it is a libFuzzer harness; otherwise it
        // replays input files (`arakit-fuzz TARGET FILE...`). Not installed for users.
        .executableTarget(
            name: "arakit-fuzz",
            dependencies: ["AraFuzzTargets"]
        ),
        // Scratch space, corpus lookup and fixture writing shared by the test targets.
        .target(
            name: "AraTestSupport",
            dependencies: ["AraCore"],
            path: "Tests/AraTestSupport"
        ),
        .testTarget(
            name: "AraCoreTests",
            dependencies: ["AraCore", "AraTestSupport", "CLibC", "Yams"]
        ),
        .testTarget(
            name: "AraGitTests",
            dependencies: ["AraGit", "AraTestSupport"]
        ),
        .testTarget(
            name: "AraCaptureTests",
            dependencies: ["AraCapture", "AraGit", "AraCore", "AraReview", "AraTestSupport"]
        ),
        .testTarget(
            name: "AraPDFTests",
            dependencies: ["AraPDF", "AraTestSupport"]
        ),
        .testTarget(
            name: "AraCompileTests",
            dependencies: ["AraCompile", "AraPDF", "AraCore", "AraReview", "AraTestSupport"]
        ),
        .testTarget(
            name: "AraReviewTests",
            dependencies: ["AraReview", "AraCore", "AraTestSupport"],
            // The reporters' golden files are read by path, not bundled.
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "AraCompleteTests",
            dependencies: ["AraComplete", "AraReview", "AraCore", "AraTestSupport"]
        ),
        .testTarget(
            name: "AraPackTests",
            dependencies: ["AraPack", "AraReview", "AraCore", "AraTestSupport", "ZIPFoundation"]
        ),
        .testTarget(
            name: "AraViewTests",
            dependencies: ["AraView", "AraCore", "AraTestSupport"]
        ),
        .testTarget(
            name: "AraSearchTests",
            dependencies: ["AraSearch", "AraTestSupport"]
        ),
        .testTarget(
            name: "AraMCPTests",
            dependencies: ["AraMCP", "AraSearch", "AraTestSupport", .product(name: "MCP", package: "swift-sdk")]
        ),
        .testTarget(
            name: "AraFuzzTests",
            dependencies: ["AraFuzzTargets", "AraTestSupport"]
        ),
        // End-to-end tests run the built `arakit` binary as a user would.
        .testTarget(
            name: "AraReadTests",
            dependencies: ["AraRead", "AraCore", "AraTestSupport"]
        ),
        .testTarget(
            name: "arakitTests",
            dependencies: ["arakit", "arakit-git", "arakit-full", "AraCLI", "AraTestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

/// The executables link with the toolchain's lld and pack their relative
/// relocations (DT_RELR, glibc 2.36+): the loader then reads 17 KB of
/// relocations instead of 2.1 MB, and `arakit --version` took 5.4 ms instead
/// of 7.1. The functions a start-up and a small review run are laid out
/// together (scripts/startup-order), so the pages a command touches hold
/// little else. No symbol is exported (the static Swift runtime asks for
/// all of ours): the loader then searches no table of ours for each symbol
/// it binds (SPEC.md §12.6).
var startUpLinking: [LinkerSetting] {
    #if os(Linux)
        [
            .unsafeFlags([
                "-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
                "-Xlinker", "--symbol-ordering-file=\(Context.packageDirectory)/scripts/startup-order.txt",
                "-Xlinker", "--no-warn-symbol-ordering", "-Xlinker", "--no-export-dynamic",
            ])
        ]
    #else
        []
    #endif
}

/// The light executables also link libstdc++ in from its archive, through
/// scripts/link/libstdc++.so: the loader maps one library less and searches
/// no C++ symbol table, and with the exports gone `arakit --version` peaks
/// at 9.3 MB instead of 12.7. `arakit-full` loads poppler, which brings the
/// shared libstdc++ anyway, so it keeps that one copy.
var lightLinking: [LinkerSetting] {
    #if os(Linux)
        startUpLinking + [.unsafeFlags(["-L\(Context.packageDirectory)/scripts/link"])]
    #else
        startUpLinking
    #endif
}

// Each function in a section of its own, so the linker can lay out the
// start-up functions together (startUpLinking).
#if os(Linux)
    for target in package.targets where target.type != .system {
        target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-Xfrontend", "-function-sections"])]
    }
#endif
