package uk.ofstedextract.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * The words and normal forms the keyword rules read ({@link KeywordTagger}, docs/keywords.md): word lists
 * written from general English (evaluative and classifying modifiers, generic and light heads, verb forms,
 * prepositions, determiners), Ofsted's boilerplate ({@link #STOP}), the terms of the trade
 * ({@code nlp/trade-terms.txt}), and how a phrase is normalised ({@link #key}, {@link #singular}, {@link #fold}).
 */
final class Lexicon {
    private Lexicon() {
    }

    /** Words the tagger often mislabels as prepositions although they are nouns here ("oversight"). */
    static final Set<String> PREPOSITIONS = Set.of("of", "in", "on", "at", "by", "for", "with", "about",
            "against", "between", "into", "through", "during", "before", "after", "above", "below", "to", "from",
            "up", "down", "over", "under", "than", "within", "without", "across", "along", "among", "around",
            "since", "until", "upon", "via", "despite", "towards", "toward", "per", "as", "like", "because", "while",
            "throughout", "alongside", "beside", "besides", "outside", "inside", "amongst", "concerning", "unless",
            "whereas", "whilst", "where", "when", "once", "though", "therefore", "however", "rather",
            "although", "if", "whether", "that", "so", "including", "following", "regarding", "beyond", "near",
            "behind", "beneath", "underneath", "onto", "amid", "amidst", "unlike", "versus", "except", "ahead");

    /** Leading words that say how good something is, not what it is. */
    static final Set<String> EVALUATIVE = Set.of("good", "effective", "ineffective", "strong", "weak", "poor",
            "clear", "unclear", "consistent", "inconsistent", "timely", "appropriate", "inappropriate", "sufficient",
            "insufficient", "robust", "many", "most", "some", "other", "several", "recent", "new", "further",
            "significant", "high", "low", "better", "best", "worse", "more", "less", "few", "all", "each", "every",
            "overall", "key", "wide", "broad", "positive", "negative", "improved", "improving", "increased",
            "increasing", "limited", "considerable", "excellent", "outstanding", "inadequate", "adequate",
            "satisfactory", "regular", "frequent", "prompt", "swift", "thorough", "careful", "detailed", "well",
            "very", "much", "same", "different", "particular", "specific", "current", "previous", "last", "first",
            "second", "third", "small", "large", "great", "greater", "full", "whole", "own", "such", "various",
            "additional", "initial", "ongoing", "continued", "greatest", "highest", "lowest", "strongest", "little",
            "numerous", "certain", "relevant", "necessary", "important", "real", "right", "wrong", "late",
            "recently", "notable", "meaningful", "purposeful", "skilled", "experienced", "committed", "dedicated",
            "individual", "vulnerable", "future", "basic", "ambitious", "widespread", "daily", "weekly", "vast",
            // the rest of the words of frequency, which say how often, as "daily", "weekly", "regular" and "frequent" do
            // ("monthly supervision" is supervision); not "annual", which names kinds ("annual review", "annual report")
            "monthly", "termly", "fortnightly", "quarterly", "yearly", "hourly", "nightly",
            "immediate", "potential", "crucial", "unacceptable", "extensive", "comprehensive", "impressive",
            "responsive", "supportive", "valuable", "invaluable", "tangible", "wider", "wide-ranging",
            // words that place a thing in a sequence name it no more than "previous" does ("subsequent plans", "the next
            // placement");
            // not "later" and "former", which also make kinds ("later life letters", "former foster carers")
            "subsequent", "prior", "earlier", "latter", "existing", "next",
            // and a word that grades by a norm ("average attendance", "above average"); the restrictive adjectives, which
            // single a thing out as the only one, not a kind of it ("the sole reason", "a mere formality"; Quirk et al.
            // 7.33), not "main", "chief", "principal" and "single", which also name ranks, parts and kinds ("the main
            // board", "chief executive", "principal social worker", "single assessment framework"); and "original",
            // which places a thing first in a sequence as "initial" does ("the original referral")
            "average", "sole", "mere", "original",
            // and "respective", which distributes a noun over the things named before it ("their respective roles"),
            // naming no kind of it (Quirk et al. 7.33, with "sole" and "mere")
            "respective",
            // adjectives that say how fitting, sound or well-judged a thing is (each with its opposite where English
            // has one), not what kind it is: "suitable placement" is a placement, "manageable caseload" a caseload
            "suitable", "unsuitable", "stable", "unstable", "accurate", "inaccurate", "manageable", "unmanageable",
            "rigorous", "unnecessary", "avoidable", "successful", "unsuccessful", "smooth", "close",
            "stronger", "weaker", "firm", "trusting", "proportionate", "disproportionate", "realistic",
            "unrealistic", "knowledgeable", "cogent", "lengthy", "excessive",
            // adjectives that say how grave, how well-meant or how new a thing is: "serious delays" are delays,
            // "constructive relationships" relationships, "a renewed enthusiasm" enthusiasm, "a newly established
            // team" a team ("serious case review" and "serious incident" are terms: see CLASSIFYING)
            "serious", "constructive", "renewed", "established",
            // the opposites of "frequent" and "regular", which grade already ("infrequent supervision" is supervision)
            "infrequent", "irregular",
            // words of quantity, which say how many or how much there is of a thing, not what it is ("enough foster
            // carers" are foster carers, "scant contributions" contributions), as "many", "few" and "sufficient" above
            "enough", "fewer", "fewest", "ample", "scant", "scarce", "abundant", "plentiful", "countless", "multiple",
            // adjectives English uses after a verb, before a clause, not before a noun of their own ("make sure children
            // have placements", "are aware parents can call"): never a modifier of kind
            "sure", "unsure", "aware", "unaware", "unable", "likely", "unlikely");

    /**
     * Leading words of {@link #EVALUATIVE} that also sort things into kinds: they stay where the phrase is a
     * term of the trade ("initial assessment", "key stage", "further education", "significant harm"), while
     * grading words go even then ("consistent social worker" is a theme's evidence, not a keyword).
     */
    static final Set<String> CLASSIFYING = Set.of("initial", "first", "second", "third", "key", "further",
            "significant", "immediate", "specific", "individual", "additional",
            // "suitable accommodation" is the statutory term for where a care leaver lives (Children Act 1989
            // s.23B(8), the Care Leavers (England) Regulations 2010) and DfE's published measure of it
            "suitable",
            // "serious case review", "serious incident notification": statutory reviews and notifications
            // (Working Together to Safeguard Children), named so in the trade
            "serious",
            // "multiple" counts ("multiple changes of social worker") but also names a kind in a term ("multiple occupancy")
            "multiple");

    /**
     * Words in "-ing" that English uses as adjectives before a noun, participles of verbs that take no object here:
     * "competing demands", "presenting needs", "missing children", "challenging behaviour", "neighbouring
     * authorities". After a preposition they modify the noun; a gerund that takes the noun as its object ("in
     * achieving permanence") does not ({@code NounPhrases.gerundClause}).
     */
    static final Set<String> PARTICIPLE_ADJECTIVES = Set.of("competing", "presenting", "missing", "challenging",
            "neighbouring", "rising", "falling", "growing", "emerging", "changing", "continuing", "enduring",
            "caring", "remaining", "underlying", "declining", "worsening", "overarching", "promising", "pressing",
            "existing", "increasing", "improving", "ongoing", "outstanding", "developing", "evolving", "escalating",
            "worrying", "concerning", "disabling", "offending", "exciting", "interesting", "varying",
            "differing", "loving", "nurturing", "willing", "demanding", "lasting", "longstanding",
            "corresponding", "surrounding", "incoming", "outgoing", "upcoming",
            "leading", "living", "working", "waiting");
    static final Set<String> STOP = Set.of("local authority", "authority", "child", "children", "young person",
            "young people", "people", "family", "families", "parent", "carer", "inspector", "inspection", "ofsted",
            "council", "service", "time", "way", "number", "range", "majority", "minority", "lot", "part", "area",
            "level", "use", "example", "instance", "case", "need", "work", "practice", "result", "place", "point",
            "year", "month", "week", "day", "issue", "thing", "aspect", "fact", "impact", "quality", "proportion",
            "most children", "child's", "children's", "their", "this", "that", "these", "those", "which", "who",
            "what", "it", "they", "we", "he", "she", "them", "one", "cases", "experience", "progress",
            "improvement", "support", "help", "care", "action", "plan", "decision", "member", "staff", "leader",
            "manager", "partner", "agency", "team", "worker", "social worker", "professional", "life", "lives",
            "focused visit", "ofsted focused visit", "monitoring visit", "full inspection", "last inspection",
            "previous inspection", "social care", "children's social care", "child's social care",
            "children's service", "children and young person", "children and family", "child and family",
            "multi-agency", "local area", "partnership", "practitioner", "adviser", "advisor", "officer",
            // the establishment itself, as a pre-registration report calls it
            "proposed school");

    /**
     * Nouns naming the people a report is about (in their folded, singular form): two words ending in one of
     * them name a kind of those people only when the pair is established ("disabled children", "young
     * carers"); otherwise the first word is most often a verb with its object ("hold children", "support pupils").
     */
    static final Set<String> PEOPLE = Set.of("child", "family", "parent", "carer", "people", "person", "pupil",
            "student", "learner", "adult", "adopter");

    /**
     * Heads too general to name a topic alone or with only adjectives before them ("response", "vast
     * majority", "responsive service"); with a noun before them they may ("housing service"). Written from
     * general English: nouns of quantity, degree, time, manner, relation, evaluation and change.
     */
    static final Set<String> GENERIC = Set.of("ability", "absence", "access", "account", "action", "activity",
            "addition", "amount", "approach", "area", "arrangement", "aspect", "attention", "awareness", "basis",
            "benefit", "case", "cause", "challenge", "chance", "change", "choice", "circumstance", "commitment",
            "concern", "condition", "confidence", "consequence", "consideration", "context", "contribution",
            "deal", "degree", "delivery", "detail", "difference", "difficulty", "direction", "effect", "effort",
            "element", "emphasis", "end", "environment", "evidence", "example", "experience", "extent", "fact",
            "factor", "feature", "focus", "form", "function", "gap", "goal", "group", "growth", "help", "idea",
            "impact", "implementation", "importance", "improvement", "increase", "individual", "information",
            "input", "instance", "interest", "involvement", "issue", "item", "kind", "knowledge", "lack", "level",
            "life", "line", "list", "lot", "majority", "manner", "matter", "means", "measure", "member", "method",
            "minority", "moment", "nature", "need", "number", "objective", "occasion", "opportunity", "option",
            "order", "outcome", "pace", "part", "pattern", "percentage", "period", "person", "place", "point",
            "position", "potential", "practice", "presence", "priority", "problem", "process", "progress",
            "proportion", "purpose", "quality", "quantity", "question", "range", "rate", "reason", "reduction",
            "regard", "requirement", "response", "result", "rise", "risk", "role", "sense", "series", "service",
            "set", "share", "side", "sign", "situation", "size", "sort", "source", "stage", "standard", "state",
            "status", "step", "strength", "success", "support", "system", "task", "term", "thing", "time",
            "total", "type", "understanding", "use", "value", "variety", "view", "way", "weakness", "whole",
            "work", "world", "year", "month", "week", "day", "hour", "zero", "people", "pupil", "staff", "effectiveness",
            "welfare", "volume", "subject", "structure", "shortfall", "sample", "rigour", "population",
            "performance", "organisation", "introduction", "identification", "heart", "framework", "development",
            "control", "appropriateness", "appointment", "achievement", "kindness", "patience", "future", "city",
            "wait", "touch", "stability", "relationship", "participant", "guidance", "advice", "data", "file",
            "letter", "home", "scrutiny", "consistency", "clarity", "timeliness", "efficiency", "capacity",
            "start", "other", "overview", "lead", "live", "take-up", "unmet", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december");

    /**
     * Verb forms that are never nouns or noun modifiers in English, which the tagger sometimes reads as
     * such ("to enable workers", "inspectors met"): they end a phrase.
     */
    static final Set<String> VERBS = Set.of("ensure", "ensures", "enable", "enables", "minimise", "maximise",
            "provide", "provides", "promote", "promotes", "inform", "informs", "achieve", "achieves", "identify",
            "identifies", "include", "includes", "learn", "learns", "been", "become", "becomes", "remain",
            "remains", "receive", "receives", "require", "requires", "allow", "allows", "continue", "continues",
            "consider", "considers", "understand", "understands", "undertake", "undertakes", "prevent",
            "prevents", "protect", "protects", "safeguard", "demonstrate", "demonstrates", "engage", "engages", "met", "spoke",
            "told", "said", "says", "taken", "made", "given", "seen", "known", "felt", "improve", "improves",
            "deliver", "delivers", "develop", "develops", "maintain", "maintains", "recognise", "recognises",
            "describe", "describes", "reduce", "reduces", "is", "are", "was", "were", "be", "being", "has", "have",
            "had", "does", "did");

    /**
     * Heads that after a noun only say "an aspect of" it ("child in need basis", "multi-agency audit
     * process", "service area", "capacity issue", "partner agency effectiveness"): the keyword is the noun
     * before them, kept where it is a keyword on its own.
     */
    static final Set<String> LIGHT = Set.of("area", "basis", "process", "activity", "issue", "effectiveness",
            "aspect", "element", "nature", "extent", "kind", "type", "sort", "form", "matter", "respect", "regard");

    /** Modal verbs and the infinitive marker: the word after them is a verb ("should progress plans"). */
    static final Set<String> BEFORE_VERB = Set.of("to", "will", "would", "shall", "should", "can",
            "could", "may", "might", "must", "not", "never", "who", "they", "we", "he", "she", "i", "you");

    /** Adverbs that focus a noun phrase rather than modify a verb ("particularly care leavers"). */
    static final Set<String> FOCUSING = Set.of("only", "particularly", "especially", "mainly", "mostly",
            "largely", "primarily", "chiefly", "notably", "specifically", "namely", "solely", "exclusively",
            "predominantly", "typically", "usually", "generally", "increasingly", "currently", "previously",
            "newly", "recently", "fully", "partly", "nearly", "almost", "entirely", "overwhelmingly",
            "relatively", "comparatively", "similarly", "likewise", "additionally", "consequently", "finally",
            "importantly", "crucially", "equally", "inevitably", "unsurprisingly", "historically", "locally",
            "nationally", "formerly", "originally", "initially", "subsequently", "eventually",
            // adjectives in -ly, which the tagger may call adverbs ("early help", "timely reviews")
            "early", "daily", "weekly", "monthly", "quarterly", "yearly", "fortnightly", "hourly", "timely",
            "friendly", "likely", "elderly", "family", "costly", "lonely", "orderly", "holy", "unlikely");

    /** Collective nouns that take a plural verb in British English ("staff work", "the data show"). */
    static final Set<String> PLURAL_COLLECTIVE = Set.of("staff", "data", "police", "personnel", "people", "children");

    /**
     * Verbs that take a clause with "that" (reporting, showing, knowing and ensuring): "the data show that",
     * "this means that", "staff report that". After any other word "that" opens a relative clause ("the audits
     * that agencies completed").
     */
    static final Set<String> CLAUSE_VERBS = Set.of("mean", "show", "indicate", "suggest", "report", "find",
            "ensure", "know", "feel", "believe", "recognise", "recognize", "acknowledge", "say", "state", "confirm",
            "demonstrate", "think", "agree", "understand", "note", "accept", "expect", "hope", "consider", "reveal",
            "explain", "tell", "highlight", "evidence", "identify", "appreciate", "worry", "complain", "argue",
            "claim", "conclude", "judge", "notice", "realise", "realize", "emphasise", "stress", "insist");

    /** Words that open a relative clause with its own subject ("the clubs that the school offers"). */
    static final Set<String> RELATIVES = Set.of("that", "which", "whom");

    /** Possessive determiners: after a word they mark it as a verb with an object ("meets their needs"). */
    static final Set<String> POSSESSIVES = Set.of("their", "its", "his", "her", "our", "my", "your");

    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those",
            "their", "its", "our", "his", "her", "each", "every", "any", "no");

    /**
     * Terms of the trade ({@code nlp/trade-terms.txt}), folded ({@link #fold}): taken once from the theme
     * codebook's terms (children-services-2026.1) and kept apart from it, so keywords do not move when the
     * theme codebook does. A phrase that is one keeps its leading adjectives ("initial assessment",
     * "significant harm") and may stand as a keyword where a general word would not (a single word, a
     * generic head with only adjectives before it).
     */
    static final class DomainHolder {
        static final Set<String> TERMS = readDomainTerms();
    }

    static final String TRADE_TERMS = "/nlp/trade-terms.txt";

    static Set<String> readDomainTerms() {
        Set<String> out = new java.util.HashSet<>();
        try (InputStream in = KeywordTagger.class.getResourceAsStream(TRADE_TERMS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TRADE_TERMS);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    out.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }

    /** A phrase folded for comparison with the domain terms: lower case, hyphens as spaces, last word its lemma. */
    static String fold(String phrase) {
        String[] words = phrase.toLowerCase(Locale.ROOT).replace('’', '\'').replace('-', ' ').trim().split("\\s+");
        words[words.length - 1] = lemma(words.length > 1 ? words[words.length - 2] : null, words[words.length - 1]);
        return String.join(" ", words);
    }

    /** Whether a phrase is a term of the trade (a term of the default codebook). */
    static boolean domainTerm(String phrase) {
        return DomainHolder.TERMS.contains(fold(phrase));
    }

    /** Nouns that name a kind of organised thing, after a proper name: "the Flourish team", "the Full Circle service". */
    static final Set<String> ORGANISED = Set.of("service", "services", "team", "teams", "hub", "panel",
            "programme", "project", "board", "forum", "group", "unit", "strategy", "model", "approach", "framework",
            "pathway", "protocol", "policy", "charter", "council", "meeting", "conference", "centre", "partnership",
            "tool", "scheme", "initiative", "offer", "network", "academy", "clinic");

    /** Capitalised nouns that end the name of a school or college (a place, not a service): "Ashgrove College". */
    static final Set<String> ESTABLISHMENTS = Set.of("School", "Schools", "Academy", "College", "University",
            "Nursery", "Primary", "Infants", "Juniors");

    /** Small words inside a name: "Framework for Participation", "Department for Education". */
    static final Set<String> NAME_LINKS = Set.of("of", "for", "and", "the", "in", "on");

    static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");

    /** A list's normalised form: "education, employment or training" (a comma after its word). */
    static String listKey(String[] tokens, int from, int to) {
        return key(tokens, from, to).replace(" ,", ",");
    }

    /**
     * The normalised form of tokens [from, to): lower case (a word written in capitals keeps them),
     * typographic apostrophes made ASCII, last word singular.
     */
    static String key(String[] tokens, int from, int to) {
        StringBuilder key = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                key.append(' ');
            }
            String w = word(tokens[k]);
            key.append(k == to - 1 && !acronym(w) ? lemma(k > from ? word(tokens[k - 1]) : null, w) : w);
        }
        return key.toString();
    }

    /** A word as keys write it: lower case unless an abbreviation in capitals, apostrophes made ASCII. */
    static String word(String token) {
        String t = token.replace('’', '\'');
        return acronym(t) ? t : t.toLowerCase(Locale.ROOT);
    }

    /** "MASH", "CAMHS", "IROs": two or more capitals, perhaps a plural 's'. */
    static boolean acronym(String t) {
        int caps = 0;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (Character.isUpperCase(c)) {
                caps++;
            } else if (!(c == 's' && k == t.length() - 1)) {
                return false;
            }
        }
        return caps >= 2;
    }

    /**
     * Nouns that end in s but have no singular: school subjects and fields ("mathematics" is not the plural of
     * "mathematic"), and "humanities" as a subject.
     */
    static final Set<String> NO_SINGULAR = Set.of("mathematics", "maths", "physics", "economics",
            "politics", "ethics", "phonics", "athletics", "gymnastics", "linguistics", "electronics", "logistics",
            "dynamics", "classics", "robotics", "genetics", "humanities");

    /**
     * Nouns used only in the plural in the sense they have here, whose singular is another word or none (English
     * grammars' <i>pluralia tantum</i>, e.g. Quirk et al., <i>A Comprehensive Grammar of the English Language</i>,
     * 5.76–5.77: "premises", "proceedings", "belongings", "outskirts", "thanks"; the summation plurals "scissors",
     * "trousers"): a keyword's head keeps its plural ("school premises", not "school premise", which is an argument;
     * "care proceedings"). Not a noun whose singular names one of the same things ("arrangements": an arrangement).
     */
    static final Set<String> PLURAL_ONLY = Set.of("premises", "proceedings", "means", "minutes", "arrears",
            "outskirts", "surroundings", "belongings", "earnings", "savings", "lodgings", "whereabouts", "headquarters",
            "congratulations", "thanks", "clothes", "goods", "amends", "auspices", "odds", "valuables", "riches",
            "scissors", "trousers", "pyjamas", "jeans", "tongs", "pliers");

    /**
     * Compounds a dictionary lists as plural nouns, whose last word keeps its plural there only: "early years" (the
     * years before a child starts school; "early year" is no phrase of English).
     */
    static final Set<String> PLURAL_COMPOUNDS = Set.of("early years");

    /**
     * The lemma of a phrase's last word {@code w} (lower case), {@code before} the word before it or null: its
     * singular ({@link #singular}), except for a noun used only in the plural ({@link #PLURAL_ONLY}, also as the last
     * part of a hyphenated word: "pre-proceedings") or the end of a plural compound ({@link #PLURAL_COMPOUNDS}).
     */
    static String lemma(String before, String w) {
        if (PLURAL_ONLY.contains(w.substring(w.lastIndexOf('-') + 1))
                || before != null && PLURAL_COMPOUNDS.contains(before + " " + w)) {
            return w;
        }
        return singular(w);
    }

    /** A word's singular: "plans" → "plan", "agencies" → "agency", "processes" → "process". */
    /**
     * Whether a hyphenated word ends in a preposition and its object ("out-of-hours", "day-to-day",
     * "end-of-year"): its last piece is the preposition's object, not the compound's head, so the compound has no
     * singular ("out-of-hours contacts" are not "out-of-hour" ones) and, before a noun, it modifies that noun, never
     * ending a phrase as a plural head would.
     */
    static boolean prepositionalCompound(String w) {
        int last = w.lastIndexOf('-');
        int before = last > 0 ? w.lastIndexOf('-', last - 1) : -1;
        return before > 0 && COMPOUND_PREPOSITIONS.contains(w.substring(before + 1, last));
    }

    private static final Set<String> COMPOUND_PREPOSITIONS = Set.of("of", "to", "in", "on", "for", "after", "at", "by");

    public static String singular(String w) {
        if (w.equals("children")) {
            return "child";
        }
        if (prepositionalCompound(w)) {
            return w;
        }
        if (NO_SINGULAR.contains(w)) {
            return w;
        }
        if (w.length() <= 3 || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || w.endsWith("'s")) {
            return w;
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
