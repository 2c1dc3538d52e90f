package org.w3id.parley.publish.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.w3id.parley.publish.Paths;
import org.w3id.parley.publish.describe.Dumps;
import org.w3id.parley.publish.negotiation.Responses;

/** {@code /dumps/parley.trig}, {@code /dumps/parley.nq.gz}, {@code /dumps/parley.jsonld}, with ETags. */
final class DumpServlet extends HttpServlet {
    private final transient Dumps dumps;

    DumpServlet(Dumps dumps) {
        this.dumps = dumps;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (name.isEmpty()) {
            // The folder the startup banner names: the dataset's description lists every dump with its format.
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", Paths.DATASET_DESCRIPTION);
            return;
        }
        Optional<Dumps.Dump> dump = Dumps.named(name);
        if (dump.isEmpty()) {
            NotFound.send(
                    request,
                    response,
                    "No dump named '" + name + "'. There are: "
                            + String.join(
                                    ", ",
                                    Dumps.DUMPS.stream()
                                            .map(d -> Paths.DUMPS + d.file())
                                            .toList()));
            return;
        }
        Dumps.Written written = dumps.current(dump.get());
        response.setHeader("ETag", written.etag());
        response.setHeader("Access-Control-Allow-Origin", "*");
        if (Responses.matches(request.getHeader("If-None-Match"), written.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        // Opened before its size is read: a newer version may delete the name, never the open file.
        try (FileChannel file = FileChannel.open(written.file(), StandardOpenOption.READ)) {
            response.setContentType(dump.get().contentType());
            response.setContentLengthLong(file.size());
            response.setHeader(
                    "Content-Disposition",
                    "attachment; filename=\"" + dump.get().file() + "\"");
            try (OutputStream out = response.getOutputStream()) {
                Channels.newInputStream(file).transferTo(out);
            }
        }
    }
}
