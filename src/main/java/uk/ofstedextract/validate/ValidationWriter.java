package uk.ofstedextract.validate;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** Writes a {@link Validation} in one output format. */
public interface ValidationWriter {
    void write(Validation v, Writer out) throws IOException;

    /** The output formats, by the keys the command line uses. */
    enum Format {
        TEXT(new TextFormat()), JSON(new JsonFormat()), JUNIT(new JunitFormat()), SARIF(new SarifFormat()),
        GITHUB(new GithubFormat());

        private final ValidationWriter writer;

        Format(ValidationWriter writer) {
            this.writer = writer;
        }

        public ValidationWriter writer() {
            return writer;
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
