namespace JThreading.Concurrent;

/// <content>The stage methods of Java's <c>CompletionStage</c>, each returning a <see cref="CompletableFuture{T}"/>.</content>
public partial class CompletableFuture<T>
{
    /// <inheritdoc cref="ICompletionStage{T}.ThenApply{U}(Func{T, U})"/>
    public CompletableFuture<U> ThenApply<U>(Func<T, U> fn) => UniStage<U>(null, Check(fn, nameof(fn)), ApplyBody<U>);

    /// <inheritdoc cref="ICompletionStage{T}.ThenApplyAsync{U}(Func{T, U})"/>
    public CompletableFuture<U> ThenApplyAsync<U>(Func<T, U> fn) => UniStage<U>(DefaultExecutor(), Check(fn, nameof(fn)), ApplyBody<U>);

    /// <inheritdoc cref="ICompletionStage{T}.ThenApplyAsync{U}(Func{T, U}, IExecutor)"/>
    public CompletableFuture<U> ThenApplyAsync<U>(Func<T, U> fn, IExecutor executor) => UniStage<U>(Screen(executor), Check(fn, nameof(fn)), ApplyBody<U>);

    /// <inheritdoc cref="ICompletionStage{T}.ThenAccept(Action{T})"/>
    public CompletableFuture<object?> ThenAccept(Action<T> action) => UniStage<object?>(null, Check(action, nameof(action)), AcceptBody);

    /// <inheritdoc cref="ICompletionStage{T}.ThenAcceptAsync(Action{T})"/>
    public CompletableFuture<object?> ThenAcceptAsync(Action<T> action) => UniStage<object?>(DefaultExecutor(), Check(action, nameof(action)), AcceptBody);

    /// <inheritdoc cref="ICompletionStage{T}.ThenAcceptAsync(Action{T}, IExecutor)"/>
    public CompletableFuture<object?> ThenAcceptAsync(Action<T> action, IExecutor executor) => UniStage<object?>(Screen(executor), Check(action, nameof(action)), AcceptBody);

    /// <inheritdoc cref="ICompletionStage{T}.ThenRun(Action)"/>
    public CompletableFuture<object?> ThenRun(Action action) => UniStage<object?>(null, Check(action, nameof(action)), RunBody);

    /// <inheritdoc cref="ICompletionStage{T}.ThenRunAsync(Action)"/>
    public CompletableFuture<object?> ThenRunAsync(Action action) => UniStage<object?>(DefaultExecutor(), Check(action, nameof(action)), RunBody);

    /// <inheritdoc cref="ICompletionStage{T}.ThenRunAsync(Action, IExecutor)"/>
    public CompletableFuture<object?> ThenRunAsync(Action action, IExecutor executor) => UniStage<object?>(Screen(executor), Check(action, nameof(action)), RunBody);

    /// <inheritdoc cref="ICompletionStage{T}.ThenCombine{U, V}(ICompletionStage{U}, Func{T, U, V})"/>
    public CompletableFuture<V> ThenCombine<U, V>(ICompletionStage<U> other, Func<T, U, V> fn) => BiStage<U, V>(null, other, Check(fn, nameof(fn)), CombineBody<U, V>);

    /// <inheritdoc cref="ICompletionStage{T}.ThenCombineAsync{U, V}(ICompletionStage{U}, Func{T, U, V})"/>
    public CompletableFuture<V> ThenCombineAsync<U, V>(ICompletionStage<U> other, Func<T, U, V> fn) => BiStage<U, V>(DefaultExecutor(), other, Check(fn, nameof(fn)), CombineBody<U, V>);

    /// <inheritdoc cref="ICompletionStage{T}.ThenCombineAsync{U, V}(ICompletionStage{U}, Func{T, U, V}, IExecutor)"/>
    public CompletableFuture<V> ThenCombineAsync<U, V>(ICompletionStage<U> other, Func<T, U, V> fn, IExecutor executor) => BiStage<U, V>(Screen(executor), other, Check(fn, nameof(fn)), CombineBody<U, V>);

