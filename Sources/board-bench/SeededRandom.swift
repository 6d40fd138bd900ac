/// A random number generator that gives the same sequence for the same seed (SplitMix64), so
/// that two runs of the benchmark generate byte-identical boards and compare.
struct SeededRandom: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }

  /// A whole number in `range`.
  mutating func int(_ range: ClosedRange<Int>) -> Int {
    Int.random(in: range, using: &self)
  }

  /// True with probability `percent` / 100.
  mutating func chance(_ percent: Int) -> Bool {
    int(0...99) < percent
  }

  mutating func pick<T>(_ items: [T]) -> T {
    items[int(0...(items.count - 1))]
  }

  /// `count` different items, in the order drawn.
  mutating func pick<T>(_ count: Int, of items: [T]) -> [T] {
    var indices = Array(items.indices)
    var picked: [T] = []
    for _ in 0..<min(count, items.count) {
      let index = int(0...(indices.count - 1))
      picked.append(items[indices.remove(at: index)])
    }
    return picked
  }
}
