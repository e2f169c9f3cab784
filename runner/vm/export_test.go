package vm

// CompactByteAccess switches off, for a test comparing the two, the
// single-byte accesses kept without a raceShadow (raceByte).
var CompactByteAccess = &compactByteAccess