    /// <inheritdoc cref="ICompletionStage{T}.ThenAcceptBoth{U}(ICompletionStage{U}, Action{T, U})"/>
    public CompletableFuture<object?> ThenAcceptBoth<U>(ICompletionStage<U> other, Action<T, U> action) => BiStage<U, object?>(null, other, Check(action, nameof(action)), AcceptBothBody<U>);

    /// <inheritdoc cref="ICompletionStage{T}.ThenAcceptBothAsync{U}(ICompletionStage{U}, Action{T, U})"/>
    public CompletableFuture<object?> ThenAcceptBothAsync<U>(ICompletionStage<U> other, Action<T, U> action) => BiStage<U, object?>(DefaultExecutor(), other, Check(action, nameof(action)), AcceptBothBody<U>);

    /// <inheritdoc cref="ICompletionStage{T}.ThenAcceptBothAsync{U}(ICompletionStage{U}, Action{T, U}, IExecutor)"/>
    public CompletableFuture<object?> ThenAcceptBothAsync<U>(ICompletionStage<U> other, Action<T, U> action, IExecutor executor) => BiStage<U, object?>(Screen(executor), other, Check(action, nameof(action)), AcceptBothBody<U>);

    /// <inheritdoc cref="ICompletionStage{T}.RunAfterBoth{U}(ICompletionStage{U}, Action)"/>
    public CompletableFuture<object?> RunAfterBoth<U>(ICompletionStage<U> other, Action action) => BiStage<U, object?>(null, other, Check(action, nameof(action)), RunAfterBothBody<U>);

    /// <inheritdoc cref="ICompletionStage{T}.RunAfterBothAsync{U}(ICompletionStage{U}, Action)"/>
    public CompletableFuture<object?> RunAfterBothAsync<U>(ICompletionStage<U> other, Action action) => BiStage<U, object?>(DefaultExecutor(), other, Check(action, nameof(action)), RunAfterBothBody<U>);

    /// <inheritdoc cref="ICompletionStage{T}.RunAfterBothAsync{U}(ICompletionStage{U}, Action, IExecutor)"/>
    public CompletableFuture<object?> RunAfterBothAsync<U>(ICompletionStage<U> other, Action action, IExecutor executor) => BiStage<U, object?>(Screen(executor), other, Check(action, nameof(action)), RunAfterBothBody<U>);

    /// <inheritdoc cref="ICompletionStage{T}.ApplyToEither{U}(ICompletionStage{T}, Func{T, U})"/>
    public CompletableFuture<U> ApplyToEither<U>(ICompletionStage<T> other, Func<T, U> fn) => OrStage<T, U>(null, other, Check(fn, nameof(fn)), ApplyBody<U>);

    /// <inheritdoc cref="ICompletionStage{T}.ApplyToEitherAsync{U}(ICompletionStage{T}, Func{T, U})"/>
    public CompletableFuture<U> ApplyToEitherAsync<U>(ICompletionStage<T> other, Func<T, U> fn) => OrStage<T, U>(DefaultExecutor(), other, Check(fn, nameof(fn)), ApplyBody<U>);

    /// <inheritdoc cref="ICompletionStage{T}.ApplyToEitherAsync{U}(ICompletionStage{T}, Func{T, U}, IExecutor)"/>
    public CompletableFuture<U> ApplyToEitherAsync<U>(ICompletionStage<T> other, Func<T, U> fn, IExecutor executor) => OrStage<T, U>(Screen(executor), other, Check(fn, nameof(fn)), ApplyBody<U>);

    /// <inheritdoc cref="ICompletionStage{T}.AcceptEither(ICompletionStage{T}, Action{T})"/>
    public CompletableFuture<object?> AcceptEither(ICompletionStage<T> other, Action<T> action) => OrStage<T, object?>(null, other, Check(action, nameof(action)), AcceptBody);

