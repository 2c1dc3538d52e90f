package org.w3id.parley.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.jena.fuseki.main.cmds.FusekiMainCmd;

/**
 * Jena's own Fuseki on TDB2 files, configured only with the union default graph and the benchmark's timeout; when
 * writable, it also takes quads posted to the dataset ({@code /ds}, the Graph Store Protocol on the whole dataset).
 */
final class PlainFuseki {
    static final String MAIN = FusekiMainCmd.class.getName();

    private PlainFuseki() {}

    /** The dataset's URL on a server started with {@code port}; quads are posted here. */
    static String dataset(int port) {
        return "http://localhost:" + port + "/ds";
    }

    static JavaServer start(
            String name, BenchSettings settings, Path config, Path logs, Path store, int port, boolean writable)
            throws IOException {
        Files.writeString(config, """
                PREFIX fuseki: <http://jena.apache.org/fuseki#>
                PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>
                PREFIX ja:     <http://jena.hpl.hp.com/2005/11/Assembler#>
                PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>

                [] rdf:type fuseki:Server ;
                   ja:context [ ja:cxtName "arq:queryTimeout" ; ja:cxtValue "%d" ] .

                <#service> rdf:type fuseki:Service ;
                    fuseki:name "ds" ;
                    fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;%s
                    fuseki:dataset <#dataset> .

                <#dataset> rdf:type tdb2:DatasetTDB2 ;
                    tdb2:location "%s" ;
                    tdb2:unionDefaultGraph true .
                """.formatted(
                        settings.timeout().toMillis(),
                        writable ? "\n    fuseki:endpoint [ fuseki:operation fuseki:gsp-rw ] ;" : "",
                        store.toString().replace("\\", "\\\\").replace("\"", "\\\"")));
        return JavaServer.start(
                name,
                settings.heap(),
                logs,
                MAIN,
                List.of("--config", config.toString(), "--port", Integer.toString(port)),
                "http://localhost:" + port + "/ds/sparql",
                Optional.empty(),
                settings.timeout());
    }
}
