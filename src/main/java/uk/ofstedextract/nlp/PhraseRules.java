package uk.ofstedextract.nlp;

import java.util.Locale;
import java.util.Set;

import static uk.ofstedextract.nlp.Lexicon.BEFORE_VERB;
import static uk.ofstedextract.nlp.Lexicon.CALENDAR;
import static uk.ofstedextract.nlp.Lexicon.CLAUSE_VERBS;
import static uk.ofstedextract.nlp.Lexicon.CLASSIFYING;
import static uk.ofstedextract.nlp.Lexicon.DETERMINERS;
import static uk.ofstedextract.nlp.Lexicon.ESTABLISHMENTS;
import static uk.ofstedextract.nlp.Lexicon.EVALUATIVE;
import static uk.ofstedextract.nlp.Lexicon.FOCUSING;
import static uk.ofstedextract.nlp.Lexicon.GENERIC;
import static uk.ofstedextract.nlp.Lexicon.NAME_LINKS;
import static uk.ofstedextract.nlp.Lexicon.PLURAL_COLLECTIVE;
import static uk.ofstedextract.nlp.Lexicon.POSSESSIVES;
import static uk.ofstedextract.nlp.Lexicon.ORGANISED;
import static uk.ofstedextract.nlp.Lexicon.PREPOSITIONS;
import static uk.ofstedextract.nlp.Lexicon.RELATIVES;
import static uk.ofstedextract.nlp.Lexicon.STOP;
import static uk.ofstedextract.nlp.Lexicon.VERBS;
import static uk.ofstedextract.nlp.Lexicon.acronym;
import static uk.ofstedextract.nlp.Lexicon.domainTerm;
import static uk.ofstedextract.nlp.Lexicon.key;
import static uk.ofstedextract.nlp.Lexicon.singular;
import static uk.ofstedextract.nlp.Lexicon.word;

/**
 * Rules about English noun phrases over a tagged token sequence, one static predicate each: what a noun is
 * (trusting the word where the tagger is unreliable), where a phrase is carried on or ended (bridges,
 * verbs by their context, grading words), names (proper names, abbreviations), coordination and lists.
 * {@link NounPhrases} applies them to find the candidates; the word lists they read are {@link Lexicon}'s.
 */
final class PhraseRules {
    private PhraseRules() {
    }

    /**
     * The end of a proper name of a team, service or initiative starting at token i, or i if there is none:
     * two or more capitalised words (small linking words between them allowed: "Framework for Participation"),
     * or one capitalised word before a noun of an organised thing ("Flourish team"), perhaps followed by such
     * a noun written in lower case ("Ordinarily Available Provision strategy"). At a sentence start the
     * capital says nothing, so there the name needs three capitalised words. Names of local authorities,
     * months and days are not such names.
     */
    static int properName(String[] tokens, String[] tags, boolean[] named, int i) {
        String first = tokens[i].toLowerCase(Locale.ROOT);
        if (!capitalised(tokens[i]) || named[i] || CALENDAR.contains(first) || DETERMINERS.contains(first)
                || !tags[i].startsWith("NOUN") && !tags[i].startsWith("PROPN") && !tags[i].startsWith("ADJ")
                && !tags[i].startsWith("VERB")) {
            return i; // "The Inclusion Charter": the name starts after the determiner
        }
        boolean sentenceStart = i == 0 || !Character.isLetterOrDigit(tokens[i - 1].charAt(0))
                && !tokens[i - 1].equals(",") && !tokens[i - 1].equals("(");
        int capitals = 1;
        int end = i + 1;
        int k = i + 1;
        while (k < tokens.length && !named[k]) {
            if (capitalised(tokens[k]) && !CALENDAR.contains(tokens[k].toLowerCase(Locale.ROOT))) {
                capitals++;
                end = ++k;
            } else if (NAME_LINKS.contains(tokens[k]) && k + 1 < tokens.length && capitalised(tokens[k + 1])
                    && !named[k + 1]) {
                k++;
            } else {
                break;
            }
        }
        boolean organised = end < tokens.length && ORGANISED.contains(tokens[end])
                && !tags[end].startsWith("VERB");
        if (organised) {
            end++;
        } else if (end - i >= 2 && tokens[end - 1].equals("Act")) {
            // "Care Act assessments", "Mental Capacity Act assessments": an Act's name before lower-case nouns
            // says which kind of thing they are, as "Care Act" alone does not; the phrase runs to their head
            while (end < tokens.length && end - i < 6 && !named[end] && noun(tokens[end], tags[end])
                    && Character.isLowerCase(tokens[end].charAt(0))) {
                end++;
            }
        }
        int needed = sentenceStart ? 3 : 2;
        // a longer name is a title or a run of names, unless the text defines it with a short form in brackets right
        // after it ("the Children and Family Court Advisory and Support Service (Cafcass)"): a defined name is one name
        int longest = end + 2 < tokens.length && tokens[end].equals("(") && tokens[end + 2].equals(")")
                && Character.isUpperCase(tokens[end + 1].charAt(0)) ? LONG_NAME : 6;
        return capitals + (organised ? 1 : 0) >= needed && end - i <= longest ? end : i;
    }

    /** The longest name, in tokens, that a short form in brackets after it defines. */
    static final int LONG_NAME = 9;

    /**
     * Whether the proper name [i, end) is the name of an establishment, a place, not of a service: it ends in a
     * noun for a school or college ({@link Lexicon#ESTABLISHMENTS}: "Hawthorn Lane Primary School", "Ashgrove
     * College") and, as the names of places do in English, takes no determiner ("pupils at Ashgrove College"; not
     * "the Virtual School", "the Social Work Academy", which name a service).
     */
    static boolean placeName(String[] tokens, int i, int end) {
        return end - i >= 2 && ESTABLISHMENTS.contains(tokens[end - 1])
                && (i == 0 || !DETERMINERS.contains(tokens[i - 1].toLowerCase(Locale.ROOT)));
    }

    /** A word written with a capital letter first and not all in capitals ("Team", not "MASH" or "team"). */
    static boolean capitalised(String token) {
        return token.length() > 1 && Character.isUpperCase(token.charAt(0))
                && token.chars().skip(1).anyMatch(Character::isLowerCase) && token.chars().allMatch(
                        c -> Character.isLetter(c) || c == '\'' || c == '’' || c == '-');
    }

    /**
     * "the leaving care service", "(designated officer arrangements)", "newly qualified workers": a
     * participle after a determiner or an opening bracket, or after "newly", before a noun, modifies it.
     */
    static boolean gerundModifier(String[] tokens, String[] tags, boolean[] named, int i) {
        if (tokens[i].equalsIgnoreCase("newly") && i + 2 < tokens.length && nominal(tokens[i + 1], tags[i + 1])) {
            return true;
        }
        if (i + 1 >= tokens.length || named[i + 1] || !noun(tokens[i + 1], tags[i + 1])) {
            return false;
        }
        String w = tokens[i].toLowerCase(Locale.ROOT);
        return i > 0 && tags[i].startsWith("VERB") && (w.endsWith("ing") || w.endsWith("ed"))
                && !VERBS.contains(w) && (DETERMINERS.contains(tokens[i - 1].toLowerCase(Locale.ROOT))
                || tokens[i - 1].equals("(") || tags[i - 1].startsWith("ADJ"));
    }

