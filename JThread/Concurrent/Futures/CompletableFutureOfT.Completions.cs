namespace JThreading.Concurrent;

/// <content>The dependent actions of the stage methods: Java's <c>UniCompletion</c>, <c>BiCompletion</c> and <c>OrApply</c> families.</content>
public partial class CompletableFuture<T>
{
    // What a completion with no user function holds in its function slot (a relay, a copy).
    private static readonly object s_noFunction = new();

    /// <summary>
    /// What a one-source completion does with the source's outcome <paramref name="r"/>: completes <paramref name="d"/>,
    /// or returns <see langword="false"/> if <paramref name="c"/> (when not null) handed itself to its executor.
    /// </summary>
    private delegate bool UniBody<TDst>(CompletableFuture<TDst> d, Outcome r, object fn, Completion? c);

    /// <summary>What a two-source completion does with both outcomes; as <see cref="UniBody{TDst}"/>.</summary>
    private delegate bool BiBody<TB, TDst>(CompletableFuture<TDst> d, Outcome r, Outcome s, object fn, Completion? c);

    private CompletableFuture<TDst> UniStage<TDst>(IExecutor? executor, object fn, UniBody<TDst> body)
    {
        var d = NewIncompleteFuture<TDst>();
        var c = new UniCompletion<TDst>(executor, d, this, fn, body);
        if (_result is null)
        {
            UniPush(c);
        }
        else
        {
            c.TryFire(SyncMode);
        }

        return d;
    }

    private CompletableFuture<TDst> BiStage<TB, TDst>(IExecutor? executor, ICompletionStage<TB> other, object fn, BiBody<TB, TDst> body)
    {
        ArgumentNullException.ThrowIfNull(other);
        var b = other.ToCompletableFuture();
        var d = NewIncompleteFuture<TDst>();
        var c = new BiCompletion<TB, TDst>(executor, d, this, b, fn, body);
        if (_result is null || b._result is null)
        {
            // Java's bipush: onto this stack and, through a co-completion, onto the other's.
            while (_result is null)
            {
                if (TryPushStack(c))
                {
                    if (b._result is null)
                    {
                        b.UniPush(new CoCompletion(c));
                    }
                    else if (_result is not null)
                    {
                        c.TryFire(SyncMode);
                    }

                    return d;
                }
            }

            b.UniPush(c);
        }
        else
        {
            c.TryFire(SyncMode);
        }

        return d;
    }

    private CompletableFuture<TDst> OrStage<TB, TDst>(IExecutor? executor, ICompletionStage<TB> other, object fn, UniBody<TDst> body)
    {
        ArgumentNullException.ThrowIfNull(other);
        var b = other.ToCompletableFuture();
        var d = NewIncompleteFuture<TDst>();
        // The "either" form of the two-source completion: the body sees the first outcome only.
        var c = new BiCompletion<TB, TDst>(executor, d, this, b, fn, (target, first, _, function, completion) => body(target, first, function, completion), either: true);
        if (_result is not null || b._result is not null)
        {
            c.TryFire(SyncMode);
            return d;
        }

        // Java's orpush.
        while (!TryPushStack(c))
        {
            if (_result is not null)
            {
                c.Next = null;
                break;
            }
        }

        if (_result is not null)
        {
            c.TryFire(SyncMode);
        }
        else
        {
            b.UniPush(new CoCompletion(c));
        }

        return d;
    }

    private static IExecutor Screen(IExecutor executor) => executor ?? throw new ArgumentNullException(nameof(executor));

    private static object Check(object fn, string name) => fn ?? throw new ArgumentNullException(name);

    private static bool Claimed(Completion? c) => c is null || c.Claim();

    private static bool ApplyBody<U>(CompletableFuture<U> d, Outcome r, object fn, Completion? c)
    {
        if (r.Exception is { } x)
        {
            return d.CompleteThrowable(x, r) || true;
        }

        if (!Claimed(c))
        {
            return false;
        }

        d.CompleteValue(((Func<T, U>)fn)(((Outcome<T>)r).Value));
        return true;
    }

