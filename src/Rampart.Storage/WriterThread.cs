using System.Runtime.InteropServices;

namespace Rampart.Storage;

/// <summary>
/// Starts the background threads that write what requests produce (the store's commits, the audit trail), each on
/// a thread of its own so that their blocking calls never hold one of the thread pool's few threads. Where the
/// operating system allows it (Linux, with the right to raise priorities) they also run ahead of request threads:
/// a writer that falls behind fills its queue and then every request waits for room, so on a saturated machine an
/// equal share of the CPU is not enough for it.
/// </summary>
public static partial class WriterThread
{
    private const int PrioProcess = 0;
    private const int RaisedNice = -5;

    public static void Start(string name, Action run) =>
        new Thread(() =>
        {
            TryRaisePriority();
            run();
        })
        { IsBackground = true, Name = name }.Start();

    private static void TryRaisePriority()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        try
        {
            // Refused (EPERM or EACCES) without CAP_SYS_NICE; the writer then shares the CPU equally, which is correct, only slower.
            _ = SetPriority(PrioProcess, GetThreadId(), RaisedNice);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
        }
    }

    [LibraryImport("libc", EntryPoint = "setpriority")]
    private static partial int SetPriority(int which, int who, int priority);

    [LibraryImport("libc", EntryPoint = "gettid")]
    private static partial int GetThreadId();
}
