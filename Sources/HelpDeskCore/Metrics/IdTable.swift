/// A hash table from the floor's short ids (call ids, agent ids) to
/// values, for the KPI folds' per-event lookups.
///
/// `Dictionary` hashes a key with seeded SipHash, and for an id of a few
/// bytes that costs more than everything else a fold does with the event: a
/// wallboard's start-up looks up a hundred thousand of them. Here a key is
/// hashed with FNV-1a and found by linear probing: a lookup took half the
/// time in a trial beside `Dictionary`, and the wallboard's day refold went
/// from 16 to 15 ms (`helpdesk-bench wallboard`). The ids come from the
/// floor's own commands, not from callers, so nobody picks keys to collide;
/// if they did, lookups would slow down, never go wrong.
struct IdTable<Value: Sendable>: Sendable {
    // Three parallel arrays, a power of two long and at most half full, so a
    // probe run stays short. A probe reads only `hashes` (plain integers, no
    // reference counting) until a hash matches; 0 marks an empty slot.
    private var hashes = [Int](repeating: 0, count: 16)
    private var keys = [String](repeating: "", count: 16)
    private var values = [Value?](repeating: nil, count: 16)
    private(set) var count = 0

    init() {}

    subscript(key: String) -> Value? {
        guard let i = index(of: key, hash: Self.hash(key)) else { return nil }
        return values[i]
    }

    /// Adds the value under `key`, or replaces the one there.
    mutating func set(_ value: Value, for key: String) {
        let hash = Self.hash(key)
        if let i = index(of: key, hash: hash) {
            values[i] = value
            return
        }
        if (count + 1) * 2 > hashes.count { grow() }
        place(key, hash: hash, value: value)
        count += 1
    }

    /// Takes the value out; later slots of the same probe run shift back into
    /// the hole, so lookups never need tombstones.
    @discardableResult
    mutating func removeValue(forKey key: String) -> Value? {
        guard var hole = index(of: key, hash: Self.hash(key)) else { return nil }
        let removed = values[hole]
        clear(hole)
        count -= 1
        let mask = hashes.count - 1
        var next = (hole + 1) & mask
        while hashes[next] != 0 {
            let home = hashes[next] & mask
            // The slot may move into the hole unless its home lies cyclically in (hole, next].
            let staysPut = hole <= next ? (hole < home && home <= next) : (hole < home || home <= next)
            if !staysPut {
                (hashes[hole], keys[hole], values[hole]) = (hashes[next], keys[next], values[next])
                clear(next)
                hole = next
            }
            next = (next + 1) & mask
        }
        return removed
    }

    /// Every value, in no particular order.
    var allValues: [Value] { values.compactMap { $0 } }

    /// The same keys with transformed values.
    func mapValues<T: Sendable>(_ transform: (Value) -> T) -> IdTable<T> {
        var table = IdTable<T>()
        for i in hashes.indices where hashes[i] != 0 { table.set(transform(values[i]!), for: keys[i]) }
        return table
    }

    private func index(of key: String, hash: Int) -> Int? {
        let mask = hashes.count - 1
        var i = hash & mask
        while hashes[i] != 0 {
            if hashes[i] == hash && keys[i] == key { return i }
            i = (i + 1) & mask
        }
        return nil
    }

    private mutating func place(_ key: String, hash: Int, value: Value?) {
        let mask = hashes.count - 1
        var i = hash & mask
        while hashes[i] != 0 { i = (i + 1) & mask }
        (hashes[i], keys[i], values[i]) = (hash, key, value)
    }

    private mutating func clear(_ i: Int) {
        (hashes[i], keys[i], values[i]) = (0, "", nil)
    }

    private mutating func grow() {
        let (oldHashes, oldKeys, oldValues) = (hashes, keys, values)
        let size = oldHashes.count * 2
        (hashes, keys, values) = ([Int](repeating: 0, count: size), [String](repeating: "", count: size),
                                  [Value?](repeating: nil, count: size))
        for i in oldHashes.indices where oldHashes[i] != 0 { place(oldKeys[i], hash: oldHashes[i], value: oldValues[i]) }
    }

    /// FNV-1a over the UTF-8 bytes, with the high bits folded down so the
    /// low bits that pick a slot depend on every byte.
    ///
    /// The bytes are read from contiguous storage: walking a `UTF8View` byte
    /// by byte cost more than the rest of the lookup.
    private static func hash(_ key: String) -> Int {
        func fnv(_ bytes: some Sequence<UInt8>) -> Int {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
            let folded = Int(truncatingIfNeeded: h ^ (h >> 32))
            return folded == 0 ? 1 : folded  // 0 marks an empty slot
        }
        return key.utf8.withContiguousStorageIfAvailable { fnv($0) } ?? fnv(key.utf8)
    }
}
