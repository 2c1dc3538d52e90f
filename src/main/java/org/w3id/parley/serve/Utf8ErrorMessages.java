package org.w3id.parley.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Fuseki's error messages in UTF-8, as their {@code Content-Type} says. Fuseki 5.6 writes a message with
 * {@link ServletOutputStream#print(String)}, which can only write ISO-8859-1, after setting {@code Content-Length} to
 * the message's count of characters: a message quoting a client's {@code é} arrives as an invalid UTF-8 byte, and one
 * quoting {@code Ж} or {@code …} fails in the writing and becomes a 500 page. For an error (status 400 and above) the
 * length is held back until the body is written, and a printed string is written as UTF-8 with its real length.
 */
final class Utf8ErrorMessages extends FilterModule {

    Utf8ErrorMessages(String... paths) {
        super("Parley UTF-8 error messages", paths);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new Response(response));
    }

    private static final class Response extends HttpServletResponseWrapper {
        /** A length set for an error, not yet passed on: it may count characters, not bytes. */
        private long heldLength = -1;

        private ServletOutputStream output;

        Response(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setContentLength(int length) {
            setContentLengthLong(length);
        }

        @Override
        public void setContentLengthLong(long length) {
            if (getStatus() >= 400) heldLength = length;
            else super.setContentLengthLong(length);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (output == null) output = new Output(super.getOutputStream());
            return output;
        }

        private void passOnHeldLength(long length) {
            if (heldLength >= 0) super.setContentLengthLong(length);
            heldLength = -1;
        }

        private final class Output extends ServletOutputStream {
            private final ServletOutputStream out;

            Output(ServletOutputStream out) {
                this.out = out;
            }

            @Override
            public void print(String text) throws IOException {
                byte[] bytes = String.valueOf(text).getBytes(StandardCharsets.UTF_8);
                // The held length was the message's characters when the whole body is this one message.
                passOnHeldLength(heldLength == String.valueOf(text).length() ? bytes.length : heldLength);
                out.write(bytes);
            }

            @Override
            public void write(int b) throws IOException {
                passOnHeldLength(heldLength);
                out.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                passOnHeldLength(heldLength);
                out.write(bytes, offset, length);
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }

            @Override
            public void close() throws IOException {
                out.close();
            }

            @Override
            public boolean isReady() {
                return out.isReady();
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                out.setWriteListener(listener);
            }
        }
    }
}
