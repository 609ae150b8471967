package uk.ofstedextract.nlp;

import java.util.List;
import java.util.Set;

/**
 * Whose pace a manner word judges. A manner term ("swiftly", "timely", "prompt") says how the subject of
 * its clause acts; it belongs to a theme only when that action is work with children. Without a
 * part-of-speech tagger the subject is read as the words before the term back to a comma, a bracket or a
 * word that opens a clause ("that", "when", "but"…), at most {@value #BACK} words; the purpose as the words
 * after it in the same sentence, at most {@value #AHEAD}. The term does not count when
 * <ul>
 * <li>(no child, family or case is named in the words before it back to that boundary, and) its subject
 * holds one of the {@code notSubject} phrases ("Senior leaders have not been swift enough",
 * "The Board ... in a timely manner"), not after "team", "practice" or "school" (a team leader's work is
 * casework), and no child, family or case is named between that subject and the term or in the
 * {@value #CHILD_AFTER} words after it ("senior managers fail to take timely action when children's
 * circumstances ..." still counts); or</li>
 * <li>one of the {@code notPurpose} words follows it before any child, family or case is named or a new
 * clause opens, and none
 * is named in the {@value #OBJECT} words after that word ("took swift action to improve the service", but
 * not "timely action to improve their circumstances").</li>
 * </ul>
 * Immutable.
 */
final class MannerRule {
    static final int BACK = 10;
    static final int AHEAD = 8;
    static final int CHILD_AFTER = 6;
    static final int OBJECT = 5;

    /** Words (folded, singular) that open a clause: the subject of a manner word lies after them. */
    private static final Set<String> OPENERS = Set.of("that", "which", "who", "whom", "whose", "when", "where",
            "while", "whilst", "if", "because", "although", "though", "but", "as", "since", "until", "unless", "so",
            "once", "after", "before", "ensuring", "meaning", "mean", "ensure", "enable", "enabling");
    /** Words before a subject phrase that make it someone doing casework ("team leader"). */
    private static final Set<String> CASEWORK = Set.of("team", "practice", "school", "group", "youth");
    /** Words (folded, singular) naming a child, a family or a case: then the action is work with children. */
    static final Set<String> CHILD = Set.of("child", "children's", "child's", "young", "people", "people's",
            "family", "family's", "families'", "baby", "parent", "carer", "pupil", "learner", "leaver", "case",
            "referral", "circumstance", "risk", "harm", "protect", "protection", "safe", "safety", "safeguard",
            "adopter", "girl", "boy", "sibling", "outcome", "situation", "wellbeing", "life", "live");

    private final List<List<String>> terms;
    private final List<List<String>> subjects;
    private final List<List<String>> purposes;

    MannerRule(List<List<String>> terms, List<List<String>> subjects, List<List<String>> purposes) {
        this.terms = List.copyOf(terms);
        this.subjects = List.copyOf(subjects);
        this.purposes = List.copyOf(purposes);
    }

    /** The most words any of its phrases spans, and how far before and after a term it reads. */
    int reach() {
        int longest = 0;
        for (List<List<String>> l : List.of(terms, subjects, purposes)) {
            for (List<String> p : l) {
                longest = Math.max(longest, p.size());
            }
        }
        return longest + BACK + AHEAD + OBJECT + CHILD_AFTER;
    }

    /** Whether the hit on words [from, to) is a manner term whose subject or purpose is not work with children. */
    boolean vetoes(int from, int to, WordWindow w) {
        if (!isTerm(w, from, to)) {
            return false;
        }
        int start = from;
        while (start > 0 && from - start < BACK && w.phrase(start - 1) == w.phrase(from)
                && !OPENERS.contains(w.raw(start - 1))) {
            start--;
        }
        if (childIn(w, start, from)) {
            return false;
        }
        for (int k = start; k < from; k++) {
            int len = startsWith(subjects, w, k, from);
            if (len > 0 && (k == 0 || !CASEWORK.contains(w.raw(k - 1)))
                    && !childIn(w, k + len, from) && !childIn(w, to, ahead(to, CHILD_AFTER, w))) {
                return true;
            }
        }
        int end = ahead(to, AHEAD, w);
        for (int k = to; k < end; k++) {
            if (CHILD.contains(w.word(k)) || OPENERS.contains(w.raw(k))) {
                return false;
            }
            int len = startsWith(purposes, w, k, end);
            if (len > 0) {
                return !childIn(w, k + len, Math.min(k + len + OBJECT, ahead(k + len, OBJECT, w)));
            }
        }
        return false;
    }

    private boolean isTerm(WordWindow w, int from, int to) {
        for (List<String> t : terms) {
            if (t.size() == to - from && same(t, w, from)) {
                return true;
            }
        }
        return false;
    }

    /** The end of the n words from i on that lie in word i-1's sentence. */
    private static int ahead(int i, int n, WordWindow w) {
        if (i == 0 || i >= w.size()) {
            return Math.min(i, w.size());
        }
        int c = w.clause(i - 1);
        int end = i;
        while (end < w.size() && end - i < n && w.clause(end) == c) {
            end++;
        }
        return end;
    }

    private static boolean childIn(WordWindow w, int from, int to) {
        for (int k = from; k < to; k++) {
            if (CHILD.contains(w.word(k))) {
                return true;
            }
        }
        return false;
    }

    /** The length of the longest phrase that starts at word k and ends before limit, or 0. */
    private static int startsWith(List<List<String>> phrases, WordWindow w, int k, int limit) {
        int best = 0;
        for (List<String> p : phrases) {
            if (k + p.size() <= limit && p.size() > best && same(p, w, k)) {
                best = p.size();
            }
        }
        return best;
    }

    /** Whether the folded words from k on are the phrase's. */
    private static boolean same(List<String> phrase, WordWindow w, int k) {
        for (int j = 0; j < phrase.size(); j++) {
            if (!phrase.get(j).equals(w.word(k + j))) {
                return false;
            }
        }
        return true;
    }
}
