package uk.ofstedextract.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import uk.ofstedextract.batch.InputWalker;

/** {@code --glob GLOB}, shared by every command that walks folders; a bad pattern is a usage error. */
final class GlobOption {
    @Option(names = "--glob", paramLabel = "GLOB", converter = Check.class, description = "In folders, take files "
            + "whose name matches GLOB (default: *.txt and *.pdf); repeat for several.")
    List<String> globs = new ArrayList<>();

    /** The patterns given, or the default ones. */
    List<String> patterns() {
        return globs.isEmpty() ? InputWalker.DEFAULT_GLOBS : globs;
    }

    /** Refuses a pattern the file system cannot match with, while the command line is parsed. */
    static final class Check implements ITypeConverter<String> {
        @Override
        public String convert(String glob) {
            String problem = InputWalker.globError(glob);
            if (problem != null) {
                throw new TypeConversionException("'" + glob + "': " + problem);
            }
            return glob;
        }
    }
}
