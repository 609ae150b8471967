package uk.ofstedextract.nlp;

import java.util.Arrays;

/**
 * A window onto the words of a finding as {@link ThemeTagger} reads them: each word as written (lower case), folded
 * to its singular (also with a possessive ending dropped), its offsets in the finding, and the number of its clause
 * (a new clause after {@code . ; : ! ?}) and of its phrase (also after {@code , ( ) [ ]}). Indices are the window's
 * own, from 0; the window holds at most its capacity, so a finding of millions of words is read a window at a time
 * in bounded memory (the rules only look a few words either side of a term, within its clause). Mutable, one per
 * tagging call.
 */
final class WordWindow {
    private String[] raw;
    private String[] words;
    private String[] base;
    private int[] start;
    private int[] end;
    private int[] clause;
    private int[] phrase;
    private int size;

    WordWindow(int capacity) {
        raw = new String[capacity];
        words = new String[capacity];
        base = new String[capacity];
        start = new int[capacity];
        end = new int[capacity];
        clause = new int[capacity];
        phrase = new int[capacity];
    }

    int size() {
        return size;
    }

    boolean full() {
        return size == raw.length;
    }

    /** Word i as written, lower case. */
    String raw(int i) {
        return raw[i];
    }

    /** Word i folded to its singular. */
    String word(int i) {
        return words[i];
    }

    /**
     * Word i folded to its singular with a possessive ending dropped ("children's" and "carers'" read as "child" and
     * "carer"); the same object as {@link #word} for a word that is not possessive.
     */
    String base(int i) {
        return base[i];
    }

    int start(int i) {
        return start[i];
    }

    int end(int i) {
        return end[i];
    }

    int clause(int i) {
        return clause[i];
    }

    int phrase(int i) {
        return phrase[i];
    }

    void add(String rawWord, String singular, String possessiveBase, int from, int to, int clauseNumber,
             int phraseNumber) {
        raw[size] = rawWord;
        words[size] = singular;
        base[size] = possessiveBase;
        start[size] = from;
        end[size] = to;
        clause[size] = clauseNumber;
        phrase[size] = phraseNumber;
        size++;
    }

    /** Forgets the first n words; the rest move to the front. */
    void drop(int n) {
        int keep = size - n;
        System.arraycopy(raw, n, raw, 0, keep);
        System.arraycopy(words, n, words, 0, keep);
        System.arraycopy(base, n, base, 0, keep);
        System.arraycopy(start, n, start, 0, keep);
        System.arraycopy(end, n, end, 0, keep);
        System.arraycopy(clause, n, clause, 0, keep);
        System.arraycopy(phrase, n, phrase, 0, keep);
        Arrays.fill(raw, keep, size, null);
        Arrays.fill(words, keep, size, null);
        Arrays.fill(base, keep, size, null);
        size = keep;
    }
}
