package uk.ofstedextract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.ofstedextract.findings.FindingDraft;
import uk.ofstedextract.findings.FindingFinder;
import uk.ofstedextract.grades.GradeReader;
import uk.ofstedextract.grades.ReportCardGrid;
import uk.ofstedextract.layout.Document;
import uk.ofstedextract.layout.Headings;
import uk.ofstedextract.layout.Line;
import uk.ofstedextract.layout.LineReader;
import uk.ofstedextract.layout.PageFurniture;
import uk.ofstedextract.layout.Profiles;
import uk.ofstedextract.layout.ReportProfile;
import uk.ofstedextract.layout.Section;
import uk.ofstedextract.layout.SectionRole;
import uk.ofstedextract.layout.SectionSplitter;
import uk.ofstedextract.layout.TypeDetector;
import uk.ofstedextract.metadata.Frameworks;
import uk.ofstedextract.metadata.LocalAuthorities;
import uk.ofstedextract.metadata.LocalAuthority;
import uk.ofstedextract.metadata.Metadata;
import uk.ofstedextract.metadata.MetadataReader;
import uk.ofstedextract.nlp.Codebook;
import uk.ofstedextract.nlp.KeywordTagger;
import uk.ofstedextract.nlp.OpenNlpSentenceSplitter;
import uk.ofstedextract.nlp.PatternBudgetException;
import uk.ofstedextract.nlp.ThemeTagger;
import uk.ofstedextract.report.KeywordSpan;
import uk.ofstedextract.nlp.SentenceSplitter;
import uk.ofstedextract.nlp.Sentences;
import uk.ofstedextract.report.Finding;
import uk.ofstedextract.report.Grade;
import uk.ofstedextract.report.GradeScale;
import uk.ofstedextract.report.Report;
import uk.ofstedextract.report.Sentence;
import uk.ofstedextract.report.Warning;
import uk.ofstedextract.text.AlignedText;
import uk.ofstedextract.text.Decoded;
import uk.ofstedextract.text.InputException;
import uk.ofstedextract.pdf.PdfLimits;
import uk.ofstedextract.text.Hyphenation;
import uk.ofstedextract.pdf.InputReader;
import uk.ofstedextract.text.Normaliser;
import uk.ofstedextract.text.Span;

/**
 * The library's entry point: one call turns a report's bytes (or text) into an immutable
 * {@link Report}. Stages run in order: decode (or extract a PDF's text), normalise, lines and page furniture, report type,
 * grades and the judgement table, sections, findings, sentences, metadata. Thread-safe: one
 * instance serves any number of threads.
 */
public final class Extractor {
    private final InputReader inputReader;
    private final Normaliser normaliser = new Normaliser();
    private final LineReader lineReader = new LineReader();
    private final PageFurniture furniture = new PageFurniture();
    private final Profiles profiles = Profiles.standard();
    private final TypeDetector typeDetector = new TypeDetector(profiles);
    private final GradeReader gradeReader;
    private final SectionSplitter sectionSplitter;
    private final FindingFinder findingFinder = new FindingFinder();
    private final SentenceSplitter sentences;
    private final MetadataReader metadataReader;

    private final KeywordTagger keywordTagger;
    /** The codebook given instead of the shipped ones (every report is tagged with it), or null. */
    private final ThemeTagger givenThemes;
    /** Theme taggers of the shipped codebooks by id, made on first use: a profile names its family's codebook. */
    private final Map<String, ThemeTagger> shippedThemes = new java.util.concurrent.ConcurrentHashMap<>();

    private Extractor(Builder b) {
        this.inputReader = new InputReader(PdfLimits.DEFAULT.withMaxText(b.maxTextBytes));
        this.gradeReader = new GradeReader(b.headings);
        this.sectionSplitter = new SectionSplitter(b.headings);
        this.sentences = b.sentences;
        this.metadataReader = new MetadataReader(b.authorities);
        this.keywordTagger = b.keywords ? keywordTagger(b.authorities) : null;
        this.givenThemes = b.codebook == null ? null : new ThemeTagger(b.codebook);
        for (ReportProfile p : profiles.all()) {
            if (p.codebook() != null && !Codebook.shippedIds().contains(p.codebook())) {
                throw new IllegalStateException("the " + p.type().key() + " profile names the codebook '" + p.codebook()
                        + "', which does not ship with the tool (" + String.join(", ", Codebook.shippedIds()) + ")");
            }
        }
    }

