package org.w3id.parley.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /dumps/parley.trig}, {@code /dumps/parley.nq.gz}, {@code /dumps/parley.jsonld}, with ETags. */
final class DumpServlet extends HttpServlet {
    private final transient Site site;

    DumpServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<Dumps.Dump> dump = Dumps.named(name);
        if (dump.isEmpty()) {
            site.notFound(request, response, "No dump named '" + name + "'. There are: "
                    + String.join(", ", Dumps.DUMPS.stream().map(d -> "/dumps/" + d.file()).toList()));
            return;
        }
        Dumps.Written written = site.dumps().current(dump.get());
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
            response.setHeader("Content-Disposition", "attachment; filename=\"" + dump.get().file() + "\"");
            try (OutputStream out = response.getOutputStream()) {
                Channels.newInputStream(file).transferTo(out);
            }
        }
    }
}
