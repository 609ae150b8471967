package uk.ofstedextract.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of a fixed set of literal strings a text contains, found in one pass over the text (an Aho-Corasick
 * automaton) instead of one {@link String#contains} scan per literal: {@link RequiredLiterals} of many patterns
 * tested on one text ask for dozens of literals, most of them absent, and each absent one cost a scan of the whole
 * text. {@code scan(text).contains(literal)} is exactly {@code text.contains(literal)} for every literal of the set
 * (literals of one or two characters, which most texts hold early on, are asked of the text itself, once).
 * Immutable and thread-safe; a {@link Found} belongs to one text.
 */
public final class LiteralSet {
    /**
     * Literals of at most this many characters are not put in the automaton: they occur in most texts, where
     * {@link String#contains} finds them within a few characters, and in the automaton they would fire at almost
     * every step.
     */
    static final int SHORT = 2;
    /** Each literal's number: the automaton's literals first, then the short ones. */
    private final Map<String, Integer> ids = new LinkedHashMap<>();
    /** The short literals, numbered from {@code automaton}. */
    private final List<String> shortOnes = new ArrayList<>();
    /** How many literals the automaton finds. */
    private final int automaton;
    /** A character's class: 0 for characters in no literal (they lead back to the root), else 1.. */
    private final int[] latin1Class = new int[256];
    private final Map<Character, Integer> otherClass = new HashMap<>();
    private final int classes;
    /**
     * The automaton's next state, at {@code state * classes + class}; stored as {@code ~next} where a literal ends
     * at the next state (its own or a suffix's), so the common step tests one sign.
     */
    private final int[] delta;
    /** The literals that end at a state (its own and those of its suffixes), or null. */
    private final int[][] outputs;

    private LiteralSet(Collection<String> literals) {
        int classes = 1;
        for (String l : literals) {
            if (l.length() <= SHORT || ids.containsKey(l)) {
                continue;
            }
            ids.put(l, ids.size());
            for (int k = 0; k < l.length(); k++) {
                char c = l.charAt(k);
                if (c < 256 ? latin1Class[c] == 0 : !otherClass.containsKey(c)) {
                    if (c < 256) {
                        latin1Class[c] = classes++;
                    } else {
                        otherClass.put(c, classes++);
                    }
                }
            }
        }
        automaton = ids.size();
        for (String l : literals) {
            if (!l.isEmpty() && l.length() <= SHORT && !ids.containsKey(l)) {
                ids.put(l, ids.size());
                shortOnes.add(l);
            }
        }
        this.classes = classes;
        // the trie
        List<int[]> next = new ArrayList<>();
        List<List<Integer>> own = new ArrayList<>();
        next.add(new int[classes]);
        own.add(new ArrayList<>());
        for (Map.Entry<String, Integer> e : ids.entrySet()) {
            if (e.getValue() >= automaton) {
                continue;
            }
            int s = 0;
            for (int k = 0; k < e.getKey().length(); k++) {
                int c = classOf(e.getKey().charAt(k));
                if (next.get(s)[c] == 0) {
                    next.get(s)[c] = next.size();
                    next.add(new int[classes]);
                    own.add(new ArrayList<>());
                }
                s = next.get(s)[c];
            }
            own.get(s).add(e.getValue());
        }
        // failure links, breadth first; a missing edge becomes its failure state's edge (a complete automaton)
        int n = next.size();
        int[] fail = new int[n];
        int[][] rows = new int[n][];
        outputs = new int[n][];
        boolean[] isChild = new boolean[n];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        rows[0] = next.get(0).clone();
        for (int c = 1; c < classes; c++) {
            int child = rows[0][c];
            if (child != 0) {
                fail[child] = 0;
                queue.add(child);
            }
        }
        outputs[0] = own.get(0).isEmpty() ? null : own.get(0).stream().mapToInt(Integer::intValue).toArray();
        while (!queue.isEmpty()) {
            int s = queue.poll();
            List<Integer> out = new ArrayList<>(own.get(s));
            if (outputs[fail[s]] != null) {
                for (int o : outputs[fail[s]]) {
                    out.add(o);
                }
            }
            outputs[s] = out.isEmpty() ? null : out.stream().mapToInt(Integer::intValue).toArray();
            int[] row = next.get(s).clone();
            for (int c = 1; c < classes; c++) {
                int child = row[c];
                if (child != 0 && !isChild[child]) {
                    isChild[child] = true;
                    fail[child] = rows[fail[s]][c];
                    queue.add(child);
                } else {
                    row[c] = rows[fail[s]][c];
                }
            }
            row[0] = 0;
            rows[s] = row;
        }
        delta = new int[n * classes];
        for (int s = 0; s < n; s++) {
            for (int c = 0; c < classes; c++) {
                int t = rows[s][c];
                delta[s * classes + c] = outputs[t] == null ? t : ~t;
            }
        }
    }

    /** The set of these literals (empty ones and repeats ignored). */
    public static LiteralSet of(Collection<String> literals) {
        return new LiteralSet(literals);
    }

    private int classOf(char c) {
        return c < 256 ? latin1Class[c] : otherClass.getOrDefault(c, 0);
    }

    /**
     * A literal's number, for {@link Found#contains(int)}.
     *
     * @throws IllegalArgumentException for a literal not in the set
     */
    public int id(String literal) {
        Integer id = ids.get(literal);
        if (id == null) {
            throw new IllegalArgumentException("not a literal of this set: '" + literal + "'");
        }
        return id;
    }

    /** The literals of the set the text contains. */
    public Found scan(String text) {
        boolean[] found = new boolean[automaton];
        int s = 0;
        for (int k = 0; k < text.length(); k++) {
            char ch = text.charAt(k);
            int t = delta[s * classes + (ch < 256 ? latin1Class[ch] : otherClass.getOrDefault(ch, 0))];
            if (t < 0) {
                s = ~t;
                for (int o : outputs[s]) {
                    found[o] = true;
                }
            } else {
                s = t;
            }
        }
        return new Found(text, found);
    }

    /** The literals one text contains. */
    public final class Found {
        private final String text;
        private final boolean[] found;
        /** The short literals' answers, found on first asking: 0 not asked, 1 contained, 2 not. */
        private byte[] shortFound;

        private Found(String text, boolean[] found) {
            this.text = text;
            this.found = found;
        }

        /**
         * Whether the text contains the literal, which must be one of the set's.
         *
         * @throws IllegalArgumentException for a literal not in the set
         */
        public boolean contains(String literal) {
            return contains(id(literal));
        }

        /**
         * Whether the text contains the literal of this number ({@link LiteralSet#id}).
         *
         * @throws IllegalArgumentException for a number no literal of the set has
         */
        public boolean contains(int id) {
            if (id < 0 || id >= ids.size()) {
                throw new IllegalArgumentException("no literal of this set has number " + id);
            }
            if (id < automaton) {
                return found[id];
            }
            if (shortFound == null) {
                shortFound = new byte[shortOnes.size()];
            }
            int k = id - automaton;
            if (shortFound[k] == 0) {
                shortFound[k] = (byte) (text.contains(shortOnes.get(k)) ? 1 : 2);
            }
            return shortFound[k] == 1;
        }

        @Override
        public String toString() {
            List<String> in = new ArrayList<>();
            ids.keySet().forEach(l -> {
                if (contains(l)) {
                    in.add(l);
                }
            });
            return in.toString();
        }
    }

    @Override
    public String toString() {
        return Arrays.toString(ids.keySet().toArray());
    }
}
