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
    private struct Slot: Sendable {
        /// 0 marks an empty slot (`hash` never returns 0).
        var hash = 0
        var key = ""
        var value: Value?
    }

    // A power of two long and at most half full, so a probe run stays short.
    // A probe compares hashes (plain integers) until one matches.
    private var slots = [Slot](repeating: Slot(), count: 16)
    private(set) var count = 0

    init() {}

    subscript(key: String) -> Value? {
        guard let i = index(of: key, hash: Self.hash(key)) else { return nil }
        return slots[i].value
    }

    /// Adds the value under `key`, or replaces the one there.
    mutating func set(_ value: Value, for key: String) {
        let hash = Self.hash(key)
        if let i = index(of: key, hash: hash) {
            slots[i].value = value
            return
        }
        if (count + 1) * 2 > slots.count { grow() }
        place(Slot(hash: hash, key: key, value: value))
        count += 1
    }

    /// Takes the value out; later slots of the same probe run shift back into
    /// the hole, so lookups never need tombstones.
    @discardableResult
    mutating func removeValue(forKey key: String) -> Value? {
        guard var hole = index(of: key, hash: Self.hash(key)) else { return nil }
        let removed = slots[hole].value
        slots[hole] = Slot()
        count -= 1
        let mask = slots.count - 1
        var next = (hole + 1) & mask
        while slots[next].hash != 0 {
            let home = slots[next].hash & mask
            // The slot may move into the hole unless its home lies cyclically in (hole, next].
            let staysPut = hole <= next ? (hole < home && home <= next) : (hole < home || home <= next)
            if !staysPut {
                slots.swapAt(hole, next)
                hole = next
            }
            next = (next + 1) & mask
        }
        return removed
    }

    /// Every value, in no particular order.
    var allValues: [Value] { slots.compactMap(\.value) }

    /// The same keys with transformed values.
    func mapValues<T: Sendable>(_ transform: (Value) -> T) -> IdTable<T> {
        var table = IdTable<T>()
        for slot in slots where slot.hash != 0 { table.set(transform(slot.value!), for: slot.key) }
        return table
    }

    private func index(of key: String, hash: Int) -> Int? {
        let mask = slots.count - 1
        var i = hash & mask
        while slots[i].hash != 0 {
            if slots[i].hash == hash && slots[i].key == key { return i }
            i = (i + 1) & mask
        }
        return nil
    }

    private mutating func place(_ slot: Slot) {
        let mask = slots.count - 1
        var i = slot.hash & mask
        while slots[i].hash != 0 { i = (i + 1) & mask }
        slots[i] = slot
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        for slot in old where slot.hash != 0 { place(slot) }
    }

    /// FNV-1a over the UTF-8 bytes, with the high bits folded down so the
    /// low bits that pick a slot depend on every byte.
    ///
    /// The bytes are read from contiguous storage: walking a `UTF8View` byte
    /// by byte cost more than the rest of the lookup.
    private static func hash(_ key: String) -> Int {
        let h = key.utf8.withContiguousStorageIfAvailable { FNV1a.hash($0) } ?? FNV1a.hash(key.utf8)
        let folded = Int(truncatingIfNeeded: h ^ (h >> 32))
        return folded == 0 ? 1 : folded  // 0 marks an empty slot
    }
}
