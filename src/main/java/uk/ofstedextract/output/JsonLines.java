package uk.ofstedextract.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import uk.ofstedextract.report.Report;

/**
 * Reads JSON Lines (one JSON value a line, blank lines skipped) for every command that takes them:
 * {@code summary}'s reports, {@code evaluate --pred}, keyword predictions and the keyword and theme
 * gold. Each line is handed to a {@link Parser} that turns it into a value or says what is wrong
 * with it; a bad line becomes a {@link BadLine} naming the file and the line, which the caller
 * either stops at ({@link #STOP}) or records and skips.
 */
public final class JsonLines {
    /** Jackson reads one value a line; anything after it on the line makes the line bad. */
    private static final ObjectReader TREE = Json.mapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final ObjectReader REPORT = Json.mapper().readerFor(Report.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Turns one line's JSON into a value, or throws {@link Invalid} saying what the line lacks. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(JsonNode line) throws Invalid;
    }

    /** What the caller does with a bad line: record it and go on, or throw it to stop reading. */
    @FunctionalInterface
    public interface OnBadLine {
        void bad(BadLine line) throws BadLine;
    }

    /** Stops at the first bad line (for gold files, where a half-read file would give wrong figures). */
    public static final OnBadLine STOP = line -> {
        throw line;
    };

    /** What a {@link Parser} throws for a line it cannot use; the reader adds the file and line. */
    public static final class Invalid extends Exception {
        public Invalid(String problem) {
            super(problem);
        }
    }

    /** A line that could not be used: {@code FILE: line N: problem}. */
    public static final class BadLine extends Exception {
        private final transient Path file;
        private final int line;
        private final String problem;

        public BadLine(Path file, int line, String problem) {
            super(file + ": line " + line + ": " + problem);
            this.file = file;
            this.line = line;
            this.problem = problem;
        }

        public Path file() {
            return file;
        }

        /** The line's number, from 1. */
        public int line() {
            return line;
        }

        public String problem() {
            return problem;
        }
    }

    private JsonLines() {
    }

    /** A parser taking any JSON object as it is. */
    public static Parser<JsonNode> objects() {
        return node -> {
            if (!node.isObject()) {
                throw new Invalid("not a JSON object");
            }
            return node;
        };
    }

    /** A parser reading a report as this tool writes it (fields it does not know are skipped). */
    public static Parser<Report> reports() {
        return node -> {
            try {
                return REPORT.readValue(node);
            } catch (IOException e) {
                throw new Invalid("not a report: " + firstLine(e));
            }
        };
    }

    /**
     * Reads {@code file}, handing each good line's value to {@code into} in order, and each bad line to
     * {@code onBad}. A line that is not UTF-8 is a bad line too. Lines end at LF (a CR before it is
     * white space to JSON).
     *
     * @throws IOException when the file cannot be read at all
     * @throws BadLine     when {@code onBad} throws it
     */
    public static <T> void read(Path file, Parser<T> parser, Consumer<? super T> into, OnBadLine onBad)
            throws IOException, BadLine {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int n = 0;
            for (boolean more = true; more; ) {
                bytes.reset();
                int b;
                while ((b = in.read()) != -1 && b != '\n') {
                    bytes.write(b);
                }
                more = b != -1;
                if (!more && bytes.size() == 0) {
                    return;
                }
                n++;
                String line;
                try {
                    line = utf8.decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
                } catch (CharacterCodingException e) {
                    onBad.bad(new BadLine(file, n, "not UTF-8 text"));
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                T value;
                try {
                    value = parser.parse(tree(line));
                } catch (Invalid e) {
                    onBad.bad(new BadLine(file, n, e.getMessage()));
                    continue;
                }
                into.accept(value);
            }
        }
    }

    /** Every value of {@code file}, stopping at the first bad line. */
    public static <T> List<T> readAll(Path file, Parser<T> parser) throws IOException, BadLine {
        List<T> out = new ArrayList<>();
        read(file, parser, out::add, STOP);
        return out;
    }

    private static JsonNode tree(String line) throws Invalid {
        try {
            JsonNode node = TREE.readTree(line);
            if (node == null || node.isMissingNode()) {
                throw new Invalid("not JSON");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new Invalid("not JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new Invalid("not JSON: " + e.getMessage());
        }
    }

    private static String firstLine(Exception e) {
        String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse("");
    }
}
