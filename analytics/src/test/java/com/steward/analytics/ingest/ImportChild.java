package com.steward.analytics.ingest;

import com.steward.analytics.LakeFixtures;
import com.steward.analytics.lake.Lake;
import java.nio.file.Path;

/** Runs one import in its own JVM so that a test can kill it mid-way. */
public final class ImportChild {
    private ImportChild() {}

    public static void main(String[] args) {
        Importer importer = new Importer(Lake.open(Path.of(args[0])));
        importer.importInteractions(
                ImportRequest.of(Path.of(args[1]), "acd", ImportPolicy.REJECT_FILE, LakeFixtures.VENDORS));
        System.out.println("imported");
    }
}
