package uk.ofstedextract.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ofstedextract.layout.Document;
import uk.ofstedextract.layout.Heading;
import uk.ofstedextract.layout.Line;
import uk.ofstedextract.layout.Section;
import uk.ofstedextract.layout.SectionRole;
import uk.ofstedextract.layout.StandardsLayout;
import uk.ofstedextract.text.AlignedText;
import uk.ofstedextract.text.Fold;
import uk.ofstedextract.text.Span;

/**
 * Finding rule {@value #RULE} of independent school reports (profile {@code independent-school}).
 *
 * <p>Under the parts of the standards: a paragraph or bullet that only states the part's outcome
 * ("The standards in this part are likely to be met if …", "Leaders have ensured that these standards
 * are likely to be met.") is not a finding, nor the 2019 layout's list of the paragraphs checked
 * ("Paragraphs 2(1), 2(1)(a), …"), nor part 8's fixed opening ("When we carry out … inspections …, we
 * report on … part 8 … first. … sufficient for that purpose."); a paragraph with other sentences stays
 * whole. A paragraph that states something without a full stop ("The spaces are more than sufficient
 * for …") is still one, where a sub-heading ("The single central record of these recruitment checks")
 * is not: it has a finite verb.
 *
 * <p>The annex lists standards: under "Independent school standards that the school does not meet" (or
 * "is unlikely to meet"), "Schedule 10 of the Equality Act 2010" and "Early years foundation stage"
 * each top-level item is a {@code development} finding with its sub-items ("– 16(a) …"), its number's
 * integer part ("29(1)" → 29) as {@code number}; under "… that the school now meets" the items are
 * {@code satisfactory}. The parts' headings inside the annex only group the items.
 */
public final class IndependentSchoolFindings {
    /** The profile's name for this rule ({@code findingRules}). */
    public static final String RULE = "iss-standards";

    private static final String PART_WORDS = StandardsLayout.OUTCOME_SUBJECT;
    private static final String OUTCOME_WORDS = "\\b(met|meet|meets|insufficient evidence)\\b";
    /** A sentence about "this part" / "these standards" being (likely to be) met, in either order. */
    private static final Pattern OUTCOME_SENTENCE = Pattern.compile(
            "(?i).*(" + PART_WORDS + ".*" + OUTCOME_WORDS + "|" + OUTCOME_WORDS + ".*" + PART_WORDS + ").*");
    private static final Pattern PARAGRAPHS_CHECKED = Pattern.compile("(?i)^paragraphs? \\d{1,2}(\\(\\w{1,5}\\))*[,; ]");
    private static final Pattern PART8_OPENING = Pattern.compile(
            "(?is)^when we carry out [^.]{0,80}inspections? .{0,400}?\\bpart 8\\b.{0,600}?for that purpose\\.\\s*");
    private static final Pattern FINITE_VERB = Pattern.compile(
            "(?i)\\b(is|are|was|were|has|have|had|will|would|can|could|does|do|did|should|must|may|might|"
                    + "shall)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\u2018\u201C'\"(])");

    private static final Pattern OTHER_LIST = Pattern.compile(
            "^(schedule 10 of the equality act( 2010)?|(the )?early years foundation stage|national minimum standards.*"
                    + "not (been )?met.*)$");
    /** "16 The standard …", "29(1) The standard …", "2(2) For the purposes …": a standard and its number. */
    private static final Pattern ITEM = Pattern.compile("^(\\d{1,2})((?:\\([0-9a-z]{1,5}\\))*)\\s+(?=\\S)");
    /** A sub-item's glyph: en dash, hyphen, em dash, or the combining long stroke some converters leave. */
    private static final Pattern SUB_ITEM = Pattern.compile("^[\u2013\u2014\\-\u0336]\\s*");
    private static final Pattern BULLET = Pattern.compile("^[" + BlockReader.GLYPHS + "]\\s*");
    /** The paragraph a standard restated in words names at its end ("… (paragraph 7, 7(a), 7(b))."): group 1. */
    private static final Pattern PARAGRAPH_NAMED = Pattern.compile("\\(paragraphs? (\\d{1,2})\\b");
    /** A line that cannot end a list's header: its last word an article, a preposition or a conjunction. */
    private static final Pattern OPEN_END = Pattern.compile(
            "(?i)\\b(the|a|an|of|to|for|in|on|by|with|from|under|and|or)\\s*$");
    private static final Pattern STANDARDS_HEADER = Pattern.compile("(?i)\\bindependent school standards?\\b");