    /**
     * Whether the word at {@code start} grades the phrase [start, end) rather than names it: an evaluative
     * word ("good", "effective") or a number, unless a classifying word makes a term of the trade ("initial
     * assessment"); "quality" before a noun ("quality care"), unless "quality X" is a term ("quality
     * assurance"); a hyphenated grade ("good-quality", "high-quality", "well-attended"; not "well-being").
     */
    static boolean grading(String[] tokens, int start, int end) {
        String w = tokens[start].toLowerCase(Locale.ROOT);
        if (EVALUATIVE.contains(w) || Character.isDigit(w.charAt(0))) {
            return !(CLASSIFYING.contains(w) && domainTerm(key(tokens, start, end)));
        }
        if (w.equals("quality")) {
            return end - start >= 2 && !domainTerm(key(tokens, start, start + 2));
        }
        if (comparative(w)) {
            // "a broader agenda", "clearer plans", "higher caseloads": the comparative or superlative of a grading
            // word grades too, except where it starts a term ("higher education", "higher education courses")
            for (int b = start + 2; b <= Math.min(end, start + 5); b++) {
                if (domainTerm(key(tokens, start, b))) {
                    return false;
                }
            }
            return end - start >= 2;
        }
        int hyphen = w.indexOf('-');
        return hyphen > 0 && end - start >= 2 && EVALUATIVE.contains(w.substring(0, hyphen))
                && (w.endsWith("-quality") || w.endsWith("ed"));
    }

    /**
     * Whether the adjective at {@code i}, right before a plural noun for people ({@link Lexicon#PEOPLE}; "young people" counts as one),
     * names a kind of them ("disadvantaged pupils", "care-experienced young people": a group of children) rather than
     * being a verb with them as its object ("hold children", "support pupils"). A verb does not follow a determiner, a
     * possessive, a quantifier or a number ("the disadvantaged pupils", "few vulnerable pupils"), nor a preposition other
     * than "to", the infinitive's marker ("for disadvantaged pupils"); a compound ending in a participle
     * ("care-experienced") is an adjective wherever it stands. Not a kind: a gerund ("by supporting pupils"), a word the
     * tagger reads as a noun (the established pairs decide there), a comparative or superlative ("older", "youngest")
     * and the semi-determiners of comparison and identity ("similar", "same", "other", "individual": Quirk et al., A
     * Comprehensive Grammar of the English Language, 5.22), which pick out some of the people, not a kind of them; nor
     * a participle the tagger reads as a verb there ("the identified families", "matched carers"), nor an adjective
     * graded by an adverb before it ("the most able pupils").
     */
    static boolean kindOfPeople(String[] tokens, String[] tags, int i) {
        if (i + 1 >= tokens.length || !(tags[i].startsWith("ADJ") || tags[i].startsWith("VERB"))) {
            return false;
        }
        String w = tokens[i].toLowerCase(Locale.ROOT);
        // "young people" is one noun for people ("homeless young people")
        int j = i + 2 < tokens.length && tokens[i + 1].equalsIgnoreCase("young") ? i + 2 : i + 1;
        String people = tokens[j].toLowerCase(Locale.ROOT);
        boolean plural = lowerLetters(tokens[j]) && (people.equals("people") || people.equals("children") || !singular(people).equals(people)); // not "the multiagency Families First Access Point"
        if (!plural || w.endsWith("ing") || !lowerLetters(tokens[i].replace("-", "")) || SEMI_DETERMINERS.contains(w)
                || w.length() > 4 && (w.endsWith("er") || w.endsWith("est"))
                || w.startsWith("more-") || w.startsWith("most-") || w.startsWith("less-") || w.startsWith("least-")) {
            return false;
        }
        int hyphen = w.indexOf('-');
        if (hyphen > 0 && w.endsWith("ed") && hyphen < w.length() - 3) {
            return true;
        }
        if (hyphen < 0 && w.endsWith("ed") && !tags[i].startsWith("ADJ") || i == 0) {
            // a participle the tagger reads as a verb in its context is one ("the identified families", "matched
            // carers"); one it reads as an adjective is one ("the disadvantaged pupils")
            return false;
        }
        String before = tokens[i - 1].toLowerCase(Locale.ROOT);
        if (before.equals("that") || before.equals("to") || GRADE_ADVERBS.contains(before)) {
            return false; // "the most able pupils": "most" grades the adjective, no determiner of the noun
        }
        return DETERMINERS.contains(before) || POSSESSIVES.contains(before) || QUANTIFIERS.contains(before)
                || before.chars().allMatch(Character::isDigit)
                || PREPOSITIONS.contains(before) && tags[i - 1].startsWith("ADP");
    }

    /** Adverbs that grade the adjective after them ("the most able pupils", "more vulnerable children"). */
    private static final Set<String> GRADE_ADVERBS = Set.of("more", "most", "less", "least", "very", "particularly",
            "especially", "highly", "too", "so");

    /** Words of quantity that stand before a noun phrase as a determiner does ("few", "many", "all"). */
    private static final Set<String> QUANTIFIERS = Set.of("all", "some", "many", "few", "fewer",
            "several", "both", "other", "such", "various", "numerous", "two", "three", "four", "five", "six");

    /** Adjectives of comparison and identity that pick out members of a group rather than a kind (Quirk et al. 5.22). */
    private static final Set<String> SEMI_DETERMINERS = Set.of("similar", "same", "other", "different", "certain",
            "particular", "various", "whole", "entire", "possible", "usual", "given", "such", "own", "individual",
            "respective", "specific", "remaining", "additional", "further", "next", "last", "previous", "former",
            "current", "new", "existing", "potential", "relevant", "main", "only", "single", "total", "whether");

    /**
     * Whether a lower-case word is the comparative or superlative (in "-er", "-est") of a grading word of
     * {@link Lexicon#EVALUATIVE} ("broader", "clearer", "closer", "higher", "widest"), not one listed there already; not
     * "later" and "lower", which also make kinds ("later life letters", "the lower school"), as "upper" and "former" do.
     */
    static boolean comparative(String w) {
        if (EVALUATIVE.contains(w) || w.equals("later") || w.equals("lower") || !lowerLetters(w)) {
            return false;
        }
        for (String ending : new String[] {"er", "est"}) {
            if (w.endsWith(ending) && w.length() > ending.length() + 2) {
                String stem = w.substring(0, w.length() - ending.length());
                if (EVALUATIVE.contains(stem) || EVALUATIVE.contains(stem + "e")) {
                    return true; // "broad-er", "wide-r" (stem "wid" + "e")
                }
            }
        }
        return false;
    }