    /// <inheritdoc cref="ICompletionStage{T}.AcceptEitherAsync(ICompletionStage{T}, Action{T})"/>
    public CompletableFuture<object?> AcceptEitherAsync(ICompletionStage<T> other, Action<T> action) => OrStage<T, object?>(DefaultExecutor(), other, Check(action, nameof(action)), AcceptBody);

    /// <inheritdoc cref="ICompletionStage{T}.AcceptEitherAsync(ICompletionStage{T}, Action{T}, IExecutor)"/>
    public CompletableFuture<object?> AcceptEitherAsync(ICompletionStage<T> other, Action<T> action, IExecutor executor) => OrStage<T, object?>(Screen(executor), other, Check(action, nameof(action)), AcceptBody);

    /// <inheritdoc cref="ICompletionStage{T}.RunAfterEither{U}(ICompletionStage{U}, Action)"/>
    public CompletableFuture<object?> RunAfterEither<U>(ICompletionStage<U> other, Action action) => OrStage<U, object?>(null, other, Check(action, nameof(action)), RunBody);

    /// <inheritdoc cref="ICompletionStage{T}.RunAfterEitherAsync{U}(ICompletionStage{U}, Action)"/>
    public CompletableFuture<object?> RunAfterEitherAsync<U>(ICompletionStage<U> other, Action action) => OrStage<U, object?>(DefaultExecutor(), other, Check(action, nameof(action)), RunBody);

    /// <inheritdoc cref="ICompletionStage{T}.RunAfterEitherAsync{U}(ICompletionStage{U}, Action, IExecutor)"/>
    public CompletableFuture<object?> RunAfterEitherAsync<U>(ICompletionStage<U> other, Action action, IExecutor executor) => OrStage<U, object?>(Screen(executor), other, Check(action, nameof(action)), RunBody);

    /// <inheritdoc cref="ICompletionStage{T}.ThenCompose{U}(Func{T, ICompletionStage{U}})"/>
    public CompletableFuture<U> ThenCompose<U>(Func<T, ICompletionStage<U>> fn) => UniStage<U>(null, Check(fn, nameof(fn)), ComposeBody<U>);

    /// <inheritdoc cref="ICompletionStage{T}.ThenComposeAsync{U}(Func{T, ICompletionStage{U}})"/>
    public CompletableFuture<U> ThenComposeAsync<U>(Func<T, ICompletionStage<U>> fn) => UniStage<U>(DefaultExecutor(), Check(fn, nameof(fn)), ComposeBody<U>);

    /// <inheritdoc cref="ICompletionStage{T}.ThenComposeAsync{U}(Func{T, ICompletionStage{U}}, IExecutor)"/>
    public CompletableFuture<U> ThenComposeAsync<U>(Func<T, ICompletionStage<U>> fn, IExecutor executor) => UniStage<U>(Screen(executor), Check(fn, nameof(fn)), ComposeBody<U>);

    /// <inheritdoc cref="ICompletionStage{T}.Handle{U}(Func{T, Exception, U})"/>
    public CompletableFuture<U> Handle<U>(Func<T, Exception?, U> fn) => UniStage<U>(null, Check(fn, nameof(fn)), HandleBody<U>);

    /// <inheritdoc cref="ICompletionStage{T}.HandleAsync{U}(Func{T, Exception, U})"/>
    public CompletableFuture<U> HandleAsync<U>(Func<T, Exception?, U> fn) => UniStage<U>(DefaultExecutor(), Check(fn, nameof(fn)), HandleBody<U>);

    /// <inheritdoc cref="ICompletionStage{T}.HandleAsync{U}(Func{T, Exception, U}, IExecutor)"/>
    public CompletableFuture<U> HandleAsync<U>(Func<T, Exception?, U> fn, IExecutor executor) => UniStage<U>(Screen(executor), Check(fn, nameof(fn)), HandleBody<U>);

