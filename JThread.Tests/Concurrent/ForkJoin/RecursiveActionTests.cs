using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent;

/// <summary>Java's <c>RecursiveAction</c> (after the JSR-166 TCK's RecursiveActionTest).</summary>
public sealed class RecursiveActionTests
{
    [Fact]
    public void Invoke_OutsideAPool_ComputesAndJoinReturnsNull()
    {
        var action = new FibAction(16);

        Assert.Null(action.Invoke());
        Assert.Equal(987, action.Result);
        Assert.Null(action.Join());
        Assert.Null(action.GetRawResult());
    }

    [Fact]
    public void Complete_IgnoresTheValue()
    {
        var action = new FibAction(3);

        action.Complete(new object());

        Assert.True(action.IsCompletedNormally());
        Assert.Null(action.Join());
        Assert.Equal(0, action.Result);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void SortInPlace_ForkedHalves_SortsTheArray(int parallelism)
    {
        using var pool = new ForkJoinPool(parallelism);
        var random = new Random(42);
        var array = Enumerable.Range(0, 5000).Select(_ => random.Next()).ToArray();
        var expected = array.Order().ToArray();

        pool.Invoke(new SortAction(array, 0, array.Length));

        Assert.Equal(expected, array);
    }

    [Fact]
    public void Compute_Throws_InvokeRethrowsAndGetWraps()
    {
        using var pool = new ForkJoinPool(2);
        var action = new ThrowingAction();

        Assert.Throws<ArithmeticException>(() => pool.Invoke(action));
        Assert.IsType<ArithmeticException>(Assert.Throws<ExecutionException>(() => action.Get()).InnerException);
    }

    private sealed class ThrowingAction : RecursiveAction
    {
        protected override void Compute() => throw new ArithmeticException("leaf");
    }

    private sealed class SortAction(int[] array, int from, int to) : RecursiveAction
    {
        protected override void Compute()
        {
            if (to - from <= 64)
            {
                Array.Sort(array, from, to - from);
                return;
            }

            var mid = (from + to) >>> 1;
            InvokeAll(new SortAction(array, from, mid), new SortAction(array, mid, to));
            var merged = new int[to - from];
            int i = from, j = mid, k = 0;
            while (i < mid && j < to)
            {
                merged[k++] = array[i] <= array[j] ? array[i++] : array[j++];
            }

            while (i < mid)
            {
                merged[k++] = array[i++];
            }

            while (j < to)
            {
                merged[k++] = array[j++];
            }

            merged.CopyTo(array, from);
        }
    }
}