    /**
     * Whether the token at i, read by the tagger as a noun starting a phrase, is a verb by its context: it
     * follows a modal, "to", "not" or a subject pronoun ("should progress plans", "to share information",
     * "who hold children"), or a manner adverb ("rigorously progress plans"; not a focusing one:
     * "particularly care leavers"), is singular and has a noun phrase after it, which would be its object.
     * A term of the trade starting there ("care leavers") is left alone.
     */
    static boolean verbInContext(String[] tokens, String[] tags, int i) {
        if (i == 0 || i + 1 >= tokens.length || !tags[i].startsWith("NOUN") || plural(tokens[i], tags[i])
                || !nominal(tokens[i + 1], tags[i + 1]) || acronym(tokens[i])) {
            return false;
        }
        String before = tokens[i - 1].toLowerCase(Locale.ROOT);
        boolean verbContext = BEFORE_VERB.contains(before) && !tags[i - 1].startsWith("ADP")
                || before.endsWith("ly") && tags[i - 1].startsWith("ADV") && !FOCUSING.contains(before);
        return verbContext && !domainTerm(key(tokens, i, i + 2)) && !startsTerm(tokens, i);
    }

    /**
     * Whether the word at {@code i}, which starts a run, stands where an infinitive or a coordinated verb stands:
     * after "to" ("strategies to tackle child sexual exploitation", "fails to set targets"; the tagger reads
     * "to" there as a preposition), or after "and" where the word before "and" is no noun or adjective, so that
     * "and" joins two verb phrases ("hold leaders to account and challenge leaders"); and it can be a verb: a
     * lower-case base form (no plural, no ending of a noun, participle or agent) that the POS model has seen as a
     * verb ("set", "support", "measure"; not "practice", "staff", "strategy", known as nouns; words it does not know,
     * "tackle" as much as "adult" or "frontline", are left alone, and the tagger's VERB for them is no surer). A term of the trade starting there ("to care leavers", "to return home interviews") is left alone.
     * Whether its object makes a phrase of its own the caller decides.
     */
    static boolean verbAfterTo(String[] tokens, String[] tags, int i, GreedyPosTagger tagger) {
        if (i < 1 || i + 1 >= tokens.length || !lowerLetters(tokens[i])) {
            return false;
        }
        String before = tokens[i - 1].toLowerCase(Locale.ROOT);
        boolean place = before.equals("to") || before.equals("and") && i >= 2 && !nominal(tokens[i - 2], tags[i - 2])
                && Character.isLetter(tokens[i - 2].charAt(0))
                // "to achieve permanency and access employment", "to plan next steps and address gaps", "workers
                // understand care leavers' experiences and approach difficult conversations": "and" after the object of
                // a verb that follows "to", a modal, a pronoun or a plural subject joins a second verb phrase
                || before.equals("and") && i >= 3 && objectOfVerb(tokens, tags, i - 2);
        // "systems to review and progress contacts": "and" right after a verb that follows "to" joins a second verb,
        // whatever the model knows of the word ("progress", "challenge", "record": known as nouns)
        boolean secondVerb = before.equals("and") && i >= 3 && tokens[i - 3].equalsIgnoreCase("to")
                && verbAfterTo(tokens, tags, i - 2, tagger);
        String w = tokens[i];
        return (place || secondVerb) && !plural(w, tags[i]) && (!w.endsWith("s") || w.endsWith("ss")) && possibleVerb(w)
                && !agentLike(w) && (secondVerb || tagger.verbEvidence(w) > 0 || tagger.verbEvidence(w) == 0 && verbSuffix(w))
                && !domainTerm(key(tokens, i, i + 2))
                && !startsTerm(tokens, i);
    }

