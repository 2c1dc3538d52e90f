package org.w3id.parley;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 in lower-case hex: of texts ({@code parley:sha256} of a source, manifest keys), of streams (loaded
 * files, dumps) and of response bodies (ETags). Every Java platform has SHA-256, so its absence is a bug, not an input
 * problem.
 */
public final class Sha256 {

    /** A fresh digest, for callers that feed it as they write. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("This JVM has no SHA-256", ex);
        }
    }

    /** The digest of {@code text} as UTF-8. */
    public static String of(String text) {
        return hex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The digest of everything {@code in} holds; reads it to the end without closing it. */
    public static String of(InputStream in) throws IOException {
        MessageDigest digest = digest();
        new DigestInputStream(in, digest).transferTo(OutputStream.nullOutputStream());
        return hex(digest.digest());
    }

    /** The digest of all {@code parts}, one after the other: the first {@code bytes} bytes, in hex. */
    public static String prefix(int bytes, byte[]... parts) {
        MessageDigest digest = digest();
        for (byte[] part : parts) digest.update(part);
        return hex(digest.digest(), bytes);
    }

    /** A finished digest in hex. */
    public static String hex(byte[] digest) {
        return hex(digest, digest.length);
    }

    /** The first {@code bytes} bytes of a finished digest in hex: enough for an ETag, half the length. */
    public static String hex(byte[] digest, int bytes) {
        return HexFormat.of().formatHex(digest, 0, bytes);
    }

    private Sha256() {}
}
