package uk.ofstedextract.layout;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import uk.ofstedextract.report.GradeScale;
import uk.ofstedextract.report.ReportType;
import uk.ofstedextract.text.JsonTree;

/**
 * The report profiles shipped in {@code layout/profiles/}: {@code index.json} lists the families in
 * the order their titles are tried (on a tie, the earlier wins), one {@code <type>.json} each.
 * Read once; a type without a profile behaves as {@code unknown}. A profile that names an unknown
 * scale, type or field value fails loudly when the profiles are first used.
 */
public final class Profiles {
    private static final String DIR = "/layout/profiles/";
    private static volatile Profiles standard;

    private final List<ReportProfile> inOrder;
    private final Map<ReportType, ReportProfile> byType;

    private Profiles(List<ReportProfile> inOrder) {
        this.inOrder = List.copyOf(inOrder);
        this.byType = new EnumMap<>(ReportType.class);
        inOrder.forEach(p -> byType.put(p.type(), p));
        if (!byType.containsKey(ReportType.UNKNOWN)) {
            throw new IllegalStateException(DIR + "index.json must list the unknown profile");
        }
    }

    public static Profiles standard() {
        Profiles p = standard;
        if (p == null) {
            synchronized (Profiles.class) {
                if (standard == null) {
                    standard = read();
                }
                p = standard;
            }
        }
        return p;
    }

    /** The profile of a type (the unknown profile for a type without one). */
    public ReportProfile of(ReportType type) {
        ReportProfile p = byType.get(type);
        return p != null ? p : byType.get(ReportType.UNKNOWN);
    }

    /** Every profile, in title-detection order. */
    public List<ReportProfile> all() {
        return inOrder;
    }

    private static Profiles read() {
        List<ReportProfile> out = new ArrayList<>();
        List<JsonNode> nodes = new ArrayList<>();
        for (JsonNode name : load("index.json").get("profiles")) {
            String file = name.asText() + ".json";
            try {
                JsonNode n = load(file);
                nodes.add(n);
                out.add(parse(n));
            } catch (RuntimeException e) {
                throw new IllegalStateException(DIR + file + ": " + e.getMessage(), e);
            }
        }
        for (int i = 0; i < out.size(); i++) {
            out.set(i, withHeadingsFrom(out.get(i), nodes.get(i).path("headingsFrom"), out));
        }
        return new Profiles(out);
    }

    /**
     * {@code headingsFrom}: the families whose heading wordings this one also uses (an independent school's
     * standard report card is laid out as a school report card), tried after its own and before the shared
     * lexicon. Only their own {@code headings}, not theirs in turn.
     */
    private static ReportProfile withHeadingsFrom(ReportProfile p, JsonNode from, List<ReportProfile> all) {
        Headings headings = p.headings();
        for (JsonNode t : from) {
            ReportType type = type(t.asText());
            ReportProfile other = all.stream().filter(o -> o.type() == type).findFirst().orElseThrow(
                    () -> new IllegalStateException(DIR + p.type().key() + ".json: headingsFrom names " + t.asText()
                            + ", which index.json does not list"));
            if (other.headings() != null) {
                headings = headings == null ? other.headings() : headings.then(other.headings());
            }
        }
        return headings == p.headings() ? p : new ReportProfile(p.type(), p.name(), p.titles(), p.yieldsTo(),
                p.letter(), p.grades(), p.scales(), p.judgements(), p.requiredGrades(), p.periods(), p.framework(),
                p.requiredFindings(), p.tableRequired(), p.statesPublished(), p.providerRule(), p.findingRules(),
                headings, p.provider(), p.unsupported(), p.codebook(), p.unread(), p.checks());
    }

