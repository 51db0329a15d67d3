// The CompletableFuture lesson in C# with JThread: java/PriceFinder.java line by line. Every shop's price is fetched
// asynchronously (SupplyAsync, each takes 0.1 s), combined with an exchange rate fetched at the same time
// (ThenCombine), then a discount service is called with the converted price (ThenCompose); a shop that fails is
// caught by Exceptionally, and AllOf waits for all. Run it with `dotnet run --project samples/PriceFinder`.
using System.Globalization;
using JThreading;
using JThreading.Concurrent;

string[] shops = ["BestPrice", "LetsSaveBig", "MyFavoriteShop", "BrokenShop", "BuyItAll"];

var ratePercent = CompletableFuture.SupplyAsync(() =>
{
    Delay();
    return 90L; // one dollar is 0.90 euro
});

var prices = new List<CompletableFuture<long>>();
for (var i = 0; i < shops.Length; i++)
{
    var shop = shops[i];
    long discount = i * 5 % 20;
    prices.Add(CompletableFuture.SupplyAsync(() => PriceInCents(shop, "phone"))
        .ThenCombine(ratePercent, (usd, rate) => usd * rate / 100)
        .ThenCompose(eur => CompletableFuture.SupplyAsync(() => ApplyDiscount(eur, discount)))
        .Exceptionally(ex =>
        {
            Console.WriteLine($"{shop}: {ex.GetType().Name} around {ex.InnerException?.Message}");
            return -1L;
        }));
}

CompletableFuture.AllOf([.. prices]).Join();
string? best = null;
var bestCents = long.MaxValue;
for (var i = 0; i < shops.Length; i++)
{
    var cents = prices[i].Join();
    if (cents < 0)
    {
        Console.WriteLine($"{shops[i]}: unavailable");
        continue;
    }

    Console.WriteLine($"{shops[i]}: {Format(cents)} EUR");
    if (cents < bestCents)
    {
        bestCents = cents;
        best = shops[i];
    }
}

Console.WriteLine($"best: {best} at {Format(bestCents)} EUR");

// A remote shop: 0.1 s, and a price computed from the names so that every run prints the same.
static long PriceInCents(string shop, string product)
{
    Delay();
    if (shop == "BrokenShop")
    {
        throw new InvalidOperationException("out of stock");
    }

    long sum = 0;
    foreach (var c in shop + product)
    {
        sum += c;
    }

    return 1000 + (sum * 37 % 9000);
}

static long ApplyDiscount(long cents, long percent)
{
    Delay();
    return cents * (100 - percent) / 100;
}

static string Format(long cents) => (cents / 100).ToString(CultureInfo.InvariantCulture) + "." + (cents % 100).ToString("00", CultureInfo.InvariantCulture);

static void Delay() => JThread.Sleep(100);
