/// FNV-1a, 64-bit: a hash that is the same in every run and on every
/// machine (Swift's `Hasher` is seeded per process). History bucket names on
/// disk depend on it, so it must never change.
public enum FNV1a {
    public static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}
