package org.w3id.parley.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the streaming checks let through (anything the parser accepts and Parley keeps) and where they refuse. */
class TextScannerTest {
    private static void scan(String text) throws IOException {
        InputChecks.requireUtf8Text(Path.of("t.ttl"), new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "@prefix ex: <http://example.org/> . ex:a\\'b ex:p 'it''s' .",
                "PREFIX ex: <http://example.org/#frag> ex:a ex:p '''long ''quoted'' '''.",
                "<http://example.org/a> <http://example.org/p> \"\"\"a \"\"quoted\"\" line\nand\ttab\"\"\" .",
                "<http://example.org/a> <http://example.org/p> \"\", '', \"<< not a term >>\", \"\\t\\n\\r\\\"\" .",
                "# a comment with << and \u0001 and <urn:x-arq:UnionGraph>\n<http://example.org/a> a <http://example.org/C> .",
                "<http://example.org/a> <http://example.org/p> \"\\u00e9\\U0001F600 \\u0020\"@en .",
            })
    void acceptsWhatParleyKeeps(String text) throws IOException {
        scan(text);
    }

    @Test
    void refusesAControlCharacterAfterAnEmptyStringWhereItIs() {
        ParseFailure refused =
                assertThrows(ParseFailure.class, () -> scan("<http://e.org/a> <http://e.org/p> \"\", \"a\\u001Fb\" ."));
        assertEquals(1, refused.line());
        assertEquals(41, refused.column());
    }
}
