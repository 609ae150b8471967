package uk.ofstedextract.layout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import uk.ofstedextract.report.GradeScale;
import uk.ofstedextract.report.ReportType;

/**
 * Everything the pipeline knows about one family of reports, read from
 * {@code layout/profiles/<type>.json} (see docs/profiles.md): how its title reads, where its
 * grades are, which scales and judgements it uses, how its framework follows from the text or the
 * dates, which sections and grades validate expects, and the few family rules that code carries
 * (named here, implemented where they apply). Stages ask the profile; none switches on the type.
 *
 * @param type            the contract's type key
 * @param name            how messages name the family ("ILACS", "area SEND")
 * @param titles          title signals, matched against the folded first page; the earliest wins
 * @param yieldsTo        phrases which, on the first page, make the report another type instead (the first that occurs)
 * @param letter          a letter: unnumbered body, letter date, letter-style provider line
 * @param grades          where the family states its grades
 * @param scales          the grade scales its grades are on
 * @param judgements      the judgement keys it may grade (empty: keys made from labels, any)
 * @param requiredGrades  the judgements validate expects graded (unless a period or framework says otherwise)
 * @param periods         rules by inspection date: a framework name, judgements not graded in the period, the
 *                        judgements validate expects graded under that framework ({@code requires})
 * @param framework       how the framework variant is decided
 * @param requiredFindings finding categories validate expects, with the words reports use for them
 * @param tableRequired   validate expects a judgement table
 * @param statesPublished the text states a publication or letter date
 * @param providerRule    a named code hook reading the provider's name (null: the common readers)
 * @param findingRules    named finding rules of this family (e.g. {@code responsible-body-column})
 * @param headings        heading lexicon entries of this family, tried before the shared lexicon
 * @param provider        what the provider is: a local authority (its codes follow from its name) or an
 *                        establishment (name, URN; the authority's code only from a field naming it)
 * @param unsupported     recognised by its title but not read: metadata only, no findings or grades
 * @param unread          a layout of this family that no rule of the profile describes, known by a phrase on its first
 *                        page: such a report is read as an unsupported one (null: none)
 * @param codebook        the id of the shipped theme codebook its findings are tagged with ({@code schools}); null:
 *                        the default codebook (children's services)
 * @param checks          what validate expects of the family's layouts beyond {@code requiredGrades} and
 *                        {@code statesPublished} (the profile's {@code validate} object)
 */
