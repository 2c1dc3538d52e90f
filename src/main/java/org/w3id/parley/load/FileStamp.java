package org.w3id.parley.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.w3id.parley.ParleyException;

/**
 * A file's size and last modification time (an xsd:dateTime in UTC). When both are what they were at the last load,
 * the file is taken as unchanged without reading it, as make and rsync do; otherwise its content digest decides.
 */
record FileStamp(long size, String modified) {

    static FileStamp of(Path file) {
        try {
            return new FileStamp(
                    Files.size(file),
                    Files.getLastModifiedTime(file).toInstant().toString());
        } catch (IOException ex) {
            throw new ParleyException(file + ": cannot read: " + ex.getMessage(), ex);
        }
    }
}