    private static bool AcceptBody(CompletableFuture<object?> d, Outcome r, object fn, Completion? c)
    {
        if (r.Exception is { } x)
        {
            return d.CompleteThrowable(x, r) || true;
        }

        if (!Claimed(c))
        {
            return false;
        }

        ((Action<T>)fn)(((Outcome<T>)r).Value);
        d.CompleteValue(null);
        return true;
    }

    private static bool RunBody(CompletableFuture<object?> d, Outcome r, object fn, Completion? c)
    {
        if (r.Exception is { } x)
        {
            return d.CompleteThrowable(x, r) || true;
        }

        if (!Claimed(c))
        {
            return false;
        }

        ((Action)fn)();
        d.CompleteValue(null);
        return true;
    }

    private static bool HandleBody<U>(CompletableFuture<U> d, Outcome r, object fn, Completion? c)
    {
        if (!Claimed(c))
        {
            return false;
        }

        var value = r is Outcome<T> v ? v.Value : default!;
        d.CompleteValue(((Func<T, Exception?, U>)fn)(value, r.Exception));
        return true;
    }

    private static bool WhenCompleteBody(CompletableFuture<T> d, Outcome r, object fn, Completion? c)
    {
        Exception? x = null;
        try
        {
            if (!Claimed(c))
            {
                return false;
            }

            x = r.Exception;
            ((Action<T, Exception?>)fn)(r is Outcome<T> v ? v.Value : default!, x);
            if (x is null)
            {
                d.CompleteOutcome(r);
                return true;
            }
        }
        catch (Exception ex)
        {
            // As Java: the stage's own failure wins over the action's.
            x ??= ex;
        }

        d.CompleteThrowable(x, r);
        return true;
    }

    private static bool ExceptionallyBody(CompletableFuture<T> d, Outcome r, object fn, Completion? c)
    {
        if (r.Exception is not { } x)
        {
            return d.CompleteOutcome(r) || true;
        }

        if (!Claimed(c))
        {
            return false;
        }

        d.CompleteValue(((Func<Exception, T>)fn)(x));
        return true;
    }

    private static bool ComposeBody<U>(CompletableFuture<U> d, Outcome r, object fn, Completion? c)
    {
        if (r.Exception is { } x)
        {
            return d.CompleteThrowable(x, r) || true;
        }

        if (!Claimed(c))
        {
            return false;
        }

        d.RelayFrom(((Func<T, ICompletionStage<U>>)fn)(((Outcome<T>)r).Value).ToCompletableFuture());
        return true;
    }

    private static bool ExceptionallyComposeBody(CompletableFuture<T> d, Outcome r, object fn, Completion? c)
    {
        if (r.Exception is not { } x)
        {
            return d.CompleteOutcome(r) || true;
        }

        if (!Claimed(c))
        {
            return false;
        }

        d.RelayFrom(((Func<Exception, ICompletionStage<T>>)fn)(x).ToCompletableFuture());
        return true;
    }

    private static bool CombineBody<TB, TDst>(CompletableFuture<TDst> d, Outcome r, Outcome s, object fn, Completion? c)
    {
        if (BiFailed(d, r, s))
        {
            return true;
        }

        if (!Claimed(c))
        {
            return false;
        }

        d.CompleteValue(((Func<T, TB, TDst>)fn)(((Outcome<T>)r).Value, ((Outcome<TB>)s).Value));
        return true;
    }

    private static bool AcceptBothBody<TB>(CompletableFuture<object?> d, Outcome r, Outcome s, object fn, Completion? c)
    {
        if (BiFailed(d, r, s))
        {
            return true;
        }

        if (!Claimed(c))
        {
            return false;
        }

        ((Action<T, TB>)fn)(((Outcome<T>)r).Value, ((Outcome<TB>)s).Value);
        d.CompleteValue(null);
        return true;
    }

