namespace JThreading.Concurrent;

/// <summary>One stage of a computation that runs when another stage completes: Java's <c>java.util.concurrent.CompletionStage</c>.</summary>
/// <typeparam name="T">The stage's value type.</typeparam>
/// <remarks>
/// <para>
/// Every operation has three forms, as in Java: the plain one runs its function on the thread that completes the stage it
/// depends on (or on the caller, if that stage has completed already); the <c>Async</c> one runs it on the default
/// asynchronous executor; the <c>Async(executor)</c> one runs it on the given <see cref="IExecutor"/>. A dependent of a
/// failed stage fails with a <see cref="CompletionException"/> whose <see cref="Exception.InnerException"/> is the
/// original failure (never wrapped twice), and a function that throws completes its stage with a
/// <see cref="CompletionException"/> around what it threw.
/// </para>
/// <para><see cref="CompletableFuture{T}"/> implements it; each of its methods returns a <see cref="CompletableFuture{T}"/>.</para>
/// </remarks>
public interface ICompletionStage<T>
{
    /// <summary>A new stage that completes with <paramref name="fn"/> applied to this stage's value once it completes normally.</summary>
    /// <typeparam name="U">The type of the other stage's value or of the new stage's value.</typeparam>
    /// <param name="fn">The function computing the new stage's value from this stage's value.</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around the cause if this stage fails or <paramref name="fn"/> throws.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>thenApply</c>.</remarks>
    ICompletionStage<U> ThenApply<U>(Func<T, U> fn);

    /// <summary>A new stage that completes with <paramref name="fn"/> applied to this stage's value once it completes normally. The function runs on the default asynchronous executor.</summary>
    /// <typeparam name="U">The type of the other stage's value or of the new stage's value.</typeparam>
    /// <param name="fn">The function computing the new stage's value from this stage's value.</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around the cause if this stage fails or <paramref name="fn"/> throws.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>thenApplyAsync</c>.</remarks>
    ICompletionStage<U> ThenApplyAsync<U>(Func<T, U> fn);

    /// <summary>A new stage that completes with <paramref name="fn"/> applied to this stage's value once it completes normally. The function runs on <paramref name="executor"/>.</summary>
    /// <typeparam name="U">The type of the other stage's value or of the new stage's value.</typeparam>
    /// <param name="fn">The function computing the new stage's value from this stage's value.</param>
    /// <param name="executor">The executor that runs the function.</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around the cause if this stage fails or <paramref name="fn"/> throws.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>thenApplyAsync</c> with an <c>Executor</c>.</remarks>
    ICompletionStage<U> ThenApplyAsync<U>(Func<T, U> fn, IExecutor executor);

    /// <summary>A new stage that completes with <see langword="null"/> after <paramref name="action"/> has run with this stage's value.</summary>
    /// <param name="action">The action given this stage's value.</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around the cause if this stage fails or <paramref name="action"/> throws.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>thenAccept</c>.</remarks>
    ICompletionStage<object?> ThenAccept(Action<T> action);

    /// <summary>A new stage that completes with <see langword="null"/> after <paramref name="action"/> has run with this stage's value. The function runs on the default asynchronous executor.</summary>
    /// <param name="action">The action given this stage's value.</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around the cause if this stage fails or <paramref name="action"/> throws.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>thenAcceptAsync</c>.</remarks>
    ICompletionStage<object?> ThenAcceptAsync(Action<T> action);

    /// <summary>A new stage that completes with <see langword="null"/> after <paramref name="action"/> has run with this stage's value. The function runs on <paramref name="executor"/>.</summary>
    /// <param name="action">The action given this stage's value.</param>
    /// <param name="executor">The executor that runs the function.</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around the cause if this stage fails or <paramref name="action"/> throws.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>thenAcceptAsync</c> with an <c>Executor</c>.</remarks>
    ICompletionStage<object?> ThenAcceptAsync(Action<T> action, IExecutor executor);

    /// <summary>A new stage that completes with <see langword="null"/> after <paramref name="action"/> has run, once this stage completes normally.</summary>
    /// <param name="action">The action to run.</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around the cause if this stage fails or <paramref name="action"/> throws.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>thenRun</c>.</remarks>
    ICompletionStage<object?> ThenRun(Action action);

