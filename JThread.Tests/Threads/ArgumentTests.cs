namespace JThreading.Tests.Threads;

/// <summary>Bad input: the exception type Java's mapping gives, and Java's message where Java has one.</summary>
public sealed class ArgumentTests
{
    private const string TimeoutNegative = "timeout value is negative";
    private const string NanosOutOfRange = "nanosecond timeout value out of range";

    [Theory]
    [InlineData(-1L, 0)]
    [InlineData(long.MinValue, 0)]
    [InlineData(-1L, -1)]
    [InlineData(-1L, 1_000_000)]
    public void Sleep_NegativeMillis_ThrowsTimeoutValueIsNegative(long millis, int nanos)
    {
        AssertOutOfRange(TimeoutNegative, () => JThread.Sleep(millis, nanos));
        if (nanos == 0)
        {
            AssertOutOfRange(TimeoutNegative, () => JThread.Sleep(millis));
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1_000_000)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void Sleep_NanosOutOfRange_ThrowsNanosecondTimeoutValueOutOfRange(int nanos) =>
        AssertOutOfRange(NanosOutOfRange, () => JThread.Sleep(0, nanos));

    [Theory]
    [InlineData(false, -1L, 0)]
    [InlineData(false, long.MinValue, 0)]
    [InlineData(false, -1L, -1)]
    [InlineData(true, -1L, 0)]
    public void Join_NegativeMillis_ThrowsTimeoutValueIsNegative(bool started, long millis, int nanos)
    {
        using var target = new BlockedThread();
        var thread = started ? target.Thread : new JThread(() => { });

        AssertOutOfRange(TimeoutNegative, () => thread.Join(millis, nanos));
        if (nanos == 0)
        {
            AssertOutOfRange(TimeoutNegative, () => thread.Join(millis));
        }
    }

    [Theory]
    [InlineData(false, -1)]
    [InlineData(false, 1_000_000)]
    [InlineData(false, int.MaxValue)]
    [InlineData(true, -1)]
    [InlineData(true, 1_000_000)]
    public void Join_NanosOutOfRange_ThrowsNanosecondTimeoutValueOutOfRange(bool started, int nanos)
    {
        using var target = new BlockedThread();
        var thread = started ? target.Thread : new JThread(() => { });

        AssertOutOfRange(NanosOutOfRange, () => thread.Join(0, nanos));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void SetPriority_OutsideOneToTen_ThrowsAndKeepsPriority(int priority)
    {
        var thread = new JThread(() => { });
        thread.SetPriority(4);

        Assert.Throws<ArgumentOutOfRangeException>(() => thread.SetPriority(priority));
        Assert.Equal(4, thread.GetPriority());
    }

    [Theory]
    [InlineData("JThread(string)")]
    [InlineData("JThread(Action, string)")]
    [InlineData("JThread(JThreadGroup, string)")]
    [InlineData("JThread(JThreadGroup, Action, string, ...)")]
    public void Constructor_NullName_ThrowsArgumentNull(string constructor)
    {
        var exception = Assert.Throws<ArgumentNullException>(() => Construct(constructor));

        Assert.Equal("name", exception.ParamName);
    }

    [Fact]
    public void SetName_Null_ThrowsAndKeepsName()
    {
        var thread = new JThread(() => { }, "kept");

        var exception = Assert.Throws<ArgumentNullException>(() => thread.SetName(null!));

        Assert.Equal("name", exception.ParamName);
        Assert.Equal("kept", thread.GetName());
    }

    [Fact]
    public void HoldsLock_Null_ThrowsArgumentNull() =>
        Assert.Throws<ArgumentNullException>(() => JThread.HoldsLock(null!));

    private static void AssertOutOfRange(string message, Action call)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(call);
        Assert.Contains(message, exception.Message, StringComparison.Ordinal);
    }

    private static JThread Construct(string constructor) => constructor switch
    {
        "JThread(string)" => new JThread((string)null!),
        "JThread(Action, string)" => new JThread(() => { }, null!),
        "JThread(JThreadGroup, string)" => new JThread(new JThreadGroup("null-name"), (string)null!),
        "JThread(JThreadGroup, Action, string, ...)" => new JThread(null, () => { }, null!),
        _ => throw new ArgumentOutOfRangeException(nameof(constructor), constructor, null),
    };
}
