// The CompletableFuture lesson in Java (JDK 21+): the textbook "best price finder". Every shop's price is fetched
// asynchronously (supplyAsync, each takes 0.1 s), combined with an exchange rate fetched at the same time
// (thenCombine), then a discount service is called with the converted price (thenCompose); a shop that fails is
// caught by exceptionally, and allOf waits for all. Run it with `java PriceFinder.java`; ../Program.cs is the C# one.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

public class PriceFinder {

    static final List<String> SHOPS = List.of("BestPrice", "LetsSaveBig", "MyFavoriteShop", "BrokenShop", "BuyItAll");

    public static void main(String[] args) {
        CompletableFuture<Long> ratePercent = CompletableFuture.supplyAsync(() -> {
            delay();
            return 90L; // one dollar is 0.90 euro
        });

        List<CompletableFuture<Long>> prices = new ArrayList<>();
        for (int i = 0; i < SHOPS.size(); i++) {
            String shop = SHOPS.get(i);
            long discount = (i * 5) % 20;
            prices.add(CompletableFuture.supplyAsync(() -> priceInCents(shop, "phone"))
                .thenCombine(ratePercent, (usd, rate) -> usd * rate / 100)
                .thenCompose(eur -> CompletableFuture.supplyAsync(() -> applyDiscount(eur, discount)))
                .exceptionally(ex -> {
                    System.out.println(shop + ": " + ex.getClass().getSimpleName() + " around " + ex.getCause().getMessage());
                    return -1L;
                }));
        }

        CompletableFuture.allOf(prices.toArray(new CompletableFuture<?>[0])).join();
        String best = null;
        long bestCents = Long.MAX_VALUE;
        for (int i = 0; i < SHOPS.size(); i++) {
            long cents = prices.get(i).join();
            if (cents < 0) {
                System.out.println(SHOPS.get(i) + ": unavailable");
                continue;
            }

            System.out.println(SHOPS.get(i) + ": " + format(cents) + " EUR");
            if (cents < bestCents) {
                bestCents = cents;
                best = SHOPS.get(i);
            }
        }

        System.out.println("best: " + best + " at " + format(bestCents) + " EUR");
    }

    // A remote shop: 0.1 s, and a price computed from the names so that every run prints the same.
    static long priceInCents(String shop, String product) {
        delay();
        if (shop.equals("BrokenShop")) {
            throw new IllegalStateException("out of stock");
        }

        long sum = 0;
        for (char c : (shop + product).toCharArray()) {
            sum += c;
        }

        return 1000 + (sum * 37) % 9000;
    }

    static long applyDiscount(long cents, long percent) {
        delay();
        return cents * (100 - percent) / 100;
    }

    static String format(long cents) {
        return (cents / 100) + "." + String.format("%02d", cents % 100);
    }

    static void delay() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            throw new RuntimeException(e);
        }
    }
}