    /// <summary>A new stage that completes with <see langword="null"/> after <paramref name="action"/> has run, once this stage completes normally. The function runs on the default asynchronous executor.</summary>
    /// <param name="action">The action to run.</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around the cause if this stage fails or <paramref name="action"/> throws.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>thenRunAsync</c>.</remarks>
    ICompletionStage<object?> ThenRunAsync(Action action);

    /// <summary>A new stage that completes with <see langword="null"/> after <paramref name="action"/> has run, once this stage completes normally. The function runs on <paramref name="executor"/>.</summary>
    /// <param name="action">The action to run.</param>
    /// <param name="executor">The executor that runs the function.</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around the cause if this stage fails or <paramref name="action"/> throws.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>thenRunAsync</c> with an <c>Executor</c>.</remarks>
    ICompletionStage<object?> ThenRunAsync(Action action, IExecutor executor);

    /// <summary>A new stage that completes with <paramref name="fn"/> applied to both values once this stage and <paramref name="other"/> complete normally.</summary>
    /// <typeparam name="U">The type of the other stage's value or of the new stage's value.</typeparam>
    /// <typeparam name="V">The new stage's value type.</typeparam>
    /// <param name="other">The other stage.</param>
    /// <param name="fn">The function computing the new stage's value from both values.</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around the cause if either stage fails or <paramref name="fn"/> throws.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>thenCombine</c>.</remarks>
    ICompletionStage<V> ThenCombine<U, V>(ICompletionStage<U> other, Func<T, U, V> fn);

    /// <summary>A new stage that completes with <paramref name="fn"/> applied to both values once this stage and <paramref name="other"/> complete normally. The function runs on the default asynchronous executor.</summary>
    /// <typeparam name="U">The type of the other stage's value or of the new stage's value.</typeparam>
    /// <typeparam name="V">The new stage's value type.</typeparam>
    /// <param name="other">The other stage.</param>
    /// <param name="fn">The function computing the new stage's value from both values.</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around the cause if either stage fails or <paramref name="fn"/> throws.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>thenCombineAsync</c>.</remarks>
    ICompletionStage<V> ThenCombineAsync<U, V>(ICompletionStage<U> other, Func<T, U, V> fn);

    /// <summary>A new stage that completes with <paramref name="fn"/> applied to both values once this stage and <paramref name="other"/> complete normally. The function runs on <paramref name="executor"/>.</summary>
    /// <typeparam name="U">The type of the other stage's value or of the new stage's value.</typeparam>
    /// <typeparam name="V">The new stage's value type.</typeparam>
    /// <param name="other">The other stage.</param>
    /// <param name="fn">The function computing the new stage's value from both values.</param>
    /// <param name="executor">The executor that runs the function.</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around the cause if either stage fails or <paramref name="fn"/> throws.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>thenCombineAsync</c> with an <c>Executor</c>.</remarks>
    ICompletionStage<V> ThenCombineAsync<U, V>(ICompletionStage<U> other, Func<T, U, V> fn, IExecutor executor);

    /// <summary>A new stage that completes with <see langword="null"/> after <paramref name="action"/> has run with both values, once this stage and <paramref name="other"/> complete normally.</summary>
    /// <typeparam name="U">The type of the other stage's value or of the new stage's value.</typeparam>
    /// <param name="other">The other stage.</param>
    /// <param name="action">The action given both values.</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around the cause if either stage fails or <paramref name="action"/> throws.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>thenAcceptBoth</c>.</remarks>
    ICompletionStage<object?> ThenAcceptBoth<U>(ICompletionStage<U> other, Action<T, U> action);

    /// <summary>A new stage that completes with <see langword="null"/> after <paramref name="action"/> has run with both values, once this stage and <paramref name="other"/> complete normally. The function runs on the default asynchronous executor.</summary>
    /// <typeparam name="U">The type of the other stage's value or of the new stage's value.</typeparam>
    /// <param name="other">The other stage.</param>
    /// <param name="action">The action given both values.</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around the cause if either stage fails or <paramref name="action"/> throws.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>thenAcceptBothAsync</c>.</remarks>
    ICompletionStage<object?> ThenAcceptBothAsync<U>(ICompletionStage<U> other, Action<T, U> action);

