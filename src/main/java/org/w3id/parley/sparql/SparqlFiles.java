package org.w3id.parley.sparql;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The {@code .rq} files of one classpath folder, by name (file name without extension), in name order. */
public final class SparqlFiles {

    public static SortedMap<String, SparqlFile> fromClasspath(String folder) {
        URL url = SparqlFiles.class.getClassLoader().getResource(folder);
        if (url == null) throw new IllegalStateException("No classpath folder " + folder);
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) return read(Path.of(uri));
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return read(jar.provider().getPath(uri));
            } catch (FileSystemAlreadyExistsException ex) {
                return read(FileSystems.getFileSystem(uri).provider().getPath(uri));
            }
        } catch (URISyntaxException | IOException ex) {
            throw new IllegalStateException("Cannot list classpath folder " + folder + ": " + ex.getMessage(), ex);
        }
    }

    private static SortedMap<String, SparqlFile> read(Path dir) throws IOException {
        SortedMap<String, SparqlFile> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(dir)) {
            for (Path path : paths.filter(p -> p.getFileName().toString().endsWith(".rq"))
                    .toList()) {
                String fileName = path.getFileName().toString();
                String name = fileName.substring(0, fileName.length() - ".rq".length());
                files.put(name, SparqlFile.parse(name, Files.readString(path, StandardCharsets.UTF_8)));
            }
        }
        return files;
    }

    private SparqlFiles() {}
}
