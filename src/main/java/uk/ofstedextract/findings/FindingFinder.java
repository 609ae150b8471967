package uk.ofstedextract.findings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.ofstedextract.layout.Document;
import uk.ofstedextract.layout.Line;
import uk.ofstedextract.layout.ReportProfile;
import uk.ofstedextract.layout.Section;
import uk.ofstedextract.layout.SectionRole;
import uk.ofstedextract.text.AlignedText;
import uk.ofstedextract.text.Span;

/**
 * Turns sections into findings. In a list section every bullet, numbered item or paragraph is a
 * finding of the section's category (where the items are paragraphs, a paragraph ending in ':' and
 * the bullets it introduces are one); in judgement and summary sections every paragraph is a
 * narrative finding, numbered or not (a bullet list introduced by a paragraph ending in ':' belongs
 * to that paragraph). Front matter, excluded sections and boilerplate give none.
 */
public final class FindingFinder {

    /** Findings of a report of the profile's family (its finding rules applied). */
    public List<FindingDraft> find(Document doc, List<Section> sections, ReportProfile profile) {
        boolean bodyColumn = profile.hasFindingRule(ReportProfile.RESPONSIBLE_BODY_COLUMN);
        boolean mixedSummary = profile.hasFindingRule(ReportProfile.MIXED_SUMMARY_LIST) && SchoolSummary.mixed(sections);
        Set<String> listed = profile.hasFindingRule(ReportProfile.RESTATED_ITEMS) ? new HashSet<>() : null;
        boolean gradedStatements = profile.hasFindingRule(ReportProfile.GRADED_STATEMENTS);
        boolean statutory = profile.hasFindingRule(ReportProfile.STATUTORY_PARAGRAPHS);
        boolean tableRows = profile.hasFindingRule(ReportProfile.GRADE_TABLE_ROWS);
        boolean standards = profile.hasFindingRule(IndependentSchoolFindings.RULE);
        boolean longParagraphs = profile.hasFindingRule(ReportProfile.LONG_PARAGRAPHS);
        NumberSequence numbers = new NumberSequence();
        BlockReader reader = new BlockReader(numbers, profile.hasFindingRule(ReportProfile.LINE_FIT_PARAGRAPHS),
                profile.hasFindingRule(ReportProfile.MEASURED_LINE_FIT),
                profile.hasFindingRule(ReportProfile.PRINTED_SHORT_LINES));
        // iss-standards: a section outside the parts whose paragraphs no blank line separates (a standard
        // inspection's EIF or CIF sections in pdftotext's default text) is read as the school layouts are, by
        // the lines' printed width; so is any section, a part's too, where the whole report does not separate
        // its paragraphs by blank lines (pdftotext's default text, which leaves a blank line after about a
        // fifth of paragraph ends and none after the rest: one such blank line in a section does not make its
        // other paragraph ends visible)
        BlockReader lineFit = standards ? new BlockReader(numbers, true, true) : null;
        List<FindingDraft> out = new ArrayList<>();
        String part = null; // iss-standards: the part of the standards whose sub-headings follow
        for (int k = 0; k < sections.size(); k++) {
            Section s = sections.get(k);
            part = standards ? IndependentSchoolFindings.partAfter(s, part) : null;
            String judgement = part != null ? part : s.judgement();
            if (s.role() == SectionRole.END) {
                break;
            }
            if (standards && IndependentSchoolFindings.startsAnnex(s)) {
                out.addAll(IndependentSchoolFindings.annex(doc, IndependentSchoolFindings.annexLines(doc, sections, k)));
                break;
            }
            boolean list = s.role() == SectionRole.LIST;
            List<Line> lines = bodyColumn && "priority-action".equals(s.category()) ? withoutBodyColumn(s.lines())
                    : s.lines();
            boolean unspaced = standards && !list
                    && (!lineFit.blankParagraphs(doc) || part == null && !blankSeparated(lines));
            List<Block> blocks = (unspaced ? lineFit : reader).read(doc, lines, list);
            Set<Block> commentary = Set.of();
            if (listed != null && list) {
                blocks = SchoolCommentary.arrange(blocks, listed);
                commentary = SchoolCommentary.afterBullets(blocks);
            }
            if (statutory && list) {
                blocks = StatutoryParagraphs.split(blocks);
            }
            if (longParagraphs && !list && !reader.blankParagraphs(doc)) {
                blocks = LongParagraphs.split(blocks);
            }
            if (tableRows && !list) {
                blocks = GradeTableRows.without(blocks, GradeTableRows.inTable(s),
                        k + 1 < sections.size() && GradeTableRows.inTable(sections.get(k + 1)));
            }
            if (s.role() != SectionRole.LIST && s.role() != SectionRole.JUDGEMENT && s.role() != SectionRole.SUMMARY) {
                continue;
            }
            String category = list ? s.category() : "narrative";
            if (mixedSummary && SchoolSummary.judgesWhole(s)) {
                category = "narrative";
            }
            if (standards && !list) {
                FindingDraft statement = IndependentSchoolFindings.statementReadAsHeading(doc, s, judgement);
                if (statement != null) {
                    out.add(statement);
                }
            }
            List<Block> merged = !list
                    ? foldIntroducedLists(!standards ? blocks : unspaced ? IndependentSchoolFindings.withSubHeadingsApart(blocks)
                            : IndependentSchoolFindings.paragraphs(blocks))
                    : hasParagraphItems(doc, blocks) ? foldLeadParagraphs(splitAtActors(blocks)) : blocks;
            for (Block b : merged) {
                AlignedText text = FindingText.of(doc.normalised(), b.lines(), b.firstOffset());
                int key = Boilerplate.letterKeyEnd(text.text());
                if (key > 0) {
                    text = text.subSequence(key, text.length());
                }
                int closing = Boilerplate.closingAt(text.text());
                if (closing > 0) {
                    text = trimmed(text.subSequence(0, closing));
                }
                if (gradedStatements) {
                    text = GradedStatements.without(text, s.judgement(), doc.original());
                }
                if (standards && !list) {
                    text = IndependentSchoolFindings.withoutFixedText(text, b);
                    if (text == null) {
                        continue;
                    }
                }
                // a numbered body paragraph that announces the list ("28. In order to improve …, the local
                // authority should take the following action."): a narrative paragraph, not an item; the timing
                // label after it ("Immediately:", "Within three months:") heads the items
                java.util.regex.Matcher lead = list && b.number() != null && b.kind() != Block.Kind.BULLET
                        ? LIST_LEAD.matcher(text.text()) : null;
                boolean numberedLead = lead != null && lead.lookingAt();
                if (numberedLead) {
                    text = text.subSequence(0, lead.end());
                } else if (list) {
                    int announcing = AnnouncingSentence.start(text.text());
                    if (announcing > 0) {
                        text = trimmed(text.subSequence(0, announcing));
                    }
                }
                if (text.length() == 0 || !isFinding(text.text(), b, list && !numberedLead)
                        && !(standards && !list && IndependentSchoolFindings.statesWithoutStop(text.text()))) {
                    continue;
                }
                out.add(new FindingDraft(numberedLead || commentary.contains(b) ? "narrative" : category, s.headingText(),
                        b.number(), judgement, text));
            }
        }
        return out;
    }