    /// <inheritdoc cref="ICompletionStage{T}.WhenComplete(Action{T, Exception})"/>
    public CompletableFuture<T> WhenComplete(Action<T, Exception?> action) => UniStage<T>(null, Check(action, nameof(action)), WhenCompleteBody);

    /// <inheritdoc cref="ICompletionStage{T}.WhenCompleteAsync(Action{T, Exception})"/>
    public CompletableFuture<T> WhenCompleteAsync(Action<T, Exception?> action) => UniStage<T>(DefaultExecutor(), Check(action, nameof(action)), WhenCompleteBody);

    /// <inheritdoc cref="ICompletionStage{T}.WhenCompleteAsync(Action{T, Exception}, IExecutor)"/>
    public CompletableFuture<T> WhenCompleteAsync(Action<T, Exception?> action, IExecutor executor) => UniStage<T>(Screen(executor), Check(action, nameof(action)), WhenCompleteBody);

    /// <inheritdoc cref="ICompletionStage{T}.Exceptionally(Func{Exception, T})"/>
    public CompletableFuture<T> Exceptionally(Func<Exception, T> fn) => UniStage<T>(null, Check(fn, nameof(fn)), ExceptionallyBody);

    /// <inheritdoc cref="ICompletionStage{T}.ExceptionallyAsync(Func{Exception, T})"/>
    public CompletableFuture<T> ExceptionallyAsync(Func<Exception, T> fn) => UniStage<T>(DefaultExecutor(), Check(fn, nameof(fn)), ExceptionallyBody);

    /// <inheritdoc cref="ICompletionStage{T}.ExceptionallyAsync(Func{Exception, T}, IExecutor)"/>
    public CompletableFuture<T> ExceptionallyAsync(Func<Exception, T> fn, IExecutor executor) => UniStage<T>(Screen(executor), Check(fn, nameof(fn)), ExceptionallyBody);

    /// <inheritdoc cref="ICompletionStage{T}.ExceptionallyCompose(Func{Exception, ICompletionStage{T}})"/>
    public CompletableFuture<T> ExceptionallyCompose(Func<Exception, ICompletionStage<T>> fn) => UniStage<T>(null, Check(fn, nameof(fn)), ExceptionallyComposeBody);

    /// <inheritdoc cref="ICompletionStage{T}.ExceptionallyComposeAsync(Func{Exception, ICompletionStage{T}})"/>
    public CompletableFuture<T> ExceptionallyComposeAsync(Func<Exception, ICompletionStage<T>> fn) => UniStage<T>(DefaultExecutor(), Check(fn, nameof(fn)), ExceptionallyComposeBody);

    /// <inheritdoc cref="ICompletionStage{T}.ExceptionallyComposeAsync(Func{Exception, ICompletionStage{T}}, IExecutor)"/>
    public CompletableFuture<T> ExceptionallyComposeAsync(Func<Exception, ICompletionStage<T>> fn, IExecutor executor) => UniStage<T>(Screen(executor), Check(fn, nameof(fn)), ExceptionallyComposeBody);

    /// <inheritdoc />
    ICompletionStage<U> ICompletionStage<T>.ThenApply<U>(Func<T, U> fn) => ThenApply(fn);

    /// <inheritdoc />
    ICompletionStage<U> ICompletionStage<T>.ThenApplyAsync<U>(Func<T, U> fn) => ThenApplyAsync(fn);

    /// <inheritdoc />
    ICompletionStage<U> ICompletionStage<T>.ThenApplyAsync<U>(Func<T, U> fn, IExecutor executor) => ThenApplyAsync(fn, executor);

    /// <inheritdoc />
    ICompletionStage<object?> ICompletionStage<T>.ThenAccept(Action<T> action) => ThenAccept(action);

