# The CompletableFuture lesson in Python: java/PriceFinder.java with concurrent.futures, which has no thenCombine or
# thenCompose, so each shop's chain is one function run on the pool that waits for the futures it depends on. The
# prices, the rate and the discounts are fetched at the same time, as in Java. Run it with `python3 price_finder.py`.
import concurrent.futures
import time

SHOPS = ["BestPrice", "LetsSaveBig", "MyFavoriteShop", "BrokenShop", "BuyItAll"]


def delay():
    time.sleep(0.1)


def price_in_cents(shop, product):
    delay()
    if shop == "BrokenShop":
        raise RuntimeError("out of stock")
    return 1000 + (sum(ord(c) for c in shop + product) * 37) % 9000


def apply_discount(cents, percent):
    delay()
    return cents * (100 - percent) // 100


def fmt(cents):
    return f"{cents // 100}.{cents % 100:02d}"


def main():
    with concurrent.futures.ThreadPoolExecutor(max_workers=16) as pool:
        rate_percent = pool.submit(lambda: (delay(), 90)[1])  # one dollar is 0.90 euro

        def chain(shop, discount, usd):
            try:
                eur = usd.result() * rate_percent.result() // 100
                return pool.submit(apply_discount, eur, discount).result()
            except RuntimeError as ex:
                print(f"{shop}: CompletionException around {ex}", flush=True)
                return -1

        usd_prices = [pool.submit(price_in_cents, shop, "phone") for shop in SHOPS]
        prices = [pool.submit(chain, shop, (i * 5) % 20, usd_prices[i]) for i, shop in enumerate(SHOPS)]
        concurrent.futures.wait(prices)

    best, best_cents = None, None
    for shop, future in zip(SHOPS, prices):
        cents = future.result()
        if cents < 0:
            print(f"{shop}: unavailable")
            continue
        print(f"{shop}: {fmt(cents)} EUR")
        if best_cents is None or cents < best_cents:
            best, best_cents = shop, cents
    print(f"best: {best} at {fmt(best_cents)} EUR")


if __name__ == "__main__":
    main()