    /** The theme tagger for a family: the codebook given, else the one its profile names, else the default. */
    private ThemeTagger themeTagger(ReportProfile profile) {
        if (givenThemes != null) {
            return givenThemes;
        }
        String id = codebookId(profile);
        return shippedThemes.computeIfAbsent(id, k -> new ThemeTagger(Codebook.shipped(k)));
    }

    /** The id of the shipped codebook a family's findings are tagged with (the default where its profile names none). */
    public static String codebookId(ReportProfile profile) {
        return profile.codebook() == null ? Codebook.DEFAULT_ID : profile.codebook();
    }

    /**
     * The id of the shipped codebook findings of a report type are tagged with, by the type's key (a report's
     * {@code type}, a gold finding's {@code kind}); the default for an absent or unknown key.
     */
    public static String codebookId(Profiles profiles, String typeKey) {
        for (ReportProfile p : profiles.all()) {
            if (p.type().key().equals(typeKey)) {
                return codebookId(p);
            }
        }
        return Codebook.DEFAULT_ID;
    }

    /**
     * The keyword tagger as the pipeline runs it: the shipped background, and every authority's name and
     * aliases from the reference table as names never to take as keywords (a report's own authority is
     * not its topic).
     */
    public static KeywordTagger keywordTagger(LocalAuthorities authorities) {
        List<String> names = new ArrayList<>();
        for (LocalAuthority la : authorities.all()) {
            names.add(la.name());
            names.addAll(la.aliases());
        }
        return KeywordTagger.standard().withNames(names);
    }

    /** The standard pipeline: shipped heading lexicon, LA table, OpenNLP models, keywords, and the codebook each report family names. */
    public static Extractor standard() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Configures an {@link Extractor}; every setting has the standard default. */
    public static final class Builder {
        // The LA table and the sentence model are read first and the heading lexicon last: a caller's warm-up thread
        // ({@link #warmUp}) reads the lexicon and the report profiles first, so the two threads read different
        // resources at the same time instead of one waiting for the other (docs/startup.md item 18).
        private LocalAuthorities authorities = LocalAuthorities.load();
        private SentenceSplitter sentences = new OpenNlpSentenceSplitter();
        private Headings headings = Headings.standard();
        private boolean keywords = true;
        private Codebook codebook;
        private long maxTextBytes = PdfLimits.DEFAULT.maxText();

        private Builder() {
        }

        /** The most text (UTF-8 bytes) a PDF may give, as {@code --max-bytes} limits a text file. */
        public Builder maxTextBytes(long bytes) {
            this.maxTextBytes = bytes;
            return this;
        }

        public Builder headings(Headings h) {
            this.headings = h;
            return this;
        }

        public Builder authorities(LocalAuthorities a) {
            this.authorities = a;
            return this;
        }

        public Builder sentences(SentenceSplitter s) {
            this.sentences = s;
            return this;
        }

        /** False skips POS tagging and keywords (themes stay: they are cheap). */
        public Builder keywords(boolean on) {
            this.keywords = on;
            return this;
        }

        /** Tags every report's findings with this codebook instead of the shipped one its family uses. */
        public Builder codebook(Codebook c) {
            this.codebook = c;
            return this;
        }

        public Extractor build() {
            return new Extractor(this);
        }
    }

    /**
     * Loads now what the standard pipeline reads on first use: the heading lexicon, the LA table,
     * the default codebook, the word list and the sentence model, and with {@code keywords} the
     * keyword background and the tokenizer and POS models. Each is read once per process whoever
     * asks first, so a caller with other start-up work (parsing a command line, reading input)
     * calls this from a background thread and the two overlap; a later {@link #extract} finds the
     * resources loaded, or waits for the load in progress. Errors are left for that later use to
     * report. The order complements {@link Builder}'s, which reads the LA table and the sentence model
     * first: what the extractor's constructor needs (the lexicon, the profiles), then what the first
     * report needs; last, the digest every extraction computes first ({@link #sha256}: the JDK's
     * security providers, about 10 ms the first time).
     */
    public static void warmUp(boolean keywords) {
        Headings.standard();
        Profiles.standard();
        Codebook.standard();
        Hyphenation.joinsToWord("a", "b");
        LocalAuthorities.load();
        uk.ofstedextract.nlp.Models.sentences();
        if (keywords) {
            KeywordTagger.standard();
            uk.ofstedextract.nlp.Models.warmUpTokenizing();
            uk.ofstedextract.nlp.Models.warmUpPosTagging();
        }
        sha256(new byte[0]);
    }

