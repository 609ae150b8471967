package uk.ofstedextract.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.ofstedextract.output.Schema;

/** {@code ofsted-extract schema}: prints the JSON Schema of the output. */
@Command(name = "schema", mixinStandardHelpOptions = true, description = "Print the JSON Schema of ofsted-extract/1.")
public final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return print(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    static int print(java.io.PrintWriter out, java.io.PrintWriter err) {
        try {
            out.print(Schema.text());
            out.flush();
            return ExitCode.OK;
        } catch (IOException e) {
            err.println("ofsted-extract: cannot read the schema: " + e.getMessage());
            return ExitCode.OUTPUT_FAILED;
        }
    }
}
