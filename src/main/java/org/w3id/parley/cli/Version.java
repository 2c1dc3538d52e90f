package org.w3id.parley.cli;

import picocli.CommandLine.IVersionProvider;

final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = ParleyCommand.class.getPackage().getImplementationVersion();
        return new String[] {"parley " + (version == null ? "(development build)" : version)};
    }
}