    /// <inheritdoc />
    ICompletionStage<object?> ICompletionStage<T>.ThenAcceptAsync(Action<T> action) => ThenAcceptAsync(action);

    /// <inheritdoc />
    ICompletionStage<object?> ICompletionStage<T>.ThenAcceptAsync(Action<T> action, IExecutor executor) => ThenAcceptAsync(action, executor);

    /// <inheritdoc />
    ICompletionStage<object?> ICompletionStage<T>.ThenRun(Action action) => ThenRun(action);

    /// <inheritdoc />
    ICompletionStage<object?> ICompletionStage<T>.ThenRunAsync(Action action) => ThenRunAsync(action);

    /// <inheritdoc />
    ICompletionStage<object?> ICompletionStage<T>.ThenRunAsync(Action action, IExecutor executor) => ThenRunAsync(action, executor);

    /// <inheritdoc />
    ICompletionStage<V> ICompletionStage<T>.ThenCombine<U, V>(ICompletionStage<U> other, Func<T, U, V> fn) => ThenCombine(other, fn);

    /// <inheritdoc />
    ICompletionStage<V> ICompletionStage<T>.ThenCombineAsync<U, V>(ICompletionStage<U> other, Func<T, U, V> fn) => ThenCombineAsync(other, fn);

    /// <inheritdoc />
    ICompletionStage<V> ICompletionStage<T>.ThenCombineAsync<U, V>(ICompletionStage<U> other, Func<T, U, V> fn, IExecutor executor) => ThenCombineAsync(other, fn, executor);

    /// <inheritdoc />
    ICompletionStage<object?> ICompletionStage<T>.ThenAcceptBoth<U>(ICompletionStage<U> other, Action<T, U> action) => ThenAcceptBoth(other, action);

    /// <inheritdoc />
    ICompletionStage<object?> ICompletionStage<T>.ThenAcceptBothAsync<U>(ICompletionStage<U> other, Action<T, U> action) => ThenAcceptBothAsync(other, action);

    /// <inheritdoc />
    ICompletionStage<object?> ICompletionStage<T>.ThenAcceptBothAsync<U>(ICompletionStage<U> other, Action<T, U> action, IExecutor executor) => ThenAcceptBothAsync(other, action, executor);

    /// <inheritdoc />
    ICompletionStage<object?> ICompletionStage<T>.RunAfterBoth<U>(ICompletionStage<U> other, Action action) => RunAfterBoth(other, action);

    /// <inheritdoc />
    ICompletionStage<object?> ICompletionStage<T>.RunAfterBothAsync<U>(ICompletionStage<U> other, Action action) => RunAfterBothAsync(other, action);

    /// <inheritdoc />
    ICompletionStage<object?> ICompletionStage<T>.RunAfterBothAsync<U>(ICompletionStage<U> other, Action action, IExecutor executor) => RunAfterBothAsync(other, action, executor);

    /// <inheritdoc />
    ICompletionStage<U> ICompletionStage<T>.ApplyToEither<U>(ICompletionStage<T> other, Func<T, U> fn) => ApplyToEither(other, fn);

    /// <inheritdoc />
    ICompletionStage<U> ICompletionStage<T>.ApplyToEitherAsync<U>(ICompletionStage<T> other, Func<T, U> fn) => ApplyToEitherAsync(other, fn);

    /// <inheritdoc />
    ICompletionStage<U> ICompletionStage<T>.ApplyToEitherAsync<U>(ICompletionStage<T> other, Func<T, U> fn, IExecutor executor) => ApplyToEitherAsync(other, fn, executor);

    /// <inheritdoc />
    ICompletionStage<object?> ICompletionStage<T>.AcceptEither(ICompletionStage<T> other, Action<T> action) => AcceptEither(other, action);

    /// <inheritdoc />
    ICompletionStage<object?> ICompletionStage<T>.AcceptEitherAsync(ICompletionStage<T> other, Action<T> action) => AcceptEitherAsync(other, action);