    /**
     * Whether the word at {@code k}, inside a run of nouns and right after the noun at {@code k - 1}, is a finite
     * verb whose subject is that noun ("the curriculum meets pupils' needs", "the proprietor relies heavily on
     * staff", "staff work extremely well", "the data show that", "assessments balance need and risk"), though the
     * tagger read it as a noun of a compound. Three things together say so:
     * <ul>
     * <li>agreement: an -s form after a singular noun, or a base form after a plural noun or a collective noun
     * that takes a plural verb ({@link Lexicon#PLURAL_COLLECTIVE}: "staff", "data");</li>
     * <li>the word can be a verb: lower case, no ending of a noun or participle ("-tion", "-ment", "-ness", "-ing",
     * "-ed"...), and not a word the POS model knows but never as a verb ({@link GreedyPosTagger#verbEvidence}:
     * "records", "plans", "advice");</li>
     * <li>what follows is what follows a verb, not a noun: a determiner or possessive ("meets the needs"); "that"
     * opening a clause with its own subject ("means that pupils can"; not "needs that are"); a manner adverb in
     * -ly or "well"; "to" before a verb ("intends to admit"); or, after a plural subject, a preposition where the
     * model has seen the word as a verb ("staff work with"); or the rest of the run, its object, where the
     * model does not know the word at all ("the curriculum meets pupils' needs").</li>
     * </ul>
     * {@code end} is the end of the run. A term of the trade there ("care plans", "care leavers") is left whole.
     */
    static boolean finiteVerb(String[] tokens, String[] tags, int k, int end, GreedyPosTagger tagger) {
        if (k < 1 || k >= end || !noun(tokens[k - 1], tags[k - 1]) || tags[k - 1].startsWith("ADP")
                || !lowerLetters(tokens[k])) {
            return false;
        }
        String w = tokens[k];
        String subject = tokens[k - 1].toLowerCase(Locale.ROOT);
        boolean sForm = w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
        boolean collective = PLURAL_COLLECTIVE.contains(subject);
        // "children in care benefit from", "children in need receive": the subject is the whole term, plural
        boolean bridged = k >= 3 && bridge(tokens, tags, k - 2) == 2;
        // (the word, not the tag, says a capitalised subject is plural: "Headteachers report", "SGOs lack")
        boolean pluralSubject = plural(tokens[k - 1], tags[k - 1].startsWith("PROPN") ? "NOUN" : tags[k - 1]) || collective
                || bridged && tokens[k - 3].equalsIgnoreCase("children") || acronymPlural(tokens[k - 1]);
        if (sForm == pluralSubject && !collective && k >= 3 && tokens[k - 2].equalsIgnoreCase("of")
                && noun(tokens[k - 3], tags[k - 3]) && lowerLetters(tokens[k - 1]) && k + 1 == end
                && gradeAfterNoun(tokens, tags, k + 1)) {
            // "records of supervision contain thorough updating": before a grading word that opens the next phrase, the
            // head before "of" is the subject the verb agrees with (not elsewhere: "levels of family contact for")
            pluralSubject = plural(tokens[k - 3], "NOUN");
        }
        // a collective noun takes either number in British English ("the data show", "the data shows that")
        // (an abbreviation is a modifier, "MASH team", "EHC plan"; but one made plural, "IROs", "SGOs", is a plural
        // subject, as a plural noun is: English makes no compound of a plural and a noun after it)
        if (sForm == pluralSubject && !collective || acronym(tokens[k - 1]) && !acronymPlural(tokens[k - 1])
                || !possibleVerb(sForm ? singular(w) : w)
                || domainTerm(key(tokens, k - 1, k + 1)) || startsTerm(tokens, k)) {
            return false;
        }
        if (k + 1 == end && k + 1 < tokens.length && OBJECT_PRONOUNS.contains(tokens[k + 1].toLowerCase(Locale.ROOT))) {
            // "the training supports them", "pupils access them": a pronoun in the object case follows a verb or a
            // preposition, never a noun of the same phrase, whatever the model knows of the word
            return true;
        }
        if (bridged && pluralSubject && !sForm && k + 1 == end && k + 1 < tokens.length && !ORGANISED.contains(w)
                && (tags[k + 1].startsWith("ADP") || tags[k + 1].startsWith("DET") || tags[k + 1].startsWith("ADV"))) {
            // "children in care benefit from": English makes no compound of these terms and a base form but a name
            // of an organised thing ("children in care council"); before a preposition, determiner or adverb it is
            // their verb, whatever the model knows of the word
            return true;
        }
        if (sForm && k + 1 < end && peoplePlural(tokens[k + 1], tags[k + 1]) && !PEOPLE_AND_ROLES.contains(singular(w))
                && !SERVING.contains(singular(w)) && tagger.verbEvidence(singular(w)) > 0) {
            // "the governing body supports leaders", "a database monitors children": an -s form whose stem the model
            // knows as a verb, between a singular noun and a plural noun for people, is the verb; English makes no
            // compound of a singular noun, a plural and people ("parent carer forum members" ends in no plural)
            return true;
        }
        int evidence = tagger.verbEvidence(w);
        if (evidence < 0 || evidence == 0 && agentLike(sForm ? singular(w) : w) || k + 1 >= tokens.length) {
            return false;
        }
        String next = tokens[k + 1].toLowerCase(Locale.ROOT);
        String tag = tags[k + 1];
        String after = k + 2 < tokens.length ? tags[k + 2] : "";
        if (k + 1 < end) {
            // the rest of the run is its object: an -s form the model does not know, before a possessive ("meets
            // pupils' needs"; not "awards ceremony"), or a base form the model has seen as a verb
            // or an adjective opening it ("pupils access physical education")
            return sForm ? evidence == 0 && k + 2 < tokens.length && possessive(tokens[k + 2])
                    : evidence > 0 && (noun(tokens[k + 1], tag) || pluralSubject && tag.startsWith("ADJ"));
        }
        if (next.equals("that")) {
            // "means that pupils can", "show that"; not "the audits that agencies completed"; and an -s form the model
            // does not know, whose stem it knows as a verb ("the proprietor intends that"): the model knows the plural
            // nouns a relative clause follows ("plans", "needs")
            return (CLAUSE_VERBS.contains(sForm ? singular(w) : w) || sForm && evidence == 0
                    && tagger.verbEvidence(singular(w)) > 0) && !after.startsWith("VERB") && !after.startsWith("AUX");
        }
        if (k + 1 == end && gradeAfterNoun(tokens, tags, k + 1)) {
            // "the workers offer effective services", "SGOs lack sufficient detail", "records of supervision contain
            // thorough updating": a grading word opens the next phrase ({@link #gradeAfterNoun}), and the word before
            // it, agreeing with the noun before that, a verb by its ending and not known to the model only as a noun,
            // is that noun's verb
            return true;
        }
        if (sForm && k + 1 == end && evidence == 0 && tag.startsWith("PUNCT") && tagger.verbEvidence(singular(w)) > 0
                && thanBefore(tokens, k - 1)) {
            // "longer than statutory guidance recommends,": a clause of comparison after "than" ends in its verb
            return true;
        }
        if (next.equals("to")) {
            // "staff work to ensure"; a plural noun before "to" and a verb is as often a purpose ("foster carers
            // to meet", "statutory visits to see children"), and "to" before a noun a preposition ("staff feedback
            // to inspectors"); an -s form the model does not know, whose stem it knows as a verb, before "to" and a
            // verb is the verb ("the school intends to promote")
            boolean verbAfter = k + 2 < tokens.length && (after.startsWith("VERB") && !tokens[k + 2].endsWith("s")
                    || VERBS.contains(tokens[k + 2].toLowerCase(Locale.ROOT)));
            return verbAfter && (!sForm || evidence == 0 && tagger.verbEvidence(singular(w)) > 0);
        }
        if (sForm && k + 1 == end && k >= 3 && (RELATIVES.contains(tokens[k - 3].toLowerCase(Locale.ROOT))
                || plural(tokens[k - 3], tags[k - 3])) && tags[k - 2].startsWith("DET")
                && (tag.startsWith("PUNCT") || tag.startsWith("ADP")) && stemIsVerb(w, evidence, tagger)) {
            // "the clubs that the school offers.": the subject and verb of a relative clause; so too without the
            // relative word, right after the plural noun it qualifies ("the pupils this school serves.")
            return true;
        }
        if (tag.startsWith("DET") || DEMONSTRATIVES.contains(next) || POSSESSIVES.contains(next) || next.length() > 2 && (next.endsWith("'s")
                || next.endsWith("’s") || next.endsWith("s'") || next.endsWith("s’"))
                || k + 2 < tokens.length && possessive(tokens[k + 2])) {
            return true; // a determiner or a possessive opens its object: "meets the needs", "explores children's wishes"
        }
        if (!sForm && pluralSubject && evidence > 0 && VERB_PREPOSITIONS.contains(next)) {
            return true; // "staff deal with", "pupils work on": a plural subject, a word the model has seen as a verb
        }
        if (tag.startsWith("ADV") && (next.endsWith("ly") || next.equals("well")) && !FOCUSING.contains(next)) {
            // "relies heavily on", "work extremely well"; not "enquiries appropriately reduce", where the verb
            // follows, nor "programmes effectively to support", where the adverb is a verb's before them
            return !after.startsWith("VERB") && !after.startsWith("AUX") && !(k + 2 < tokens.length
                    && tokens[k + 2].equalsIgnoreCase("to"));
        }
        return false;
    }

    /** An abbreviation made plural with a lower-case "s" ("IROs", "PAs", "SGOs"; not "CAMHS"). */
    static boolean acronymPlural(String token) {
        return token.length() >= 3 && token.endsWith("s") && acronym(token);
    }