    /// <summary>A new stage that completes with <see langword="null"/> after <paramref name="action"/> has run with both values, once this stage and <paramref name="other"/> complete normally. The function runs on <paramref name="executor"/>.</summary>
    /// <typeparam name="U">The type of the other stage's value or of the new stage's value.</typeparam>
    /// <param name="other">The other stage.</param>
    /// <param name="action">The action given both values.</param>
    /// <param name="executor">The executor that runs the function.</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around the cause if either stage fails or <paramref name="action"/> throws.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>thenAcceptBothAsync</c> with an <c>Executor</c>.</remarks>
    ICompletionStage<object?> ThenAcceptBothAsync<U>(ICompletionStage<U> other, Action<T, U> action, IExecutor executor);

    /// <summary>A new stage that completes with <see langword="null"/> after <paramref name="action"/> has run, once this stage and <paramref name="other"/> complete normally.</summary>
    /// <typeparam name="U">The type of the other stage's value or of the new stage's value.</typeparam>
    /// <param name="other">The other stage.</param>
    /// <param name="action">The action to run.</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around the cause if either stage fails or <paramref name="action"/> throws.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>runAfterBoth</c>.</remarks>
    ICompletionStage<object?> RunAfterBoth<U>(ICompletionStage<U> other, Action action);

    /// <summary>A new stage that completes with <see langword="null"/> after <paramref name="action"/> has run, once this stage and <paramref name="other"/> complete normally. The function runs on the default asynchronous executor.</summary>
    /// <typeparam name="U">The type of the other stage's value or of the new stage's value.</typeparam>
    /// <param name="other">The other stage.</param>
    /// <param name="action">The action to run.</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around the cause if either stage fails or <paramref name="action"/> throws.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>runAfterBothAsync</c>.</remarks>
    ICompletionStage<object?> RunAfterBothAsync<U>(ICompletionStage<U> other, Action action);

    /// <summary>A new stage that completes with <see langword="null"/> after <paramref name="action"/> has run, once this stage and <paramref name="other"/> complete normally. The function runs on <paramref name="executor"/>.</summary>
    /// <typeparam name="U">The type of the other stage's value or of the new stage's value.</typeparam>
    /// <param name="other">The other stage.</param>
    /// <param name="action">The action to run.</param>
    /// <param name="executor">The executor that runs the function.</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around the cause if either stage fails or <paramref name="action"/> throws.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>runAfterBothAsync</c> with an <c>Executor</c>.</remarks>
    ICompletionStage<object?> RunAfterBothAsync<U>(ICompletionStage<U> other, Action action, IExecutor executor);

    /// <summary>A new stage that completes with <paramref name="fn"/> applied to the value of whichever of this stage and <paramref name="other"/> completes first.</summary>
    /// <typeparam name="U">The type of the other stage's value or of the new stage's value.</typeparam>
    /// <param name="other">The other stage.</param>
    /// <param name="fn">The function computing the new stage's value from the first value.</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around the cause if the first stage to complete fails or <paramref name="fn"/> throws.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>applyToEither</c>.</remarks>
    ICompletionStage<U> ApplyToEither<U>(ICompletionStage<T> other, Func<T, U> fn);

    /// <summary>A new stage that completes with <paramref name="fn"/> applied to the value of whichever of this stage and <paramref name="other"/> completes first. The function runs on the default asynchronous executor.</summary>
    /// <typeparam name="U">The type of the other stage's value or of the new stage's value.</typeparam>
    /// <param name="other">The other stage.</param>
    /// <param name="fn">The function computing the new stage's value from the first value.</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around the cause if the first stage to complete fails or <paramref name="fn"/> throws.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>applyToEitherAsync</c>.</remarks>
    ICompletionStage<U> ApplyToEitherAsync<U>(ICompletionStage<T> other, Func<T, U> fn);

