using System.Runtime.Versioning;

// Rampart keeps secrets in owner-only files (Unix modes); it runs on Linux and macOS, not on Windows.
[assembly: UnsupportedOSPlatform("windows")]
