import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The process a leftover file or folder names (`NAME-PID-…`,
/// `.NAME.arakit-PID-…`): a writer killed by a signal, SIGKILL included,
/// leaves its temporary entries, and the next writer removes those whose
/// process is gone, never a live one's.
public enum OwnerProcess {
    /// Whether the process whose id starts `rest` is gone. An id that does not
    /// parse, or a process this user may not signal, counts as alive.
    public static func isGone(_ rest: Substring) -> Bool {
        guard let pid = pid_t(rest.prefix { $0.isNumber }), pid > 0 else { return false }
        return kill(pid, 0) == -1 && errno == ESRCH
    }
}