    /// <summary>A new stage that completes with <paramref name="fn"/> applied to the value of whichever of this stage and <paramref name="other"/> completes first. The function runs on <paramref name="executor"/>.</summary>
    /// <typeparam name="U">The type of the other stage's value or of the new stage's value.</typeparam>
    /// <param name="other">The other stage.</param>
    /// <param name="fn">The function computing the new stage's value from the first value.</param>
    /// <param name="executor">The executor that runs the function.</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around the cause if the first stage to complete fails or <paramref name="fn"/> throws.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>applyToEitherAsync</c> with an <c>Executor</c>.</remarks>
    ICompletionStage<U> ApplyToEitherAsync<U>(ICompletionStage<T> other, Func<T, U> fn, IExecutor executor);

    /// <summary>A new stage that completes with <see langword="null"/> after <paramref name="action"/> has run with the value of whichever of this stage and <paramref name="other"/> completes first.</summary>
    /// <param name="other">The other stage.</param>
    /// <param name="action">The action given the first value.</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around the cause if the first stage to complete fails or <paramref name="action"/> throws.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>acceptEither</c>.</remarks>
    ICompletionStage<object?> AcceptEither(ICompletionStage<T> other, Action<T> action);

    /// <summary>A new stage that completes with <see langword="null"/> after <paramref name="action"/> has run with the value of whichever of this stage and <paramref name="other"/> completes first. The function runs on the default asynchronous executor.</summary>
    /// <param name="other">The other stage.</param>
    /// <param name="action">The action given the first value.</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around the cause if the first stage to complete fails or <paramref name="action"/> throws.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>acceptEitherAsync</c>.</remarks>
    ICompletionStage<object?> AcceptEitherAsync(ICompletionStage<T> other, Action<T> action);

    /// <summary>A new stage that completes with <see langword="null"/> after <paramref name="action"/> has run with the value of whichever of this stage and <paramref name="other"/> completes first. The function runs on <paramref name="executor"/>.</summary>
    /// <param name="other">The other stage.</param>
    /// <param name="action">The action given the first value.</param>
    /// <param name="executor">The executor that runs the function.</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around the cause if the first stage to complete fails or <paramref name="action"/> throws.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>acceptEitherAsync</c> with an <c>Executor</c>.</remarks>
    ICompletionStage<object?> AcceptEitherAsync(ICompletionStage<T> other, Action<T> action, IExecutor executor);

    /// <summary>A new stage that completes with <see langword="null"/> after <paramref name="action"/> has run, once either this stage or <paramref name="other"/> completes.</summary>
    /// <typeparam name="U">The type of the other stage's value or of the new stage's value.</typeparam>
    /// <param name="other">The other stage.</param>
    /// <param name="action">The action to run.</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around the cause if the first stage to complete fails or <paramref name="action"/> throws.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>runAfterEither</c>.</remarks>
    ICompletionStage<object?> RunAfterEither<U>(ICompletionStage<U> other, Action action);

    /// <summary>A new stage that completes with <see langword="null"/> after <paramref name="action"/> has run, once either this stage or <paramref name="other"/> completes. The function runs on the default asynchronous executor.</summary>
    /// <typeparam name="U">The type of the other stage's value or of the new stage's value.</typeparam>
    /// <param name="other">The other stage.</param>
    /// <param name="action">The action to run.</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around the cause if the first stage to complete fails or <paramref name="action"/> throws.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>runAfterEitherAsync</c>.</remarks>
    ICompletionStage<object?> RunAfterEitherAsync<U>(ICompletionStage<U> other, Action action);

    /// <summary>A new stage that completes with <see langword="null"/> after <paramref name="action"/> has run, once either this stage or <paramref name="other"/> completes. The function runs on <paramref name="executor"/>.</summary>
    /// <typeparam name="U">The type of the other stage's value or of the new stage's value.</typeparam>
    /// <param name="other">The other stage.</param>
    /// <param name="action">The action to run.</param>
    /// <param name="executor">The executor that runs the function.</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around the cause if the first stage to complete fails or <paramref name="action"/> throws.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>runAfterEitherAsync</c> with an <c>Executor</c>.</remarks>
    ICompletionStage<object?> RunAfterEitherAsync<U>(ICompletionStage<U> other, Action action, IExecutor executor);

