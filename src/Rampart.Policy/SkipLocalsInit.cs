// Evaluation renders policy variables into stack buffers that are always written before they are read; skipping the
// runtime's zeroing of those buffers keeps the fast path fast.
[module: System.Runtime.CompilerServices.SkipLocalsInit]
