namespace JThreading;

/// <summary>
/// Reports a failure inside JThread's own machinery on standard error, where nothing may be thrown: a dying thread,
/// the shutdown path. Never throws.
/// </summary>
internal static class InternalError
{
    internal static void Report(string what, Exception exception)
    {
        try
        {
            Console.Error.WriteLine($"JThread: {what}: {exception}");
        }
        catch (Exception)
        {
            // Standard error is gone too; there is nowhere left to report to.
        }
    }
}