    /// <summary>A new stage that completes as the stage <paramref name="fn"/> returns for this stage's value does.</summary>
    /// <typeparam name="U">The type of the other stage's value or of the new stage's value.</typeparam>
    /// <param name="fn">The function returning the stage whose outcome the new stage takes.</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around the cause if this stage, <paramref name="fn"/> or the stage it returns fails.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>thenCompose</c>.</remarks>
    ICompletionStage<U> ThenCompose<U>(Func<T, ICompletionStage<U>> fn);

    /// <summary>A new stage that completes as the stage <paramref name="fn"/> returns for this stage's value does. The function runs on the default asynchronous executor.</summary>
    /// <typeparam name="U">The type of the other stage's value or of the new stage's value.</typeparam>
    /// <param name="fn">The function returning the stage whose outcome the new stage takes.</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around the cause if this stage, <paramref name="fn"/> or the stage it returns fails.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>thenComposeAsync</c>.</remarks>
    ICompletionStage<U> ThenComposeAsync<U>(Func<T, ICompletionStage<U>> fn);

    /// <summary>A new stage that completes as the stage <paramref name="fn"/> returns for this stage's value does. The function runs on <paramref name="executor"/>.</summary>
    /// <typeparam name="U">The type of the other stage's value or of the new stage's value.</typeparam>
    /// <param name="fn">The function returning the stage whose outcome the new stage takes.</param>
    /// <param name="executor">The executor that runs the function.</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around the cause if this stage, <paramref name="fn"/> or the stage it returns fails.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>thenComposeAsync</c> with an <c>Executor</c>.</remarks>
    ICompletionStage<U> ThenComposeAsync<U>(Func<T, ICompletionStage<U>> fn, IExecutor executor);

    /// <summary>A new stage that completes with <paramref name="fn"/> applied to this stage's value or exception, however it completes.</summary>
    /// <typeparam name="U">The type of the other stage's value or of the new stage's value.</typeparam>
    /// <param name="fn">The function given this stage's value (default if it failed) and its exception (<see langword="null"/> if it did not).</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around what <paramref name="fn"/> throws.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>handle</c>.</remarks>
    ICompletionStage<U> Handle<U>(Func<T, Exception?, U> fn);

    /// <summary>A new stage that completes with <paramref name="fn"/> applied to this stage's value or exception, however it completes. The function runs on the default asynchronous executor.</summary>
    /// <typeparam name="U">The type of the other stage's value or of the new stage's value.</typeparam>
    /// <param name="fn">The function given this stage's value (default if it failed) and its exception (<see langword="null"/> if it did not).</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around what <paramref name="fn"/> throws.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>handleAsync</c>.</remarks>
    ICompletionStage<U> HandleAsync<U>(Func<T, Exception?, U> fn);

    /// <summary>A new stage that completes with <paramref name="fn"/> applied to this stage's value or exception, however it completes. The function runs on <paramref name="executor"/>.</summary>
    /// <typeparam name="U">The type of the other stage's value or of the new stage's value.</typeparam>
    /// <param name="fn">The function given this stage's value (default if it failed) and its exception (<see langword="null"/> if it did not).</param>
    /// <param name="executor">The executor that runs the function.</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around what <paramref name="fn"/> throws.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>handleAsync</c> with an <c>Executor</c>.</remarks>
    ICompletionStage<U> HandleAsync<U>(Func<T, Exception?, U> fn, IExecutor executor);

    /// <summary>A new stage with this stage's outcome, completed after <paramref name="action"/> has run with it, however this stage completes.</summary>
    /// <param name="action">The action given this stage's value (default if it failed) and its exception (<see langword="null"/> if it did not).</param>
    /// <returns>The new stage; it fails as this stage did, or, if this stage completed normally and <paramref name="action"/> throws, with a <see cref="CompletionException"/> around that.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>whenComplete</c>.</remarks>
    ICompletionStage<T> WhenComplete(Action<T, Exception?> action);

    /// <summary>A new stage with this stage's outcome, completed after <paramref name="action"/> has run with it, however this stage completes. The function runs on the default asynchronous executor.</summary>
    /// <param name="action">The action given this stage's value (default if it failed) and its exception (<see langword="null"/> if it did not).</param>
    /// <returns>The new stage; it fails as this stage did, or, if this stage completed normally and <paramref name="action"/> throws, with a <see cref="CompletionException"/> around that.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>whenCompleteAsync</c>.</remarks>
    ICompletionStage<T> WhenCompleteAsync(Action<T, Exception?> action);

