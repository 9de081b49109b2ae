import AraFuzzTargets
import Foundation

#if ARAKIT_FUZZING
    /// The target this process fuzzes, from `ARAKIT_FUZZ_TARGET` (libFuzzer
    /// owns the command line, so the choice comes from the environment).
    let fuzzTarget: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["ARAKIT_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("set ARAKIT_FUZZ_TARGET to one of: \(names)\n".utf8))
            exit(2)
        }
        return target
    }()

    @_cdecl("LLVMFuzzerInitialize")
    public func fuzzerInitialize(
        _ argc: UnsafeMutablePointer<Int32>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
    ) -> Int32 {
        _ = fuzzTarget
        atexit { FuzzTarget.removeScratch() }
        return 0
    }

    /// libFuzzer's driver (compiler-rt's FuzzerInterface.h): parses the
    /// libFuzzer flags and calls `callback` with each input.
    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
    ) -> Int32

    /// The process entry. SwiftPM links every executable with `main` defined
    /// as `<module>_main`, so libFuzzer's own `main` cannot be used: this one
    /// hands the command line to libFuzzer's driver instead.
    @_cdecl("arakit_fuzz_main")
    public func fuzzMain(
        _ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
    ) -> Int32 {
        var count = argc
        var arguments = argv
        return runFuzzerDriver(&count, &arguments, fuzzerTestOneInput)
    }

    /// libFuzzer's entry: one input. A broken invariant stops the process so
    /// libFuzzer saves the input as a crash.
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzerTestOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
        let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
        do {
            try fuzzTarget.run(data)
        } catch {
            fatalError("arakit-fuzz \(fuzzTarget.rawValue): \(error)")
        }
        return 0
    }
#else
    /// Without libFuzzer: `arakit-fuzz TARGET FILE...` runs each file through
    /// the target once, as the fuzzer would, to reproduce a finding.
    @main
    enum ReplayMain {
        static func main() {
            let arguments = CommandLine.arguments.dropFirst()
            guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
                let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
                FileHandle.standardError.write(Data("usage: arakit-fuzz \(names) FILE...\n".utf8))
                exit(2)
            }
            var failures = 0
            for path in arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else {
                    print("\(path): cannot read")
                    failures += 1
                    continue
                }
                do {
                    try target.run(data)
                    print("\(path): ok")
                } catch {
                    print("\(path): \(error)")
                    failures += 1
                }
            }
            FuzzTarget.removeScratch()
            if failures > 0 { exit(1) }
        }
    }
#endif