    private static JsonNode load(String file) {
        try (InputStream in = Profiles.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DIR + file);
            }
            return JsonTree.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DIR + file, e);
        }
    }

    static ReportProfile parse(JsonNode n) {
        ReportType type = type(n.get("type").asText());
        List<Pattern> titles = new ArrayList<>();
        n.path("titles").forEach(t -> titles.add(Pattern.compile(t.asText())));
        List<ReportProfile.Yield> yield = new ArrayList<>();
        JsonNode y = n.get("yieldsTo");
        Iterable<JsonNode> yields = y == null ? List.of() : y.isArray() ? y : List.of(y); // one, or a list
        for (JsonNode one : yields) {
            yield.add(new ReportProfile.Yield(one.get("phrase").asText(), type(one.get("type").asText())));
        }
        JsonNode u = n.get("unread");
        ReportProfile.Unread unread = u == null ? null
                : new ReportProfile.Unread(Pattern.compile(u.get("pattern").asText()), u.get("name").asText());
        JsonNode g = n.path("grades");
        ReportProfile.GradeSources grades = new ReportProfile.GradeSources(g.path("table").asBoolean(false),
                g.path("summaryAfterTable").asBoolean(false), strings(g.path("prose")),
                g.path("proseInWholeText").asBoolean(false), g.path("fromHeadings").asBoolean(false),
                g.path("keep").asBoolean(true), digitRows(g.path("digitRows")));
        List<GradeScale.Scale> scales = new ArrayList<>();
        for (JsonNode s : n.path("scales")) {
            scales.add(GradeScale.named(s.asText())
                    .orElseThrow(() -> new IllegalArgumentException("no grade scale named " + s.asText())));
        }
        List<ReportProfile.Period> periods = new ArrayList<>();
        for (JsonNode p : n.path("periods")) {
            List<String> requires = new ArrayList<>();
            p.path("requires").forEach(j -> requires.add(j.asText()));
            periods.add(new ReportProfile.Period(date(p.get("from")), date(p.get("until")), text(p.get("framework")),
                    strings(p.path("without")), requires));
        }
        List<ReportProfile.RequiredFindings> findings = new ArrayList<>();
        for (JsonNode f : n.path("requiredFindings")) {
            findings.add(new ReportProfile.RequiredFindings(f.get("category").asText(), f.get("words").asText(),
                    strings(f.path("frameworks")), text(f.get("unlessAllRequiredAre"))));
        }
        Headings headings = n.has("headings") ? Headings.of(n.get("headings")) : null;
        return new ReportProfile(type, n.path("name").asText(type.key()), titles, yield, n.path("letter").asBoolean(false),
                grades, scales, strings(n.path("judgements")), new ArrayList<>(strings(n.path("requiredGrades"))),
                periods, framework(n.get("framework")), findings, n.path("tableRequired").asBoolean(false),
                n.path("statesPublished").asBoolean(false), text(n.get("providerRule")),
                strings(n.path("findingRules")), headings, providerKind(n.get("provider")),
                n.path("unsupported").asBoolean(false), text(n.get("codebook")), unread, checks(n.get("validate")));
    }

    /** The profile's {@code validate} object: what validate expects of the family's layouts (absent: nothing more). */
    private static ReportProfile.Checks checks(JsonNode v) {
        if (v == null) {
            return ReportProfile.Checks.NONE;
        }
        List<ReportProfile.GradeTemplate> templates = new ArrayList<>();
        for (JsonNode t : v.path("templates")) {
            List<String> requires = new ArrayList<>();
            t.path("requires").forEach(j -> requires.add(j.asText()));
            templates.add(new ReportProfile.GradeTemplate(t.get("name").asText(), requires));
        }
        String published = text(v.get("published"));
        if (published != null && !published.equals("letters")) {
            throw new IllegalArgumentException("validate.published is 'letters' or absent, not " + published);
        }
        return new ReportProfile.Checks(v.path("headedGrades").asBoolean(false), templates, published != null);
    }

    /** {@code "local-authority"} or {@code "establishment"} (the default: no code is ever read from a name). */
    private static ReportProfile.ProviderKind providerKind(JsonNode v) {
        String s = text(v);
        if (s == null || s.equals("establishment")) {
            return ReportProfile.ProviderKind.ESTABLISHMENT;
        }
        if (s.equals("local-authority")) {
            return ReportProfile.ProviderKind.LOCAL_AUTHORITY;
        }
        throw new IllegalArgumentException("unknown provider kind " + s + " (local-authority or establishment)");
    }

    private static List<ReportProfile.DigitRow> digitRows(JsonNode rows) {
        List<ReportProfile.DigitRow> out = new ArrayList<>();
        for (JsonNode r : rows) {
            out.add(new ReportProfile.DigitRow(Pattern.compile(r.get("label").asText()), r.get("judgement").asText()));
        }
        return out;
    }

    private static ReportProfile.Framework framework(JsonNode f) {
        if (f == null) {
            return ReportProfile.Framework.NONE;
        }
        String rule = f.get("rule").asText();
        if (!Set.of("none", "inspection-days", "head-pattern", "head-patterns", "by-date").contains(rule)) {
            throw new IllegalArgumentException("unknown framework rule " + rule);
        }
        List<ReportProfile.NamedPattern> patterns = new ArrayList<>();
        for (JsonNode p : f.path("patterns")) {
            patterns.add(new ReportProfile.NamedPattern(Pattern.compile(p.get("pattern").asText()),
                    p.get("framework").asText()));
        }
        if (rule.equals("head-patterns") && patterns.isEmpty()) {
            throw new IllegalArgumentException("framework rule head-patterns needs patterns");
        }
        return new ReportProfile.Framework(rule, f.path("days").asInt(0), text(f.get("long")), text(f.get("short")),
                f.has("pattern") ? Pattern.compile(f.get("pattern").asText()) : null, text(f.get("match")),
                text(f.get("otherwise")), strings(f.path("ungraded")), patterns, strings(f.path("unkeyed")));
    }

    private static ReportType type(String key) {
        for (ReportType t : ReportType.values()) {
            if (t.key().equals(key)) {
                return t;
            }
        }
        throw new IllegalArgumentException("no report type " + key);
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new LinkedHashSet<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static String text(JsonNode v) {
        return v == null || v.isNull() ? null : v.asText();
    }

    private static LocalDate date(JsonNode v) {
        return v == null || v.isNull() ? null : LocalDate.parse(v.asText());
    }
}