    /// <summary>A new stage with this stage's outcome, completed after <paramref name="action"/> has run with it, however this stage completes. The function runs on <paramref name="executor"/>.</summary>
    /// <param name="action">The action given this stage's value (default if it failed) and its exception (<see langword="null"/> if it did not).</param>
    /// <param name="executor">The executor that runs the function.</param>
    /// <returns>The new stage; it fails as this stage did, or, if this stage completed normally and <paramref name="action"/> throws, with a <see cref="CompletionException"/> around that.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>whenCompleteAsync</c> with an <c>Executor</c>.</remarks>
    ICompletionStage<T> WhenCompleteAsync(Action<T, Exception?> action, IExecutor executor);

    /// <summary>A new stage with this stage's value, or, if this stage fails, with <paramref name="fn"/> applied to its exception.</summary>
    /// <param name="fn">The function computing a value from this stage's exception.</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around what <paramref name="fn"/> throws.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>exceptionally</c>.</remarks>
    ICompletionStage<T> Exceptionally(Func<Exception, T> fn);

    /// <summary>A new stage with this stage's value, or, if this stage fails, with <paramref name="fn"/> applied to its exception. The function runs on the default asynchronous executor.</summary>
    /// <param name="fn">The function computing a value from this stage's exception.</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around what <paramref name="fn"/> throws.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>exceptionallyAsync</c>.</remarks>
    ICompletionStage<T> ExceptionallyAsync(Func<Exception, T> fn);

    /// <summary>A new stage with this stage's value, or, if this stage fails, with <paramref name="fn"/> applied to its exception. The function runs on <paramref name="executor"/>.</summary>
    /// <param name="fn">The function computing a value from this stage's exception.</param>
    /// <param name="executor">The executor that runs the function.</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around what <paramref name="fn"/> throws.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>exceptionallyAsync</c> with an <c>Executor</c>.</remarks>
    ICompletionStage<T> ExceptionallyAsync(Func<Exception, T> fn, IExecutor executor);

    /// <summary>A new stage with this stage's value, or, if this stage fails, completing as the stage <paramref name="fn"/> returns for its exception does.</summary>
    /// <param name="fn">The function returning, for this stage's exception, the stage whose outcome the new stage takes.</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around what <paramref name="fn"/> or the stage it returns fails with.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>exceptionallyCompose</c>.</remarks>
    ICompletionStage<T> ExceptionallyCompose(Func<Exception, ICompletionStage<T>> fn);

    /// <summary>A new stage with this stage's value, or, if this stage fails, completing as the stage <paramref name="fn"/> returns for its exception does. The function runs on the default asynchronous executor.</summary>
    /// <param name="fn">The function returning, for this stage's exception, the stage whose outcome the new stage takes.</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around what <paramref name="fn"/> or the stage it returns fails with.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>exceptionallyComposeAsync</c>.</remarks>
    ICompletionStage<T> ExceptionallyComposeAsync(Func<Exception, ICompletionStage<T>> fn);

    /// <summary>A new stage with this stage's value, or, if this stage fails, completing as the stage <paramref name="fn"/> returns for its exception does. The function runs on <paramref name="executor"/>.</summary>
    /// <param name="fn">The function returning, for this stage's exception, the stage whose outcome the new stage takes.</param>
    /// <param name="executor">The executor that runs the function.</param>
    /// <returns>The new stage; it fails with a <see cref="CompletionException"/> around what <paramref name="fn"/> or the stage it returns fails with.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>exceptionallyComposeAsync</c> with an <c>Executor</c>.</remarks>
    ICompletionStage<T> ExceptionallyComposeAsync(Func<Exception, ICompletionStage<T>> fn, IExecutor executor);

    /// <summary>A <see cref="CompletableFuture{T}"/> with this stage's outcome: the stage itself when it is one.</summary>
    /// <returns>The future.</returns>
    /// <remarks>Java's <c>toCompletableFuture()</c>.</remarks>
    CompletableFuture<T> ToCompletableFuture();
}
