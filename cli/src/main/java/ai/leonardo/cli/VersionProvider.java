package ai.leonardo.cli;

import ai.leonardo.sdk.SpecInfo;
import picocli.CommandLine;

/** {@code --version}: the SDK version and the version of the vendor spec it was generated from. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
            "leonardo " + SpecInfo.sdkVersion(),
            "Leonardo.AI Java SDK " + SpecInfo.sdkVersion() + ", API spec " + SpecInfo.specVersion()
                    + " (sha256 " + SpecInfo.specSha256().substring(0, 12) + ")",
        };
    }
}
