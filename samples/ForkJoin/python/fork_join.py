"""The fork/join lesson in Python: the same divide-and-conquer array sum.

Python has no fork/join pool: a task that waits for its subtask on a ThreadPoolExecutor can exhaust the pool and
deadlock, and the GIL would keep the halves from running at once anyway. So the split runs as plain recursion inside
one task on a pool thread; the pieces and the result are the same. Run it with `python3 fork_join.py sum`;
../Program.cs is the C# one.
"""
import concurrent.futures
import sys

sys.stdout.reconfigure(line_buffering=True)  # print each line at once, even into a pipe, as Java and C# do

THRESHOLD = 10_000


def sum_task(numbers, start, end, leaves):
    if end - start <= THRESHOLD:
        leaves.append(1)
        return sum(numbers[start:end])
    mid = (start + end) // 2
    left = sum_task(numbers, start, mid, leaves)  # no fork: the recursion runs the halves one after the other
    return left + sum_task(numbers, mid, end, leaves)


def main():
    if sys.argv[1:] != ["sum"]:
        print("usage: ForkJoin sum", file=sys.stderr)
        sys.exit(2)
    numbers = list(range(1, 1_000_001))
    leaves = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        total = pool.submit(sum_task, numbers, 0, len(numbers), leaves).result()
    print(f"sum of 1..{len(numbers)} = {total}")
    print(f"pieces summed: {len(leaves)}")
    print(f"sequential sum agrees: {'true' if total == sum(numbers) else 'false'}")
    print("main: returning without shutdown()")


main()