    private static bool RunAfterBothBody<TB>(CompletableFuture<object?> d, Outcome r, Outcome s, object fn, Completion? c)
    {
        if (BiFailed(d, r, s))
        {
            return true;
        }

        if (!Claimed(c))
        {
            return false;
        }

        ((Action)fn)();
        d.CompleteValue(null);
        return true;
    }

    private static bool BiFailed<TDst>(CompletableFuture<TDst> d, Outcome r, Outcome s)
    {
        if (r.Exception is { } x)
        {
            d.CompleteThrowable(x, r);
            return true;
        }

        if (s.Exception is { } y)
        {
            d.CompleteThrowable(y, s);
            return true;
        }

        return false;
    }

    /// <summary>Java's <c>uniRelay</c> of a composed stage: completes this future as <paramref name="g"/> does.</summary>
    private void RelayFrom(CompletableFuture<T> g)
    {
        if (g._result is { } s)
        {
            CompleteRelay(s);
        }
        else
        {
            g.UniPush(new UniCompletion<T>(null, this, g, s_noFunction, static (d, r, _, _) => d.CompleteRelay(r) || true));
        }
    }

    /// <summary>A completion with one source (this future's type) and one dependent.</summary>
    private sealed class UniCompletion<TDst>(IExecutor? executor, CompletableFuture<TDst> dep, CompletableFuture<T> src, object fn, UniBody<TDst> body)
        : Completion(executor)
    {
        private CompletableFuture<TDst>? _dep = dep;
        private CompletableFuture<T>? _src = src;
        private object? _fn = fn;

        internal override CompletableFuture? TryFire(int mode)
        {
            var d = _dep;
            var a = _src;
            var f = _fn;
            if (d is null || a is null || f is null || a._result is not { } r)
            {
                return null;
            }

            if (d._result is null)
            {
                try
                {
                    if (!body(d, r, f, mode > 0 ? null : this))
                    {
                        return null;
                    }
                }
                catch (Exception ex)
                {
                    d.CompleteThrowable(ex);
                }
            }

            _dep = null;
            _src = null;
            _fn = null;
            return d.PostFire(a, mode);
        }

        internal override bool IsLive() => _dep is not null;
    }

    /// <summary>A completion with two sources: fires when both have completed, or with <paramref name="either"/> when one has.</summary>
    private sealed class BiCompletion<TB, TDst>(
        IExecutor? executor, CompletableFuture<TDst> dep, CompletableFuture<T> src, CompletableFuture<TB> snd, object fn, BiBody<TB, TDst> body,
        bool either = false)
        : Completion(executor)
    {
        private CompletableFuture<TDst>? _dep = dep;
        private CompletableFuture<T>? _src = src;
        private CompletableFuture<TB>? _snd = snd;
        private object? _fn = fn;

        internal override CompletableFuture? TryFire(int mode)
        {
            var d = _dep;
            var a = _src;
            var b = _snd;
            var f = _fn;
            if (d is null || a is null || b is null || f is null)
            {
                return null;
            }

            Outcome? r = a._result;
            Outcome? s = b._result;
            if (either ? (r ??= s) is null : r is null || s is null)
            {
                return null;
            }

            if (d._result is null)
            {
                try
                {
                    if (!body(d, r!, s ?? r!, f, mode > 0 ? null : this))
                    {
                        return null;
                    }
                }
                catch (Exception ex)
                {
                    d.CompleteThrowable(ex);
                }
            }

            _dep = null;
            _src = null;
            _snd = null;
            _fn = null;
            return d.PostFire(a, b, mode);
        }

        internal override bool IsLive() => _dep is not null;
    }

    /// <summary>Java's <c>CoCompletion</c>: the entry of a two-source completion in its second source's stack.</summary>
    private sealed class CoCompletion(Completion completion) : Completion(null)
    {
        private Completion? _base = completion;

        internal override CompletableFuture? TryFire(int mode)
        {
            if (_base is not { } c || c.TryFire(mode) is not { } d)
            {
                return null;
            }

            _base = null;
            return d;
        }

        internal override bool IsLive() => _base is { } c && c.IsLive();
    }
}