    /** Whether "than" comes before the noun phrase ending at {@code last} (at most three words of it). */
    private static boolean thanBefore(String[] tokens, int last) {
        for (int k = last; k >= Math.max(1, last - 2); k--) {
            if (tokens[k - 1].equalsIgnoreCase("than")) {
                return true;
            }
            if (!Character.isLetter(tokens[k - 1].charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the word at {@code k}, right after a plural noun for people at {@code k - 1} ("children", "pupils",
     * "parents", "young people"), is that subject's verb though the model reads it as a noun of a compound:
     * "Some children experience delays", "pupils access physical education", "parents value the support". English
     * does not make compounds of a plural noun for people and a following noun (the people's thing is written
     * with a possessive: "children's services", "parents' evening"), so a base form there, which could be a verb by
     * its ending (verbs in "-ence" and "-ance" too: "experience", "influence", "balance"), before its object (a noun, a determiner or a possessive) is the verb, whatever the model knows
     * of the word. A term of the trade there ("children missing education") is left whole, and so is a noun of an
     * organised thing, which makes a name with the people it serves ("Safeguarding Children Board", "Troubled
     * Families programme", "carers service"). (The background cannot tell: it counts the tagger's misreadings
     * as phrases, "children experience" in 120 findings.)
     */
    static boolean verbAfterPeople(String[] tokens, String[] tags, int k, int end) {
        if (k < 1 || k + 1 >= tokens.length || !tags[k].startsWith("NOUN")
                || !lowerLetters(tokens[k])) {
            return false;
        }
        String subject = tokens[k - 1].toLowerCase(Locale.ROOT);
        String w = tokens[k];
        // the word, not the tag, says it is a plural noun for people (the tagger reads a capitalised "Pupils" at a
        // sentence start as a verb)
        if (!plural(tokens[k - 1], "NOUN") || !Lexicon.PEOPLE.contains(singular(subject))
                || w.endsWith("s") && !w.endsWith("ss") || !possibleVerb(w) && !w.endsWith("ance") && !w.endsWith("ence") || agentLike(w)
                || ORGANISED.contains(w) || domainTerm(key(tokens, k - 1, k + 1)) || startsTerm(tokens, k)
                || startsTerm(tokens, k - 1)) {
            return false;
        }
        String next = tokens[k + 1];
        return k + 1 < end && (noun(next, tags[k + 1]) || tags[k + 1].startsWith("ADJ")) || tags[k + 1].startsWith("DET")
                || POSSESSIVES.contains(next.toLowerCase(Locale.ROOT)) || k + 2 < tokens.length && possessive(tokens[k + 2]);
    }

    /**
     * Whether the -s form {@code w} is known as a verb: the model has seen it as one, or has no feature for it and
     * has seen its stem as a verb ("intends": "intend"; not "plans", known only as a noun).
     */
    private static boolean stemIsVerb(String w, int evidence, GreedyPosTagger tagger) {
        return evidence > 0 || evidence == 0 && tagger.verbEvidence(singular(w)) > 0;
    }

    /**
     * Personal pronouns in the object case (and the reflexives): after a noun-like word they make it a verb (or a
     * preposition). Not "it", "you" (also subjects: "the support it offers") nor "her" (also a possessive).
     */
    private static final java.util.Set<String> OBJECT_PRONOUNS = java.util.Set.of("them", "him", "us", "me",
            "themselves", "himself", "herself", "ourselves", "myself", "yourselves", "itself");

    /** Demonstratives, which the tagger may call pronouns: after a verb they open its object ("supports this team"). */
    private static final java.util.Set<String> DEMONSTRATIVES = java.util.Set.of("this", "these", "those");

    /**
     * Prepositions a verb takes ("deal with", "work on", "focus on", "plan for"), after which a base form following
     * a plural subject is that subject's verb; "of", which follows nouns ("staff pay of"), is not one of them.
     */
    private static final java.util.Set<String> VERB_PREPOSITIONS = java.util.Set.of("with", "on", "for", "about",
            "from", "at", "through", "across", "alongside", "into");

    /** A plural noun for people or their roles, lower case ("children", "pupils", "leaders", "staff" aside). */
    private static boolean peoplePlural(String token, String tag) {
        String w = token.toLowerCase(Locale.ROOT);
        return token.equals(w) && plural(token, tag) && (PEOPLE_AND_ROLES.contains(singular(w)) || w.equals("people"));
    }

    /**
     * Nouns for people ({@link Lexicon#PEOPLE}, singular: "people" is tested as itself) and for the roles findings name
     * them by.
     */
    private static final java.util.Set<String> PEOPLE_AND_ROLES = java.util.stream.Stream.concat(
            Lexicon.PEOPLE.stream().filter(p -> !p.equals("people")),
            java.util.stream.Stream.of("leader", "manager", "teacher", "worker", "practitioner", "governor", "officer",
                    "professional", "partner", "trustee", "leaver")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** A possessive marker as the tokenizer gives it ("pupils" "'"; "school" "'s"). */
    private static boolean possessive(String token) {
        return token.equals("'") || token.equals("’") || token.equals("'s") || token.equals("’s");
    }

    /** Endings of nouns, adjectives and participles that a verb's base form does not have. */
    private static final java.util.List<String> NOT_VERB_ENDINGS = java.util.List.of("tion", "sion", "ment",
            "ness", "ity", "ance", "ence", "ship", "ism", "ist", "hood", "ogy", "ics", "ing", "ed", "ful", "ous",
            "ive", "ible", "able", "ary", "ery");

    /**
     * Endings of nouns for people and things that a verb's base form has only rarely ("carer", "adopter",
     * "professional", "consultant", "enquiry"): for words the POS model does not know, they decide for the noun.
     */
    private static final java.util.List<String> AGENT_ENDINGS = java.util.List.of("er", "or", "al", "ant", "ent",
            "ian", "ee", "ry");

    private static boolean agentLike(String stem) {
        for (String e : AGENT_ENDINGS) {
            if (stem.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a lower-case word could be a verb's base form by its ending. */
    static boolean possibleVerb(String stem) {
        if (stem.length() < 3) {
            return false;
        }
        for (String e : NOT_VERB_ENDINGS) {
            if (stem.endsWith(e)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The end of a list of three to five bare nouns starting at token i ("education, employment or
     * training"): single nouns separated by commas, the last after "and" or "or", with no noun before the
     * first or after the last (which would make them modifiers: "education, health and care plans"); or -1.
     */
    static int bareList(String[] tokens, String[] tags, int i) {
        if (i > 0 && nominal(tokens[i - 1], tags[i - 1])) {
            return -1;
        }
        int members = 1;
        int k = i;
        while (true) {
            if (!noun(tokens[k], tags[k]) || acronym(tokens[k])) {
                return -1;
            }
            if (k + 2 >= tokens.length) {
                return -1;
            }
            String sep = tokens[k + 1];
            if (sep.equals(",") && !conjunction(tokens[k + 2])) {
                k += 2;
            } else if (conjunction(sep) || sep.equals(",") && k + 3 < tokens.length) {
                int last = sep.equals(",") ? k + 3 : k + 2;
                members++;
                boolean bare = last < tokens.length && noun(tokens[last], tags[last]) && !acronym(tokens[last])
                        && (last + 1 >= tokens.length || !nominal(tokens[last + 1], tags[last + 1]));
                return bare && members >= 3 ? last + 1 : -1;
            } else {
                return -1;
            }
            if (++members > 5) {
                return -1;
            }
        }
    }

    /**
     * Whether a bare list names things rather than people or generalities: at most one member is boilerplate
     * or a generic word ("education, health and care", "views, wishes and feelings"; not "children, parents
     * and carers", "quality, consistency and timeliness").
     */
    static boolean namesThings(String[] tokens, int from, int to) {
        int general = 0;
        for (int k = from; k < to; k++) {
            String w = singular(tokens[k].toLowerCase(Locale.ROOT));
            if (Character.isLetter(w.charAt(0)) && !conjunction(w) && (STOP.contains(w) || GENERIC.contains(w))) {
                general++;
            }
        }
        return general <= 1;
    }

    /**
     * Whether the conjunct at token k ends a list ("management oversight, assessment and child
     * protection"): a comma before it. Its "and" then joins the list's last two items, not one name.
     */
    static boolean listEnd(String[] tokens, int k) {
        return k > 0 && tokens[k - 1].equals(",");
    }

    /**
     * The end of a term of the trade written with "of" that starts at token i ("voice of the child", "edge of
     * care", "deprivation of liberty", "change of social worker", "director of children's services"), or i: such a
     * fixed term is one keyword although a run of nouns stops at "of". Other "X of Y" phrases are not: where X is a
     * quantity, measure or quality ("number of children", "quality of practice") it says how much or how good,
     * as a grading word does, and Y is the keyword; where X is a practice done to Y ("recruitment of foster
     * carers") each is a keyword of its own. A term whose first word is boilerplate ("impact of leaders") is none. The same holds for a term written with "in" ("children in need", "children in care").
     */
    static int termWithOf(String[] tokens, String[] tags, boolean[] named, int i) {
        if (named[i] || i + 2 >= tokens.length || !nominal(tokens[i], tags[i])) {
            return i;
        }
        boolean in = tokens[i + 1].equalsIgnoreCase("in");
        if (!in && (!tokens[i + 1].equalsIgnoreCase("of") || STOP.contains(tokens[i].toLowerCase(Locale.ROOT)))) {
            return i;
        }
        for (int k = Math.min(tokens.length, i + 6); k >= i + 3; k--) {
            if (nounLike(tokens[k - 1], tags[k - 1]) && domainTerm(key(tokens, i, k))) {
                // "children in need", "children in care": the same with "in", whose first word ("children") is
                // boilerplate alone; where a noun follows "in need" the run carries on ({@link #bridge}: "child in
                // need plans", "children in care reviews"); a longer term with "in" ends in its head ("child in need
                // plan"), which the run reads; and where "care" starts a term ("children in care proceedings") the
                // words are read as before
                return in && (k > i + 3 || k < tokens.length && nominal(tokens[k], tags[k])
                        && (bridge(tokens, tags, i + 1) > 0 || startsTerm(tokens, k - 1))) ? i : k;
            }
        }
        return i;
    }

    /**
     * The end of a classifying genitive starting at token i ("registered children's homes", "the care leavers'
     * service", "a care leavers' nurse", "the children's disability team"), or i: a possessive that names whom a
     * kind of thing is for, not whose it is, makes a compound with the nouns after it, as the grammars' descriptive
     * genitive does ("a women's college": a college of a kind, not a woman's). Read so where the whole is a term of
     * the trade ("children's home", "child's voice"), or where the possessor is a plural group of people (a plural noun
     * for people, or a term of two words or more ending in a plural: "care leavers'", "disabled children's") and the
     * last of the nouns after it, at most three, names an organised thing or a role that serves them ({@link Lexicon#ORGANISED}, {@link #SERVING}:
     * "service", "team", "hub", "nurse", "adviser"). A singular possessor before anything else is the owner ("the
     * child's social worker", "the school's website"), and a possessor that is no group of people is not read so
     * ("the authority's own", "the board's scrutiny"). The tokenizer gives a possessive as one token ("children's",
     * "leavers'").
     */
    static int genitive(String[] tokens, String[] tags, boolean[] named, int i) {
        for (int p = i; p < Math.min(tokens.length - 1, i + 3); p++) {
            if (named[p]) {
                return i;
            }
            String stem = possessor(tokens[p]);
            if (stem == null) {
                if (!nominal(tokens[p], tags[p])) {
                    return i;
                }
                continue;
            }
            if (p > i && EVALUATIVE.contains(tokens[i].toLowerCase(Locale.ROOT))) {
                return i; // "vulnerable children's services": the grade is no part of it
            }
            String owner = (p > i ? key(tokens, i, p) + " " : "") + stem.toLowerCase(Locale.ROOT);
            // a group of people: a plural noun for them ("children's", "adults'"), or a term of two words or more that
            // ends in a plural ("care leavers'", "disabled children's"); not "local authority children's services"
            boolean plural = tokens[p].endsWith("s'") || tokens[p].endsWith("s’") || stem.equalsIgnoreCase("children")
                    || stem.equalsIgnoreCase("people");
            boolean group = plural && (p == i ? Lexicon.PEOPLE.contains(singular(stem.toLowerCase(Locale.ROOT)))
                    || stem.equalsIgnoreCase("people") : domainTerm(owner));
            int end = p + 1;
            while (end < tokens.length && end - p <= 3 && noun(tokens[end], tags[end]) && !named[end]
                    && tokens[end].chars().allMatch(c -> Character.isLowerCase(c) || c == '-')) {
                end++;
            }
            String head = tokens[end - 1].toLowerCase(Locale.ROOT);
            // (a possessor with a modifier before it that makes no term, "young people's", "local authority
            // children's", is not read as a group from its last word)
            boolean whole = p > i || i == 0 || !nominal(tokens[i - 1], tags[i - 1]);
            if (end > p + 1 && group && whole && (ORGANISED.contains(head) || SERVING.contains(singular(head)))) {
                return end; // the whole run: "care leavers' pathway plans" is no "care leavers' pathway"
            }
            for (int e = end; e > p + 1; e--) {
                if (domainTerm(key(tokens, i, e))) {
                    return e; // "children's home staff": the term
                }
            }
            return i;
        }
        return i;
    }

    /** Roles that serve a group, after its possessive: "a care leavers' nurse", "the young people's adviser". */
    private static final java.util.Set<String> SERVING = java.util.Set.of("nurse", "adviser", "advisor", "guardian",
            "champion", "advocate", "coordinator", "co-ordinator", "ambassador", "mentor");

    /** The possessor of a possessive token ("children's" gives "children", "leavers'" "leavers"), or null. */
    private static String possessor(String token) {
        int n = token.length();
        if (n > 3 && (token.endsWith("'s") || token.endsWith("’s"))) {
            return token.substring(0, n - 2);
        }
        if (n > 3 && (token.endsWith("s'") || token.endsWith("s’"))) {
            return token.substring(0, n - 1);
        }
        return null;
    }

    /**
     * Fixed phrases whose nouns are no noun phrase (round 16): a preposition and a noun with no determiner between them
     * make an adverbial of manner, time, addition or reference, fixed in English (Quirk et al. 8.48, 9.10-9.13, the
     * complex prepositions), and their noun names nothing the finding is about: "for example", "for instance", "in
     * addition", "in particular", "in fact", "in turn", "in part", "in advance", "in time", "on time", "over time", "at
     * times", "at the same time", "on track", "in place", "in line (with)", "in order (to)", "in terms (of)", "in respect
     * (of)", "in relation (to)", "with regard (to)", "on behalf (of)"; and the fixed parts of verb-noun idioms, whose noun
     * is no object the finding names: "take into account", "hold to account", "take on board", "keep/bear in mind", "keep
     * in touch", "go the extra mile". Their first word (the preposition or article) stays as it is; the rest is
     * marked, so that no run of nouns starts in them or takes them in ("for example awareness of bullying", "taking into
     * account historical factors", "at the same time introducing clear career pathways").
     */
    private static final java.util.List<String[]> IDIOMS = java.util.stream.Stream.of("for example", "for instance",
            "in addition", "in particular", "in fact", "in turn", "in part", "in advance", "in time", "on time", "over time",
            "at times", "at the same time", "on track", "in place", "in line", "in order", "in terms", "in respect",
            "in relation", "with regard", "on behalf", "into account", "to account", "on board", "in mind", "in touch",
            "the extra mile").map(w -> w.split(" ")).toList();

    /** The tokens inside a fixed phrase of {@link #IDIOMS} (all but its first word), which no keyword takes in. */
    static boolean[] idiomWords(String[] tokens) {
        boolean[] out = new boolean[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            for (String[] idiom : IDIOMS) {
                if (i + idiom.length <= tokens.length && tokens[i].equalsIgnoreCase(idiom[0])) {
                    int k = 1;
                    while (k < idiom.length && tokens[i + k].equalsIgnoreCase(idiom[k])) {
                        k++;
                    }
                    if (k == idiom.length) {
                        for (int m = 1; m < k; m++) {
                            out[i + m] = true;
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether the grading word at {@code j} follows a noun inside a run ("many cases evidence good identification of
     * risk", "these assessments underpin subsequent planning"): English puts the adjectives that grade or place a thing
     * ({@link Lexicon#EVALUATIVE}) before the nouns that modify its head, never after them (Quirk et al. 17.119-17.123,
     * the order of premodifiers), so a noun before such a word ends a phrase, or is a verb, and the word opens the next
     * phrase. A word of {@link Lexicon#CLASSIFYING}, which also names kinds ("child protection initial assessment"), is
     * left alone, and so is one no noun or adjective follows, a participle in "-ed", which makes a compound adjective with
     * a noun before it ("care experienced young people", "trauma informed practice"), and a word after a hyphenated
     * compound or a grading word ("high-quality monthly reports", "long-term best interests"), which are no nouns.
     */
    static boolean gradeAfterNoun(String[] tokens, String[] tags, int j) {
        if (j < 1 || j + 1 >= tokens.length || !noun(tokens[j - 1], tags[j - 1]) || !lowerLetters(tokens[j])
                || !Character.isLetter(tokens[j - 1].charAt(0)) || tokens[j - 1].indexOf('-') >= 0
                || EVALUATIVE.contains(tokens[j - 1].toLowerCase(Locale.ROOT))) {
            return false;
        }
        String w = tokens[j];
        return EVALUATIVE.contains(w) && !CLASSIFYING.contains(w) && !w.endsWith("ed") && nominal(tokens[j + 1], tags[j + 1]);
    }

    /**
     * Whether the plural noun for people at {@code j} starts a clause after a generic noun ("the length of time children
     * wait", "the help children need", "the progress pupils make", "the support families receive"): English does not
     * classify people by a noun of quantity, time, manner or relation ({@link Lexicon#GENERIC}, singular), so the
     * people are the subject of a relative clause with no relative word (Quirk et al. 17.15, the contact clause), not
     * the head of a compound. Read so only where the generic noun starts its phrase (after a determiner or a
     * preposition): with a modifier before it, it names a kind ("ethnic minority children", "social work students"). A
     * term of the trade there is left whole.
     */
    static boolean clauseAfterGeneric(String[] tokens, String[] tags, int j) {
        if (j < 1 || !lowerLetters(tokens[j - 1]) || !noun(tokens[j - 1], tags[j - 1]) || plural(tokens[j - 1], tags[j - 1])
                || !Lexicon.GENERIC.contains(tokens[j - 1])) {
            return false;
        }
        if (j >= 2 && nominal(tokens[j - 2], tags[j - 2])) {
            return false; // "ethnic minority children", "social work students": a generic noun with a modifier names a kind
        }
        String w = tokens[j].toLowerCase(Locale.ROOT);
        return plural(tokens[j], "NOUN") && (Lexicon.PEOPLE.contains(singular(w)) || w.equals("people"))
                && !domainTerm(key(tokens, j - 1, j + 1));
    }

    /**
     * Whether the noun phrase that ends at {@code last}, right before "and", is the object of a verb: going back over at
     * most four nouns, adjectives, determiners and possessives, a verb's base or finite form (not a participle) after
     * "to", a modal, a subject pronoun ({@link Lexicon#BEFORE_VERB}) or a plural noun for people or their roles
     * ("to plan next steps and address gaps", "workers understand care leavers' background experiences and approach
     * difficult conversations"). The word after "and" then stands where a second verb stands.
     */
    static boolean objectOfVerb(String[] tokens, String[] tags, int last) {
        for (int k = last; k >= Math.max(1, last - 4); k--) {
            String w = tokens[k].toLowerCase(Locale.ROOT);
            if (k < last && tags[k].startsWith("VERB") && lowerLetters(tokens[k]) && !w.endsWith("ing") && !w.endsWith("ed")) {
                String before = tokens[k - 1].toLowerCase(Locale.ROOT);
                return BEFORE_VERB.contains(before) && !tags[k - 1].startsWith("ADP") || before.equals("to")
                        || peoplePlural(before, "NOUN") || before.equals("staff");
            }
            // ("that" is no determiner here: "acknowledge that many services and support systems exist" opens a clause)
            if (!(nominal(tokens[k], tags[k]) || DETERMINERS.contains(w) && !w.equals("that") || POSSESSIVES.contains(w)
                    || w.endsWith("'") || w.endsWith("’") || w.endsWith("'s") || w.endsWith("’s"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Endings that make verbs of nouns and adjectives in English ("-ise", "-ize", "-yse", "-ify": "prioritise",
     * "mobilise", "practise", "analyse", "clarify"; Quirk et al. App. I.37): a word the POS model does not know that
     * ends so is a verb's base form where a verb stands. The nouns that end so ("expertise", "enterprise", "exercise")
     * are left out.
     */
    static boolean verbSuffix(String w) {
        return w.length() > 5 && (w.endsWith("ise") || w.endsWith("ize") || w.endsWith("yse") || w.endsWith("yze")
                || w.endsWith("ify")) && !SUFFIX_NOUNS.contains(w);
    }

    private static final java.util.Set<String> SUFFIX_NOUNS = java.util.Set.of("expertise", "enterprise", "exercise",
            "franchise", "premise", "promise", "compromise", "merchandise", "treatise", "paradise", "otherwise", "likewise",
            "precise", "concise", "demise", "reprise", "turquoise");

    /** Whether a term of the trade of two to four words starts at token i. */
    static boolean startsTerm(String[] tokens, int i) {
        for (int k = i + 2; k <= Math.min(tokens.length, i + 4); k++) {
            if (domainTerm(key(tokens, i, k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of the longest term of the trade starting at token {@code from} and ending inside [{@code min},
     * {@code to}), or -1: "child and adolescent mental health services team", where the coordination is a term
     * but the run goes on past it.
     */
    static int termEndWithin(String[] tokens, int from, int min, int to) {
        for (int e = to - 1; e >= min; e--) {
            if (domainTerm(key(tokens, from, e))) {
                return e;
            }
        }
        return -1;
    }

    /**
     * The length of the longest term of the trade of two to four words starting at token i and ending in a
     * word the tagger read as a noun or a verb's base form ("early help"; not "too long", "clearly recorded"), or 0.
     */
    static int termAt(String[] tokens, String[] tags, int i) {
        for (int k = Math.min(tokens.length, i + 4); k >= i + 2; k--) {
            if (nounLike(tokens[k - 1], tags[k - 1]) && domainTerm(key(tokens, i, k))) {
                return k - i;
            }
        }
        return 0;
    }

    /** A noun, or a verb's base form the tagger may have given a noun ("help" in "early help"). */
    static boolean nounLike(String token, String tag) {
        String w = token.toLowerCase(Locale.ROOT);
        return noun(token, tag) || tag.startsWith("VERB") && !w.endsWith("ed") && !w.endsWith("en")
                && !w.endsWith("ing");
    }

    /**
     * Words that carry a phrase on where the tagger would end it: "children in need meeting", "children in care
     * team" and "looked after children" are single terms of the trade. Returns how many tokens at {@code k} to take.
     */
    static int bridge(String[] tokens, String[] tags, int k) {
        if (k > 0 && k + 2 < tokens.length && tokens[k].equalsIgnoreCase("in")
                && (tokens[k + 1].equalsIgnoreCase("need") || tokens[k + 1].equalsIgnoreCase("care")
                && !startsTerm(tokens, k + 1)) // "children in care reviews"; not "children in care proceedings"
                && (tokens[k - 1].equalsIgnoreCase("children") || tokens[k - 1].equalsIgnoreCase("child"))) {
            return 2;
        }
        if (k + 2 < tokens.length && tokens[k].equalsIgnoreCase("looked") && tokens[k + 1].equalsIgnoreCase("after")
                && noun(tokens[k + 2], tags[k + 2])) {
            return 2;
        }
        return 0;
    }

    /** "the new chief executive", tagged as adjectives: a run that ends in a term of the trade ends there. */
    static boolean endsInTerm(String[] tokens, int from, int to) {
        for (int k = Math.max(from, to - 3); k < to - 1; k++) {
            if (domainTerm(key(tokens, k, to))) {
                return true;
            }
        }
        return false;
    }

    /** A word of lower-case letters a to z only ("review", not "Review", "co-ordinate" or "SENCo"). */
    static boolean lowerLetters(String token) {
        return token.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    /** "and", "or", and "and/or" ("special educational needs and/or disabilities"). */
    static boolean conjunction(String token) {
        return token.equalsIgnoreCase("and") || token.equalsIgnoreCase("or") || token.equalsIgnoreCase("and/or");
    }

    static boolean plural(String token, String tag) {
        String w = token.toLowerCase(Locale.ROOT);
        return tag.startsWith("NOUN") && (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
                && !w.endsWith("is") && !Lexicon.prepositionalCompound(w) || w.equals("children") || w.equals("people"));
    }

    static boolean modifierOnly(String token, String tag) {
        String w = token.toLowerCase(Locale.ROOT);
        return tag.startsWith("ADJ") || tag.startsWith("VERB") || w.endsWith("ing") || w.endsWith("ed") && !w.endsWith("eed");
    }

    /**
     * Whether a short form in brackets abbreviates the phrase before it (Schwartz and Hearst's test): two
     * to ten capitals (a lower-case 's' allowed), the first the first letter of the phrase, every letter
     * found in the phrase in order.
     */
    static boolean abbreviates(String shortForm, String longForm) {
        if (shortForm.length() < 2 || shortForm.length() > 10 || !Character.isUpperCase(shortForm.charAt(0))
                || !shortForm.chars().allMatch(c -> Character.isUpperCase(c) || c == 's' || c == '&')) {
            return false;
        }
        String abbr = shortForm.toLowerCase(Locale.ROOT).replace("&", "");
        String lf = longForm.toLowerCase(Locale.ROOT);
        if (lf.isEmpty() || lf.charAt(0) != abbr.charAt(0)) {
            return false;
        }
        int at = 1;
        for (int k = 1; k < abbr.length(); k++) {
            at = lf.indexOf(abbr.charAt(k), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    /** Whether every conjunct of a coordinated phrase is boilerplate ({@link Lexicon#STOP}). */
    static boolean boilerplateOnly(String key) {
        String[] parts = key.split(" (?:and|or) ");
        if (parts.length < 2) {
            return false;
        }
        for (String p : parts) {
            if (!STOP.contains(p) && !STOP.contains(singular(p))) {
                return false;
            }
        }
        return true;
    }

    static boolean nominal(String token, String tag) {
        if (!Character.isLetterOrDigit(token.charAt(0))) {
            return false;
        }
        if (VERBS.contains(token.toLowerCase(Locale.ROOT))) {
            return false;
        }
        return noun(token, tag) || tag.startsWith("ADJ");
    }

    static boolean noun(String token, String tag) {
        if (tag.startsWith("NOUN") || tag.startsWith("PROPN")) {
            return !token.contains("'") && !token.contains("’");
        }
        // the tagger calls some nouns prepositions ("oversight/ADP"): trust the word, not the tag
        return tag.startsWith("ADP") && token.length() > 4 && !PREPOSITIONS.contains(token.toLowerCase(Locale.ROOT));
    }
}
