namespace JThreading.Tests.Samples;

/// <summary>
/// samples/PriceFinder: the textbook CompletableFuture price finder (SupplyAsync per shop, ThenCombine with a rate,
/// ThenCompose for a discount, Exceptionally for a failing shop, AllOf/Join) prints the same lines in Java, in its C#
/// port and in Python's concurrent.futures version, and all three end with 0 (the async threads are daemon).
/// </summary>
[Collection(LessonParityCollection.Name)]
public sealed class PriceFinderSampleTests
{
    [Fact]
    public void Run_ThreeLanguagesPrintTheSamePricesAndEndWithZero() =>
        Lesson.PriceFinder.AssertEndsAlike(
            [],
            exitCode: 0,
            [
                "BrokenShop: CompletionException around out of stock",
                "BestPrice: 81.85 EUR",
                "LetsSaveBig: 59.01 EUR",
                "MyFavoriteShop: 17.70 EUR",
                "BrokenShop: unavailable",
                "BuyItAll: 40.89 EUR",
                "best: MyFavoriteShop at 17.70 EUR",
            ]);
}
