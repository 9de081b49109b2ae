/// Type sizes, counted: the size most of some text is set in.
struct TypeSizeCount {
    private var weights: [Double: Int] = [:]

    /// Counts `weight` characters (or pages) set at `size`, to the half point.
    mutating func add(_ size: Double, weight: Int = 1) {
        weights[(size * 2).rounded() / 2, default: 0] += weight
    }

    /// The size with the most weight; on a tie the smaller, so the answer
    /// never depends on dictionary order. Nil when nothing was counted.
    var dominant: Double? {
        weights.max { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key }?.key
    }
}
