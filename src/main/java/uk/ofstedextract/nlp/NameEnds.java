package uk.ofstedextract.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * Where a name ends at an abbreviation's stop, for {@link AbbreviationStops}: after a firm's, a person's or a street's
 * suffix ("Ltd.", "Jr.", "Ave.") or a dotted initialism naming a place ("the U.S."), whether the capitalised word after
 * the stop is the next sentence's subject or more of the name, and whether the sentence so far has a verb at all (a noun
 * phrase is no sentence). See docs/sentences.md.
 */
final class NameEnds {
    private final String text;

    NameEnds(String text) {
        this.text = text;
    }

    /**
     * A clause starts at {@code w}: a word of at least {@code minLength} letters in sentence case and then a lower-case
     * word ("Allow three …", "Bursaries are …"), not a month or day, nor an abbreviation.
     */
    static boolean clauseAt(String text, int w, int minLength) {
        String next = TextScan.nextWord(text, w);
        int after = w + next.length();
        return next.length() >= minLength && Character.isUpperCase(next.charAt(0)) && next.chars().skip(1).allMatch(Character::isLowerCase)
                && after + 1 < text.length() && text.charAt(after) == ' ' && Character.isLowerCase(text.charAt(after + 1))
                && !AbbreviationStops.DATES.contains(next.toLowerCase(Locale.ROOT)) && Abbreviations.kindOf(next) == null;
    }

    /**
     * Suffixes that end a person's, a firm's, a department's or a street's name: nothing of the name comes after them (a
     * street's compass point aside, "Park Ave. South"; "Dept." before "of" goes on, as lower case does). Not "Univ.",
     * which a press or a hospital follows ("Oxford Univ. Press").
     */
    static final Set<String> NAME_ENDS = Set.of("ltd", "inc", "co", "corp", "plc", "llp", "jr", "jnr", "sr",
            "snr", "bros", "dept", "depts", "rd", "ave", "blvd", "ln");
    /** Street types among {@link #NAME_ENDS}: a compass point after one is more of the street's name. */
    static final Set<String> STREETS = Set.of("rd", "ave", "blvd", "ln");
    static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "n", "s", "e", "w", "ne", "nw", "se", "sw");
    /**
     * Words that make a noun phrase and no clause: articles, determiners, numerals in words, prepositions and "and". A
     * sentence made of these and capitalised words has no verb yet ({@link #verbless}).
     */
    static final Set<String> PHRASE_WORDS = Set.of("the", "a", "an", "this", "that", "these", "those", "our",
            "their", "his", "her", "its", "my", "your", "all", "both", "some", "many", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "of", "in", "on", "at", "by", "for", "from", "to", "with", "and", "&");

    /**
     * The capitalised word at {@code w} is a sentence's subject, not more of a name: one word in sentence case and then
     * a lower-case word ("… Hale Bros. Production ended …", "… Downey Jr. Filming began …"). After a firm's or a
     * person's suffix any such word: the name has ended ("Orbit Ltd. Finance Director …", two capitalised words, goes
     * on). After a dotted initialism that names a place or a body ({@link #placeBefore}) only a plural or a gerund ("the
     * U.S. Officials have …", "the U.K. Rehearsals start …"): a singular noun there is mostly a name's ("the U.S. Navy in
     * 1990", "U.K. Parliament sat"), though a plural can be one too (at a sentence's start {@link #verbless} keeps "The
     * U.S. Marines landed" whole; after a verb "… saw the U.S. Marines land" would split: the rule's known cost).
     */
    boolean subjectAhead(Abbreviations.Kind abbr, String word, int w) {
        if (!clauseAt(text, w, 3)) {
            return false;
        }
        String next = TextScan.nextWord(text, w);
        if (abbr == Abbreviations.Kind.SUFFIX) {
            String suffix = word.toLowerCase(Locale.ROOT);
            return NAME_ENDS.contains(suffix) && !(STREETS.contains(suffix) && COMPASS.contains(next.toLowerCase(Locale.ROOT)));
        }
        if (!placeBefore(wordStart(w))) {
            return false; // "by J.K. Rowling and", "A.J. Evans said": a person's initials, whose surname goes on
        }
        String lower = next.toLowerCase(Locale.ROOT);
        return lower.endsWith("ing") && lower.length() > 5
                || lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is") && lower.length() > 3;
    }

    /**
     * The sentence so far, before the abbreviation at {@code wordStart}, has no verb: it is empty, or its first word is
     * an article, determiner, numeral or preposition ({@link #PHRASE_WORDS}) and every other word is one of those or
     * capitalised ("The U.S.", "Two U.K.", "Our Hallam Ltd."). A noun phrase is no sentence, so its stop cannot end one
     * before a capitalised subject ("The U.S. Marines landed"); a first word of another kind may be a verb ("Contact
     * Dunmore Ltd. Staff will …") and the sentence may end. Only for a capitalised noun after the stop: a pronoun or an
     * article after it is evidence enough ("Harper Bros. They built …").
     */
    boolean verbless(int wordStart, int sentenceStart) {
        return text.substring(sentenceStart, wordStart).isBlank() || phraseBefore(text, wordStart, sentenceStart);
    }

    /**
     * The sentence before the word at {@code wordStart} is a noun phrase's opening and not empty: its first word is an
     * article, determiner, numeral or preposition ({@link #PHRASE_WORDS}) and every other word is one of those or
     * capitalised ("The", "In the", "Our Hallam"), as {@link #verbless} reads it. A word after it ends no sentence: "The
     * temp. was …" is "The temp." and no sentence, so its stop is an abbreviation's.
     */
    static boolean phraseBefore(String text, int wordStart, int sentenceStart) {
        String before = text.substring(sentenceStart, wordStart).strip();
        if (before.isEmpty()) {
            return false;
        }
        String[] words = before.split("\\s+");
        for (int k = 0; k < words.length; k++) {
            String t = words[k].replaceAll("^[\\p{Punct}‘“’”]+|[\\p{Punct}‘“’”]+$", "");
            if (t.isEmpty() && !words[k].equals("&")) {
                continue;
            }
            boolean phrase = PHRASE_WORDS.contains(words[k].equals("&") ? "&" : t.toLowerCase(Locale.ROOT));
            boolean name = k > 0 && !t.isEmpty() && (Character.isUpperCase(t.charAt(0)) || Character.isDigit(t.charAt(0)));
            if (!phrase && !name) {
                return false;
            }
        }
        return true;
    }

    /** Where the abbreviation whose stop comes before the next word at {@code w} begins. */
    private int wordStart(int w) {
        int k = w;
        while (k > 0 && Character.isWhitespace(text.charAt(k - 1)) || k > 0 && SentenceCorrections.OPENERS.indexOf(text.charAt(k - 1)) >= 0) {
            k--;
        }
        while (k > 0 && !Character.isWhitespace(text.charAt(k - 1))) {
            k--;
        }
        return k;
    }

    /**
     * The initialism at {@code at} names a place or a body, not a person: "the" comes before it ("in the U.S.", "from the
     * U.K.") or a capitalised word and a comma ("Washington, D.C.").
     */
    private boolean placeBefore(int at) {
        int p = TextScan.spacesBefore(text, at, 0);
        if (p > 0 && text.charAt(p - 1) == ',') {
            int q = p - 1;
            int e = q;
            while (q > 0 && Character.isLetter(text.charAt(q - 1))) {
                q--;
            }
            return q < e && Character.isUpperCase(text.charAt(q));
        }
        int q = TextScan.lettersBefore(text, p, 0);
        return text.substring(q, p).equalsIgnoreCase("the");
    }
}
