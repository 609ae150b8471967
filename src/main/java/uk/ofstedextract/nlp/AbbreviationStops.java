package uk.ofstedextract.nlp;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a full stop after an abbreviation or a single capital ends a sentence: the abbreviation
 * decisions of {@link SentenceCorrections}, by the abbreviation's kind ({@link Abbreviations}) and the
 * word after it (docs/sentences.md):
 * <ul>
 * <li>titles and Latin terms go on before any word; "etc." and months end a sentence before a capital
 * (not before a bracketed year, "et al. (2019)");</li>
 * <li>name suffixes and dotted initialisms ("Ltd.", "U.K.") end one only before a word that starts
 * sentences (a pronoun, article, conjunction, preposition, quantifier, linking adverb or auxiliary, a title, or a
 * word the text also writes in lower case: {@link #OPENING_WORDS}) or, where the name has ended ({@link NameEnds}),
 * before a capitalised subject once the sentence has a verb, and not after a short opening phrase ("At 7 a.m. Dr.
 * Lee …");</li>
 * <li>"approx." and "ca." after a quantity end a sentence before a clause, as a unit does ("6 miles approx. Allow");</li>
 * <li>units and eras after a number or a rate's word end a sentence before a capital ("45 mins. Pupils", "450 B.C.
 * Much", "£8 per hr. Residents"), not after a short opening phrase ("In 43 A.D. Claudius");</li>
 * <li>"St." and "Dr." after a capitalised word are a street's ("Church St. Her …");</li>
 * <li>a single capital and a stop is an initial at a sentence's start, after a name, an initial, a comma
 * or colon, or a word that comes before names ("by J. Smith"), or before another initial ("is J. K.
 * Rowling"); otherwise the letter is a word ("plan B.", "you and I."); the last of a run of initials ends a
 * sentence before a pronoun or an article ("by Morris, K. T. They …").</li>
 * </ul>
 * One instance per text: it remembers the words the text writes in lower case.
 */
final class AbbreviationStops {
    /** Closed-class words and common openers that start sentences: evidence that a capital begins one. */
    static final Set<String> STARTERS = Set.of("the", "this", "that", "these", "those", "there", "here",
            "it", "its", "he", "she", "we", "they", "i", "you", "his", "her", "their", "our", "my", "your", "a", "an",
            "in", "on", "at", "by", "for", "from", "to", "with", "without", "after", "before", "during", "since",
            "until", "when", "while", "where", "what", "which", "who", "why", "how", "if", "although", "though",
            "but", "and", "or", "so", "yet", "however", "then", "now", "also", "nobody", "no", "some", "many",
            "most", "all", "each", "every", "both", "several", "few", "none", "one", "such", "as", "only", "even",
            "once", "today", "still", "instead", "overall", "therefore", "thus", "everyone", "someone", "not");
    /**
     * Words that open sentences and never go on a name or a title: {@link #STARTERS} and the rest of English's closed
     * classes (prepositions and conjunctions that open a clause, quantifiers, question words and auxiliaries opening a
     * question, numerals in words) and the adverbs that link a sentence to the one before ("Afterwards", "Meanwhile").
     * After a name suffix, a dotted initialism or a unit they are the evidence that a sentence ended at its stop ("in
     * the U.S. About half …", "Hale Bros. Because …"); a capitalised noun is not ("the U.S. Navy", "U.K. Parliament").
     */
    static final Set<String> OPENING_WORDS = union(STARTERS, Set.of("about", "above", "across", "against", "along",
            "among", "around", "because", "behind", "below", "beneath", "beside", "besides", "between", "beyond",
            "despite", "except", "inside", "into", "near", "outside", "over", "through", "throughout", "under",
            "unlike", "unless", "upon", "within", "whether", "whereas", "whilst", "whose", "whom", "any", "another",
            "other", "more", "much", "less", "neither", "either", "nor", "never", "always", "often", "sometimes",
            "usually", "perhaps", "meanwhile", "later", "soon", "afterwards", "yesterday", "tomorrow", "tonight",
            "again", "already", "indeed", "moreover", "furthermore", "nevertheless", "nonetheless", "otherwise",
            "hence", "finally", "similarly", "likewise", "consequently", "accordingly", "unfortunately", "fortunately",
            "recently", "currently", "initially", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "hundreds", "thousands", "millions", "dozens", "is", "are", "was", "were", "do", "does", "did",
            "has", "have", "had", "can", "could", "would", "should", "let", "yes", "thanks", "please"));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new HashSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }

    /** Lower-case words after which a capital and a stop are an initial ("signed by J. Smith"). */
    private static final Set<String> BEFORE_NAMES = Set.of("by", "and", "to", "from", "with", "for", "of", "at",
            "as", "or", "nor", "dear", "said", "told", "than", "via", "per", "like", "see", "called", "named",
            "including", "between");
    /** Prepositions that open a short introductory phrase ("At 7 a.m."). */
    private static final Set<String> INTRO = Set.of("at", "by", "from", "until", "till", "before", "after", "since",
            "on", "in", "around", "about");

    /** In capitals a word's case is no evidence: only pronouns, articles and demonstratives start sentences there. */
    private static final Set<String> CAPS_STARTERS = Set.of("the", "this", "that", "these", "those", "there", "it",
            "its", "he", "she", "we", "they", "i", "you", "his", "her", "their", "our", "my", "your", "a", "an",
            "please", "if", "all");
    /** Month and day names: a time's "p.m." goes on before them ("at 2 p.m. Tuesday"). */
    static final Set<String> DATES = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday");
    private static final Set<Abbreviations.Kind> TAKE_NUMBERS = EnumSet.of(Abbreviations.Kind.NUMBER,
            Abbreviations.Kind.DATE, Abbreviations.Kind.INNER, Abbreviations.Kind.UNIT);

    private final String text;
    private final int n;
    private final NameEnds nameEnds;
    private Set<String> lowerWords;

    AbbreviationStops(String text) {
        this.text = text;
        this.n = text.length();
        this.nameEnds = new NameEnds(text);
    }

    /**
     * Whether the stop after {@code word} (an abbreviation of kind {@code abbr}, not a reference: the model
     * decides those) ends the sentence that began at {@code sentenceStart}; {@code next} is the first
     * character after the white space, {@code w} the next word's first letter (after opening quotes).
     */
    boolean ends(Abbreviations.Kind abbr, String word, int wordStart, int next, int w, int sentenceStart) {
        return switch (abbr) {
            case TITLE -> streetEnd(word, wordStart, w, sentenceStart);
            case INNER -> QUALIFIERS.contains(word.toLowerCase(Locale.ROOT)) && afterQuantity(wordStart, sentenceStart)
                    && (startsSentence(w) || clauseAhead(w))
                    && !introductory(wordStart, sentenceStart); // "6 miles approx. Allow three hours"

            case FINAL, DATE -> !bracketedNumber(next);
            case UNIT -> !bracketedNumber(next) && (afterNumber(wordStart, sentenceStart) || rate(word, wordStart, sentenceStart)
                    || startsSentence(w))
                    && !introductory(wordStart, sentenceStart); // "8 oz. (225 g) of flour": a conversion goes on
            case SUFFIX, INITIALISM -> (lowerCase(word) ? capitalAhead(w)
                    : startsSentence(w) || nameEnds.subjectAhead(abbr, word, w) && !nameEnds.verbless(wordStart, sentenceStart))
                    && !introductory(wordStart, sentenceStart);
            case NUMBER -> throw new IllegalArgumentException("a reference abbreviation is the model's to decide");
        };
    }

    /** An abbreviation whose number follows it ("No. 4", "Feb. 3", "approx. 250", "3 tsp. 2"): the number is its own. */
    static boolean takesNumber(Abbreviations.Kind abbr) {
        return abbr != null && TAKE_NUMBERS.contains(abbr);
    }

    /**
     * A reference's number or code after its abbreviation: "Eq. (4)", "ref. AB/123" (a word with a digit), "Vol. II",
     * "ch. XIV" (a roman numeral of two letters or more; a lone "I" may be the pronoun: "said no. I left").
     */
    boolean referenceAhead(int next) {
        if (bracketedNumber(next) || numberLabelAhead(next)) {
            return true;
        }
        String roman = TextScan.nextWord(text, next);
        if (roman.length() >= 2 && roman.chars().allMatch(c -> "IVXLC".indexOf(c) >= 0)) {
            return true;
        }
        for (int k = next; k < n && !Character.isWhitespace(text.charAt(k)) && k - next < 24; k++) {
            if (Character.isDigit(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "No." or "Nos." and a number at {@code next}: after a reference abbreviation it is the reference's number ("Reg.
     * No. 1234", "U.S. Pat. No. 5,123,456", "Tel. No. 0113 …"), not a new sentence.
     */
    private boolean numberLabelAhead(int next) {
        String w = TextScan.nextWord(text, next);
        int k = next + w.length();
        if (!(w.equals("No") || w.equals("Nos")) || k + 2 >= n || text.charAt(k) != '.') {
            return false;
        }
        k++;
        while (k < n && text.charAt(k) == ' ') {
            k++;
        }
        return k > next + w.length() + 1 && k < n && Character.isDigit(text.charAt(k));
    }

    /**
     * {@code word} is in capitals and so is the sentence so far, up to it at {@code wordStart} ("SEE NO. 4",
     * "HELD AT ST. JOHN’S"): it has another word of capitals and no lower-case letter.
     */
    boolean inCapitals(String word, int wordStart, int sentenceStart) {
        if (word.length() < 2 || !word.chars().allMatch(Character::isUpperCase)) {
            return false; // first: most words before a stop are not in capitals, and the scan below costs
        }
        int capitals = 0;
        int run = 0;
        for (int k = sentenceStart; k < wordStart; k++) {
            char c = text.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            run = Character.isUpperCase(c) ? run + 1 : 0;
            if (run == 2) {
                capitals++;
            }
        }
        return capitals > 0;
    }

    /**
     * A lower-case abbreviation ("p.m.", "s.d.", "plc.") is no part of a name, so a capitalised word after it
     * starts a sentence; not a month or day ("2 p.m. Tuesday") or a word in capitals ("9 a.m. GMT").
     */
    private boolean capitalAhead(int w) {
        String next = TextScan.nextWord(text, w);
        if (next.isEmpty()) {
            return true;
        }
        if (!Character.isUpperCase(next.charAt(0)) || next.length() > 1 && Character.isUpperCase(next.charAt(1))) {
            return false;
        }
        String lower = next.toLowerCase(Locale.ROOT);
        return !DATES.contains(lower) && Abbreviations.kindOf(next) != Abbreviations.Kind.DATE;
    }

    private static boolean lowerCase(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (Character.isUpperCase(word.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a capital {@code letter} and a stop, the word at {@code at}, end the sentence before the word at {@code w}. */
    boolean letterEnds(String letter, int at, int w, int sentenceStart) {
        if (initialAhead(w)) {
            return false;
        }
        if (letter.equals("I") && initialIAfterPreposition(at, w, sentenceStart)) {
            return false; // "edited by I. Kowalska and sold": after "by" the letter is no pronoun, so an initial
        }
        return suffixBeforeStarter(letter, at, w, sentenceStart) || lastOfInitials(at, w, sentenceStart)
                || loneLetterBeforePronoun(at, w, sentenceStart) || !initial(letter, at, sentenceStart);
    }

    /** Prepositions after which "I" cannot be the pronoun (English writes "by me", "from me"). */
    private static final Set<String> NOT_BEFORE_PRONOUN_I = Set.of("by", "from", "to", "with", "for", "of", "at", "via",
            "per", "dear", "called", "named", "including", "between", "see");

    /**
     * "edited by I. Kowalska and sold", "a letter from I. Novak arrived": "I." after a preposition that the pronoun "I"
     * never follows, before a capitalised word that starts no sentence, is an initial before a surname; after "than" or
     * "said" it is the pronoun ("more surprised than I. Petrova had not …", "said I. Then").
     */
    private boolean initialIAfterPreposition(int at, int w, int sentenceStart) {
        String next = TextScan.nextWord(text, w);
        if (next.length() < 2 || !Character.isUpperCase(next.charAt(0)) || !Character.isLowerCase(next.charAt(1))
                || OPENING_WORDS.contains(next.toLowerCase(Locale.ROOT))) {
            return false;
        }
        int p = TextScan.spacesBefore(text, at, sentenceStart);
        int q = TextScan.lettersBefore(text, p, sentenceStart);
        return q < p && p < at && NOT_BEFORE_PRONOUN_I.contains(text.substring(q, p));
    }

    /**
     * "a name beginning with K. It was the eleventh": a lone capital after a word in lower case, before a pronoun, article
     * or demonstrative, which no surname is, names a letter or a thing, and its stop ends the sentence; before a surname it
     * is an initial ("with K. Duffy and").
     */
    private boolean loneLetterBeforePronoun(int at, int w, int sentenceStart) {
        if (w >= n || !Character.isUpperCase(text.charAt(w)) || !PRONOUNS.contains(TextScan.nextWord(text, w).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int p = TextScan.spacesBefore(text, at, sentenceStart);
        int q = TextScan.lettersBefore(text, p, sentenceStart);
        return q < p && p < at && lowerCase(text.substring(q, p)) && (q == sentenceStart || Character.isWhitespace(text.charAt(q - 1)));
    }

    /** Pronouns, articles and demonstratives: no surname is one, so after a run of initials they start a sentence. */
    private static final Set<String> PRONOUNS = Set.of("the", "this", "that", "these", "those", "there", "it", "its", "he",
            "she", "we", "they", "you", "his", "her", "their", "our", "my", "your", "an");

    /**
     * "edited by Hall, J. R. It sold well": the letter at {@code at} is the last of a run of initials (another initial
     * comes before it) and a pronoun, article or demonstrative follows, which no surname is: the name ends there, written
     * surname first, and so does the sentence. Before a surname the run goes on ("J. R. Hall and").
     */
    private boolean lastOfInitials(int at, int w, int sentenceStart) {
        if (w >= n || !Character.isUpperCase(text.charAt(w)) || !PRONOUNS.contains(TextScan.nextWord(text, w).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int p = TextScan.spacesBefore(text, at, sentenceStart);
        return p - 2 >= sentenceStart && text.charAt(p - 1) == '.' && Character.isUpperCase(text.charAt(p - 2))
                && (p - 2 == sentenceStart || !Character.isLetter(text.charAt(p - 3)));
    }

    /**
     * "heard by Patel J. She refused it", "chose plan B. The": a capital after a capitalised word is a middle
     * initial only when a name goes on after it ("John F. Kennedy"); before a word that starts sentences it is a
     * suffix (a judge's "J."), a letter naming a thing, and its stop ends the sentence.
     */
    private boolean suffixBeforeStarter(String letter, int at, int w, int sentenceStart) {
        if (w >= n || !Character.isUpperCase(text.charAt(w))
                || !OPENING_WORDS.contains(TextScan.nextWord(text, w).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int q = capitalisedWordBefore(at, sentenceStart);
        return q >= 0 && text.charAt(at - 1) == ' ' && (q == sentenceStart || !Character.isLetterOrDigit(text.charAt(q - 1)));
    }

    /**
     * Where the capitalised word before {@code at} (after the spaces before {@code at}) begins, "Patel" in "Patel J."
     * and "Church" in "Church St."; -1 if that word is missing, in lower case, or one that starts sentences ("The").
     */
    private int capitalisedWordBefore(int at, int sentenceStart) {
        int p = TextScan.spacesBefore(text, at, sentenceStart);
        int q = TextScan.lettersBefore(text, p, sentenceStart);
        return q < p && Character.isUpperCase(text.charAt(q)) && !STARTERS.contains(text.substring(q, p).toLowerCase(Locale.ROOT))
                ? q : -1;
    }

    /** "J. K. Rowling", "I. M. Pei": another initial follows, so this letter is one of a run of initials. */
    private boolean initialAhead(int at) {
        return at + 2 < n && Character.isUpperCase(text.charAt(at)) && text.charAt(at + 1) == '.'
                && (Character.isWhitespace(text.charAt(at + 2)) || Character.isUpperCase(text.charAt(at + 2)));
    }

    /**
     * Inner abbreviations that qualify a quantity and may follow it ("6 miles approx."); the others introduce what comes
     * after them ("e.g.", "cf.", "vs.") and never end a clause.
     */
    private static final Set<String> QUALIFIERS = Set.of("approx", "ca");
    /**
     * A clause starts at {@code w}: a word in sentence case and then a lower-case word ("Allow three …", "Bursaries
     * are …"), not a month or day, nor an abbreviation.
     */
    private boolean clauseAhead(int w) {
        return NameEnds.clauseAt(text, w, 2);
    }

    /**
     * The word at {@code wordStart} follows a quantity: a number, or a number and one lower-case word ("£300 approx.",
     * "6 miles approx."), so it qualifies that quantity and ends its phrase.
     */
    private boolean afterQuantity(int wordStart, int sentenceStart) {
        String[] words = text.substring(sentenceStart, wordStart).strip().split("\\s+");
        int k = words.length - 1;
        if (k >= 1 && !words[k].isEmpty() && words[k].chars().allMatch(Character::isLowerCase)) {
            k--;
        }
        return k >= 0 && words[k].chars().anyMatch(Character::isDigit) && words[k].matches("[£$€]?[0-9]([0-9,.]*[0-9])?%?");
    }

    /** "et al. (2019)", "Sept. (2020)": a bracket opening with a number after the stop is a citation. */
    private boolean bracketedNumber(int at) {
        return text.charAt(at) == '(' && at + 1 < n && Character.isDigit(text.charAt(at + 1));
    }

    /** Words before a unit that make it a rate ("£300 per wk.", "twice a wk."). */
    private static final Set<String> RATE_WORDS = Set.of("per", "a", "an", "each", "every");

    /**
     * The unit {@code word}, in lower case, follows a rate's word ("per wk.", "a wk.", "each hr."): the end of its
     * phrase, as after a number. Not a unit in capitals ("a Ft. Worth hotel"), which is a name's.
     */
    private boolean rate(String word, int wordStart, int sentenceStart) {
        if (!lowerCase(word)) {
            return false;
        }
        int k = TextScan.spacesBefore(text, wordStart, sentenceStart);
        int q = TextScan.lettersBefore(text, k, sentenceStart);
        return q < k && k < wordStart && RATE_WORDS.contains(text.substring(q, k));
    }

    /** The word at {@code wordStart} follows a number ("45 mins.", "2 lb."): it is that number's unit. */
    private boolean afterNumber(int wordStart, int sentenceStart) {
        int k = wordStart;
        while (k > sentenceStart && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\u00A0')) {
            k--;
        }
        return k > sentenceStart && k < wordStart && Character.isDigit(text.charAt(k - 1));
    }

    /**
     * "St." and "Dr." after a capitalised word are a street's ("Church St.", "Oak Dr."), not a title, and end
     * a sentence before a word that starts sentences ("Church St. Her brother …"); before a name they are
     * a title still ("Bury St. Edmunds", "Professor Dr. Weber").
     */
    private boolean streetEnd(String word, int wordStart, int w, int sentenceStart) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!lower.equals("st") && !lower.equals("dr")) {
            return false;
        }
        int q = capitalisedWordBefore(wordStart, sentenceStart);
        if (q < 0) {
            return false;
        }
        String next = TextScan.nextWord(text, w);
        if (OPENING_WORDS.contains(next.toLowerCase(Locale.ROOT))) {
            return true;
        }
        // "… moved to 22 Mill St. Appointments are unchanged": after a house number the name and "St." are a whole
        // address's street, so a capitalised word that lower case follows opens a sentence; a town goes on ("22 Mill St.
        // Leeds LS1 4AB")
        int p = TextScan.spacesBefore(text, q, sentenceStart);
        int after = w + next.length();
        return p < q && p > sentenceStart && Character.isDigit(text.charAt(p - 1)) && next.length() > 1
                && after + 1 < n && text.charAt(after) == ' ' && TextScan.lowerStart(text, after + 1);
    }

    /** A capital and a stop is an initial: see the class comment. */
    private boolean initial(String letter, int at, int sentenceStart) {
        int p = at;
        while (p > sentenceStart && Character.isWhitespace(text.charAt(p - 1))) {
            p--;
        }
        if (!TextScan.hasText(text, sentenceStart, p)) {
            return !letter.equals("I");
        }
        int q = p;
        while (q > sentenceStart && !Character.isWhitespace(text.charAt(q - 1))) {
            q--;
        }
        String prev = text.substring(q, p);
        boolean capitalised = Character.isUpperCase(prev.charAt(0)) && prev.chars().allMatch(Character::isLetter)
                && !STARTERS.contains(prev.toLowerCase(Locale.ROOT));
        if (letter.equals("I")) {
            return capitalised;
        }
        char last = prev.charAt(prev.length() - 1);
        boolean title = last == '.' && Abbreviations.isTitle(prev.substring(0, prev.length() - 1));
        return capitalised || title || ",:(".indexOf(last) >= 0 || prev.matches("[A-Z]\\.")
                || BEFORE_NAMES.contains(prev.toLowerCase(Locale.ROOT));
    }

    /** The word at {@code at} starts sentences, is a title, or is written in lower case elsewhere in the text. */
    private boolean startsSentence(int at) {
        String w = TextScan.nextWord(text, at);
        if (w.isEmpty()) {
            return true;
        }
        int after = at + w.length();
        if (after < n && text.charAt(after) == '.' && Abbreviations.isTitle(w)) {
            return true;
        }
        if (w.length() > 1 && Character.isUpperCase(w.charAt(1))) {
            return CAPS_STARTERS.contains(w.toLowerCase(Locale.ROOT)); // "5 P.M. ON FRIDAY" goes on, "6 P.M. WE OPEN" ends
        }
        if (OPENING_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return w.length() > 1 && Character.isLowerCase(w.charAt(1)) && lowerWords().contains(w.toLowerCase(Locale.ROOT));
    }

    private Set<String> lowerWords() {
        if (lowerWords == null) {
            lowerWords = new HashSet<>();
            int k = 0;
            while (k < n) {
                if (Character.isLowerCase(text.charAt(k)) && (k == 0 || !Character.isLetter(text.charAt(k - 1)))) {
                    int e = k;
                    while (e < n && Character.isLetter(text.charAt(e))) {
                        e++;
                    }
                    lowerWords.add(text.substring(k, e));
                    k = e;
                } else {
                    k++;
                }
            }
        }
        return lowerWords;
    }

    /** The sentence so far is a short opening phrase ("At 7 a.m."): at most four words after a preposition. */
    private boolean introductory(int wordStart, int sentenceStart) {
        String before = text.substring(sentenceStart, wordStart).strip();
        String[] words = before.split("\\s+");
        return words.length <= 3 && INTRO.contains(words[0].toLowerCase(Locale.ROOT));
    }
}