    private IndependentSchoolFindings() {
    }

    /**
     * A narrative paragraph's text without the fixed text of this family: null where nothing is left
     * (an outcome statement, a "Paragraphs …" line, part 8's opening alone).
     */
    static AlignedText withoutFixedText(AlignedText text, Block b) {
        String t = text.text();
        if (PARAGRAPHS_CHECKED.matcher(t).find() || onlyOutcome(t)) {
            return null;
        }
        if (b.kind() == Block.Kind.PARAGRAPH && !FindingFinder.endsSentence(t) && !FINITE_VERB.matcher(t).find()) {
            return null; // a sub-heading ("The single central record of these recruitment checks")
        }
        Matcher m = PART8_OPENING.matcher(t);
        if (m.find()) {
            if (m.end() >= t.length()) {
                return null;
            }
            AlignedText rest = text.subSequence(m.end(), t.length());
            return onlyOutcome(rest.text()) ? null : withoutStatementBelow(rest, b);
        }
        return withoutStatementBelow(text, b);
    }

    /** A part's statement of its outcome in the template's words: "The proprietor has (not) ensured that …". */
    private static final Pattern PART_STATEMENT = Pattern.compile("(?i)(?:the proprietor has (?:not )?ensured that the "
            + "(?:previously unmet )?standards? in this part (?:is|are) (?:now )?met|the standards? in this part (?:is|are) "
            + "(?:not )?(?:now )?met|there was insufficient evidence to judge whether the standards? in this part (?:is|are) "
            + "met|the school (?:now )?(?:meets|does not meet) the requirements of this part)\\.?");

    /**
     * A paragraph whose last line is the part's statement standing as a line of its own ("… who joined the school in
     * April." / "The proprietor has not ensured that the standards in this part are met."): the statement is its own
     * paragraph in the template, run on here because the paragraph above ended on a full line with no blank line after
     * it (pdftotext's default text). The statement is cut off; a paragraph that states the outcome inside a line keeps it.
     */
    private static AlignedText withoutStatementBelow(AlignedText text, Block b) {
        List<Line> lines = b.lines();
        if (lines.size() < 2) {
            return text;
        }
        String last = Fold.spaces(lines.get(lines.size() - 1).text().strip());
        String t = text.text();
        if (!PART_STATEMENT.matcher(last).matches() || !t.endsWith(last) || t.length() == last.length()) {
            return text;
        }
        String before = t.substring(0, t.length() - last.length()).stripTrailing();
        return FindingFinder.endsSentence(before) ? text.subSequence(0, before.length()) : text;
    }

