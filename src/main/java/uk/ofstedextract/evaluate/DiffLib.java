package uk.ofstedextract.evaluate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A faithful port of the part of Python's {@code difflib.SequenceMatcher} that the project's scorer
 * ({@code ../shared/tools/score.py}) uses: {@code SequenceMatcher(None, a, b, autojunk=False)}
 * with {@code get_matching_blocks()} and {@code ratio()}. No junk and no "popular" elements, so
 * every element of {@code b} is indexed. The matching blocks, and hence the ratio, are those
 * difflib computes: the longest matching block first (earliest in {@code a}, then in {@code b},
 * on ties), then recursively the same to its left and right. This is not the longest common
 * subsequence; the two differ when the common elements do not form one alignment.
 */
public final class DiffLib {
    private DiffLib() {
    }

    /** A block of {@code size} equal elements at {@code a[i..]} and {@code b[j..]}. */
    public record Match(int a, int b, int size) {
    }

    /** {@code SequenceMatcher(None, a, b, autojunk=False).ratio()}: 2·M/T, 1.0 for two empty sequences. */
    public static <T> double ratio(List<T> a, List<T> b) {
        int matches = 0;
        for (Match m : matchingBlocks(a, b)) {
            matches += m.size();
        }
        int length = a.size() + b.size();
        return length == 0 ? 1.0 : 2.0 * matches / length;
    }

    /**
     * {@code get_matching_blocks()}: non-overlapping matching blocks in increasing order, adjacent
     * blocks collapsed, ending with the sentinel {@code (len(a), len(b), 0)}.
     */
    public static <T> List<Match> matchingBlocks(List<T> a, List<T> b) {
        Matcher<T> m = new Matcher<>(a, b);
        int la = a.size();
        int lb = b.size();
        Deque<int[]> queue = new ArrayDeque<>();
        queue.push(new int[] {0, la, 0, lb});
        List<Match> blocks = new ArrayList<>();
        while (!queue.isEmpty()) {
            int[] q = queue.pop(); // Python's list.pop(): the last pushed
            int alo = q[0];
            int ahi = q[1];
            int blo = q[2];
            int bhi = q[3];
            Match x = m.findLongestMatch(alo, ahi, blo, bhi);
            int i = x.a();
            int j = x.b();
            int k = x.size();
            if (k > 0) {
                blocks.add(x);
                if (alo < i && blo < j) {
                    queue.push(new int[] {alo, i, blo, j});
                }
                if (i + k < ahi && j + k < bhi) {
                    queue.push(new int[] {i + k, ahi, j + k, bhi});
                }
            }
        }
        blocks.sort(Comparator.comparingInt(Match::a).thenComparingInt(Match::b).thenComparingInt(Match::size));
        // collapse adjacent blocks
        List<Match> out = new ArrayList<>();
        int i1 = 0;
        int j1 = 0;
        int k1 = 0;
        for (Match b2 : blocks) {
            if (i1 + k1 == b2.a() && j1 + k1 == b2.b()) {
                k1 += b2.size();
            } else {
                if (k1 > 0) {
                    out.add(new Match(i1, j1, k1));
                }
                i1 = b2.a();
                j1 = b2.b();
                k1 = b2.size();
            }
        }
        if (k1 > 0) {
            out.add(new Match(i1, j1, k1));
        }
        out.add(new Match(la, lb, 0));
        return out;
    }

    /** The state of one SequenceMatcher: the sequences and {@code b2j}, b's elements to their indexes. */
    private static final class Matcher<T> {
        private final List<T> a;
        private final List<T> b;
        private final Map<T, int[]> b2j = new HashMap<>();
        private final int[] j2len;
        private final int[] newj2len;

        Matcher(List<T> a, List<T> b) {
            this.a = a;
            this.b = b;
            Map<T, List<Integer>> index = new HashMap<>();
            for (int i = 0; i < b.size(); i++) {
                index.computeIfAbsent(b.get(i), k -> new ArrayList<>()).add(i);
            }
            index.forEach((k, v) -> b2j.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
            j2len = new int[b.size()];
            newj2len = new int[b.size()];
        }

        /**
         * {@code find_longest_match(alo, ahi, blo, bhi)}: the longest block of equal elements in
         * {@code a[alo:ahi]} and {@code b[blo:bhi]}; of several, the one starting earliest in a,
         * and of those the one starting earliest in b. {@code j2len[j]} is the length of the match
         * ending with {@code a[i-1]} and {@code b[j]}, kept only for the previous row (Python's
         * dict that is replaced every row); zero elsewhere.
         */
        Match findLongestMatch(int alo, int ahi, int blo, int bhi) {
            int besti = alo;
            int bestj = blo;
            int bestsize = 0;
            int[] prev = j2len;
            int[] cur = newj2len;
            List<Integer> prevSet = new ArrayList<>();
            List<Integer> curSet = new ArrayList<>();
            for (int i = alo; i < ahi; i++) {
                int[] js = b2j.get(a.get(i));
                if (js != null) {
                    for (int j : js) {
                        if (j < blo) {
                            continue;
                        }
                        if (j >= bhi) {
                            break;
                        }
                        int k = (j > 0 ? prev[j - 1] : 0) + 1;
                        cur[j] = k;
                        curSet.add(j);
                        if (k > bestsize) {
                            besti = i - k + 1;
                            bestj = j - k + 1;
                            bestsize = k;
                        }
                    }
                }
                for (int j : prevSet) {
                    prev[j] = 0;
                }
                int[] t = prev;
                prev = cur;
                cur = t;
                List<Integer> ts = prevSet;
                prevSet = curSet;
                curSet = ts;
                curSet.clear();
            }
            for (int j : prevSet) {
                prev[j] = 0;
            }
            // difflib extends the match with equal non-junk elements on either side (a no-op
            // without junk, kept so the port reads like the original)
            while (besti > alo && bestj > blo && a.get(besti - 1).equals(b.get(bestj - 1))) {
                besti--;
                bestj--;
                bestsize++;
            }
            while (besti + bestsize < ahi && bestj + bestsize < bhi
                    && a.get(besti + bestsize).equals(b.get(bestj + bestsize))) {
                bestsize++;
            }
            return new Match(besti, bestj, bestsize);
        }
    }
}