    /** "ofsted-extract VERSION", the version from the jar manifest (or the build's properties in tests). */
    public static String toolName() {
        return "ofsted-extract " + toolVersion();
    }

    public static String toolVersion() {
        String v = Extractor.class.getPackage().getImplementationVersion();
        if (v == null) {
            try (var in = Extractor.class.getResourceAsStream("/ofsted-extract.properties")) {
                var p = new java.util.Properties();
                if (in != null) {
                    p.load(in);
                    v = p.getProperty("version");
                }
            } catch (java.io.IOException e) {
                v = null;
            }
        }
        return v == null ? "unknown" : v;
    }

    /** Extracts a report from the bytes of a text file or a PDF (see {@link InputReader}). */
    public Report extract(String file, byte[] bytes) throws InputException {
        return extraction(file, bytes).report();
    }

    /** Extracts a report from text already decoded. */
    public Report extract(String file, String text) {
        return extraction(file, text).report();
    }

    /**
     * One extraction pass and what it read on the way: the report, the text its offsets point into
     * (decoded, or a PDF's text), and the layout (document, type and profile, judgement table rows'
     * lines, sections). What {@code validate} and {@code --explain} need, without a second pass.
     */
    public record Extraction(Report report, String text, Layout layout) {
    }

    /** {@link #extract(String, byte[])} with the text and layout it read. */
    public Extraction extraction(String file, byte[] bytes) throws InputException {
        Decoded decoded = inputReader.read(file, bytes);
        List<Warning> warnings = new ArrayList<>();
        for (String note : decoded.notes()) {
            warnings.add(new Warning("decoding", note, null));
        }
        try {
            return extract(file, sha256(bytes), decoded.text(), warnings);
        } catch (PatternBudgetException e) {
            throw new InputException(e.getMessage()); // this file fails alone, with the pattern named
        }
    }

    /** {@link #extract(String, String)} with the layout it read. */
    public Extraction extraction(String file, String text) {
        return extract(file, sha256(text.getBytes(StandardCharsets.UTF_8)), text, new ArrayList<>());
    }

    /** What the layout stages make of a text: its document, type and profile, judgement table and sections. */
    public record Layout(Document doc, TypeDetector.Detection detection, GradeReader.Result grades,
                         List<Section> sections, ReportProfile profile) {
    }

    /** The layout stages alone, as {@link #extract} runs them: for tools that check a report's layout. */
    public Layout layout(String original) {
        AlignedText normalised = normaliser.normalise(original);
        List<Line> lines = furniture.strip(lineReader.read(normalised));
        Document doc = new Document(original, normalised, lines, LineReader.typicalWidth(lines));
        TypeDetector.Detection detection = typeDetector.detect(original);
        ReportProfile profile = profiles.of(detection.type()).forHead(detection.head());
        GradeReader.Result grades = gradeReader.read(doc, profile);
        // where the profile says so (ILACS), the unheaded summary after the judgement table is narrative
        int summaryStart = profile.grades().summaryAfterTable() ? grades.tableEnd() : -1;
        List<Section> sections = sectionSplitter.split(doc, grades.tableStart(), grades.tableEnd(), summaryStart, profile);
        return new Layout(doc, detection, grades, sections, profile);
    }