    /**
     * Finding rule {@value ReportProfile#RESPONSIBLE_BODY_COLUMN} (area SEND only: in other families a
     * wrapped line "NHS trust and the county council" is part of the finding).
     * Area SEND priority actions sit in a two-column table whose "Responsible body" column pdftotext
     * prints as short lines between the actions ("Halton Borough Council and", "NHS Cheshire and",
     * "Board (ICB)"): those cells are not part of any action.
     */
    private static List<Line> withoutBodyColumn(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        for (Line l : lines) {
            if (!(l.length() <= BODY_CELL_MAX && !l.endsSentence() && BODY_CELL.matcher(l.text()).find())) {
                out.add(l);
            }
        }
        return out;
    }

    static final int BODY_CELL_MAX = 40;
    private static final java.util.regex.Pattern BODY_CELL = java.util.regex.Pattern.compile(
            "(?i)^(responsible bod(y|ies)|.*\\b(council|nhs|integrated care|icb|borough|county|trust)\\b.*)$");

    /** Whether a blank line (not a page break) stands between any two of the section's lines. */
    private static boolean blankSeparated(List<Line> lines) {
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).blanksBefore() > 0 && !lines.get(i).pageBreakBefore()) {
                return true;
            }
        }
        return false;
    }

    /** The text without the white space a cut left at its end. */
    private static AlignedText trimmed(AlignedText t) {
        int end = t.length();
        while (end > 0 && Character.isWhitespace(t.charAt(end - 1))) {
            end--;
        }
        return t.subSequence(0, end);
    }

    /** In narrative sections, bullets after a paragraph that ends with ':' are part of that paragraph. */
    private static List<Block> foldIntroducedLists(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b.kind() == Block.Kind.BULLET && !out.isEmpty()) {
                Block prev = out.get(out.size() - 1);
                boolean introduced = prev.kind() != Block.Kind.BULLET && prev.last().text().endsWith(":")
                        || prev.kind() != Block.Kind.BULLET && prev.number() != null && introducesList(prev);
                if (introduced) {
                    out.set(out.size() - 1, prev.followedBy(b));
                    continue;
                }
            }
            out.add(b);
        }
        return out;
    }

    /**
     * Whether a list section's items are paragraphs (area SEND "Areas for improvement"): it holds a
     * paragraph that is an item by itself, not one that introduces bullets with ':'.
     */
    private static boolean hasParagraphItems(Document doc, List<Block> blocks) {
        for (Block b : blocks) {
            if (b.kind() == Block.Kind.PARAGRAPH && !b.last().text().endsWith(":")) {
                AlignedText text = FindingText.of(doc.normalised(), b.lines(), b.firstOffset());
                if (text.length() > 0 && isFinding(text.text(), b, true)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * In a list whose items are paragraphs, a paragraph whose last line runs to the full width still ends
     * where a line after a finished sentence opens the next recommendation, if the part before it opened one
     * too ("The LAP should …" / "Health leaders need to …"). An item that states a weakness and then who should
     * act ("The curriculum in history … is not as well planned … . Leaders should set out …", the EIF's and the
     * ungraded reports' form of every improvement point) is one item.
     */
    private static List<Block> splitAtActors(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b.kind() != Block.Kind.PARAGRAPH) {
                out.add(b);
                continue;
            }
            int from = 0;
            for (int k = 1; k < b.lines().size(); k++) {
                Line l = b.lines().get(k);
                if (b.lines().get(k - 1).endsSentence() && BlockReader.OPENS_RECOMMENDATION.matcher(l.text()).find()
                        && BlockReader.OPENS_RECOMMENDATION.matcher(b.lines().get(from).text()).find()) {
                    out.add(part(b, from, k));
                    from = k;
                }
            }
            out.add(from == 0 ? b : part(b, from, b.lines().size()));
        }
        return out;
    }

    private static Block part(Block b, int from, int to) {
        List<Line> lines = b.lines().subList(from, to);
        return new Block(b.kind(), b.number(), lines, from == 0 ? b.firstOffset() : lines.get(0).start());
    }

    /** An item that continues the one before it: "This should include …:", "They should focus on:". */
    private static final java.util.regex.Pattern CONTINUES_ITEM = java.util.regex.Pattern.compile(
            "^(This|These|They|It|In particular|Such)\\b");

    /**
     * In a list whose items are paragraphs, a paragraph that ends with ':' and the bullets after it are
     * one item (lead and bullets), unless it announces "the following …" items; such a paragraph that
     * opens by pointing back ("This should include a particular focus on ensuring that:") also takes
     * the paragraph before it, its lead.
     */
    private static List<Block> foldLeadParagraphs(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        Block lead = null; // the paragraph ending in ':' that the bullets now being read belong to
        for (Block b : blocks) {
            if (b.kind() == Block.Kind.BULLET && lead != null) {
                out.set(out.size() - 1, joined(out.get(out.size() - 1), b));
                continue;
            }
            lead = null;
            if (b.kind() == Block.Kind.PARAGRAPH && b.last().text().endsWith(":") && !announcesItems(b)) {
                lead = b;
                Block prev = out.isEmpty() ? null : out.get(out.size() - 1);
                if (prev != null && prev.kind() == Block.Kind.PARAGRAPH && !prev.last().text().endsWith(":")
                        && CONTINUES_ITEM.matcher(b.lines().get(0).text()).find()) {
                    out.set(out.size() - 1, joined(prev, b));
                    continue;
                }
            }
            out.add(b);
        }
        return out;
    }

    /** One block of {@code first}'s lines and {@code next}'s from its content on (its bullet glyph left out). */
    private static Block joined(Block first, Block next) {
        List<Line> lines = new ArrayList<>(first.lines());
        Line head = next.lines().get(0);
        int from = Math.max(head.start(), Math.min(next.firstOffset(), head.end()));
        lines.add(new Line(head.index(), new Span(from, head.end()), head.text().substring(from - head.start()), head.indent(),
                head.blanksBefore(), head.pageBreakBefore()));
        lines.addAll(next.lines().subList(1, next.lines().size()));
        return new Block(first.kind(), first.number(), lines, first.firstOffset());
    }

    /** "… the following areas of weakness:": a last sentence that presents the bullets as items of their own. */
    private static boolean announcesItems(Block b) {
        StringBuilder text = new StringBuilder();
        for (Line l : b.lines()) {
            text.append(text.length() == 0 ? "" : " ").append(l.text());
        }
        String[] sentences = text.toString().split("[.;?!]\\s+");
        return FOLLOWING.matcher(sentences[sentences.length - 1]).find();
    }

    private static final java.util.regex.Pattern FOLLOWING = java.util.regex.Pattern.compile("(?i)\\bfollowing\\b");

    /** A numbered paragraph with a line ending in ':' has bullets of its own: it keeps absorbing them. */
    private static boolean introducesList(Block prev) {
        for (Line l : prev.lines()) {
            if (l.text().endsWith(":")) {
                return true;
            }
        }
        return false;
    }

    /** The sentence that announces a list of actions ("… should take the following action."). */
    private static final java.util.regex.Pattern LIST_LEAD = java.util.regex.Pattern.compile(
            "(?s).*?\\b(should|must|will need to|needs to) take the following actions?\\.?");

    private static boolean isFinding(String text, Block b, boolean list) {
        if (Boilerplate.matches(text)) {
            return false;
        }
        if (list && (text.endsWith(":") || LIST_LEAD.matcher(text).matches())) {
            return false; // the sentence that introduces a list is not an item of it
        }
        int words = words(text);
        boolean sentence = endsSentence(text);
        if (b.kind() == Block.Kind.PARAGRAPH) {
            // lines that are not prose: table cells, names, captions
            if (!sentence && words < 12) {
                return false;
            }
            // a table's rows as a layout conversion sets them, cells apart by runs of spaces ("Teaching of pupils
            // in:   Years 7 – 9   Years 10 – 11" / "Quality of teaching   Satisfactory   Good"), with no sentence
            if (!sentence && b.lines().size() >= 2 && 2 * cellRows(b) >= b.lines().size()) {
                return false;
            }
            if (text.endsWith(":") && words < 25) {
                return false;
            }
            // a table's cells as the default conversion reads them, one cell a line ("Performance in:" / "English" /
            // "mathematics" / "compared with" / "all schools" / "2000" / "B"), with no sentence: no line of prose is
            // that short, three lines or more running
            if (!sentence && b.lines().size() >= 3 && cellLines(b)) {
                return false;
            }
            // a table's rows as the PDF reader sets them, cells one space apart, half its lines or more ending in two
            // cells or more of grades, letters, years or figures ("English D C C" / "2000 2001 2002" / "Quality of
            // teaching Very good Good Good"), with no sentence
            if (!sentence && b.lines().size() >= 2 && 2 * gradeCellRows(b) >= b.lines().size()) {
                return false;
            }
        }
        return words >= 2 || b.kind() != Block.Kind.PARAGRAPH;
    }

    /** The most words a line of a table's cell, read one cell a line, holds in {@link #cellLines}. */
    static final int CELL_WORDS = 3;

    private static boolean cellLines(Block b) {
        for (Line l : b.lines()) {
            if (words(l.text()) > CELL_WORDS) {
                return false;
            }
        }
        return true;
    }

    /** A line ending in two cells or more each a grade word, a capital letter, a year or a figure. */
    private static final java.util.regex.Pattern GRADE_CELLS = java.util.regex.Pattern.compile(
            "(?:(?:^|\\s)(?:[A-Z*]|\\d{1,4}%?|(?i:(?:very )?good|excellent|satisfactory|unsatisfactory|(?:very )?poor|"
                    + "outstanding|inadequate))){2,}$");

    private static int gradeCellRows(Block b) {
        int n = 0;
        for (Line l : b.lines()) {
            if (GRADE_CELLS.matcher(l.text().strip()).find()) {
                n++;
            }
        }
        return n;
    }

    /** A line with two cells apart by a column's run of spaces. */
    private static final java.util.regex.Pattern CELL_GAP = java.util.regex.Pattern.compile("\\S {3,}\\S");

    private static int cellRows(Block b) {
        int n = 0;
        for (Line l : b.lines()) {
            if (CELL_GAP.matcher(l.text()).find()) {
                n++;
            }
        }
        return n;
    }

    /**
     * Ofsted's standard sentences that sit among findings but are not findings ("The inspection did not
     * find any areas for priority and immediate action.").
     */
    public static boolean isBoilerplate(String text) {
        return Boilerplate.matches(text);
    }

    /** The number of words between runs of {@code \\s}: what {@code text.split("\\s+").length} gives. */
    static int words(String text) {
        int runs = 0;
        boolean inWord = false;
        for (int k = 0; k < text.length(); k++) {
            boolean space = " \t\n\u000B\f\r".indexOf(text.charAt(k)) >= 0;
            if (!space && !inWord) {
                runs++;
            }
            inWord = !space;
        }
        if (text.isEmpty()) {
            return 1;
        }
        boolean leadingSpace = " \t\n\u000B\f\r".indexOf(text.charAt(0)) >= 0;
        return runs > 0 && leadingSpace ? runs + 1 : runs;
    }

    /** Ends with sentence-final punctuation, a closing bracket or a quote. */
    static boolean endsSentence(String text) {
        return !text.isEmpty() && ".?!;:)\u2019'\"\u201D".indexOf(text.charAt(text.length() - 1)) >= 0;
    }
}
