namespace JThreading;

/// <summary>
/// Text of user objects for paths that promise to run no user code that can fail them (the uncaught-exception
/// dispatch, <see cref="JThread.Interrupt"/>, events, reports): an exception's <see cref="Exception.Message"/> and
/// <see cref="Exception.ToString"/> are user code, and may throw.
/// </summary>
internal static class SafeText
{
    /// <summary>The exception's type name, never <see langword="null"/>, never throws.</summary>
    internal static string TypeName(Exception exception)
    {
        var type = exception.GetType();
        return type.FullName ?? type.Name;
    }

    /// <summary><see cref="Exception.Message"/>, or a note saying that it threw; never throws.</summary>
    internal static string Message(Exception exception)
    {
        try
        {
            return exception.Message ?? string.Empty;
        }
        catch (Exception failure)
        {
            return $"<{TypeName(exception)}.Message threw {TypeName(failure)}>";
        }
    }

    /// <summary><see cref="Exception.ToString"/>, or the type name with a note saying that it threw; never throws.</summary>
    internal static string Describe(Exception exception)
    {
        try
        {
            return exception.ToString() ?? TypeName(exception);
        }
        catch (Exception failure)
        {
            return $"{TypeName(exception)} <its ToString threw {TypeName(failure)}>";
        }
    }
}