    private Extraction extract(String file, String sha256, String original, List<Warning> warnings) {
        Layout layout = layout(original);
        Document doc = layout.doc();
        TypeDetector.Detection detection = layout.detection();
        ReportProfile profile = layout.profile();
        if (profile.isUnknown() && detection.kind() != null) {
            warnings.add(new Warning("unsupported-type", "a report on a " + detection.kind() + " (recognised by its "
                    + "first page; the tool has no type for this kind and does not read it, so its type is unknown): "
                    + "only the metadata is given, no findings or grades", null));
        } else if (profile.isUnknown()) {
            warnings.add(new Warning("unknown-type", detection.reason() + ": only the metadata is given, no findings "
                    + "or grades", null));
        } else if (!profile.readsBody()) {
            warnings.add(new Warning("unsupported-type", "a report of type " + profile.type().key() + " (" + profile.name()
                    + "), recognised by its title; the tool does not read this kind: only the metadata is given, no "
                    + "findings or grades", null));
        }
        GradeReader.Result gradeResult = layout.grades();
        List<Section> sections = layout.sections();
        // an unknown or unsupported report's tables are not read either: no grades are guessed at
        List<Grade> grades = new ArrayList<>(!profile.readsBody() ? List.of() : !profile.grades().fromHeadings()
                ? gradeResult.grades() : profile.grades().prose().contains(ReportCardGrid.SOURCE)
                ? GradeReader.gridWithHeadingGrades(gradeResult, headingGrades(ownSections(sections, doc)))
                : GradeReader.withHeadingGrades(gradeResult.grades(), headingGrades(sections)));
        // an unknown or unsupported report's paragraphs and tables are not read: no findings are guessed at
        List<FindingDraft> drafts = profile.readsBody() ? findingFinder.find(doc, sections, profile) : List.of();
        List<Finding> findings = new ArrayList<>();
        ThemeTagger themeTagger = themeTagger(profile);
        Metadata meta = metadataReader.read(original, profile, detection.evidence());
        // an establishment's own name is no keyword of its findings (the provider's name, not a list of them)
        KeywordTagger ownTagger = keywordTagger == null || meta.provider() == null ? keywordTagger
                : keywordTagger.withOwnName(meta.provider().name());
        Map<String, Double> reportKeywords = new HashMap<>();
        int index = 1;
        String framework = Frameworks.of(profile, meta.inspection(), original);
        // a framework with no judgements (section 10): a section headed by an aspect ("TEACHING AND LEARNING", a
        // table's "Quality of teaching" row) keys none of its findings
        boolean unkeyed = profile.unkeyed(framework);
        for (FindingDraft d : drafts) {
            List<String> keywords = new ArrayList<>();
            List<KeywordSpan> keywordSpans = new ArrayList<>();
            if (ownTagger != null) {
                for (KeywordTagger.Keyword k : ownTagger.keywords(d.text().text())) {
                    keywords.add(k.keyword());
                    List<Span> spans = new ArrayList<>();
                    for (Span sp : k.spans()) {
                        spans.add(d.text().originSpan(sp.start(), sp.end()));
                    }
                    keywordSpans.add(new KeywordSpan(k.keyword(), k.surface(), k.abbreviation(), k.score(), spans));
                    reportKeywords.merge(k.keyword(), k.score(), Double::sum);
                }
            }
            String judgement = unkeyed ? null : d.judgement();
            ThemeTagger.Result themes = themeTagger.tag(d.text(), judgement);
            findings.add(new Finding(index++, d.category(), d.heading(), d.number(), judgement, d.text().text(),
                    d.span(), sentencesOf(d.text()), keywords, keywordSpans, themes.themes(),
                    themes.evidence()));
        }
        for (String note : meta.notes()) {
            warnings.add(new Warning("date-typo", note, null));
        }
        // judgements the family's framework does not grade in the inspection's period (ILACS from April 2026:
        // overall effectiveness) are dropped, though the table may still print them
        java.util.Set<String> notGraded = profile.notGraded(meta.inspection().start());
        grades.removeIf(g -> notGraded.contains(g.judgement()));
        // a framework that grades nothing (section 10: "Quality of teaching / Good" is a table of lessons seen)
        // keeps only progress judgements (further education monitoring visits' themes)
        grades.removeIf(g -> !profile.carries(framework, g.grade()));
        if (findings.isEmpty() && profile.readsBody()) {
            warnings.add(new Warning("no-findings", "no findings were recognised", null));
        }
        Report report = new Report(Report.SCHEMA, toolName(), file, sha256, profile.type().key(), framework,
                meta.title(), meta.provider(), meta.published(), meta.inspection(), meta.inspectors(), grades, findings,
                topKeywords(reportKeywords), themeTagger.codebook().reference(), warnings);
        return new Extraction(report, original, layout);
    }

    /**
     * How the layout stages read a text: the report type, the judgement table's lines and every
     * section with its role, heading and extent. For users checking why a finding was or was not found.
     */
    public List<String> explain(byte[] bytes) throws InputException {
        return explain(layout(inputReader.read(null, bytes).text()));
    }