    /**
     * Paragraphs as this family's layouts set them: a blank line ends one (a page break alone does not:
     * the text may run on across it), and lines without a blank line between them are one paragraph,
     * however short the line that ends a sentence. Bullets and numbered items are left as they are.
     */
    static List<Block> paragraphs(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            Block prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && isSubItemOf(b, prev)) {
                List<Line> lines = new ArrayList<>(prev.lines());
                Line first = b.lines().get(0);
                Matcher glyph = SUB_ITEM.matcher(first.text());
                glyph.find();
                lines.add(trimmedStart(first, glyph.end()));
                lines.addAll(b.lines().subList(1, b.lines().size()));
                out.set(out.size() - 1, new Block(prev.kind(), prev.number(), lines, prev.firstOffset()));
                continue;
            }
            if (b.kind() != Block.Kind.PARAGRAPH) {
                out.add(b);
                continue;
            }
            List<Line> cur = new ArrayList<>();
            for (Line l : b.lines()) {
                boolean newParagraph = l.blanksBefore() > 0 && !l.pageBreakBefore() && !l.startsLower();
                if (cur.isEmpty()) {
                    Block before = out.isEmpty() ? null : out.get(out.size() - 1);
                    boolean runsOn = before != null && before.kind() == Block.Kind.PARAGRAPH && l.blanksBefore() == 0
                            && !l.pageBreakBefore() && l.index() == before.last().index() + 1;
                    if (runsOn) {
                        cur.addAll(before.lines());
                        out.remove(out.size() - 1);
                    }
                } else if (newParagraph) {
                    out.add(new Block(Block.Kind.PARAGRAPH, null, cur, cur.get(0).start()));
                    cur = new ArrayList<>();
                }
                cur.add(l);
            }
            out.add(new Block(Block.Kind.PARAGRAPH, null, cur, cur.get(0).start()));
        }
        return withSubHeadingsApart(out);
    }

    /** A sub-heading's most words ("Curriculum", "Risk assessment", "Admissions and attendance"). */
    private static final int SUB_HEADING_WORDS = 6;
    /** Its most characters: well short of a line of the text column, which a paragraph's first line fills. */
    private static final int SUB_HEADING_CHARS = 45;

    /**
     * A part's sub-heading set straight above its paragraph with no blank line between them ("Part 1. Quality of
     * education provided" / "Curriculum" / "Leaders have planned a curriculum …", pdftotext's default text of the
     * renewed layout): a short first line without a stop, followed by a line that starts with a capital, is a block of
     * its own, which {@link #withoutFixedText} then leaves out as a sub-heading (no full stop, no finite verb). A
     * paragraph's first line fills the column, so a wrapped paragraph is never split so.
     */
    static List<Block> withSubHeadingsApart(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            List<Line> lines = b.lines();
            if (b.kind() == Block.Kind.PARAGRAPH && lines.size() >= 2 && subHeadingLine(lines.get(0))
                    && !lines.get(1).startsLower() && !lines.get(1).text().isEmpty()
                    && Character.isUpperCase(lines.get(1).text().charAt(0))) {
                out.add(new Block(Block.Kind.PARAGRAPH, null, lines.subList(0, 1), lines.get(0).start()));
                out.add(new Block(Block.Kind.PARAGRAPH, null, lines.subList(1, lines.size()), lines.get(1).start()));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    private static boolean subHeadingLine(Line l) {
        String t = l.text().strip();
        return !t.isEmpty() && t.length() <= SUB_HEADING_CHARS && Character.isUpperCase(t.charAt(0))
                && FindingFinder.words(t) <= SUB_HEADING_WORDS && !t.matches(".*[.!?:;,)\\]'’”\"]$")
                && !FINITE_VERB.matcher(t).find();
    }

    /**
     * A dash item under a bullet of another glyph ("• The fire risk assessment … These include:" /
     * "– fitting an alarm …"): a sub-item, part of that bullet's finding.
     */
    private static boolean isSubItemOf(Block b, Block prev) {
        if (b.kind() != Block.Kind.BULLET || prev.kind() != Block.Kind.BULLET || b.lines().get(0).blanksBefore() > 1) {
            return false;
        }
        String t = b.lines().get(0).text();
        String p = prev.lines().get(0).text();
        return SUB_ITEM.matcher(t).find() && !p.isEmpty() && !t.isEmpty() && p.charAt(0) != t.charAt(0);
    }

    /** Every sentence of the text states a part's outcome. */
    static boolean onlyOutcome(String text) {
        for (String s : SENTENCE_END.split(text.strip())) {
            if (!OUTCOME_SENTENCE.matcher(s).matches()) {
                return false;
            }
        }
        return true;
    }

    /** A paragraph without a full stop that still states something (it has a finite verb), not a sub-heading. */
    static boolean statesWithoutStop(String text) {
        return !FindingFinder.endsSentence(text) && FindingFinder.words(text) >= 6 && FINITE_VERB.matcher(text).find()
                && !Boilerplate.matches(text);
    }

    /**
     * A sentence without its full stop that the layout took for a sub-heading (a short line alone between
     * blank lines, "The spaces are more than sufficient for the proposed number of pupils"): a statement, not
     * a heading, as it has a finite verb. Null for a real sub-heading or a heading the lexicon knows.
     */
    static FindingDraft statementReadAsHeading(Document doc, Section s, String judgement) {
        Heading h = s.heading();
        if (h == null || h.role() != SectionRole.SUMMARY || h.category() != null || h.judgement() != null
                || h.text().endsWith("?") || !statesWithoutStop(h.text())) {
            return null;
        }
        List<Line> lines = doc.lines().subList(h.firstLine(), h.firstLine() + h.lineCount());
        AlignedText text = FindingText.of(doc.normalised(), lines, lines.get(0).start());
        return new FindingDraft("narrative", null, null, judgement, text);
    }

    /**
     * The part of the standards a section belongs to: a part's own section, or a sub-heading under it that
     * states no grade, worded like a report card's evaluation area or not ("Curriculum and teaching" under
     * part 1 belongs to part 1). Any other heading (accessibility plan, early years, "About this inspection",
     * a graded evaluation area) ends the part: null.
     */
    static String partAfter(Section s, String part) {
        if (s.judgement() != null && s.judgement().startsWith("iss-part-")) {
            return s.judgement();
        }
        Heading h = s.heading();
        boolean subHeading = h != null && h.statedGrade() == null && h.category() == null
                && (s.role() == SectionRole.JUDGEMENT || s.role() == SectionRole.SUMMARY)
                && !"accessibility-plan".equals(s.judgement()) && !"early-years".equals(s.judgement());
        return part != null && subHeading ? part : null;
    }

    /** Whether the section starts the annex of standards (its heading, or a list header without one). */
    static boolean startsAnnex(Section s) {
        if (s.heading() == null) {
            return false;
        }
        String h = folded(s.headingText());
        return StandardsLayout.ANNEX.matcher(h).find() || StandardsLayout.UNMET_LIST.matcher(h).find()
                || StandardsLayout.MET_LIST.matcher(h).find();
    }

    /**
     * The lines of the annex: the annex section's heading and everything after it up to Ofsted's closing
     * page (or a section the profile excludes, such as the 2019 layout's "School details").
     */
    static List<Line> annexLines(Document doc, List<Section> sections, int from) {
        List<Line> out = new ArrayList<>();
        for (int k = from; k < sections.size(); k++) {
            Section s = sections.get(k);
            if (s.role() == SectionRole.END || k > from && s.role() == SectionRole.EXCLUDED && !startsAnnex(s)) {
                break;
            }
            if (s.heading() != null) {
                out.addAll(doc.lines().subList(s.heading().firstLine(), s.heading().firstLine() + s.heading().lineCount()));
            }
            out.addAll(s.lines());
        }
        return out;
    }

    /** The annex's findings: one per standard listed, with its sub-items. */
    static List<FindingDraft> annex(Document doc, List<Line> lines) {
        List<FindingDraft> out = new ArrayList<>();
        String category = null;
        String heading = null;
        List<List<Line>> item = null; // the standard's lines, then each sub-item's
        Integer number = null;
        boolean afterHeader = false;
        for (Line l : lines) {
            String f = folded(l.text());
            if (afterHeader && l.blanksBefore() == 0 && !l.pageBreakBefore()
                    && (l.startsLower() || OPEN_END.matcher(heading).find())) {
                // the header's own last words, wrapped ("… if the material change is" / "implemented"; "… of
                // Schedule 10 to the" / "Equality Act 2010": a header cannot end on an article or a preposition)
                heading = heading + " " + Fold.spaces(l.text());
                continue;
            }
            afterHeader = false;
            String list = StandardsLayout.UNMET_LIST.matcher(f).find() || OTHER_LIST.matcher(f).matches()
                    ? "development" : StandardsLayout.MET_LIST.matcher(f).find() ? "satisfactory" : null;
            if (list != null || StandardsLayout.ANNEX.matcher(f).find() || StandardsLayout.PART_HEADING.matcher(f).find()) {
                add(out, doc, category, heading, number, item);
                item = null;
                if (list != null) {
                    category = list;
                    heading = Fold.spaces(l.text());
                    afterHeader = true;
                } else if (StandardsLayout.ANNEX.matcher(f).find()) {
                    category = null;
                }
                continue;
            }
            Matcher sub = SUB_ITEM.matcher(l.text());
            if (sub.find() && item != null) {
                item.add(new ArrayList<>(List.of(trimmedStart(l, sub.end()))));
                continue;
            }
            // a standard starts with its number, often after a bullet glyph ("\uF06E 21(3) The information …")
            Matcher b = BULLET.matcher(l.text());
            int glyph = b.find() ? b.end() : 0;
            Matcher n = ITEM.matcher(l.text().substring(glyph));
            if (glyph > 0 || n.find()) {
                add(out, doc, category, heading, number, item);
                boolean numbered = n.find(0);
                number = numbered ? Integer.valueOf(n.group(1)) : null;
                item = new ArrayList<>();
                item.add(new ArrayList<>(List.of(trimmedStart(l, glyph + (numbered ? n.end() : 0)))));
                continue;
            }
            if (item == null) {
                item = new ArrayList<>(); // an item without a number (Schedule 10, early years)
                item.add(new ArrayList<>(List.of(l)));
                number = null;
            } else {
                item.get(item.size() - 1).add(l);
            }
        }
        add(out, doc, category, heading, number, item);
        return out;
    }

    /**
     * The standard and each sub-item assembled apart and joined with a space: "that-" ending a line before
     * "– 16(a)" is the standard's own dash, not a word broken at the line's end.
     */
    private static void add(List<FindingDraft> out, Document doc, String category, String heading, Integer number,
                            List<List<Line>> item) {
        if (category == null || item == null) {
            return;
        }
        AlignedText.Builder b = new AlignedText.Builder();
        for (List<Line> segment : item) {
            AlignedText part = FindingText.of(doc.normalised(), segment, segment.get(0).start());
            if (part.length() > 0) {
                if (b.length() > 0) {
                    b.append(' ', part.origin(0), part.origin(0));
                }
                b.append(part, 0, part.length());
            }
        }
        AlignedText text = b.build();
        if (number == null && heading != null && STANDARDS_HEADER.matcher(heading).find()) {
            // the 2019-25 lists restate each standard in words, its paragraph at the end: that is its number
            Matcher named = PARAGRAPH_NAMED.matcher(text.toString());
            number = named.find() ? Integer.valueOf(named.group(1)) : null;
        }
        if (text.length() > 0) {
            out.add(new FindingDraft(category, heading, number, null, text));
        }
    }

    /** The line without its first {@code cut} characters (a number or glyph) and the spaces after them. */
    private static Line trimmedStart(Line l, int cut) {
        int c = Math.min(cut, l.text().length());
        while (c < l.text().length() && Character.isWhitespace(l.text().charAt(c))) {
            c++;
        }
        return new Line(l.index(), new Span(l.start() + c, l.end()), l.text().substring(c), l.indent(), l.blanksBefore(),
                l.pageBreakBefore());
    }

    private static String folded(String s) {
        return Fold.spaces(Fold.forMatching(s));
    }
}
