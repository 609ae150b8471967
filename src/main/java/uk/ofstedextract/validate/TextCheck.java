package uk.ofstedextract.validate;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ofstedextract.report.Finding;
import uk.ofstedextract.report.Warning;

/**
 * The quality of the text itself: replacement characters, mojibake, control characters, text that
 * ends in the middle of its last finding, page headers, footers and page numbers left inside
 * findings, very short files, and input that was not UTF-8.
 */
final class TextCheck {
    /** Files with less text than this are suspiciously short (the shortest real letters have ~5,000). */
    static final int MIN_CHARS = 1500;

    /** The characters Windows-1252 gives bytes 0x80–0x9F, and those bytes. */
    private static final Map<Character, Integer> CP1252_HIGH = new HashMap<>();

    static {
        Charset cp1252 = Charset.forName("windows-1252");
        for (int b = 0x80; b <= 0x9F; b++) {
            String c = new String(new byte[] {(byte) b}, cp1252);
            if (c.length() == 1 && c.charAt(0) != '\uFFFD') {
                CP1252_HIGH.put(c.charAt(0), b);
            }
        }
    }
    /**
     * A lead byte of a 2- to 4-byte UTF-8 sequence followed by continuation bytes, as they look
     * when the UTF-8 is decoded as Windows-1252 (0x80–0xBF become € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” •
     * – — ˜ ™ š › œ ž Ÿ or U+00A0–U+00BF).
     */
    private static final Pattern MOJIBAKE = Pattern.compile(
            "[\\u00C2-\\u00F4][\\u00A0-\\u00BF\\u20AC\\u201A\\u0192\\u201E\\u2026\\u2020\\u2021\\u02C6\\u2030\\u0160"
                    + "\\u2039\\u0152\\u017D\\u2018\\u2019\\u201C\\u201D\\u2022\\u2013\\u2014\\u02DC\\u2122\\u0161"
                    + "\\u203A\\u0153\\u017E\\u0178\\u0081\\u008D\\u008F\\u0090\\u009D]{1,3}");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F\\x80-\\x9F]");
    private static final Pattern SENTENCE_END = Pattern.compile("[.?!:;)\"'’”]\\s*$");
    private static final Pattern PAGE_OF =
            Pattern.compile("(?i)\\bpage\\s+\\d{1,3}\\s+of\\s+\\d{1,3}\\b|©\\s*crown\\s+copyright");
    private static final Pattern PAGE_NUMBER_LINE = Pattern.compile("(?m)^\\s*(?:page\\s+)?\\d{1,3}\\s*$");

    private TextCheck() {
    }

    static void check(Subject s, Hits hits) {
        String text = s.text;
        for (Warning w : s.report.warnings()) {
            if (w.code().equals("decoding")) {
                hits.file(Rule.TEXT_DECODING, w.message());
            }
        }
        if (text.strip().length() < MIN_CHARS) {
            hits.file(Rule.TEXT_TOO_SHORT, "only " + text.strip().length() + " characters of text (a report has "
                    + "several thousand)");
        }
        perLine(text, Pattern.compile("\\uFFFD"), hits, Rule.TEXT_REPLACEMENT_CHARACTER, (m, n) ->
                n + " replacement character" + (n > 1 ? "s" : "") + " (U+FFFD) on this line: characters were lost "
                        + "in a conversion");
        perLine(text, CONTROL, hits, Rule.TEXT_CONTROL_CHARACTERS, (m, n) ->
                "control character " + String.format(Locale.ROOT, "U+%04X", (int) m.charAt(0))
                        + (n > 1 ? " (" + n + " on this line)" : ""));
        mojibake(text, hits);
        truncated(s, hits);
        furniture(s, hits);
    }

    private interface Message {
        String of(String firstMatch, int countOnLine);
    }

    /** One issue per line that has matches of a pattern, at the first match. */
    private static void perLine(String text, Pattern p, Hits hits, Rule rule, Message message) {
        if (!hits.enabled(rule)) {
            return;
        }
        Matcher m = p.matcher(text);
        int lineEnd = -1;
        int first = -1;
        String firstText = null;
        int count = 0;
        while (m.find()) {
            if (m.start() >= lineEnd) {
                if (first >= 0) {
                    hits.at(rule, first, message.of(firstText, count));
                }
                first = m.start();
                firstText = m.group();
                count = 0;
                lineEnd = lineEnd(text, m.start());
            }
            count++;
        }
        if (first >= 0) {
            hits.at(rule, first, message.of(firstText, count));
        }
    }

    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }

    /** Sequences that re-encode as Windows-1252 to valid UTF-8: "â€™" is the UTF-8 of "’" read as Windows-1252. */
    private static void mojibake(String text, Hits hits) {
        if (!hits.enabled(Rule.TEXT_MOJIBAKE)) {
            return;
        }
        Matcher m = MOJIBAKE.matcher(text);
        int lineEnd = -1;
        while (m.find()) {
            String repaired = repair(m.group());
            if (repaired == null || m.start() < lineEnd) {
                continue;
            }
            lineEnd = lineEnd(text, m.start());
            hits.at(Rule.TEXT_MOJIBAKE, m.start(), "mojibake '" + m.group() + "': UTF-8 read as Windows-1252 (for '"
                    + repaired + "')");
        }
    }

    /** The text a mojibake sequence stood for, or null if it is not UTF-8 seen as Windows-1252. */
    static String repair(String s) {
        byte[] bytes = new byte[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            Integer b = c <= 0xFF ? Integer.valueOf(c) : CP1252_HIGH.get(c);
            if (b == null) {
                return null;
            }
            bytes[i] = (byte) b.intValue();
        }
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return decoded.codePointCount(0, decoded.length()) == 1 ? decoded : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The text ends inside its last finding, in the middle of a sentence. */
    private static void truncated(Subject s, Hits hits) {
        List<Finding> findings = s.report.findings();
        if (findings.isEmpty()) {
            return;
        }
        Finding last = findings.stream().max(Comparator.comparingInt((Finding f) -> f.span().end())).get();
        int end = last.span().end();
        String after = PAGE_NUMBER_LINE.matcher(s.text.substring(Math.min(end, s.text.length()))).replaceAll("");
        if (after.isBlank() && !SENTENCE_END.matcher(last.text()).find()) {
            String tail = last.text().length() > 40 ? "..." + last.text().substring(last.text().length() - 40)
                    : last.text();
            hits.at(Rule.TEXT_TRUNCATED, end, "the text ends in the middle of a sentence ('" + tail + "')");
        }
    }

    /**
     * Page furniture inside a finding: "Page N of M" or a copyright footer, or a line that recurs at
     * the top or foot of many pages (a running header or footer) glued into the finding's text.
     */
    private static void furniture(Subject s, Hits hits) {
        if (!hits.enabled(Rule.TEXT_PAGE_FURNITURE)) {
            return;
        }
        Set<String> running = runningLines(s.text);
        for (Finding f : s.report.findings()) {
            Matcher m = PAGE_OF.matcher(f.text());
            if (m.find()) {
                hits.at(Rule.TEXT_PAGE_FURNITURE, locate(s.text, f, m.group()), "page furniture '" + m.group()
                        + "' inside finding " + f.index());
                continue;
            }
            String key = key(f.text());
            for (String r : running) {
                if (key.contains(r) && printedInSpan(s.text, f, r)) {
                    hits.at(Rule.TEXT_PAGE_FURNITURE, f.span().start(), "running header or footer '"
                            + SectionCheck.cut(r)
                            + "' inside finding " + f.index());
                    break;
                }
            }
        }
    }

    /**
     * Whether a line of the finding's source ends with the running line: the header printed on its own line
     * (or glued after the line's last word by the converter), not the report's own words that happen to read
     * like it ("This is the first inspection of X local authority children’s / services." over two lines).
     */
    private static boolean printedInSpan(String text, Finding f, String running) {
        int end = Math.min(f.span().end(), text.length());
        for (String l : text.substring(Math.min(f.span().start(), end), end).split("\\R")) {
            if (key(l).endsWith(running)) {
                return true;
            }
        }
        return false;
    }

    private static int locate(String text, Finding f, String what) {
        int end = Math.min(f.span().end(), text.length());
        int at = text.substring(Math.min(f.span().start(), end), end).indexOf(what);
        return at < 0 ? f.span().start() : f.span().start() + at;
    }

    /** Lines (15 characters or more, digits folded) in the first or last three lines of many pages. */
    static Set<String> runningLines(String text) {
        String[] pages = text.split("\f");
        if (pages.length < 3) {
            return Set.of();
        }
        Map<String, Set<Integer>> seen = new HashMap<>();
        for (int p = 0; p < pages.length; p++) {
            List<String> lines = new ArrayList<>();
            for (String l : pages[p].split("\\R")) {
                if (!l.isBlank()) {
                    lines.add(l);
                }
            }
            Set<String> edge = new HashSet<>();
            edge.addAll(lines.subList(0, Math.min(3, lines.size())));
            edge.addAll(lines.subList(Math.max(0, lines.size() - 3), lines.size()));
            for (String l : edge) {
                String k = key(l);
                if (k.length() >= 15) {
                    seen.computeIfAbsent(k, x -> new HashSet<>()).add(p);
                }
            }
        }
        int need = Math.max(3, (int) Math.ceil(pages.length * 0.3));
        Set<String> out = new HashSet<>();
        seen.forEach((k, v) -> {
            if (v.size() >= need) {
                out.add(k);
            }
        });
        return out;
    }

    private static String key(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).replaceAll("\\d+", "#");
    }
}