    /// <inheritdoc />
    ICompletionStage<object?> ICompletionStage<T>.AcceptEitherAsync(ICompletionStage<T> other, Action<T> action, IExecutor executor) => AcceptEitherAsync(other, action, executor);

    /// <inheritdoc />
    ICompletionStage<object?> ICompletionStage<T>.RunAfterEither<U>(ICompletionStage<U> other, Action action) => RunAfterEither(other, action);

    /// <inheritdoc />
    ICompletionStage<object?> ICompletionStage<T>.RunAfterEitherAsync<U>(ICompletionStage<U> other, Action action) => RunAfterEitherAsync(other, action);

    /// <inheritdoc />
    ICompletionStage<object?> ICompletionStage<T>.RunAfterEitherAsync<U>(ICompletionStage<U> other, Action action, IExecutor executor) => RunAfterEitherAsync(other, action, executor);

    /// <inheritdoc />
    ICompletionStage<U> ICompletionStage<T>.ThenCompose<U>(Func<T, ICompletionStage<U>> fn) => ThenCompose(fn);

    /// <inheritdoc />
    ICompletionStage<U> ICompletionStage<T>.ThenComposeAsync<U>(Func<T, ICompletionStage<U>> fn) => ThenComposeAsync(fn);

    /// <inheritdoc />
    ICompletionStage<U> ICompletionStage<T>.ThenComposeAsync<U>(Func<T, ICompletionStage<U>> fn, IExecutor executor) => ThenComposeAsync(fn, executor);

    /// <inheritdoc />
    ICompletionStage<U> ICompletionStage<T>.Handle<U>(Func<T, Exception?, U> fn) => Handle(fn);

    /// <inheritdoc />
    ICompletionStage<U> ICompletionStage<T>.HandleAsync<U>(Func<T, Exception?, U> fn) => HandleAsync(fn);

    /// <inheritdoc />
    ICompletionStage<U> ICompletionStage<T>.HandleAsync<U>(Func<T, Exception?, U> fn, IExecutor executor) => HandleAsync(fn, executor);

    /// <inheritdoc />
    ICompletionStage<T> ICompletionStage<T>.WhenComplete(Action<T, Exception?> action) => WhenComplete(action);

    /// <inheritdoc />
    ICompletionStage<T> ICompletionStage<T>.WhenCompleteAsync(Action<T, Exception?> action) => WhenCompleteAsync(action);

    /// <inheritdoc />
    ICompletionStage<T> ICompletionStage<T>.WhenCompleteAsync(Action<T, Exception?> action, IExecutor executor) => WhenCompleteAsync(action, executor);

    /// <inheritdoc />
    ICompletionStage<T> ICompletionStage<T>.Exceptionally(Func<Exception, T> fn) => Exceptionally(fn);

    /// <inheritdoc />
    ICompletionStage<T> ICompletionStage<T>.ExceptionallyAsync(Func<Exception, T> fn) => ExceptionallyAsync(fn);

    /// <inheritdoc />
    ICompletionStage<T> ICompletionStage<T>.ExceptionallyAsync(Func<Exception, T> fn, IExecutor executor) => ExceptionallyAsync(fn, executor);

    /// <inheritdoc />
    ICompletionStage<T> ICompletionStage<T>.ExceptionallyCompose(Func<Exception, ICompletionStage<T>> fn) => ExceptionallyCompose(fn);

    /// <inheritdoc />
    ICompletionStage<T> ICompletionStage<T>.ExceptionallyComposeAsync(Func<Exception, ICompletionStage<T>> fn) => ExceptionallyComposeAsync(fn);

    /// <inheritdoc />
    ICompletionStage<T> ICompletionStage<T>.ExceptionallyComposeAsync(Func<Exception, ICompletionStage<T>> fn, IExecutor executor) => ExceptionallyComposeAsync(fn, executor);
}