public record ReportProfile(ReportType type, String name, List<Pattern> titles, List<Yield> yieldsTo, boolean letter,
                            GradeSources grades, List<GradeScale.Scale> scales, Set<String> judgements,
                            List<String> requiredGrades, List<Period> periods, Framework framework,
                            List<RequiredFindings> requiredFindings, boolean tableRequired, boolean statesPublished,
                            String providerRule, Set<String> findingRules, Headings headings,
                            ProviderKind provider, boolean unsupported, String codebook, Unread unread,
                            Checks checks) {

    /** What a family's provider is; see docs/profiles.md ({@code provider}). */
    public enum ProviderKind {
        /** A local authority or area: the name is the authority's, so its codes follow from it. */
        LOCAL_AUTHORITY,
        /**
         * A school, college, home or other establishment (and any report not recognised): name, URN,
         * the authority only from a field that names it.
         */
        ESTABLISHMENT
    }

    /** Finding rule: drop the area SEND priority-action table's "Responsible body" column cells. */
    public static final String RESPONSIBLE_BODY_COLUMN = "responsible-body-column";
    /**
     * Finding rule: a line that ends a sentence and leaves room for the next line's first word ends its
     * paragraph or list item, inside a page and across a page break (school-sector texts; children's services
     * reports keep the older short-line test).
     */
    public static final String LINE_FIT_PARAGRAPHS = "line-fit-paragraphs";
    /**
     * Finding rule (children's services): in wrapped text without blank lines between paragraphs, a line that
     * ends a sentence and leaves room, by the printed width of its characters, for the next line's first word
     * ends its paragraph (focused visits' and summaries' unnumbered paragraphs whose last line is long).
     */
    public static final String MEASURED_LINE_FIT = "measured-line-fit";
    /**
     * Finding rule (graded schools): the short-line test, that a line ending a sentence well short of the full width
     * ends its paragraph, holds only where the line is short by its printed width too, not by its characters alone
     * (layout text, whose blank lines part paragraphs: "… what pupils have remembered." is short in characters but
     * left no room for "Misconceptions").
     */
    public static final String PRINTED_SHORT_LINES = "printed-short-lines";
    /**
     * Finding rule (focused visits): in wrapped text without blank lines between paragraphs, an unnumbered
     * paragraph of ten lines or more is split at the sentence end nearest its middle ({@code findings/LongParagraphs}).
     */
    public static final String LONG_PARAGRAPHS = "long-paragraphs";
    /**
     * Finding rule (schools): a summary list headed "This is a good school" holds strengths only where the
     * summary also lists what keeps the school from the next grade ("It is not yet outstanding because",
     * 2012–15); without such a list (2015–19) it mixes both and its items are narrative.
     */
    public static final String MIXED_SUMMARY_LIST = "mixed-summary-list";
    /** Finding rule (section 10 schools): Part B repeats Part A's list items as sub-headings; "(1)" items. */
    public static final String RESTATED_ITEMS = "restated-items";
    /**
     * Finding rule (schools, 2012–19): the improvement list's unbulleted statutory sentences ("An external review of
     * governance should be undertaken …") are items of their own, though a converter ran one on after the last bullet.
     */
    public static final String STATUTORY_PARAGRAPHS = "statutory-paragraphs";
    /**
     * Finding rule (schools): the rows of a judgement table of questions or statements each with a grade cell
     * (the 2005–09 annex "How well do learners achieve?" / "3") are no findings.
     */
    public static final String GRADE_TABLE_ROWS = "grade-table-rows";
    /** Finding rule: a sentence stating a grade (safeguarding, skills contribution) is no finding (schools, FE). */
    public static final String GRADED_STATEMENTS = "graded-statements";

    /** A phrase on the first page that makes a report of this family one of another type. */
    public record Yield(String phrase, ReportType type) {
    }

    /**
     * A layout of the family that the profile's rules do not describe (further education's report cards of the
     * renewed framework): {@code pattern} found in the folded first page; {@code name} says what it is in the warning.
     */
    public record Unread(Pattern pattern, String name) {
    }

    /**
     * This profile, or, where the first page ({@code head}, folded as {@link TypeDetector} folds it) shows a layout
     * it does not describe, the same family unsupported: metadata only, no findings or grades, a warning.
     */
    public ReportProfile forHead(String head) {
        if (unread == null || unsupported || !unread.pattern().matcher(head).find()) {
            return this;
        }
        return new ReportProfile(type, unread.name(), titles, yieldsTo, letter, grades, scales, judgements,
                requiredGrades, periods, framework, requiredFindings, tableRequired, statesPublished, providerRule,
                findingRules, headings, provider, true, codebook, unread, checks);
    }

    /**
     * Where grades are read: a judgement table near the start; the unheaded summary after it is
     * narrative; which prose statements ({@code overall-effectiveness}, {@code lscb},
     * {@code annual-assessment-limit}, {@code send-outcome}); prose searched in the whole text or the
     * head; judgement headings stating a grade; {@code keep} false when the family grades nothing.
     */
    public record GradeSources(boolean table, boolean summaryAfterTable, Set<String> prose, boolean proseInWholeText,
                               boolean fromHeadings, boolean keep, List<DigitRow> digitRows) {
        public GradeSources {
            digitRows = List.copyOf(digitRows);
        }

        public GradeSources(boolean table, boolean summaryAfterTable, Set<String> prose, boolean proseInWholeText,
                            boolean fromHeadings, boolean keep) {
            this(table, summaryAfterTable, prose, proseInWholeText, fromHeadings, keep, List.of());
        }
    }

    /**
     * A judgement row graded with a digit 1–4 (section 5 reports, 2005–12): {@code label} matches the row's
     * label with everything but its letters removed (converters split words: "ambit ion"), whole.
     */
    public record DigitRow(Pattern label, String judgement) {
    }

    /** Inspections starting in [from, until) (either open): the framework name and judgements it does not grade. */
    public record Period(LocalDate from, LocalDate until, String framework, Set<String> without, List<String> requires) {
        public Period {
            requires = List.copyOf(requires);
        }

        public Period(LocalDate from, LocalDate until, String framework, Set<String> without) {
            this(from, until, framework, without, List.of());
        }

        public boolean covers(LocalDate start) {
            return start != null && (from == null || !start.isBefore(from)) && (until == null || start.isBefore(until));
        }

        /** "from 1 April 2026", "before 1 January 2023", "from A to B". */
        public String describe() {
            if (from != null && until != null) {
                return "from " + from + " to " + until;
            }
            return from != null ? "from " + from : "before " + until;
        }
    }

    /**
     * The framework rule: {@code inspection-days} (at least {@code days} days between start and end
     * gives {@code long}, fewer {@code short}, unknown dates none), {@code head-pattern} ({@code pattern}
     * in the lower-cased first 8,000 characters gives {@code match}, else {@code otherwise}),
     * {@code by-date} (the first of {@code patterns} found in the folded first 8,000 characters, else the
     * covering period's framework), {@code head-patterns} (of {@code patterns}, the one
     * found earliest in the title block gives its framework, none {@code otherwise}), or {@code none}.
     * Frameworks in {@code ungraded} carry no grades.
     */
    public record Framework(String rule, int days, String longName, String shortName, Pattern pattern, String match,
                            String otherwise, Set<String> ungraded, List<NamedPattern> patterns, Set<String> unkeyed) {
        public static final Framework NONE = new Framework("none", 0, null, null, null, null, null, Set.of(), List.of(),
                Set.of());

        public Framework {
            patterns = List.copyOf(patterns);
            unkeyed = Set.copyOf(unkeyed);
        }
    }

    /** A framework name and the title wording that names it ({@code head-patterns} rule). */
    public record NamedPattern(Pattern pattern, String framework) {
    }

    /**
     * A finding category validate expects, and the words reports use for such findings; {@code frameworks}: the
     * frameworks whose reports have it (empty: every report of the family).
     */
    public record RequiredFindings(String category, String words, Set<String> frameworks, String unlessAllRequiredAre) {
        public RequiredFindings {
            frameworks = Set.copyOf(frameworks);
        }

        public RequiredFindings(String category, String words, Set<String> frameworks) {
            this(category, words, frameworks, null);
        }

        public RequiredFindings(String category, String words) {
            this(category, words, Set.of());
        }

        /**
         * Whether a report of this framework (null: none named) must have such findings. A report with no framework
         * (a further education inspection of 2012-15) is in no list of frameworks (an immutable set cannot be asked
         * about null: validate failed on every such report).
         */
        public boolean appliesTo(String framework) {
            return frameworks.isEmpty() || framework != null && frameworks.contains(framework);
        }

        /**
         * Whether a report graded so lacks nothing without such findings: where every judgement its framework requires
         * is graded {@code unlessAllRequiredAre} (an EIF report of an outstanding school prints no "What does the
         * school need to do to improve?" when there is nothing to improve).
         */
        public boolean exempt(List<String> required, java.util.Map<String, String> grades) {
            return unlessAllRequiredAre != null && !required.isEmpty()
                    && required.stream().allMatch(j -> unlessAllRequiredAre.equals(grades.get(j)));
        }
    }

    /**
     * What validate expects of a family's layouts beyond {@code requiredGrades} (docs/profiles.md, {@code validate}).
     *
     * @param headedGrades          a judgement whose heading the report prints is required graded too, and the
     *                              required set is the template (the family's {@code requiredGrades} or one of
     *                              {@code templates}) that the printed headings fit best: a report card grades the
     *                              evaluation areas it prints
     * @param templates             the family's other layouts that grade other judgements (a nursery school's card:
     *                              inclusion, early years, leadership and governance, safeguarding)
     * @param publishedOnlyInLetters the family has letters, which state their date, and reports, which state none: a
     *                              publication date is expected only in a text with a salutation ("Dear …")
     */
    public record Checks(boolean headedGrades, List<GradeTemplate> templates, boolean publishedOnlyInLetters) {
        public static final Checks NONE = new Checks(false, List.of(), false);

        public Checks {
            templates = List.copyOf(templates);
        }
    }

    /** A layout of a family that grades its own judgements: its name (for messages) and the judgements it requires. */
    public record GradeTemplate(String name, List<String> requires) {
        public GradeTemplate {
            requires = List.copyOf(requires);
        }
    }

    public ReportProfile {
        titles = List.copyOf(titles);
        yieldsTo = List.copyOf(yieldsTo);
        scales = List.copyOf(scales);
        judgements = Set.copyOf(judgements);
        requiredGrades = List.copyOf(requiredGrades);
        periods = List.copyOf(periods);
        requiredFindings = List.copyOf(requiredFindings);
        findingRules = Set.copyOf(findingRules);
    }

    public boolean isUnknown() {
        return type == ReportType.UNKNOWN;
    }

    /** Whether findings and grades are read: not for an unknown report, nor a recognised but unsupported type. */
    public boolean readsBody() {
        return !isUnknown() && !unsupported;
    }

    public boolean hasFindingRule(String rule) {
        return findingRules.contains(rule);
    }

    /** The period covering an inspection start, if any. */
    public Optional<Period> period(LocalDate start) {
        return periods.stream().filter(p -> p.covers(start)).findFirst();
    }

    /** Judgements the family does not grade for an inspection starting then (empty when the date is unknown). */
    public Set<String> notGraded(LocalDate start) {
        return period(start).map(Period::without).orElse(Set.of());
    }

    /**
     * Whether the framework grades nothing (the framework rule's {@code ungraded} list: section 10 school
     * inspections, short and ungraded letters): a table or line that looks graded there is not a grade.
     */
    public boolean ungraded(String frameworkName) {
        return frameworkName != null && framework.ungraded().contains(frameworkName);
    }

    /**
     * Whether the framework's reports have no judgements for findings to be keyed to (the framework rule's
     * {@code unkeyed} list: section 10 school inspections, whose tables and headings name aspects such as
     * "Quality of teaching" that the template never judges as the later frameworks do): their findings'
     * {@code judgement} is null.
     */
    public boolean unkeyed(String frameworkName) {
        return frameworkName != null && framework.unkeyed().contains(frameworkName);
    }

    /**
     * Whether a report of the framework carries this grade: any grade where the framework grades, and under an
     * ungraded framework only a progress judgement (a further education monitoring visit's "Reasonable progress"
     * on a theme judges the progress since the last inspection, not the provider, as a school monitoring letter's
     * progress judgement does).
     */
    public boolean carries(String frameworkName, String gradeKey) {
        return !ungraded(frameworkName) || GradeScale.PROGRESS.contains(gradeKey);
    }

    /**
     * The judgements validate expects graded for this start date and framework: the {@code requires} list of the
     * period named after the report's framework where it has one (school frameworks each grade other judgements),
     * else the family's {@code requiredGrades} less those its period does not grade.
     */
    public List<String> requiredGrades(LocalDate start, String frameworkName) {
        if (!grades.keep() || ungraded(frameworkName)) {
            return List.of();
        }
        for (Period p : periods) {
            if (frameworkName != null && frameworkName.equals(p.framework()) && !p.requires().isEmpty()) {
                return p.requires();
            }
        }
        List<String> out = new ArrayList<>();
        for (String j : requiredGrades) {
            boolean dated = periods.stream().anyMatch(p -> p.without().contains(j));
            if (!dated || start != null && !notGraded(start).contains(j)) {
                out.add(j);
            }
        }
        return out;
    }

    /** The scale (of this family's) a grade key is on, if any. */
    public boolean onScale(String gradeKey) {
        return scales.stream().anyMatch(s -> s.contains(gradeKey));
    }

    /** The keys of this family's scales, for messages. */
    public List<String> scaleKeys() {
        List<String> out = new ArrayList<>();
        for (GradeScale.Scale s : scales) {
            for (String k : s.keys()) {
                if (!out.contains(k)) {
                    out.add(k);
                }
            }
        }
        return out;
    }
}
