package org.w3id.parley.publish.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Fuseki's answer, kept here instead of sent, so that a page can be made of it: its status, and of its body the first
 * lines, up to {@code maxLines} lines and {@code maxBytes} bytes, while every line is counted. Results are asked for in
 * a format with one row per line (TSV, N-Triples), so the count is the number of rows however many there are, and
 * only what the page shows is held in memory. Fuseki's headers are not passed on: the page sets its own.
 */
final class CapturedAnswer extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final int maxLines;
    private final int maxBytes;
    private long lines;
    private boolean full;
    private boolean written;
    private int last;
    private int status = SC_OK;
    private String message;
    private ServletOutputStream stream;
    private PrintWriter writer;

    CapturedAnswer(HttpServletResponse response, int maxLines, int maxBytes) {
        super(response);
        this.maxLines = maxLines;
        this.maxBytes = maxBytes;
    }

    /** The status Fuseki gave; 200 unless it failed, even part way (the query's timeout). */
    int status() {
        return status;
    }

    /** The first lines of the body, each whole, or the whole body if it fitted (its last line may lack an end). */
    byte[] body() {
        if (writer != null) writer.flush();
        if (stream == null || full) return kept.toByteArray();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(kept.toByteArray());
        all.writeBytes(((Lines) stream).line.toByteArray());
        return all.toByteArray();
    }

    /** Whether lines were left out: past {@code maxLines}, or past {@code maxBytes}. */
    boolean truncated() {
        return full;
    }

    /** The lines of the whole body, the last counted whether or not it ends in a line break. */
    long lines() {
        if (writer != null) writer.flush();
        return lines + (written && last != '\n' ? 1 : 0);
    }

    /** The body as text, or the message Fuseki gave with its error. */
    String text() {
        String body = new String(body(), StandardCharsets.UTF_8).strip();
        return body.isEmpty() && message != null ? message : body;
    }

    @Override
    public void setStatus(int sc) {
        if (status < 400) status = sc; // once failed, failed: Fuseki may set a status after the answer began
    }

    @Override
    public void sendError(int sc, String msg) {
        setStatus(sc);
        message = msg;
    }

    @Override
    public void sendError(int sc) {
        setStatus(sc);
    }

    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public void setContentType(String type) {}

    @Override
    public void setContentLength(int len) {}

    @Override
    public void setContentLengthLong(long len) {}

    @Override
    public void setCharacterEncoding(String charset) {}

    @Override
    public void setHeader(String name, String value) {}

    @Override
    public void addHeader(String name, String value) {}

    @Override
    public void setIntHeader(String name, int value) {}

    @Override
    public void addIntHeader(String name, int value) {}

    @Override
    public void setDateHeader(String name, long date) {}

    @Override
    public void addDateHeader(String name, long date) {}

    @Override
    public void flushBuffer() {}

    @Override
    public void resetBuffer() {
        kept.reset();
        if (stream != null) ((Lines) stream).line.reset();
        lines = 0;
        written = false;
        full = false;
    }

    @Override
    public void reset() {
        resetBuffer();
    }

    @Override
    public boolean isCommitted() {
        return false;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) stream = new Lines();
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
        return writer;
    }

    /** Keeps the first lines; counts them all. */
    private final class Lines extends ServletOutputStream {
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        @Override
        public void write(int b) throws IOException {
            written = true;
            last = b;
            if (full) {
                if (b == '\n') lines++;
                return;
            }
            line.write(b);
            if (b == '\n') {
                lines++;
                if (lines > maxLines || kept.size() + line.size() > maxBytes) full = true;
                else line.writeTo(kept);
                line.reset();
            } else if (kept.size() + line.size() > maxBytes) {
                full = true;
                line.reset();
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) write(bytes[i]);
        }

        /** As UTF-8: the servlet API's default would refuse any character outside ISO-8859-1. */
        @Override
        public void print(String text) throws IOException {
            write(String.valueOf(text).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("The answer is kept, not sent: no asynchronous writes");
        }
    }
}
