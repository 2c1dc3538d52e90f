package org.w3id.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.parley.testing.Fixtures.fixture;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.testing.Cli;
import org.w3id.parley.testing.Cli.Run;

class ValidateCommandTest {
    @TempDir
    Path tmp;

    private Run validate(String file) {
        return Cli.run(
                "validate",
                "--shapes",
                fixture("shapes.ttl").toString(),
                "--ontology",
                tmp.resolve("no-ontology").toString(),
                fixture("ontology.ttl").toString(),
                fixture(file).toString());
    }

    @Test
    void goodDataPassesAndNothingIsWritten() {
        Run run = validate("chain.trig");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("Valid: 2 files"), run::toString);
    }

    @Test
    void shapeViolationsAreReported() {
        Run run = validate("invalid.trig");
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(
                run.err()
                        .contains(
                                "focus node ex:sanctionsRelief, path ex:demandedBy: Every demand has a demanding actor"),
                run::toString);
    }

    @Test
    void syntaxErrorsNameFileLineAndColumn() {
        Run run = validate("malformed.trig");
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().matches("(?s)parley validate: .*malformed\\.trig:4:\\d+: .*"), run::toString);
    }
}