    /** {@link #explain(byte[])} of a layout already read (an {@link Extraction}'s): no second pass. */
    public static List<String> explain(Layout layout) {
        GradeReader.Result g = layout.grades();
        List<String> out = new ArrayList<>();
        out.add("type " + layout.detection().type().key() + "; typical line width " + layout.doc().typicalWidth()
                + "; judgement table lines " + g.tableStart() + ".." + g.tableEnd());
        for (Section s : layout.sections()) {
            String first = s.lines().isEmpty() ? "" : s.lines().get(0).text();
            out.add(String.format(Locale.ROOT, "%-12s %-22s %-24s %4d lines | %s | %s", s.role(),
                    s.category() == null ? "" : s.category(), s.judgement() == null ? "" : s.judgement(),
                    s.lines().size(), s.headingText(), first.length() > 50 ? first.substring(0, 50) : first));
        }
        return out;
    }

    /** The report's own keywords: summed finding scores, best first, ties alphabetical. */
    static final int REPORT_KEYWORDS = 10;

    private static List<String> topKeywords(Map<String, Double> scores) {
        // Map.Entry.comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()) written out: the JDK's
        // lambdas behind those are classes the class-data archive does not keep (docs/startup.md item 18)
        return scores.entrySet().stream()
                .sorted((a, b) -> {
                    int byScore = b.getValue().compareTo(a.getValue());
                    return byScore != 0 ? byScore : a.getKey().compareTo(b.getKey());
                })
                .limit(REPORT_KEYWORDS).map(Map.Entry::getKey).toList();
    }

    /**
     * A report card's sections less the bare area headings whose grade, read from the line under the label, is the
     * top of a column of grades (another grade line follows it): a grid two areas to a row in pdftotext's default
     * text interleaves its columns ("Leadership and" / "governance" / "Needs attention" / "Strong standard"), so such
     * a grade is as likely the next row's; the area's grade is its own section's, or the grid's where the grid pairs.
     * A grid read row by row (label, grade, label, grade) keeps its headings' grades.
     */
    private static List<Section> ownSections(List<Section> sections, Document doc) {
        java.util.Set<String> written = new java.util.HashSet<>();
        for (Section s : sections) {
            if (s.role() == SectionRole.JUDGEMENT && s.judgement() != null && !s.lines().isEmpty()) {
                written.add(s.judgement());
            }
        }
        return sections.stream().filter(s -> !(s.role() == SectionRole.JUDGEMENT && s.lines().isEmpty()
                && s.judgement() != null && written.contains(s.judgement()) && topOfGradeColumn(s, doc))).toList();
    }

    private static final java.util.regex.Pattern CARD_GRADE = java.util.regex.Pattern.compile(
            "(?:exceptional|strong standard|expected standard|needs attention|urgent improvement|strong|expected|needs"
                    + "|urgent|standard|attention|improvement)");

    /** Whether a heading read its grade from the line(s) under its label and a grade's line follows. */
    private static boolean topOfGradeColumn(Section s, Document doc) {
        var h = s.heading();
        int next = h.firstLine() + h.lineCount();
        return h.statedGrade() != null && h.lineCount() > 1 && next < doc.lines().size()
                && CARD_GRADE.matcher(uk.ofstedextract.text.Fold.spaces(uk.ofstedextract.text.Fold.forMatching(
                        doc.lines().get(next).text())).strip()).matches();
    }

    private static List<Grade> headingGrades(List<Section> sections) {
        List<Grade> out = new ArrayList<>();
        for (Section s : sections) {
            // a graded line whose section holds no findings (a monitoring letter's "Progress since … –
            // satisfactory") states its judgement's grade as a judgement heading does
            boolean gradedLine = s.role() == SectionRole.EXCLUDED && s.heading() != null && s.heading().judgement() != null;
            if (s.heading() != null && (s.role() == SectionRole.JUDGEMENT || gradedLine)
                    && s.heading().statedGrade() != null) {
                String key = gradedLine ? s.heading().judgement() : s.judgement() != null ? s.judgement() : GradeScale.slug(
                        GradeScale.withoutTrailingGrade(s.heading().text()));
                out.add(new Grade(key, s.heading().text(), GradeScale.key(s.heading().statedGrade()),
                        s.heading().statedGrade()));
            }
        }
        return out;
    }

    private List<Sentence> sentencesOf(AlignedText text) {
        return Sentences.of(text, sentences);
    }

    /** SHA-256 of the input bytes, as reports and manifests record it (lower-case hex). */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
